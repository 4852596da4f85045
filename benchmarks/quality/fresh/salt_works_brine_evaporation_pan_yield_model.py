"""Salt works pan yield model: the first design, before any security review.

A sea salt works on the French Atlantic coast predicts, pan by pan, how much salt
each evaporation pan will give and when, so the works manager can decide when to
flood a pan with brine and when to send the salt workers to rake it. Floating
brine density sensors send readings over LoRaWAN; a hosted network server
forwards them by webhook (shared API key) to our ingestion service, which also
pulls the national weather forecast and range-checks everything it stores.
Workers log each harvest (pan, tonnes, who raked it) in a small web app with
their own passwords. Each season a training job fits a gradient-boosted yield
regressor on readings, weather and the harvest log; a daily job scores every pan
and shows flood and rake advice on the manager's SSO dashboard. The advice is
only advice: the manager decides and the sluices are opened by hand.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Salt works pan yield model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts pan yield and harvest timing and advises when to flood and rake the pans.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Brine density readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Density (degrees Baume), brine temperature and level per pan, every 15 minutes.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
forecast_request = tg.Data(
    "Forecast request",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Site coordinates and the forecast horizon.",
)
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Hourly wind, sun, temperature, humidity and rainfall for the marsh.",
)
harvest_log = tg.Data(
    "Harvest log entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pan, date, tonnes of coarse salt and fleur de sel, and the worker who raked it.",
)
decisions = tg.Data(
    "Flood and rake decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the manager decided for each pan, and whether it followed the advice.",
)
training_set = tg.Data(
    "Pan yield training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_file = tg.Data("Yield model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
pan_features = tg.Data("Pan features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
predictions = tg.Data(
    "Yield and timing predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected tonnes per pan and the predicted day it is ready to rake.",
)
advice = tg.Data(
    "Flood and rake advice", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Salt marsh",
    trust=tg.Trust.INTERNAL,
    description="The pans and the works yard; footpaths open to the public run along the dykes.",
):
    # Floating hydrometer probes, one per crystallising pan, battery powered.
    sensors = tm.add(tg.Device("Brine density sensors", fleet=True))
    # The paludiers who rake the pans and log each harvest from their phones.
    worker = tm.add(tg.Actor("Salt worker", role="salt worker"))
    # Decides when pans are flooded and raked; reads the advice.
    manager = tm.add(tg.Actor("Works manager", role="works manager"))

with tm.boundary("LoRaWAN network provider", trust=tg.Trust.PARTNER):
    # Hosted network server: receives the sensors' uplinks via its gateways and forwards them.
    lns = tm.add(tg.ExternalService("LoRaWAN network server", provides="data-provider"))

with tm.boundary("National weather service", trust=tg.Trust.PARTNER):
    # Public forecast API of the weather service, used with a free API key.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Cloud project", trust=tg.Trust.INTERNAL):
    # Receives the webhook uplinks and pulls the forecast; rejects readings out of physical range.
    ingestion = tm.add(
        tg.Service(
            "Ingestion service",
            description="Receives sensor uplinks and fetches the weather forecast every hour.",
            controls={
                c.Authentication(method="shared API key in the webhook header"),
                c.InputValidation(note="density, temperature and level range checks"),
            },
        )
    )
    # Time-series store of readings and forecasts.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry database",
            stores={readings, forecast},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web app the workers log harvests in from their phones.
    harvest_app = tm.add(
        tg.Endpoint(
            "Harvest log app",
            purpose="api",
            controls={c.Authentication(method="individual username and password")},
        )
    )
    # Relational database behind the harvest log.
    harvest_db = tm.add(tg.DataStore("Harvest log database", stores={harvest_log, decisions}))
    # Seasonal retraining: joins readings, weather and harvests into a dataset and fits the model.
    training = tm.add(
        tg.Pipeline("Seasonal training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Snapshot of the joined history the model is trained on.
    dataset = tm.add(tg.Dataset("Training snapshot", stores={training_set}, purpose="training"))
    # Bucket holding the trained model files, one per season.
    model_store = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))
    # Gradient-boosted regressor predicting tonnes per pan and days to harvest.
    model = tm.add(tg.Model("Pan yield model", task=tg.Task.REGRESSOR, origin="in-house"))
    # Runs every morning, scores every pan and produces the advice.
    advisory = tm.add(tg.Service("Daily pan advisory job"))
    # The manager's view of predictions and advice, signed in with the company Google account.
    dashboard = tm.add(
        tg.Endpoint(
            "Manager dashboard",
            purpose="api",
            controls={c.Authentication(method="Google Workspace SSO with 2SV")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, lns, readings, protocol="lorawan", label="uplinks via site gateway")
tm.flow(lns, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, weather, forecast_request, protocol="https")
tm.flow(weather, ingestion, forecast, protocol="https")
tm.flow(ingestion, telemetry_db, readings, forecast)

tm.flow(worker, harvest_app, harvest_log, protocol="https", label="logs a harvest")
tm.flow(harvest_app, harvest_db, harvest_log)
tm.flow(harvest_db, harvest_app, harvest_log, label="past harvests")
tm.flow(harvest_app, worker, harvest_log, protocol="https")

tm.flow(telemetry_db, training, readings, forecast, label="season export")
tm.flow(harvest_db, training, harvest_log, label="season export")
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, model_store, model_file)
tm.flow(model_store, model, model_file, label="load at job start")

tm.flow(telemetry_db, advisory, readings, forecast, label="latest readings and forecast")
tm.flow(harvest_db, advisory, harvest_log, label="recent harvests per pan")
tm.flow(advisory, model, pan_features)
tm.flow(model, advisory, predictions)
tm.flow(advisory, dashboard, predictions, advice)
tm.flow(dashboard, manager, predictions, advice, protocol="https")
tm.flow(manager, dashboard, decisions, protocol="https", label="records the decision")
tm.flow(dashboard, harvest_db, decisions)
