"""Sepsis antibiotic advisor: the first design, before any security review.

Prescribers open the advisor as a SMART on FHIR panel inside the hospital's EHR
when they suspect sepsis. A CDS backend in the hospital's data centre pulls the
patient's recent record (vitals, labs, allergies, renal function, medication)
from the EHR and the latest cultures, Gram stains and susceptibilities from the
laboratory information system, retrieves the matching sections of the local
antimicrobial guidelines and antibiogram from a vector index, and asks an LLM
hosted by a cloud vendor in its EU region for an empirical regimen with reasons.
The answer is advice only: the prescriber decides and orders in the EHR as usual.
The stewardship pharmacist publishes the guidelines and reviews the log of advice.
Controls: EHR single sign-on for the panel, RBAC and audit on the clinical systems,
pseudonymised extracts to the vendor, its API key in the hospital vault, a vendor
assessment with zero retention, and TLS on the network hops.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sepsis antibiotic recommendation assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "LLM assistant suggesting empirical antibiotics for suspected sepsis from the "
        "patient record, local guidelines and microbiology, for the prescriber to decide."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Recommendation request",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient context from the SMART launch, suspected source of infection, free-text question.",
)
patient_extract = tg.Data(
    "Patient record extract",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Vitals, labs, allergies, weight, eGFR, current medication and recent admissions.",
)
micro_results = tg.Data(
    "Microbiology results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Blood and urine cultures, Gram stains, organism identification and susceptibilities.",
)
guidelines = tg.Data(
    "Local antimicrobial guidelines and antibiogram",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guideline_chunks = tg.Data(
    "Guideline chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Pseudonymised clinical prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, pseudonymised patient summary, microbiology and retrieved guideline text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
recommendation = tg.Data(
    "Antibiotic recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Suggested regimen, doses adjusted for renal function, and the guideline sections cited.",
)
order = tg.Data("Antibiotic order", kind="records", sensitivity=tg.Sensitivity.REGULATED)
rec_log = tg.Data(
    "Recommendation log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Request, prompt, completion and what was shown, per patient and prescriber.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # The person who decides: reads the advice and orders (or not) in the EHR.
    prescriber = tm.add(tg.Actor("Prescriber", role="clinician"))
    # Owns the guidelines the advice is grounded on, and audits how the advisor is used.
    pharmacist = tm.add(tg.Actor("Antimicrobial stewardship pharmacist", role="pharmacist"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # System of record for the patient; hosts the SMART launch and takes the order.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record",
                stores={patient_extract, order, micro_results},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="database TDE, keys in the hospital HSM"),
                },
            )
        )
        # Source of the newest microbiology, including preliminary Gram stains.
        lis = tm.add(
            tg.DataStore(
                "Laboratory information system",
                stores={micro_results},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )

    with tm.boundary("CDS platform", trust=tg.Trust.INTERNAL):
        # Backend of the SMART on FHIR panel the prescriber opens from the EHR.
        cds_api = tm.add(
            tg.Endpoint(
                "Sepsis advisor CDS endpoint",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(
                        method="SMART on FHIR launch from the EHR session (staff SSO, badge tap and own PIN)"
                    )
                },
            )
        )
        # Gathers record, microbiology and guidelines, builds the prompt, calls the LLM.
        orchestrator = tm.add(
            tg.Service(
                "Recommendation orchestrator",
                description="Assembles a pseudonymised patient summary, retrieves guideline text, "
                "calls the hosted LLM and formats the answer with citations.",
                controls={
                    c.DataMinimization(
                        note="names, MRN and dates of birth removed before the vendor call"
                    ),
                    c.SecretsManagement(note="vendor API key held in the hospital vault"),
                },
            )
        )
        # Grounding for the advice: the local guidelines and antibiogram, chunked and embedded.
        guideline_index = tm.add(
            tg.VectorStore("Guideline vector index", stores={guideline_chunks})
        )
        # Where the pharmacist publishes the current guideline and antibiogram documents.
        guideline_store = tm.add(
            tg.DataStore(
                "Guideline document library",
                stores={guidelines},
                controls={c.RBAC(note="only the stewardship team may publish")},
            )
        )
        # Re-chunks and re-embeds the guidelines whenever a new version is published.
        indexer = tm.add(
            tg.Pipeline(
                "Guideline indexing job",
                stage=tg.Stage.INGESTION,
                description="Chunks the documents and embeds them with a locally hosted embedding model.",
            )
        )
        # Record of every recommendation for stewardship review and incident investigation.
        log_store = tm.add(
            tg.DataStore(
                "Recommendation log store",
                stores={rec_log},
                controls={
                    c.EncryptionAtRest(key_management="database TDE, keys in the hospital HSM")
                },
            )
        )

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # The model that drafts the regimen; advice only, the prescriber decides.
    llm = tm.add(
        tg.LLM(
            "Hosted clinical LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API, pinned to one model version.",
            controls={
                c.HumanInTheLoop(approver="the prescribing clinician, who places any order"),
                c.SupplierAssessment(note="DPA signed, zero data retention, EU processing"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(prescriber, cds_api, request, protocol="https", label="opens advisor panel")
tm.flow(cds_api, orchestrator, request)
tm.flow(orchestrator, ehr, request, protocol="https", label="FHIR read")
tm.flow(ehr, orchestrator, patient_extract, protocol="https", label="FHIR read")
tm.flow(orchestrator, lis, request, protocol="https", label="results query")
tm.flow(lis, orchestrator, micro_results, protocol="https", label="results query")
tm.flow(lis, ehr, micro_results, protocol="mllp", label="HL7 v2 results feed")
tm.flow(orchestrator, guideline_index, request, label="similarity query")
tm.flow(guideline_index, orchestrator, guideline_chunks, label="retrieved guideline sections")
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, rec_log)
tm.flow(orchestrator, cds_api, recommendation)
tm.flow(cds_api, prescriber, recommendation, protocol="https")
tm.flow(prescriber, ehr, order, protocol="https", label="places order in the EHR")

tm.flow(pharmacist, guideline_store, guidelines, protocol="https", label="publishes new version")
tm.flow(guideline_store, indexer, guidelines)
tm.flow(indexer, guideline_index, guideline_chunks)
tm.flow(log_store, pharmacist, rec_log, protocol="https", label="stewardship review")
