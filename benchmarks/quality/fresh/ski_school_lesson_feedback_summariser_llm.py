"""Ski school lesson feedback summariser: the first design, before any security review.

A ski school in the Austrian Alps wants its instructors to stop writing lesson reports
by hand. After each lesson an instructor records a short voice note about each pupil
in the school's instructor app on their phone. The app uploads the note to the
school's cloud backend, which stores the audio, has a hosted speech-to-text API
transcribe it, and asks a hosted LLM to write a short progress summary for the
pupil's parents and to suggest the level of the next lesson, using the pupil's
lesson history from the booking system. The instructor reads the draft in the app,
edits it if needed and taps send; only then does it appear in the parent portal and
a notification e-mail go out. Office staff see the suggested level when they book
the next lesson. Instructors sign in with e-mail and password, parents with an
e-mailed magic link; the cloud stores are encrypted at rest by the provider, and all
traffic outside the cloud project uses HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski school lesson feedback summariser",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Instructor voice notes summarised by an LLM into progress reports for parents.",
)

# ---------------------------------------------------------------- data assets
voice_note = tg.Data(
    "Instructor voice note",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio naming the pupil and describing their skiing, behaviour and any falls.",
)
lesson_details = tg.Data(
    "Lesson details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil id, lesson date, group and instructor.",
)
transcript = tg.Data("Voice note transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
pupil_history = tg.Data(
    "Pupil profile and lesson history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's name, age, current level, past lessons and parent contact details.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript and the pupil's lesson history.",
)
completion = tg.Data(
    "Draft summary and suggested level",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
approved_summary = tg.Data(
    "Approved progress summary",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The text parents read, after the instructor's edits.",
)
next_level = tg.Data("Suggested next lesson level", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data(
    "Parent notification e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the parent a new report is ready, with a link to the portal.",
)
booking = tg.Data("Lesson booking", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Seasonal instructors, many hired for one winter only.
    instructor = tm.add(tg.Actor("Ski instructor", role="instructor"))
    # The instructors' own phones, on the resort's mobile network or lift Wi-Fi.
    instructor_app = tm.add(
        tg.Device(
            "Instructor app",
            description="Mobile app on the instructor's own phone; records and uploads notes.",
        )
    )
    # Parents of the pupils, most of them holiday guests.
    parent = tm.add(tg.Actor("Parent", role="parent of a pupil"))

with tm.boundary("Ski school cloud project", trust=tg.Trust.INTERNAL):
    # Backend API the instructor app talks to.
    feedback_api = tm.add(
        tg.Endpoint(
            "Lesson feedback API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Worker that turns a voice note into a draft summary.
    summariser = tm.add(
        tg.Service(
            "Summary worker",
            description="Transcribes the note, builds the prompt, calls the LLM, saves the draft.",
            controls={
                c.HumanInTheLoop(
                    approver="the lesson's instructor, who edits and sends each summary"
                )
            },
        )
    )
    # Object storage bucket for the raw audio.
    voice_bucket = tm.add(
        tg.DataStore(
            "Voice note bucket",
            stores={voice_note},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Drafts and approved summaries, with the suggested level.
    summary_db = tm.add(
        tg.DataStore(
            "Summary database",
            stores={completion, approved_summary, next_level},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # The school's existing booking system database: pupils, parents, lessons.
    booking_db = tm.add(
        tg.DataStore(
            "Booking and pupil database",
            stores={pupil_history, booking},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Web portal where parents read their children's reports.
    parent_portal = tm.add(
        tg.Endpoint(
            "Parent portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mailed magic link")},
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text; handles German, English and Dutch notes.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))
    # Hosted general-purpose LLM that writes the summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted summary LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Writes a parent-friendly summary and suggests the next level.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for parent notifications.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Ski school office", trust=tg.Trust.INTERNAL):
    # Desk staff who book lessons and place pupils in groups.
    office = tm.add(tg.Actor("Office staff", role="booking desk"))

# ---------------------------------------------------------------- flows
# Recording and upload
tm.flow(instructor, instructor_app, voice_note, label="records after the lesson")
tm.flow(instructor_app, feedback_api, voice_note, lesson_details, protocol="https")
tm.flow(feedback_api, voice_bucket, voice_note)
tm.flow(feedback_api, summariser, lesson_details, label="new note queued")

# Drafting
tm.flow(voice_bucket, summariser, voice_note)
tm.flow(summariser, stt, voice_note, protocol="https")
tm.flow(stt, summariser, transcript, protocol="https")
tm.flow(booking_db, summariser, pupil_history)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, completion, protocol="https")
tm.flow(summariser, summary_db, completion)

# Instructor review and sending
tm.flow(summary_db, feedback_api, completion, label="draft for review")
tm.flow(feedback_api, instructor_app, completion, protocol="https")
tm.flow(instructor_app, instructor, completion, label="shown on the phone")
tm.flow(instructor, instructor_app, approved_summary, label="edits and sends")
tm.flow(instructor_app, feedback_api, approved_summary, protocol="https")
tm.flow(feedback_api, summary_db, approved_summary, next_level)
tm.flow(feedback_api, booking_db, next_level, label="level noted on the pupil")
tm.flow(feedback_api, mailer, notification, protocol="https")
tm.flow(mailer, parent, notification, protocol="smtp")

# Parents reading reports
tm.flow(parent, parent_portal, lesson_details, protocol="https", label="opens a report")
tm.flow(booking_db, parent_portal, pupil_history, label="the parent's children")
tm.flow(summary_db, parent_portal, approved_summary)
tm.flow(parent_portal, parent, approved_summary, protocol="https")

# Booking the next lesson
tm.flow(booking_db, office, pupil_history, next_level, label="booking screen")
tm.flow(office, booking_db, booking, label="books next lesson")
