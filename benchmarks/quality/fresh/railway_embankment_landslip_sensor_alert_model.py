"""Railway embankment landslip alerting: the first design, before any security review.

Battery-powered tilt meters and soil-moisture probes on marginal embankments report
every 15 minutes over an IoT provider's LoRaWAN network, whose network server forwards
each uplink to our telemetry ingestion service by HTTPS webhook; readings land in a
time-series database in the infrastructure manager's cloud tenancy. Each cycle the
landslip alerting service combines recent readings, the rainfall forecast and the asset
record, asks an in-house model for a landslip risk score, and raises alerts over a
threshold on the route control centre's console and by SMS to the on-call examiner.
Geotechnical engineers record inspection outcomes that retrain the model monthly; a data
scientist promotes versions from the registry. Controls: LoRaWAN payload encryption, an
API key on the webhook, range checks, SSO with MFA and roles on the console, encrypted
storage, sensor-silence monitoring and backtesting before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Railway embankment landslip alerting",
    profile=tg.RiskProfile.HIGH,
    description="Scores landslip risk from lineside tilt and moisture sensors and alerts route control.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Tilt and moisture sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Inclination on two axes, volumetric soil moisture, battery level, per sensor.",
)
forecast = tg.Data(
    "Rainfall forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Hourly rainfall accumulation forecast per grid square.",
)
assets = tg.Data(
    "Embankment asset records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Location, geometry, soil type, condition grade and past failures.",
)
inspection = tg.Data(
    "Inspection outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Whether an alerted embankment showed movement on site.",
)
features = tg.Data("Embankment risk features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk_score = tg.Data(
    "Landslip risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data(
    "Landslip alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_sms = tg.Data(
    "Landslip alert text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alert summary and the on-call examiner's mobile number.",
)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Landslip model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data("Training run configuration", kind="records")
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Lineside", trust=tg.Trust.UNTRUSTED):
    # The field sensors: bolted to posts on remote embankments, anyone on the lineside can reach them.
    sensors = tm.add(
        tg.Device(
            "Embankment tilt and moisture sensors",
            fleet=True,
            description="About 1,200 battery-powered LoRaWAN tilt meters and moisture probes.",
        )
    )

with tm.boundary("IoT connectivity provider", trust=tg.Trust.PARTNER):
    # The provider's LoRaWAN network server decrypts nothing of ours but routes every uplink to us.
    network_server = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted network server that forwards sensor uplinks by HTTP integration.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Rainfall is the main trigger of embankment failure, so the score needs the forecast.
    weather = tm.add(
        tg.DataSource(
            "Rainfall forecast feed",
            origin=tg.Origin.VENDOR,
            provides={forecast},
            description="Commercial forecast API from the national weather service.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends alert texts to the on-call examiner's phone.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", description="Bulk SMS API."))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # The examiner is out on the route and receives alerts on a work phone.
    examiner = tm.add(tg.Actor("On-call earthworks examiner", role="field examiner"))

with tm.boundary("Infrastructure manager cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the provider's webhook calls, decodes payloads and writes readings.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            description="Decodes uplink payloads and stores each reading.",
            controls={
                c.Authentication(
                    method="static API key in the network provider's integration header"
                ),
                c.InputValidation(note="payload schema and physical range checks per sensor type"),
            },
        )
    )
    # Time-series store of every reading, the history the model and engineers work from.
    readings_db = tm.add(
        tg.DataStore(
            "Sensor readings database",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The earthworks asset register: what each embankment is and how it has behaved.
    asset_register = tm.add(
        tg.DataStore(
            "Earthworks asset register",
            stores={assets, inspection},
            controls={c.RBAC()},
        )
    )
    # Runs every 15 minutes: builds features, scores each embankment, raises alerts.
    alerting = tm.add(
        tg.Service(
            "Landslip alerting service",
            description="Scores every instrumented embankment each cycle and raises alerts over the threshold.",
            controls={
                c.AuditLogging(retention_days=2555, note="every score and alert raised"),
                c.AnomalyDetection(note="flags sensors that stop reporting or flatline"),
            },
        )
    )
    # The model itself: gradient-boosted trees trained on past movements and failures.
    risk_model = tm.add(
        tg.Model(
            "Landslip risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Probability of embankment movement in the next 24 hours.",
        )
    )
    # Holds trained model versions that the alerting service loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Retrains the model monthly from historic readings and inspection outcomes.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against recorded failures before release")},
        )
    )

with tm.boundary("Route control centre", trust=tg.Trust.INTERNAL):
    # Where controllers see alerts and decide on speed restrictions or line closures.
    console = tm.add(
        tg.Endpoint(
            "Control centre alert console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # The route controller acts on alerts and acknowledges them.
    controller = tm.add(tg.Actor("Route controller", role="signalling and route control"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews alerts and records what the examiners found on site.
    geotech = tm.add(tg.Actor("Geotechnical engineer", role="earthworks engineer"))
    # Runs retraining and promotes model versions into service.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    sensors,
    network_server,
    readings,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys")},
)
tm.flow(network_server, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, readings_db, readings)

tm.flow(readings_db, alerting, readings, label="latest 72 hours per sensor")
tm.flow(weather, alerting, forecast, protocol="https")
tm.flow(asset_register, alerting, assets)
tm.flow(alerting, risk_model, features)
tm.flow(risk_model, alerting, risk_score)
tm.flow(registry, risk_model, model_artifact, label="loads the promoted version")

tm.flow(alerting, console, alert, protocol="https")
tm.flow(console, controller, alert, protocol="https")
tm.flow(controller, console, acknowledgement, protocol="https")
tm.flow(console, alerting, acknowledgement, protocol="https")
tm.flow(alerting, sms_gateway, alert_sms, protocol="https")
tm.flow(sms_gateway, examiner, alert_sms, protocol="sms")

tm.flow(console, geotech, alert, protocol="https", label="alert history")
tm.flow(geotech, asset_register, inspection, protocol="https")

tm.flow(readings_db, training, readings, label="monthly historic export")
tm.flow(asset_register, training, assets, inspection)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, release_approval, protocol="https", label="promotes a version")
