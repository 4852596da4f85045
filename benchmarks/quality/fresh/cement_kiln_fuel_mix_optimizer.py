"""Cement kiln fuel mix optimizer: the first design, before any security review.

A setpoint advisor for kiln line 2. Every five minutes an optimizer service on the
plant operations network reads kiln process data (burning-zone temperature, O2,
CO, NOx, feed rate, kiln amps) from the process historian and the latest clinker
and raw-meal lab results (XRF, free lime) from the LIMS, and asks a regression
model for a fuel mix (coal, petcoke, alternative fuels), kiln feed rate and kiln
speed. The recommended setpoints are written to advisory tags in the distributed
control system; the control-room operator sees them on the DCS operator station
and accepts or rejects each set, and only accepted setpoints are moved by the DCS.
The DCS clamps setpoints to engineered limits and the burner management system
keeps its own interlocks. Once a quarter a historian extract goes out through the
plant DMZ to the optimizer vendor, who retrains the model in its cloud and sends a
new model file back the same way; a process engineer approves it before it loads.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cement kiln fuel mix optimizer",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Model-recommended fuel mix, feed rate and kiln speed setpoints, applied by the "
        "DCS after operator acceptance; vendor retrains the model quarterly."
    ),
)

# ---------------------------------------------------------------- data assets
process_data = tg.Data(
    "Kiln process data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperatures, gas analyser readings, feed and fuel flows, kiln drive amps.",
)
lab_results = tg.Data(
    "Lab results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="XRF raw meal and clinker chemistry, free lime, fuel calorific values.",
)
features = tg.Data("Optimizer features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
recommendation = tg.Data(
    "Recommended setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
acceptance = tg.Data(
    "Operator acceptance",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Accept or reject of each recommended set, by the operator on shift.",
)
setpoints = tg.Data(
    "Applied setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
actuator_commands = tg.Data(
    "Actuator commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Fuel feeder speeds, kiln feed rate and kiln drive speed outputs.",
)
training_extract = tg.Data(
    "Quarterly training extract",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A quarter of historian data, lab results and recommendations with acceptances.",
)
model_file = tg.Data(
    "Fuel mix model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="joblib-serialised gradient-boosted ensemble delivered by the vendor.",
)
release_approval = tg.Data("Model release approval", kind="records")
vendor_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # The kiln's equipment: what actually moves when a setpoint changes.
    kiln_equipment = tm.add(
        tg.Device(
            "Kiln drive and fuel feeders",
            fleet=False,
            description="Kiln main drive, coal and petcoke dosing feeders, AF feeder, kiln feed.",
        )
    )
    # The DCS runs the kiln control loops and moves setpoints only after acceptance.
    dcs = tm.add(
        tg.Service(
            "Kiln DCS controller",
            description="Distributed control system for kiln line 2; hosts the advisory tags.",
            controls={
                c.SafetyLimits(
                    limits="engineered high/low clamps and rate-of-change limits on fuel, "
                    "feed and kiln speed setpoints; burner management interlocks trip fuel "
                    "on flame loss or high CO"
                )
            },
        )
    )
    # Where the operator sees the recommendations and accepts them.
    operator_station = tm.add(
        tg.Endpoint(
            "DCS operator station",
            purpose=tg.EndpointPurpose.API,
            description="Control-room HMI with an advisory faceplate for the optimizer.",
            controls={c.Authentication(method="DCS user account and password")},
        )
    )
    # The person who decides whether a recommendation is applied.
    operator = tm.add(tg.Actor("Control-room operator", role="kiln operator"))

with tm.boundary("Plant operations network", trust=tg.Trust.INTERNAL):
    # Collects process data from the DCS and keeps the plant's history.
    historian = tm.add(
        tg.DataStore(
            "Process historian",
            stores={process_data, lab_results, recommendation, acceptance},
            controls={c.RBAC()},
        )
    )
    # The lab's system of record for sample analyses.
    lims = tm.add(
        tg.DataSource(
            "Laboratory information system",
            origin=tg.Origin.INTERNAL,
            provides={lab_results},
        )
    )
    # Runs the advisory cycle: builds features, calls the model, writes advisory tags.
    optimizer = tm.add(
        tg.Service(
            "Optimizer service",
            description="Five-minute advisory cycle on a Windows server at level 3.",
            controls={c.HumanInTheLoop(approver="control-room operator")},
        )
    )
    # The vendor-trained model that produces the setpoint recommendations.
    model = tm.add(
        tg.Model(
            "Fuel mix model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Predicts free lime and heat consumption; search picks the setpoints.",
        )
    )
    # Keeps the current and previous model files on site so a release can be rolled back.
    model_store = tm.add(
        tg.ModelRegistry(
            "On-site model store",
            stores={model_file},
            controls={c.ModelVersioning()},
        )
    )
    # Approves each quarterly model before it goes live.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # The only path between the plant and the vendor: files in, files out.
    transfer = tm.add(
        tg.Service(
            "DMZ file transfer server",
            description="SFTP server the vendor and the historian both reach.",
            controls={c.Authentication(method="per-vendor SSH key")},
        )
    )

with tm.boundary("Optimizer vendor cloud", trust=tg.Trust.PARTNER):
    # Where the plant's history is kept for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Vendor training dataset",
            stores={training_extract},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The vendor's quarterly retraining job, backtested on the last quarter.
    retraining = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against the held-out last month")},
        )
    )
    # The vendor's data scientist who runs and tunes the retraining.
    vendor_ds = tm.add(tg.Actor("Vendor data scientist", role="vendor engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Control loop
tm.flow(kiln_equipment, dcs, process_data, label="field I/O")
tm.flow(dcs, kiln_equipment, actuator_commands, label="field I/O")
tm.flow(dcs, historian, process_data, protocol="opc-ua")

# Advisory cycle
tm.flow(lims, historian, lab_results)
tm.flow(historian, optimizer, process_data, lab_results, protocol="https")
tm.flow(optimizer, model, features)
tm.flow(model, optimizer, recommendation)
tm.flow(optimizer, dcs, recommendation, protocol="opc-ua", label="advisory tags")
tm.flow(dcs, optimizer, acceptance, protocol="opc-ua", label="acceptance status")
tm.flow(optimizer, historian, recommendation, acceptance)

# Operator acceptance
tm.flow(dcs, operator_station, recommendation, process_data)
tm.flow(operator_station, operator, recommendation)
tm.flow(operator, operator_station, acceptance)
tm.flow(operator_station, dcs, acceptance, setpoints)

# Quarterly retraining with the vendor
tm.flow(historian, transfer, training_extract, protocol="sftp")
tm.flow(transfer, training_set, training_extract, protocol="sftp", label="vendor pulls extract")
tm.flow(vendor_ds, retraining, vendor_code)
tm.flow(training_set, retraining, training_extract)
tm.flow(retraining, transfer, model_file, protocol="sftp", label="vendor uploads model")
tm.flow(transfer, model_store, model_file, protocol="sftp")
tm.flow(engineer, model_store, release_approval, label="approves release")
tm.flow(model_store, model, model_file, label="load on restart")
