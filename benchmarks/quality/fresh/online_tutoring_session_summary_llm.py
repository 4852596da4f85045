"""Online tutoring session summaries: the first design, before any security review.

An online tutoring company serving families in the UK and EU records every one-to-one
video lesson between a tutor and a school-age student. After the lesson, a summary
worker in our cloud transcribes the recording with a self-hosted speech-to-text model,
adds the student's recent progress history, and asks a hosted LLM for a progress
note for the parents and a list of suggested next topics for the tutor. Notes are
published to the family app automatically; tutors see the suggestions in the tutor
portal and decide what to teach next. Recordings and notes live in our data tier.
Controls in this design: logins for parents and tutors, parents see only their own
children, TLS everywhere, encrypted recordings deleted after 90 days, API keys in a
vault, and a data-processing agreement with the LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online tutoring session summary LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-written progress notes for parents and next-topic hints for tutors.",
)

# ---------------------------------------------------------------- data assets
lesson_av = tg.Data(
    "Live lesson audio and video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Faces and voices of a child and a tutor, plus the shared whiteboard.",
)
recording = tg.Data(
    "Lesson recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
transcript = tg.Data("Lesson transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Student progress history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Year group, subjects, past notes, topics covered, tutor comments.",
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript and the student's recent history.",
)
completion = tg.Data(
    "LLM summary and suggestions", kind="model-output", sensitivity=tg.Sensitivity.PII
)
progress_note = tg.Data(
    "Progress note",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
next_topics = tg.Data(
    "Suggested next topics", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
tutor_notes = tg.Data(
    "Tutor lesson plan and comments", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reads progress notes about their child in the family app.
    parent = tm.add(tg.Actor("Parent", role="parent"))
    # The child taking the lesson, from a home browser.
    student = tm.add(tg.Actor("Student", role="student"))
    # Tutors are self-employed contractors working from home.
    tutor = tm.add(tg.Actor("Tutor", role="tutor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the note and the topic suggestions from the transcript.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention tier")},
        )
    )

with tm.boundary("Tutoring platform cloud", trust=tg.Trust.INTERNAL):
    # Runs the video lessons and records them.
    classroom = tm.add(tg.Service("Virtual classroom service"))
    # Backend of the parents' mobile app: children, bookings, progress notes.
    family_api = tm.add(
        tg.Endpoint(
            "Family app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="a parent sees only the children on their account"),
            },
        )
    )
    # Tutor-facing web portal: schedule, student notes, next-topic suggestions.
    tutor_portal = tm.add(
        tg.Endpoint(
            "Tutor portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )
    # Batch worker that turns a finished recording into a note and suggestions.
    worker = tm.add(
        tg.Service(
            "Summary worker",
            description="Triggered when a recording is finalised; calls STT then the LLM.",
            controls={c.SecretsManagement()},
        )
    )
    # Self-hosted open-weights speech-to-text model on our GPUs.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the lesson recordings.
        recordings = tm.add(
            tg.DataStore(
                "Recording store",
                stores={recording},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=90),
                },
            )
        )
        # Student profiles, progress history, published notes and suggestions.
        progress_db = tm.add(
            tg.DataStore(
                "Student progress database",
                stores={history, progress_note, next_topics, transcript, tutor_notes},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(student, classroom, lesson_av, protocol="webrtc", label="live lesson")
tm.flow(classroom, student, lesson_av, protocol="webrtc")
tm.flow(tutor, classroom, lesson_av, protocol="webrtc", label="live lesson")
tm.flow(classroom, tutor, lesson_av, protocol="webrtc")
tm.flow(classroom, recordings, recording, protocol="https")

tm.flow(recordings, worker, recording, protocol="https", label="finalised recording")
tm.flow(worker, stt, recording)
tm.flow(stt, worker, transcript)
tm.flow(progress_db, worker, history)
tm.flow(worker, llm, prompt, protocol="https")
tm.flow(llm, worker, completion, protocol="https")
tm.flow(worker, progress_db, progress_note, next_topics, transcript, label="publish note")

tm.flow(progress_db, family_api, progress_note)
tm.flow(family_api, parent, progress_note, protocol="https", controls={tls})
tm.flow(parent, family_api, protocol="https", label="sign in and open notes")

tm.flow(progress_db, tutor_portal, next_topics, history)
tm.flow(tutor_portal, tutor, next_topics, history, protocol="https", controls={tls})
tm.flow(tutor, tutor_portal, tutor_notes, protocol="https")
tm.flow(tutor_portal, progress_db, tutor_notes)
