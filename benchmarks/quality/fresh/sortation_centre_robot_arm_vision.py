"""Sortation centre robot arm vision: the first design, before any security review.

A parcel carrier's sortation centre has robot arms that pick parcels off an infeed
conveyor. A camera over each cell streams images to an edge vision computer on the
sortation floor, where an in-house vision model finds the shipping label and a grasp
point. The edge service asks the sortation control system for the parcel's chute,
then sends the pick pose to the arm controller. When the label cannot be read or a
pick fails, it tells the sorter PLC to divert the parcel to a manual sort lane, where
an operator scans and sorts it by hand. Images of failed picks go to a central cloud
bucket, an outside annotation vendor labels them, and the ML team retrains the model
and rolls it out to the edge computers. Each robot cell has a vendor safety
controller (fencing, light curtains, speed and zone limits); the cloud bucket is
encrypted and role-restricted; releases need an ML engineer's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sortation centre robot arm vision",
    profile=tg.RiskProfile.HIGH,
    description="Edge vision model guides robot arms picking parcels; retrained centrally "
    "from images of failed picks.",
)

# ---------------------------------------------------------------- data assets
parcel_images = tg.Data(
    "Parcel images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames of each parcel; shipping labels show recipient names and addresses.",
)
detections = tg.Data(
    "Label and grasp detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Label bounding box, decoded barcode and grasp pose with confidence.",
)
label_read = tg.Data("Tracking barcode read", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sort_destination = tg.Data(
    "Sort destination",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pick_command = tg.Data(
    "Pick command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Grasp pose and target chute for one parcel.",
)
pick_status = tg.Data("Pick status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
divert_command = tg.Data(
    "Manual lane divert command", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
manual_scan = tg.Data("Manual sort scan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
failed_pick_images = tg.Data(
    "Failed pick images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Images and detections of misreads and failed picks, with the arm's status.",
)
annotations = tg.Data(
    "Label and grasp annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled training images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Vision model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Sortation floor OT network", trust=tg.Trust.INTERNAL):
    # Industrial camera above each robot cell's infeed.
    camera = tm.add(tg.Device("Cell camera", description="GigE camera over the infeed conveyor."))
    # Edge computer beside the cells: runs inference and orchestrates each pick.
    edge = tm.add(
        tg.Service(
            "Edge vision service",
            description="GPU edge computer per cell group; sends low-confidence reads to "
            "the manual lane.",
            controls={c.AnomalyDetection(note="pick success and read rates alert on drops")},
        )
    )
    # The in-house detector that finds the label and a grasp point on each parcel.
    model = tm.add(
        tg.Model(
            "Parcel label and grasp model",
            task=tg.Task.DETECTOR,
            description="Detects the shipping label and proposes a grasp pose per parcel.",
            controls={c.ModelVersioning()},
        )
    )
    # The robot vendor's arm controller; its safety controller is separate from our code.
    arm = tm.add(
        tg.Device(
            "Robot arm controller",
            controls={
                c.SafetyLimits(
                    limits="vendor safety controller: fenced cell, light curtains, "
                    "speed and workspace-zone limits"
                )
            },
        )
    )
    # Drives the conveyor diverters; sends unreadable parcels to the manual lane.
    sorter_plc = tm.add(tg.Service("Sorter PLC"))

with tm.boundary("Site IT network", trust=tg.Trust.INTERNAL):
    # Existing sortation control system: maps a tracking number to a chute.
    wcs = tm.add(tg.Service("Sortation control system"))
    # Sorts diverted parcels by hand and scans them with a handheld.
    operator = tm.add(tg.Actor("Manual sort operator", role="warehouse operative"))

with tm.boundary("Central ML platform", trust=tg.Trust.INTERNAL):
    # Cloud bucket collecting images of failed picks from every site.
    image_store = tm.add(
        tg.DataStore(
            "Failed pick image store",
            stores={failed_pick_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Hosted annotation tool where the vendor's annotators draw labels and grasps.
    labelling = tm.add(
        tg.Pipeline(
            "Annotation tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="per-annotator accounts with TOTP")},
        )
    )
    # Versioned training set built from annotated failed picks plus the original set.
    dataset = tm.add(
        tg.Dataset("Pick training set", stores={training_set}, controls={c.DataVersioning()})
    )
    # Retraining job on cloud GPUs, run when enough new failures have been labelled.
    training = tm.add(
        tg.Pipeline(
            "Retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out pick and read accuracy gate")},
        )
    )
    # Stores each trained model version for rollout.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))
    # Pushes an approved model version to the edge computers at every site.
    rollout = tm.add(
        tg.Pipeline(
            "Edge rollout pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="an ML engineer")},
        )
    )

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Outsourced labelling workforce working in our annotation tool.
    annotators = tm.add(tg.Actor("Vendor annotators", role="annotator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model; approves each release to the sites.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(camera, edge, parcel_images, protocol="gige-vision")
tm.flow(edge, model, parcel_images)
tm.flow(model, edge, detections)
tm.flow(edge, wcs, label_read, protocol="http")
tm.flow(wcs, edge, sort_destination, protocol="http")
tm.flow(edge, arm, pick_command, protocol="profinet")
tm.flow(arm, edge, pick_status, protocol="profinet")
tm.flow(edge, sorter_plc, divert_command, protocol="opc-ua")
tm.flow(operator, wcs, manual_scan, protocol="https", label="handheld scanner")

tm.flow(edge, image_store, failed_pick_images, protocol="https", label="failed picks")
tm.flow(image_store, labelling, failed_pick_images)
tm.flow(labelling, annotators, failed_pick_images, protocol="https")
tm.flow(annotators, labelling, annotations, protocol="https")
tm.flow(labelling, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, rollout, release_approval, protocol="https", label="approves release")
tm.flow(registry, rollout, model_artifact)
tm.flow(rollout, edge, model_artifact, protocol="https", label="deploy to sites")
tm.flow(edge, model, model_artifact, label="load model")
