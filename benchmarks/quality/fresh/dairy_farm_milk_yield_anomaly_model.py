"""Milk yield anomaly model: the first design, before any security review.

A Dutch dairy cooperative offers its member farms early warnings of mastitis and
lameness. Milking robots on the farms record yield and conductivity per quarter,
and rumination collars report chewing and activity to the robot's base station;
the robot uploads everything to its manufacturer's cloud, which forwards it to
the cooperative's cloud through an API we pull hourly with a cooperative API key.
An hourly scoring job runs a gradient-boosted model over each cow's recent data
and texts the farmer about cows likely to be sick. Farmers and their vets sign in
to a herd-health portal: vets review flagged cows and record treatments, farmers
mark alerts as false. Those marks become labels for a monthly retraining run.
Controls in this design: schema checks and a vaulted API key on ingestion,
encrypted herd database, portal sign-in with roles, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dairy farm milk yield anomaly model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Flags cows likely to have mastitis or lameness from milking-robot "
    "and collar data, and alerts farmers and vets.",
)

# ---------------------------------------------------------------- data assets
robot_readings = tg.Data(
    "Milking robot readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-milking yield, quarter conductivity, milk temperature and visit times.",
)
collar_readings = tg.Data(
    "Rumination collar readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rumination minutes and activity per cow per two hours.",
)
herd_data = tg.Data(
    "Herd sensor data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Robot and collar data per farm and cow, as the manufacturer's API returns it.",
)
api_key = tg.Data("Manufacturer API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
cow_features = tg.Data("Cow features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
health_flags = tg.Data(
    "Mastitis and lameness flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cow id, condition and probability for cows above the alert threshold.",
)
farmer_contacts = tg.Data(
    "Farmer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name and mobile number of each farm's alert recipients.",
)
alert_sms = tg.Data(
    "Cow health alert text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Text message to the farmer's mobile naming the cow and the suspected condition.",
)
alert_feedback = tg.Data(
    "Alert feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A farmer's mark that an alert was false.",
)
prescription = tg.Data(
    "Treatment prescription",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Vet's diagnosis, medicine, dose and milk withdrawal period for a cow.",
)
herd_view = tg.Data(
    "Herd health overview",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Flagged cows with their recent yield, conductivity and rumination curves.",
)
training_set = tg.Data(
    "Labelled training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Historic features joined with vet diagnoses and farmer false-alert marks.",
)
model_artifact = tg.Data(
    "Anomaly model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Member farms", trust=tg.Trust.UNTRUSTED):
    # Milking robot in the barn: yield and conductivity at every milking.
    robot = tm.add(tg.Device("Milking robot", fleet=True))
    # Neck collars on each cow, read by the robot's base station.
    collars = tm.add(tg.Device("Rumination collar sensors", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Member farmers, on their phones; they receive alerts and use the portal.
    farmer = tm.add(tg.Actor("Farmer", role="cooperative member"))
    # Independent veterinary practices linked to the farms they serve.
    vet = tm.add(tg.Actor("Veterinarian", role="herd vet"))

with tm.boundary("Robot manufacturer cloud", trust=tg.Trust.PARTNER):
    # The manufacturer's farm data platform; it relays robot and collar data by API.
    manufacturer_api = tm.add(
        tg.ExternalService(
            "Robot manufacturer data API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway used for farmer alerts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Pulls new data for each member farm every hour.
    ingestion = tm.add(
        tg.Pipeline(
            "Herd data ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(),
                c.SecretsManagement(note="API key in the cloud vault"),
            },
        )
    )
    # Time-series database of herd data, flags, contacts, feedback and treatments.
    herd_db = tm.add(
        tg.DataStore(
            "Herd health database",
            stores={herd_data, health_flags, farmer_contacts, alert_feedback, prescription},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Hourly batch that builds features and scores every cow.
    scoring_job = tm.add(tg.Service("Hourly scoring job"))
    # Classifier for mastitis and lameness risk.
    model = tm.add(
        tg.Model(
            "Mastitis and lameness model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over 7-day yield, conductivity and rumination.",
        )
    )
    # Sends a text to the farm's contacts for each new flag.
    alerting = tm.add(tg.Service("Alert service"))
    # Web portal for farmers and vets.
    portal = tm.add(
        tg.Endpoint(
            "Herd-health portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="farmer and vet roles; vets linked to farms by the farmer"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Historic features with labels from vets and farmers.
        dataset = tm.add(tg.Dataset("Training dataset", stores={training_set}))
        # Monthly retraining on the latest labels.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts; the scoring job loads the current one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
# On the farm and through the manufacturer
tm.flow(collars, robot, collar_readings, label="collar radio link")
tm.flow(robot, manufacturer_api, robot_readings, collar_readings, protocol="https")
tm.flow(ingestion, manufacturer_api, api_key, protocol="https", label="hourly pull")
tm.flow(manufacturer_api, ingestion, herd_data, protocol="https")
tm.flow(ingestion, herd_db, herd_data)

# Scoring and alerts
tm.flow(herd_db, scoring_job, herd_data)
tm.flow(scoring_job, model, cow_features)
tm.flow(model, scoring_job, health_flags)
tm.flow(scoring_job, herd_db, health_flags)
tm.flow(scoring_job, alerting, health_flags)
tm.flow(herd_db, alerting, farmer_contacts)
tm.flow(alerting, sms_gateway, alert_sms, protocol="https")
tm.flow(sms_gateway, farmer, alert_sms, protocol="sms")

# Portal
tm.flow(herd_db, portal, herd_view, health_flags, prescription)
tm.flow(portal, herd_db, alert_feedback, prescription)
tm.flow(portal, farmer, herd_view, health_flags, prescription, protocol="https")
tm.flow(farmer, portal, alert_feedback, protocol="https")
tm.flow(portal, vet, herd_view, health_flags, protocol="https")
tm.flow(vet, portal, prescription, protocol="https")

# Retraining
tm.flow(herd_db, dataset, herd_data, alert_feedback, prescription, label="monthly label export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")
