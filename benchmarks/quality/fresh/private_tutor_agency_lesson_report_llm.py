"""Private tutor agency lesson report assistant: the first design, before any review.

A UK private tutoring agency places self-employed tutors with families for one-to-one
lessons, mostly with school-age children. After each lesson the tutor types lesson notes
into the tutor portal. At the end of each month a report service sends a student's notes
and profile to a vendor-hosted LLM, which drafts a progress report for the parents and
says whether anything in the notes looks like a safeguarding concern (a disclosure,
signs of harm, worrying remarks). The tutor reads and edits the draft and approves it
before parents can see it in the parent portal; parents get an e-mail that it is ready.
A flagged concern is written to a restricted safeguarding log and e-mailed to the
agency's designated safeguarding lead, who reviews it in a separate console. Controls:
e-mail and password sign-in on both portals, MFA and role-based access on the
safeguarding console, encryption at rest, TLS, and the tutor's approval of each report.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Private tutor agency lesson report assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Drafts parents' progress reports from tutors' lesson notes and flags "
        "safeguarding concerns to the safeguarding lead."
    ),
)

# ---------------------------------------------------------------- data assets
lesson_notes = tg.Data(
    "Lesson notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Free text per lesson: topics, progress, behaviour, anything the child said.",
)
student_profile = tg.Data(
    "Student profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's name, age, school year, subjects, learning needs, parent contacts.",
)
report_prompt = tg.Data(
    "Report prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the month's lesson notes and the student profile.",
)
llm_output = tg.Data(
    "Draft report and safeguarding flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
draft_report = tg.Data("Draft progress report", kind="documents", sensitivity=tg.Sensitivity.PII)
approved_report = tg.Data(
    "Approved progress report", kind="documents", sensitivity=tg.Sensitivity.PII
)
concern = tg.Data(
    "Safeguarding concern",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The flagged passage, the model's reason, student and tutor.",
)
concern_alert = tg.Data(
    "Safeguarding alert e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student name, tutor and a one-line summary, with a link to the console.",
)
concern_outcome = tg.Data(
    "Safeguarding case notes", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
report_notice = tg.Data("Report ready e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
parent_request = tg.Data("Parent report request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Self-employed tutors, on their own laptops and phones.
    tutor = tm.add(tg.Actor("Tutor", role="tutor"))
    # Parents or guardians who pay for the lessons and read the reports.
    parent = tm.add(tg.Actor("Parent", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the report and the safeguarding flag; used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(
                    note="business API terms: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the agency's transactional e-mails.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Where tutors write lesson notes and review and approve draft reports.
    tutor_portal = tm.add(
        tg.Endpoint(
            "Tutor portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
            description="Shows each tutor the students they are assigned to.",
        )
    )
    # Where parents read approved reports for their own children.
    parent_portal = tm.add(
        tg.Endpoint(
            "Parent portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Monthly job: builds the prompt, calls the LLM, stores drafts, routes flags.
    report_service = tm.add(
        tg.Service(
            "Report service",
            description="Runs monthly per student; drafts go to the tutor, flags to safeguarding.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the student's tutor, before the report is released to parents"
                )
            },
        )
    )
    # Students, families, lesson notes and reports.
    tutoring_db = tm.add(
        tg.DataStore(
            "Tutoring database",
            stores={student_profile, lesson_notes, draft_report, approved_report},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("Safeguarding area", trust=tg.Trust.RESTRICTED):
        # Record of every flagged concern and what the lead did about it.
        safeguarding_log = tm.add(
            tg.DataStore(
                "Safeguarding log",
                stores={concern, concern_outcome},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                    tg.controls.RBAC(note="safeguarding lead and deputy only"),
                },
            )
        )
        # The lead's view of flagged concerns and the notes behind them.
        safeguarding_console = tm.add(
            tg.Endpoint(
                "Safeguarding console",
                purpose=tg.EndpointPurpose.API,
                controls={
                    tg.controls.Authentication(method="Microsoft 365 sign-in with MFA"),
                    tg.controls.RBAC(),
                },
            )
        )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Designated safeguarding lead: decides whether to refer a concern onwards.
    lead = tm.add(tg.Actor("Safeguarding lead", role="designated safeguarding lead"))

# ---------------------------------------------------------------- flows
# Lesson notes in.
tm.flow(tutor, tutor_portal, lesson_notes, protocol="https")
tm.flow(tutor_portal, tutoring_db, lesson_notes)

# Monthly drafting.
tm.flow(tutoring_db, report_service, lesson_notes, student_profile, label="monthly batch")
tm.flow(report_service, llm, report_prompt, protocol="https")
tm.flow(llm, report_service, llm_output, protocol="https")
tm.flow(report_service, tutoring_db, draft_report)

# Tutor review and approval.
tm.flow(tutoring_db, tutor_portal, draft_report)
tm.flow(tutor_portal, tutor, draft_report, protocol="https")
tm.flow(tutor, tutor_portal, approved_report, protocol="https", label="edits and approves")
tm.flow(tutor_portal, tutoring_db, approved_report)

# Release to parents.
tm.flow(tutoring_db, report_service, approved_report, student_profile, label="on approval")
tm.flow(report_service, mailer, report_notice, protocol="https")
tm.flow(mailer, parent, report_notice, protocol="smtp")
tm.flow(parent, parent_portal, parent_request, protocol="https")
tm.flow(tutoring_db, parent_portal, approved_report)
tm.flow(parent_portal, parent, approved_report, protocol="https")

# Safeguarding flags.
tm.flow(report_service, safeguarding_log, concern)
tm.flow(report_service, mailer, concern_alert, protocol="https")
tm.flow(mailer, lead, concern_alert, protocol="smtp")
tm.flow(lead, safeguarding_console, concern_outcome, protocol="https")
tm.flow(safeguarding_console, lead, concern, lesson_notes, protocol="https")
tm.flow(safeguarding_log, safeguarding_console, concern)
tm.flow(safeguarding_console, safeguarding_log, concern_outcome)
tm.flow(tutoring_db, safeguarding_console, lesson_notes, label="notes behind the flag")
