"""Butterfly house climate and release scheduling: the first design, before any security review.

A tropical butterfly house keeps its flight area at 24-30 °C and 70-85 % relative
humidity. Wired humidity and temperature sensors report over Modbus to the plant
PLC that drives the misting pumps and the heaters. A climate control service on
the on-site server reads the sensor history and a weather forecast, asks an
in-house model for the next hour's setpoints and writes them to the PLC; the PLC
keeps its own hard limits and falls back to its fixed schedule if setpoints stop.
A second model predicts when each batch of pupae from the supplier will emerge,
from the intake log and the pupae room temperatures, and a daily scheduler turns
that into a release list the keepers see on a staff dashboard (individual
accounts with passwords, on the staff Wi-Fi) and carry out by hand. Both models
are retrained weekly on the server and saved as joblib files. No personal data
beyond staff logins is involved.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Butterfly house climate and release scheduling",
    profile=tg.RiskProfile.LOW,
    description="Model-driven misting and heating, and pupae emergence and release scheduling.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Humidity and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
setpoints = tg.Data(
    "Misting and heating setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
climate_prediction = tg.Data("Predicted climate setpoints", kind="model-output")
actuator_commands = tg.Data("Pump and heater commands", kind="records")
setpoint_ranges = tg.Data(
    "Setpoint ranges",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Target bands per zone and time of day, set by the facilities manager.",
)
manifest = tg.Data(
    "Pupae shipment manifest",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Species, counts and pack date of each shipment, sent as a spreadsheet.",
)
pupae_batches = tg.Data(
    "Pupae batch records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Intake date, species, count, and the emergence counts keepers record.",
)
emergence_forecast = tg.Data("Emergence forecast", kind="model-output")
release_schedule = tg.Data("Release schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
release_log = tg.Data("Release log entries", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
climate_weights = tg.Data(
    "Climate model file", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)
emergence_weights = tg.Data(
    "Emergence model file", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant network", trust=tg.Trust.INTERNAL, description="Wired Modbus segment."):
    # What the whole control loop is driven by.
    sensors = tm.add(
        tg.Device(
            "Humidity and temperature sensors",
            description="Twelve wired probes in the flight area and the pupae room.",
        )
    )
    # Drives the equipment; the last line of protection for the animals.
    plc = tm.add(
        tg.Service(
            "Misting and heating PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC clamps air temperature to 20-32 °C and misting to 3 min per "
                    "10 min; fixed schedule if no setpoint for 15 minutes"
                )
            },
        )
    )
    # Raise humidity in the flight area.
    pumps = tm.add(tg.Device("Misting pumps"))
    # Keep the flight area and pupae room warm.
    heaters = tm.add(tg.Device("Heaters"))

with tm.boundary("On-site server", trust=tg.Trust.INTERNAL):
    # Time series of every reading; the models learn from it.
    historian = tm.add(tg.DataStore("Sensor historian", stores={readings}))
    # Pupae intake, emergence counts, setpoint ranges and schedules.
    ops_db = tm.add(
        tg.DataStore(
            "Operations database",
            stores={pupae_batches, setpoint_ranges, release_schedule, release_log},
        )
    )
    # Closes the loop: reads, predicts, writes setpoints every five minutes.
    climate_service = tm.add(tg.Service("Climate control service"))
    # Predicts the misting and heating needed to stay in the target bands.
    climate_model = tm.add(
        tg.Model(
            "Climate setpoint model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor over recent readings and the forecast.",
        )
    )
    # Predicts emergence dates per batch.
    emergence_model = tm.add(tg.Model("Pupae emergence model", task=tg.Task.REGRESSOR))
    # Turns predicted emergences into a daily release list.
    scheduler = tm.add(
        tg.Service(
            "Daily release scheduler",
            controls={
                c.HumanInTheLoop(
                    approver="the duty keeper",
                    note="the schedule is advice; keepers decide and release by hand",
                )
            },
        )
    )
    # Staff interface for intake, schedules and setpoint ranges.
    dashboard = tm.add(
        tg.Endpoint(
            "Staff dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual staff accounts with password")},
        )
    )
    # Refits both models on the latest data.
    retraining = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))

with tm.boundary("Staff Wi-Fi", trust=tg.Trust.INTERNAL):
    # Logs pupae, reads the schedule, releases butterflies.
    keeper = tm.add(tg.Actor("Keeper", role="butterfly keeper"))
    # Sets the target bands.
    manager = tm.add(tg.Actor("Facilities manager", role="facilities manager", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Outside conditions drive how hard the heaters must work.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Pupae farm", trust=tg.Trust.PARTNER):
    # Ships the pupae and says what is in each box.
    supplier = tm.add(tg.ExternalService("Pupae supplier"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, plc, readings, protocol="modbus")
tm.flow(plc, historian, readings, protocol="modbus", label="polled every minute")
tm.flow(plc, pumps, actuator_commands, label="wired relay outputs")
tm.flow(plc, heaters, actuator_commands, label="wired relay outputs")

tm.flow(weather, climate_service, forecast, protocol="https")
tm.flow(historian, climate_service, readings)
tm.flow(ops_db, climate_service, setpoint_ranges)
tm.flow(climate_service, climate_model, readings, forecast)
tm.flow(climate_model, climate_service, climate_prediction)
tm.flow(climate_service, plc, setpoints, protocol="modbus")

tm.flow(supplier, keeper, manifest, protocol="smtp")
tm.flow(keeper, dashboard, pupae_batches, release_log, protocol="https")
tm.flow(manager, dashboard, setpoint_ranges, protocol="https")
tm.flow(dashboard, ops_db, pupae_batches, release_log, setpoint_ranges)
tm.flow(ops_db, dashboard, release_schedule, pupae_batches)
tm.flow(dashboard, keeper, release_schedule, protocol="https")

tm.flow(ops_db, scheduler, pupae_batches, label="daily")
tm.flow(historian, scheduler, readings, label="daily")
tm.flow(scheduler, emergence_model, pupae_batches, readings)
tm.flow(emergence_model, scheduler, emergence_forecast)
tm.flow(scheduler, ops_db, release_schedule)

tm.flow(historian, retraining, readings, label="weekly export")
tm.flow(ops_db, retraining, pupae_batches, label="weekly export")
tm.flow(retraining, climate_model, climate_weights, label="overwrites the model file")
tm.flow(retraining, emergence_model, emergence_weights, label="overwrites the model file")
