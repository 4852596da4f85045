"""Online exam proctoring: the first design, before any security review.

Candidates sit remote certification and university exams in a lockdown browser
on their own laptops. After signing in, the browser streams webcam video and
microphone audio to our media ingest service for the whole exam. The service
records the session and passes decoded frames to an in-house gaze and face
model (looking away, a second face, no face) and audio to an in-house sound
event model (speech, a second voice). An integrity flagging service turns their
detections into timestamped flags in a review queue. Contract proctors at a
partner firm review each flag with the clip in a review console, and only flags
they confirm go into the integrity report sent to the exam sponsor. Reviewed
clips and proctor verdicts are kept as training data for quarterly retraining.
Controls in this design: candidate sign-in, TLS on the public links, SSO with
MFA for proctors, encrypted recordings, and proctor review before reporting.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online exam proctoring gaze model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Flags possible cheating in remote exams from webcam video and audio "
    "for human proctors to review.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Candidate sign-in",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate e-mail address and password.",
)
session_config = tg.Data(
    "Exam session configuration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Exam id, candidate id, allowed duration and the proctoring settings.",
)
webcam_stream = tg.Data(
    "Candidate webcam video and audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Live webcam and microphone stream of the candidate and their room.",
)
recordings = tg.Data(
    "Exam session recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
frames = tg.Data(
    "Decoded webcam frames",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Sampled video frames of the candidate's face, 5 per second.",
)
audio_segments = tg.Data("Candidate audio segments", kind="media", sensitivity=tg.Sensitivity.PII)
gaze_detections = tg.Data(
    "Gaze and face detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-second scores for gaze off screen, face missing and extra faces.",
)
sound_detections = tg.Data(
    "Sound event detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Scores for speech, a second voice and device sounds.",
)
flags = tg.Data(
    "Suspected cheating flags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Timestamped flags with the reason and the model scores.",
)
review_clips = tg.Data("Flagged exam clips", kind="media", sensitivity=tg.Sensitivity.PII)
verdicts = tg.Data(
    "Proctor verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
integrity_report = tg.Data(
    "Exam integrity report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
training_clips = tg.Data(
    "Labelled proctoring clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
model_artifact = tg.Data(
    "Proctoring model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person sitting the exam, at home or at work, on their own equipment.
    candidate = tm.add(tg.Actor("Candidate", role="exam candidate"))
    # The lockdown browser on the candidate's own laptop captures webcam and microphone.
    laptop = tm.add(
        tg.Device(
            "Candidate laptop with lockdown browser",
            fleet=True,
            description="Candidate-owned machine running our lockdown browser build.",
        )
    )

with tm.boundary("Proctoring cloud", trust=tg.Trust.INTERNAL):
    # Where the lockdown browser signs in and fetches the exam session.
    session_api = tm.add(
        tg.Endpoint(
            "Exam session API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="candidate e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Terminates the WebRTC stream, records it, and fans frames and audio out to the models.
    ingest = tm.add(
        tg.Service(
            "Media ingest service",
            internet_facing=True,
            description="WebRTC media server that records sessions and decodes frames.",
        )
    )
    # Watches the candidate's face and gaze in each sampled frame.
    gaze_model = tm.add(
        tg.Model(
            "Gaze and face detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN fine-tuned in-house from an open face-landmark backbone.",
        )
    )
    # Listens for speech and other sounds that suggest outside help.
    sound_model = tm.add(
        tg.Model(
            "Sound event model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Applies thresholds to the detections and raises flags for proctors.
    flagging = tm.add(
        tg.Service(
            "Integrity flagging service",
            description="Scores above threshold for more than 3 seconds become a flag.",
            controls={
                c.HumanInTheLoop(
                    approver="contract proctor",
                    note="no flag reaches the exam sponsor until a proctor confirms it",
                )
            },
        )
    )
    # Queue of open flags and the proctors' verdicts on them.
    flag_store = tm.add(tg.DataStore("Flag review queue", stores={flags, verdicts}))
    # Web console where proctors watch flagged clips and record a verdict.
    console = tm.add(
        tg.Endpoint(
            "Proctor review console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="partner SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Recording storage", trust=tg.Trust.RESTRICTED):
        # Full session recordings, kept for appeals and for training.
        recording_store = tm.add(
            tg.DataStore(
                "Session recording store",
                stores={recordings},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed clips with proctor verdicts as labels.
        clip_dataset = tm.add(tg.Dataset("Labelled clip dataset", stores={training_clips}))
        # Quarterly retraining of both detectors.
        retraining = tm.add(
            tg.Pipeline(
                "Quarterly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versioned model weights that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Proctoring partner", trust=tg.Trust.PARTNER):
    # Contract proctors employed by an outsourced proctoring firm.
    proctor = tm.add(tg.Actor("Contract proctor", role="proctor"))

with tm.boundary("Exam sponsor", trust=tg.Trust.PARTNER):
    # The university or certification body that receives integrity reports and decides.
    sponsor = tm.add(
        tg.ExternalService(
            "Exam sponsor results API",
            description="The sponsor's system that decides on results and misconduct.",
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(candidate, laptop, webcam_stream, label="camera and microphone capture")
tm.flow(candidate, laptop, sign_in, label="types credentials")
tm.flow(laptop, session_api, sign_in, protocol="https", controls={tls})
tm.flow(session_api, laptop, session_config, protocol="https", controls={tls})
tm.flow(
    laptop,
    ingest,
    webcam_stream,
    protocol="webrtc",
    controls={c.EncryptionInTransit(protocol="DTLS-SRTP")},
)
tm.flow(session_api, ingest, session_config, label="opens the recording session")

tm.flow(ingest, recording_store, recordings)
tm.flow(ingest, gaze_model, frames)
tm.flow(gaze_model, flagging, gaze_detections)
tm.flow(ingest, sound_model, audio_segments)
tm.flow(sound_model, flagging, sound_detections)
tm.flow(flagging, flag_store, flags)

tm.flow(flag_store, console, flags)
tm.flow(recording_store, console, review_clips)
tm.flow(console, proctor, flags, review_clips, protocol="https", controls={tls})
tm.flow(proctor, console, verdicts, protocol="https", controls={tls})
tm.flow(console, flag_store, verdicts)
tm.flow(flag_store, sponsor, integrity_report, protocol="https", controls={tls})

tm.flow(flag_store, clip_dataset, verdicts, label="confirmed and dismissed flags")
tm.flow(recording_store, clip_dataset, training_clips, label="clips around each flag")
tm.flow(clip_dataset, retraining, training_clips)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, gaze_model, model_artifact, label="deploy")
tm.flow(registry, sound_model, model_artifact, label="deploy")
