"""HVAC optimisation agent for an office landlord: the first design, before any security review.

The landlord's multi-tenant office building gets an optimisation "agent" that moves the
heating and cooling setpoints of each floor every 15 minutes. It is an optimiser service
(no language model) in the landlord's cloud tenancy: it reads the next hours' weather
forecast from a commercial weather API, floor occupancy counts from people-counting
sensors and the BMS telemetry kept in a historian, asks an in-house thermal-load
forecasting model for the expected load, and writes new setpoints back to the building
management system through an edge gateway on the building's OT network, which connects
out to the cloud over MQTT with mutual TLS and talks BACnet/IP to the BMS. Facilities
engineers sign in to a web console with corporate SSO and MFA to see the plan, pause the
optimiser or pin setpoints, and can always override at the BMS front-end on site. The
BMS keeps its own setpoint limits and falls back to its time schedule when the optimiser
goes quiet. The forecasting model is retrained weekly from the historian.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Building management HVAC optimisation agent",
    profile=tg.RiskProfile.HIGH,
    description="Cloud optimiser writing HVAC setpoints to an office building's BMS from "
    "occupancy and weather forecasts, with engineer overrides.",
)

# ---------------------------------------------------------------- data assets
weather = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Hourly temperature, humidity and solar radiation forecast for the site.",
)
occupancy = tg.Data(
    "Floor occupancy counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="People counts per floor zone, aggregated on the sensor; no identities.",
)
telemetry = tg.Data(
    "BMS telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Zone temperatures, valve and damper positions, plant status, energy meter reads.",
)
setpoints = tg.Data(
    "Setpoint commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Supply air and zone temperature setpoints per floor, written to the BMS.",
)
override = tg.Data(
    "Engineer override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pause of the optimiser, or setpoints pinned for a zone and period.",
)
plan = tg.Data(
    "Setpoint plan and status",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Planned setpoints for the next hours, the forecast behind them, energy saved.",
)
load_features = tg.Data(
    "Load forecast features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
)
load_forecast = tg.Data(
    "Thermal load forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
history = tg.Data(
    "Building history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A year of telemetry, occupancy, weather and setpoints, for retraining.",
)
artifact = tg.Data("Load forecasting model artifact", format="pickle", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A commercial weather service: the optimiser's view of the next hours' outside conditions.
    weather_api = tm.add(
        tg.DataSource(
            "Weather forecast API",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Commercial weather API, polled hourly with an API key.",
        )
    )

with tm.boundary("Landlord cloud tenancy", trust=tg.Trust.INTERNAL):
    # The "agent": decides the setpoints every 15 minutes and sends them to the building.
    optimiser = tm.add(
        tg.Service(
            "Setpoint optimiser",
            description="Model-predictive optimiser over the load forecast, tariffs and "
            "comfort bands; no language model.",
            controls={
                c.AuditLogging(note="every setpoint write and override is logged with its reason")
            },
        )
    )
    # Predicts each floor's heating and cooling load for the optimiser.
    load_model = tm.add(
        tg.Model(
            "Thermal load forecasting model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees over weather, occupancy and recent telemetry.",
        )
    )
    # Time-series store of everything the building reports and everything we sent it.
    historian = tm.add(
        tg.DataStore(
            "Telemetry historian",
            stores={telemetry, occupancy, weather, setpoints, history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Weekly retraining of the load model from the historian.
    training = tm.add(
        tg.Pipeline(
            "Weekly load model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Keeps each trained model version; the optimiser loads the current one from here.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Web console where engineers see the plan and pause or pin setpoints.
    console = tm.add(
        tg.Endpoint(
            "Facilities engineer console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="only the facilities engineering group may override"),
            },
        )
    )

with tm.boundary("Building OT network", trust=tg.Trust.RESTRICTED):
    # Only path between the cloud and the BMS: dials out, relays telemetry and setpoints.
    gateway = tm.add(
        tg.Service(
            "Edge gateway",
            description="Industrial PC on the OT VLAN; outbound MQTT to the cloud with a "
            "per-gateway X.509 certificate, BACnet/IP to the BMS.",
        )
    )
    # The existing building management system that actually runs the plant.
    bms = tm.add(
        tg.Service(
            "Building management system",
            description="Supervisory BMS controller and its front-end workstation.",
            controls={
                c.SafetyLimits(
                    limits="BMS clamps zone setpoints to 19-25 C, at most 1 C change per "
                    "15 minutes, and reverts to its own time schedule when no optimiser "
                    "write arrives for 30 minutes"
                )
            },
        )
    )
    # Air handling units, chillers and boilers under BMS control.
    plant = tm.add(
        tg.Device(
            "AHU chiller and boiler controllers",
            fleet=True,
            description="Plant field controllers on the BACnet network.",
        )
    )
    # People-counting sensors on each floor, the occupancy input.
    sensors = tm.add(
        tg.Device(
            "Occupancy sensors",
            fleet=True,
            description="Ceiling people counters that report counts only, no images.",
        )
    )

with tm.boundary("Facilities office", trust=tg.Trust.INTERNAL):
    # The people responsible for comfort and plant safety, able to override the agent.
    engineer = tm.add(tg.Actor("Facilities engineer", role="facilities engineer", privileged=True))

# ---------------------------------------------------------------- flows
# inputs
tm.flow(weather_api, optimiser, weather, protocol="https", label="hourly forecast pull")
tm.flow(sensors, gateway, occupancy, protocol="bacnet")
tm.flow(plant, bms, telemetry, protocol="bacnet")
tm.flow(bms, gateway, telemetry, protocol="bacnet")
tm.flow(gateway, historian, telemetry, occupancy, protocol="mtls", label="MQTT over TLS")
tm.flow(optimiser, historian, weather, setpoints, label="decisions and forecasts")
tm.flow(historian, optimiser, telemetry, occupancy, label="recent state")

# forecasting
tm.flow(optimiser, load_model, load_features)
tm.flow(load_model, optimiser, load_forecast)

# actuation
tm.flow(optimiser, gateway, setpoints, protocol="mtls", label="MQTT over TLS")
tm.flow(gateway, bms, setpoints, protocol="bacnet", label="BACnet WriteProperty")
tm.flow(bms, plant, setpoints, protocol="bacnet")

# engineers
tm.flow(optimiser, console, plan)
tm.flow(console, engineer, plan, protocol="https")
tm.flow(engineer, console, override, protocol="https")
tm.flow(console, optimiser, override)
tm.flow(engineer, bms, override, protocol="https", label="manual override at the BMS front-end")
tm.flow(bms, engineer, telemetry, protocol="https", label="BMS front-end graphics")

# retraining
tm.flow(historian, training, history, label="weekly export")
tm.flow(training, registry, artifact)
tm.flow(registry, load_model, artifact, label="load current version")
