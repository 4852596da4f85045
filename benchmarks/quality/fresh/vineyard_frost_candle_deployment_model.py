"""Vineyard frost protection advisor: the first design, before any security review.

A vineyard estate has a small weather station in each block that reports air and
leaf temperature, humidity and wind over LoRaWAN; a hosted LoRaWAN network server
forwards the uplinks to our ingestion service, which also pulls a commercial
hourly weather forecast. A frost-risk model, trained in-house each winter on past
seasons' readings and the frost damage the vineyard manager recorded, scores every
block for the coming night. An advisory service turns those scores and the block
and equipment register into a plan: which blocks to light frost candles in, when,
and when to start which wind machines. The vineyard manager sees the plan on a web
dashboard and gets a night-time SMS alert; the crew lights candles and starts the
machines by hand. Everything but the stations and the vendors runs in the estate's
cloud account. The dashboard signs in with e-mail and password; the ingestion
service checks payloads against a schema; models are versioned and backtested.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vineyard frost candle deployment model",
    profile=tg.RiskProfile.LOW,
    description="Per-block frost risk and a candle and wind machine plan for the vineyard manager.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Air and leaf temperature, dew point, humidity and wind per block, every 5 minutes.",
)
forecast = tg.Data("Hourly weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast_request = tg.Data("Forecast request", sensitivity=tg.Sensitivity.PUBLIC)
block_features = tg.Data(
    "Block frost features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
frost_risk = tg.Data(
    "Frost risk per block", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
block_register = tg.Data(
    "Block and equipment register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Block outlines, varieties, bud stage, candle stock and wind machine positions.",
)
action_plan = tg.Data(
    "Frost action plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
frost_alert = tg.Data("Frost alert text", sensitivity=tg.Sensitivity.INTERNAL)
damage_observations = tg.Data(
    "Frost damage observations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
training_set = tg.Data(
    "Frost training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Frost model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Vineyard blocks",
    trust=tg.Trust.UNTRUSTED,
    description="Open fields along a public footpath; anyone can reach the stations.",
):
    # One solar-powered station per block, the model's main input.
    stations = tm.add(tg.Device("Block weather stations", fleet=True))

with tm.boundary("LoRaWAN network provider", trust=tg.Trust.PARTNER):
    # Hosted network server that decrypts the uplinks and forwards them to us.
    lorawan = tm.add(tg.ExternalService("LoRaWAN network server"))

with tm.boundary("Forecast vendor", trust=tg.Trust.PARTNER):
    # Commercial point forecast for the estate's coordinates.
    forecast_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the night-time frost alerts to the manager's phone.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Estate cloud", trust=tg.Trust.INTERNAL):
    # Receives uplinks and forecasts and writes them to the time-series store.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="payload decoder rejects malformed uplinks")},
        )
    )
    # Time-series history of readings and forecasts.
    telemetry_db = tm.add(tg.DataStore("Telemetry database", stores={readings, forecast}))
    # Block layout and frost equipment the plan is made from.
    register_db = tm.add(tg.DataStore("Block and equipment register", stores={block_register}))
    # Scores each block's risk of damaging frost for the coming night.
    model = tm.add(
        tg.Model(
            "Frost risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; probability of leaf temperature below -1 C per block.",
        )
    )
    # Turns risk scores into when and where to light candles and run wind machines.
    advisory = tm.add(tg.Service("Frost advisory service"))
    # Web dashboard where the manager sees the plan and records damage and equipment.
    dashboard = tm.add(
        tg.Endpoint(
            "Vineyard dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Past seasons' readings joined with recorded frost damage.
    dataset = tm.add(
        tg.Dataset("Frost training dataset", stores={training_set, damage_observations})
    )
    # Retrains the model each winter before budburst.
    training = tm.add(
        tg.Pipeline(
            "Seasonal retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the last two spring seasons")},
        )
    )
    # Holds trained model versions; serving loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Estate office and field", trust=tg.Trust.INTERNAL):
    # Decides what the crew does on a frost night; records damage afterwards.
    manager = tm.add(tg.Actor("Vineyard manager", role="manager"))

# ---------------------------------------------------------------- flows
# telemetry and forecasts in
tm.flow(stations, lorawan, readings, protocol="lorawan")
tm.flow(lorawan, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, forecast_api, forecast_request, protocol="https")
tm.flow(forecast_api, ingestion, forecast, protocol="https")
tm.flow(ingestion, telemetry_db, readings, forecast)

# nightly scoring and advice
tm.flow(telemetry_db, advisory, readings, forecast)
tm.flow(register_db, advisory, block_register)
tm.flow(advisory, model, block_features)
tm.flow(model, advisory, frost_risk)
tm.flow(advisory, dashboard, action_plan, frost_risk)
tm.flow(dashboard, manager, action_plan, frost_risk, protocol="https")
tm.flow(advisory, sms, frost_alert, protocol="https")
tm.flow(sms, manager, frost_alert, protocol="sms")

# manager's records
tm.flow(manager, dashboard, damage_observations, block_register, protocol="https")
tm.flow(dashboard, register_db, block_register)
tm.flow(dashboard, dataset, damage_observations)

# retraining
tm.flow(telemetry_db, dataset, readings, label="season history export")
tm.flow(dataset, training, training_set, damage_observations)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load promoted version")
