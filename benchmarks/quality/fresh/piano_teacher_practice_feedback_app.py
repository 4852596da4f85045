"""Piano practice feedback app: the first design, before any security review.

A music school gives its piano students (many of them children) a phone app in
which they record themselves playing the pieces they have been assigned. The app
uploads each recording to the school's cloud project, where a transcription
worker runs an open-weights audio-to-notes model and a scoring service aligns
the transcribed notes with the piece's score to rate rhythm and note accuracy.
Teachers use a web dashboard to see each student's progress, listen to the
recordings, upload the scores (MusicXML) of new pieces and leave comments, which
reach the student through a push notification. Students sign in with a
school-issued username and password, teachers with the school's Google
Workspace accounts; the dashboard shows a teacher only their own students,
uploads are checked for type and size, and the recording bucket is encrypted
with the cloud provider's managed keys. The school is in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Piano practice feedback app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Students record practice on their phones; a model transcribes and scores it "
    "against the score; teachers follow progress and comment.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Practice recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio of a student playing, tied to their account; may pick up voices in the room.",
)
transcription = tg.Data(
    "Note transcription",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Onsets, pitches and durations of the notes detected in a recording.",
)
practice_score = tg.Data(
    "Practice scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Rhythm and accuracy ratings per passage, per student and piece.",
)
sheet_music = tg.Data(
    "Sheet music",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="MusicXML of assigned pieces, some from licensed editions.",
)
progress = tg.Data(
    "Student progress records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student names, ages, assignments, score history.",
)
comments = tg.Data("Teacher comments", kind="feedback", sensitivity=tg.Sensitivity.PII)
notification = tg.Data("Comment notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Transcription model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="onnx",
    description="Published open-weights piano transcription model.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The student practising at home; often a child, sometimes a parent helps.
    student = tm.add(tg.Actor("Student", role="piano student"))
    # Teachers use the dashboard from school and from home browsers.
    teacher = tm.add(tg.Actor("Teacher", role="piano teacher"))
    # The app on students' own phones: records audio, shows scores and comments.
    phone_app = tm.add(
        tg.Device(
            "Student phone app",
            fleet=True,
            description="iOS and Android app on the students' own phones.",
        )
    )
    # Where the open-weights transcription model is downloaded from at build time.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers "your teacher left a comment" notifications to the phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("School cloud project", trust=tg.Trust.INTERNAL):
    # The app's backend API: sign-in, uploads, progress and comments for students.
    practice_api = tm.add(
        tg.Endpoint(
            "Practice API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="school-issued username and password"),
                c.InputValidation(note="audio type, length and size checked on upload"),
            },
        )
    )
    # Web app for teachers: progress dashboards, listening, comments, score uploads.
    dashboard = tm.add(
        tg.Endpoint(
            "Teacher dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="school Google Workspace sign-in (OIDC)"),
                c.RBAC(note="a teacher sees only the students assigned to them"),
            },
        )
    )
    # Object storage holding every uploaded recording.
    recordings = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Queue-driven job that runs the transcription model on new recordings.
    worker = tm.add(tg.Service("Transcription worker"))
    # Audio-to-notes model, used as published.
    transcriber = tm.add(
        tg.Model(
            "Note transcription model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Detects note onsets and pitches in piano audio.",
        )
    )
    # Aligns transcribed notes to the score and rates rhythm and accuracy (DTW, no ML).
    scoring = tm.add(tg.Service("Scoring service"))
    # The pieces teachers assign, as MusicXML.
    score_library = tm.add(tg.DataStore("Score library", stores={sheet_music}))
    # Students, assignments, score history and teacher comments.
    progress_db = tm.add(
        tg.DataStore("Progress database", stores={progress, practice_score, comments})
    )

# ---------------------------------------------------------------- flows
# Student practice loop
tm.flow(student, phone_app, recording, label="plays and records")
tm.flow(phone_app, practice_api, recording, protocol="https")
tm.flow(practice_api, recordings, recording)
tm.flow(recordings, worker, recording, label="new upload")
tm.flow(worker, transcriber, recording)
tm.flow(transcriber, worker, transcription)
tm.flow(worker, scoring, transcription)
tm.flow(score_library, scoring, sheet_music)
tm.flow(scoring, progress_db, practice_score)
tm.flow(progress_db, practice_api, practice_score, comments, progress)
tm.flow(practice_api, phone_app, practice_score, comments, protocol="https")
tm.flow(phone_app, student, practice_score, comments)

# Teacher side
tm.flow(teacher, dashboard, comments, sheet_music, protocol="https")
tm.flow(dashboard, teacher, progress, practice_score, recording, protocol="https")
tm.flow(dashboard, progress_db, comments, progress, label="comments and assignments")
tm.flow(progress_db, dashboard, progress, practice_score)
tm.flow(recordings, dashboard, recording, label="playback")
tm.flow(dashboard, score_library, sheet_music, label="upload new piece")

# Notifications
tm.flow(practice_api, push, notification, protocol="https")
tm.flow(push, phone_app, notification, protocol="https")

# Model supply
tm.flow(model_hub, transcriber, weights, protocol="https", label="download at build time")
