"""Ski resort snowmaking control: the first design, before any security review.

A scheduling service in the resort's cloud tenant decides, every few minutes, which
snow guns start or stop and what water and air flow each one runs at. It asks an
in-house model, trained on past seasons, for a plan built from the hill weather
stations' wet-bulb readings, the gun and pump status and a commercial weather
forecast. The plan goes as setpoints over a site-to-site VPN to the vendor SCADA
server in the pump house, which drives the gun controllers and the pump house PLC
on the snowmaking fibre network. Snowmakers on the hill see the plan in a tablet app
and can override a gun; the snowmaking manager sets the water budget and trail
priorities. Gun firmware and the pump house PLC keep their vendor interlocks, and
the tablet API takes the resort directory sign-in.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Ski resort snowmaking control model",
    profile=tg.RiskProfile.HIGH,
    description="A model schedules snow guns and sets their water and air flow "
    "through the snowmaking SCADA; snowmakers override from tablets.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Wet-bulb and weather readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wet-bulb temperature, humidity and wind at each station on the hill.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
status = tg.Data(
    "Gun and pump status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Running state, water and air flow, pressures and faults of each gun and pump.",
)
features = tg.Data("Snowmaking features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
plan = tg.Data(
    "Snowmaking plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Start and stop times, water flow and air flow for each gun.",
)
setpoints = tg.Data(
    "Gun setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Start/stop, water valve position and air flow sent to each gun.",
)
pump_commands = tg.Data(
    "Pump and compressor commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Snowmaker override",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A snowmaker forcing a gun on or off, or changing its flows, for a period.",
)
targets = tg.Data(
    "Water budget and trail priorities", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Snowmaking history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Readings, forecasts, plans, overrides and snow depth of past seasons.",
)
artifact = tg.Data(
    "Snowmaking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial forecast used to plan the night ahead.
    forecast_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("On-hill mobile network", trust=tg.Trust.UNTRUSTED):
    # The people who run the guns at night; they know the hill better than the model.
    snowmaker = tm.add(tg.Actor("Snowmaker", role="snowmaking crew"))
    # Shared crew tablets on LTE or the lift-station Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Snowmaker tablet app",
            fleet=True,
            description="Android tablets shared by the night crews.",
        )
    )

with tm.boundary("Resort cloud tenant", trust=tg.Trust.INTERNAL):
    # API behind the tablet app: plan, gun status and overrides.
    override_api = tm.add(
        tg.Endpoint(
            "Snowmaking override API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="resort directory username and password")},
        )
    )
    # Runs the control loop: gathers inputs, asks the model, applies overrides, sends setpoints.
    scheduler = tm.add(
        tg.Service(
            "Snowmaking scheduler",
            description="Every five minutes builds features, asks the model for a plan, "
            "applies active overrides and the water budget, and writes setpoints to SCADA.",
        )
    )
    # The model that decides which gun runs and at what flows.
    model = tm.add(
        tg.Model(
            "Snowmaking decision model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees predicting snow output per gun from "
            "wet-bulb, wind and flows; the scheduler picks the plan that meets the targets.",
        )
    )
    # Keeps every reading, plan and override for reporting and retraining.
    historian = tm.add(
        tg.DataStore(
            "Snowmaking historian",
            stores={history, readings, status},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Retrains the model before each season and mid-season.
    training = tm.add(tg.Pipeline("Model training job", stage=tg.Stage.TRAINING))
    # Holds versioned model files that the scheduler loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Snowmaking OT network", trust=tg.Trust.RESTRICTED):
    # The snowmaking vendor's SCADA in the pump house: the only thing that talks to the guns.
    scada = tm.add(tg.Service("Snowmaking SCADA server"))
    # Wet-bulb and wind stations along the trails.
    stations = tm.add(tg.Device("Hill weather stations", fleet=True))
    # The onboard controller of each fan and lance gun: water valves, air, heaters.
    guns = tm.add(
        tg.Device(
            "Snow gun controllers",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="vendor firmware: no start above the wet-bulb cut-off, valve and "
                    "air flow within nozzle ratings, drains and stops on lost communication"
                )
            },
        )
    )
    # Runs the water pumps and air compressors that feed the hydrants.
    pump_plc = tm.add(
        tg.Service(
            "Pump house PLC",
            controls={
                c.SafetyLimits(
                    limits="pressure relief, low-reservoir and over-pressure interlocks in the PLC"
                )
            },
        )
    )

with tm.boundary("Resort office network", trust=tg.Trust.INTERNAL):
    # Sets how much water may be used and which trails come first.
    manager = tm.add(tg.Actor("Snowmaking manager", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
vpn = c.EncryptionInTransit(protocol="IPsec site-to-site VPN")

# field telemetry
tm.flow(stations, scada, readings, protocol="modbus", label="polled over radio")
tm.flow(scada, guns, setpoints, protocol="modbus")
tm.flow(guns, scada, status, protocol="modbus")
tm.flow(scada, pump_plc, pump_commands, protocol="modbus")
tm.flow(pump_plc, scada, status, protocol="modbus")

# control loop between the cloud and the pump house
tm.flow(scada, scheduler, readings, status, protocol="opc-ua", controls={vpn})
tm.flow(scheduler, scada, setpoints, pump_commands, protocol="opc-ua", controls={vpn})
tm.flow(forecast_api, scheduler, forecast, protocol="https")
tm.flow(scheduler, model, features)
tm.flow(model, scheduler, plan)
tm.flow(manager, scheduler, targets, protocol="https", label="web console")

# snowmaker overrides
tm.flow(snowmaker, tablet, override)
tm.flow(tablet, override_api, override, protocol="https")
tm.flow(override_api, tablet, plan, status, protocol="https")
tm.flow(tablet, snowmaker, plan, status)
tm.flow(override_api, scheduler, override)
tm.flow(scheduler, override_api, plan, status)

# history and retraining
tm.flow(scheduler, historian, history, readings, status)
tm.flow(historian, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="loaded at deploy")
