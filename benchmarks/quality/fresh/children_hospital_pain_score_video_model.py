"""Bedside pain-score video model: the first design, before any security review.

A US children's hospital puts a camera over the bed of non-verbal patients (infants,
sedated children, children with developmental disabilities) on enrolled inpatient
wards. The cameras stream RTSP video over the medical-device VLAN to a video gateway
in the hospital data centre, which decodes frames, crops the face and body region and
calls an in-house pain-estimation model every 30 seconds. When the estimated score
stays above the unit's threshold, an alerting service prompts the assigned nurse on
their handheld to do a bedside pain assessment; the nurse charts the assessment in
the EHR, which also receives the model's score as a flowsheet row over the interface
engine. The gateway keeps 30-second clips around each alert (never continuous video)
in an encrypted clip store in the research enclave, where research nurses label them
with FLACC scores for retraining. An ML engineer promotes retrained PyTorch
checkpoints from the model registry. The score never triggers treatment by itself.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bedside pain-score video model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Camera-based pain estimation for non-verbal paediatric inpatients that prompts "
        "nurses to assess pain at the bedside."
    ),
)

# ---------------------------------------------------------------- data assets
bedside_video = tg.Data(
    "Bedside video of patient",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Live RTSP stream of the child in bed (PHI).",
)
frames = tg.Data(
    "Cropped patient video frames",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face and body crops sampled from the stream, with room and time.",
)
pain_score = tg.Data(
    "Estimated pain score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="0-10 estimate with a confidence value, per patient and time window.",
)
pain_alert = tg.Data(
    "Pain assessment prompt",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Room, patient name and MRN, score trend; asks the nurse to assess.",
)
acknowledgement = tg.Data(
    "Nurse acknowledgement",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accepted, dismissed or 'patient not in pain', with the nurse's id.",
)
room_assignment = tg.Data(
    "Patient room assignments",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="ADT feed: which patient is in which bed, and whether enrolled.",
)
assessment = tg.Data(
    "Charted pain assessment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="FLACC or r-FLACC score and interventions charted by the nurse.",
)
clips = tg.Data(
    "Alert video clips",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="30-second clips kept around each alert for review and retraining.",
)
labels = tg.Data(
    "FLACC clip labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled clip training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
checkpoint = tg.Data(
    "Pain model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch .pt checkpoint of the video model.",
)
promotion = tg.Data("Model promotion decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient rooms", trust=tg.Trust.UNTRUSTED):
    # The child being watched; families and visitors share the room with the camera.
    patient = tm.add(tg.Actor("Patient", role="non-verbal inpatient"))

with tm.boundary("Medical device VLAN", trust=tg.Trust.INTERNAL):
    # One ceiling camera per enrolled bed: the only sensor of the system.
    camera = tm.add(
        tg.Device(
            "Bedside camera",
            fleet=True,
            description="Off-the-shelf IP camera with IR, mounted over the bed.",
        )
    )

with tm.boundary("Clinical network", trust=tg.Trust.INTERNAL):
    # Decodes the streams and turns them into model inputs; the only thing that keeps video.
    gateway = tm.add(
        tg.Service(
            "Video gateway",
            description="Pulls RTSP streams, samples and crops frames, saves clips on alert.",
            controls={
                c.DataMinimization(
                    note="continuous video is never written to disk; only 30-second clips around alerts"
                )
            },
        )
    )
    # Internal inference API in front of the model, called only by the gateway.
    scoring = tm.add(
        tg.Endpoint(
            "Pain scoring service",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
        )
    )
    # The model itself: estimates pain from facial action and body movement.
    model = tm.add(
        tg.Model(
            "Pain estimation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Video transformer trained in-house on labelled bedside clips.",
            controls={
                c.ModelValidation(
                    note="prospective validation against nurse FLACC scores before go-live"
                )
            },
        )
    )
    # Applies the unit's threshold and debounce, and routes the prompt to the assigned nurse.
    alerting = tm.add(
        tg.Service(
            "Nurse alerting service",
            description="Maps bed to patient and nurse, sends prompts, posts scores to the EHR.",
            controls={
                c.HumanInTheLoop(
                    approver="assigned bedside nurse",
                    note="the score only prompts a bedside assessment; the nurse decides any treatment",
                )
            },
        )
    )
    # Hospital-issued smartphone the nurse carries on shift.
    handheld = tm.add(
        tg.Device(
            "Nurse handheld",
            fleet=True,
            controls={c.Authentication(method="badge tap and the nurse's own PIN")},
        )
    )
    # Receives prompts, assesses the child, charts the result.
    nurse = tm.add(tg.Actor("Bedside nurse", role="nurse"))

with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
    # The hospital's existing record system: source of bed assignments, sink of scores.
    ehr = tm.add(
        tg.DataStore(
            "EHR",
            stores={assessment, pain_score, room_assignment},
            controls={
                c.Authentication(method="SSO with badge tap and individual password"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Research computing enclave", trust=tg.Trust.RESTRICTED):
    # Retained alert clips, the raw material for review and retraining.
    clip_store = tm.add(
        tg.DataStore(
            "Alert clip store",
            stores={clips},
            controls={
                c.EncryptionAtRest(key_management="hospital KMS"),
                c.RBAC(),
                c.RetentionLimits(days=365),
            },
        )
    )
    # Research nurses score each clip with FLACC in an annotation tool.
    annotator = tm.add(tg.Actor("Research nurse annotator", role="annotator"))
    labeling = tm.add(
        tg.Pipeline(
            "Clip labelling",
            stage=tg.Stage.LABELING,
            controls={
                c.DataSanitization(note="each clip labelled twice; disagreements adjudicated")
            },
        )
    )
    # Versioned set of labelled clips the model is trained on.
    dataset = tm.add(tg.Dataset("Pain training set", stores={training_set}))
    # GPU training job, run quarterly.
    training = tm.add(
        tg.Pipeline("Model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds every trained checkpoint; serving loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={checkpoint},
            controls={c.ModelVersioning()},
        )
    )
    # Trains and promotes models; has admin rights in the enclave.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# live scoring
tm.flow(patient, camera, bedside_video, label="in view of the camera")
tm.flow(camera, gateway, bedside_video, protocol="rtsp")
tm.flow(ehr, alerting, room_assignment, protocol="mllp", label="ADT feed")
tm.flow(alerting, gateway, room_assignment, label="enrolled beds")
tm.flow(gateway, scoring, frames, protocol="grpc")
tm.flow(scoring, model, frames)
tm.flow(model, scoring, pain_score)
tm.flow(scoring, gateway, pain_score, protocol="grpc")
tm.flow(gateway, alerting, pain_score)

# prompting the nurse
tm.flow(alerting, handheld, pain_alert, protocol="https")
tm.flow(handheld, nurse, pain_alert, label="on the handheld screen")
tm.flow(nurse, handheld, acknowledgement, label="taps on the handheld")
tm.flow(handheld, alerting, acknowledgement, protocol="https")
tm.flow(alerting, ehr, pain_score, protocol="mllp", label="flowsheet row")
tm.flow(nurse, ehr, assessment, protocol="https", label="charted at the workstation")

# retention, labelling and retraining
tm.flow(gateway, clip_store, clips, protocol="smb")
tm.flow(clip_store, labeling, clips)
tm.flow(ehr, labeling, assessment, label="charted scores for the same window")
tm.flow(annotator, labeling, labels, protocol="https")
tm.flow(labeling, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, checkpoint)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, model, checkpoint, label="deploy")
