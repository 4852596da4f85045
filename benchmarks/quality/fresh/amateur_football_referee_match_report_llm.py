"""Referee match reports drafted by an LLM: the first design, before any security review.

A county football association runs grassroots leagues. After a game, referees
open the association's referee app on their phone and dictate or type notes on
cautions, sendings-off and other misconduct. Dictation is transcribed by a hosted
speech-to-text API; a drafting service in the county FA's cloud tenancy combines
the notes with the fixture and player registrations and the offence codes, and
asks a hosted LLM to draft the formal misconduct report and flag cases that need
disciplinary action. The referee confirms the draft, then the disciplinary officer
reviews it in a discipline console and issues charges to clubs, which see them
and respond with statements and evidence in a club portal; notices go by e-mail.
Controls: HTTPS throughout, sign-in through the national association's single
sign-on, officer approval before any charge, roles on the console, upload checks
on the portal, audit logging and encryption at rest on the case database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Referee match report drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted misconduct reports from referees' notes, reviewed by the county "
    "disciplinary officer before charges go to clubs.",
)

# ---------------------------------------------------------------- data assets
dictation = tg.Data(
    "Dictated match notes",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Voice recording naming players, officials and what they did or said.",
)
typed_notes = tg.Data(
    "Typed match notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the referee: incidents, minute, player names and shirt numbers.",
)
transcript = tg.Data("Dictation transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
registrations = tg.Data(
    "Fixture and player registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Fixtures, team sheets, player names, dates of birth, registration numbers "
    "and club contacts.",
)
regulations = tg.Data(
    "Disciplinary regulations and offence codes",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the offence codes, the fixture and team sheets, and the notes.",
)
draft = tg.Data(
    "Draft misconduct report and disciplinary flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
confirmation = tg.Data(
    "Referee confirmation of report", kind="records", sensitivity=tg.Sensitivity.PII
)
charge = tg.Data(
    "Misconduct charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Charge against a player or club, with offence code and proposed sanction.",
)
club_response = tg.Data(
    "Club response and evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Written statements, witness accounts and uploaded photos or video clips.",
)
notice = tg.Data("Charge notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Grassroots referees, many of them volunteers or youngsters, on their own phones.
    referee = tm.add(tg.Actor("Referee", role="match official"))
    # The referee app installed on the referee's own phone; keeps unsent notes offline.
    referee_app = tm.add(tg.Device("Referee phone app", fleet=True))
    # Each club's secretary receives charges and answers them.
    club_secretary = tm.add(tg.Actor("Club secretary", role="club official"))

with tm.boundary("National association", trust=tg.Trust.PARTNER):
    # Existing national single sign-on every referee and club official already has.
    sso = tm.add(
        tg.ExternalService(
            "Association single sign-on", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )
    # National registration system: source of fixtures, team sheets and players.
    registration_system = tm.add(
        tg.ExternalService(
            "National registration system", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text API for the dictated notes.
    speech_api = tm.add(
        tg.Model(
            "Speech-to-text API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted LLM that writes the formal report and the flag.
    llm = tm.add(
        tg.LLM(
            "Report drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the misconduct report and flags cases for disciplinary action.",
            controls={
                c.SupplierAssessment(note="data processing agreement; no training on our data")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends charge notices to club secretaries.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("County FA cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives notes from the app and returns the draft for the referee to confirm.
    report_api = tm.add(
        tg.Endpoint(
            "Match report API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="association single sign-on (OIDC)")},
        )
    )
    # Orchestrates transcription, prompt building and the LLM call.
    drafting = tm.add(
        tg.Service(
            "Report drafting service",
            controls={c.SecretsManagement(note="vendor API keys in the cloud secret manager")},
        )
    )
    # Used by the disciplinary officer to review drafts and issue charges.
    console = tm.add(
        tg.Endpoint(
            "Discipline console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="association single sign-on (OIDC)"),
                c.RBAC(note="disciplinary officers only"),
                c.HumanInTheLoop(approver="county disciplinary officer"),
            },
        )
    )
    # Where clubs see their charges and submit responses.
    club_portal = tm.add(
        tg.Endpoint(
            "Club response portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="association single sign-on (OIDC)"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Nightly copy of fixtures, team sheets and player registrations.
        fixtures_db = tm.add(
            tg.DataStore("Fixtures and registrations database", stores={registrations})
        )
        # The county's disciplinary regulations and offence codes, used in every prompt.
        rulebook = tm.add(tg.DataStore("Disciplinary rulebook", stores={regulations}))
        # Every note, transcript, draft, charge and club response, per case.
        case_db = tm.add(
            tg.DataStore(
                "Disciplinary case database",
                stores={
                    typed_notes,
                    dictation,
                    transcript,
                    draft,
                    confirmation,
                    charge,
                    club_response,
                },
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("County FA office", trust=tg.Trust.INTERNAL):
    # Reviews the drafts and flags and decides on charges.
    officer = tm.add(tg.Actor("Disciplinary officer", role="disciplinary officer"))

# ---------------------------------------------------------------- flows
# Referee signs in and submits notes.
tm.flow(referee, referee_app, dictation, typed_notes, label="typed or spoken into the phone")
tm.flow(referee, sso, sign_in, protocol="oidc")
tm.flow(sso, referee_app, id_token, protocol="oidc")
tm.flow(referee_app, report_api, dictation, typed_notes, id_token, protocol="https")
tm.flow(report_api, drafting, dictation, typed_notes)

# Drafting.
tm.flow(drafting, speech_api, dictation, protocol="https")
tm.flow(speech_api, drafting, transcript, protocol="https")
tm.flow(fixtures_db, drafting, registrations)
tm.flow(rulebook, drafting, regulations)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, case_db, typed_notes, dictation, transcript, draft)

# Referee confirms the draft.
tm.flow(drafting, report_api, draft)
tm.flow(report_api, referee_app, draft, protocol="https")
tm.flow(referee_app, report_api, confirmation, protocol="https")
tm.flow(report_api, case_db, confirmation)

# Disciplinary review and charges.
tm.flow(case_db, console, draft, confirmation, transcript, typed_notes, club_response)
tm.flow(console, officer, draft, club_response, protocol="https")
tm.flow(officer, console, charge, protocol="https", label="issues or closes the case")
tm.flow(console, case_db, charge)
tm.flow(console, mailer, notice, protocol="https")
tm.flow(mailer, club_secretary, notice, protocol="smtp")

# Clubs respond.
tm.flow(club_secretary, sso, sign_in, protocol="oidc")
tm.flow(sso, club_portal, id_token, protocol="oidc")
tm.flow(case_db, club_portal, charge)
tm.flow(club_portal, club_secretary, charge, protocol="https")
tm.flow(club_secretary, club_portal, club_response, protocol="https")
tm.flow(club_portal, case_db, club_response)

# Registrations sync.
tm.flow(registration_system, fixtures_db, registrations, protocol="https", label="nightly export")
