"""Dialysis alarm triage: the first design, before any security review.

The hospital's renal unit runs around thirty haemodialysis machines per shift. Each
machine still sounds its own alarms at the bedside; it also sends every alarm event
over the medical-device VLAN to a device integration gateway, which forwards them as
HL7 messages to an alarm triage service. The triage service groups repeated alarms per
machine, looks up the patient's dialysis prescription and recent sessions in the renal
treatment record, and asks an in-house ranking model how urgent each group is. Nurses
see the ranked list, with the treatment summary beside each alarm, on a ward dashboard
they sign into with hospital single sign-on, and acknowledge alarms there. If the model
does not answer, alarms are listed in arrival order. Alarm history and acknowledgements
are kept and used by the clinical data science team to retrain the model each quarter.
The treatment record keeps an access audit trail; the HL7 feed inside the hospital runs
over MLLP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dialysis machine alarm triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Groups and ranks haemodialysis machine alarms on the renal ward for nurses.",
)

# ---------------------------------------------------------------- data assets
alarm_events = tg.Data(
    "Machine alarm events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alarm code, machine id, bed, patient id programmed on the machine, "
    "arterial and venous pressures, blood flow and time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
treatment_summary = tg.Data(
    "Treatment summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Dialysis prescription, dry weight, vascular access, anticoagulation, "
    "and notes from the last three sessions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
alarm_features = tg.Data(
    "Alarm group features", kind="features", sensitivity=tg.Sensitivity.REGULATED
)
urgency_scores = tg.Data("Urgency scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
ranked_alarms = tg.Data(
    "Ranked alarm list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acknowledgements = tg.Data(
    "Nurse acknowledgements",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Which nurse acknowledged which alarm group, when, and the action taken.",
)
alarm_history = tg.Data("Alarm history", kind="records", sensitivity=tg.Sensitivity.REGULATED)
training_set = tg.Data(
    "Alarm training extract", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
model_artifact = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
retrain_request = tg.Data("Retraining run configuration", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Medical device network", trust=tg.Trust.INTERNAL):
    # The haemodialysis machines on the ward; they report alarms but take no commands back.
    machines = tm.add(
        tg.Device(
            "Haemodialysis machines",
            fleet=True,
            description="Vendor machines with a serial-to-network adapter on each bay.",
        )
    )
    # Translates each vendor's alarm output into HL7 v2 messages for hospital systems.
    gateway = tm.add(
        tg.Service(
            "Device integration gateway",
            description="Commercial device-integration appliance on the device VLAN.",
        )
    )

with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Groups repeat alarms per machine, enriches them and orders the list.
    triage = tm.add(
        tg.Service(
            "Alarm triage service",
            description="Groups alarms per machine over a rolling window, joins the "
            "patient's treatment summary and asks the ranking model for an urgency score.",
            controls={
                c.InputValidation(note="HL7 messages parsed against the gateway's profile"),
                c.FailClosed(
                    fallback="alarms listed unranked in arrival order when the model does not answer"
                ),
            },
        )
    )
    # The urgency model itself: ranks alarm groups so the worst come first.
    ranker = tm.add(
        tg.Model(
            "Alarm urgency ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees trained on past alarms and nurse responses.",
            controls={c.ModelVersioning()},
        )
    )
    # Ward view at the nurses' station and on ward tablets.
    dashboard = tm.add(
        tg.Endpoint(
            "Ward alarm dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Web app showing the ranked alarms with each patient's treatment summary.",
            controls={
                c.Authentication(method="hospital Active Directory single sign-on"),
                c.RBAC(note="renal ward nursing and medical roles only"),
            },
        )
    )
    # Keeps every alarm group, its score and its acknowledgement, for review and retraining.
    alarm_store = tm.add(
        tg.DataStore(
            "Alarm history database",
            stores={alarm_history, acknowledgements},
        )
    )
    # The nurse on shift who responds to the alarms.
    nurse = tm.add(tg.Actor("Dialysis nurse", role="ward nurse"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The renal unit's existing clinical system: source of the treatment summary.
        treatment_record = tm.add(
            tg.DataStore(
                "Renal treatment record system",
                stores={treatment_summary},
                controls={
                    c.RBAC(),
                    c.AuditLogging(note="access audit trail kept by the record system"),
                    c.EncryptionAtRest(key_management="hospital SAN encryption"),
                },
            )
        )

with tm.boundary("Clinical analytics environment", trust=tg.Trust.INTERNAL):
    # Quarterly extract of alarm history used to retrain the ranker.
    dataset = tm.add(tg.Dataset("Alarm training dataset", stores={training_set}))
    # Retrains the ranking model; run by hand by the data science team.
    training = tm.add(tg.Pipeline("Ranking model retraining", stage=tg.Stage.TRAINING))
    # Holds trained model versions until one is deployed to the triage service.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))
    # Builds and deploys the model; has access to the analytics environment.
    data_scientist = tm.add(
        tg.Actor("Clinical data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(machines, gateway, alarm_events, protocol="serial over tcp", label="vendor alarm output")
tm.flow(gateway, triage, alarm_events, protocol="mllp", label="HL7 v2 alarm messages")

tm.flow(triage, treatment_record, alarm_events, protocol="https", label="patient lookup (FHIR)")
tm.flow(treatment_record, triage, treatment_summary, protocol="https", label="FHIR read")
tm.flow(triage, ranker, alarm_features)
tm.flow(ranker, triage, urgency_scores)

tm.flow(triage, dashboard, ranked_alarms, treatment_summary)
tm.flow(dashboard, nurse, ranked_alarms, treatment_summary, protocol="https")
tm.flow(nurse, dashboard, acknowledgements, protocol="https")
tm.flow(dashboard, triage, acknowledgements)
tm.flow(triage, alarm_store, alarm_history, acknowledgements)

tm.flow(alarm_store, dataset, training_set, label="quarterly extract")
tm.flow(data_scientist, training, retrain_request)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, ranker, model_artifact, label="deploy approved version")
