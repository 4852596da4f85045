"""Discharge medication reconciliation assistant: the first design, before any security review.

A US hospital's ward pharmacists reconcile every patient's medicines before
discharge. When a discharge order is placed, the EHR sends an HL7 ADT event to a
reconciliation service in the hospital data centre. The service reads the admission
medication history, the inpatient orders and administration record and the draft
discharge prescription from the EHR over FHIR, adds the outside pharmacy fill
history from a medication history network and drug reference data from a licensed
drug database, and asks an LLM hosted in the cloud provider's HIPAA-eligible AI
service (under a BAA) to draft a reconciliation: continued, changed, stopped and
new medicines, with discrepancies flagged. The draft goes to a worklist in the
pharmacist review app, where the ward pharmacist (hospital SSO with MFA) checks,
edits and signs it; only the signed version is filed back to the EHR. The EHR keeps
its role-based access, audit trail and encryption; the LLM API key is in the vault.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Discharge medication reconciliation LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM drafts of discharge medication reconciliations, checked and signed "
    "by the ward pharmacist.",
)

# ---------------------------------------------------------------- data assets
discharge_event = tg.Data(
    "Discharge order event",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="HL7 ADT message with the patient's MRN, encounter and ward.",
)
fhir_query = tg.Data("FHIR medication query", sensitivity=tg.Sensitivity.REGULATED, kind="records")
admission_meds = tg.Data(
    "Admission medication history",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Home medicines recorded at admission from the patient and family.",
)
inpatient_meds = tg.Data(
    "Inpatient orders and administration record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
discharge_rx = tg.Data(
    "Draft discharge prescription",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
fill_history = tg.Data(
    "Outside pharmacy fill history",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Dispensing records from community pharmacies for the last 12 months.",
)
drug_updates = tg.Data(
    "Drug database update", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
drug_reference = tg.Data(
    "Drug reference data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Licensed drug names, therapeutic equivalents, formulary and interactions.",
)
templates = tg.Data(
    "Reconciliation prompt templates", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
prompt = tg.Data(
    "Reconciliation prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions plus the four medication lists and drug reference excerpts.",
)
completion = tg.Data(
    "Draft reconciliation from the LLM", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
draft = tg.Data(
    "Draft medication reconciliation",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_edits = tg.Data(
    "Pharmacist edits and sign-off", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
signed = tg.Data(
    "Signed medication reconciliation",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
patient_chart = tg.Data("Patient chart", sensitivity=tg.Sensitivity.REGULATED, kind="records")
request_log = tg.Data(
    "LLM request and response log", sensitivity=tg.Sensitivity.REGULATED, kind="logs"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Checks, corrects and signs each draft before the patient leaves.
    pharmacist = tm.add(tg.Actor("Ward pharmacist", role="clinical pharmacist"))
    # Writes the discharge prescription and reads the signed reconciliation.
    physician = tm.add(tg.Actor("Discharging physician", role="physician"))
    # Maintains the prompt templates and the service's configuration.
    informatics = tm.add(
        tg.Actor("Pharmacy informatics lead", role="informatics pharmacist", privileged=True)
    )
    # Gathers the lists, builds the prompt, calls the LLM and queues the draft.
    orchestrator = tm.add(
        tg.Service(
            "Reconciliation service",
            description="Triggered by discharge orders; one run per discharge.",
            controls={c.SecretsManagement()},
        )
    )
    # Templates that tell the LLM how to lay out and flag the reconciliation.
    template_store = tm.add(tg.DataStore("Prompt template store", stores={templates}))
    # Local copy of the licensed drug database, refreshed weekly.
    drug_db = tm.add(tg.DataStore("Drug knowledge base", stores={drug_reference}))
    # Drafts waiting for a pharmacist, and their edit history.
    draft_store = tm.add(
        tg.DataStore("Reconciliation worklist database", stores={draft, review_edits})
    )
    # Every prompt and completion, kept for troubleshooting and quality review.
    log_store = tm.add(tg.DataStore("LLM request log", stores={request_log}))
    # Web app where pharmacists work through the drafts and sign them.
    review_app = tm.add(
        tg.Endpoint(
            "Pharmacist review app",
            purpose=tg.EndpointPurpose.API,
            description="Shows each draft beside the source lists for the pharmacist's ward.",
            controls={
                c.Authentication(method="hospital SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the ward pharmacist, who signs each reconciliation before it is filed"
                ),
            },
        )
    )

    with tm.boundary("EHR data centre", trust=tg.Trust.RESTRICTED):
        # The hospital's system of record for orders, medicines and notes.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record (EHR)",
                stores={admission_meds, inpatient_meds, discharge_rx, signed, patient_chart},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="EHR vendor-managed keys"),
                },
            )
        )

with tm.boundary("Cloud AI service (BAA)", trust=tg.Trust.PARTNER):
    # General-purpose model in the cloud provider's HIPAA-eligible service.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the reconciliation a pharmacist then checks.",
            controls={c.SupplierAssessment(note="BAA signed; no training on our data")},
        )
    )

with tm.boundary("Medication history network", trust=tg.Trust.PARTNER):
    # Nationwide network of community pharmacy dispensing records.
    fill_source = tm.add(
        tg.DataSource(
            "Medication history service",
            origin=tg.Origin.PARTNER,
            provides={fill_history},
        )
    )

with tm.boundary("Drug database vendor", trust=tg.Trust.PARTNER):
    # Publisher of the licensed drug database.
    drug_vendor = tm.add(
        tg.DataSource("Drug database update feed", origin=tg.Origin.VENDOR, provides={drug_updates})
    )

# ---------------------------------------------------------------- flows
tm.flow(physician, ehr, discharge_rx, protocol="https", label="discharge order")
tm.flow(ehr, physician, signed, patient_chart, protocol="https")
tm.flow(ehr, pharmacist, patient_chart, protocol="https", label="chart review")

tm.flow(ehr, orchestrator, discharge_event, protocol="mllp")
tm.flow(orchestrator, ehr, fhir_query, protocol="https", label="FHIR read")
tm.flow(ehr, orchestrator, admission_meds, inpatient_meds, discharge_rx, protocol="https")
tm.flow(orchestrator, fill_source, fhir_query, protocol="https", label="history request")
tm.flow(fill_source, orchestrator, fill_history, protocol="https")
tm.flow(drug_vendor, drug_db, drug_updates, protocol="sftp", label="weekly update")
tm.flow(drug_db, orchestrator, drug_reference)
tm.flow(informatics, template_store, templates, label="edits templates")
tm.flow(template_store, orchestrator, templates)

tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, request_log)
tm.flow(orchestrator, draft_store, draft)

tm.flow(draft_store, review_app, draft)
tm.flow(review_app, draft_store, review_edits)
tm.flow(review_app, pharmacist, draft, protocol="https")
tm.flow(pharmacist, review_app, review_edits, protocol="https")
tm.flow(
    ehr,
    review_app,
    admission_meds,
    inpatient_meds,
    discharge_rx,
    protocol="https",
    label="source lists",
)
tm.flow(review_app, ehr, signed, protocol="https", label="files signed reconciliation")
