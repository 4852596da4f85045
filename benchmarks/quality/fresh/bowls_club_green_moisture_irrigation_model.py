"""Nightly irrigation of a bowling green from soil moisture and the forecast: first design.

A bowls club waters its green at night. Buried soil moisture probes report every
15 minutes over LoRaWAN to a gateway on the clubhouse roof, which forwards them to the
probe vendor's cloud. At 22:00 a scheduler on a mini PC in the clubhouse pulls the
day's readings from the vendor's API and the next 48 hours from a public weather
forecast API, and asks a small in-house regression model how many minutes each
sprinkler zone needs. It then sends tonight's run times to the Wi-Fi sprinkler
controller on the clubhouse LAN, which switches the valves and the pump.
The greenkeeper sees readings and tonight's plan on a dashboard on the club Wi-Fi and
can skip or shorten a night. A volunteer retrains the model each spring from the
stored readings and watering history. Controls: range checks on incoming readings,
a dashboard login, and the controller's own per-zone run-time cap and rain sensor.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bowls club green irrigation model",
    profile=tg.RiskProfile.LOW,
    description="Decides each night how long to water each zone of the green from probe "
    "readings and the weather forecast, and programs the sprinkler controller.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Soil moisture readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Volumetric water content and soil temperature per probe, every 15 minutes.",
)
forecast = tg.Data(
    "Weather forecast",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Hourly rainfall, temperature, wind and evapotranspiration for 48 hours.",
)
api_key = tg.Data("Probe vendor API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
features = tg.Data("Zone moisture and forecast features", kind="features")
minutes = tg.Data("Recommended run minutes per zone", kind="model-output")
schedule = tg.Data(
    "Tonight's station run times",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
run_log = tg.Data("Controller run log", kind="logs")
history = tg.Data(
    "Readings and watering history",
    kind="training-data",
    description="Past readings, forecasts, run times and the greenkeeper's notes on the green.",
)
model_file = tg.Data(
    "Irrigation model file", format="pickle", description="scikit-learn model saved with joblib."
)
override = tg.Data("Greenkeeper skip or shorten setting", kind="records")
start = tg.Data("Retraining run", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Bowling green",
    trust=tg.Trust.INTERNAL,
    description="The club's fenced green; gate locked outside opening hours.",
):
    # Capacitance probes buried in the turf, one or two per sprinkler zone.
    probes = tm.add(tg.Device("Soil moisture probes", fleet=True))

with tm.boundary("Probe vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's LoRaWAN network server and API, included with the probe subscription.
    vendor = tm.add(
        tg.ExternalService(
            "Probe vendor platform",
            provides="data-provider",
            description="Receives the probes' uplinks and serves readings by API key.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Free public forecast API; no account.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Clubhouse network", trust=tg.Trust.INTERNAL):
    # Vendor-supplied gateway on the clubhouse roof, on the club broadband.
    gateway = tm.add(tg.Device("LoRaWAN gateway", fleet=False))
    # Cron job on the clubhouse mini PC that gathers inputs and programs the controller.
    scheduler = tm.add(
        tg.Service(
            "Nightly irrigation scheduler",
            description="Runs at 22:00: fetches readings and forecast, asks the model for "
            "minutes per zone, applies the greenkeeper's setting, programs the controller.",
            controls={
                tg.controls.InputValidation(
                    note="drops probe readings outside 0-60 % water content or older than 6 hours"
                )
            },
        )
    )
    # Gradient-boosted regressor predicting the water each zone needs tonight.
    model = tm.add(
        tg.Model(
            "Irrigation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts minutes of watering per zone to bring the root zone back to target moisture.",
        )
    )
    # SQLite database on the mini PC: the record of readings and watering, and the training data.
    history_db = tm.add(
        tg.DataStore("Irrigation history database", stores={history, readings, run_log})
    )
    # Folder on the mini PC holding the current model file.
    model_dir = tm.add(tg.DataStore("Model file folder", stores={model_file}))
    # Spring retraining script, run by hand by the volunteer.
    retrain = tm.add(tg.Pipeline("Spring retraining script", stage=tg.Stage.TRAINING))
    # Small web page on the mini PC showing readings and tonight's plan.
    dashboard = tm.add(
        tg.Endpoint(
            "Greens dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="username and password")},
        )
    )
    # Wi-Fi irrigation controller wired to the zone valves and the pump relay.
    controller = tm.add(
        tg.Device(
            "Sprinkler controller",
            fleet=False,
            controls={
                tg.controls.SafetyLimits(
                    limits="controller caps each zone at 30 minutes a night; wired rain sensor suspends watering"
                )
            },
        )
    )

with tm.boundary("Club members", trust=tg.Trust.INTERNAL):
    # Part-time greenkeeper who looks after the green and can skip a night.
    greenkeeper = tm.add(tg.Actor("Greenkeeper", role="greenkeeper"))
    # Club member who wrote the scheduler and model and keeps the mini PC running.
    volunteer = tm.add(tg.Actor("Volunteer maintainer", role="club volunteer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(probes, gateway, readings, protocol="lorawan")
tm.flow(gateway, vendor, readings, protocol="wss")

tm.flow(scheduler, vendor, api_key, protocol="https", label="readings request")
tm.flow(vendor, scheduler, readings, protocol="https")
tm.flow(weather, scheduler, forecast, protocol="https")
tm.flow(scheduler, model, features)
tm.flow(model, scheduler, minutes)
tm.flow(scheduler, controller, schedule, protocol="http")
tm.flow(controller, scheduler, run_log, protocol="http")
tm.flow(scheduler, history_db, readings, history, run_log)

tm.flow(greenkeeper, dashboard, override, protocol="http")
tm.flow(dashboard, greenkeeper, readings, minutes, protocol="http")
tm.flow(dashboard, scheduler, override)
tm.flow(scheduler, dashboard, minutes, label="tonight's plan")
tm.flow(history_db, dashboard, readings)

tm.flow(volunteer, retrain, start, protocol="ssh", label="starts retraining")
tm.flow(history_db, retrain, history)
tm.flow(retrain, model_dir, model_file)
tm.flow(model_dir, model, model_file, label="loaded at each run")
