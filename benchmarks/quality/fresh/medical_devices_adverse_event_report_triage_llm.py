"""Medical device adverse event triage with an LLM: the first design.

A medical device manufacturer receives complaints and adverse event reports
from hospitals and from patients, through a public web form (with photos and
documents attached) and by e-mail to its complaints address. Every complaint is
logged in the validated complaint handling system. A triage service then sends
each new complaint, the device's master data and similar past decisions to a
hosted LLM, which suggests whether the event may be reportable to regulators,
how urgently, and drafts the initial vigilance report. Vigilance specialists
review the suggestion and draft in their workbench (corporate SSO with MFA,
role-based access), decide, and file the final report by hand on the
regulator's portal. The LLM vendor was assessed and contracted for EU hosting;
the complaint system and case store keep audit trails and encrypt at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Medical device adverse event report triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM suggests reportability of device complaints and drafts the initial "
    "vigilance report; specialists decide and file.",
)

# ---------------------------------------------------------------- data assets
form_submission = tg.Data(
    "Complaint form submission",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Device, lot, event narrative, patient outcome and reporter contact.",
)
attachments = tg.Data(
    "Complaint attachments",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Photos of the device, device logs, extracts of clinical notes.",
)
complaint_mail = tg.Data(
    "Complaint e-mail",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Free-text complaint with attachments sent to the complaints address.",
)
receipt = tg.Data("Complaint receipt", sensitivity=tg.Sensitivity.PII, kind="records")
complaint = tg.Data(
    "Complaint record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
device_data = tg.Data(
    "Device master data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="UDI, risk class, markets, known failure modes and the IFU.",
)
precedents = tg.Data(
    "Past reportability decisions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
    description="Earlier decided cases and the regulatory guidance they cite, chunked.",
)
triage_prompt = tg.Data("Triage prompt", sensitivity=tg.Sensitivity.REGULATED, kind="prompt")
llm_output = tg.Data(
    "Triage suggestion and draft report",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Reportable or not, suggested deadline, rationale, and the draft initial report.",
)
case = tg.Data(
    "Vigilance case",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The complaint, the triage suggestion, the draft and the specialist's edits.",
)
decision = tg.Data(
    "Reportability decision",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
final_report = tg.Data(
    "Filed vigilance report",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
)
acknowledgement = tg.Data(
    "Regulator acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Clinical engineers and nurses at customer hospitals reporting device problems.
    hospital = tm.add(tg.Actor("Hospital reporter", role="healthcare professional"))
    # Patients and carers using the device at home.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Competent authority's vigilance portal where reports are filed.
    regulator = tm.add(tg.ExternalService("Regulator vigilance portal", provides="generic"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The complaints@ mailbox.
    mailbox = tm.add(tg.ExternalService("Complaints mailbox", provides="generic"))

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Hosted model used for triage and drafting; suggestions are never filed as they are.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed, EU hosting, no training on our data")},
        )
    )

with tm.boundary("Quality cloud", trust=tg.Trust.INTERNAL):
    # Public web form for complaints and adverse event reports.
    portal = tm.add(
        tg.Endpoint(
            "Complaint intake form",
            purpose="api",
            internet_facing=True,
            controls={c.InputValidation(note="file type and size checks on attachments")},
        )
    )
    # Polls the mailbox and opens a complaint record per e-mail.
    mail_job = tm.add(tg.Service("E-mail intake job"))
    # Builds the prompt, calls the LLM and writes its suggestion to the case.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={
                c.HumanInTheLoop(
                    approver="a vigilance specialist",
                    note="every reportability decision and every filing is a specialist's",
                )
            },
        )
    )
    # Vigilance team's review screen for cases, suggestions and drafts.
    workbench = tm.add(
        tg.Endpoint(
            "Vigilance workbench",
            purpose="api",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Regulated data tier", trust=tg.Trust.RESTRICTED):
        # Validated QMS complaint system: the system of record for complaints.
        complaints_db = tm.add(
            tg.DataStore(
                "Complaint handling system",
                stores={complaint, attachments},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(note="Part 11 audit trail"),
                },
            )
        )
        # Product data the triage needs to judge the event.
        device_db = tm.add(tg.DataStore("Device master database", stores={device_data}))
        # Index of earlier decisions, used as examples in the prompt.
        precedent_index = tm.add(tg.VectorStore("Past decisions index", stores={precedents}))
        # Cases with suggestions, drafts and decisions; the team's working record.
        case_store = tm.add(
            tg.DataStore(
                "Vigilance case store",
                stores={case, decision, final_report, acknowledgement},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(note="Part 11 audit trail"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides reportability and files reports with the regulator.
    specialist = tm.add(tg.Actor("Vigilance specialist", role="vigilance team"))

# ---------------------------------------------------------------- flows
# intake
tm.flow(hospital, portal, form_submission, attachments, protocol="https")
tm.flow(patient, portal, form_submission, attachments, protocol="https")
tm.flow(portal, hospital, receipt, protocol="https")
tm.flow(portal, patient, receipt, protocol="https")
tm.flow(portal, complaints_db, complaint, attachments)
tm.flow(hospital, mailbox, complaint_mail, protocol="smtp")
tm.flow(patient, mailbox, complaint_mail, protocol="smtp")
tm.flow(mailbox, mail_job, complaint_mail, protocol="https", label="Graph API poll")
tm.flow(mail_job, complaints_db, complaint, attachments)

# triage
tm.flow(complaints_db, triage, complaint, attachments, label="new complaints")
tm.flow(device_db, triage, device_data)
tm.flow(triage, precedent_index, complaint, label="similarity query")
tm.flow(precedent_index, triage, precedents)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, llm_output, protocol="https")
tm.flow(triage, case_store, case)

# review, decision and filing
tm.flow(case_store, workbench, case)
tm.flow(workbench, specialist, case, protocol="https")
tm.flow(specialist, workbench, decision, final_report, protocol="https")
tm.flow(workbench, case_store, decision, final_report)
tm.flow(complaints_db, workbench, complaint, attachments)
tm.flow(specialist, regulator, final_report, protocol="https", label="files by hand")
tm.flow(regulator, specialist, acknowledgement, protocol="https")
tm.flow(specialist, workbench, acknowledgement, protocol="https", label="records reference")
tm.flow(case_store, precedent_index, decision, label="nightly index of decided cases")
