"""Exhaust-gas scrubber dosing control: the first design, before any security review.

A shipping company fits exhaust-gas scrubbers on its bulk carriers. On each ship a
scrubber controller in the engine-room control network reads engine load, fuel
sulphur content and wash-water quality (pH, PAH, turbidity) over Modbus, runs a
model that predicts SO2 emissions, and sets the caustic-soda dosing pump and the
wash-water pump by 4-20 mA signals. The continuous emissions analyser's SO2/CO2
readings are written to an onboard emissions log that port-state inspectors can
ask to see. Once a day a data gateway on the ship's IT network sends the logs to
the fleet office over the VSAT link; ashore the fleet performance team retrains
the model, back-tests it, approves a release and the distribution job sends it back
to the ships, where the gateway copies it to the controller. The chief engineer can
switch the controller to manual on the engine-room panel. The wash-water pump has
the class-required interlock that opens the exhaust bypass on low wash-water flow.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ship exhaust scrubber dosing control",
    profile=tg.RiskProfile.HIGH,
    description="Onboard model-driven caustic-soda dosing for SOx scrubbers, retrained "
    "ashore from fleet logs and redistributed over satellite.",
)

# ---------------------------------------------------------------- data assets
engine_readings = tg.Data(
    "Engine load and fuel sulphur readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
washwater_readings = tg.Data(
    "Wash-water quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
emission_readings = tg.Data(
    "SO2/CO2 emission readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data("Model input features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Predicted SO2 emissions", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
dosing_setpoint = tg.Data(
    "Caustic soda dosing setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flow_setpoint = tg.Data(
    "Wash-water flow setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_status = tg.Data("Pump running status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
manual_mode = tg.Data("Manual mode selection", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
controller_status = tg.Data(
    "Controller status and alarms", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
emissions_log = tg.Data(
    "Emissions compliance log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Time-stamped SO2/CO2 ratio, wash-water data, position and scrubber mode.",
)
daily_logs = tg.Data(
    "Daily operations logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The day's sensor, prediction, setpoint and emissions records.",
)
training_data = tg.Data(
    "Fleet scrubber history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "SO2 model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosted regressor saved with joblib.",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Engine-room control network", trust=tg.Trust.RESTRICTED):
    # Engine load from the engine control system, fuel sulphur from the fuel analyser.
    engine_sensors = tm.add(tg.Device("Engine and fuel sensors", fleet=False))
    # pH, PAH and turbidity monitors on the wash-water inlet and overboard discharge.
    washwater_sensors = tm.add(tg.Device("Wash-water monitoring sensors", fleet=False))
    # The continuous emissions analyser in the scrubber outlet.
    analyser = tm.add(tg.Device("SO2/CO2 emissions analyser", fleet=False))
    # The onboard industrial PC that runs the model and drives the pumps.
    controller = tm.add(
        tg.Service(
            "Scrubber controller",
            description="Industrial PC running the dosing loop; auto or manual mode.",
        )
    )
    # Predicts SO2 at the outlet so that dosing can lead load changes.
    so2_model = tm.add(
        tg.Model(
            "SO2 emissions prediction model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Predicts outlet SO2 from engine load, fuel sulphur and wash-water data.",
        )
    )
    # Doses 50% caustic soda into the wash-water loop.
    dosing_pump = tm.add(tg.Device("Caustic soda dosing pump", fleet=False))
    # Sets the wash-water flow through the scrubber.
    washwater_pump = tm.add(
        tg.Device(
            "Wash-water pump",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="class-required hardwired interlock opens the exhaust bypass "
                    "on low wash-water flow or high exhaust temperature"
                )
            },
        )
    )
    # The record port-state inspectors check against the sulphur limits.
    log_store = tm.add(tg.DataStore("Onboard emissions log", stores={emissions_log, daily_logs}))
    # Watches the scrubber and can take over dosing by hand.
    chief_engineer = tm.add(tg.Actor("Chief engineer", role="ship engineer", privileged=True))

with tm.boundary("Ship IT network", trust=tg.Trust.INTERNAL):
    # Sends logs ashore and fetches new models over the VSAT link.
    gateway = tm.add(tg.Service("Ship data gateway"))

with tm.boundary("Port state authority", trust=tg.Trust.PARTNER):
    # Inspects the emissions record when the ship is in port.
    inspector = tm.add(tg.Actor("Port-state inspector", role="port state control officer"))

with tm.boundary("Fleet office", trust=tg.Trust.INTERNAL):
    # Accumulated logs from every ship, used to retrain.
    history = tm.add(tg.Dataset("Fleet scrubber history store", stores={training_data}))
    # Retrains the model from fleet history and back-tests it on recent voyages.
    retraining = tm.add(
        tg.Pipeline(
            "Model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="back-test against the last 30 days of analyser readings")
            },
        )
    )
    # Keeps each trained model version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Sends an approved model version to the ships.
    distribution = tm.add(
        tg.Pipeline(
            "Model distribution to ships",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="fleet performance engineer")},
        )
    )
    # Runs retraining and approves releases.
    fleet_engineer = tm.add(
        tg.Actor("Fleet performance engineer", role="ml engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
# control loop on board
tm.flow(engine_sensors, controller, engine_readings, protocol="modbus")
tm.flow(washwater_sensors, controller, washwater_readings, protocol="modbus")
tm.flow(analyser, controller, emission_readings, protocol="modbus")
tm.flow(controller, so2_model, features, protocol="local")
tm.flow(so2_model, controller, prediction, protocol="local")
tm.flow(controller, dosing_pump, dosing_setpoint, label="4-20 mA")
tm.flow(dosing_pump, controller, pump_status, label="run feedback")
tm.flow(controller, washwater_pump, flow_setpoint, label="4-20 mA")
tm.flow(washwater_pump, controller, pump_status, label="run feedback")
tm.flow(chief_engineer, controller, manual_mode, label="engine-room panel")
tm.flow(controller, chief_engineer, controller_status, label="engine-room panel")

# compliance record
tm.flow(controller, log_store, emissions_log, daily_logs, protocol="local")
tm.flow(log_store, inspector, emissions_log, label="inspection printout")

# ship to shore
tm.flow(log_store, gateway, daily_logs, protocol="smb")
tm.flow(gateway, history, daily_logs, protocol="https", label="daily VSAT upload")

# retraining and release
tm.flow(history, retraining, training_data)
tm.flow(fleet_engineer, retraining, label="starts retraining")
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, distribution, model_artifact)
tm.flow(fleet_engineer, distribution, release_approval)
tm.flow(distribution, gateway, model_artifact, protocol="https", label="VSAT download")
tm.flow(gateway, controller, model_artifact, protocol="smb", label="model update")
