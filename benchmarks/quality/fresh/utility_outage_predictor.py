"""Feeder outage predictor: the first design, before any security review.

Every hour the utility predicts which feeders are likely to fail in the next 48
hours, so repair crews can be staged before a storm rather than after it. An
ingestion pipeline pulls a commercial weather API, smart-meter last-gasp events
from the AMI head-end, SCADA telemetry from the OT historian and quarterly
vegetation imagery from a survey vendor's SFTP drop, and builds feeder features.
An hourly job scores every feeder with a gradient-boosted classifier and feeds a
risk map that control-centre dispatchers open behind company SSO to decide where
crews go. A monthly job retrains on outages recorded in the OMS; a data scientist
promotes each version after a backtest. Controls in this design: AMI mesh
encryption, TLS/SFTP on vendor feeds, SSO and roles on the map, schema checks on
ingest, encryption of the feature store, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Feeder outage predictor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "48-hour feeder failure risk for an electric distribution utility, used to "
        "pre-position repair crews; retrained monthly on recorded outages."
    ),
)

# ---------------------------------------------------------------- data assets
weather = tg.Data(
    "Weather forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Hourly gridded wind, gust, ice and lightning forecasts, licensed.",
)
last_gasp = tg.Data(
    "Meter last-gasp events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Meter id, service point and timestamp of a power-loss message.",
)
telemetry = tg.Data(
    "SCADA telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Feeder loading, voltage, breaker operations and recloser counts.",
)
imagery = tg.Data(
    "Vegetation imagery",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Satellite and LiDAR tiles of the rights-of-way, with canopy encroachment.",
)
outages = tg.Data(
    "Recorded outages",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Outage events per feeder with cause codes, from the OMS.",
)
features = tg.Data("Feeder features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
weights = tg.Data(
    "Outage model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="XGBoost classifier saved with joblib.",
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
risk = tg.Data(
    "Feeder risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Failure probability per feeder for the next 48 hours.",
)
map_query = tg.Data("Risk map query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial forecast API, the main driver of storm-related failures.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Imagery vendor", trust=tg.Trust.PARTNER):
    # Survey contractor that delivers quarterly vegetation imagery of the lines.
    imagery_vendor = tm.add(
        tg.DataSource("Vegetation imagery vendor", origin=tg.Origin.VENDOR, provides={imagery})
    )

with tm.boundary("Field AMI network", trust=tg.Trust.UNTRUSTED):
    # Meters on customer premises; a last-gasp message is the first sign of an outage.
    meters = tm.add(
        tg.Device("Smart meter fleet", description="About 1.2 million meters on an RF mesh.")
    )

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # Collects meter messages from the mesh and publishes outage events.
    head_end = tm.add(tg.Service("AMI head-end"))
    # Historian of the distribution SCADA system; read-only replica for analytics.
    historian = tm.add(
        tg.DataSource("SCADA historian", origin=tg.Origin.INTERNAL, provides={telemetry})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # System of record for outages; its history is the training label source.
    oms = tm.add(
        tg.DataSource("Outage management system", origin=tg.Origin.INTERNAL, provides={outages})
    )
    # Control-centre staff who decide where to stage crews.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="distribution dispatcher"))
    # Owns the model and promotes each monthly version.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Pulls every feed, aligns them to feeders and computes features hourly.
    ingest = tm.add(
        tg.Pipeline(
            "Feed ingestion pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="schema checks on each feed")},
        )
    )
    # Latest and historical features per feeder, for scoring and training.
    feature_store = tm.add(
        tg.FeatureStore(
            "Feeder feature store",
            stores={features},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly snapshot of features joined to recorded outages.
    training_set = tm.add(tg.Dataset("Outage training set", stores={features, outages}))
    # Monthly retraining job with a backtest on the last storm season.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest against last season's outages")},
        )
    )
    # Versioned store of trained models.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Runs the model over all feeders every hour.
    scoring = tm.add(tg.Service("Hourly scoring job"))
    # The classifier itself, loaded by the scoring job.
    model = tm.add(
        tg.Model(
            "Feeder failure model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            controls={c.HumanInTheLoop(approver="duty dispatcher decides crew moves")},
        )
    )
    # Web map of feeder risk for the control centre.
    risk_map = tm.add(
        tg.Endpoint(
            "Risk map app",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="company SSO (SAML)"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(
    meters,
    head_end,
    last_gasp,
    protocol="c12.22",
    controls={c.EncryptionInTransit(protocol="AES-128 on the AMI mesh")},
    label="last-gasp messages",
)
tm.flow(head_end, ingest, last_gasp, protocol="kafka")
tm.flow(historian, ingest, telemetry, protocol="https", label="PI Web API replica")
tm.flow(weather_api, ingest, weather, protocol="https")
tm.flow(imagery_vendor, ingest, imagery, protocol="sftp", label="quarterly drop")
tm.flow(ingest, feature_store, features)

tm.flow(feature_store, training_set, features, label="monthly snapshot")
tm.flow(oms, training_set, outages, label="monthly outage export")
tm.flow(training_set, training, features, outages)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, promotion, label="promotes version")
tm.flow(registry, model, weights, label="loads promoted version")

tm.flow(feature_store, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk)
tm.flow(scoring, risk_map, risk)
tm.flow(dispatcher, risk_map, map_query, protocol="https")
tm.flow(risk_map, dispatcher, risk, protocol="https")
