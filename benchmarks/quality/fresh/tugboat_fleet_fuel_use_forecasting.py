"""Tug fleet fuel-use forecasting: the first design, before any security review.

A harbour towage company has fitted fuel-flow meters and GPS to its twelve tugs.
A telemetry unit on each tug sends readings over 4G (MQTT over TLS, with a
device key per tug) to an ingestion endpoint in the company's cloud, which
stores them. A gradient-boosted regression model forecasts each tug's fuel use
for a job from the job type, the size of the ship, and the weather and tide. A
marine weather API supplies the weather and tide forecasts. Dispatchers see the
forecasts in the job-planning application when they assign tugs. The finance
team uses them in the quoting tool to price towage quotes. Once a month the
company's one data scientist retrains the model on the stored readings and job
outcomes, checks it against last month's jobs and uploads it to a versioned
model bucket. Staff apps use the company's Microsoft 365 sign-in with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tug fleet fuel-use forecasting",
    profile=tg.RiskProfile.LOW,
    description="Per-job fuel forecasts for tug dispatch and towage quoting.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Fuel-flow readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
positions = tg.Data("Tug GPS positions", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
weather = tg.Data("Weather and tide forecasts", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
weather_query = tg.Data("Weather query", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
jobs = tg.Data(
    "Towage job records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Ship, size, job type, tugs assigned, times and outcome of each job.",
)
forecast_request = tg.Data("Forecast request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
features = tg.Data("Job features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
forecast = tg.Data(
    "Fuel-use forecast",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote = tg.Data("Towage quote", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
training_run = tg.Data("Training run settings", sensitivity=tg.Sensitivity.INTERNAL, kind="code")
metrics = tg.Data("Backtest results", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
artifact = tg.Data(
    "Fuel model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Tug fleet", trust=tg.Trust.INTERNAL):
    # One unit per tug, reading the fuel-flow meters and GPS.
    telemetry = tm.add(
        tg.Device(
            "Tug telemetry unit",
            fleet=True,
            description="4G gateway wired to the fuel-flow meters and a GPS receiver.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial marine weather and tide forecasts.
    weather_api = tm.add(tg.ExternalService("Marine weather API", provides="data-provider"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives the tugs' readings over the public 4G network.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="per-tug device key")},
        )
    )
    # Time-series store of readings and positions, kept for training.
    readings_db = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={readings, positions},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where dispatchers plan jobs and assign tugs.
    planning = tm.add(
        tg.Service(
            "Job planning application",
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # Jobs and their outcomes, written by the planning application.
    jobs_db = tm.add(tg.DataStore("Job database", stores={jobs}))
    # Builds features for a job and returns the model's forecast.
    forecaster = tm.add(tg.Service("Forecast service"))
    # The gradient-boosted regressor that predicts fuel use per job.
    model = tm.add(tg.Model("Fuel-use model", task="regressor", origin="in-house"))
    # Finance prices towage quotes with the forecasts.
    quoting = tm.add(
        tg.Service(
            "Quoting tool",
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # Monthly retraining run by the data scientist.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage="training",
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against last month's jobs before upload")},
        )
    )
    # Versioned storage bucket the forecast service loads the model from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={artifact},
            controls={c.ModelVersioning(note="bucket versioning")},
        )
    )

with tm.boundary("Harbour office", trust=tg.Trust.INTERNAL):
    # Assign tugs to jobs.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))
    # Prices towage quotes.
    finance = tm.add(tg.Actor("Finance team", role="finance"))
    # The one person who trains and deploys the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(telemetry, ingestion, readings, positions, protocol="mqtts", label="4G")
tm.flow(ingestion, readings_db, readings, positions)

tm.flow(dispatcher, planning, jobs, protocol="https")
tm.flow(planning, dispatcher, forecast, jobs, protocol="https")
tm.flow(planning, jobs_db, jobs)
tm.flow(jobs_db, planning, jobs)
tm.flow(planning, forecaster, forecast_request)
tm.flow(forecaster, planning, forecast)

tm.flow(finance, quoting, forecast_request, quote, protocol="https")
tm.flow(quoting, finance, forecast, quote, protocol="https")
tm.flow(quoting, forecaster, forecast_request)
tm.flow(forecaster, quoting, forecast)

tm.flow(forecaster, weather_api, weather_query, protocol="https")
tm.flow(weather_api, forecaster, weather, protocol="https")
tm.flow(forecaster, model, features)
tm.flow(model, forecaster, forecast)

tm.flow(readings_db, training, readings, positions)
tm.flow(jobs_db, training, jobs, label="job outcomes")
tm.flow(weather_api, training, weather, protocol="https", label="historical weather")
tm.flow(data_scientist, training, training_run, protocol="https")
tm.flow(training, data_scientist, metrics, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load new version")
