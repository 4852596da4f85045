"""Fabric defect vision model for a weaving mill: the first design, before any security review.

Each loom's cloth take-up has a line-scan camera bar that images the fabric as it
leaves the loom. An inspection PC beside each loom group assembles the scan lines
into tiles and runs an in-house defect detector (broken ends, floats, slubs, weft
bars, oil stains) on them. Each detection is published with the roll number and its
position in metres to the roll map service in the mill's server room, and a crop of
the defect is saved to an image archive on a file share. Graders at the inspection
frames open the roll map on a tablet, confirm or reject each marked defect and grade
the roll; the grade goes to the MES. Confirmed and rejected defects, with their crops,
are synced nightly to the company's cloud ML workspace, where the detector is
retrained from a public pretrained backbone, versioned in a registry and pulled back
by the inspection PCs. Graders sign in with their plant domain account and the app
checks roles; each detector version is evaluated on held-out rolls before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fabric defect vision model",
    profile=tg.RiskProfile.LOW,
    description="Line-scan defect detection on woven fabric, marking the roll map for graders.",
)

# ---------------------------------------------------------------- data assets
scan_lines = tg.Data(
    "Line-scan fabric images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Continuous scan lines of the fabric width, tagged with loom and roll number.",
)
tiles = tg.Data("Fabric image tiles", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Defect class, confidence, roll number and position in metres.",
)
crops = tg.Data("Defect image crops", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
roll_map = tg.Data(
    "Roll map",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Every marked defect on a roll, with the grader's verdict and the roll grade.",
)
grader_verdicts = tg.Data(
    "Grader defect verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Confirm, reject or reclassify for each marked defect, and the roll grade.",
)
roll_grade = tg.Data("Roll grade", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_images = tg.Data(
    "Labelled defect images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained vision backbone",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="ImageNet-pretrained CNN weights as a PyTorch checkpoint.",
)
detector_weights = tg.Data(
    "Defect detector model", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_run = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Weaving hall OT network", trust=tg.Trust.INTERNAL):
    # One camera bar per loom, imaging the cloth at the take-up roller.
    cameras = tm.add(
        tg.Device("Line-scan camera bar", fleet=True, description="GigE Vision line-scan cameras.")
    )
    # Assembles scan lines into tiles, runs the detector and publishes defects.
    inspection_pc = tm.add(
        tg.Service(
            "Loom inspection PC",
            description="Industrial PC per loom group with a GPU; runs the detector locally.",
        )
    )
    # The detector itself: finds and classifies weaving defects in each tile.
    detector = tm.add(
        tg.Model(
            "Fabric defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN fine-tuned on the mill's own labelled defects.",
        )
    )

with tm.boundary("Mill IT network", trust=tg.Trust.INTERNAL):
    # Keeps each roll's defect map and serves it to the grading tablets.
    roll_map_service = tm.add(
        tg.Service("Roll map service", description="Subscribes to defect events; builds roll maps.")
    )
    # Database of roll maps and grader verdicts.
    roll_map_db = tm.add(
        tg.DataStore(
            "Roll map database",
            stores={roll_map, grader_verdicts},
            controls={c.RBAC(note="database roles for the service and the QA lead")},
        )
    )
    # File share holding a crop of every detected defect.
    image_archive = tm.add(tg.DataStore("Defect image archive", stores={crops}))
    # Web app the graders use on tablets at the inspection frames.
    grading_app = tm.add(
        tg.Endpoint(
            "Roll grading app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="plant Active Directory account"),
                c.RBAC(note="grader and QA lead roles"),
            },
        )
    )
    # The mill's execution system: takes roll grades for dispatch and pricing of seconds.
    mes = tm.add(tg.Service("Manufacturing execution system"))
    # Graders inspect flagged rolls and decide each defect and the roll's grade.
    grader = tm.add(tg.Actor("Fabric grader", role="quality grader"))

with tm.boundary("Cloud ML workspace", trust=tg.Trust.INTERNAL):
    # Nightly-synced crops with the graders' verdicts as labels.
    train_set = tm.add(
        tg.Dataset(
            "Defect training set",
            stores={training_images},
            controls={c.DataVersioning(note="dataset snapshots per training run")},
        )
    )
    # Fine-tunes the detector and evaluates it on a held-out set of rolls.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="recall and false-alarm rate on held-out rolls")},
        )
    )
    # Stores every detector version the inspection PCs can pull.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={detector_weights}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Starts retraining runs and decides which version goes to the looms.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Source of the pretrained backbone the detector is fine-tuned from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, inspection_pc, scan_lines, protocol="gige-vision")
tm.flow(inspection_pc, detector, tiles)
tm.flow(detector, inspection_pc, detections)
tm.flow(inspection_pc, roll_map_service, detections, protocol="mqtt", label="defect events")
tm.flow(inspection_pc, image_archive, crops, protocol="smb")

tm.flow(roll_map_service, roll_map_db, roll_map, grader_verdicts)
tm.flow(roll_map_db, roll_map_service, roll_map)
tm.flow(roll_map_service, grading_app, roll_map)
tm.flow(grading_app, roll_map_service, grader_verdicts)
tm.flow(grading_app, grader, roll_map, crops, protocol="https", label="roll map on tablet")
tm.flow(grader, grading_app, grader_verdicts, protocol="https")
tm.flow(image_archive, grading_app, crops, protocol="smb")
tm.flow(roll_map_service, mes, roll_grade, protocol="https")

tm.flow(image_archive, train_set, crops, protocol="https", label="nightly sync")
tm.flow(roll_map_db, train_set, grader_verdicts, protocol="https", label="nightly sync")
tm.flow(train_set, training, training_images)
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(ml_engineer, training, training_run, protocol="https")
tm.flow(training, registry, detector_weights)
tm.flow(registry, inspection_pc, detector_weights, protocol="https", label="pulled at shift change")
tm.flow(inspection_pc, detector, detector_weights, label="load")
