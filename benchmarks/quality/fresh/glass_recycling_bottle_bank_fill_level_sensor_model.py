"""Bottle bank fill-level model: the first design, before any security review.

The council fits an ultrasonic sensor under the lid of each glass bottle bank.
The sensors report the distance to the glass every hour over a LoRaWAN network
run by the sensor supplier, whose network server posts each reading to the
council's ingestion pipeline in its cloud tenancy. Readings go to a time-series
database; a weekly job snapshots the history and retrains a fill-level forecast
model, kept in a model registry. Each morning a route planner takes the
forecasts, the bottle bank site list and lorry capacity, and sends the day's
collection routes to the in-cab tablets; crews confirm each bank emptied. Banks
forecast to overflow are listed on a waste team dashboard and e-mailed to the
waste team. Readings are encrypted over LoRaWAN, the ingestion pipeline checks
them against a schema, the network server calls it with an API key, the
dashboard uses council single sign-on with MFA and models are versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bottle bank fill-level model",
    profile=tg.RiskProfile.LOW,
    description="Forecasts glass bank fill levels from sensors and plans collection rounds.",
)

# ---------------------------------------------------------------- data assets
raw_readings = tg.Data(
    "Ultrasonic fill readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sensor id, distance to the glass, battery level and temperature, hourly.",
)
fill_history = tg.Data(
    "Fill level history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
training_snapshot = tg.Data("Fill history training snapshot", kind="training-data")
recent_features = tg.Data("Recent fill features", kind="features")
model_file = tg.Data(
    "Fill forecast model file", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)
forecasts = tg.Data("Fill level forecasts", kind="model-output")
sites = tg.Data(
    "Bottle bank sites",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Location, number of banks and access notes for each site.",
)
routes = tg.Data("Collection routes", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
confirmations = tg.Data(
    "Collection confirmations", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
overflow_report = tg.Data(
    "Overflowing banks report", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
route_changes = tg.Data("Route adjustments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Bottle bank sites", trust=tg.Trust.UNTRUSTED):
    # One battery sensor per bank, in car parks and supermarket forecourts.
    sensors = tm.add(
        tg.Device(
            "Ultrasonic fill sensors",
            fleet=True,
            description="Lid-mounted ultrasonic sensors with LoRaWAN radios.",
        )
    )

with tm.boundary("Sensor supplier", trust=tg.Trust.PARTNER):
    # The supplier's LoRaWAN network server, which decodes uplinks and forwards them.
    network_server = tm.add(tg.ExternalService("LoRaWAN network server", provides="data-provider"))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # Council mail, used for the daily overflow e-mail.
    mail = tm.add(tg.ExternalService("Council e-mail"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the network server's HTTP posts and writes readings.
    ingestion = tm.add(
        tg.Pipeline(
            "Sensor ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.Authentication(method="supplier API key in request header"),
                c.SchemaEnforcement(note="distance, battery and sensor id ranges"),
            },
        )
    )
    # Every reading and every emptied event, per bank.
    timeseries = tm.add(tg.DataStore("Fill level time-series database", stores={fill_history}))
    # Reference list of sites the route planner works from.
    site_register = tm.add(tg.DataStore("Bottle bank site register", stores={sites}))
    # The fill-level forecaster served to the route planner.
    forecaster = tm.add(
        tg.Model(
            "Fill level forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor predicting fill percentage 1-7 days ahead.",
        )
    )
    # Vehicle routing optimiser: picks which banks to empty and in what order.
    planner = tm.add(
        tg.Service(
            "Daily route planner",
            description="Route optimiser over forecasts, site list and lorry capacity; no LLM.",
        )
    )
    # Web dashboard for the waste team: overflow list, routes, manual changes.
    dashboard = tm.add(
        tg.Service(
            "Waste team dashboard",
            controls={c.Authentication(method="council Entra ID single sign-on with MFA")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly snapshot of the history the model is trained on.
        training_set = tm.add(tg.Dataset("Fill history training set", stores={training_snapshot}))
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
        # Holds trained model versions; the serving model is pinned to a version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_file},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Collection fleet", trust=tg.Trust.INTERNAL):
    # Council-managed tablets in each glass collection lorry.
    tablets = tm.add(tg.Device("In-cab tablets", fleet=True))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Waste services officers who act on overflow reports and adjust rounds.
    waste_team = tm.add(tg.Actor("Waste team officer", role="waste services officer"))

# ---------------------------------------------------------------- flows
tm.flow(
    sensors,
    network_server,
    raw_readings,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys")},
)
tm.flow(network_server, ingestion, raw_readings, protocol="https", label="uplink forwarding")
tm.flow(ingestion, timeseries, fill_history)

tm.flow(timeseries, training_set, training_snapshot, label="weekly export")
tm.flow(training_set, training, training_snapshot)
tm.flow(training, registry, model_file)
tm.flow(registry, forecaster, model_file, label="deploy pinned version")

tm.flow(timeseries, forecaster, recent_features)
tm.flow(forecaster, planner, forecasts)
tm.flow(site_register, planner, sites)
tm.flow(planner, tablets, routes, protocol="https")
tm.flow(tablets, planner, confirmations, protocol="https")
tm.flow(planner, timeseries, confirmations, label="emptied events")

tm.flow(planner, dashboard, overflow_report, routes)
tm.flow(dashboard, planner, route_changes)
tm.flow(dashboard, waste_team, overflow_report, routes, protocol="https")
tm.flow(waste_team, dashboard, route_changes, protocol="https")
tm.flow(dashboard, mail, overflow_report, protocol="https")
tm.flow(mail, waste_team, overflow_report, protocol="https")
