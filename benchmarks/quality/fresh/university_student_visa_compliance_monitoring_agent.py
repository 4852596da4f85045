"""Student visa compliance monitoring agent: the first design, before any security review.

The international office sponsors students on study visas and has to report to the
immigration authority when a sponsored student stops attending, suspends or withdraws.
An LLM agent, running in the university's cloud tenancy, reviews attendance and
enrolment each week against the sponsor rules, opens a case file for each student
at risk, sends first-stage attendance warning emails itself, and drafts reports
(including withdrawal of sponsorship) for the immigration authority's sponsor system.
Compliance officers work the cases in a staff console and must approve every report
and every withdrawal before the reporting tool submits it. Students sign in to a
portal with university SSO to see their case and upload explanations and evidence
(medical notes, letters). The agent calls a hosted LLM from a vendor with a reviewed
data processing agreement. Records are encrypted at rest; the agent's actions are
logged; the sponsor-system credentials sit in the university vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student visa compliance monitoring agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that monitors sponsored students' attendance against visa "
    "rules, warns students and drafts reports to the immigration authority.",
)

# ---------------------------------------------------------------- data assets
student_records = tg.Data(
    "Student enrolment and visa records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Enrolment status, course dates, visa and sponsorship numbers, passport details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
attendance = tg.Data(
    "Attendance records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
guidance = tg.Data(
    "Sponsor guidance and visa rules",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The immigration authority's published sponsor guidance and the office's own notes.",
)
review_request = tg.Data(
    "Compliance review request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
agent_prompt = tg.Data(
    "Agent prompt with case context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, rules excerpts, the student's records and case history.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
record_query = tg.Data("Student record query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
record_extract = tg.Data(
    "Student record extract", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
case_update = tg.Data(
    "Case file update",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Agent notes, risk assessment and drafted letters written to a case.",
)
case_file = tg.Data(
    "Compliance case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
student_response = tg.Data(
    "Student response and evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text explanation and uploaded files such as medical notes.",
)
case_status = tg.Data(
    "Case status and warning letters", kind="records", sensitivity=tg.Sensitivity.PII
)
warning_request = tg.Data("Warning email request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
warning_email = tg.Data(
    "Attendance warning email", kind="documents", sensitivity=tg.Sensitivity.PII
)
draft_report = tg.Data(
    "Draft sponsor report or withdrawal",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="A reportable event or a withdrawal of sponsorship, as the agent drafted it.",
)
pending_report = tg.Data("Report awaiting approval", kind="records", sensitivity=tg.Sensitivity.PII)
officer_decision = tg.Data(
    "Officer approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
report_submission = tg.Data(
    "Sponsor report submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agent_summary = tg.Data(
    "Monitoring summary and drafts", kind="model-output", sensitivity=tg.Sensitivity.PII
)
case_queue = tg.Data("Officer case queue", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sponsored students read their case and answer warnings from anywhere.
    student = tm.add(tg.Actor("Sponsored student", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning runs on a vendor-hosted model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA reviewed; no retention or training on our prompts")
            },
        )
    )

with tm.boundary("Immigration authority", trust=tg.Trust.PARTNER):
    # Where sponsors must report reportable events and withdrawals.
    sponsor_system = tm.add(
        tg.ExternalService(
            "Sponsor management system",
            description="The immigration authority's online system for licensed sponsors.",
        )
    )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # International office staff who own the sponsor duties.
    officer = tm.add(tg.Actor("Compliance officer", role="compliance officer"))
    # Lecture check-in readers and registers feed attendance into the records.
    attendance_service = tm.add(
        tg.Service(
            "Attendance capture service",
            description="Collects card check-ins and tutor registers for every teaching event.",
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Students' view of their case and the place to answer a warning.
    portal = tm.add(
        tg.Endpoint(
            "Student portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.InputValidation(note="upload type and size checks"),
            },
        )
    )
    # Officers review cases, drafts and pending reports here.
    console = tm.add(
        tg.Endpoint(
            "Compliance console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Weekly monitoring runs and officer-requested reviews.
    agent = tm.add(
        tg.Agent(
            "Compliance monitoring agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Read-only access to the record system for the agent.
    records_tool = tm.add(
        tg.Tool(
            "Student record lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="service account limited to sponsored students")},
        )
    )
    # Opens cases, writes notes and drafts, reads responses back.
    case_tool = tm.add(tg.Tool("Case file tool", capabilities={"read", "write"}))
    # Sends first-stage attendance warnings without waiting for an officer.
    email_tool = tm.add(tg.Tool("Warning email tool", capabilities={"send-messages"}))
    # Submits reports and withdrawals once an officer approves them.
    reporting_tool = tm.add(
        tg.Tool(
            "Sponsor reporting tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="compliance officer"),
                c.SecretsManagement(note="sponsor system credentials in the university vault"),
            },
        )
    )
    # The office's copy of the published rules the agent checks against.
    guidance_store = tm.add(tg.DataStore("Sponsor guidance library", stores={guidance}))

    with tm.boundary("Student data zone", trust=tg.Trust.RESTRICTED):
        # System of record for enrolment, visa details and attendance.
        srs = tm.add(
            tg.DataStore(
                "Student record system",
                stores={student_records, attendance},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # One case per student at risk: history, drafts, responses, decisions.
        case_store = tm.add(
            tg.DataStore(
                "Compliance case store",
                stores={case_file, student_response},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# attendance and rules in
tm.flow(attendance_service, srs, attendance, protocol="https")
tm.flow(officer, guidance_store, guidance, protocol="https", label="updates when guidance changes")

# officers drive the agent
tm.flow(officer, console, review_request, officer_decision, protocol="https")
tm.flow(console, officer, case_queue, pending_report, protocol="https")
tm.flow(console, agent, review_request, protocol="https")
tm.flow(agent, console, agent_summary, protocol="https")
tm.flow(case_store, console, case_queue)

# the agent's reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(guidance_store, agent, guidance, label="rules lookup")

# records
tm.flow(agent, records_tool, record_query)
tm.flow(records_tool, srs, record_query, protocol="https")
tm.flow(srs, records_tool, student_records, attendance, protocol="https")
tm.flow(records_tool, agent, record_extract)

# cases
tm.flow(agent, case_tool, case_update)
tm.flow(case_tool, case_store, case_file, protocol="https")
tm.flow(case_store, case_tool, case_file, student_response, protocol="https")
tm.flow(case_tool, agent, case_file, student_response)

# warnings to students
tm.flow(agent, email_tool, warning_request)
tm.flow(email_tool, student, warning_email, protocol="smtp+starttls")

# the student portal
tm.flow(student, portal, student_response, protocol="https")
tm.flow(portal, student, case_status, protocol="https")
tm.flow(portal, case_store, student_response, protocol="https")
tm.flow(case_store, portal, case_status, protocol="https")

# reports and withdrawals to the immigration authority
tm.flow(agent, reporting_tool, draft_report)
tm.flow(reporting_tool, console, pending_report, protocol="https", label="held for approval")
tm.flow(console, reporting_tool, officer_decision, protocol="https")
tm.flow(reporting_tool, sponsor_system, report_submission, protocol="https")
tm.flow(sponsor_system, reporting_tool, receipt, protocol="https")
tm.flow(reporting_tool, case_store, receipt, protocol="https")
