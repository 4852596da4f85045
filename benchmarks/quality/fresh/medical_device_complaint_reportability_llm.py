"""Medical device complaint reportability assistant: the first design.

Hospitals, distributors and patients send complaints about our devices to the
complaints mailbox; the call centre logs phone complaints as call notes in the
CRM, and the returns lab writes an investigation report for each returned device
into the quality management system (QMS). An intake service turns mail and call
notes into complaint records in the QMS. An assessment service sends each
complaint record, with our reportability guidance, to a hosted LLM and writes
its proposal (reportable adverse event or not, and the filing deadline) back to
the QMS. A regulatory affairs specialist confirms or changes every proposal in
the QMS, which then files the report with the regulator's portal.
Controls in this design: TLS on every link, SSO with MFA and roles on the QMS,
the QMS audit trail, encrypted complaint records, a vendor review of the LLM
provider, and the specialist's sign-off before anything is filed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Medical device complaint reportability LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM proposes adverse-event reportability and deadlines; RA specialists confirm.",
)

# ---------------------------------------------------------------- data assets
complaint_email = tg.Data(
    "Complaint email",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Free text, photos and attachments; may describe a patient's injury.",
)
call_notes = tg.Data(
    "Complaint call notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
returns_report = tg.Data(
    "Returned-device investigation report",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
)
complaint_record = tg.Data(
    "Complaint record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
guidance = tg.Data(
    "Reportability guidance",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="MDR vigilance and 21 CFR 803 criteria, deadlines and past decisions.",
)
assessment_prompt = tg.Data(
    "Reportability assessment prompt", sensitivity=tg.Sensitivity.REGULATED, kind="prompt"
)
proposal = tg.Data(
    "Reportability proposal",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Reportable or not, the rationale and the proposed filing deadline.",
)
decision = tg.Data(
    "Confirmed reportability decision",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ae_report = tg.Data(
    "Adverse event report",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Submission acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hospital staff, distributors and patients; anyone can email the complaints address.
    complainant = tm.add(tg.Actor("Complainant", role="hospital, distributor or patient"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # The hosted mailbox behind the public complaints address.
    mailbox = tm.add(tg.ExternalService("Complaints mailbox", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads each complaint and proposes reportability.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The competent authority's electronic reporting portal.
    regulator = tm.add(tg.ExternalService("Regulator reporting portal", provides="generic"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Takes complaint calls and types the call notes.
    call_agent = tm.add(tg.Actor("Call centre agent", role="customer service"))
    # Inspects returned devices and writes the investigation report.
    returns_engineer = tm.add(tg.Actor("Returns lab engineer", role="quality engineer"))
    # Confirms or changes every proposal; accountable for the decision.
    ra_specialist = tm.add(tg.Actor("Regulatory affairs specialist", role="regulatory affairs"))
    # The call centre's CRM, where phone complaints are logged.
    crm = tm.add(tg.DataStore("Call centre CRM", stores={call_notes}))

    with tm.boundary("Quality applications", trust=tg.Trust.INTERNAL):
        # Polls the mailbox and the CRM and opens complaint records in the QMS.
        intake = tm.add(tg.Service("Complaint intake service"))
        # Builds the prompt, calls the LLM and posts the proposal to the QMS.
        assessor = tm.add(
            tg.Service("Reportability assessment service", controls={c.SecretsManagement()})
        )
        # The criteria the prompt quotes, maintained by regulatory affairs.
        guidance_store = tm.add(tg.DataStore("Reportability guidance library", stores={guidance}))

    with tm.boundary("Validated QMS environment", trust=tg.Trust.RESTRICTED):
        # The validated quality management system: workflow, sign-off and filing.
        qms = tm.add(
            tg.Service(
                "Quality management system",
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(),
                    c.AuditLogging(note="Part 11 audit trail of every record change"),
                    c.HumanInTheLoop(approver="regulatory affairs specialist"),
                },
            )
        )
        # The QMS database of complaint records, proposals and decisions.
        complaint_db = tm.add(
            tg.DataStore(
                "Complaint records database",
                stores={complaint_record, returns_report, proposal, decision, ae_report},
                controls={c.EncryptionAtRest(key_management="database TDE")},
            )
        )

# ---------------------------------------------------------------- flows
# Intake
tm.flow(complainant, mailbox, complaint_email, protocol="smtp")
tm.flow(mailbox, intake, complaint_email, protocol="https", label="mailbox poll")
tm.flow(call_agent, crm, call_notes, protocol="https")
tm.flow(crm, intake, call_notes, protocol="https")
tm.flow(intake, qms, complaint_record, protocol="https", label="open complaint")
tm.flow(returns_engineer, qms, returns_report, protocol="https")
tm.flow(qms, complaint_db, complaint_record, returns_report, proposal, decision, ae_report)
tm.flow(complaint_db, qms, complaint_record, returns_report, proposal, decision)

# Assessment
tm.flow(qms, assessor, complaint_record, returns_report, protocol="https")
tm.flow(guidance_store, assessor, guidance, protocol="https")
tm.flow(assessor, llm, assessment_prompt, protocol="https")
tm.flow(llm, assessor, proposal, protocol="https")
tm.flow(assessor, qms, proposal, protocol="https")

# Review and filing
tm.flow(qms, ra_specialist, complaint_record, proposal, protocol="https")
tm.flow(ra_specialist, qms, decision, protocol="https")
tm.flow(ra_specialist, guidance_store, guidance, protocol="https", label="maintains criteria")
tm.flow(qms, regulator, ae_report, protocol="https")
tm.flow(regulator, qms, acknowledgement, protocol="https")
