"""Resident fall risk and night check planning: the first design, before any security review.

A care home group in England wants to cut night-time falls. Every evening a
pipeline in the group's cloud tenancy pulls the day's care notes and falls
incident reports from the digital care record (a vendor SaaS) and the last 24
hours of bed sensor readings from the sensor vendor's platform, and turns them
into per-resident features. A gradient-boosted fall risk model scores each
resident, and a planning service turns the scores into a night check rota
(which rooms, how often). The senior carer on shift reviews and signs off the
rota in the staff app before care workers see it on their tablets; care workers
record each completed check in the app. Historic features and fall incidents
feed a quarterly retraining run by the group's data analyst, who promotes the
new model from the registry. Staff sign in with their own Microsoft 365
accounts; the feature store and the registry are encrypted with cloud-managed
keys, and completed checks are kept in an audit log as evidence for inspections.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Resident fall risk and night check planning",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts residents' fall risk from care notes and bed sensors and plans night checks.",
)

# ---------------------------------------------------------------- data assets
care_notes = tg.Data(
    "Care notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Daily notes on mobility, medication changes, continence, confusion and sleep.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
incidents = tg.Data(
    "Falls incident reports",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
sensor_readings = tg.Data(
    "Bed sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bed occupancy, bed-exit and restlessness events per room, minute by minute.",
)
features = tg.Data(
    "Resident fall-risk features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
)
fall_labels = tg.Data(
    "Fall outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
risk_scores = tg.Data(
    "Fall risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
draft_rota = tg.Data(
    "Draft night check rota",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Rooms, check intervals and the risk score behind each, for one night.",
)
signoff = tg.Data("Rota sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rota = tg.Data("Night check rota", kind="records", sensitivity=tg.Sensitivity.PII)
check_records = tg.Data(
    "Completed night check records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Time of each check, resident state observed, and any action taken.",
)
model_artifact = tg.Data(
    "Fall risk model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="joblib-serialised gradient-boosted trees.",
)
promotion = tg.Data("Model promotion decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Care home floor", trust=tg.Trust.INTERNAL):
    # Writes care notes and incident reports, and carries out the night checks.
    care_worker = tm.add(tg.Actor("Care worker", role="care staff"))
    # Reviews the model-planned rota for the night and signs it off.
    senior_carer = tm.add(tg.Actor("Senior carer", role="shift lead"))
    # Pressure pads under each mattress; they report over the home's Wi-Fi to the vendor.
    bed_sensors = tm.add(
        tg.Device(
            "Bed sensor pads",
            fleet=True,
            description="One pad per resident bed, paired to the room.",
        )
    )

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # The sensor supplier's platform: collects pad events and offers them over a REST API.
    sensor_platform = tm.add(
        tg.ExternalService(
            "Sensor vendor platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Care records vendor", trust=tg.Trust.PARTNER):
    # The digital care record the homes already use; the system of record for care notes.
    care_record = tm.add(
        tg.DataStore(
            "Digital care record",
            stores={care_notes, incidents},
            description="Vendor-hosted SaaS; offers a daily export API.",
        )
    )

with tm.boundary("Group cloud tenancy", trust=tg.Trust.INTERNAL):
    # The backend of the staff tablet app: shows rotas, takes sign-off and check records.
    staff_api = tm.add(
        tg.Endpoint(
            "Staff app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="individual Microsoft 365 accounts (OIDC)"),
                tg.controls.RBAC(
                    note="senior carers can sign off rotas; care workers only record checks"
                ),
            },
        )
    )
    # Turns scores into a rota of rooms and check intervals, within staffing levels.
    planner = tm.add(
        tg.Service(
            "Night check planner",
            description="Rules-based planner: higher scores get more frequent checks.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the senior carer on shift",
                    note="the rota reaches care workers only after sign-off",
                )
            },
        )
    )
    # Keeps every completed check, as evidence for CQC inspections and falls reviews.
    check_log = tm.add(
        tg.DataStore(
            "Night check log",
            stores={check_records},
            controls={tg.controls.AuditLogging()},
        )
    )

    with tm.boundary("Analytics enclave", trust=tg.Trust.RESTRICTED):
        # Evening job: joins notes, incidents and sensor events into per-resident features.
        ingestion = tm.add(
            tg.Pipeline(
                "Evening feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
            )
        )
        # Latest features per resident, read by the planner when it scores the night.
        feature_store = tm.add(
            tg.FeatureStore(
                "Resident feature store",
                stores={features},
                online=True,
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")
                },
            )
        )
        # The fall risk classifier itself.
        fall_model = tm.add(
            tg.Model(
                "Fall risk model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Probability that a resident falls during the coming night.",
            )
        )
        # History of features with the falls that followed, for retraining.
        training_set = tm.add(tg.Dataset("Falls training set", stores={features, fall_labels}))
        # Quarterly retraining run by the analyst.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Versions of the trained model; the analyst promotes one into serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={
                    tg.controls.ModelVersioning(),
                    tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                },
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model and decides which version serves.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
# Care notes and incidents are written on the floor, into the vendor's record.
tm.flow(care_worker, care_record, care_notes, incidents, protocol="https")

# Sensor readings go to the vendor, then to our pipeline.
tm.flow(bed_sensors, sensor_platform, sensor_readings, protocol="MQTT over TLS")
tm.flow(
    sensor_platform,
    ingestion,
    sensor_readings,
    protocol="https",
    label="evening pull, vendor API key",
)
tm.flow(care_record, ingestion, care_notes, incidents, protocol="https", label="daily export")

# Features for serving and for training.
tm.flow(ingestion, feature_store, features)
tm.flow(ingestion, training_set, features, fall_labels)

# Scoring and planning.
tm.flow(feature_store, planner, features, label="nightly scoring")
tm.flow(planner, fall_model, features)
tm.flow(fall_model, planner, risk_scores)
tm.flow(planner, staff_api, draft_rota, risk_scores)

# Sign-off by the senior carer, then the rota to care workers and their check records back.
tm.flow(staff_api, senior_carer, draft_rota, risk_scores, protocol="https")
tm.flow(senior_carer, staff_api, signoff, protocol="https")
tm.flow(staff_api, care_worker, rota, protocol="https")
tm.flow(care_worker, staff_api, check_records, protocol="https")
tm.flow(staff_api, check_log, check_records)

# Retraining and promotion.
tm.flow(training_set, training, features, fall_labels)
tm.flow(training, registry, model_artifact)
tm.flow(analyst, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, fall_model, model_artifact, label="deploy")
