"""Microlight school flight debrief assistant: the first design, before any security review.

After each training flight the instructor copies the GPS track and engine data log
from the aircraft's flight and engine monitor (an SD card) onto the clubhouse laptop
and uploads them to the school's cloud-hosted training web app, together with their
own notes on the lesson. A log ingestion service parses the files into a flight
summary (circuits flown, approach speeds, max RPM, CHT/EGT exceedances). A debrief
drafter combines that summary, the instructor's notes, the student's training history
and the school's syllabus guidance into a prompt for a hosted LLM, and keeps the
draft in a review queue. Nothing reaches the student's logbook until the instructor
has read, edited and approved the draft in the web app; the student is then e-mailed
and can read the entry on the same web app. Students and instructors sign in with
e-mail and password, and the app separates instructor and student roles. Traffic to
the app and to the LLM vendor is HTTPS; the records database uses the cloud
provider's default encryption at rest. UK school: students' records fall under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Microlight school flight debrief assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts student flight debriefs from flight logs and instructor notes, "
    "for the instructor to approve before they go in the student's logbook.",
)

# ---------------------------------------------------------------- data assets
gps_track = tg.Data(
    "GPS track log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Position, altitude and groundspeed each second of a student's flight.",
)
engine_log = tg.Data(
    "Engine data log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="RPM, CHT, EGT, oil pressure and fuel flow from the engine monitor.",
)
instructor_notes = tg.Data(
    "Instructor lesson notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text notes on the student's handling, airmanship and errors.",
)
flight_summary = tg.Data(
    "Flight summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Circuits, landings, speeds and engine exceedances parsed from the logs.",
)
training_history = tg.Data(
    "Student training history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Previous debriefs, syllabus exercises completed, hours flown.",
)
guidance = tg.Data(
    "Syllabus and debrief guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
debrief_prompt = tg.Data("Debrief prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_debrief = tg.Data("Draft debrief", kind="model-output", sensitivity=tg.Sensitivity.PII)
logbook_entry = tg.Data(
    "Approved logbook entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The debrief as approved and signed off by the instructor.",
)
logbook_request = tg.Data("Logbook view request", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data("Debrief ready e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students read their approved debriefs from home.
    student = tm.add(tg.Actor("Student pilot", role="student"))

with tm.boundary("School aircraft", trust=tg.Trust.INTERNAL):
    # Records the GPS track and engine parameters to an SD card in each aircraft.
    monitor = tm.add(
        tg.Device(
            "Flight and engine monitor",
            fleet=True,
            description="Panel-mounted EMS/GPS unit logging to a removable SD card.",
        )
    )

with tm.boundary("Clubhouse", trust=tg.Trust.INTERNAL):
    # Writes the lesson notes and approves every debrief before it is filed.
    instructor = tm.add(tg.Actor("Flying instructor", role="instructor"))
    # Shared laptop in the briefing room that the SD cards are read on.
    laptop = tm.add(
        tg.Device(
            "Clubhouse laptop",
            fleet=False,
            description="Shared Windows laptop used by all instructors to upload flight logs.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the debrief text from the prompt; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called through the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the "your debrief is ready" e-mail to students.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("School cloud tenancy", trust=tg.Trust.INTERNAL):
    # The one web app instructors and students use: uploads, review, logbook.
    web_app = tm.add(
        tg.Endpoint(
            "Training web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="instructor and student roles"),
            },
        )
    )
    # Parses GPX tracks and engine CSV files into a per-flight summary.
    ingestion = tm.add(
        tg.Service(
            "Log ingestion service",
            description="Parses uploaded GPX and engine CSV files into a flight summary.",
        )
    )
    # Assembles the prompt and calls the LLM; drafts wait for the instructor.
    drafter = tm.add(
        tg.Service(
            "Debrief drafter",
            description="Builds the debrief prompt and stores the LLM's draft for review.",
            controls={
                c.HumanInTheLoop(
                    approver="the student's instructor",
                    note="no draft is filed in the logbook until the instructor approves it",
                )
            },
        )
    )
    # Raw uploaded logs and their parsed summaries.
    log_store = tm.add(
        tg.DataStore("Flight log store", stores={gps_track, engine_log, flight_summary})
    )
    # Drafts waiting for the instructor's review.
    draft_queue = tm.add(tg.DataStore("Draft debrief queue", stores={draft_debrief}))
    # The school's record of each student: profile, progress and logbook entries.
    records = tm.add(
        tg.DataStore(
            "Student training records",
            stores={training_history, logbook_entry},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The school's syllabus exercises and how a debrief should be written.
    syllabus = tm.add(tg.DataStore("Syllabus guidance store", stores={guidance}))

# ---------------------------------------------------------------- flows
# Logs off the aircraft and into the app.
tm.flow(monitor, laptop, gps_track, engine_log, protocol="usb", label="SD card read after landing")
tm.flow(laptop, web_app, gps_track, engine_log, protocol="https", label="log upload")
tm.flow(instructor, web_app, instructor_notes, protocol="https")
tm.flow(web_app, ingestion, gps_track, engine_log)
tm.flow(ingestion, log_store, gps_track, engine_log, flight_summary)

# Drafting.
tm.flow(web_app, drafter, instructor_notes, label="draft request")
tm.flow(log_store, drafter, flight_summary)
tm.flow(records, drafter, training_history)
tm.flow(syllabus, drafter, guidance)
tm.flow(drafter, llm, debrief_prompt, protocol="https")
tm.flow(llm, drafter, draft_debrief, protocol="https")
tm.flow(drafter, draft_queue, draft_debrief)

# Instructor review and approval.
tm.flow(draft_queue, web_app, draft_debrief)
tm.flow(web_app, instructor, draft_debrief, protocol="https")
tm.flow(instructor, web_app, logbook_entry, protocol="https", label="edits and approves")
tm.flow(web_app, records, logbook_entry)

# Student access.
tm.flow(web_app, mailer, notification, protocol="https")
tm.flow(mailer, student, notification, protocol="smtp")
tm.flow(student, web_app, logbook_request, protocol="https")
tm.flow(records, web_app, logbook_entry, training_history)
tm.flow(web_app, student, logbook_entry, training_history, protocol="https")
