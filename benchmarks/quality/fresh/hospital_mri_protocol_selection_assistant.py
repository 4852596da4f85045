"""Hospital MRI protocol selection assistant: the first design, before any security review.

When a referring clinician orders an MRI, the order reaches radiology through the
hospital's HL7 interface engine. A protocoling service pulls the relevant history
(renal function, implants, allergies, prior imaging, recent notes) from the EHR's FHIR
API, has a cloud-hosted LLM (under a BAA) summarise the notes, and asks an in-house
classifier, trained on years of radiologists' past protocol choices, to suggest the MRI
protocol and whether to give gadolinium contrast. Radiologists see the suggestion with
its confidence in a protocoling worklist, sign in with hospital SSO, and approve or
change it; only approved protocols go to the RIS, which puts them on the scanners'
modality worklist. Every suggestion and decision is logged, and the log is exported
monthly into a training set that the ML team uses to retrain the classifier on the
research computing cluster. Everything but the LLM runs in the hospital data centre.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital MRI protocol selection assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Suggests MRI protocols and contrast use for radiologists to approve.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "MRI order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient identifiers, indication, ordering clinician, body part.",
)
history_query = tg.Data(
    "Patient history query", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
history = tg.Data(
    "Patient clinical history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="eGFR, implants and devices, contrast allergies, prior imaging, recent notes.",
)
note_prompt = tg.Data("Note summary prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
note_summary = tg.Data(
    "Clinical note summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
order_features = tg.Data("Order features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
suggestion = tg.Data(
    "Protocol suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Suggested protocol, contrast yes/no and the model's confidence.",
)
approved_protocol = tg.Data(
    "Approved protocol",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
worklist_entry = tg.Data(
    "Modality worklist entry", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
decision_log = tg.Data("Protocol decision log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
training_examples = tg.Data(
    "Protocol training examples", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
training_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Protocol classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Reads and approves protocols from reading-room workstations.
    radiologist = tm.add(tg.Actor("Radiologist", role="reading radiologist"))
    # Source of orders and patient history; owned by the hospital's EHR team.
    ehr = tm.add(
        tg.DataSource(
            "EHR",
            origin=tg.Origin.INTERNAL,
            provides={order, history},
            description="The hospital's electronic health record, with an HL7 v2 feed and a FHIR API.",
        )
    )
    # Routes new imaging orders from the EHR to radiology systems.
    hl7_engine = tm.add(tg.Service("HL7 interface engine"))
    # Radiology information system: the system of record that schedules and drives the scanners.
    ris = tm.add(tg.Service("Radiology information system"))
    # Web UI where radiologists review and approve suggestions.
    worklist = tm.add(
        tg.Endpoint(
            "Protocoling worklist",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="hospital Active Directory SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

    with tm.boundary("Radiology AI enclave", trust=tg.Trust.RESTRICTED):
        # Orchestrates each order: fetches history, calls the LLM and the classifier.
        protocoling = tm.add(
            tg.Service(
                "Protocoling service",
                controls={c.HumanInTheLoop(approver="reading radiologist")},
                description="Nothing reaches the RIS until a radiologist approves it.",
            )
        )
        # Suggests protocol and contrast use from the order and history features.
        classifier = tm.add(
            tg.Model(
                "Protocol classifier",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                controls={c.ModelValidation(note="hold-out accuracy check before each release")},
            )
        )
        # Record of every suggestion, the radiologist's decision and any change made.
        log_store = tm.add(
            tg.DataStore(
                "Protocol decision log",
                stores={decision_log, approved_protocol},
                controls={c.EncryptionAtRest(key_management="SAN volume encryption"), c.RBAC()},
            )
        )

    with tm.boundary("MRI scanner network", trust=tg.Trust.INTERNAL):
        # The four MRI scanners, which pull their worklist from the RIS.
        scanners = tm.add(tg.Device("MRI scanners", fleet=True))

with tm.boundary("Research computing cluster", trust=tg.Trust.INTERNAL):
    # Retrains the classifier on exported decisions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Monthly export of past orders with the protocol the radiologist chose.
    training_set = tm.add(tg.Dataset("Protocol training set", stores={training_examples}))
    # Fits and evaluates a new classifier version.
    training = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING))
    # Holds classifier versions that the protocoling service loads.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # Summarises long clinical notes; hosted by a cloud vendor under a BAA.
    llm = tm.add(
        tg.LLM(
            "Note summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; no retention of prompts")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(ehr, hl7_engine, order, protocol="mllp", label="new imaging orders")
tm.flow(hl7_engine, protocoling, order, protocol="mllp")
tm.flow(protocoling, ehr, history_query, protocol="https", label="FHIR query")
tm.flow(ehr, protocoling, history, protocol="https", label="FHIR response")

tm.flow(protocoling, llm, note_prompt, protocol="https")
tm.flow(llm, protocoling, note_summary, protocol="https")
tm.flow(protocoling, classifier, order_features)
tm.flow(classifier, protocoling, suggestion)

tm.flow(protocoling, worklist, order, note_summary, suggestion)
tm.flow(worklist, radiologist, order, note_summary, suggestion, protocol="https")
tm.flow(radiologist, worklist, approved_protocol, protocol="https")
tm.flow(worklist, protocoling, approved_protocol)

tm.flow(protocoling, ris, approved_protocol, protocol="mllp")
tm.flow(ris, scanners, worklist_entry, protocol="dicom", label="modality worklist")
tm.flow(protocoling, log_store, decision_log, approved_protocol)

tm.flow(log_store, training_set, training_examples, label="monthly export")
tm.flow(training_set, training, training_examples)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, classifier, model_artifact, label="load released version")
