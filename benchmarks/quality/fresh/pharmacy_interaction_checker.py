"""Pharmacy interaction checker: the first design, before any security review.

When a prescriber signs a new medication order in the hospital EHR, the HL7 order
message is routed by the integration engine to an interaction-checking service in
the hospital data centre. The service pulls the patient's active medication list,
allergies and latest lab results from the EHR's FHIR API (SMART backend-services
client), looks up the relevant monographs in a local copy of a licensed
drug-information database (synced nightly from the vendor), and sends all of it to
a hosted LLM (under a BAA) that drafts an interaction warning. The draft appears in
a pharmacist review app; the pharmacist on duty accepts, edits or dismisses it
before verifying the order in the EHR, and accepted warnings are filed back to the
order as a pharmacy intervention note. Pharmacists sign in with hospital SSO, the
review app is limited to the pharmacy role, decisions are audit-logged, and the
warning store is encrypted at rest. Pharmacy informatics maintains the prompt.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy interaction checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM-drafted drug-interaction warnings reviewed by the pharmacist before order verification.",
)

# ---------------------------------------------------------------- data assets
new_order = tg.Data(
    "New prescription order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 order message: patient, drug, dose, route, frequency, prescriber.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
context_query = tg.Data(
    "Patient context query",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="FHIR searches by patient id for MedicationRequest, AllergyIntolerance, Observation.",
)
med_profile = tg.Data(
    "Active medications and allergies",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
labs = tg.Data(
    "Latest lab results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Renal and hepatic function, INR, potassium and other recent results.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
monographs = tg.Data(
    "Drug monographs",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed interaction, contraindication and dosing content.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
drug_codes = tg.Data("Drug codes lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt_template = tg.Data(
    "Interaction prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Interaction check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template, the new order, medications, allergies, labs and monograph excerpts.",
)
completion = tg.Data(
    "LLM interaction draft", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft_warning = tg.Data(
    "Draft interaction warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Pharmacist decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accept, edit (with the edited text) or dismiss, with the pharmacist's id.",
)
intervention_note = tg.Data(
    "Pharmacy intervention note", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
verification = tg.Data("Order verification", kind="records", sensitivity=tg.Sensitivity.REGULATED)
llm_log = tg.Data(
    "Prompt and response log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every prompt and completion, kept for quality review.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Physicians and NPs who sign medication orders in the EHR.
    prescriber = tm.add(tg.Actor("Prescriber", role="clinician"))
    # The pharmacist on duty: reviews each draft before verifying the order.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))
    # Pharmacy informatics owns the prompt template and reviews dismissed warnings.
    informatics = tm.add(
        tg.Actor("Pharmacy informatics analyst", role="informatics", privileged=True)
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # Source of truth for orders, medications, allergies and labs.
        ehr = tm.add(
            tg.DataSource(
                "EHR",
                origin=tg.Origin.INTERNAL,
                provides={new_order, med_profile, labs},
                description="The hospital's electronic health record, with CPOE and a FHIR R4 API.",
            )
        )
        # Routes HL7 order messages out of the EHR to downstream systems.
        engine = tm.add(
            tg.Service(
                "Integration engine",
                description="HL7 v2 interface engine; forwards new-order (ORM) events.",
            )
        )

    with tm.boundary("Pharmacy AI services", trust=tg.Trust.INTERNAL):
        # Gathers the patient context and monographs, builds the prompt, calls the LLM.
        checker = tm.add(
            tg.Service(
                "Interaction checker service",
                description="Orchestrates one check per new order and posts the draft for review.",
            )
        )
        # Local copy of the licensed drug-information database, keyed by drug code.
        monograph_db = tm.add(tg.DataStore("Monograph database", stores={monographs}))
        # Nightly job that downloads monograph updates from the vendor.
        sync = tm.add(
            tg.Pipeline(
                "Monograph sync job",
                stage=tg.Stage.INGESTION,
                description="Pulls the vendor's nightly content update and loads it.",
            )
        )
        # Drafts, decisions and the prompt/response log, for audit and quality review.
        warning_store = tm.add(
            tg.DataStore(
                "Warning and decision store",
                stores={draft_warning, decision, llm_log},
                controls={c.EncryptionAtRest(key_management="hospital SAN encryption")},
            )
        )
        # Web app on pharmacy workstations where drafts are accepted, edited or dismissed.
        review_app = tm.add(
            tg.Endpoint(
                "Pharmacist review app",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="hospital SSO (SAML)"),
                    c.RBAC(note="pharmacy role only"),
                    c.HumanInTheLoop(approver="pharmacist on duty"),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )

with tm.boundary("Drug information vendor", trust=tg.Trust.PARTNER):
    # Licensed drug-information database (monographs and interaction content).
    drug_info = tm.add(
        tg.DataSource(
            "Drug information database",
            origin=tg.Origin.VENDOR,
            provides={monographs},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that reads the context and drafts the warning.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor-hosted chat model, called under a business associate agreement.",
            controls={c.SupplierAssessment(note="BAA signed; vendor security questionnaire")},
        )
    )

# ---------------------------------------------------------------- flows
# A new order triggers a check.
tm.flow(prescriber, ehr, new_order, protocol="https", label="signs order (CPOE)")
tm.flow(ehr, engine, new_order, protocol="mllp", label="HL7 ORM")
tm.flow(engine, checker, new_order, protocol="https", label="order event")

# Patient context from the EHR's FHIR API.
tm.flow(
    checker,
    ehr,
    context_query,
    protocol="https",
    controls={c.Authentication(method="SMART backend services (OAuth client credentials)")},
)
tm.flow(ehr, checker, med_profile, labs, protocol="https", label="FHIR results")

# Licensed monographs: nightly sync, then per-check lookup.
tm.flow(drug_info, sync, monographs, protocol="https", label="nightly content update")
tm.flow(sync, monograph_db, monographs)
tm.flow(checker, monograph_db, drug_codes, label="lookup")
tm.flow(monograph_db, checker, monographs)

# The LLM drafts the warning.
tm.flow(informatics, checker, prompt_template, protocol="https", label="maintains prompt")
tm.flow(checker, llm, prompt, protocol="https")
tm.flow(llm, checker, completion, protocol="https")
tm.flow(checker, warning_store, draft_warning, llm_log)

# Pharmacist review and order verification.
tm.flow(checker, review_app, draft_warning, protocol="https")
tm.flow(review_app, pharmacist, draft_warning, protocol="https")
tm.flow(pharmacist, review_app, decision, protocol="https", label="accept / edit / dismiss")
tm.flow(review_app, warning_store, decision)
tm.flow(review_app, ehr, intervention_note, protocol="https", label="files accepted warning")
tm.flow(pharmacist, ehr, verification, protocol="https", label="verifies order")

# Quality review of dismissed and edited warnings.
tm.flow(warning_store, informatics, decision, llm_log, protocol="https", label="monthly review")
