"""University lecture transcription and study notes: the first design.

Capture appliances in the lecture halls record each timetabled lecture and upload
it to the lecture capture service in the university's cloud tenant. A nightly job
on the research computing GPU cluster transcribes it with an open-weights
speech-to-text model. A notes generator sends the transcript and the course slides
to a hosted LLM under the university's enterprise agreement, which drafts study
notes and a practice quiz. The lecturer reviews, edits and publishes them from a
review portal to the learning platform (VLE), where enrolled students read the
notes and take formative quizzes. Everyone signs in through the university SSO
(staff with MFA, students with a password). Recordings are encrypted at rest and
deleted after two years; the lecturer's review is the only check on LLM output.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University lecture transcription and study notes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Lecture recordings transcribed and turned into LLM-drafted study notes "
    "and practice quizzes, reviewed by the lecturer and published to the VLE.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Lecture recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio, screen capture and lecturer camera; students asking questions "
    "are audible and sometimes named.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
slides = tg.Data(
    "Course slides",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lecturer's slide decks and reading lists for the course.",
)
transcript = tg.Data("Lecture transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Speech-to-text model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
notes_prompt = tg.Data(
    "Notes generation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the full transcript and the slide text for one lecture.",
)
draft = tg.Data(
    "Draft study notes and quiz", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
published = tg.Data(
    "Published study notes and quiz", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Lecturer edits and publish approval", kind="records")
attempts = tg.Data("Quiz attempts", kind="records", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
assertion = tg.Data("SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students read notes and take quizzes from home, halls or the library.
    student = tm.add(tg.Actor("Student", role="enrolled student"))
    # Lecturers review drafts from their office or from home.
    lecturer = tm.add(tg.Actor("Lecturer", role="teaching staff"))
    # The open-weights speech model is downloaded from a public hub at deploy time.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # One appliance per lecture hall, started by the timetable.
    appliance = tm.add(
        tg.Device(
            "Lecture hall capture appliance",
            description="Records microphone, projector feed and lecturer camera.",
        )
    )

with tm.boundary("University identity", trust=tg.Trust.INTERNAL):
    # The university's existing single sign-on, run by central IT.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives uploads from the hall appliances.
    ingest = tm.add(
        tg.Endpoint(
            "Capture ingest API",
            purpose="api",
            controls={c.Authentication(method="per-appliance API key")},
        )
    )
    # Raw recordings, also streamed back to students by the VLE's player later.
    recordings = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=730),
            },
        )
    )
    # Transcripts, slides and the drafts waiting for the lecturer.
    content = tm.add(tg.DataStore("Lecture content store", stores={transcript, slides, draft}))
    # Builds the prompt per lecture and stores the LLM's draft for review.
    generator = tm.add(
        tg.Service(
            "Notes generator",
            description="Runs after each transcript lands; one LLM call per lecture.",
        )
    )
    # Where the lecturer checks, edits and publishes the drafts.
    portal = tm.add(
        tg.Endpoint(
            "Lecturer review portal",
            purpose="api",
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.HumanInTheLoop(approver="the course lecturer"),
            },
        )
    )
    # The university's VLE, where notes and quizzes are published per course.
    vle = tm.add(
        tg.Service(
            "Learning platform (VLE)",
            controls={
                c.Authentication(method="university SSO (SAML); students sign in with a password"),
                c.RBAC(note="course enrolment decides who sees a course's notes"),
            },
        )
    )

with tm.boundary("Research computing GPU cluster", trust=tg.Trust.INTERNAL):
    # Batch job that works through the day's new recordings.
    transcriber = tm.add(tg.Service("Nightly transcription job"))
    # Open-weights speech-to-text model served on the cluster's GPUs.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task="generative",
            origin="open-weights",
            controls={c.ModelVersioning(note="pinned to one release tag of the hub repository")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM under the university's enterprise agreement (no training on our data).
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={
                c.SupplierAssessment(note="procurement review and data processing agreement")
            },
        )
    )

# ---------------------------------------------------------------- flows
# capture and transcription
tm.flow(lecturer, appliance, recording, label="lecture given in the hall")
tm.flow(appliance, ingest, recording, protocol="https")
tm.flow(ingest, recordings, recording)
tm.flow(recordings, transcriber, recording, label="nightly batch")
tm.flow(hub, stt, weights, protocol="https", label="deploy-time download")
tm.flow(transcriber, stt, recording)
tm.flow(stt, transcriber, transcript)
tm.flow(transcriber, content, transcript)

# notes and quiz drafting
tm.flow(content, generator, transcript, slides)
tm.flow(generator, llm, notes_prompt, protocol="https")
tm.flow(llm, generator, draft, protocol="https")
tm.flow(generator, content, draft)

# lecturer review and publication
tm.flow(lecturer, sso, sign_in, protocol="https")
tm.flow(sso, portal, assertion, protocol="saml")
tm.flow(lecturer, portal, slides, approval, protocol="https")
tm.flow(portal, content, slides, approval)
tm.flow(content, portal, transcript, draft)
tm.flow(portal, lecturer, transcript, draft, protocol="https")
tm.flow(portal, vle, published, protocol="https", label="publish to course page")

# students
tm.flow(student, sso, sign_in, protocol="https")
tm.flow(sso, vle, assertion, protocol="saml")
tm.flow(recordings, vle, recording, label="lecture playback")
tm.flow(vle, student, published, recording, protocol="https")
tm.flow(student, vle, attempts, protocol="https")
tm.flow(vle, student, attempts, protocol="https", label="quiz feedback")
