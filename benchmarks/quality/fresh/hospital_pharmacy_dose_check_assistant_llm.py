"""Hospital pharmacy dose-check assistant: the first design, before any security review.

Ward and dispensary pharmacists at an NHS acute trust open the assistant in a web
app on trust workstations, enter a patient's hospital number and the prescribed
drug, dose and frequency, and ask whether the dose is appropriate. An orchestrator
pulls the patient's latest weight, serum creatinine, eGFR and current medicines from
the electronic patient record through the trust's FHIR API, retrieves the matching
sections of the local formulary and the licensed drug monographs from a vector
index, and asks a hosted LLM (the vendor's UK region) to compare the dose with them.
The pharmacist reads the answer and records any intervention in the EPR themselves.
An informatics pharmacist uploads local formulary documents; the drug-database vendor
delivers monthly monograph updates by SFTP. Sign-in is through trust smartcard SSO and
limited to pharmacy roles; the FHIR API takes OAuth client credentials; every check is
written to an audit log. The vendor was assessed under the trust's supplier process.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital pharmacy dose-check assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant that checks prescribed doses against the formulary and "
    "the patient's renal function and weight from the EPR.",
)

# ---------------------------------------------------------------- data assets
dose_question = tg.Data(
    "Dose-check question",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Hospital number, drug, dose, route, frequency and the pharmacist's question.",
)
patient_lookup = tg.Data(
    "Patient lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="FHIR search by hospital number for observations and medications.",
)
clinical_context = tg.Data(
    "Patient clinical context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Latest weight, serum creatinine, eGFR, age, allergies and current medicines.",
)
patient_record = tg.Data(
    "Electronic patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
formulary_query = tg.Data("Formulary query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
formulary_chunks = tg.Data(
    "Formulary and monograph chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
local_formulary = tg.Data(
    "Local formulary documents",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Trust formulary, renal dosing guidelines and antimicrobial policy (PDF and Word).",
)
monographs = tg.Data(
    "Drug monograph updates",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed drug-database content: dosing, renal adjustment, interactions.",
)
llm_prompt = tg.Data(
    "Dose-check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the question, the patient's clinical context and the top formulary chunks.",
)
completion = tg.Data(
    "LLM dose assessment", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
dose_answer = tg.Data(
    "Dose-check answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether the dose fits, the suggested adjustment and the formulary sections cited.",
)
audit_log = tg.Data("Dose-check audit log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
intervention = tg.Data(
    "Pharmacist intervention note", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Trust network", trust=tg.Trust.INTERNAL):
    # The people who ask: ward and dispensary pharmacists on trust workstations.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="clinical pharmacist"))
    # Keeps the local formulary documents in the index up to date.
    informatics = tm.add(
        tg.Actor("Informatics pharmacist", role="pharmacy informatics lead", privileged=True)
    )

    with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
        # The web front end pharmacists sign in to; pharmacy roles only.
        web_app = tm.add(
            tg.Endpoint(
                "Dose-check web app",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="NHS smartcard with passcode via trust SSO"),
                    c.RBAC(note="pharmacist and pharmacy technician roles only"),
                },
            )
        )
        # Gathers the patient's context and formulary sections, builds the prompt, calls the LLM.
        orchestrator = tm.add(
            tg.Service(
                "Dose-check orchestrator",
                description="Looks up the patient in the EPR, retrieves formulary chunks, "
                "assembles the prompt and calls the hosted LLM.",
            )
        )
        # Vector index of the local formulary and the licensed monographs.
        formulary_index = tm.add(
            tg.VectorStore("Formulary vector index", stores={formulary_chunks})
        )
        # Chunks and embeds uploaded formulary documents and the monthly monograph drop.
        indexer = tm.add(
            tg.Pipeline(
                "Formulary indexing pipeline",
                stage=tg.Stage.INGESTION,
                description="Parses PDF and Word documents, chunks and embeds them.",
            )
        )
        # Record of every question, the context used and the answer, for clinical governance.
        log_store = tm.add(
            tg.DataStore(
                "Dose-check audit log store",
                stores={audit_log},
                controls={c.AuditLogging(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The trust's FHIR interface to the EPR; read-only scopes for this client.
        fhir_api = tm.add(
            tg.Endpoint(
                "EPR FHIR API",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="OAuth 2.0 client credentials"),
                    c.RBAC(note="read-only Observation and MedicationRequest scopes"),
                },
            )
        )
        # The system of record for weights, renal function and prescriptions.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={patient_record},
                controls={c.EncryptionAtRest(), c.AuditLogging()},
            )
        )

with tm.boundary("LLM vendor UK region", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model; no patient data retained under the trust's contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model compared against formulary dosing guidance.",
            controls={
                c.SupplierAssessment(note="trust supplier assurance and DPA, UK data residency")
            },
        )
    )

with tm.boundary("Drug database vendor", trust=tg.Trust.PARTNER):
    # Licensed monograph content delivered monthly.
    drug_db = tm.add(
        tg.DataSource(
            "Drug database monthly feed",
            origin=tg.Origin.VENDOR,
            provides={monographs},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(pharmacist, web_app, dose_question, protocol="https")
tm.flow(web_app, orchestrator, dose_question, protocol="https")

tm.flow(orchestrator, fhir_api, patient_lookup, protocol="https")
tm.flow(fhir_api, epr, patient_lookup)
tm.flow(epr, fhir_api, clinical_context)
tm.flow(fhir_api, orchestrator, clinical_context, protocol="https")

tm.flow(orchestrator, formulary_index, formulary_query, label="similarity query")
tm.flow(formulary_index, orchestrator, formulary_chunks, label="retrieved context")

tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(orchestrator, log_store, audit_log)
tm.flow(orchestrator, web_app, dose_answer, protocol="https")
tm.flow(web_app, pharmacist, dose_answer, protocol="https")

tm.flow(pharmacist, epr, intervention, protocol="https", label="recorded in the EPR client")

tm.flow(informatics, indexer, local_formulary, protocol="https", label="document upload")
tm.flow(drug_db, indexer, monographs, protocol="sftp", label="monthly delivery")
tm.flow(indexer, formulary_index, formulary_chunks)
