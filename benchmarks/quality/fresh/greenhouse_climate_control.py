"""Greenhouse climate control: the first design, before any security review.

A commercial greenhouse grower adds a learned climate model to an existing
climate computer. Temperature, humidity, CO2 and light sensors report over the
RS-485 Modbus bus to the climate computer, which feeds live readings to an edge
box running the setpoint model. The model also takes the local weather forecast
and returns setpoints for heating, vents, screens and irrigation; the climate
computer clamps them to the grower's configured limits and drives the actuators.
Growers watch the greenhouse and override setpoints from a tablet on the site
Wi-Fi through an edge gateway that asks for a user PIN. The gateway uploads
telemetry to the vendor's cloud, where the vendor retrains the model, checks it
in a greenhouse simulator, versions it in a registry and pushes updates back to
the gateway over HTTPS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Greenhouse climate control",
    profile=tg.RiskProfile.HIGH,
    description="A learned model sets heating, vents, screens and irrigation through the climate computer.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, humidity, CO2 and light per compartment, every few seconds.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
setpoints = tg.Data(
    "Climate setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data(
    "Actuator commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Heating valve, vent, screen and irrigation pump positions.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
actuator_state = tg.Data("Actuator state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Grower override",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
status = tg.Data("Climate status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
telemetry = tg.Data(
    "Greenhouse telemetry",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Readings, setpoints and overrides: they reveal the grower's cultivation strategy.",
)
weights = tg.Data("Climate model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Release decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial forecast API the model uses to anticipate solar gain and cold nights.
    weather = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Greenhouse site LAN", trust=tg.Trust.INTERNAL):
    # The grower walks the greenhouse with a tablet on the site Wi-Fi.
    grower = tm.add(tg.Actor("Grower", role="grower"))
    # Only box with an uplink: serves the tablet app, fetches forecasts, talks to the vendor.
    gateway = tm.add(
        tg.Endpoint(
            "Edge gateway",
            purpose=tg.EndpointPurpose.API,
            description="Tablet app backend, forecast fetcher and vendor uplink.",
            controls={c.Authentication(method="per-grower PIN")},
        )
    )

    with tm.boundary("Climate control network", trust=tg.Trust.RESTRICTED):
        # Field sensors in every compartment, on the RS-485 Modbus bus.
        sensors = tm.add(tg.Device("Climate sensors", fleet=True))
        # The existing climate computer: the only thing that drives actuators.
        climate_computer = tm.add(
            tg.Service(
                "Climate computer",
                description="Runs the control loops; takes setpoints from the model or the grower.",
                controls={
                    c.InputValidation(
                        note="setpoints clamped to the grower's configured min/max limits"
                    )
                },
            )
        )
        # Heating valves, vent motors, energy/blackout screens and irrigation pumps.
        actuators = tm.add(tg.Device("Climate actuators", fleet=True))
        # The new learned model, on an edge box next to the climate computer.
        model = tm.add(
            tg.Model(
                "Climate setpoint model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Predicts the next hour's setpoints from readings and forecast.",
            )
        )
        # Time-series history of readings and actuator states, kept on site.
        historian = tm.add(tg.DataStore("Climate historian", stores={readings, actuator_state}))

with tm.boundary("Vendor cloud", trust=tg.Trust.PARTNER):
    # Telemetry pooled from the vendor's customer greenhouses.
    telemetry_lake = tm.add(tg.Dataset("Telemetry lake", stores={telemetry}))
    # Periodic retraining, with a simulator replay before each release.
    training = tm.add(
        tg.Pipeline(
            "Model retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="replayed in a greenhouse simulator before release")},
        )
    )
    # Versioned model artifacts, so a site can be rolled back.
    registry = tm.add(
        tg.ModelRegistry("Vendor model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes released models to the edge gateways of customer sites.
    updater = tm.add(tg.Service("Remote update service"))
    # Decides which version goes to which customer site.
    vendor_engineer = tm.add(tg.Actor("Vendor ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# control loop
tm.flow(sensors, climate_computer, readings, protocol="modbus")
tm.flow(climate_computer, model, readings, protocol="opc-ua", label="live readings")
tm.flow(weather, gateway, forecast, protocol="https")
tm.flow(gateway, model, forecast)
tm.flow(model, climate_computer, setpoints, protocol="opc-ua")
tm.flow(climate_computer, actuators, commands, protocol="modbus")
tm.flow(actuators, climate_computer, actuator_state, protocol="modbus")
tm.flow(climate_computer, historian, readings, actuator_state)

# grower oversight
tm.flow(grower, gateway, override, protocol="https", label="override from tablet")
tm.flow(gateway, climate_computer, override, protocol="opc-ua")
tm.flow(climate_computer, gateway, status, protocol="opc-ua")
tm.flow(gateway, grower, status, protocol="https")

# vendor retraining and remote updates
tm.flow(historian, gateway, telemetry, label="hourly export")
tm.flow(gateway, telemetry_lake, telemetry, protocol="https")
tm.flow(telemetry_lake, training, telemetry)
tm.flow(training, registry, weights)
tm.flow(vendor_engineer, updater, release, label="approves rollout")
tm.flow(registry, updater, weights)
tm.flow(updater, gateway, weights, protocol="https", label="remote model update")
tm.flow(gateway, model, weights, label="install update")
