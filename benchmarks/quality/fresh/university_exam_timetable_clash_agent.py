"""Exam timetable and clash agent: the first design, before any security review.

The university's exams office wants an LLM agent to take over the routine work of
each exam diet. An exams officer asks it, from an office console, to build the
draft timetable: it runs the constraint solver over enrolments, then books rooms
in the Estates room booking system and invigilators from the invigilator roster.
The exams officer approves each draft before it is published. During the diet,
students sign in to the student portal with university SSO and chat with the
agent about exam clashes and access arrangements (extra time, a separate room, a
scribe), and may attach supporting evidence. The agent looks up their enrolments
and recorded arrangements, moves a clashing sitting, books a suitable room and
e-mails the student the outcome; new arrangements are e-mailed to disability
services. The agent runs in the university's cloud tenancy and calls a hosted LLM.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "University exam timetable and clash agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that builds exam timetables, resolves students' clash and "
    "access-arrangement requests by chat, and books rooms and invigilators.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Student chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="A student's clash or access-arrangement request, in their own words.",
)
evidence = tg.Data(
    "Supporting evidence upload",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Medical letters, disability assessments or clash screenshots attached in chat.",
)
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Agent prompt with context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the conversation, tool results and the student's arrangements.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
student_records = tg.Data(
    "Enrolments and access arrangements",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Module enrolments, and the approved arrangements with their disability category.",
)
record_query = tg.Data("Student record lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
record_result = tg.Data(
    "Student record lookup result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
timetable = tg.Data(
    "Exam timetable",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Sittings, rooms and each student's seat, including separate-room sittings.",
)
timetable_change = tg.Data(
    "Timetable change request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
timetable_result = tg.Data(
    "Timetable change result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
booking_request = tg.Data(
    "Room and invigilator booking request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
booking_result = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
room_bookings = tg.Data("Room bookings", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
invigilators = tg.Data(
    "Invigilator availability and assignments", sensitivity=tg.Sensitivity.PII, kind="records"
)
email_request = tg.Data("Outcome e-mail request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
outcome_email = tg.Data(
    "Outcome e-mail",
    sensitivity=tg.Sensitivity.PII,
    description="Personal exam timetable or clash outcome to a student; new-arrangement "
    "referrals with the evidence to disability services.",
)
transcripts = tg.Data(
    "Chat transcripts and uploads",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
)
build_instructions = tg.Data(
    "Timetable build instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Exam diet dates, module list and constraints set by the exams officer.",
)
draft = tg.Data("Draft exam timetable", sensitivity=tg.Sensitivity.PII, kind="model-output")
publication_approval = tg.Data(
    "Timetable publication approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students chat from their own devices, on or off campus.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by a vendor under a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement DPA; prompts not used for training")},
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The university's existing mail service: delivers outcomes to students and referrals.
    mail = tm.add(
        tg.ExternalService("University mail service", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat panel in the student portal: the only way students reach the agent.
    chat = tm.add(
        tg.Endpoint(
            "Student portal chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Where the exams officer starts timetable builds and approves drafts.
    console = tm.add(
        tg.Endpoint(
            "Exams office console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RBAC(note="exams office staff role only"),
            },
        )
    )
    # The agent: plans timetable builds and resolves student requests with its tools.
    agent = tm.add(
        tg.Agent(
            "Timetabling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="exams officer",
                    note="each draft timetable is approved before publication; individual "
                    "clash moves and room bookings during the diet go ahead automatically",
                ),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(),
            },
        )
    )
    # Reads a student's enrolments and recorded access arrangements for the agent.
    lookup_tool = tm.add(
        tg.Tool(
            "Student record lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account, exam fields only")},
        )
    )
    # Runs the constraint solver and reads and edits sittings in the timetable.
    timetable_tool = tm.add(tg.Tool("Timetable tool", capabilities={"read", "write"}))
    # Books rooms in the Estates system and assigns invigilators from the roster.
    booking_tool = tm.add(
        tg.Tool("Room and invigilator booking tool", capabilities={"read", "write"})
    )
    # Sends the outcome of a request to the student, or a referral to disability services.
    email_tool = tm.add(tg.Tool("Outcome e-mail tool", capabilities={"send-messages"}))
    # The timetable of record for the current diet.
    timetable_db = tm.add(
        tg.DataStore(
            "Exam timetable database",
            stores={timetable},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly backups"),
            },
        )
    )
    # Kept so that the exams office can answer complaints about what the agent said.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("Registry systems", trust=tg.Trust.RESTRICTED):
        # The existing student record system: enrolments and approved arrangements.
        srs = tm.add(
            tg.DataStore(
                "Student record system",
                stores={student_records},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Runs each exam diet and signs off the timetable.
    officer = tm.add(tg.Actor("Exams officer", role="exams office staff"))
    # The Estates department's existing system for booking teaching and exam rooms.
    rooms = tm.add(tg.Service("Estates room booking system"))
    # The exams office's list of invigilators and the sessions they can cover.
    roster = tm.add(tg.DataStore("Invigilator roster", stores={invigilators}))

# ---------------------------------------------------------------- flows
# student requests by chat
tm.flow(student, chat, chat_message, evidence, protocol="https")
tm.flow(chat, agent, chat_message, evidence)
tm.flow(agent, chat, reply)
tm.flow(chat, student, reply, protocol="https")

# the agent's model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# student records
tm.flow(agent, lookup_tool, record_query)
tm.flow(lookup_tool, srs, record_query, protocol="https")
tm.flow(srs, lookup_tool, student_records, protocol="https")
tm.flow(lookup_tool, agent, record_result)

# timetable
tm.flow(agent, timetable_tool, timetable_change)
tm.flow(timetable_tool, timetable_db, timetable)
tm.flow(timetable_db, timetable_tool, timetable)
tm.flow(timetable_tool, agent, timetable_result)

# rooms and invigilators
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, rooms, room_bookings, protocol="https")
tm.flow(
    rooms, booking_tool, room_bookings, protocol="https", label="availability and confirmations"
)
tm.flow(booking_tool, roster, invigilators, label="assignments")
tm.flow(roster, booking_tool, invigilators, label="availability")
tm.flow(booking_tool, agent, booking_result)

# outcomes by e-mail
tm.flow(agent, email_tool, email_request)
tm.flow(email_tool, mail, outcome_email, protocol="https")
tm.flow(mail, student, outcome_email, protocol="smtp")

# transcripts
tm.flow(agent, transcript_store, transcripts)

# the exams officer builds and approves the timetable
tm.flow(officer, console, build_instructions, protocol="https")
tm.flow(console, agent, build_instructions)
tm.flow(agent, console, draft)
tm.flow(console, officer, draft, protocol="https")
tm.flow(officer, console, publication_approval, protocol="https")
tm.flow(console, timetable_db, publication_approval, label="publish approved draft")
tm.flow(timetable_db, console, timetable)
