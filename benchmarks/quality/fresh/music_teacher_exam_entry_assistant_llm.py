"""Music teacher's exam entry assistant: the first design, before any security review.

An independent instrumental teacher in the UK uses a small web app to prepare
pupils for graded music exams. The teacher chats with an assistant (an LLM agent)
that checks each pupil's chosen pieces against the exam board's current syllabus,
drafts the entries in the exam board's online portal, and e-mails parents to
remind them of the entry fee and the closing date. Pupil records (names, dates of
birth, instruments, grades, parents' contact details) live in the app's database.
The app runs in one cloud tenancy; the language model is a vendor's hosted API,
parent e-mails go out through a transactional e-mail provider. The teacher signs
in with e-mail and password; the database is encrypted by the cloud provider.
Entries are only saved as drafts: the teacher reviews, submits and pays for each
one in the exam board's portal. Fee reminders go out without review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Music teacher exam entry assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM assistant that checks pieces, drafts exam entries and reminds parents of fees.",
)

# ---------------------------------------------------------------- data assets
teacher_request = tg.Data(
    "Teacher request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Chat messages naming pupils, their pieces and the exam session.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
pupil_records = tg.Data(
    "Pupil records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Children's names, dates of birth, instruments, grades, chosen pieces, "
    "access arrangements and parents' names and e-mail addresses.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the teacher's request, pupil details and syllabus extracts.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
syllabus = tg.Data(
    "Exam syllabus lists",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Set pieces, scales and requirements per instrument and grade.",
)
syllabus_query = tg.Data("Piece check call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
syllabus_result = tg.Data(
    "Piece check result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
entry_call = tg.Data("Draft entry call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft_entry = tg.Data(
    "Draft exam entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate name, date of birth, instrument, grade, pieces and session.",
)
entry_status = tg.Data(
    "Entry reference and status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
entry_result = tg.Data(
    "Draft entry result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
reminder_call = tg.Data("Fee reminder call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reminder_email = tg.Data(
    "Fee reminder e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil name, exam, fee amount, closing date and the teacher's bank details for payment.",
)
reminder_result = tg.Data(
    "Reminder send result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
portal_key = tg.Data(
    "Exam board portal API key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The teacher's applicant key for the board's entry API.",
)
fee_schedule = tg.Data("Exam fee schedule", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
submission = tg.Data("Submitted entry and payment", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The one user: signs in from a home laptop or phone.
    teacher = tm.add(tg.Actor("Music teacher", role="teacher"))
    # Receives fee reminders; never signs in to the app.
    parent = tm.add(tg.Actor("Parent", role="parent of a pupil"))
    # Where the boards publish their syllabus lists.
    syllabus_pages = tm.add(
        tg.DataSource(
            "Exam board syllabus publications",
            origin=tg.Origin.PUBLIC_WEB,
            provides={syllabus},
            description="Syllabus PDFs and repertoire lists on the boards' public websites.",
        )
    )

with tm.boundary("Exam board", trust=tg.Trust.PARTNER):
    # Where entries are made and paid for; offers an applicant API for drafts.
    board_portal = tm.add(
        tg.ExternalService(
            "Exam board entry portal",
            description="The board's online entry service; drafts via API, submission in the web portal.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the requests and decides which tools the agent calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the reminders on the app's behalf.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("App cloud tenancy", trust=tg.Trust.INTERNAL):
    # The teacher's only way in: chat and pupil management screens.
    web_app = tm.add(
        tg.Endpoint(
            "Teacher web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that plans the work and calls the three tools.
    agent = tm.add(
        tg.Agent(
            "Exam entry assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Checks pieces, drafts entries and sends fee reminders for the teacher.",
        )
    )
    # Looks pieces up in the imported syllabus lists.
    syllabus_tool = tm.add(tg.Tool("Syllabus piece check tool", capabilities={"read"}))
    # Creates draft entries through the board's applicant API.
    entry_tool = tm.add(
        tg.Tool(
            "Draft entry tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(
                    approver="the teacher, who submits and pays for each draft in the board's portal"
                )
            },
        )
    )
    # Sends parents the fee and closing-date reminder.
    reminder_tool = tm.add(tg.Tool("Fee reminder tool", capabilities={"send-messages"}))
    # The teacher's pupils and their entries.
    pupil_db = tm.add(
        tg.DataStore(
            "Pupil database",
            stores={pupil_records, entry_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Syllabus lists imported from the boards, per instrument and grade.
    syllabus_store = tm.add(tg.DataStore("Syllabus library", stores={syllabus}))
    # The portal key and the fee schedule the teacher enters in settings.
    settings_store = tm.add(tg.DataStore("Teacher settings", stores={portal_key, fee_schedule}))
    # Conversation history shown back to the teacher.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
tm.flow(teacher, web_app, teacher_request, pupil_records, protocol="https")
tm.flow(web_app, teacher, assistant_reply, pupil_records, protocol="https")
tm.flow(teacher, web_app, portal_key, fee_schedule, protocol="https", label="settings")
tm.flow(web_app, settings_store, portal_key, fee_schedule)
tm.flow(web_app, pupil_db, pupil_records, label="pupil edits")
tm.flow(pupil_db, web_app, pupil_records, entry_status)

tm.flow(web_app, agent, teacher_request)
tm.flow(agent, web_app, assistant_reply)
tm.flow(pupil_db, agent, pupil_records, label="pupils named in the request")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, web_app, transcripts)

tm.flow(
    syllabus_pages, syllabus_store, syllabus, protocol="https", label="import when boards publish"
)
tm.flow(agent, syllabus_tool, syllabus_query)
tm.flow(syllabus_store, syllabus_tool, syllabus)
tm.flow(syllabus_tool, agent, syllabus_result)

tm.flow(agent, entry_tool, entry_call)
tm.flow(settings_store, entry_tool, portal_key)
tm.flow(entry_tool, board_portal, draft_entry, portal_key, protocol="https")
tm.flow(board_portal, entry_tool, entry_status, protocol="https")
tm.flow(entry_tool, pupil_db, entry_status)
tm.flow(entry_tool, agent, entry_result)
tm.flow(teacher, board_portal, submission, protocol="https", label="reviews, submits and pays")
tm.flow(board_portal, teacher, entry_status, protocol="https")

tm.flow(agent, reminder_tool, reminder_call)
tm.flow(pupil_db, reminder_tool, pupil_records, label="parent contact details")
tm.flow(settings_store, reminder_tool, fee_schedule)
tm.flow(reminder_tool, email_service, reminder_email, protocol="https")
tm.flow(email_service, parent, reminder_email, protocol="smtp")
tm.flow(reminder_tool, agent, reminder_result)
