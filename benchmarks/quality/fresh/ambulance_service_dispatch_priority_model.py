"""Ambulance dispatch priority model: the first design, before any security review.

A regional NHS ambulance trust wants a model that suggests the response category
(1 to 4) for each 999 call. Call handlers in the emergency operations centre enter the
triage answers into the computer-aided dispatch (CAD) system, which sends them to an
internal scoring service and shows the suggested category with a confidence score.
The call handler confirms it; clinicians in the control room can override it. CAD
sends jobs to crew tablets; crews write patient records in a vendor-hosted ePR.
A nightly extract joins incidents to ePR outcomes, pseudonymises them and feeds
retraining on the trust's analytics platform; a data scientist deploys by hand.
Controls: NHS smartcard sign-in, role-based access and an audit trail in CAD, schema
checks on the scoring service, clinical-safety evaluation before release,
pseudonymised training data, and MFA on the model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ambulance dispatch priority model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Suggests a 999 call's response category from triage answers; "
    "call handlers confirm and control-room clinicians can override.",
)

# ---------------------------------------------------------------- data assets
caller_account = tg.Data(
    "Caller's account of the emergency",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the caller says on the 999 call: symptoms, location, patient details.",
)
care_advice = tg.Data("Pre-arrival care advice", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
triage_answers = tg.Data(
    "Triage answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Structured answers to the triage questions, with age, sex and location.",
)
triage_features = tg.Data(
    "Triage features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Encoded triage answers, time of day and recent call history for the address.",
)
suggested_priority = tg.Data(
    "Suggested response category",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Category 1 to 4 with the model's confidence score.",
)
priority_override = tg.Data(
    "Clinician category override",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
incident = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
dispatch = tg.Data("Dispatch details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
crew_status = tg.Data("Crew status updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
patient_record = tg.Data(
    "Patient clinical record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
incident_extract = tg.Data(
    "Historical incident extract", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
outcome_extract = tg.Data(
    "Conveyance and outcome extract",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether the patient was conveyed, to where, and the working impression.",
)
training_set = tg.Data(
    "Pseudonymised training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Priority model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can dial 999; the caller is often a bystander, not the patient.
    caller = tm.add(tg.Actor("999 caller", role="member of the public"))

with tm.boundary("Emergency operations centre", trust=tg.Trust.INTERNAL):
    # Takes the call and runs the triage script; confirms the category in CAD.
    call_handler = tm.add(tg.Actor("Call handler", role="emergency call handler"))
    # Paramedics and nurses in the clinical hub who review the queue and override.
    clinician = tm.add(tg.Actor("Control room clinician", role="clinical hub clinician"))

    with tm.boundary("EOC server room", trust=tg.Trust.RESTRICTED):
        # The vendor CAD product the whole control room works in.
        cad = tm.add(
            tg.Service(
                "Computer-aided dispatch system",
                description="Holds every incident, shows the suggested category and "
                "sends jobs to crews.",
                controls={
                    c.Authentication(method="NHS smartcard and passcode"),
                    c.RBAC(),
                    c.AuditLogging(note="every category change and override is recorded"),
                },
            )
        )
        # CAD's own database: the live and historical incident records.
        incident_db = tm.add(
            tg.DataStore(
                "CAD incident database",
                stores={incident, priority_override},
                controls={c.RBAC(note="CAD service account and two DBAs only")},
            )
        )
        # Thin REST service CAD calls for each call once triage is complete.
        scoring = tm.add(
            tg.Endpoint(
                "Priority scoring service",
                returns_scores=True,
                description="Builds features from the triage answers and calls the model; "
                "if it does not answer within 2 s CAD shows the triage disposition alone.",
                controls={
                    c.InputValidation(note="triage answers checked against the script schema")
                },
            )
        )
        # The model itself, loaded in the scoring service's process.
        model = tm.add(
            tg.Model(
                "Call priority model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Suggests the response category; a wrong low category delays "
                "an ambulance to a life-threatening call.",
                controls={
                    c.HumanInTheLoop(
                        approver="the call handler confirms each category; control room "
                        "clinicians can override it"
                    ),
                    c.ModelValidation(
                        note="evaluated on a held-out year and signed off by the clinical "
                        "safety officer (DCB0129) before release"
                    ),
                },
            )
        )

with tm.boundary("Ambulance fleet", trust=tg.Trust.INTERNAL):
    # Trust-managed tablets in each vehicle: job details in, status and ePR out.
    tablet = tm.add(tg.Device("Crew tablet", description="Runs the MDT and ePR apps."))

with tm.boundary("ePR vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor-hosted electronic patient record crews complete on scene.
    epr = tm.add(
        tg.DataStore(
            "Electronic patient record (ePR)",
            stores={patient_record},
            controls={c.EncryptionAtRest(note="vendor-managed keys")},
        )
    )

with tm.boundary("Trust analytics platform", trust=tg.Trust.INTERNAL):
    # Nightly job joining incidents to outcomes and stripping direct identifiers.
    extract = tm.add(
        tg.Pipeline(
            "Nightly outcome extract",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(note="names, addresses and NHS numbers replaced by a pseudonym")
            },
        )
    )
    # The labelled history the model learns from.
    dataset = tm.add(tg.Dataset("Priority training set", stores={training_set}))
    # Retraining run by the data scientist each quarter.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Holds each trained version until it is deployed.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.Authentication(method="Entra ID with MFA")},
        )
    )
    # Trains, evaluates and deploys the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(caller, call_handler, caller_account, protocol="pstn")
tm.flow(call_handler, caller, care_advice, protocol="pstn")
tm.flow(call_handler, cad, triage_answers, protocol="tls")
tm.flow(cad, call_handler, suggested_priority, protocol="tls")

tm.flow(cad, scoring, triage_answers, protocol="https")
tm.flow(scoring, model, triage_features)
tm.flow(model, scoring, suggested_priority)
tm.flow(scoring, cad, suggested_priority, protocol="https")

tm.flow(cad, incident_db, incident, priority_override, protocol="tls")
tm.flow(incident_db, cad, incident, protocol="tls")
tm.flow(cad, clinician, incident, suggested_priority, protocol="tls", label="clinical queue")
tm.flow(clinician, cad, priority_override, protocol="tls")

tm.flow(cad, tablet, dispatch, protocol="https", label="over the mobile VPN")
tm.flow(tablet, cad, crew_status, protocol="https", label="over the mobile VPN")
tm.flow(tablet, epr, patient_record, protocol="https")

tm.flow(incident_db, extract, incident_extract, protocol="sftp", label="nightly export")
tm.flow(epr, extract, outcome_extract, protocol="sftp", label="nightly export")
tm.flow(extract, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_config, label="starts retraining")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="manual deployment by the data scientist")
