"""Medication reconciliation assistant: the first design, before any security review.

On admission, pharmacy technicians interview the patient about home medications
and record the list in the EHR. Our reconciliation service, running in the
hospital data centre, pulls that list, the admission orders, and the patient's
outpatient pharmacy fill history (from a medication-history network over the
interface engine), normalises drug names against a licensed drug knowledge base,
and asks an LLM hosted in our cloud provider's tenant (under a BAA) to find
omissions, duplications and dose changes. The LLM drafts discrepancy notes that
land in a pharmacist worklist; a pharmacist reviews, edits and signs each note
before it is filed to the EHR. Controls in this design: SSO with MFA and roles
for the worklist, a BAA and vendor review for the LLM, TLS to external parties,
encryption at rest for drafts, audit logging, and pharmacist sign-off.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital medication reconciliation assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "LLM compares home medications with admission orders and drafts "
        "discrepancy notes for pharmacists."
    ),
)

# ---------------------------------------------------------------- data assets
home_med_interview = tg.Data(
    "Home medication interview",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Medications, doses and adherence as reported by the patient or family.",
)
admission_orders = tg.Data(
    "Admission medication orders",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
fill_history = tg.Data(
    "Pharmacy fill history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Outpatient dispensing claims for the last 12 months.",
)
history_query = tg.Data(
    "Medication history query",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, date of birth, sex and ZIP code used to match the patient.",
)
drug_reference = tg.Data(
    "Drug knowledge base",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Licensed drug names, classes, equivalents and dose ranges.",
)
recon_prompt = tg.Data(
    "Reconciliation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, both medication lists, fill history and drug reference snippets.",
)
llm_output = tg.Data(
    "LLM discrepancy analysis", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft_notes = tg.Data(
    "Draft discrepancy notes",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signed_notes = tg.Data(
    "Signed reconciliation notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pharmacist_edits = tg.Data(
    "Pharmacist review decisions", kind="feedback", sensitivity=tg.Sensitivity.REGULATED
)
access_log = tg.Data("Access and prompt log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Medication history network", trust=tg.Trust.PARTNER):
    # National e-prescribing network that returns outpatient fill claims.
    med_history = tm.add(tg.ExternalService("Medication history service", provides="data-provider"))

with tm.boundary("Drug knowledge vendor", trust=tg.Trust.PARTNER):
    # Monthly licensed drug database file, downloaded by the pharmacy informatics team.
    drug_feed = tm.add(
        tg.DataSource("Drug database updates", origin=tg.Origin.VENDOR, provides={drug_reference})
    )

with tm.boundary("Cloud AI tenant", trust=tg.Trust.PARTNER):
    # General-purpose LLM in the cloud provider's tenant, covered by the hospital's BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted clinical LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention option enabled")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Pharmacy technicians take the home medication history at the bedside.
    technician = tm.add(tg.Actor("Pharmacy technician", role="pharmacy technician"))
    # Pharmacists resolve discrepancies and sign the notes.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="clinical pharmacist"))

    # Web app where pharmacists see, edit and sign drafts.
    worklist = tm.add(
        tg.Endpoint(
            "Pharmacist worklist",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital SSO with MFA"), c.RBAC()},
        )
    )
    # Builds the prompt from both lists and the fill history, calls the LLM, stores drafts.
    recon_service = tm.add(
        tg.Service(
            "Reconciliation service",
            controls={c.HumanInTheLoop(approver="clinical pharmacist")},
        )
    )
    # Local copy of the drug knowledge base used for name normalisation.
    drug_db = tm.add(tg.DataStore("Drug reference store", stores={drug_reference}))
    # Drafts waiting for pharmacist review, with the pharmacist's edits.
    draft_store = tm.add(
        tg.DataStore(
            "Draft notes store",
            stores={draft_notes, pharmacist_edits},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Who viewed what, and every prompt and completion, for HIPAA accounting.
    audit_store = tm.add(
        tg.DataStore(
            "Audit log store",
            stores={access_log},
            controls={c.AuditLogging(retention_days=2190)},
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # System of record: interview list, admission orders, signed notes.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={home_med_interview, admission_orders, signed_notes},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )
        # HL7 v2 / FHIR interface engine between the EHR and everything else.
        interface_engine = tm.add(tg.Service("Interface engine"))

# ---------------------------------------------------------------- flows
# capture
tm.flow(technician, ehr, home_med_interview, label="bedside interview entry")

# gathering the inputs
tm.flow(ehr, interface_engine, home_med_interview, admission_orders, protocol="mllp")
tm.flow(interface_engine, med_history, history_query, protocol="https")
tm.flow(med_history, interface_engine, fill_history, protocol="https")
tm.flow(
    interface_engine,
    recon_service,
    home_med_interview,
    admission_orders,
    fill_history,
    protocol="https",
)
tm.flow(drug_feed, drug_db, drug_reference, protocol="sftp", label="monthly update")
tm.flow(drug_db, recon_service, drug_reference)

# drafting
tm.flow(recon_service, llm, recon_prompt, protocol="https")
tm.flow(llm, recon_service, llm_output, protocol="https")
tm.flow(recon_service, draft_store, draft_notes)
tm.flow(recon_service, audit_store, access_log)

# pharmacist review
tm.flow(draft_store, worklist, draft_notes)
tm.flow(
    worklist,
    pharmacist,
    draft_notes,
    home_med_interview,
    admission_orders,
    fill_history,
    protocol="https",
)
tm.flow(pharmacist, worklist, pharmacist_edits, signed_notes, protocol="https")
tm.flow(worklist, draft_store, pharmacist_edits)
tm.flow(worklist, audit_store, access_log)
tm.flow(worklist, interface_engine, signed_notes, protocol="https")
tm.flow(interface_engine, ehr, signed_notes, protocol="mllp")
