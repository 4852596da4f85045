"""Bed-exit fall prediction: the first design, before any security review.

Pressure-sensing pads under the mattresses of at-risk patients on our medical
wards report load distribution every second through a bedside hub on the ward
Wi-Fi. An ingestion service in the hospital data centre joins the readings with
the bed assignment from the EHR's ADT feed and hands features to an in-house
model that predicts the patient is about to leave the bed unassisted. Above a
threshold, an alerting service pages the assigned nurse's handset through the
existing nurse-call and paging system, and the nurse acknowledges on the phone.
Nurses record falls and near misses in the incident reporting app (hospital SSO,
role-based access, audit log); these reports and the stored readings become the
labels and inputs of a monthly retraining job run by the clinical data science
team, which checks each new model against the last before it goes to the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bed-exit fall prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Predicts unassisted bed exits from bed pressure sensors and pages the nurse.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Bed pressure readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-second load cell values keyed by bed id.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bed_assignment = tg.Data(
    "Bed assignment (ADT)",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 ADT messages: patient, ward, bed, assigned nurse, fall-risk score.",
)
features = tg.Data("Bed-exit features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
risk_score = tg.Data(
    "Bed-exit risk score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
alert = tg.Data(
    "Bed-exit alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient initials, room and bed, risk level.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
alert_history = tg.Data("Alert history", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
fall_reports = tg.Data(
    "Fall and near-miss reports",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled bed-exit windows", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
model_artifact = tg.Data(
    "Bed-exit model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt).",
)
training_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ward floor", trust=tg.Trust.INTERNAL):
    # The pads and bedside hubs that produce the signal, one per monitored bed.
    sensors = tm.add(
        tg.Device(
            "Bed pressure sensors",
            fleet=True,
            description="Mattress pads with a bedside hub publishing over ward Wi-Fi.",
        )
    )
    # Hospital-issued handsets that receive pages and send acknowledgements.
    handset = tm.add(tg.Device("Nurse handset", fleet=True))
    # Receives the alerts, goes to the bedside, and reports falls and near misses.
    nurse = tm.add(tg.Actor("Ward nurse", role="nurse"))

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # Subscribes to the sensor topics, joins readings with bed assignments, builds features.
    ingestion = tm.add(tg.Service("Sensor ingestion service"))
    # Time-series store of raw readings and alert history, the source of training inputs.
    sensor_db = tm.add(tg.DataStore("Sensor time-series store", stores={readings, alert_history}))
    # The prediction itself: drives whether a nurse is sent to the bedside.
    model = tm.add(
        tg.Model(
            "Bed-exit prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Temporal CNN over the last 30 s of load distribution.",
        )
    )
    # Applies the alert threshold, suppresses repeats and picks the nurse to page.
    alerting = tm.add(tg.Service("Bed-exit alerting service"))
    # The existing vendor nurse-call and paging platform that reaches the handsets.
    paging = tm.add(tg.Service("Nurse-call and paging system"))
    # Where nurses file falls and near misses; its reports are the training labels.
    incident_app = tm.add(
        tg.Endpoint(
            "Incident reporting app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="hospital SSO (Active Directory)"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=2190),
            },
        )
    )

    with tm.boundary("Clinical records zone", trust=tg.Trust.RESTRICTED):
        # System of record for who is in which bed and which nurse covers it.
        ehr = tm.add(
            tg.DataSource(
                "EHR ADT feed",
                origin=tg.Origin.INTERNAL,
                provides={bed_assignment},
                controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
            )
        )
        # Patient-safety incident database behind the reporting app.
        incident_db = tm.add(
            tg.DataStore(
                "Incident database",
                stores={fall_reports},
                controls={tg.controls.EncryptionAtRest(key_management="database TDE")},
            )
        )

with tm.boundary("Clinical analytics environment", trust=tg.Trust.INTERNAL):
    # Windows of readings around each report, labelled fall, near miss or none.
    dataset = tm.add(tg.Dataset("Bed-exit training set", stores={training_set}))
    # Monthly retraining with an offline comparison against the current model.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                tg.controls.ModelValidation(note="AUROC and alert-rate check vs. current model")
            },
        )
    )
    # Holds the model versions; serving loads the one marked current.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Runs retraining and marks a new version current.
    data_scientist = tm.add(
        tg.Actor("Clinical data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
# Real-time path
tm.flow(sensors, ingestion, readings, protocol="mqtt", label="per-second readings")
tm.flow(ehr, ingestion, bed_assignment, protocol="mllp", label="HL7 ADT")
tm.flow(ingestion, sensor_db, readings)
tm.flow(ingestion, alerting, features, bed_assignment)
tm.flow(alerting, model, features)
tm.flow(model, alerting, risk_score)
tm.flow(alerting, paging, alert, protocol="https")
tm.flow(paging, handset, alert, protocol="tls")
tm.flow(handset, nurse, alert)
tm.flow(nurse, handset, acknowledgement)
tm.flow(handset, paging, acknowledgement, protocol="tls")
tm.flow(paging, alerting, acknowledgement, protocol="https")
tm.flow(alerting, sensor_db, alert_history)

# Falls and near misses back into training
tm.flow(nurse, incident_app, fall_reports, protocol="https")
tm.flow(incident_app, incident_db, fall_reports)
tm.flow(incident_db, dataset, fall_reports, label="monthly extract")
tm.flow(sensor_db, dataset, readings, alert_history, label="windows around reports")
tm.flow(dataset, retraining, training_set)
tm.flow(data_scientist, retraining, training_config)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load current version")
