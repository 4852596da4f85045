"""Coastal footpath landslip monitoring and closure recommendation: first design.

The council's coast path team monitors unstable cliff-top sections of the public
footpath. Battery tiltmeters and piezometers fixed along the cliff edge report
every 15 minutes over LoRaWAN to a network server run by a LoRaWAN provider, which
pushes the uplinks to our ingestion service in the council's cloud tenancy. An
hourly closure assessment job combines the stored readings with the met service's
rainfall forecast and asks an in-house landslip risk model for the probability of
movement in the next 48 hours. Above the geotechnical engineer's threshold it texts
the on-call ranger, who confirms or rejects the closure on the operations dashboard
(council SSO with MFA); confirmed closures are published on the public path status
page. The engineer labels past movement events, and a monthly training job retrains
the model, which is stored in a registry and deployed by version.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Coastal footpath landslip monitoring and closure model",
    profile=tg.RiskProfile.HIGH,
    description="Tiltmeter telemetry and a landslip risk model recommend closures of "
    "cliff-top footpath sections; a ranger confirms each closure.",
)

# ---------------------------------------------------------------- data assets
tilt_readings = tg.Data(
    "Tiltmeter and piezometer readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Tilt on two axes, pore-water pressure, battery voltage, per sensor.",
)
rainfall_forecast = tg.Data("Rainfall forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
risk_features = tg.Data(
    "Slope risk features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tilt rates, pressure trends and forecast rainfall per path section.",
)
risk_score = tg.Data(
    "Landslip risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
recommendation = tg.Data(
    "Closure recommendation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_text = tg.Data(
    "Closure alert text message",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Path section, risk score, and the ranger's mobile number.",
)
ranger_contacts = tg.Data("Ranger on-call contact numbers", sensitivity=tg.Sensitivity.PII)
closure_decision = tg.Data(
    "Closure decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
path_status = tg.Data(
    "Path section status",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
thresholds = tg.Data("Alert thresholds", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
movement_labels = tg.Data(
    "Movement event labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Historical readings training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Landslip model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Cliff-top field sites", trust=tg.Trust.UNTRUSTED):
    # Sensors bolted into the cliff top beside a public path: anyone walking by can reach them.
    sensors = tm.add(
        tg.Device(
            "Tiltmeter sensor nodes",
            fleet=True,
            description="About 40 battery LoRaWAN tiltmeters and piezometers on stakes.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Walkers check the status page before setting out.
    walker = tm.add(tg.Actor("Walker", role="member of the public"))

with tm.boundary("LoRaWAN provider", trust=tg.Trust.PARTNER):
    # The provider's network server terminates LoRaWAN sessions from the gateways.
    network_server = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted network server; decrypts uplinks and forwards them to us.",
        )
    )

with tm.boundary("Met service", trust=tg.Trust.PARTNER):
    # Rainfall drives most movement, so the forecast is a model input.
    forecast = tm.add(
        tg.DataSource(
            "Met service rainfall forecast",
            origin=tg.Origin.VENDOR,
            provides={rainfall_forecast},
            description="Hourly gridded rainfall forecast API, licensed.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Rangers are in the field; a text reaches them where the dashboard would not.
    sms_gateway = tm.add(
        tg.ExternalService("SMS gateway", description="Bulk SMS API used by the council.")
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the network server's uplink pushes and writes them to the store.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion service",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="payload decoder rejects unknown sensor ids")},
        )
    )
    # Time-series store of every reading, the history the model and engineer use.
    readings_store = tm.add(
        tg.DataStore(
            "Sensor readings store",
            stores={tilt_readings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Scheduled job that scores each path section and raises recommendations.
    assessment = tm.add(
        tg.Service(
            "Hourly closure assessment job",
            description="Builds features, calls the model, compares with thresholds, "
            "texts the on-call ranger and posts the recommendation to the dashboard.",
        )
    )
    # The model that estimates the chance of cliff movement per section.
    risk_model = tm.add(
        tg.Model(
            "Landslip risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Probability of movement within 48 hours for each path section.",
            controls={c.ModelVersioning()},
        )
    )
    # Where rangers confirm closures and engineers set thresholds.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(note="ranger and engineer roles"),
                c.AuditLogging(note="closure confirmations and threshold changes"),
            },
        )
    )
    # Public page listing open and closed path sections.
    status_page = tm.add(
        tg.Endpoint(
            "Path status page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Static page regenerated when a closure is confirmed, behind a CDN.",
        )
    )
    # Monthly retraining from the readings history and the engineer's event labels.
    training = tm.add(
        tg.Pipeline("Monthly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Joined readings and labels the training job reads.
    dataset = tm.add(
        tg.Dataset("Movement training dataset", stores={training_set, movement_labels})
    )
    # Holds each trained model version for deployment and rollback.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Council staff devices", trust=tg.Trust.INTERNAL):
    # Confirms or rejects each closure; knows the ground.
    ranger = tm.add(tg.Actor("On-call ranger", role="coast path ranger"))
    # Labels movement events and sets the alert thresholds.
    engineer = tm.add(
        tg.Actor("Geotechnical engineer", role="geotechnical engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
# telemetry
tm.flow(sensors, network_server, tilt_readings, protocol="lorawan", label="15-minute uplinks")
tm.flow(
    network_server,
    ingestion,
    tilt_readings,
    protocol="https",
    label="uplink webhook",
    controls={c.Authentication(method="static API key header set in the provider integration")},
)
tm.flow(ingestion, readings_store, tilt_readings)

# assessment and closure
tm.flow(readings_store, assessment, tilt_readings, label="latest 72 hours per section")
tm.flow(forecast, assessment, rainfall_forecast, protocol="https")
tm.flow(assessment, risk_model, risk_features)
tm.flow(risk_model, assessment, risk_score)
tm.flow(assessment, sms_gateway, alert_text, ranger_contacts, protocol="https")
tm.flow(sms_gateway, ranger, alert_text, protocol="sms")
tm.flow(assessment, dashboard, recommendation)
tm.flow(dashboard, ranger, recommendation, tilt_readings, protocol="https")
tm.flow(ranger, dashboard, closure_decision, protocol="https")
tm.flow(dashboard, status_page, path_status, label="publish confirmed closure")
tm.flow(status_page, walker, path_status, protocol="https")

# thresholds
tm.flow(engineer, dashboard, thresholds, protocol="https")
tm.flow(dashboard, assessment, thresholds)

# training
tm.flow(readings_store, dataset, tilt_readings, label="monthly export")
tm.flow(engineer, dataset, movement_labels, protocol="https", label="event labels upload")
tm.flow(dataset, training, training_set, movement_labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="deploy approved version")
