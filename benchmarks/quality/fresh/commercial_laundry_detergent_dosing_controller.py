"""Commercial laundry detergent dosing controller: the first design, before any security review.

A commercial laundry washes hotel and hospital linen in tunnel washers and washer-extractors.
For each wash load, a dose planning service on the plant network takes the load weight and
the soil level the washers sense, and the linen type the laundry management system knows
for the load, and asks an in-house regression model for detergent, alkali, bleach and
softener doses. It sends the resulting setpoints to the dosing pump controller, which runs
the pumps. Shift supervisors can override any dose on a touchscreen panel on the floor.
The chemical supplier's engineers log in remotely through a VPN gateway to tune the dose
curves and model parameters. Controls in this design: per-chemical maximum doses in the
pump controller, VPN certificates and passwords for the supplier, a supervisor PIN on the
panel, range checks on sensor inputs, and a log of every dose and override.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Commercial laundry detergent dosing controller",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Model-driven chemical dosing per wash load, with supervisor overrides and "
        "remote tuning by the chemical supplier."
    ),
)

# ---------------------------------------------------------------- data assets
load_readings = tg.Data(
    "Load weight and soil level readings",
    kind="records",
    description="Weighed load mass and the washer's turbidity-based soil level.",
)
linen_type = tg.Data(
    "Load linen type", kind="records", description="Linen category and customer of the load."
)
features = tg.Data("Dose model inputs", kind="features")
dose_prediction = tg.Data("Predicted chemical doses", kind="model-output")
setpoints = tg.Data(
    "Dosing setpoints",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Millilitres of each chemical per wash step for the load.",
)
pump_signal = tg.Data("Pump drive signal", kind="records")
pump_status = tg.Data("Pump status and delivered volumes", kind="records")
override = tg.Data("Supervisor dose override", kind="records")
dose_log = tg.Data(
    "Dose and override history",
    kind="logs",
    description="Every load's doses, overrides and who made them; used for chemical billing.",
)
model_params = tg.Data(
    "Dosing model and dose curves",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The regression model and per-linen-type dose curves the supplier tunes.",
)
tuning_session = tg.Data(
    "Remote tuning session", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Chemical supplier network", trust=tg.Trust.PARTNER):
    # The supplier's application engineer who tunes doses for our linen and water.
    engineer = tm.add(
        tg.Actor(
            "Chemical supplier engineer",
            role="supplier application engineer",
            privileged=True,
        )
    )

with tm.boundary("Laundry IT network", trust=tg.Trust.INTERNAL):
    # Knows which customer's linen, and which linen type, each load is.
    lms = tm.add(
        tg.Service(
            "Laundry management system",
            description="Tracks soiled linen intake, loads and customer orders.",
        )
    )
    # The supplier's way in from outside: site-to-site VPN ending on our gateway.
    gateway = tm.add(
        tg.Service(
            "Supplier VPN gateway",
            description="IPsec VPN endpoint for the chemical supplier's engineers.",
            controls={c.Authentication(method="VPN client certificate and password")},
        )
    )

with tm.boundary("Plant floor network", trust=tg.Trust.INTERNAL):
    # The washers weigh each load and sense its soil level.
    washers = tm.add(
        tg.Device(
            "Washer-extractors and tunnel washers",
            description="Washer controllers with load cells and turbidity soil sensors.",
        )
    )
    # Assembles each load's inputs, calls the model and sends setpoints to the pumps.
    planner = tm.add(
        tg.Service(
            "Dose planning service",
            description="Industrial PC next to the dosing skid; hosts the model runtime.",
            controls={
                c.InputValidation(note="range checks on load weight and soil level"),
            },
        )
    )
    # Predicts the chemical doses for a load.
    model = tm.add(
        tg.Model(
            "Dosing model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regression from weight, soil and linen type to doses.",
        )
    )
    # Holds the current model and dose curves that the supplier tunes.
    config_store = tm.add(
        tg.DataStore(
            "Dosing configuration store",
            stores={model_params},
        )
    )
    # The supplier-provided controller that drives the peristaltic pumps.
    pump_controller = tm.add(
        tg.Service(
            "Dosing pump controller",
            description="Supplier's dosing controller driving the chemical pumps per washer.",
            controls={
                c.SafetyLimits(
                    limits="per-chemical maximum dose per load and maximum pump run time"
                )
            },
        )
    )
    # The pumps that move chemicals from the drums into the washers.
    pumps = tm.add(
        tg.Device(
            "Chemical dosing pumps",
            description="Peristaltic pumps on detergent, alkali, bleach and softener drums.",
        )
    )
    # Floor touchscreen where supervisors see planned doses and override them.
    panel = tm.add(
        tg.Service(
            "Supervisor override panel",
            description="Touchscreen HMI on the wash floor.",
            controls={c.Authentication(method="supervisor PIN")},
        )
    )
    # Record of doses and overrides for quality checks and chemical billing.
    history = tm.add(
        tg.DataStore(
            "Dose history store",
            stores={dose_log},
            controls={c.AuditLogging()},
        )
    )
    # Shift supervisor who can change a dose when linen or stains need it.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="laundry supervisor"))

# ---------------------------------------------------------------- flows
# per-load inputs
tm.flow(washers, planner, load_readings, protocol="modbus", label="per-load weight and soil")
tm.flow(lms, planner, linen_type, protocol="https")

# prediction
tm.flow(config_store, model, model_params, protocol="local", label="loaded at start-up")
tm.flow(planner, model, features, protocol="local")
tm.flow(model, planner, dose_prediction, protocol="local")

# setpoints to the pumps
tm.flow(planner, pump_controller, setpoints, protocol="modbus")
tm.flow(pump_controller, planner, pump_status, protocol="modbus")
tm.flow(pump_controller, pumps, pump_signal, label="wired 4-20 mA and relay outputs")
tm.flow(pumps, pump_controller, pump_status, label="wired flow meter pulses")

# supervisor overrides
tm.flow(planner, panel, setpoints, protocol="http")
tm.flow(panel, supervisor, setpoints, label="on the panel")
tm.flow(supervisor, panel, override, label="on the panel")
tm.flow(panel, planner, override, protocol="http")

# logging
tm.flow(planner, history, dose_log, setpoints, override)
tm.flow(history, lms, dose_log, protocol="https", label="chemical use per customer")

# supplier remote tuning
tm.flow(engineer, gateway, tuning_session, protocol="ipsec")
tm.flow(gateway, planner, tuning_session, model_params, protocol="rdp")
tm.flow(planner, gateway, dose_log, protocol="rdp", label="engineer reviews dose history")
tm.flow(gateway, engineer, dose_log, protocol="ipsec")
tm.flow(planner, config_store, model_params, protocol="local", label="saves tuned curves")
