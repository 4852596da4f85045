"""Online tutoring safeguarding chat monitor: the first design, before any security review.

Students (many under 18, in the UK and EU) and self-employed tutors talk in the
platform's one-to-one lesson chat from the web and mobile apps; every message is
kept in the chat message store. A safeguarding monitor service takes the recent
messages of each active conversation, adds the safeguarding team's indicator
guidelines, and asks a hosted LLM to classify the window for grooming risk
(moving off-platform, image requests, secrecy, gifts). Medium risk and above
becomes a case; high risk also pages the on-call safeguarding officer by SMS and
e-mail. Officers review cases and transcripts in an internal console and alone
decide on suspending a tutor. Users sign in with e-mail and password, staff with
corporate SSO and MFA; stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online tutoring safeguarding chat monitor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM screening of tutor-student chats for grooming risk, escalated to safeguarding staff.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Chat messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Lesson chat between a tutor and a student, many of them children.",
)
window_prompt = tg.Data(
    "Conversation window prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidelines, participant ages and roles, and the last messages of one conversation.",
)
guidelines = tg.Data(
    "Safeguarding indicator guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
risk_assessment = tg.Data(
    "Safeguarding risk assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Risk level, the indicators seen and the messages quoted as evidence.",
)
case = tg.Data(
    "Safeguarding case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_disposition = tg.Data("Case disposition", kind="records", sensitivity=tg.Sensitivity.PII)
urgent_alert = tg.Data(
    "Urgent safeguarding alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Case number, risk level and a link to the console; no message text.",
)
suspension = tg.Data(
    "Tutor account suspension", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Learners on the web or mobile app; accounts of under-16s are created by a parent.
    student = tm.add(tg.Actor("Student", role="learner"))
    # Self-employed tutors, vetted at onboarding but not platform staff.
    tutor = tm.add(tg.Actor("Tutor", role="tutor"))

with tm.boundary("Tutoring platform VPC", trust=tg.Trust.INTERNAL):
    # The chat API both sides of a lesson talk through.
    chat_api = tm.add(
        tg.Endpoint(
            "Lesson chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Reads conversation windows, asks the LLM, opens cases and raises pages.
    monitor = tm.add(
        tg.Service(
            "Safeguarding monitor service",
            description="Screens each active conversation every few minutes with the hosted LLM.",
        )
    )

    with tm.boundary("Safeguarding data tier", trust=tg.Trust.RESTRICTED):
        # Every lesson message, kept as the record of what was said.
        chat_store = tm.add(
            tg.DataStore(
                "Chat message store",
                stores={chat_message},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The safeguarding team's indicator list and prompt, edited by the team lead.
        guideline_store = tm.add(tg.DataStore("Safeguarding guidelines store", stores={guidelines}))
        # Open and closed cases with the LLM's assessment and officers' notes.
        case_store = tm.add(
            tg.DataStore(
                "Safeguarding case store",
                stores={case, risk_assessment, case_disposition},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model used as the classifier, under a zero-retention agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted safeguarding classifier LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Classifies chat windows for grooming and safeguarding risk.",
            controls={c.SupplierAssessment(note="DPA signed, zero data retention, EU region")},
        )
    )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # SMS and e-mail paging of the on-call safeguarding officer.
    pager = tm.add(tg.ExternalService("SMS and e-mail paging service"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal web console where officers triage cases and act on accounts.
    console = tm.add(
        tg.Service(
            "Safeguarding case console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="a safeguarding officer decides every account action"),
            },
        )
    )
    # Trained safeguarding staff; the designated safeguarding lead is among them.
    officer = tm.add(tg.Actor("Safeguarding officer", role="safeguarding staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(student, chat_api, chat_message, protocol="https")
tm.flow(chat_api, student, chat_message, protocol="https")
tm.flow(tutor, chat_api, chat_message, protocol="https")
tm.flow(chat_api, tutor, chat_message, protocol="https")
tm.flow(chat_api, chat_store, chat_message)

tm.flow(chat_store, monitor, chat_message, label="conversation windows every 5 minutes")
tm.flow(guideline_store, monitor, guidelines)
tm.flow(monitor, llm, window_prompt, protocol="https")
tm.flow(llm, monitor, risk_assessment, protocol="https")
tm.flow(monitor, case_store, case, risk_assessment, label="medium risk and above")
tm.flow(monitor, pager, urgent_alert, protocol="https", label="high risk only")
tm.flow(pager, officer, urgent_alert, protocol="sms", label="page to on-call officer")

tm.flow(case_store, console, case, risk_assessment)
tm.flow(chat_store, console, chat_message, label="full transcript for a case")
tm.flow(console, officer, case, risk_assessment, chat_message, protocol="https")
tm.flow(officer, console, case_disposition, suspension, protocol="https")
tm.flow(console, case_store, case_disposition)
tm.flow(console, chat_api, suspension, label="suspend tutor account")
tm.flow(officer, console, guidelines, protocol="https", label="team lead edits indicators")
tm.flow(console, guideline_store, guidelines)
