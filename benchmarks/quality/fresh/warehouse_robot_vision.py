"""Warehouse robot vision: the first design, before any security review.

Our logistics warehouses run a fleet of picking robots. Each robot photographs
the tote in front of it and a grasp-detection model running on the robot's own
computer proposes where to grip each item; the robot's picking software plans
and executes the grasp. Safety stops are not the model's job: a separate,
certified safety controller on each robot watches its own sensors and cuts
motion on its own. Robots upload camera images and pick outcomes to our cloud
over mTLS with per-robot certificates; outcomes become labels, and a training
pipeline in the cloud trains new model versions (ONNX) into a versioned model
registry. Fleet managers use the fleet manager console (corporate SSO) to approve
and stage rollouts, and the rollout service pushes the new model over the air to
an update agent on each robot. Images are encrypted at rest in the cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Warehouse robot vision",
    profile=tg.RiskProfile.HIGH,
    description="On-robot grasp detection, retrained in the cloud from fleet images "
    "and rolled out over the air.",
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Tote camera images",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="RGB-D frames of totes; workers' hands or faces can appear in frame.",
)
grasps = tg.Data(
    "Grasp proposals",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
outcomes = tg.Data("Pick outcomes", sensitivity=tg.Sensitivity.INTERNAL, kind="feedback")
labels = tg.Data(
    "Grasp labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Grasp training set",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
train_config = tg.Data("Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code")
weights = tg.Data(
    "Grasp model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
rollout_plan = tg.Data(
    "Rollout plan",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Model version, target sites and robots, canary stages.",
)
fleet_status = tg.Data("Fleet update status", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
safety_signals = tg.Data(
    "Safety sensor readings and motion state",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
)
stop = tg.Data(
    "Safety stop",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Warehouse site network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Robot computer", trust=tg.Trust.INTERNAL):
        # The robot's camera, arm and picking software: the fleet of many robots.
        robot = tm.add(
            tg.Device(
                "Picking robot",
                fleet=True,
                description="Camera, arm and picking software that executes grasps.",
            )
        )
        # The grasp-detection model, run locally so picks do not depend on the network.
        grasp_model = tm.add(
            tg.Model(
                "Grasp detection model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                description="Proposes grasp points with a confidence for each item.",
            )
        )
        # Downloads new model packages and swaps the model the robot loads.
        ota_agent = tm.add(tg.Service("OTA update agent"))

    with tm.boundary("Safety controller", trust=tg.Trust.RESTRICTED):
        # Certified controller, separate hardware, that stops the robot on its own.
        safety = tm.add(
            tg.Service(
                "Certified safety controller",
                description="Functional-safety controller with its own sensors; no ML.",
            )
        )

with tm.boundary("Cloud ML platform", trust=tg.Trust.INTERNAL):
    # Receives image and outcome uploads from the robots.
    ingest = tm.add(
        tg.Endpoint(
            "Fleet upload endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.MutualAuthentication(note="per-robot X.509 certificates")},
        )
    )
    # Every uploaded image with its outcome and label: the training data.
    image_lake = tm.add(
        tg.Dataset(
            "Fleet image dataset",
            stores={images, outcomes, labels, training_set},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns pick successes and failures into grasp labels automatically.
    labeling = tm.add(tg.Pipeline("Outcome labeling job", stage=tg.Stage.LABELING))
    # Trains new grasp model versions on GPU instances.
    training = tm.add(
        tg.Pipeline("Grasp model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds each trained model version for rollout and rollback.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes approved model versions to robots in stages.
    rollout = tm.add(tg.Pipeline("OTA rollout service", stage=tg.Stage.DEPLOYMENT))
    # Web console where fleet managers approve and stage rollouts.
    console = tm.add(
        tg.Endpoint(
            "Fleet manager console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="fleet manager"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Operations staff who decide which robots get which model version.
    fleet_manager = tm.add(tg.Actor("Fleet manager", role="fleet manager", privileged=True))
    # Maintains the training code and configuration.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# On the robot
tm.flow(robot, grasp_model, images, protocol="local")
tm.flow(grasp_model, robot, grasps, protocol="local")
tm.flow(robot, safety, safety_signals, protocol="local")
tm.flow(safety, robot, stop, protocol="local")

# Robots to the cloud
tm.flow(robot, ingest, images, outcomes, protocol="mtls")
tm.flow(ingest, image_lake, images, outcomes)
tm.flow(image_lake, labeling, images, outcomes)
tm.flow(labeling, image_lake, labels)
tm.flow(image_lake, training, training_set)
tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(training, registry, weights)

# Rollouts
tm.flow(fleet_manager, console, rollout_plan, protocol="https")
tm.flow(console, fleet_manager, fleet_status, protocol="https")
tm.flow(console, rollout, rollout_plan)
tm.flow(rollout, console, fleet_status)
tm.flow(registry, rollout, weights)
tm.flow(rollout, ota_agent, weights, protocol="mtls")
tm.flow(ota_agent, rollout, fleet_status, protocol="mtls")
tm.flow(ota_agent, grasp_model, weights, protocol="local")
