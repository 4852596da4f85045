"""Online exam proctoring: the first design, before any security review.

Students sitting remote exams install the university's proctoring client on
their own laptop and sign in through the university's single sign-on. For the
length of the exam the client records the webcam and the screen and uploads
the recordings in chunks to an ingest API in the university's cloud tenant.
A processing service decodes frames and screen events and runs a detection
model (an open-weights vision model fine-tuned in-house) that flags moments
such as a second person, the student leaving, or a forbidden application.
Flags with their clips appear in a review dashboard, where invigilators decide
whether to refer a case to the examination board; no flag reaches a student
record without that review. Invigilators' decisions are kept as labels, and
each term the model is fine-tuned again on them and published to a registry.
Recordings are encrypted at rest and deleted after a fixed period.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online exam proctoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Webcam and screen analysis that flags suspected cheating for invigilators.",
)

# ---------------------------------------------------------------- data assets
sso_credentials = tg.Data(
    "Student SSO credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="University account password and MFA code.",
)
session_token = tg.Data(
    "Proctoring session token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="SAML-derived session token the client uploads with.",
)
webcam_video = tg.Data(
    "Webcam video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The student's face and room for the whole exam, with audio.",
)
screen_recording = tg.Data(
    "Screen recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Full screen capture plus the list of running applications and windows.",
)
session_status = tg.Data(
    "Session status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Upload acknowledgements and warnings such as 'camera covered'.",
)
frames = tg.Data(
    "Video frames and screen events",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Sampled webcam frames, audio levels and window-focus events per student.",
)
flags = tg.Data(
    "Suspected cheating flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Flag type, time range and confidence score per student and exam.",
)
evidence_clips = tg.Data(
    "Flagged clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Webcam and screen excerpts around each flag.",
)
review_decisions = tg.Data(
    "Invigilator review decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Dismissed or referred to the examination board, with a comment.",
)
base_weights = tg.Data(
    "Base vision model weights",
    kind="model-artifact",
    format="safetensors",
    sensitivity=tg.Sensitivity.PUBLIC,
)
model_weights = tg.Data(
    "Proctoring model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the fine-tuned detector.",
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Student home", trust=tg.Trust.UNTRUSTED):
    # The person being proctored, on their own laptop at home.
    student = tm.add(tg.Actor("Student", role="exam candidate"))
    # Proctoring client on the student's own laptop: records webcam and screen.
    client = tm.add(
        tg.Device(
            "Proctoring client",
            fleet=True,
            description="Desktop app installed by each student; captures webcam, mic and screen.",
        )
    )

with tm.boundary("Identity federation", trust=tg.Trust.PARTNER):
    # The university's SSO, run by the national education identity federation.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="SAML sign-in with the university account and MFA.",
        )
    )

with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights base vision model is downloaded from.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives recording chunks from every client during an exam.
    ingest = tm.add(
        tg.Endpoint(
            "Recording ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="university SSO (SAML) with MFA")},
        )
    )
    # Object storage for the full recordings of each exam session.
    recordings = tm.add(
        tg.DataStore(
            "Recording store",
            stores={webcam_video, screen_recording},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=180),
            },
        )
    )
    # Decodes recordings into frames and events and asks the model for flags.
    processor = tm.add(
        tg.Service(
            "Recording processing service",
            description="Runs after each exam; samples frames and calls the detector.",
        )
    )
    # The detector that scores each moment for suspected cheating.
    detector = tm.add(
        tg.Model(
            "Cheating detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Flags a second face, absence, looking away, phone, other apps open.",
            controls={
                c.HumanInTheLoop(approver="an invigilator reviews every flag before any referral")
            },
        )
    )
    # Flags, their scores and the invigilators' decisions.
    flag_store = tm.add(tg.DataStore("Flag database", stores={flags, review_decisions}))
    # Web dashboard where invigilators watch flagged clips and decide.
    dashboard = tm.add(
        tg.Service(
            "Flag review dashboard",
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.RBAC(note="invigilators see only the exams they are assigned"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reviewed flags with their frames, kept to fine-tune the detector.
        label_set = tm.add(
            tg.Dataset(
                "Reviewed flags dataset",
                stores={frames, review_decisions},
                purpose="fine-tuning",
            )
        )
        # Termly job that fine-tunes the base model on reviewed flags.
        finetune = tm.add(
            tg.Pipeline(
                "Fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Versioned store of fine-tuned checkpoints.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Exam staff who review flags; they refer cases, they do not decide misconduct.
    invigilator = tm.add(tg.Actor("Invigilator", role="exam invigilator"))
    # Learning-technology engineer who releases a new model version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(student, sso, sso_credentials, protocol="https", controls={tls})
tm.flow(sso, client, session_token, protocol="https", label="SAML sign-in")
tm.flow(student, client, webcam_video, screen_recording, label="captured by webcam and screen")
tm.flow(
    client,
    ingest,
    webcam_video,
    screen_recording,
    session_token,
    protocol="https",
    controls={tls},
    label="chunked upload",
)
tm.flow(ingest, client, session_status, protocol="https", controls={tls})
tm.flow(ingest, recordings, webcam_video, screen_recording)

tm.flow(recordings, processor, webcam_video, screen_recording)
tm.flow(processor, detector, frames)
tm.flow(detector, processor, flags)
tm.flow(processor, flag_store, flags)

tm.flow(flag_store, dashboard, flags)
tm.flow(recordings, dashboard, evidence_clips, label="clips around each flag")
tm.flow(dashboard, invigilator, flags, evidence_clips, protocol="https", controls={tls})
tm.flow(invigilator, dashboard, review_decisions, protocol="https", controls={tls})
tm.flow(dashboard, flag_store, review_decisions)

tm.flow(flag_store, label_set, review_decisions, label="end of term export")
tm.flow(processor, label_set, frames, label="frames of flagged moments")
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(label_set, finetune, frames, review_decisions)
tm.flow(finetune, registry, model_weights)
tm.flow(ml_engineer, registry, release_approval, label="approves release")
tm.flow(registry, detector, model_weights, label="deploy approved version")
