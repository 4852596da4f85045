"""Cremator emissions monitoring model: the first design, before any security review.

The council's crematorium runs two cremators whose stack emissions (CO, particulates,
O2, secondary chamber temperature) must stay within the limits of its environmental
permit. A flue gas analyser feeds readings to each cremator's PLC. A small edge server
on the plant network reads the live values over OPC UA, asks an in-house classifier
whether an exceedance is likely in the next few minutes, and writes adjusted
secondary chamber burner setpoints back to the PLC. Technicians watch the prediction
on the cremator control panel and can override the setpoints there; the panel uses
one operator PIN shared by the technicians. The manufacturer's burner management in
the PLC clamps setpoints to its safe range and falls back to its default setpoints if
the edge server stops. A council data analyst retrains the model quarterly from a
historian export on the corporate network and copies the joblib file across. The
manufacturer supports the control panel remotely over TeamViewer.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cremator emissions monitoring model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts cremator emissions exceedances and adjusts secondary chamber burner "
        "setpoints, with technician override at the control panel."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Flue gas readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="CO, particulates, O2 and secondary chamber temperature, every few seconds.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
charge_details = tg.Data(
    "Charge details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cremation number, coffin type and estimated load entered before charging.",
)
burner_status = tg.Data(
    "Burner status signals", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
firing_command = tg.Data(
    "Burner firing command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
model_input = tg.Data("Model input window", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Exceedance prediction", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Secondary burner setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Operator setpoint override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
training_extract = tg.Data(
    "Historian training extract",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A quarter of readings, charge details, setpoints and overrides as CSV.",
)
training_code = tg.Data(
    "Training notebook and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Exceedance model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
report = tg.Data(
    "Monthly emissions report",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Exceedances, near misses and overrides, kept for the permit regulator.",
)
plc_programs = tg.Data(
    "PLC programs and parameters", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
diagnostics = tg.Data("Cremator diagnostic logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Cremator plant network",
    trust=tg.Trust.RESTRICTED,
    description="The crematorium's OT VLAN: cremator PLCs, panel, analysers, edge server.",
):
    # Measures the stack emissions the permit limits; the model's main input.
    analyser = tm.add(
        tg.Device(
            "Flue gas analyser",
            fleet=False,
            description="Continuous emissions monitor on the cremator stack, Modbus TCP.",
        )
    )
    # The equipment the setpoints finally move.
    burner = tm.add(
        tg.Device(
            "Secondary chamber burner",
            fleet=False,
            description="Gas burner that keeps the secondary chamber above 850 °C.",
        )
    )
    # Runs the cremation cycle; takes setpoints from the edge server and the panel.
    plc = tm.add(
        tg.Service(
            "Cremator PLC",
            description="The manufacturer's PLC with its burner management system and OPC UA server.",
            controls={
                c.SafetyLimits(
                    limits=(
                        "burner management clamps the secondary chamber setpoint to "
                        "850-1100 °C, trips the burner on flame failure and reverts to the "
                        "manufacturer's default setpoints if the edge server's watchdog stops"
                    )
                )
            },
        )
    )
    # Where technicians see the process and the prediction and override setpoints.
    panel = tm.add(
        tg.Service(
            "Cremator control panel",
            description="Windows HMI PC beside the cremators; also the PLC engineering station.",
            controls={
                c.Authentication(method="operator PIN shared by the crematorium technicians")
            },
        )
    )
    # Turns predictions into burner setpoint changes.
    setpoint_service = tm.add(
        tg.Service(
            "Burner setpoint adjustment service",
            description="On the edge server: reads live values, calls the model, writes setpoints.",
        )
    )
    # The model this design is about.
    model = tm.add(
        tg.Model(
            "Emissions exceedance model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted classifier: probability of an exceedance in the next 5 minutes.",
        )
    )
    # Keeps every reading, setpoint, override and prediction for reporting and retraining.
    historian = tm.add(
        tg.DataStore(
            "Plant historian",
            stores={readings, charge_details, setpoints, override, prediction},
        )
    )
    # Charges the cremator, watches the cycle and overrides when needed.
    technician = tm.add(tg.Actor("Crematorium technician", role="crematorium technician"))

with tm.boundary(
    "Council corporate network",
    trust=tg.Trust.INTERNAL,
    description="The council's office network and data platform.",
):
    # Retrains the model each quarter.
    retraining = tm.add(
        tg.Pipeline(
            "Quarterly model retraining",
            stage=tg.Stage.TRAINING,
            description="Python notebook job on the council data platform.",
            controls={
                c.ModelValidation(
                    note="the analyst backtests each new model on the last year of exceedances"
                )
            },
        )
    )
    # Where trained model files are kept before they are copied to the edge server.
    model_share = tm.add(tg.ModelRegistry("Model file share", stores={artifact}))
    # Builds and deploys the model.
    analyst = tm.add(tg.Actor("Council data analyst", role="data analyst", privileged=True))
    # Answers to the regulator for the permit; reads the monthly report.
    manager = tm.add(tg.Actor("Bereavement services manager", role="permit holder's manager"))

with tm.boundary("Cremator manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's service desk maintains the PLC program and panel remotely.
    remote_support = tm.add(tg.ExternalService("Cremator manufacturer remote support"))

# ---------------------------------------------------------------- flows
# the control loop
tm.flow(analyser, plc, readings, protocol="modbus")
tm.flow(burner, plc, burner_status, label="hard-wired flame and firing-rate signals")
tm.flow(plc, burner, firing_command, label="hard-wired firing-rate output")
tm.flow(plc, setpoint_service, readings, charge_details, setpoints, protocol="opc-ua")
tm.flow(setpoint_service, model, model_input)
tm.flow(model, setpoint_service, prediction)
tm.flow(setpoint_service, plc, setpoints, protocol="opc-ua")
tm.flow(setpoint_service, panel, prediction, protocol="opc-ua")
tm.flow(plc, historian, readings, charge_details, setpoints, override, protocol="opc-ua")
tm.flow(setpoint_service, historian, prediction, protocol="opc-ua")

# the technician at the panel
tm.flow(technician, panel, override, charge_details, label="entered on the panel")
tm.flow(panel, technician, readings, setpoints, prediction, label="shown on the panel")
tm.flow(panel, plc, override, charge_details, plc_programs, protocol="s7comm")
tm.flow(plc, panel, readings, setpoints, burner_status, protocol="s7comm")

# retraining and deployment
tm.flow(historian, retraining, training_extract, protocol="sftp", label="quarterly export")
tm.flow(analyst, retraining, training_code)
tm.flow(retraining, model_share, artifact)
tm.flow(model_share, model, artifact, protocol="smb", label="copied to the edge server by hand")

# reporting
tm.flow(historian, manager, report, protocol="https", label="monthly exceedance report")

# manufacturer support
tm.flow(remote_support, panel, plc_programs, protocol="teamviewer")
tm.flow(panel, remote_support, diagnostics, protocol="teamviewer")
