"""Golf course irrigation model: the first design, before any security review.

Soil moisture sensors buried in every green and fairway report over LoRaWAN to a
gateway on the maintenance shed, which forwards the readings to the sensor vendor's
cloud. A collector job on the maintenance office server pulls them, with the weather
service's overnight forecast, into a local readings database. Each evening a nightly
scheduler asks an in-house regression model how much water each green and fairway
needs, fits the run times around the first tee time from the tee sheet, and sends the
schedule to the irrigation central control software, which drives the field satellite
controllers over the vendor's data radio. The head greenkeeper sees the plan in a
dashboard and can skip or trim zones before it starts; nobody has to approve it. A
monthly job retrains the model on the season's readings and run history. Controls in
this design: individual dashboard logins, range checks on incoming readings, nightly
backups of the database, and hard limits on station run times in the central control.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Golf course irrigation model",
    profile=tg.RiskProfile.LOW,
    description="Plans and runs overnight irrigation per green and fairway from soil "
    "moisture readings and the weather forecast.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Soil moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Volumetric water content, soil temperature and salinity per sensor.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly rainfall, temperature, wind and evapotranspiration for the course.",
)
tee_times = tg.Data(
    "First tee times and course closures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="When play starts tomorrow and which holes are closed; no member names.",
)
features = tg.Data(
    "Zone features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per zone: recent moisture trend, forecast ET and rain, grass type, slope.",
)
demand = tg.Data("Predicted water demand", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
schedule = tg.Data(
    "Irrigation schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Start time and run minutes for every station tonight.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
overrides = tg.Data(
    "Greenkeeper overrides",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Zones to skip or trim tonight, e.g. after topdressing or for a tournament.",
)
valve_commands = tg.Data(
    "Station valve commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
run_log = tg.Data(
    "Station run log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What actually ran: station, start, minutes, flow, faults.",
)
history = tg.Data(
    "Irrigation history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past readings, forecasts, schedules and run logs used for retraining.",
)
weights = tg.Data(
    "Irrigation model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient-boosted model saved with joblib.",
)
vendor_api_key = tg.Data(
    "Sensor cloud API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Course field network", trust=tg.Trust.INTERNAL):
    # In-ground probes, one or more per green and per fairway zone.
    sensors = tm.add(
        tg.Device(
            "Soil moisture sensors",
            fleet=True,
            description="Battery LoRaWAN probes buried in greens and fairways.",
        )
    )
    # Relays the sensors' radio packets to the vendor's network server.
    gateway = tm.add(
        tg.Device("LoRaWAN gateway", fleet=False, description="Mounted on the maintenance shed.")
    )
    # Field satellites that open and close the sprinkler valves on each hole.
    satellites = tm.add(
        tg.Device(
            "Field satellite controllers",
            fleet=True,
            description="The irrigation vendor's satellites, commanded over its data radio.",
        )
    )

with tm.boundary("Maintenance office network", trust=tg.Trust.INTERNAL):
    # The head greenkeeper checks tonight's plan and overrides zones.
    greenkeeper = tm.add(tg.Actor("Head greenkeeper", role="greenkeeper"))
    # Pulls readings and forecasts every 15 minutes into the local database.
    collector = tm.add(
        tg.Pipeline(
            "Readings collector job",
            stage=tg.Stage.INGESTION,
            controls={c.InputValidation(note="drops readings outside each probe's physical range")},
        )
    )
    # Local Postgres on the office server: readings, forecasts, schedules, run logs.
    readings_db = tm.add(
        tg.DataStore(
            "Readings database",
            stores={readings, forecast, schedule, run_log, history, vendor_api_key},
            controls={c.DataVersioning(note="nightly backup to the office NAS")},
        )
    )
    # Predicts each zone's water need for the night from its features.
    model = tm.add(
        tg.Model(
            "Irrigation demand model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor predicting mm of water needed per zone.",
        )
    )
    # Turns predicted demand into station run times around play and pump capacity.
    scheduler = tm.add(
        tg.Service(
            "Nightly irrigation scheduler",
            description="Runs at 20:00, builds the schedule and hands it to central control "
            "at 21:30 unless the greenkeeper has changed it.",
        )
    )
    # Web page on the office server showing readings, tonight's plan and overrides.
    dashboard = tm.add(
        tg.Endpoint(
            "Greenkeeper dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual username and password")},
        )
    )
    # Monthly retraining on the season's history; overwrites the model file.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # The irrigation vendor's central control software that runs the field satellites.
    central = tm.add(
        tg.Service(
            "Irrigation central control",
            description="Vendor software on its own PC in the office; runs the nightly program.",
            controls={
                c.SafetyLimits(
                    limits="central control caps each station at 30 minutes per cycle and "
                    "keeps total flow within the pump station's capacity"
                )
            },
        )
    )

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # The sensor vendor's LoRaWAN network server and readings API.
    sensor_cloud = tm.add(
        tg.ExternalService("Sensor vendor cloud", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Paid forecast API with evapotranspiration for the course's location.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Tee sheet provider", trust=tg.Trust.PARTNER):
    # The club's hosted tee-time booking system, read for tomorrow's first tee time.
    tee_sheet = tm.add(
        tg.ExternalService("Tee sheet system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, protocol="lorawan")
tm.flow(gateway, sensor_cloud, readings, protocol="wss")
tm.flow(readings_db, collector, vendor_api_key, label="API key for the sensor cloud")
tm.flow(collector, sensor_cloud, vendor_api_key, protocol="https", label="readings request")
tm.flow(sensor_cloud, collector, readings, protocol="https")
tm.flow(weather, collector, forecast, protocol="https")
tm.flow(collector, readings_db, readings, forecast)

tm.flow(readings_db, scheduler, readings, forecast, label="nightly read")
tm.flow(tee_sheet, scheduler, tee_times, protocol="https")
tm.flow(scheduler, model, features)
tm.flow(model, scheduler, demand)
tm.flow(scheduler, readings_db, schedule)

tm.flow(scheduler, dashboard, schedule, demand)
tm.flow(readings_db, dashboard, readings, run_log)
tm.flow(dashboard, greenkeeper, schedule, readings, protocol="http")
tm.flow(greenkeeper, dashboard, overrides, protocol="http")
tm.flow(dashboard, scheduler, overrides)

tm.flow(scheduler, central, schedule, protocol="http", label="vendor's local schedule API")
tm.flow(central, satellites, valve_commands, protocol="radio", label="vendor data radio")
tm.flow(satellites, central, run_log, protocol="radio", label="vendor data radio")
tm.flow(central, collector, run_log, protocol="http", label="nightly run log export")
tm.flow(collector, readings_db, run_log)

tm.flow(readings_db, retraining, history, label="monthly export")
tm.flow(retraining, model, weights, label="replaces the model file")
