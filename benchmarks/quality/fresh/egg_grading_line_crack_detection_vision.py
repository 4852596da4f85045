"""Egg grading line crack detection: the first design, before any security review.

An egg packing plant grades eggs on a multi-lane line. Line-scan cameras and an
acoustic tapping sensor on each lane feed an inspection edge server next to the
grader, which runs a detector for cracked and dirty eggs and tells the grading
PLC which cups to reject; the PLC fires the reject pushers. Line operators set
the grading recipe and reject thresholds on the line HMI (operator PIN login).
Images and verdicts are copied to an archive on the office network, where
quality staff sample rejected eggs, record whether each was really defective on
a quality dashboard (domain login) and watch reject-rate alarms. Confirmed
samples go to the vision vendor by SFTP for retraining; the vendor validates and
versions new models in its registry, which the edge server pulls over HTTPS.
Reject counts per lot go to the plant's production records for traceability.
The PLC keeps guard-door and E-stop interlocks on the pusher bank.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Egg grading line crack detection",
    profile=tg.RiskProfile.HIGH,
    description="Vision and acoustic detection of cracked and dirty eggs driving reject pushers.",
)

# ---------------------------------------------------------------- data assets
egg_images = tg.Data(
    "Egg lane images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line-scan images of each egg, several views as it rolls in its cup.",
)
acoustic = tg.Data(
    "Acoustic crack signatures",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Response of each egg to the tapping probe.",
)
verdicts = tg.Data(
    "Defect verdicts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Crack, dirt or pass per egg, with the detector's scores.",
)
reject_cmds = tg.Data(
    "Reject commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Lane and cup index of each egg to push off the line.",
)
cup_position = tg.Data(
    "Cup position pulses",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Encoder counts that tie each image to a cup on the conveyor.",
)
recipe = tg.Data(
    "Grading recipe and reject thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sample_results = tg.Data(
    "Reject sample results",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Quality staff's confirmation of whether a sampled egg was defective.",
)
training_images = tg.Data(
    "Labelled egg images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Archived images with confirmed labels, sent to the vendor for retraining.",
)
model_package = tg.Data(
    "Detector model package", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lot_records = tg.Data(
    "Lot grading records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Graded and rejected counts per flock lot, kept for food-safety traceability.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # The eyes of the system: line-scan cameras over each lane.
    cameras = tm.add(tg.Device("Line cameras", description="Two GigE line-scan cameras per lane."))
    # Hairline cracks that images miss are heard by tapping each egg.
    acoustic_sensor = tm.add(
        tg.Device("Acoustic crack sensor", description="Tapping probe and microphone per lane.")
    )
    # Runs inference beside the grader so verdicts arrive before the egg reaches the pushers.
    edge = tm.add(
        tg.Service(
            "Inspection edge server",
            description="Industrial PC: syncs images and sound to cups, runs the detector, "
            "sends reject commands to the PLC and pulls model updates.",
        )
    )
    # The model that decides which eggs are unfit for sale as Class A.
    detector = tm.add(
        tg.Model(
            "Egg crack and dirt detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            returns_scores=True,
            description="CNN on images plus a classifier on acoustic features, supplied by the "
            "vision vendor; a cracked egg passed on is a food-safety failure.",
        )
    )
    # The grader's controller: tracks cups and times the pushers.
    plc = tm.add(tg.Service("Grading line PLC", description="Existing grader controller."))
    # The pushers that move rejected eggs off the line.
    pushers = tm.add(
        tg.Device(
            "Reject pusher actuators",
            description="Pneumatic pushers, one per lane, wired to the PLC outputs.",
            controls={
                c.SafetyLimits(
                    limits="guard-door and E-stop interlocks on the pusher bank, enforced by the PLC"
                )
            },
        )
    )
    # Where operators change the recipe and the reject thresholds.
    hmi = tm.add(
        tg.Service(
            "Line HMI panel",
            description="Touch panel at the grader.",
            controls={c.Authentication(method="operator PIN")},
        )
    )
    # Runs the line day to day.
    operator = tm.add(tg.Actor("Line operator", role="operator"))

with tm.boundary("Plant office network", trust=tg.Trust.INTERNAL):
    # Keeps images and verdicts so quality staff can check rejects and build training sets.
    archive = tm.add(
        tg.DataStore(
            "Inspection image archive",
            stores={egg_images, verdicts, sample_results, training_images},
            description="File share on the plant file server, 60 days of images.",
        )
    )
    # Quality staff's view of rejects, samples and reject-rate trends.
    dashboard = tm.add(
        tg.Service(
            "Quality dashboard",
            controls={
                c.Authentication(method="Windows domain login"),
                c.AnomalyDetection(note="alarm when a lane's reject rate leaves its usual band"),
            },
        )
    )
    # Samples rejected eggs by hand and confirms or overturns the detector.
    quality_tech = tm.add(tg.Actor("Quality technician", role="quality staff"))
    # Lot traceability the plant must keep for food-safety audits.
    production_db = tm.add(tg.DataStore("Production records database", stores={lot_records}))

with tm.boundary("Vision vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor retrains the detector on the plant's confirmed samples.
    retraining = tm.add(
        tg.Pipeline(
            "Vendor retraining pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="vendor test set per egg colour and size")},
        )
    )
    # Where released model versions wait for the edge server to fetch them.
    registry = tm.add(
        tg.ModelRegistry(
            "Vendor model registry",
            stores={model_package},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, egg_images, protocol="gige-vision")
tm.flow(acoustic_sensor, edge, acoustic)
tm.flow(plc, edge, cup_position, protocol="profinet")
tm.flow(edge, detector, egg_images, acoustic)
tm.flow(detector, edge, verdicts)
tm.flow(edge, plc, reject_cmds, protocol="profinet")
tm.flow(plc, pushers, reject_cmds, label="24 V outputs")

tm.flow(operator, hmi, recipe)
tm.flow(hmi, plc, recipe, protocol="profinet")
tm.flow(hmi, edge, recipe, label="reject thresholds", protocol="http")
tm.flow(edge, hmi, verdicts, label="live reject counts", protocol="http")

tm.flow(edge, archive, egg_images, verdicts, protocol="smb")
tm.flow(archive, dashboard, egg_images, verdicts)
tm.flow(dashboard, quality_tech, egg_images, verdicts, protocol="https")
tm.flow(quality_tech, dashboard, sample_results, protocol="https")
tm.flow(dashboard, archive, sample_results)
tm.flow(edge, production_db, lot_records, protocol="https")
tm.flow(production_db, dashboard, lot_records)

tm.flow(archive, retraining, training_images, protocol="sftp", label="monthly upload")
tm.flow(retraining, registry, model_package)
tm.flow(
    registry,
    edge,
    model_package,
    protocol="https",
    controls={c.Authentication(method="per-site API key")},
    label="model update pull",
)
