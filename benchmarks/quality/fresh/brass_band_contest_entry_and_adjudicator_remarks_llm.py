"""Brass band contest entry and adjudicator remarks LLM: the first design.

A regional brass band association runs its contests online. Each band's
secretary signs in to an entry portal to register players and to enter the
band for contests; a registration check service compares every player on an
entry with the association's player registry (one band per player per season,
registration confirmed before the closing date) and records the result on the
entry. On contest day each adjudicator dictates notes into a web app on a
tablet while listening; the recording is transcribed by a speech-to-text API
and a hosted LLM turns the transcript into written remarks for each band. The
adjudicator reads and signs off the remarks in the same app, and the contest
controller publishes placings and signed-off remarks on the public results
site. Everything we run sits in the association's cloud tenancy. Sign-in is by
e-mail and password (with TOTP for association officers), traffic is HTTPS, and
the registry is role-restricted and encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brass band contest entry and adjudicator remarks",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Contest entries checked against the player registry, and LLM-written "
    "adjudicator remarks published with the results.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Player registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player name, date of birth, home address and band; juniors included.",
)
registry_records = tg.Data(
    "Player registry records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
entry = tg.Data(
    "Contest entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Band, section, own-choice test piece and the players on the entry.",
)
check_result = tg.Data(
    "Registration check result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per player: registered to this band, registered elsewhere, or unknown.",
)
entry_status = tg.Data("Entry status", kind="records", sensitivity=tg.Sensitivity.PII)
dictation = tg.Data(
    "Dictated adjudication notes",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Audio recorded in the adjudicator's box; confidential until results.",
)
transcript = tg.Data("Notes transcript", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Remarks prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="House style instructions, the band's draw number and the transcript.",
)
draft_remarks = tg.Data(
    "Draft written remarks", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
signed_off = tg.Data(
    "Signed-off remarks",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Remarks the adjudicator has approved; public once results are out.",
)
placings = tg.Data(
    "Contest placings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
results = tg.Data(
    "Published results and remarks", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer secretary of each member band: registers players, enters contests.
    secretary = tm.add(
        tg.Actor(
            "Band secretary",
            role="band representative",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Bands, players and supporters reading the results.
    reader = tm.add(tg.Actor("Results reader", role="public"))

with tm.boundary("Contest venue", trust=tg.Trust.UNTRUSTED):
    # Each adjudicator's tablet running the dictation and sign-off web app, on venue Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Adjudicator tablet",
            fleet=True,
            description="Association-issued tablets running the remarks web app in the browser.",
        )
    )
    # Invited adjudicator, sitting in the closed box at the venue.
    adjudicator = tm.add(
        tg.Actor(
            "Adjudicator",
            role="adjudicator",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Transcribes the dictated audio.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides=tg.ExternalCategory.MODEL_API))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Turns a transcript of spoken notes into written remarks in the house style.
    llm = tm.add(
        tg.LLM(
            "Remarks LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted general-purpose chat model; drafts remarks from the transcript.",
        )
    )

with tm.boundary("Association cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where bands register players and submit contest entries.
    portal = tm.add(
        tg.Endpoint(
            "Entry portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Band secretaries see and edit only their own band's players and entries.",
            controls={c.InputValidation()},
        )
    )
    # Checks each entered player against the registry.
    checker = tm.add(tg.Service("Registration check service"))
    # Entries, their check results and contest placings.
    entries_db = tm.add(
        tg.DataStore("Contest entries database", stores={entry, check_result, placings})
    )
    # Drives transcription, drafting and adjudicator sign-off.
    remarks_service = tm.add(
        tg.Service(
            "Remarks service",
            controls={
                c.HumanInTheLoop(
                    approver="the adjudicator",
                    note="remarks are published only after the adjudicator signs them off",
                )
            },
        )
    )
    # Transcripts, drafts and signed-off remarks per contest.
    remarks_store = tm.add(
        tg.DataStore("Remarks store", stores={transcript, draft_remarks, signed_off})
    )
    # Public results pages.
    results_site = tm.add(
        tg.Endpoint("Results site", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )

    with tm.boundary("Registry", trust=tg.Trust.RESTRICTED):
        # The association's register of players, the authority for eligibility.
        registry = tm.add(
            tg.DataStore(
                "Player registry",
                stores={registry_records},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Association office", trust=tg.Trust.INTERNAL):
    # Registrar and contest controller: confirms registrations, enters placings, publishes.
    officer = tm.add(
        tg.Actor(
            "Contest controller",
            role="association officer",
            privileged=True,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )

# ---------------------------------------------------------------- flows
# Registrations and entries
tm.flow(secretary, portal, registration, entry, protocol="https")
tm.flow(portal, secretary, entry_status, protocol="https")
tm.flow(portal, registry, registration, registry_records, label="new and confirmed registrations")
tm.flow(portal, checker, entry)
tm.flow(registry, checker, registry_records)
tm.flow(checker, portal, check_result)
tm.flow(portal, entries_db, entry, check_result)
tm.flow(entries_db, portal, entry, check_result)
tm.flow(officer, portal, registration, protocol="https", label="confirms registrations")
tm.flow(portal, officer, registry_records, entry, check_result, protocol="https")
tm.flow(registry, portal, registry_records, label="registrar view")

# Adjudication and remarks
tm.flow(adjudicator, tablet, dictation, label="dictated in the box")
tm.flow(tablet, remarks_service, dictation, protocol="https")
tm.flow(remarks_service, stt, dictation, protocol="https")
tm.flow(stt, remarks_service, transcript, protocol="https")
tm.flow(remarks_service, llm, prompt, protocol="https")
tm.flow(llm, remarks_service, draft_remarks, protocol="https")
tm.flow(remarks_service, remarks_store, transcript, draft_remarks, signed_off)
tm.flow(remarks_store, remarks_service, draft_remarks, signed_off)
tm.flow(remarks_service, tablet, draft_remarks, protocol="https")
tm.flow(tablet, remarks_service, signed_off, protocol="https", label="adjudicator sign-off")
tm.flow(tablet, adjudicator, draft_remarks, label="read on screen")

# Results
tm.flow(officer, portal, placings, protocol="https", label="enters placings")
tm.flow(portal, entries_db, placings)
tm.flow(entries_db, results_site, placings, entry, label="published at results time")
tm.flow(remarks_store, results_site, signed_off)
tm.flow(results_site, reader, results, protocol="https")
