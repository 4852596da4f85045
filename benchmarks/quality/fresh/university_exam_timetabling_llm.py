"""University exam timetabling with an LLM: the first design, before any security review.

The academic registry of an EU university drafts each exam period's timetable with
an LLM. A timetabling service on the university's cloud tenant pulls course
enrolments from the student information system, room capacities from the room
booking system and students' exam access arrangements (extra time, separate room,
rest breaks) from the disability service's case system, and sends them with the
registry's scheduling rules to a hosted LLM under the university's data processing
agreement. Student numbers and arrangement codes are sent, not names or diagnoses.
The draft comes back as JSON and is stored for review; registry staff edit it in a
review app and an exams officer publishes it. Students sign in to the student portal
with university single sign-on to see their personal timetable and get an e-mail
when it is published. Prompts and completions are logged for troubleshooting.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University exam timetabling LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted exam timetable, reviewed and published by the registry.",
)

# ---------------------------------------------------------------- data assets
enrolments = tg.Data(
    "Course enrolments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Student number, programme and the exams each student sits.",
)
rooms = tg.Data("Room capacities", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
access_needs = tg.Data(
    "Exam access arrangements",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per student: extra time, separate room, rest breaks, assistive technology; "
    "derived from disability and health records (GDPR special category).",
)
rules = tg.Data(
    "Scheduling rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Exam period dates, no two exams per student per day, faculty constraints.",
)
draft_request = tg.Data("Draft request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Timetabling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Rules, rooms, enrolments and arrangement codes keyed by student number.",
)
completion = tg.Data(
    "Draft timetable from the LLM", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft = tg.Data(
    "Draft timetable",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
edits = tg.Data(
    "Staff edits and publish approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
published = tg.Data(
    "Published exam timetable",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
personal = tg.Data("Personal exam timetable", kind="records", sensitivity=tg.Sensitivity.PII)
portal_request = tg.Data("Portal request", kind="records", sensitivity=tg.Sensitivity.PII)
notice = tg.Data("Timetable published e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
llm_log = tg.Data("LLM call log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students check their timetable from anywhere.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model, used through the vendor's API under a DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts the timetable as JSON from the prompt.",
            controls={
                c.SupplierAssessment(
                    note="procurement review and DPA: EU region, no training on inputs"
                )
            },
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The university's hosted mail, used to tell students the timetable is out.
    mail = tm.add(tg.ExternalService("University e-mail service", provides="generic"))

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # New: collects the inputs, builds the prompt, calls the LLM, stores the draft.
    orchestrator = tm.add(
        tg.Service(
            "Timetabling service",
            controls={
                c.DataMinimization(
                    note="student numbers and arrangement codes only, no names or diagnoses"
                ),
                c.OutputFiltering(note="completion must parse against the timetable JSON schema"),
            },
        )
    )
    # New: drafts and published versions of the timetable.
    timetable_db = tm.add(tg.DataStore("Timetable store", stores={draft, published}))
    # New: prompts and completions kept for troubleshooting bad drafts.
    call_log = tm.add(tg.DataStore("LLM call log store", stores={llm_log}))
    # New: where registry staff review, edit and publish the draft.
    review_app = tm.add(
        tg.Endpoint(
            "Timetable review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university single sign-on (OIDC)"),
                c.RBAC(note="registry timetabling role only"),
                c.HumanInTheLoop(approver="exams officer"),
            },
        )
    )

with tm.boundary("University campus network", trust=tg.Trust.INTERNAL):
    # Registry staff who run the drafting and check the result.
    staff = tm.add(tg.Actor("Registry staff", role="registry officer", privileged=True))
    # Existing student portal: personal timetables, grades, fees.
    portal = tm.add(
        tg.Endpoint(
            "Student portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university single sign-on (OIDC)"),
                c.ABAC(note="a student sees only rows for their own student number"),
            },
        )
    )
    # Existing room booking system, source of room capacities and availability.
    room_booking = tm.add(
        tg.DataSource("Room booking system", origin=tg.Origin.INTERNAL, provides={rooms})
    )

    with tm.boundary("Student records zone", trust=tg.Trust.RESTRICTED):
        # Existing student information system: the authoritative enrolments.
        sis = tm.add(
            tg.DataStore(
                "Student information system",
                stores={enrolments},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # Existing disability service case system holding agreed exam arrangements.
        disability = tm.add(
            tg.DataStore(
                "Disability service case system",
                stores={access_needs},
                controls={
                    c.RBAC(note="disability advisers; read-only API account for timetabling")
                },
            )
        )

# ---------------------------------------------------------------- flows
# inputs
tm.flow(staff, review_app, rules, draft_request, protocol="https", label="start a draft")
tm.flow(review_app, orchestrator, rules, draft_request, protocol="https")
tm.flow(sis, orchestrator, enrolments, protocol="https", label="enrolment export")
tm.flow(room_booking, orchestrator, rooms, protocol="https")
tm.flow(disability, orchestrator, access_needs, protocol="https", label="arrangements export")

# drafting
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, call_log, llm_log)
tm.flow(orchestrator, timetable_db, draft)

# review and publication
tm.flow(timetable_db, review_app, draft)
tm.flow(review_app, staff, draft, protocol="https")
tm.flow(staff, review_app, edits, protocol="https", label="edits and publish")
tm.flow(review_app, timetable_db, draft, published)

# students
tm.flow(timetable_db, portal, published, protocol="https")
tm.flow(student, portal, portal_request, protocol="https")
tm.flow(portal, student, personal, protocol="https")
tm.flow(review_app, mail, notice, protocol="https", label="publication notice")
tm.flow(mail, student, notice, protocol="smtp+starttls")
