"""Radiology follow-up tracker: the first design, before any security review.

A US hospital wants fewer missed follow-up scans. When a radiologist signs a
report in the RIS, the interface engine forwards it over HL7 to a follow-up
extraction service, which sends the report text to an LLM hosted in the cloud
under a business associate agreement. The LLM says whether the report recommends
follow-up imaging and returns the modality, body part and interval. Each extracted
recommendation lands in the tracker database and on a worklist where a follow-up
nurse navigator checks it against the report before the tracker creates a task in
the referring team's EHR inbox through the EHR's FHIR API. A nightly job matches
completed exams from the RIS and task status from the EHR to close items, and puts
overdue ones back on the navigator's worklist. Controls in this design: hospital
SSO and role-based access on the worklist, encryption at rest of the tracker
database, navigator confirmation before any task is created, audit logging of
worklist actions, TLS to the LLM and the EHR API, and a vendor review with a BAA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radiology follow-up tracker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="An LLM finds recommended follow-up imaging in radiology reports; tasks are tracked to completion.",
)

# ---------------------------------------------------------------- data assets
reports = tg.Data(
    "Radiology reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Signed reports with patient identifiers, findings and impression.",
)
report_msg = tg.Data(
    "Signed report message",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 ORU message carrying the report text, MRN, accession and ordering provider.",
)
prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Extraction instructions and the full report text.",
)
extraction = tg.Data(
    "Extracted follow-up recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether follow-up is recommended, modality, body part, interval and the quoted sentence.",
)
items = tg.Data(
    "Follow-up items",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Each recommendation with patient, referring provider, due date and status.",
)
confirmation = tg.Data(
    "Navigator confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Confirmed, corrected or dismissed, with the navigator's edits.",
)
task = tg.Data("EHR follow-up task", kind="records", sensitivity=tg.Sensitivity.REGULATED)
task_status = tg.Data("EHR task status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
exams = tg.Data(
    "Completed exam list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Exams performed since the last run, by MRN, modality and date.",
)
audit = tg.Data("Worklist audit trail", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
ehr_credentials = tg.Data(
    "EHR API client credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Cloud LLM tenant", trust=tg.Trust.PARTNER):
    # Reads each report and pulls out the follow-up recommendation, if any.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model in the cloud provider's HIPAA-eligible service.",
            controls={c.SupplierAssessment(note="BAA signed; zero data retention configured")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Dictates and signs the reports the tracker reads.
    radiologist = tm.add(tg.Actor("Radiologist", role="clinician"))
    # Reviews every extracted recommendation and chases overdue follow-ups.
    navigator = tm.add(tg.Actor("Follow-up nurse navigator", role="nurse navigator"))
    # Gets the task in their EHR inbox and orders the follow-up scan.
    referrer = tm.add(tg.Actor("Referring clinician", role="clinician"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The radiology system of record: reports and performed exams.
        ris = tm.add(tg.DataStore("RIS", stores={reports, exams}))
        # Routes HL7 messages between clinical systems.
        engine = tm.add(tg.Service("HL7 interface engine"))
        # Holds the referring teams' inboxes and tasks.
        ehr = tm.add(tg.DataStore("EHR", stores={task, task_status}))

    with tm.boundary("Follow-up tracker", trust=tg.Trust.INTERNAL):
        # Builds the prompt from each report and stores what the LLM extracted.
        extractor = tm.add(
            tg.Service(
                "Follow-up extraction service",
                description="One LLM call per signed diagnostic report; stores the result as a pending item.",
            )
        )
        # Source of truth for every recommendation and where it stands.
        tracker_db = tm.add(
            tg.DataStore(
                "Tracker database",
                stores={items, ehr_credentials},
                controls={c.EncryptionAtRest(key_management="SQL Server TDE")},
            )
        )
        # The navigators' web worklist; confirmed items become EHR tasks from here.
        worklist = tm.add(
            tg.Endpoint(
                "Follow-up worklist app",
                purpose=tg.EndpointPurpose.API,
                description="Shows pending and overdue items; on confirmation it creates the EHR task.",
                controls={
                    c.Authentication(method="hospital SSO (SAML) against Active Directory"),
                    c.RBAC(note="navigator and radiology QA roles only"),
                    c.HumanInTheLoop(approver="follow-up nurse navigator"),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )
        # Closes items whose scan has been done and re-queues overdue ones.
        reconcile = tm.add(tg.Service("Nightly reconciliation job"))
        # Who confirmed, edited or dismissed what, for quality review.
        audit_store = tm.add(tg.DataStore("Worklist audit log", stores={audit}))

# ---------------------------------------------------------------- flows
tm.flow(radiologist, ris, reports, label="signs report")
tm.flow(ris, engine, report_msg, protocol="mllp")
tm.flow(engine, extractor, report_msg, protocol="mllp")
tm.flow(extractor, llm, prompt, protocol="https")
tm.flow(llm, extractor, extraction, protocol="https")
tm.flow(extractor, tracker_db, items)

tm.flow(tracker_db, worklist, items)
tm.flow(worklist, navigator, items, extraction, protocol="https")
tm.flow(navigator, worklist, confirmation, protocol="https")
tm.flow(worklist, tracker_db, items, label="status update")
tm.flow(worklist, audit_store, audit)
tm.flow(tracker_db, worklist, ehr_credentials, label="API client secret")
tm.flow(worklist, ehr, task, protocol="HL7 FHIR over HTTPS")

tm.flow(ehr, referrer, task, protocol="https", label="inbox task")
tm.flow(referrer, ehr, task_status, protocol="https", label="orders scan, completes task")

tm.flow(ris, reconcile, exams, label="nightly export")
tm.flow(ehr, reconcile, task_status, protocol="HL7 FHIR over HTTPS")
tm.flow(tracker_db, reconcile, items)
tm.flow(reconcile, tracker_db, items, label="close or mark overdue")
