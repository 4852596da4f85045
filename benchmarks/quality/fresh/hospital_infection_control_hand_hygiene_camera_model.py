"""Hand hygiene compliance cameras: the first design, before any security review.

Ceiling cameras over bed spaces on adult inpatient wards stream video to an edge
inference box in each ward's comms cupboard. A detection model on the box spots the
WHO "moments" for hand hygiene (before touching a patient, after body-fluid exposure,
and so on) and whether a hand rub or wash happened. Frames stay in memory on the box;
only bed-space-level hygiene events leave it, plus short clips of events the model is
unsure about, which trained hygiene auditors label in an annotation tool. A nightly
job turns events into anonymised compliance rates per ward that the infection
prevention and control (IPC) team reads on a dashboard behind hospital SSO. Labelled
clips feed retraining in the ML enclave, starting from a public pose-estimation
backbone; an ML engineer approves each release before it is pushed to the ward boxes.
The project has an information governance sign-off (DPIA) for cameras on wards.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hand hygiene compliance cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Measures hand hygiene compliance at bed spaces and reports anonymised rates to IPC.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Ward bed-space video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Live video of patients in bed and the staff and visitors attending them.",
)
detections = tg.Data(
    "Detected hygiene moments",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Moment type, hand rub or wash seen, confidence; no images.",
)
events = tg.Data(
    "Hand hygiene events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ward, bed space, time, moment type and compliant flag; no identities.",
)
clips = tg.Data(
    "Uncertain event clips",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Ten-second clips around events the model scored below its confidence cut-off.",
)
labels = tg.Data(
    "Hygiene labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labelled training clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
rates = tg.Data(
    "Ward compliance rates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weekly compliance percentage per ward and moment type.",
)
dashboard_request = tg.Data(
    "Dashboard request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
backbone = tg.Data(
    "Pretrained pose backbone",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="Open-weights pose-estimation checkpoint (PyTorch) used as the starting point.",
)
model_artifact = tg.Data(
    "Hand hygiene model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the public pose-estimation backbone is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Ward camera VLAN", trust=tg.Trust.INTERNAL):
    # The sensors: fixed ceiling cameras, one per bed bay, supplied by the CCTV vendor.
    cameras = tm.add(
        tg.Device("Ward ceiling cameras", fleet=True, description="PoE IP cameras over bed spaces.")
    )
    # Runs the model next to the cameras so that video never leaves the ward.
    edge_box = tm.add(
        tg.Service(
            "Ward edge inference box",
            description="One per ward; decodes the streams, runs the model, emits events.",
            controls={
                c.DataMinimization(note="frames held in memory only; events carry no images"),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); health care management, Art. 9(2)(h)",
                    note="DPIA signed off by information governance",
                ),
            },
        )
    )
    # The detector that decides whether a hygiene moment was met.
    detector = tm.add(
        tg.Model(
            "Hand hygiene detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Pose and hand-action detector fine-tuned on labelled ward clips.",
        )
    )

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # Keeps the uncertain clips until the auditors have labelled them.
    clip_store = tm.add(
        tg.DataStore(
            "Clip review store",
            stores={clips},
            controls={
                c.EncryptionAtRest(key_management="SAN volume encryption"),
                c.RBAC(),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Keeps the anonymised events and the rates computed from them.
    event_store = tm.add(tg.DataStore("Hygiene event database", stores={events, rates}))
    # Turns events into the weekly rates IPC reports on.
    aggregation = tm.add(
        tg.Service(
            "Nightly compliance aggregation job",
            controls={c.DataMinimization(note="suppresses cells with fewer than 20 opportunities")},
        )
    )
    # What the IPC team looks at.
    dashboard = tm.add(
        tg.Endpoint(
            "IPC compliance dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hospital Active Directory single sign-on"),
                c.RBAC(),
            },
        )
    )
    # Where auditors watch the uncertain clips and say what really happened.
    annotation = tm.add(
        tg.Pipeline(
            "Clip annotation tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="hospital Active Directory single sign-on")},
        )
    )

    with tm.boundary("ML enclave", trust=tg.Trust.RESTRICTED):
        # The labelled clips the detector is retrained on.
        training_set = tm.add(
            tg.Dataset(
                "Labelled clip training set",
                stores={training_clips, labels},
                controls={c.EncryptionAtRest(key_management="SAN volume encryption")},
            )
        )
        # Fine-tunes the detector from the public backbone and the labelled clips.
        training = tm.add(
            tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds the model versions that may go to the wards.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Pushes an approved version to every ward box.
        deployment = tm.add(
            tg.Pipeline(
                "Edge model rollout",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="ML engineer"), c.ModelValidation()},
            )
        )

with tm.boundary("Hospital staff network", trust=tg.Trust.INTERNAL):
    # The consumers of the rates.
    ipc_team = tm.add(tg.Actor("Infection prevention and control team", role="IPC nurse"))
    # Trained hand hygiene auditors who label the uncertain clips.
    auditor = tm.add(tg.Actor("Hand hygiene auditor", role="annotator"))
    # Owns the model and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_box, video, protocol="rtsp", label="camera VLAN")
tm.flow(edge_box, detector, video, label="decoded frames")
tm.flow(detector, edge_box, detections)
tm.flow(edge_box, event_store, events, protocol="https")
tm.flow(edge_box, clip_store, clips, protocol="https", label="low-confidence events")

tm.flow(event_store, aggregation, events, label="nightly batch")
tm.flow(aggregation, event_store, rates)
tm.flow(event_store, dashboard, rates)
tm.flow(ipc_team, dashboard, dashboard_request, protocol="https")
tm.flow(dashboard, ipc_team, rates, protocol="https")

tm.flow(clip_store, annotation, clips)
tm.flow(annotation, auditor, clips, protocol="https")
tm.flow(auditor, annotation, labels, protocol="https")
tm.flow(annotation, training_set, training_clips, labels)

tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training_set, training, training_clips, labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, deployment, model_artifact)
tm.flow(ml_engineer, deployment, approval, protocol="https")
tm.flow(deployment, detector, model_artifact, protocol="https", label="push to ward boxes")
