"""Desalination plant membrane fouling optimizer: the first design, before any security review.

A coastal seawater reverse-osmosis plant wants to clean its membranes when they need it
rather than on a fixed calendar. Pressure transmitters, flow meters and water-quality
analysers on each RO train feed the train PLC, and SCADA copies the values into the
process historian. In the operations zone, an optimizer service reads the historian and
the lab's LIMS results, asks a fouling model for the predicted normalised pressure drop,
and writes clean-in-place (CIP) schedules and high-pressure pump setpoints to SCADA over
OPC UA. SCADA passes them to the train PLC, which drives the pump VFDs and the CIP skid.
Operators in the control room accept each CIP cycle on the HMI; pump setpoints go straight
through, and the PLC's existing pressure trips and speed clamps are the safety net. The
model is retrained monthly in the corporate cloud from a historian export and loaded from
a model registry. SCADA sign-in is per operator with roles and an event log.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Desalination membrane fouling optimizer",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts RO membrane fouling and sets CIP cycles and high-pressure pump "
        "setpoints through the plant SCADA."
    ),
)

# ---------------------------------------------------------------- data assets
sensor_signals = tg.Data(
    "RO train sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Feed and concentrate pressure, permeate flow, conductivity, turbidity, SDI, temperature.",
)
process_values = tg.Data(
    "Process values",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lab_results = tg.Data(
    "Lab water-quality results", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
features = tg.Data("Fouling features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Fouling prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
setpoints = tg.Data(
    "Pump setpoints and CIP schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_state = tg.Data("Plant state and command acknowledgements", kind="records")
drive_commands = tg.Data(
    "Pump speed commands",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_status = tg.Data("Drive status", kind="records")
cip_commands = tg.Data(
    "CIP sequence commands",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
hmi_view = tg.Data("HMI displays, alarms and recommendations", kind="records")
operator_actions = tg.Data("Operator acceptances and overrides", kind="records")
history_export = tg.Data(
    "Historian training export", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data("Training configuration", kind="code")
artifact = tg.Data(
    "Fouling model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # The instruments on each RO train; wired 4-20 mA into the PLC.
    instruments = tm.add(
        tg.Device(
            "RO train instruments",
            description="Pressure transmitters, flow meters and online water-quality analysers.",
        )
    )
    # Runs each RO train: takes setpoints from SCADA, drives the pumps and the CIP skid.
    plc = tm.add(
        tg.Service(
            "RO train PLC",
            controls={
                tg.controls.SafetyLimits(
                    limits="PLC trips the HP pump above 82 bar feed pressure and clamps "
                    "VFD speed to 60-100% with a ramp-rate limit"
                )
            },
        )
    )
    # The high-pressure feed pumps whose speed the optimizer sets.
    pump_drives = tm.add(
        tg.Device("High-pressure pump drives", description="VFDs on the HP pumps.")
    )
    # Doses cleaning chemicals and circulates them through a train during a CIP cycle.
    cip_skid = tm.add(tg.Device("CIP dosing skid"))
    # The plant SCADA: HMI, alarms and the OPC UA server the optimizer writes to.
    scada = tm.add(
        tg.Service(
            "Plant SCADA",
            controls={
                tg.controls.Authentication(method="individual operator accounts with password"),
                tg.controls.RBAC(note="operator, engineer and administrator roles"),
                tg.controls.AuditLogging(
                    retention_days=365, note="SCADA event journal of operator actions"
                ),
            },
        )
    )
    # Keeps the time series the model is fed from and trained on.
    historian = tm.add(tg.DataStore("Process historian", stores={process_values}))
    # The shift operators who run the plant from the control room.
    operator = tm.add(tg.Actor("Control room operator", role="plant operator"))

with tm.boundary("Plant operations zone", trust=tg.Trust.INTERNAL):
    # Turns history and lab results into a cleaning plan and pump setpoints.
    optimizer = tm.add(
        tg.Service(
            "Cleaning and setpoint optimizer",
            description="Rules plus the fouling forecast decide when to clean and how hard to drive each train.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="control room operator",
                    note="CIP cycles wait for acceptance on the HMI; pump setpoints are written directly",
                )
            },
        )
    )
    # Predicts normalised differential pressure and permeate flow decline per train.
    fouling_model = tm.add(
        tg.Model(
            "Fouling prediction model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees forecasting fouling over the next 7 days.",
        )
    )
    # The laboratory system with daily grab-sample results (SDI, TOC, biofouling counts).
    lims = tm.add(tg.DataSource("Lab LIMS", provides={lab_results}))

with tm.boundary("Corporate cloud", trust=tg.Trust.INTERNAL):
    # Monthly retraining on the last two years of historian data.
    training = tm.add(
        tg.Pipeline(
            "Fouling model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                tg.controls.ModelValidation(
                    note="backtest against the last 6 months before release"
                )
            },
        )
    )
    # Holds released model versions that the optimizer loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={artifact}, controls={tg.controls.ModelVersioning()}
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model.
    data_scientist = tm.add(
        tg.Actor("Process data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(instruments, plc, sensor_signals, label="4-20 mA")
tm.flow(plc, scada, process_values, protocol="modbus")
tm.flow(scada, plc, setpoints, protocol="modbus")
tm.flow(plc, pump_drives, drive_commands, protocol="profinet")
tm.flow(pump_drives, plc, drive_status, protocol="profinet")
tm.flow(plc, cip_skid, cip_commands, protocol="profinet")
tm.flow(scada, historian, process_values, protocol="opc-ua")

tm.flow(historian, optimizer, process_values, protocol="https", label="historian web API")
tm.flow(lims, optimizer, lab_results, protocol="https")
tm.flow(optimizer, fouling_model, features)
tm.flow(fouling_model, optimizer, prediction)
tm.flow(optimizer, scada, setpoints, protocol="opc-ua")
tm.flow(scada, optimizer, plant_state, protocol="opc-ua")

tm.flow(scada, operator, hmi_view)
tm.flow(operator, scada, operator_actions)

tm.flow(historian, training, history_export, protocol="https", label="monthly export")
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, artifact, protocol="https")
tm.flow(registry, fouling_model, artifact, protocol="https", label="model load")
