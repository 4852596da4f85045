"""Data centre chiller optimisation: the first design, before any security review.

Temperature and humidity sensors on the racks and power meters on the chillers,
CRAH units and PDUs report into the site's building management system (BMS) over
BACnet and Modbus. The BMS exports trend data to a telemetry historian on the
analytics platform. A setpoint optimiser reads recent telemetry and a weather
forecast, asks a learned cooling-response model how the hall will react, and
writes chilled-water and CRAH fan setpoints back to the BMS every 15 minutes,
which relays them to the chiller plant and CRAH controllers. The optimiser only
moves setpoints within a setpoint policy (bounds and schedules) that facilities
engineers approve in an engineering console signed in with corporate SSO; the
engineers can switch the BMS to manual mode at any time, and the BMS then ignores
the optimiser. The model is retrained weekly from the historian and kept in a
versioned model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Data centre chiller optimisation",
    profile=tg.RiskProfile.HIGH,
    description="A learned model sets chiller and CRAH fan setpoints through the BMS to save energy.",
)

# ---------------------------------------------------------------- data assets
env_telemetry = tg.Data(
    "Rack temperature and humidity readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
power_readings = tg.Data(
    "Chiller, CRAH and PDU power readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
trend_data = tg.Data(
    "BMS trend data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sensor, power, setpoint and equipment-status time series exported by the BMS.",
)
training_history = tg.Data(
    "Telemetry history for training",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
forecast = tg.Data("Outdoor weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
model_features = tg.Data("Candidate setpoints and plant state", kind="features")
predictions = tg.Data("Predicted inlet temperatures and power draw", kind="model-output")
policy = tg.Data(
    "Approved setpoint policy",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Min/max chilled-water and fan setpoints, ramp rates and schedules per hall.",
)
proposed_policy = tg.Data("Proposed setpoint policy and savings estimate", kind="records")
setpoints = tg.Data(
    "Chiller and CRAH setpoint commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data("Current setpoints, control mode and equipment status", kind="records")
manual_override = tg.Data("Manual-mode switch and manual setpoints")
weights = tg.Data(
    "Cooling-response model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Outside air temperature and humidity drive free-cooling decisions.
    weather = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial hourly forecast for the site, polled every hour.",
        )
    )

with tm.boundary("Facility OT network", trust=tg.Trust.RESTRICTED):
    # The measurements everything else depends on: wired into the hall's BACnet field bus.
    rack_sensors = tm.add(
        tg.Device(
            "Rack temperature and humidity sensors",
            fleet=True,
            description="Several hundred sensors at rack inlets and in hot aisles.",
        )
    )
    # Energy the optimiser is trying to save; read over Modbus from the meters.
    power_meters = tm.add(tg.Device("Power meters", fleet=True))
    # The existing site BMS: the only system allowed to command the cooling plant.
    bms = tm.add(
        tg.Service(
            "Building management system (BMS)",
            description="Vendor BMS server; accepts setpoint writes from the optimiser's BACnet "
            "client and has a manual mode in which it ignores them.",
            controls={
                c.AuditLogging(note="operator actions and setpoint changes in the BMS event log")
            },
        )
    )
    # Chiller plant: chilled-water supply temperature and staging.
    chiller_ctrl = tm.add(tg.Service("Chiller plant controller"))
    # CRAH units: fan speed and supply-air temperature per hall.
    crah_ctrl = tm.add(tg.Service("CRAH fan controllers"))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Keeps the time series the optimiser and the training job read.
    historian = tm.add(tg.DataStore("Telemetry historian", stores={trend_data}))
    # The control loop: picks setpoints within the approved policy every 15 minutes.
    optimiser = tm.add(
        tg.Service(
            "Setpoint optimiser",
            description="Searches candidate setpoints, scores them with the cooling-response "
            "model and writes the best one that keeps inlet temperatures within limits.",
            controls={
                c.HumanInTheLoop(
                    approver="facilities engineer",
                    note="a new or changed setpoint policy takes effect only after approval; "
                    "setpoint writes inside an approved policy are automatic",
                ),
                c.CircuitBreaker(note="BMS manual mode stops the optimiser's writes taking effect"),
            },
        )
    )
    # Predicts how inlet temperatures and power respond to a setpoint change.
    model = tm.add(
        tg.Model(
            "Cooling-response model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted trees over plant state, weather and candidate setpoints.",
        )
    )
    # Bounds and schedules the engineers have approved.
    policy_store = tm.add(tg.DataStore("Setpoint policy store", stores={policy}))
    # Weekly retraining from the last year of telemetry.
    training = tm.add(
        tg.Pipeline("Weekly model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned model artifacts; the optimiser loads the version marked current.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people accountable for cooling; they approve policies and take manual control.
    engineer = tm.add(tg.Actor("Facilities engineer", role="facilities engineer", privileged=True))
    # Where proposed policies are reviewed and approved.
    console = tm.add(
        tg.Endpoint(
            "Engineering console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="only the facilities engineering group can approve policies"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Field bus: measurements into the BMS, commands out to the plant.
tm.flow(rack_sensors, bms, env_telemetry, protocol="bacnet")
tm.flow(power_meters, bms, power_readings, protocol="modbus")
tm.flow(bms, chiller_ctrl, setpoints, protocol="bacnet")
tm.flow(chiller_ctrl, bms, plant_status, protocol="bacnet")
tm.flow(bms, crah_ctrl, setpoints, protocol="bacnet")
tm.flow(crah_ctrl, bms, plant_status, protocol="bacnet")

# Telemetry out of OT into the analytics platform.
tm.flow(bms, historian, trend_data, protocol="mqtt", label="trend export")

# The control loop.
tm.flow(historian, optimiser, trend_data, label="last 24 h of telemetry")
tm.flow(weather, optimiser, forecast, protocol="https")
tm.flow(policy_store, optimiser, policy)
tm.flow(optimiser, model, model_features)
tm.flow(model, optimiser, predictions)
tm.flow(optimiser, bms, setpoints, protocol="bacnet", label="setpoint writes")
tm.flow(bms, optimiser, plant_status, protocol="bacnet", label="current setpoints and mode")

# Policy approval.
tm.flow(optimiser, console, proposed_policy, protocol="https")
tm.flow(console, engineer, proposed_policy, protocol="https")
tm.flow(engineer, console, policy, protocol="https", label="approves policy")
tm.flow(console, policy_store, policy)

# Manual fallback, at the BMS's own operator front-end.
tm.flow(engineer, bms, manual_override, protocol="https", label="manual mode")

# Retraining.
tm.flow(historian, training, training_history)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load current version")
