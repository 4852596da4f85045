"""Autonomous truck perception training: the first design, before any security review.

Our self-driving trucks record camera and lidar clips around interesting events
(hard braking, disengagements, rare objects) and upload them over cellular, with
per-truck device certificates (mTLS), to an ingestion service in our cloud account,
which writes them to an encrypted clip lake. A selection job picks clips worth
labeling and copies them to a bucket shared with an external labeling vendor, whose
annotators draw 2D/3D boxes and write the labels back to the same bucket. An import
job checks the labels against our schema and merges them into a versioned training
set. Perception engineers launch training runs on the GPU cluster, which saves a
PyTorch checkpoint; the evaluation job exports it and runs it on the scenario suite
before it is registered. After a release board approves, the OTA service pushes the
signed detector to the fleet, where it runs on each truck's onboard computer and its
detections feed the planner that decides when to brake.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Autonomous truck perception training",
    profile=tg.RiskProfile.HIGH,
    description="Fleet data to labels to a trained object detector, shipped over the air to trucks.",
)

# ---------------------------------------------------------------- data assets
clips = tg.Data(
    "Camera and lidar clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Road scenes with bystanders' faces and licence plates, plus GPS traces.",
)
live_frames = tg.Data(
    "Live sensor frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
selected_clips = tg.Data(
    "Clips selected for labeling",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
)
labels = tg.Data(
    "Vendor 3D box labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Perception training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
scenario_suite = tg.Data(
    "Scenario evaluation suite",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Curated and simulated scenarios with pass/fail criteria per object class.",
)
training_config = tg.Data("Training job config", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
checkpoint = tg.Data(
    "Detector checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="torch.save checkpoint written by the training run.",
)
release_model = tg.Data(
    "Detector release package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="ONNX export plus metadata; built into a TensorRT engine on the truck.",
)
eval_report = tg.Data(
    "Scenario evaluation report", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Object detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Truck fleet",
    trust=tg.Trust.INTERNAL,
    description="Company-owned trucks on public roads, connected over carrier cellular.",
):
    # Records clips, runs the OTA client and the planner that brakes on detections.
    trucks = tm.add(
        tg.Device(
            "Truck onboard computer",
            fleet=True,
            description="Sensors, clip recorder, OTA client and motion planner on every truck.",
        )
    )
    # The model this pipeline produces; its output drives braking decisions.
    detector = tm.add(
        tg.Model(
            "Onboard perception detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="3D object detector over camera and lidar, running on the truck GPU.",
        )
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from the trucks.
    ingestion = tm.add(
        tg.Endpoint(
            "Clip ingestion service",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Upload API on a public address; trucks authenticate with device certs.",
        )
    )
    # All uploaded clips.
    clip_lake = tm.add(
        tg.DataStore(
            "Raw clip lake",
            stores={clips},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Chooses which clips are worth paying to label (rare classes, disagreements).
    selection = tm.add(tg.Pipeline("Clip selection job", stage=tg.Stage.PREPROCESSING))
    # Exchange point with the labeling vendor; vendor has cross-account read/write.
    shared_bucket = tm.add(
        tg.DataStore(
            "Shared labeling bucket",
            stores={selected_clips, labels},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Brings vendor labels back in and merges them with their clips.
    label_import = tm.add(
        tg.Pipeline(
            "Label import job",
            stage=tg.Stage.LABELING,
            controls={c.SchemaEnforcement(note="label format, class list, box bounds")},
        )
    )
    # What the detector is trained on.
    dataset = tm.add(
        tg.Dataset("Perception training set", stores={training_set}, controls={c.DataVersioning()})
    )
    # Held-out scenarios a new detector must pass.
    scenarios = tm.add(
        tg.Dataset("Scenario library", stores={scenario_suite}, purpose="evaluation")
    )
    # Exports the checkpoint and runs it on the scenario suite before registration.
    evaluation = tm.add(
        tg.Pipeline(
            "Scenario evaluation",
            stage=tg.Stage.EVALUATION,
            controls={c.ModelValidation(note="per-class recall thresholds on the scenario suite")},
        )
    )
    # Versions of the detector that passed evaluation.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={release_model}, controls={c.ModelVersioning()})
    )
    # Pushes an approved detector to the fleet.
    ota = tm.add(
        tg.Pipeline(
            "OTA update service",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.SignedModels(note="release package signed; OTA client verifies before install"),
                c.HumanInTheLoop(approver="vehicle safety release board"),
            },
        )
    )

    with tm.boundary("GPU cluster", trust=tg.Trust.INTERNAL):
        # Trains the detector; jobs pull their container images and pip packages.
        training = tm.add(
            tg.Pipeline(
                "GPU training cluster",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.RBAC()},
            )
        )

with tm.boundary("Labeling vendor", trust=tg.Trust.PARTNER):
    # External annotation workforce working on their own tooling.
    vendor = tm.add(
        tg.Pipeline(
            "Vendor annotation team",
            stage=tg.Stage.LABELING,
            description="Contracted labeling company; annotators work in the vendor's tool.",
            controls={c.SupplierAssessment(note="security questionnaire and NDA at onboarding")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Launches training runs and signs off releases with the safety board.
    engineer = tm.add(tg.Actor("Perception engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(trucks, ingestion, clips, protocol="mtls", label="cellular upload")
tm.flow(ingestion, clip_lake, clips)
tm.flow(clip_lake, selection, clips)
tm.flow(selection, shared_bucket, selected_clips)

tm.flow(shared_bucket, vendor, selected_clips, protocol="https")
tm.flow(vendor, shared_bucket, labels, protocol="https")
tm.flow(shared_bucket, label_import, labels, selected_clips)
tm.flow(label_import, dataset, training_set)

tm.flow(engineer, training, training_config, protocol="https", label="launches run")
tm.flow(dataset, training, training_set)
tm.flow(training, evaluation, checkpoint)
tm.flow(scenarios, evaluation, scenario_suite)
tm.flow(evaluation, engineer, eval_report, protocol="https")
tm.flow(evaluation, registry, release_model, label="registers passing exports")

tm.flow(engineer, ota, release_approval, protocol="https")
tm.flow(registry, ota, release_model)
tm.flow(ota, trucks, release_model, protocol="https", label="over-the-air push")
tm.flow(trucks, detector, release_model, label="installs and loads")
tm.flow(trucks, detector, live_frames, label="camera and lidar frames")
tm.flow(detector, trucks, detections, label="to planner and braking")
