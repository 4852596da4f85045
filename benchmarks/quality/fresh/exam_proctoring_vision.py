"""Exam proctoring vision: the first design, before any security review.

An online proctoring service sold to universities. Students sign in through their
university's SSO and install our browser extension, which streams webcam frames
and screen events (tab switches, copy and paste, window focus) to our cloud
ingest API for the length of the exam. An analysis worker runs an in-house vision
model over the frames and flags suspicious behaviour: a second face, a phone,
looking away for long. Flagged clips land in a review queue; university proctors
check each one in a review portal before any misconduct case is opened. Reviewed
clips and proctor verdicts become training data, and the model is retrained
monthly and promoted by an ML engineer. Media is stored encrypted, the ingest and
portal require SSO-issued sessions, and proctors only see their own university.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Exam proctoring vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Webcam and screen monitoring of online exams with human-reviewed flags.",
)

# ---------------------------------------------------------------- data assets
webcam = tg.Data(
    "Webcam frames",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Video of the student and their room, sampled a few frames per second.",
)
screen_events = tg.Data(
    "Screen events",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Tab and window focus changes, clipboard use, visited exam URLs.",
)
login = tg.Data("University credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
session_token = tg.Data("Exam session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
sso_assertion = tg.Data(
    "Proctor SSO assertion", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
session_status = tg.Data(
    "Session status and warnings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
flags = tg.Data(
    "Behaviour flags",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Flag type, timestamps and confidence per detection.",
)
clips = tg.Data(
    "Flagged clips",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
verdict = tg.Data(
    "Proctor verdict",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Confirmed or dismissed, with a note; a confirmed flag opens a misconduct case.",
)
training_clips = tg.Data(
    "Reviewed clip training set", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
weights = tg.Data("Vision model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Student device", trust=tg.Trust.UNTRUSTED):
    # The person being proctored, on their own computer at home.
    student = tm.add(tg.Actor("Student", role="exam candidate"))
    # Our extension in the student's browser: captures and streams during the exam.
    extension = tm.add(
        tg.Device(
            "Proctoring browser extension",
            fleet=True,
            description="Chrome and Edge extension; captures webcam and screen events.",
        )
    )

with tm.boundary("University", trust=tg.Trust.PARTNER):
    # University staff who decide whether a flag is misconduct.
    proctor = tm.add(tg.Actor("University proctor", role="proctor"))
    # Each university's identity provider signs in both students and proctors.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

with tm.boundary("Proctoring cloud", trust=tg.Trust.INTERNAL):
    # Public API that receives the exam streams from extensions.
    ingest = tm.add(
        tg.Endpoint(
            "Stream ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="SSO-issued exam session token")},
        )
    )
    # Pulls new session media, runs the vision model and builds flagged clips.
    worker = tm.add(tg.Service("Session analysis worker"))
    # The in-house detector for faces, phones and gaze direction.
    vision = tm.add(
        tg.Model(
            "Behaviour detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN detector plus gaze estimator, fine-tuned on reviewed clips.",
        )
    )
    # Web app where proctors watch flagged clips and record a verdict.
    portal = tm.add(
        tg.Endpoint(
            "Proctor review portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="SAML via university SSO"),
                c.RBAC(note="proctors see only exams of their own university"),
                c.HumanInTheLoop(
                    approver="university proctor",
                    note="no misconduct case without a proctor confirming the flag",
                ),
            },
        )
    )

    with tm.boundary("Media storage", trust=tg.Trust.RESTRICTED):
        # Raw webcam frames and screen events of every exam session.
        session_store = tm.add(
            tg.DataStore(
                "Session media store",
                stores={webcam, screen_events},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Flags and clips waiting for, or already given, a proctor verdict.
        review_queue = tm.add(
            tg.DataStore(
                "Review queue",
                stores={flags, clips, verdict},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Reviewed clips with their verdicts, collected for retraining.
    train_set = tm.add(tg.Dataset("Reviewed clip dataset", stores={training_clips, verdict}))
    # Monthly fine-tuning of the detector on the reviewed clips.
    training = tm.add(
        tg.Pipeline(
            "Retraining pipeline",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={c.ModelValidation(note="accuracy on a fixed hold-out set before promotion")},
        )
    )
    # Versioned detector weights that serving loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves which model version goes to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(student, sso, login, protocol="https")
tm.flow(sso, extension, session_token, protocol="https")
tm.flow(student, extension, webcam, screen_events, protocol="local", label="captured")
tm.flow(extension, ingest, webcam, screen_events, session_token, protocol="wss")
tm.flow(ingest, extension, session_status, protocol="wss")
tm.flow(extension, student, session_status, protocol="local", label="on-screen warnings")

tm.flow(ingest, session_store, webcam, screen_events)
tm.flow(session_store, worker, webcam, screen_events)
tm.flow(worker, vision, webcam)
tm.flow(vision, worker, flags)
tm.flow(worker, review_queue, flags, clips)

tm.flow(proctor, sso, login, protocol="https")
tm.flow(sso, portal, sso_assertion, protocol="https")
tm.flow(review_queue, portal, flags, clips)
tm.flow(portal, proctor, flags, clips, protocol="https")
tm.flow(proctor, portal, verdict, protocol="https")
tm.flow(portal, review_queue, verdict)

tm.flow(review_queue, train_set, clips, verdict, label="nightly export of reviewed clips")
tm.flow(train_set, training, training_clips, verdict)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, vision, weights, label="deploy")
