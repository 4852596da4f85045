"""Beehive colony health monitoring: the first design, before any security review.

An EU honey producer fits each of its hives with a sensor unit that records a
short sound clip every hour, plus internal temperature and hive weight. Units
talk Bluetooth LE to a solar-powered cellular gateway at each apiary, which
sends batches to a cloud IoT endpoint over MQTT with per-gateway certificates.
A pipeline turns the audio into spectrogram features, and an in-house acoustic
model flags likely swarming, queen loss and disease; an alert service pushes
these to the beekeepers' mobile app. Beekeepers log inspection results in the
app (signed in with email and password), and these become training labels for
periodic retraining. Once a quarter an export job strips apiary locations and
owner details and shares the anonymised sensor data and labels with a
university research partner through a shared bucket.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beehive colony health acoustic model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Hive sound, temperature and weight sensing with ML alerts for beekeepers.",
)

# ---------------------------------------------------------------- data assets
sensor_readings = tg.Data(
    "Hive sensor readings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly 30-second audio clips, temperature and weight, tagged with hive id. "
    "Clips can pick up the voices of people near the hives.",
)
telemetry = tg.Data(
    "Hive telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Readings joined with hive, apiary GPS location and owning beekeeper.",
)
features = tg.Data("Spectrogram features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
health_flags = tg.Data(
    "Colony health flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Swarming, queen loss and disease probabilities per hive.",
)
alerts = tg.Data("Hive alerts", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
inspections = tg.Data(
    "Inspection reports",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="What the beekeeper found at the hive, with their name and the apiary.",
)
account = tg.Data(
    "Beekeeper account and location data", kind="records", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Colony health model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
research_export = tg.Data(
    "Anonymised research dataset",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Audio clips, temperature, weight and labels with locations and owners removed.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Apiary sites", trust=tg.Trust.UNTRUSTED):
    # One unit per hive, in open fields, reachable by anyone who walks up to it.
    sensors = tm.add(tg.Device("Hive sensor unit", fleet=True))
    # Cellular gateway per apiary that batches readings from the hive units.
    gateway = tm.add(tg.Device("Apiary gateway", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Beekeepers (staff and contract beekeepers) using the mobile app in the field.
    beekeeper = tm.add(tg.Actor("Beekeeper", role="beekeeper"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile OS push service that delivers alerts to phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("University research partner", trust=tg.Trust.PARTNER):
    # Researchers studying colony acoustics; receive the quarterly export.
    researcher = tm.add(tg.Actor("Research partner", role="researcher"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Managed IoT endpoint; gateways connect with per-device certificates.
    iot = tm.add(
        tg.Endpoint(
            "IoT ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-gateway X.509 certificates")},
        )
    )
    # Time-series and object store holding all readings and audio clips.
    store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry, account},
            controls={c.EncryptionAtRest(key_management="cloud default keys")},
        )
    )
    # Converts clips to spectrograms and aggregates temperature and weight trends.
    featurizer = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # In-house CNN over spectrograms plus sensor trends.
    model = tm.add(
        tg.Model(
            "Colony health model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Applies thresholds to the model's flags and decides whom to notify.
    alerting = tm.add(tg.Service("Alert service"))
    # Backend for the mobile app: hive dashboards, alerts and inspection logging.
    app_api = tm.add(
        tg.Endpoint(
            "Mobile app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="email and password"),
                c.RBAC(note="beekeepers see their own apiaries"),
            },
        )
    )
    # Inspection outcomes and matching features used as training labels.
    label_set = tm.add(tg.Dataset("Labelled training set", stores={inspections, features}))
    # Periodic retraining run by the data scientist from a notebook job.
    training = tm.add(
        tg.Pipeline("Retraining job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Bucket of model versions that the serving container loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Quarterly job producing the anonymised dataset for the research partner.
    exporter = tm.add(
        tg.Pipeline(
            "Research export job",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="drops GPS, apiary names and beekeeper ids")},
        )
    )

# ---------------------------------------------------------------- flows
# sensing
tm.flow(sensors, gateway, sensor_readings, label="Bluetooth LE")
tm.flow(gateway, iot, sensor_readings, protocol="mtls", label="MQTT over TLS")
tm.flow(iot, store, telemetry)

# inference and alerts
tm.flow(store, featurizer, telemetry)
tm.flow(featurizer, model, features)
tm.flow(model, alerting, health_flags)
tm.flow(alerting, push, alerts, protocol="https")
tm.flow(push, beekeeper, alerts, protocol="https")
tm.flow(alerting, app_api, alerts)

# mobile app
tm.flow(beekeeper, app_api, inspections, account, protocol="https")
tm.flow(app_api, beekeeper, alerts, telemetry, protocol="https", label="hive dashboard")
tm.flow(store, app_api, telemetry, account)
tm.flow(app_api, store, account, label="profile and apiary updates")

# retraining
tm.flow(app_api, label_set, inspections)
tm.flow(featurizer, label_set, features)
tm.flow(label_set, training, inspections, features)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load on deploy")

# research sharing
tm.flow(store, exporter, telemetry)
tm.flow(label_set, exporter, inspections)
tm.flow(exporter, researcher, research_export, protocol="https", label="shared bucket, quarterly")
