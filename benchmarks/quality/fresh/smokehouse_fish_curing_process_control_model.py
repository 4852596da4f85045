"""Smokehouse fish curing process control model: the first design, before any security review.

A family-run smokehouse cold- and hot-smokes salmon, haddock and kippers in two brick kilns.
Thermocouples, a core-temperature probe, a humidity sensor and a smoke-density sensor in each
kiln feed its existing kiln controller, which runs the fans and the sawdust burner to the
setpoints the kiln operator enters on its panel. A logging PC in the office polls the kilns
over Modbus and reads each rack's weight from the batch scale before and after brining and
smoking. An in-house model advises, per batch, the kiln temperature profile and the smoke time
from the fish weights, species and kiln readings; a tablet app shows the advice on the floor
and records the HACCP critical control point checks (brine time, core temperature, weight
loss). The operator sets the kiln by hand; the owner signs off each batch's CCP record.
A consultant retrains the model each season over a remote desktop session, and the process
database is backed up nightly to a cloud storage service. Controls in this design: the kiln
controllers' own over-temperature cut-outs, a PIN on the tablet app, HTTPS to the backup.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smokehouse fish curing process control model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Advises kiln temperatures and smoke times per batch from kiln sensors and fish "
        "weights, and logs the HACCP critical control points."
    ),
)

# ---------------------------------------------------------------- data assets
kiln_readings = tg.Data(
    "Kiln sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Air and core temperature, humidity and smoke density per kiln, every 30 s.",
)
fish_weights = tg.Data(
    "Batch fish weights",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Rack weights before brining, after brining and after smoking.",
)
batch_details = tg.Data(
    "Batch details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Species, supplier lot, fillet size and cure type entered for each batch.",
)
setpoints = tg.Data(
    "Kiln setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
advice = tg.Data(
    "Recommended kiln profile and smoke time",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
ccp_records = tg.Data(
    "CCP check records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="HACCP checks per batch with the operator's initials; shown to inspectors.",
)
signoff = tg.Data("Batch release sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
process_history = tg.Data(
    "Curing process history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past batches with weights, kiln curves and lab water-phase salt results.",
)
model_file = tg.Data("Curing model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
backup = tg.Data("Process database backup", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
remote_session = tg.Data(
    "Remote desktop session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The consultant's session on the office PC to retrain and swap the model.",
)
inspection_report = tg.Data(
    "HACCP record printout", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Kiln room", trust=tg.Trust.INTERNAL):
    # The sensors inside each kiln: the only live view of the cure.
    kiln_sensors = tm.add(
        tg.Device(
            "Kiln sensors",
            description="Thermocouples, core probe, humidity and smoke-density sensors.",
        )
    )
    # Existing kiln controllers; they drive the fans and burner to the operator's setpoints.
    kiln_controller = tm.add(
        tg.Service(
            "Kiln controller",
            description="One per kiln; setpoints are entered on its front panel only.",
            controls={
                c.SafetyLimits(
                    limits="hard-wired over-temperature cut-out trips the burner at 90 C"
                )
            },
        )
    )
    # Weighs each rack so that weight loss (and so salt and dryness) can be tracked.
    scale = tm.add(
        tg.Device(
            "Batch weighing scale",
            fleet=False,
            description="Platform scale with a serial-to-Ethernet adapter.",
        )
    )

with tm.boundary("Office PC", trust=tg.Trust.INTERNAL):
    # Web app for the floor tablet: shows the advice and takes the CCP checks.
    tablet_app = tm.add(
        tg.Endpoint(
            "Curing tablet app",
            purpose=tg.EndpointPurpose.API,
            description="Web app served from the office PC to a wall-mounted tablet.",
            controls={c.Authentication(method="shared staff PIN")},
        )
    )
    # Polls the kilns and the scale and writes everything to the database.
    logger = tm.add(tg.Service("Process data logger", description="Polls the kilns every 30 s."))
    # Batches, readings and the CCP log that the food safety plan relies on.
    process_db = tm.add(
        tg.DataStore(
            "Process database",
            stores={
                kiln_readings,
                fish_weights,
                batch_details,
                ccp_records,
                signoff,
                process_history,
            },
            controls={c.DataVersioning(note="nightly backup to cloud storage")},
        )
    )
    # The in-house model that recommends a kiln profile and smoke time for each batch.
    curing_model = tm.add(
        tg.Model(
            "Curing advisory model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Regression on weights, species and kiln curves; advises, never sets.",
            controls={c.HumanInTheLoop(approver="the kiln operator sets the kiln by hand")},
        )
    )
    # Seasonal retraining, run by the consultant on the office PC.
    training = tm.add(
        tg.Pipeline(
            "Seasonal retraining script",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Folder the app loads the current model file from.
    model_folder = tm.add(tg.ModelRegistry("Model folder", stores={model_file}))

with tm.boundary("Cloud storage provider", trust=tg.Trust.PARTNER):
    # Off-site copy of the process database.
    cloud_backup = tm.add(tg.ExternalService("Cloud backup storage"))

with tm.boundary("Smokehouse staff", trust=tg.Trust.INTERNAL):
    # Loads the kilns, follows or overrides the advice, records CCP checks.
    operator = tm.add(tg.Actor("Kiln operator", role="kiln operator"))
    # Runs the business and signs off each batch for release.
    owner = tm.add(tg.Actor("Smokehouse owner", role="owner", privileged=True))

with tm.boundary("Outside parties", trust=tg.Trust.UNTRUSTED):
    # Freelance consultant who built the model and retrains it each season.
    consultant = tm.add(tg.Actor("Data consultant", role="freelance consultant", privileged=True))
    # Environmental health officer who inspects the HACCP records.
    inspector = tm.add(tg.Actor("Food safety inspector", role="environmental health officer"))

# ---------------------------------------------------------------- flows
tm.flow(kiln_sensors, kiln_controller, kiln_readings, label="wired sensor inputs")
tm.flow(kiln_controller, logger, kiln_readings, protocol="modbus")
tm.flow(scale, logger, fish_weights, protocol="tcp")
tm.flow(logger, process_db, kiln_readings, fish_weights)

tm.flow(operator, tablet_app, batch_details, ccp_records, protocol="http")
tm.flow(tablet_app, process_db, batch_details, ccp_records, signoff)
tm.flow(process_db, tablet_app, kiln_readings, fish_weights, batch_details, ccp_records)
tm.flow(tablet_app, curing_model, kiln_readings, fish_weights, batch_details)
tm.flow(curing_model, tablet_app, advice)
tm.flow(model_folder, tablet_app, model_file, label="load current model")
tm.flow(tablet_app, operator, advice, ccp_records, protocol="http")
tm.flow(operator, kiln_controller, setpoints, label="entered on the panel")

tm.flow(tablet_app, owner, ccp_records, protocol="http")
tm.flow(owner, tablet_app, signoff, protocol="http")
tm.flow(owner, inspector, inspection_report, label="printed records handed over")

tm.flow(process_db, training, process_history)
tm.flow(training, model_folder, model_file)
tm.flow(consultant, training, remote_session, protocol="teamviewer")

tm.flow(process_db, cloud_backup, backup, protocol="https", label="nightly backup")
