"""Driving school theory test proctoring: the first design, before any security review.

A driving school chain in the Netherlands and Germany lets learners sit its internal
theory exam (the one that unlocks booking the official test) from home. Learners sign
in to the exam web app with their school account (e-mail and password) on their own
laptop, in a lockdown browser that streams webcam and microphone to a proctoring
service. At the start a face match model compares a webcam snapshot with the photo
on the learner's ID document; during the exam a cheating behaviour detector flags a
second person, a phone, speech or looking away. Flagged sessions are reviewed by human
proctors from a contracted agency, who decide whether the attempt stands; no attempt
is voided by the model alone. Recordings are kept encrypted for 90 days. Proctor
verdicts on flagged clips are used to fine-tune the detector each quarter. Everything
runs in an EU cloud region; instructors see results in the same web app.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driving school theory test proctoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Remote theory exams with AI-flagged, human-reviewed proctoring.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data("Learner credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
questions = tg.Data(
    "Exam questions",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
answers = tg.Data("Learner answers", kind="records", sensitivity=tg.Sensitivity.PII)
id_photo = tg.Data(
    "ID document photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of the learner's passport or ID card, taken with the webcam.",
)
snapshot = tg.Data("Webcam face snapshot", kind="media", sensitivity=tg.Sensitivity.REGULATED)
stream = tg.Data(
    "Webcam and microphone stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video and audio of the learner and their room for the whole exam.",
)
match_result = tg.Data("Face match result", kind="model-output", sensitivity=tg.Sensitivity.PII)
flags = tg.Data(
    "Cheating flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Timestamped events: second person, phone, speech, gaze away, with confidence.",
)
recordings = tg.Data(
    "Session recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
results = tg.Data("Exam results", kind="records", sensitivity=tg.Sensitivity.PII)
verdicts = tg.Data(
    "Proctor verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Whether each flag was real, and whether the attempt stands.",
)
clips = tg.Data("Labelled proctoring clips", kind="training-data", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person taking the exam, at home.
    learner = tm.add(tg.Actor("Learner", role="exam candidate"))
    # The learner's own machine running the lockdown browser; we do not control it.
    laptop = tm.add(
        tg.Device(
            "Learner laptop with lockdown browser",
            fleet=True,
            description="Learner-owned Windows or macOS computer running our lockdown browser.",
        )
    )

with tm.boundary("EU cloud region", trust=tg.Trust.INTERNAL):
    # Serves questions, takes answers and sign-in; instructors use it for results too.
    web_app = tm.add(
        tg.Endpoint(
            "Exam web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Takes the live stream, calls both models and records the session.
    proctoring = tm.add(
        tg.Service(
            "Proctoring service",
            controls={c.HumanInTheLoop(approver="contracted human proctor")},
        )
    )
    # Checks that the person at the laptop is the learner on the ID document.
    face_match = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights face embedding model; cosine similarity above a threshold passes.",
        )
    )
    # Flags behaviour that may be cheating; a proctor decides what it means.
    detector = tm.add(
        tg.Model(
            "Cheating behaviour detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights vision and audio models fine-tuned on our proctor-labelled clips.",
        )
    )
    # The exam content; leaking it would let learners memorise answers.
    question_bank = tm.add(tg.DataStore("Question bank", stores={questions}))
    # Attempts, answers, scores, flags and proctor verdicts.
    exam_db = tm.add(
        tg.DataStore(
            "Exam records database", stores={answers, flags, results, verdicts, match_result}
        )
    )
    # Video and audio of each session, for proctor review and appeals.
    recording_store = tm.add(
        tg.DataStore(
            "Session recording storage",
            stores={recordings, id_photo},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Where proctors watch flagged clips and record their verdicts.
    review_console = tm.add(
        tg.Endpoint(
            "Proctor review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="SSO with TOTP"), c.RBAC()},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Clips and verdicts kept for fine-tuning the detector.
        clip_set = tm.add(tg.Dataset("Proctoring clip dataset", stores={clips}))
        # Quarterly fine-tuning of the detector on the latest labelled clips.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Quarterly detector fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )

with tm.boundary("Proctoring agency", trust=tg.Trust.PARTNER):
    # Contracted proctors who make the final call on flagged sessions.
    proctor = tm.add(tg.Actor("Human proctor", role="contracted proctor"))

with tm.boundary("Driving school offices", trust=tg.Trust.INTERNAL):
    # Instructors decide who may book the official test based on results.
    instructor = tm.add(tg.Actor("Driving instructor", role="instructor"))

# ---------------------------------------------------------------- flows
tm.flow(learner, laptop, answers, id_photo, credentials, label="takes the exam")
tm.flow(laptop, learner, questions, results, label="shows questions and result")

tm.flow(laptop, web_app, credentials, answers, protocol="https")
tm.flow(web_app, laptop, questions, results, protocol="https")
tm.flow(question_bank, web_app, questions)
tm.flow(web_app, exam_db, answers, results)
tm.flow(exam_db, web_app, results)

tm.flow(laptop, proctoring, id_photo, snapshot, stream, protocol="wss")
tm.flow(proctoring, face_match, id_photo, snapshot)
tm.flow(face_match, proctoring, match_result)
tm.flow(proctoring, detector, stream)
tm.flow(detector, proctoring, flags)
tm.flow(proctoring, recording_store, recordings, id_photo)
tm.flow(proctoring, exam_db, flags, match_result)

tm.flow(exam_db, review_console, flags, match_result)
tm.flow(recording_store, review_console, recordings, id_photo)
tm.flow(review_console, proctor, flags, recordings, protocol="https")
tm.flow(proctor, review_console, verdicts, protocol="https")
tm.flow(review_console, exam_db, verdicts)
tm.flow(review_console, clip_set, clips, label="flagged clips with verdicts")

tm.flow(clip_set, fine_tuning, clips)
tm.flow(fine_tuning, detector, weights, label="deploy")

tm.flow(web_app, instructor, results, protocol="https")
tm.flow(instructor, web_app, credentials, protocol="https")
