"""Thermal bathhouse: pool temperature and bather load model, the first design.

A public thermal bathhouse wants steadier pool temperatures and honest capacity
figures. A data collector on the site server gathers pool temperature and flow
readings from the mixing-valve PLC, entry counts from the turnstiles, booked
places per time slot from the booking platform and the weather forecast. A
regression model predicts each pool's temperature and bather load for the next
hours; an optimiser turns the forecast into mixing-valve setpoints for the
geothermal and cold-water supply and writes them to the PLC, and the forecast
service publishes expected occupancy to the public website. Technicians can
override the valves at the plant HMI. The model is retrained monthly from the
historian. Controls: the PLC clamps pool inlet temperature in hardware logic,
the booking API and website push use TLS with API keys, the HMI has a PIN, and
a new model must pass a backtest before it is promoted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bathhouse pool temperature and capacity model",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts pool temperature and bather load, sets geothermal mixing valves "
    "and publishes occupancy on the website.",
)

# ---------------------------------------------------------------- data assets
probe_readings = tg.Data(
    "Pool temperature readings",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_telemetry = tg.Data(
    "Plant telemetry",
    sensitivity="internal",
    kind="records",
    description="Pool and supply temperatures, flows and current valve positions.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
entry_counts = tg.Data("Turnstile entry counts", sensitivity="internal", kind="records")
slot_bookings = tg.Data(
    "Booked places per time slot",
    sensitivity="internal",
    kind="records",
    description="Counts per slot only; no names or contact details leave the booking platform.",
)
weather = tg.Data("Weather forecast", sensitivity="public", kind="records")
history = tg.Data(
    "Sensor and occupancy history",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
features = tg.Data("Forecast features", sensitivity="internal", kind="features")
forecast = tg.Data(
    "Pool temperature and bather load forecast", sensitivity="internal", kind="model-output"
)
setpoints = tg.Data(
    "Mixing valve setpoints",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
overrides = tg.Data("Manual valve overrides", sensitivity="internal", kind="records")
capacity = tg.Data("Expected occupancy figures", sensitivity="public", kind="records")
page_request = tg.Data("Website page request", sensitivity="public", kind="records")
artifact = tg.Data("Forecast model artifact", sensitivity="internal", format="pickle")
booking_api_key = tg.Data("Booking platform API key", sensitivity="secret", kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public checking how busy the baths are.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # SaaS that sells time-slot tickets; we read slot counts from its API.
    booking = tm.add(
        tg.ExternalService(
            "Booking platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Online ticket sales per time slot; REST API with an API key.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Air temperature and wind drive heat loss from the outdoor pools.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Web hosting", trust=tg.Trust.INTERNAL):
    # The bathhouse's public site with the live occupancy widget.
    website = tm.add(
        tg.Endpoint(
            "Public website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Static site plus an occupancy widget fed by the forecast service.",
        )
    )

with tm.boundary("Site server", trust=tg.Trust.INTERNAL):
    # Polls the PLC, turnstiles, booking API and weather API.
    collector = tm.add(
        tg.Service(
            "Data collector",
            description="Polls plant telemetry every 10 s, turnstile counts every minute, "
            "bookings and weather every 15 minutes.",
        )
    )
    # Time-series database of everything collected.
    historian = tm.add(tg.DataStore("Time-series historian", stores={history}))
    # Runs the model every 15 minutes and hands results on.
    forecast_service = tm.add(
        tg.Service(
            "Forecast service",
            description="Every 15 minutes builds features, calls the model and publishes "
            "the forecast.",
        )
    )
    # Gradient-boosted regressor for pool temperature and bather load.
    model = tm.add(
        tg.Model(
            "Pool temperature and bather load model",
            task=tg.Task.REGRESSOR,
            description="Predicts each pool's temperature and bather count 1-4 hours ahead.",
        )
    )
    # Turns the forecast into valve setpoints for each pool.
    optimiser = tm.add(
        tg.Service(
            "Mixing setpoint optimiser",
            description="Chooses the geothermal/cold mix per pool to hold the target "
            "temperature under the forecast load, and writes setpoints to the PLC.",
        )
    )
    # Monthly retraining from the historian.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="backtest on the last 8 weeks must beat the current model before promotion"
                )
            },
        )
    )
    # Model versions, one file per release.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Plant network", trust=tg.Trust.RESTRICTED):
    # Pool probes wired into the PLC.
    probes = tm.add(tg.Device("Pool temperature probes", fleet=True))
    # Entry gates that count bathers in and out.
    turnstiles = tm.add(tg.Device("Turnstile entry counters", fleet=True))
    # Drives the mixing valves on the geothermal and cold-water supply.
    plc = tm.add(
        tg.Service(
            "Mixing valve PLC",
            description="Controls the motorised mixing valve of each pool's inlet.",
            controls={
                c.SafetyLimits(
                    limits="pool inlet clamped to 40 C; valves go to "
                    "cold-water flush on probe fault"
                )
            },
        )
    )
    # Touch panel in the plant room for technicians.
    hmi = tm.add(
        tg.Endpoint(
            "Plant HMI panel",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared operator PIN")},
        )
    )
    # Facility technician on shift.
    technician = tm.add(tg.Actor("Facility technician", role="technician", privileged=True))

# ---------------------------------------------------------------- flows
# readings in
tm.flow(probes, plc, probe_readings, label="wired 4-20 mA loop")
tm.flow(plc, collector, plant_telemetry, protocol="modbus")
tm.flow(turnstiles, collector, entry_counts, protocol="mqtt")
tm.flow(
    collector,
    booking,
    booking_api_key,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="slot count query",
)
tm.flow(
    booking,
    collector,
    slot_bookings,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(weather_api, collector, weather, protocol="https")
tm.flow(collector, historian, history)

# forecasting and control
tm.flow(historian, forecast_service, history, label="15-minute batch")
tm.flow(forecast_service, model, features)
tm.flow(model, forecast_service, forecast)
tm.flow(forecast_service, optimiser, forecast)
tm.flow(historian, optimiser, plant_telemetry, label="current pool state")
tm.flow(optimiser, plc, setpoints, protocol="modbus")
tm.flow(optimiser, historian, setpoints, label="setpoint log")

# occupancy on the website
tm.flow(
    forecast_service,
    website,
    capacity,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.3"), c.Authentication(method="static API key")},
)
tm.flow(visitor, website, page_request, protocol="https")
tm.flow(website, visitor, capacity, protocol="https")

# plant room
tm.flow(plc, hmi, plant_telemetry, protocol="modbus")
tm.flow(technician, hmi, overrides, label="on the panel")
tm.flow(hmi, technician, plant_telemetry, label="on the panel")
tm.flow(hmi, plc, overrides, protocol="modbus")

# retraining
tm.flow(historian, training, history, label="monthly export")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
