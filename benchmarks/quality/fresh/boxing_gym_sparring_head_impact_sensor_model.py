"""Boxing gym sparring head-impact monitoring: the first design.

An amateur boxing gym fits its boxers with instrumented mouthguards for sparring.
Each mouthguard streams head-impact readings (linear and rotational acceleration)
over Bluetooth LE to a ringside gateway, which forwards them to our cloud service.
A round risk service groups impacts per round and asks an in-house model for a
concussion risk score; above the threshold it pushes a stop-spar alert to the
coach's tablet, and the coach stops the spar. After each session the round
summaries are written to the boxer's medical record, kept by the club doctor in a
hosted clinical records system. The doctor's concussion assessments, pseudonymised,
are exported monthly as labels to retrain the model, which an ML engineer promotes.
Controls: TLS and a per-gateway API key on the uplink, schema checks on readings,
coach sign-in on the tablet, encryption at rest in the cloud, pre-release
evaluation of the model and versioned models; the records system has MFA and audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Boxing gym sparring head-impact sensor model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Per-round concussion risk from mouthguard impact sensors, with stop-spar "
    "alerts to the coach and summaries to the boxer's medical record.",
)

# ---------------------------------------------------------------- data assets
impact_readings = tg.Data(
    "Head-impact readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Timestamped peak linear and rotational acceleration per impact, "
    "tagged with the mouthguard's serial.",
)
session_setup = tg.Data(
    "Spar session setup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which boxer wears which mouthguard, the pairing, round starts and ends.",
)
round_features = tg.Data(
    "Round impact features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Impact counts, peaks and cumulative load for the round and the session.",
)
risk_score = tg.Data(
    "Concussion risk score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
stop_alert = tg.Data(
    "Stop-spar alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Boxer, round and risk level shown full-screen on the coach's tablet.",
)
round_summary = tg.Data(
    "Round impact summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-round impacts, risk scores and whether the spar was stopped.",
)
medical_record = tg.Data(
    "Boxer medical record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Medicals, concussion history, return-to-box decisions and round summaries.",
)
assessment_labels = tg.Data(
    "Concussion assessment labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Doctor's post-spar concussion assessments keyed by pseudonymous boxer id.",
)
training_set = tg.Data(
    "Impact training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pseudonymised round features joined to assessment labels.",
)
weights = tg.Data("Risk model checkpoint", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)
release_approval = tg.Data("Model release approval", kind="records")
gateway_key = tg.Data("Gateway API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Gym floor", trust=tg.Trust.UNTRUSTED):
    # Instrumented mouthguards, one per boxer, bought from a sensor maker.
    mouthguards = tm.add(
        tg.Device(
            "Mouthguard impact sensors",
            fleet=True,
            description="Accelerometer and gyroscope in a moulded guard; BLE advertising.",
        )
    )
    # The coach runs the spar and decides whether to stop it.
    coach = tm.add(tg.Actor("Coach", role="boxing coach"))
    # Gym-owned tablet running the coach app by the ring.
    tablet = tm.add(
        tg.Device(
            "Coach tablet",
            fleet=False,
            description="Coach app: pairs guards to boxers, marks rounds, shows alerts.",
        )
    )

with tm.boundary("Gym network", trust=tg.Trust.INTERNAL):
    # Small ringside box that receives BLE readings and forwards them to the cloud.
    gateway = tm.add(
        tg.Service(
            "Ringside gateway",
            description="Raspberry Pi BLE receiver; buffers readings if the uplink drops.",
            controls={c.SecretsManagement(note="API key in a root-only file on the device")},
        )
    )

with tm.boundary("Sparring analytics cloud", trust=tg.Trust.INTERNAL):
    # Uplink for gateway readings.
    ingest = tm.add(
        tg.Endpoint(
            "Impact ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-gateway API key"),
                c.SchemaEnforcement(note="units, ranges and required fields of each reading"),
            },
        )
    )
    # Groups impacts per round, scores the round and raises stop alerts.
    round_service = tm.add(
        tg.Service(
            "Round risk service",
            description="Scores each round as impacts arrive and at the bell; pushes "
            "alerts to the coach tablet and summaries to the medical record.",
            controls={c.Authentication(method="coach e-mail and password in the tablet app")},
        )
    )
    # The concussion risk model.
    risk_model = tm.add(
        tg.Model(
            "Concussion risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model on round impact features; outputs the "
            "probability of a clinically assessed concussion.",
            controls={c.ModelVersioning()},
        )
    )
    # Raw readings and round features, kept for the doctor and for training.
    readings_db = tm.add(
        tg.DataStore(
            "Impact readings database",
            stores={impact_readings, session_setup, round_features},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Joined features and labels for retraining.
        dataset = tm.add(
            tg.Dataset(
                "Impact training dataset",
                stores={training_set, assessment_labels},
                controls={c.DataMinimization(note="boxers pseudonymised before export")},
            )
        )
        # Monthly retraining and evaluation job.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out recall at the stop threshold")},
            )
        )
        # Versioned model checkpoints.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Clinical records vendor", trust=tg.Trust.PARTNER):
    # The club doctor's hosted clinical records system, the record of care.
    ehr = tm.add(
        tg.DataStore(
            "Club medical record system",
            stores={medical_record},
            controls={
                c.Authentication(method="vendor login with MFA"),
                c.AuditLogging(),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Club medical room", trust=tg.Trust.INTERNAL):
    # Reviews round summaries and records concussion assessments.
    doctor = tm.add(tg.Actor("Club doctor", role="doctor", privileged=True))

with tm.boundary("Engineering", trust=tg.Trust.INTERNAL):
    # Approves model releases into serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Sensing
tm.flow(mouthguards, gateway, impact_readings, protocol="ble")
tm.flow(
    gateway,
    ingest,
    impact_readings,
    gateway_key,
    protocol="mqtts",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(ingest, readings_db, impact_readings)
tm.flow(ingest, round_service, impact_readings, label="live stream")

# Coach tablet
tm.flow(coach, tablet, session_setup, label="on the touchscreen")
tm.flow(tablet, round_service, session_setup, protocol="wss")
tm.flow(round_service, readings_db, session_setup, round_features)
tm.flow(readings_db, round_service, session_setup, impact_readings)
tm.flow(round_service, risk_model, round_features)
tm.flow(risk_model, round_service, risk_score)
tm.flow(round_service, tablet, stop_alert, protocol="wss")
tm.flow(tablet, coach, stop_alert, label="on the touchscreen")

# Medical record
tm.flow(
    round_service,
    ehr,
    round_summary,
    protocol="https",
    label="after each session",
)
tm.flow(doctor, ehr, medical_record, assessment_labels, protocol="https")
tm.flow(ehr, doctor, medical_record, round_summary, protocol="https")

# Retraining
tm.flow(ehr, dataset, assessment_labels, protocol="sftp", label="monthly pseudonymised export")
tm.flow(readings_db, dataset, round_features, label="monthly export")
tm.flow(dataset, training, training_set, assessment_labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, risk_model, weights, label="deploy")
