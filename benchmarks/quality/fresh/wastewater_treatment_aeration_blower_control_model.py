"""Aeration blower control model: the first design, before any security review.

A wastewater treatment works spends most of its electricity on the blowers that aerate
its activated-sludge lanes. This project predicts the oxygen demand of the next 30
minutes from the influent sensors (flow, ammonia, COD, temperature), the dissolved-oxygen
probes and a rainfall forecast, and sets the blower speeds to match instead of holding a
fixed dissolved-oxygen target. A setpoint service on an edge server in the plant DMZ reads
live values from SCADA over OPC UA, asks the in-house regression model for the demand and
writes blower speed setpoints back through SCADA to the aeration PLC. Operators set the
minimum and maximum airflow and ramp rates on the SCADA HMI; the PLC clamps every setpoint
to them and falls back to its own DO control loop when setpoints stop arriving. The model
is retrained monthly in the water company's cloud from a historian export and released
to the edge server by a process engineer after review; SCADA has individual operator
logins, roles and an event journal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aeration blower control model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts oxygen demand and sets aeration blower speeds through SCADA "
    "within operator-set limits.",
)

# ---------------------------------------------------------------- data assets
influent_readings = tg.Data(
    "Influent sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Flow, ammonia, COD and temperature every minute.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
do_readings = tg.Data(
    "Dissolved oxygen readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
live_values = tg.Data(
    "Live process values",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current sensor values and blower states as SCADA tags.",
)
limits = tg.Data(
    "Operator aeration limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Minimum and maximum airflow per lane, DO floor and ramp rate.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Blower speed setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
speed_command = tg.Data("VFD speed reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
demand = tg.Data(
    "Predicted oxygen demand", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
features = tg.Data("Demand model features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Rainfall forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
alarms = tg.Data("Alarms and trends", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Process history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Time series of every sensor, setpoint and prediction.",
)
training_export = tg.Data(
    "Monthly historian export", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Demand model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM regressor saved with joblib.",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Field instruments on the inlet works, hard-wired to the PLC.
    influent_sensors = tm.add(
        tg.Device(
            "Influent sensors", description="Flow meter, ammonia and COD probes, temperature."
        )
    )
    # DO probes in each aeration lane, also hard-wired to the PLC.
    do_probes = tm.add(tg.Device("Dissolved oxygen probes"))
    # The PLC that drives the blower VFDs and holds the operator limits.
    plc = tm.add(
        tg.Service(
            "Aeration PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC clamps each blower setpoint to the operator min/max airflow "
                    "and ramp rate, and reverts to its local DO loop if no setpoint "
                    "arrives for 2 minutes"
                )
            },
        )
    )
    # The four aeration blowers and their variable-speed drives.
    blowers = tm.add(tg.Device("Aeration blowers", description="Four blowers on VFDs."))
    # Existing plant SCADA: HMI, tag server and alarm handling.
    scada = tm.add(
        tg.Service(
            "Plant SCADA server",
            controls={
                c.Authentication(method="individual operator username and password"),
                c.RBAC(note="operator, engineer and read-only roles"),
                c.AuditLogging(note="SCADA event journal records limit changes and logins"),
            },
        )
    )
    # Control-room operators set the limits the model must stay inside.
    operator = tm.add(tg.Actor("Plant operator", role="operator", privileged=True))
    # Process historian already on site; the model's predictions are logged here too.
    historian = tm.add(tg.DataStore("Process historian", stores={history}))

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # Edge server that runs the optimiser loop every minute.
    setpoint_service = tm.add(
        tg.Service(
            "Blower setpoint service",
            description="Turns predicted oxygen demand into a speed setpoint per blower.",
        )
    )
    # The in-house regression model, loaded on the same edge server.
    demand_model = tm.add(
        tg.Model(
            "Oxygen demand model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts oxygen demand 30 minutes ahead per lane.",
        )
    )

with tm.boundary("Water company cloud", trust=tg.Trust.INTERNAL):
    # Monthly retraining on the historian export.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.DataSanitization(note="drops periods flagged as sensor faults or maintenance")
            },
        )
    )
    # Keeps every trained version for rollback.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Copies an approved version to the edge server.
    deploy = tm.add(
        tg.Pipeline(
            "Edge deployment job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="process engineer")},
        )
    )
    # Reviews back-test results and approves each release.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial rainfall forecast; storms change influent load quickly.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

# ---------------------------------------------------------------- flows
# Field signals into the PLC and up to SCADA
tm.flow(influent_sensors, plc, influent_readings, label="4-20 mA")
tm.flow(do_probes, plc, do_readings, label="4-20 mA")
tm.flow(plc, scada, influent_readings, do_readings, protocol="modbus")
tm.flow(scada, historian, history)

# Operators and limits
tm.flow(operator, scada, limits, label="on the panel")
tm.flow(scada, operator, alarms, label="on the panel")
tm.flow(scada, plc, limits, protocol="modbus")

# The optimisation loop
tm.flow(scada, setpoint_service, live_values, limits, protocol="opc-ua")
tm.flow(weather, setpoint_service, forecast, protocol="https")
tm.flow(setpoint_service, demand_model, features)
tm.flow(demand_model, setpoint_service, demand)
tm.flow(setpoint_service, scada, setpoints, demand, protocol="opc-ua")
tm.flow(scada, plc, setpoints, protocol="modbus", label="setpoints")
tm.flow(plc, blowers, speed_command, label="4-20 mA speed reference")

# Retraining and release
tm.flow(historian, training, training_export, protocol="sftp", label="monthly export")
tm.flow(training, registry, artifact)
tm.flow(engineer, deploy, release_approval, protocol="https", label="approves release")
tm.flow(registry, deploy, artifact)
tm.flow(deploy, demand_model, artifact, protocol="https", label="deploy")
