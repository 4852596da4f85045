"""Dairy herd health monitoring: the first design, before any security review.

A dairy cooperative in the EU fits its members' cows with neck collars that
measure activity and rumination. On each member farm a gateway collects the
collar readings over radio and reads milk yield and conductivity from the
milking robot's local interface, then uploads both to the cooperative's cloud
with a per-gateway API key. A feature pipeline builds daily per-cow features
and an in-house classifier scores each cow for sickness and heat. An alerting
service turns high scores into alerts with treatment suggestions, pushed to
the farmer's phone and shown in the mobile app, which farmers and herd vets
sign in to. Vets confirm or reject diagnoses in the app; those confirmations
become the labels for a monthly retraining job that publishes new model
versions to a registry. Herd records are encrypted at rest and app access is
scoped by role (farmer sees own herd, vet sees client farms).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dairy herd health monitoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Collar and milking-robot data scored for sick or in-heat cows; alerts to farmers and vets.",
)

# ---------------------------------------------------------------- data assets
collar_readings = tg.Data(
    "Collar activity and rumination readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-cow activity counts and rumination minutes every 15 minutes.",
)
milk_records = tg.Data(
    "Milk yield and conductivity records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-milking yield, conductivity and robot visit data: farm business data.",
)
cow_features = tg.Data(
    "Daily cow features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
risk_scores = tg.Data(
    "Sickness and heat risk scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
alerts = tg.Data(
    "Alerts and treatment suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
herd_records = tg.Data(
    "Herd and farm records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Animal ids, treatments, farm owner and vet contact details.",
)
diagnoses = tg.Data(
    "Vet-confirmed diagnoses",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
app_login = tg.Data(
    "App sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
model_artifact = tg.Data(
    "Herd health model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Member farm", trust=tg.Trust.PARTNER):
    # The sensors on the animals: thousands of battery collars per cooperative.
    collars = tm.add(
        tg.Device(
            "Activity and rumination collars", fleet=True, description="Neck collars on every cow."
        )
    )
    # The robot's own management interface on the farm LAN is the source of milk data.
    robot = tm.add(
        tg.DataSource(
            "Milking robot",
            origin=tg.Origin.VENDOR,
            provides={milk_records},
            description="Vendor milking robot exposing a local HTTP export on the farm LAN.",
        )
    )
    # Small box in the barn that bridges radio collars and the robot to the cloud.
    gateway = tm.add(
        tg.Device(
            "Farm gateway",
            fleet=True,
            description="Industrial PC supplied by the cooperative, one per farm.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Member farmers use the mobile app on their own phones.
    farmer = tm.add(tg.Actor("Farmer", role="herd owner"))
    # Herd vets are independent practices serving several member farms.
    vet = tm.add(tg.Actor("Herd veterinarian", role="veterinarian"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile OS push service that delivers alerts to phones.
    push = tm.add(tg.ExternalService("Mobile push service", provides="generic"))

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from every farm gateway.
    ingest_api = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-gateway API key")},
        )
    )
    # Cleans the time series and computes daily per-cow features.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Holds current features for scoring and history for training.
    feature_store = tm.add(tg.FeatureStore("Cow feature store", stores={cow_features}, online=True))
    # The classifier that flags cows likely to be sick or in heat.
    model = tm.add(
        tg.Model(
            "Health and heat model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees scoring each cow daily.",
        )
    )
    # Turns scores into alerts and looks up treatment suggestions from the protocol table.
    alerting = tm.add(tg.Service("Alerting service"))
    # Backend of the farmer and vet mobile app.
    app_api = tm.add(
        tg.Endpoint(
            "Mobile app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="email and password"), c.RBAC()},
        )
    )
    # System of record for animals, treatments, alerts and vet confirmations.
    herd_db = tm.add(
        tg.DataStore(
            "Herd records database",
            stores={herd_records, alerts, diagnoses},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Features joined with vet-confirmed diagnoses.
        training_set = tm.add(tg.Dataset("Labeled training set", stores={cow_features, diagnoses}))
        # Monthly retraining with a holdout evaluation before publishing.
        retrain = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation()},
            )
        )
        # Versioned model artifacts that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(collars, gateway, collar_readings, protocol="lorawan", label="barn radio")
tm.flow(robot, gateway, milk_records, protocol="http", label="local export")
tm.flow(gateway, ingest_api, collar_readings, milk_records, protocol="https")
tm.flow(ingest_api, feature_job, collar_readings, milk_records)
tm.flow(feature_job, feature_store, cow_features)
tm.flow(feature_store, model, cow_features)
tm.flow(model, alerting, risk_scores)
tm.flow(herd_db, alerting, herd_records, label="farm, vet and treatment history")
tm.flow(alerting, herd_db, alerts)
tm.flow(alerting, push, alerts, protocol="https")
tm.flow(push, farmer, alerts, protocol="https")

tm.flow(farmer, app_api, app_login, herd_records, protocol="https")
tm.flow(app_api, farmer, alerts, herd_records, protocol="https")
tm.flow(vet, app_api, app_login, diagnoses, protocol="https")
tm.flow(app_api, vet, alerts, herd_records, protocol="https")
tm.flow(app_api, herd_db, herd_records, diagnoses)
tm.flow(herd_db, app_api, herd_records, alerts)

tm.flow(herd_db, training_set, diagnoses, label="monthly export")
tm.flow(feature_store, training_set, cow_features, label="offline snapshot")
tm.flow(training_set, retrain, cow_features, diagnoses)
tm.flow(retrain, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")
