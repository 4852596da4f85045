"""Fairway irrigation control: the first design, before any security review.

A golf course waters its greens, tees and fairways automatically. Soil moisture
sensors buried in each irrigation zone report over LoRaWAN to a gateway in the
maintenance shed, which forwards readings to the course's small cloud account.
Each evening a scheduler combines the latest readings with a weather forecast
API, asks an in-house regression model for each zone's run time and sends the
night's schedule to the central irrigation controller in the shed, which opens
the zone valves and starts the pump station. The model is retrained each month
from the sensor history. The greenkeeper can view the schedule and override any
zone from a phone app that signs in with e-mail and password. The controller
caps each zone at 45 minutes a night and the pump station has its own pressure
cut-out. Links to the cloud use TLS; the field wiring and pump link are local.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fairway irrigation control",
    profile=tg.RiskProfile.LOW,
    description="A model sets nightly irrigation run times per zone from soil moisture and "
    "the weather forecast; the greenkeeper can override from a phone.",
)

# ---------------------------------------------------------------- data assets
moisture = tg.Data(
    "Soil moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Volumetric water content, soil temperature and salinity per sensor.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data("Zone features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
run_times = tg.Data(
    "Recommended run times",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
schedule = tg.Data(
    "Nightly zone schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_signal = tg.Data(
    "Valve open and close signals", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
pump_command = tg.Data(
    "Pump start and stop commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
run_log = tg.Data(
    "Controller run log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What each zone actually ran, flow meter readings and alarms.",
)
override = tg.Data(
    "Greenkeeper zone override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Skip, shorten, lengthen or run a zone now.",
)
schedule_view = tg.Data(
    "Schedule and moisture view", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Sensor and run history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Irrigation model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial forecast feed: rain, temperature and evapotranspiration.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # The course superintendent; checks and overrides watering from anywhere.
    greenkeeper = tm.add(tg.Actor("Greenkeeper", role="course superintendent"))
    # The phone app the greenkeeper uses to see and change the schedule.
    phone_app = tm.add(tg.Device("Greenkeeper phone app", fleet=False))

with tm.boundary("Course grounds", trust=tg.Trust.INTERNAL):
    # Buried probes, one or two per zone, battery powered.
    sensors = tm.add(tg.Device("Soil moisture sensors", fleet=True))
    # Solenoid valves and sprinkler heads, wired to the controller.
    valves = tm.add(tg.Device("Zone valves", fleet=True))

with tm.boundary("Maintenance shed", trust=tg.Trust.INTERNAL):
    # Receives the sensors' radio uplinks and forwards them to the cloud.
    gateway = tm.add(tg.Device("LoRaWAN gateway", fleet=False))
    # Central irrigation controller: runs the schedule it is sent.
    controller = tm.add(
        tg.Device(
            "Irrigation controller",
            fleet=False,
            controls={c.SafetyLimits(limits="controller caps each zone at 45 minutes per night")},
        )
    )
    # Pumps water from the lake into the mains.
    pumps = tm.add(
        tg.Device(
            "Pump station",
            fleet=False,
            controls={
                c.SafetyLimits(limits="pressure switch stops the pumps on high or low pressure")
            },
        )
    )

with tm.boundary("Course cloud", trust=tg.Trust.INTERNAL):
    # Receives sensor uplinks from the gateway.
    ingest = tm.add(tg.Endpoint("Sensor ingest endpoint", purpose=tg.EndpointPurpose.API))
    # Time series of readings and of what each zone actually ran.
    history_store = tm.add(
        tg.DataStore("Sensor history store", stores={moisture, run_log, history})
    )
    # Builds the night's schedule, applies overrides, pushes it to the controller.
    scheduler = tm.add(tg.Service("Irrigation scheduler"))
    # Predicts each zone's run time from moisture, forecast and zone traits.
    model = tm.add(tg.Model("Irrigation model", task=tg.Task.REGRESSOR))
    # Serves the phone app: schedule view and overrides.
    app_api = tm.add(
        tg.Endpoint(
            "Greenkeeper app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Monthly retraining from the sensor and run history.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, moisture, protocol="lorawan")
tm.flow(gateway, ingest, moisture, protocol="mqtts")
tm.flow(ingest, history_store, moisture)

tm.flow(weather, scheduler, forecast, protocol="https")
tm.flow(history_store, scheduler, moisture)
tm.flow(scheduler, model, features)
tm.flow(model, scheduler, run_times)
tm.flow(scheduler, controller, schedule, protocol="https")
tm.flow(controller, scheduler, run_log, protocol="https")
tm.flow(scheduler, history_store, run_log)

tm.flow(controller, valves, valve_signal, label="24 VAC field wiring")
tm.flow(controller, pumps, pump_command, protocol="modbus")
tm.flow(pumps, controller, run_log, protocol="modbus", label="pump status")

tm.flow(greenkeeper, phone_app, override)
tm.flow(phone_app, app_api, override, protocol="https")
tm.flow(app_api, scheduler, override)
tm.flow(scheduler, app_api, schedule_view)
tm.flow(app_api, phone_app, schedule_view, protocol="https")
tm.flow(phone_app, greenkeeper, schedule_view)

tm.flow(history_store, retraining, history)
tm.flow(retraining, model, weights, label="deploy")
