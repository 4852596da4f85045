"""Water bottling plant ozone dosing model: the first design, before any security review.

Product water is disinfected with ozone just before the fillers. Today operators
set the ozone generator output by hand; this project adds a regression model that
computes the dose setpoint needed to hold the target dissolved-ozone residual
while keeping bromate below the regulatory limit, from live flow, temperature, pH
and dissolved-ozone readings. The model runs in a setpoint service on an edge
server in the plant control network, reads live tags from the dosing PLC and
writes the setpoint back over OPC UA with signing and encryption. The PLC clamps
generator output and its rate of change and falls back to the operator's setpoint
when the model's value goes stale; operators can take manual control on the HMI.
Historian data and lab bromate results from the LIMS are exported to our cloud ML
platform for monthly retraining; a process engineer approves each release and a
deployment job in the OT DMZ pulls the model from the registry onto the edge server.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water bottling plant ozone dosing model",
    profile=tg.RiskProfile.HIGH,
    description="ML setpoints for the ozone disinfection step ahead of the bottle fillers.",
)

# ---------------------------------------------------------------- data assets
measurements = tg.Data(
    "Process measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Flow rate, water temperature, pH and dissolved-ozone residual.",
)
live_tags = tg.Data(
    "Live process tags",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dose_setpoint = tg.Data(
    "Ozone dose setpoint",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
generator_command = tg.Data(
    "Generator output signal", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
generator_status = tg.Data("Generator status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
setpoint_log = tg.Data(
    "Setpoint and model status log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
manual_override = tg.Data(
    "Manual dose override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Operator switch to manual mode and the manual setpoint.",
)
hmi_display = tg.Data("Process display", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
historian_data = tg.Data(
    "Historian time series",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
lab_results = tg.Data(
    "Lab bromate and bromide results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_data = tg.Data(
    "Dosing training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
artifact = tg.Data("Dose model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Inline analysers and flow meters on the ozone contact loop, wired 4-20 mA.
    analysers = tm.add(
        tg.Device(
            "Water quality analysers",
            fleet=False,
            description="Dissolved-ozone analyser, flow meter, temperature and pH probes.",
        )
    )
    # The ozone generator and injection skid the dose acts on.
    skid = tm.add(tg.Device("Ozone generator dosing skid", fleet=False))
    # Runs the dosing loop; the hard limits stay here, whatever the model says.
    plc = tm.add(
        tg.Service(
            "Ozone dosing PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC clamps generator output to 0-60 % and changes to 5 %/min; "
                    "reverts to the operator setpoint if the model setpoint is older than 60 s"
                )
            },
        )
    )
    # Existing SCADA HMI where operators watch the loop and take manual control.
    hmi = tm.add(
        tg.Service(
            "SCADA HMI",
            controls={c.Authentication(method="individual operator accounts with password")},
        )
    )
    # Existing plant historian, collecting tags from the PLC.
    historian = tm.add(tg.DataStore("Process historian", stores={historian_data, setpoint_log}))
    # New: edge server process that reads tags, runs the model and writes the setpoint.
    setpoint_service = tm.add(
        tg.Service(
            "Ozone setpoint service",
            description="Runs every 10 s on an edge server next to the SCADA servers.",
        )
    )
    # The regression model that turns live conditions into a dose.
    model = tm.add(
        tg.Model(
            "Ozone dose model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor; predicts the generator output for the target residual.",
            controls={c.ModelVersioning()},
        )
    )
    # Shift operators in the control room.
    operator = tm.add(tg.Actor("Plant operator", role="shift operator"))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Copies historian data out of the control network every night.
    export = tm.add(tg.Pipeline("Historian export pipeline", stage=tg.Stage.INGESTION))
    # Pulls an approved model from the registry and installs it on the edge server.
    deployment = tm.add(
        tg.Pipeline(
            "Model deployment job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="process engineer")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Quality lab's LIMS with bromate, bromide and microbiology results.
    lims = tm.add(tg.DataStore("Lab LIMS", stores={lab_results}))
    # Builds and retrains the model; also the person who requests a release.
    ml_engineer = tm.add(
        tg.Actor("Process engineer", role="process and ML engineer", privileged=True)
    )

with tm.boundary("Cloud ML platform", trust=tg.Trust.INTERNAL):
    # Joined historian and lab data, one snapshot per training run.
    dataset = tm.add(tg.Dataset("Dosing training set", stores={training_data}))
    # Monthly retraining and backtest against the last quarter.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the last quarter before registering")},
        )
    )
    # Stores trained models for deployment.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(analysers, plc, measurements, label="4-20 mA")
tm.flow(plc, skid, generator_command, label="4-20 mA")
tm.flow(skid, plc, generator_status, label="hardwired status")

tm.flow(plc, setpoint_service, live_tags, protocol="opc-ua+sign-encrypt")
tm.flow(setpoint_service, model, live_tags)
tm.flow(model, setpoint_service, dose_setpoint)
tm.flow(setpoint_service, plc, dose_setpoint, protocol="opc-ua+sign-encrypt")
tm.flow(setpoint_service, historian, setpoint_log, protocol="opc-ua")

tm.flow(plc, historian, measurements, protocol="opc-ua")
tm.flow(plc, hmi, measurements, dose_setpoint, protocol="profinet")
tm.flow(hmi, plc, manual_override, protocol="profinet")
tm.flow(hmi, operator, hmi_display)
tm.flow(operator, hmi, manual_override)

tm.flow(historian, export, historian_data, protocol="https")
tm.flow(export, dataset, training_data, protocol="https")
tm.flow(lims, dataset, lab_results, protocol="https")
tm.flow(dataset, training, training_data)
tm.flow(training, registry, artifact)
tm.flow(ml_engineer, deployment, release_approval, protocol="https")
tm.flow(registry, deployment, artifact, protocol="https")
tm.flow(deployment, model, artifact, protocol="ssh", label="install on edge server")
