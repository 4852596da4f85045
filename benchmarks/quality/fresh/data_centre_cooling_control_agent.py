"""Data centre cooling control: the first design, before any security review.

Our colocation data centre wants to cut cooling energy. A reinforcement-learning
policy, trained offline in our cloud ML account on historian data and a plant
simulator, runs on an edge server in the OT DMZ. Every five minutes a setpoint
optimiser reads the latest plant and rack telemetry from the historian and the
wet-bulb forecast from a weather service, asks the policy for chilled-water and
supply-air setpoints and CRAH fan speeds, clamps them to the ranges and rates of
change that facilities engineers set in the operations console, and writes them to
the building management system over BACnet. The BMS drives the chillers and fans,
and falls back to its own standard sequence if the optimiser stops sending. Engineers
sign in to the console with corporate SSO, can pause the optimiser there, and see
savings and decisions. ML engineers promote a new policy after it passes simulator
evaluation. Customers' servers depend on the cooling, so availability comes first.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Data centre cooling control",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="RL policy that adjusts chiller and fan setpoints within engineer-set limits.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Plant and rack telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rack inlet temperatures, humidity, chilled-water temperatures and flows, "
    "IT and cooling power.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
equipment_status = tg.Data(
    "Equipment status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Chiller staging, compressor load, fan speeds and alarms.",
)
forecast = tg.Data("Wet-bulb weather forecast", sensitivity=tg.Sensitivity.PUBLIC)
observation = tg.Data(
    "Policy observation",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The normalised state vector the policy acts on.",
)
proposed = tg.Data(
    "Proposed setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
setpoints = tg.Data(
    "Chiller and fan setpoint commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Chilled-water supply temperature, supply-air temperature, CRAH fan speed.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
limits = tg.Data(
    "Engineer setpoint limits",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Allowed range and maximum rate of change for each setpoint.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pause = tg.Data("Optimiser pause and resume", sensitivity=tg.Sensitivity.INTERNAL)
decisions = tg.Data(
    "Setpoint decision log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each observation, proposal, clamped command and the energy estimate.",
)
dashboard = tg.Data("Savings and decision dashboard", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Historical telemetry extract",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
training_config = tg.Data("Training and reward configuration", kind="code")
policy = tg.Data(
    "RL policy weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the actor network.",
)
release = tg.Data("Policy release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Sets the limits the policy must stay within and can pause it.
    engineer = tm.add(tg.Actor("Facilities engineer", role="facilities engineer", privileged=True))
    # Trains the policy and promotes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Web console for limits, pause and dashboards.
    console = tm.add(
        tg.Endpoint(
            "Cooling operations console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="only facilities engineers may change limits or pause"),
            },
        )
    )

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Runs every five minutes: gathers the state, asks the policy, clamps, writes to the BMS.
    optimiser = tm.add(
        tg.Service(
            "Setpoint optimiser",
            description="Edge server process that applies the policy's setpoints.",
            controls={
                c.SafetyLimits(
                    limits="clamps each setpoint to the engineer-set range and maximum "
                    "rate of change before it is written"
                ),
            },
        )
    )
    # The RL policy itself, loaded from the registry.
    policy_model = tm.add(
        tg.Model(
            "Cooling RL policy",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Actor network proposing setpoints that minimise cooling energy.",
        )
    )
    # Time-series history of the plant, fed from the BMS.
    historian = tm.add(
        tg.DataStore("Telemetry historian", stores={telemetry, equipment_status, decisions})
    )
    # The engineers' limits and the optimiser's run state.
    limits_db = tm.add(tg.DataStore("Setpoint limits configuration", stores={limits, pause}))

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # Existing BMS: the only thing that talks to the plant.
    bms = tm.add(
        tg.Service(
            "Building management system (BMS)",
            controls={
                c.SafetyLimits(
                    limits="reverts to its standard control sequence when no setpoint "
                    "arrives for 15 minutes"
                ),
            },
        )
    )
    # Chillers with their manufacturers' built-in protection trips.
    chillers = tm.add(
        tg.Device(
            "Chiller plant",
            description="Four water-cooled chillers and their pumps.",
            controls={c.SafetyLimits(limits="manufacturer freeze and high-pressure trips")},
        )
    )
    # Computer-room air handlers whose fan speeds the policy sets.
    crah = tm.add(tg.Device("CRAH fan units", description="Computer-room air handler fans."))
    # Rack inlet and plant sensors wired to the BMS.
    sensors = tm.add(tg.Device("Temperature and power sensors"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API for outdoor wet-bulb temperature.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Offline RL training against a plant simulator, with a simulator evaluation gate.
    training = tm.add(
        tg.Pipeline(
            "Policy training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="simulator evaluation against the baseline")},
        )
    )
    # Versioned policy checkpoints the edge server pulls.
    registry = tm.add(tg.ModelRegistry("Policy registry", stores={policy}))

# ---------------------------------------------------------------- flows
tm.flow(sensors, bms, telemetry, protocol="bacnet")
tm.flow(chillers, bms, equipment_status, protocol="bacnet")
tm.flow(bms, chillers, setpoints, protocol="bacnet")
tm.flow(crah, bms, equipment_status, protocol="bacnet")
tm.flow(bms, crah, setpoints, protocol="bacnet")
tm.flow(bms, historian, telemetry, equipment_status, protocol="bacnet")

tm.flow(historian, optimiser, telemetry, equipment_status, label="latest 5-minute window")
tm.flow(weather, optimiser, forecast, protocol="https")
tm.flow(limits_db, optimiser, limits, pause)
tm.flow(optimiser, policy_model, observation)
tm.flow(policy_model, optimiser, proposed)
tm.flow(optimiser, bms, setpoints, protocol="bacnet")
tm.flow(optimiser, historian, decisions)

tm.flow(engineer, console, limits, pause, protocol="https")
tm.flow(console, limits_db, limits, pause)
tm.flow(historian, console, telemetry, decisions)
tm.flow(console, engineer, dashboard, protocol="https")

tm.flow(historian, training, training_set, protocol="https", label="nightly export")
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(training, registry, policy)
tm.flow(ml_engineer, registry, release, protocol="https", label="promotes a version")
tm.flow(registry, policy_model, policy, protocol="https", label="edge server pulls")
