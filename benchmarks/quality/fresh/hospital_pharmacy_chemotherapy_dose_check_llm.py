"""Chemotherapy dose check: the first design, before any security review.

A US hospital's oncology pharmacy wants a second pair of eyes on every
chemotherapy order. When an oncologist signs a chemo order in the EHR, the
interface engine forwards the HL7 order message to a dose check service on the
hospital network. The service pulls the patient's latest weight and height from
the EHR and recent labs (creatinine, ANC, platelets, bilirubin) from the LIS,
retrieves the matching regimen from an index of the pharmacy's approved chemo
protocols, and asks a hosted LLM (cloud vendor, under a BAA) whether dose, BSA,
cycle timing and lab-based adjustments match the protocol. Issues are stored as
flags and shown on a worklist where an oncology pharmacist verifies every order
before compounding, as today. Controls in the design: hospital SSO and roles on
the EHR and worklist, EHR encryption at rest and access audit, TLS to the vendor,
the vendor review behind the BAA, and pharmacist verification of every order.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Chemotherapy dose check LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM check of chemo orders against protocols, weight and labs, for pharmacist verification.",
)

# ---------------------------------------------------------------- data assets
chemo_order = tg.Data(
    "Chemotherapy order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient MRN, regimen, drugs, doses, cycle and day, prescriber.",
)
patient_query = tg.Data(
    "Patient record query",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="MRN and the observations asked for (FHIR search).",
)
weight_height = tg.Data(
    "Patient weight and height",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
labs = tg.Data(
    "Lab results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Creatinine clearance, full blood count, liver function.",
)
protocols = tg.Data(
    "Chemotherapy protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The pharmacy's approved regimen documents with dose-modification tables.",
)
protocol_chunks = tg.Data(
    "Protocol chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
protocol_query = tg.Data("Regimen lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Dose check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the order, weight, height, labs and the retrieved protocol text.",
)
assessment = tg.Data(
    "LLM dose assessment", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
flags = tg.Data(
    "Dose check flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per order: issues found (dose over protocol, missed renal adjustment...) or none.",
)
verification = tg.Data(
    "Pharmacist verification", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
check_log = tg.Data("Dose check log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("LLM vendor tenancy", trust=tg.Trust.PARTNER):
    # The model that reads order, labs and protocol and reports discrepancies.
    llm = tm.add(
        tg.LLM(
            "Hosted dose check LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the cloud vendor's API, in the hospital's tenancy.",
            controls={
                tg.controls.SupplierAssessment(note="BAA signed; vendor security review done"),
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Writes and signs the chemo orders the check looks at.
    oncologist = tm.add(tg.Actor("Oncologist", role="prescriber"))
    # Verifies each chemo order and works the flags.
    pharmacist = tm.add(tg.Actor("Oncology pharmacist", role="pharmacist"))
    # Keeps the protocol library current when regimens change.
    informatics = tm.add(
        tg.Actor("Pharmacy informatics pharmacist", role="protocol maintainer", privileged=True)
    )
    # Routes HL7 order messages from the EHR to the dose check service.
    interface_engine = tm.add(tg.Service("HL7 interface engine"))
    # Orchestrates each check: gathers inputs, builds the prompt, stores the flags.
    dose_service = tm.add(
        tg.Service(
            "Dose check service",
            description="Runs for every new or changed chemo order; one LLM call per order.",
            controls={
                tg.controls.OutputFiltering(note="LLM reply must parse to the flag JSON schema"),
            },
        )
    )
    # Pharmacists' screen listing orders with their flags.
    worklist = tm.add(
        tg.Endpoint(
            "Pharmacist verification worklist",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="hospital Active Directory single sign-on"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(
                    approver="oncology pharmacist",
                    note="every chemo order is verified by a pharmacist before compounding",
                ),
            },
        )
    )
    # Index of protocol chunks the service retrieves from.
    protocol_index = tm.add(tg.VectorStore("Protocol index", stores={protocol_chunks}))
    # Re-chunks and re-embeds the library when a protocol is published.
    indexer = tm.add(tg.Pipeline("Protocol indexing job", stage=tg.Stage.INGESTION))
    # Document library of approved chemo protocols.
    protocol_library = tm.add(tg.DataStore("Protocol library", stores={protocols}))
    # Flags and a log of each check, for the worklist and for audit.
    results = tm.add(
        tg.DataStore(
            "Dose check results store",
            stores={flags, check_log, verification},
            controls={tg.controls.EncryptionAtRest(key_management="database TDE")},
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # System of record for orders, weight and height.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={chemo_order, weight_height, verification},
                controls={
                    tg.controls.Authentication(method="hospital Active Directory single sign-on"),
                    tg.controls.RBAC(),
                    tg.controls.EncryptionAtRest(key_management="vendor-managed keys"),
                    tg.controls.AuditLogging(),
                },
            )
        )
        # Laboratory system of record for results.
        lis = tm.add(
            tg.DataStore(
                "Laboratory information system",
                stores={labs},
                controls={tg.controls.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(oncologist, ehr, chemo_order, protocol="https", label="order entry and signing")
tm.flow(ehr, interface_engine, chemo_order, protocol="mllp", label="ORM order message")
tm.flow(interface_engine, dose_service, chemo_order, protocol="mllp")

tm.flow(dose_service, ehr, patient_query, protocol="https", label="FHIR search")
tm.flow(ehr, dose_service, weight_height, protocol="https")
tm.flow(dose_service, lis, patient_query, protocol="https", label="FHIR search")
tm.flow(lis, dose_service, labs, protocol="https")
tm.flow(dose_service, protocol_index, protocol_query, label="similarity query")
tm.flow(protocol_index, dose_service, protocol_chunks, label="retrieved protocol")

tm.flow(dose_service, llm, prompt, protocol="https")
tm.flow(llm, dose_service, assessment, protocol="https")
tm.flow(dose_service, results, flags, check_log)

tm.flow(results, worklist, flags)
tm.flow(worklist, pharmacist, chemo_order, flags, protocol="https")
tm.flow(pharmacist, worklist, verification, protocol="https")
tm.flow(worklist, results, verification)
tm.flow(worklist, ehr, verification, protocol="https", label="verification status")

tm.flow(informatics, protocol_library, protocols, protocol="https", label="publishes protocols")
tm.flow(protocol_library, indexer, protocols)
tm.flow(indexer, protocol_index, protocol_chunks)
