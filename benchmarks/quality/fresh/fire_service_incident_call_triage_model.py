"""Incident call triage model for a fire and rescue control room: the first design, before any security review.

When a 999 call reaches fire control, the control operator talks to the caller and
types the call details into the mobilising system (CAD), which also receives the
caller's location from the telephone network's emergency location service. The CAD
sends the call details and the premises type to a triage service that runs an
in-house classifier; it suggests an incident type and a resource level (number of
pumps, specials) with a confidence. The operator accepts or changes the suggestion
and mobilises; the CAD alerts stations and records the incident. If the triage
service does not answer, operators pick the type and attendance by hand as today.
The model is retrained each quarter by a data scientist on an analytics environment
from past incident records with caller names and numbers removed, is evaluated
before release and is stored in a model registry. The control room network is
segregated and operators sign in individually; models are saved with joblib.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Incident call triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Suggests incident type and resource level from 999 call details for control operators.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "999 call voice",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The caller's account of the incident, persons reported, hazards.",
)
caller_advice = tg.Data("Fire survival guidance", kind="media", sensitivity=tg.Sensitivity.PII)
caller_location = tg.Data(
    "Caller location and number",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
call_details = tg.Data(
    "Call details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, caller name and number, free-text description, persons reported.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
triage_features = tg.Data(
    "Triage features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
triage_suggestion = tg.Data(
    "Suggested incident type and resource level",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
premises_info = tg.Data(
    "Premises type and risk information",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gazetteer premises type and site-specific risk information.",
)
mobilisation_decision = tg.Data(
    "Operator mobilisation decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
turnout_message = tg.Data(
    "Mobilisation message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident type, address and appliances to send.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
incident_records = tg.Data(
    "Incident records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Historical incident training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past call details with the confirmed incident type and attendance as labels.",
)
training_config = tg.Data(
    "Retraining run and release approval", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Triage model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Member of the public reporting a fire, rescue or other emergency.
    caller = tm.add(tg.Actor("999 caller", role="member of the public"))

with tm.boundary("Telephone network operator", trust=tg.Trust.PARTNER):
    # The carrier's emergency location service that sends the caller's address or position.
    location_svc = tm.add(
        tg.ExternalService("Emergency caller location service", provides="data-provider")
    )

with tm.boundary("Fire control network", trust=tg.Trust.RESTRICTED):
    # Control operator who takes the call and decides what to send.
    operator = tm.add(tg.Actor("Control operator", role="fire control operator"))
    # Computer-aided mobilising system: the operator's screen and the system of record for calls.
    cad = tm.add(
        tg.Service(
            "Mobilising system",
            controls={
                c.Authentication(
                    method="individual Active Directory login at control room workstations"
                ),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.FailClosed(
                    fallback="operator picks incident type and attendance by hand when no suggestion arrives"
                ),
            },
        )
    )
    # Inference API the CAD calls with each call's details.
    triage_api = tm.add(
        tg.Endpoint("Triage service", purpose=tg.EndpointPurpose.INFERENCE, returns_scores=True)
    )
    # The classifier: incident type and resource level, each with a confidence.
    triage_model = tm.add(
        tg.Model(
            "Incident triage model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(
                    approver="control operator accepts or changes every suggestion before mobilising"
                )
            },
        )
    )
    # Premises type and site-specific risk information used by the CAD and the model.
    premises_db = tm.add(
        tg.DataStore("Premises and risk information", stores={premises_info}, controls={c.RBAC()})
    )
    # Incident history: every call, decision and outcome.
    incident_db = tm.add(
        tg.DataStore(
            "Incident records database",
            stores={incident_records},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.RBAC(),
                c.DataVersioning(),
            },
        )
    )

with tm.boundary("Fire station network", trust=tg.Trust.INTERNAL):
    # Turnout equipment at each station: sounds the alert and prints the turnout sheet.
    turnout = tm.add(tg.Device("Station turnout system", fleet=True))

with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
    # Extract of past incidents for training, names and numbers stripped.
    dataset = tm.add(
        tg.Dataset(
            "Triage training dataset",
            stores={training_set},
            purpose="training",
            controls={
                c.DataMinimization(note="caller names and phone numbers removed in the extract")
            },
        )
    )
    # Quarterly retraining and evaluation job.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="accuracy on held-out recent incidents compared with the live model"
                )
            },
        )
    )
    # Versions of the trained model awaiting or in service.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Runs retraining and approves a release.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(caller, operator, call_audio, protocol="pstn")
tm.flow(operator, caller, caller_advice, protocol="pstn")
tm.flow(location_svc, cad, caller_location, protocol="https")

tm.flow(operator, cad, call_details, label="typed call details")
tm.flow(premises_db, cad, premises_info)
tm.flow(cad, triage_api, call_details, premises_info)
tm.flow(triage_api, triage_model, triage_features)
tm.flow(triage_model, triage_api, triage_suggestion)
tm.flow(triage_api, cad, triage_suggestion)
tm.flow(cad, operator, triage_suggestion, premises_info, caller_location)
tm.flow(operator, cad, mobilisation_decision)
tm.flow(cad, turnout, turnout_message, protocol="https")
tm.flow(cad, incident_db, incident_records)
tm.flow(incident_db, cad, incident_records, label="previous calls at this address")

tm.flow(incident_db, dataset, training_set, protocol="sftp", label="quarterly extract")
tm.flow(dataset, training, training_set)
tm.flow(scientist, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, triage_model, model_artifact, protocol="https", label="deploy approved version")
