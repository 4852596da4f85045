"""Lacrosse league concussion report triage: the first design, before any security review.

A US state youth lacrosse league (about 9,000 registered players aged 8 to 18) must
remove any player with a suspected concussion from play until a clinician clears
them. Coaches and athletic trainers file a report on a web portal after a game or
practice; parents and guardians later upload the physician's clearance letter there.
A triage service in the league's cloud account sends each report, with the league's
return-to-play guidelines, to a vendor-hosted LLM that suggests an urgency level and
drafts the follow-up notice. The league safety officer reviews every case on a
dashboard; a player's eligibility in the registration platform changes only when
the safety officer confirms it, and notices go out through an e-mail service.
Coaches sign in with their registration-platform e-mail and password; guardians get
a one-time upload link by e-mail; the safety officer uses Google Workspace with MFA.
Uploads are checked for file type and size, and the case store is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lacrosse league concussion report triage",
    profile=tg.RiskProfile.HIGH,
    description="Triage of suspected-concussion reports and return-to-play clearances for a youth lacrosse league.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Concussion incident report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Player name, age, team, how the injury happened and the symptoms observed.",
)
clearance = tg.Data(
    "Physician clearance letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Scanned or photographed letter from the player's clinician, usually a PDF.",
)
guidelines = tg.Data(
    "Return-to-play guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The league's concussion protocol and graduated return-to-play steps.",
)
roster = tg.Data(
    "Player roster entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player, date of birth, team, guardian contacts.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Guidelines, the report text and any clearance letter text.",
)
triage = tg.Data(
    "Suggested triage and draft notice",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Urgency level, whether clearance is needed, and a drafted notice to coach and guardian.",
)
case = tg.Data(
    "Concussion case file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Report, clearance, suggested triage and the safety officer's decision.",
)
decision = tg.Data("Safety officer decision", kind="records", sensitivity=tg.Sensitivity.PII)
eligibility = tg.Data(
    "Player eligibility status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
notice = tg.Data("Case notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
upload_link = tg.Data("One-time upload link", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer coaches and athletic trainers who see the injury happen.
    coach = tm.add(tg.Actor("Coach or athletic trainer", role="coach"))
    # Parents and guardians who upload the clinician's clearance.
    guardian = tm.add(tg.Actor("Parent or guardian", role="guardian"))

with tm.boundary("Registration platform vendor", trust=tg.Trust.PARTNER):
    # The SaaS registration platform that holds rosters and game-day eligibility.
    registration = tm.add(
        tg.ExternalService(
            "Registration platform",
            description="Third-party league management SaaS; rosters and eligibility flags.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that reads reports and suggests an urgency level.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vendor chat-completion API under the vendor's standard business terms.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for upload links and case notices.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("League cloud account", trust=tg.Trust.INTERNAL):
    # Public web portal where reports are filed and clearances uploaded.
    portal = tm.add(
        tg.Endpoint(
            "Concussion report portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="registration-platform e-mail and password for coaches; "
                    "one-time e-mailed link for guardians"
                ),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Orchestrates triage: builds the prompt, calls the LLM, files the case.
    triage_service = tm.add(
        tg.Service(
            "Triage service",
            controls={
                c.HumanInTheLoop(
                    approver="league safety officer",
                    note="eligibility changes and notices wait for the safety officer's confirmation",
                )
            },
        )
    )
    # Case files: reports, clearance letters, triage suggestions and decisions.
    case_store = tm.add(
        tg.DataStore(
            "Concussion case store",
            stores={case, report, clearance, triage},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The league's protocol documents, put into every prompt.
    guideline_store = tm.add(tg.DataStore("Return-to-play guidelines", stores={guidelines}))
    # Dashboard where the safety officer reviews and confirms each case.
    dashboard = tm.add(
        tg.Endpoint(
            "Safety officer dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with MFA")},
        )
    )

with tm.boundary("League office", trust=tg.Trust.INTERNAL):
    # The league's safety officer (a certified athletic trainer on staff).
    safety_officer = tm.add(
        tg.Actor("League safety officer", role="safety officer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(coach, portal, report, protocol="https", controls={tls})
tm.flow(guardian, portal, clearance, protocol="https", controls={tls})
tm.flow(email, guardian, upload_link, notice, protocol="smtp")
tm.flow(email, coach, notice, protocol="smtp")

tm.flow(portal, triage_service, report, clearance)
tm.flow(
    registration, triage_service, roster, protocol="https", controls={tls}, label="roster lookup"
)
tm.flow(guideline_store, triage_service, guidelines)
tm.flow(triage_service, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, triage_service, triage, protocol="https", controls={tls})
tm.flow(triage_service, case_store, case, report, clearance, triage)
tm.flow(case_store, triage_service, case)

tm.flow(triage_service, dashboard, case, triage)
tm.flow(dashboard, safety_officer, case, triage, clearance, protocol="https", controls={tls})
tm.flow(safety_officer, dashboard, decision, protocol="https", controls={tls})
tm.flow(dashboard, triage_service, decision)

tm.flow(
    triage_service,
    registration,
    eligibility,
    protocol="https",
    controls={tls},
    label="eligibility update",
)
tm.flow(triage_service, email, notice, upload_link, protocol="https", controls={tls})
