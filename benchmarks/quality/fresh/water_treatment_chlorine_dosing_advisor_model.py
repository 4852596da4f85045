"""Chlorine dosing advisor: the first design, before any security review.

At the water treatment works, raw water turbidity, temperature and flow sensors
and the treated water residual chlorine analyser are wired to the dosing PLC.
The SCADA server polls the PLC and writes process history to the historian. A
dosing advisor service on a server in the OT network reads recent history from
the historian, runs an in-house regression model predicting chlorine demand and
posts an advised dosing setpoint to SCADA. Shift operators see it on the HMI and
accept or override it; only the setpoint they confirm goes to the PLC, which
clamps it to hard limits before driving the dosing pump.
Every quarter the historian exports process history to a file share in the OT
DMZ; the data science team copies it to the corporate network, retrains and
backtests the model, and puts the new model file back on the share, from where
an OT engineer installs it on the advisor server over a remote desktop session.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chlorine dosing advisor",
    profile=tg.RiskProfile.HIGH,
    description="Model-advised chlorine dosing setpoints at a drinking water treatment works.",
)

# ---------------------------------------------------------------- data assets
raw_readings = tg.Data(
    "Raw water sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Turbidity, temperature and flow readings.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
residual_reading = tg.Data(
    "Residual chlorine reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_signal = tg.Data(
    "Dosing pump drive signal",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_values = tg.Data(
    "Plant process values",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sensor values, current setpoint, pump state and alarms polled from the PLC.",
)
process_history = tg.Data(
    "Process history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
demand_features = tg.Data("Chlorine demand features", kind="features")
predicted_demand = tg.Data("Predicted chlorine demand", kind="model-output")
advised_setpoint = tg.Data(
    "Advised dosing setpoint",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
hmi_display = tg.Data(
    "HMI dosing display",
    kind="records",
    description="Trends, alarms and the advised setpoint beside the current one.",
)
confirmed_setpoint = tg.Data(
    "Operator-confirmed dosing setpoint",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history_export = tg.Data(
    "Quarterly historian export",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="CSV export of a quarter of process history and dosing records.",
)
training_set = tg.Data("Chlorine demand training set", kind="training-data")
model_file = tg.Data(
    "Dosing model file",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A joblib-serialised scikit-learn regressor.",
)
install_session = tg.Data("Model installation commands", kind="instructions")
training_run = tg.Data("Retraining run parameters", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
        # Field instruments measuring the raw water the dose is calculated for.
        raw_sensors = tm.add(
            tg.Device(
                "Raw water turbidity, temperature and flow sensors",
                fleet=False,
                description="Hard-wired 4-20 mA instruments at the inlet works.",
            )
        )
        # Measures free chlorine after the contact tank; the PLC alarms on it.
        residual_analyser = tm.add(tg.Device("Residual chlorine analyser", fleet=False))
        # The only component that drives the pump; enforces the hard limits.
        plc = tm.add(
            tg.Service(
                "Chlorine dosing PLC",
                controls={
                    c.SafetyLimits(
                        limits="PLC clamps the dose setpoint to the consented range and "
                        "limits its rate of change; high or low residual trips to a fixed dose"
                    )
                },
            )
        )
        # Hypochlorite dosing pump the PLC drives.
        pump = tm.add(tg.Device("Chlorine dosing pump", fleet=False))

    with tm.boundary("SCADA control room", trust=tg.Trust.RESTRICTED):
        # Operator interface: the place where the advice is accepted or overridden.
        scada = tm.add(
            tg.Service(
                "SCADA HMI",
                controls={
                    c.Authentication(method="Windows domain username and password"),
                    c.RBAC(note="operator and engineer roles in the SCADA package"),
                    c.HumanInTheLoop(approver="shift operator"),
                    c.AuditLogging(note="SCADA event journal records setpoint changes"),
                },
            )
        )
        # Shift operators who run the works around the clock.
        operator = tm.add(tg.Actor("Shift operator", role="control room operator"))
        # Process historian: time series of every plant value.
        historian = tm.add(tg.DataStore("Process historian", stores={process_history}))

    with tm.boundary("OT application servers", trust=tg.Trust.RESTRICTED):
        # Runs the model every few minutes and posts its advice to SCADA.
        advisor = tm.add(
            tg.Service(
                "Dosing advisor service",
                controls={
                    c.InputValidation(note="drops out-of-range and flat-lined sensor values")
                },
            )
        )
        # The chlorine demand model loaded inside the advisor service.
        model = tm.add(
            tg.Model(
                "Chlorine demand model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Gradient-boosted regressor predicting chlorine demand in mg/L.",
            )
        )
        # OT engineer who maintains the OT servers and installs new model versions.
        ot_engineer = tm.add(tg.Actor("OT engineer", role="OT engineer", privileged=True))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # The one place both networks can reach: exports go out, model files come in.
    dmz_share = tm.add(
        tg.DataStore(
            "OT DMZ file share",
            stores={history_export, model_file},
            controls={c.RBAC(note="AD groups for OT engineers and the data science team")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Data scientists who own the model and retrain it each quarter.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science team"))
    # Training data kept in the team's workspace.
    dataset = tm.add(
        tg.Dataset("Chlorine demand training data", stores={history_export, training_set})
    )
    # Quarterly retraining and backtest notebook job.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against the last year of dosing")},
        )
    )

# ---------------------------------------------------------------- flows
# Plant control: wired signals and the SCADA poll.
tm.flow(raw_sensors, plc, raw_readings, label="4-20 mA wired")
tm.flow(residual_analyser, plc, residual_reading, label="4-20 mA wired")
tm.flow(plc, pump, pump_signal, label="4-20 mA wired")
tm.flow(plc, scada, plant_values, protocol="modbus")
tm.flow(scada, plc, confirmed_setpoint, protocol="modbus")
tm.flow(scada, historian, process_history, protocol="opc-ua")

# Advice.
tm.flow(historian, advisor, process_history, protocol="opc-ua")
tm.flow(advisor, model, demand_features, protocol="local")
tm.flow(model, advisor, predicted_demand, protocol="local")
tm.flow(advisor, scada, advised_setpoint, protocol="opc-ua")
tm.flow(scada, operator, hmi_display, label="on the control room screens")
tm.flow(operator, scada, confirmed_setpoint, label="accepts or overrides at the HMI")

# Quarterly retraining and model release.
tm.flow(historian, dmz_share, history_export, protocol="smb", label="quarterly export")
tm.flow(dmz_share, dataset, history_export, protocol="smb")
tm.flow(data_scientist, training, training_run)
tm.flow(dataset, training, history_export)
tm.flow(training, dataset, training_set)
tm.flow(training, dmz_share, model_file, protocol="smb")
tm.flow(ot_engineer, advisor, install_session, protocol="rdp")
tm.flow(dmz_share, advisor, model_file, protocol="smb")
tm.flow(advisor, model, model_file, protocol="local", label="loads the installed model")
