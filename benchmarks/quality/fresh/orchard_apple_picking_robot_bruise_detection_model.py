"""Orchard picking robots with an on-board bruise and ripeness detector: first design.

A fruit grower runs a fleet of autonomous apple-picking robots in its orchards.
Each robot's camera rig photographs every apple in reach; an on-board detection
model scores it for bruising and ripeness, and the pick planner on the robot
decides whether the arm picks it or leaves it. Robots upload their pick logs
(bin tag, row, frames and decisions) over the orchard LTE link to a fleet
manager in the grower's cloud tenancy, which also pushes model updates and pick
thresholds back to the robots. The packhouse (run by the grower's cooperative)
sends its optical grader's per-bin results by SFTP; a nightly import matches
them to the pick logs to label images, and a retraining job produces a new ONNX
model into a registry. The farm operations manager approves each release before
it goes to the fleet. The arm controller enforces its own motion safety limits,
and staff sign in to the fleet manager dashboard with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchard picking robot bruise detection",
    profile=tg.RiskProfile.LOW,
    description="On-robot bruise/ripeness detection deciding which apples to pick, "
    "retrained from packhouse grading results.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Camera frames of apples",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stereo RGB frames of the apples in the arm's reach.",
)
detections = tg.Data(
    "Bruise and ripeness scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
pick_logs = tg.Data(
    "Pick logs",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per apple: bin tag, row and tree, GPS, frame crops, scores and pick/skip decision.",
)
thresholds = tg.Data(
    "Pick thresholds",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Minimum ripeness and maximum bruise score per variety and block.",
)
grading = tg.Data(
    "Packhouse grading results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Per bin: grade class counts, bruise and defect rates from the optical grader.",
)
labelled_images = tg.Data(
    "Labelled apple images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Detector model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fleet_stats = tg.Data(
    "Fleet pick statistics", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Picking robot on-board", trust=tg.Trust.INTERNAL):
    # The camera rig on each robot's arm: the only input the picking decision sees.
    camera = tm.add(
        tg.Device(
            "Robot camera rig",
            fleet=True,
            description="Stereo camera and lighting on every robot in the fleet.",
        )
    )
    # The model under design: runs on the robot's GPU, no network needed to pick.
    detector = tm.add(
        tg.Model(
            "Bruise and ripeness detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Object detector fine-tuned in-house; scores each apple for bruising and ripeness.",
        )
    )
    # Turns scores and thresholds into pick/skip and drives the arm; motion limits live here.
    planner = tm.add(
        tg.Service(
            "Pick planner and arm controller",
            description="Decides which apples to pick and commands the arm.",
            controls={
                c.SafetyLimits(
                    limits="arm motor controller caps joint speed and force; light curtain "
                    "and e-stop halt the arm when a person is within 1.5 m"
                )
            },
        )
    )
    # Buffers logs on the robot and syncs with the cloud when the LTE link is up.
    sync = tm.add(
        tg.Service(
            "On-board sync client",
            description="Uploads pick logs, downloads model packages and thresholds.",
        )
    )

with tm.boundary("Grower cloud tenancy", trust=tg.Trust.INTERNAL):
    # Central point robots and staff talk to; reachable from the orchard over LTE.
    fleet_manager = tm.add(
        tg.Service(
            "Fleet manager",
            internet_facing=True,
            description="Robot check-in, log intake, model and threshold distribution, staff dashboard.",
            controls={
                c.Authentication(
                    method="per-robot API key for robots; e-mail and password for farm staff"
                )
            },
        )
    )
    # Where every robot's pick logs land; the source for labelling.
    log_store = tm.add(tg.DataStore("Pick log store", stores={pick_logs}))
    # Joins the packhouse's per-bin grades to the robot pick logs by bin tag.
    grading_import = tm.add(
        tg.Pipeline(
            "Nightly grading import",
            stage=tg.Stage.LABELING,
            description="Matches bins to pick logs and labels the frame crops with the bin's grade.",
        )
    )
    # Accumulated labelled crops across seasons.
    training_set = tm.add(
        tg.Dataset("Labelled image set", stores={labelled_images}, purpose="training")
    )
    # Fine-tunes the detector weekly in harvest season.
    retraining = tm.add(
        tg.Pipeline(
            "Weekly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="PyTorch fine-tuning, exported to ONNX with a held-out score report.",
        )
    )
    # Keeps each trained model version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={c.ModelVersioning()},
        )
    )
    # Hands an approved version to the fleet manager for roll-out.
    release = tm.add(
        tg.Pipeline(
            "Fleet release",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="farm operations manager")},
        )
    )

with tm.boundary("Cooperative packhouse", trust=tg.Trust.PARTNER):
    # The optical grading line's export: the ground truth the model learns from.
    grader = tm.add(
        tg.DataSource(
            "Packhouse optical grader",
            origin=tg.Origin.PARTNER,
            provides={grading},
            description="Grading line software exports per-bin results as CSV each night.",
        )
    )

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Sets pick thresholds per block and approves model releases.
    ops_manager = tm.add(tg.Actor("Farm operations manager", role="operations manager"))
    # Maintains the training job and checks each model's evaluation.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# On the robot
tm.flow(camera, detector, frames, protocol="local")
tm.flow(detector, planner, detections, protocol="local")
tm.flow(planner, sync, pick_logs, protocol="local")
tm.flow(sync, detector, model_file, protocol="local", label="install model update")
tm.flow(sync, planner, thresholds, protocol="local")

# Robot <-> cloud over orchard LTE
tm.flow(sync, fleet_manager, pick_logs, protocol="https")
tm.flow(fleet_manager, sync, model_file, thresholds, protocol="https")

# Cloud
tm.flow(fleet_manager, log_store, pick_logs)
tm.flow(log_store, grading_import, pick_logs, label="nightly batch")
tm.flow(grader, grading_import, grading, protocol="sftp")
tm.flow(grading_import, training_set, labelled_images)
tm.flow(training_set, retraining, labelled_images)
tm.flow(ml_engineer, retraining, training_config, protocol="https")
tm.flow(retraining, registry, model_file)
tm.flow(registry, release, model_file)
tm.flow(ops_manager, release, approval, protocol="https", label="approves release")
tm.flow(release, fleet_manager, model_file)

# Staff dashboard
tm.flow(ops_manager, fleet_manager, thresholds, protocol="https")
tm.flow(fleet_manager, ops_manager, fleet_stats, protocol="https")
