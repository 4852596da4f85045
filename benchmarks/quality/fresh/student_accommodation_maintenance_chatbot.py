"""Student accommodation maintenance chatbot: the first design, before any security review.

Students living in university halls chat with an LLM assistant on the accommodation
web pages, signed in with the university's single sign-on. The assistant reads the
student's room allocation and rent account from the housing management system, logs
maintenance jobs in the estates job system, and, when a job needs a contractor in the
room, issues a time-limited code for the room's smart lock through the lock vendor's
cloud platform, which texts the code to the contractor. Concerns about a student's
welfare are passed to the hall wardens by e-mail. The model is a hosted LLM from a
cloud vendor; the assistant runs in the university's cloud tenancy and keeps chat
transcripts. Controls: SSO with MFA and a rate limit on the chat, a step limit on
the assistant, the vendor's content filter and data-processing terms, scoped tool
credentials, roles and encryption in the housing system, and the lock platform's log.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Student accommodation maintenance chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant for hall residents: repairs, rent questions and contractor room access.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Student chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or the tool calls the model chose.",
)
account_query = tg.Data("Room and rent lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
room_rent = tg.Data(
    "Room and rent account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Hall, room number, tenancy dates, rent charges, payments and arrears.",
)
job_request = tg.Data(
    "Maintenance job request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Room, fault description, urgency and the student's contact details.",
)
job_record = tg.Data(
    "Maintenance job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Job number, room, fault, status, assigned contractor and visit window.",
)
code_request = tg.Data(
    "Access code request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Room lock id, contractor mobile number and validity window.",
)
access_code = tg.Data(
    "Time-limited access code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Keypad code that opens one room's door during the visit window.",
)
code_confirmation = tg.Data(
    "Code issue confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
entry_events = tg.Data(
    "Lock entry events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who opened which door, when.",
)
welfare_concern = tg.Data(
    "Welfare concern",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the student said that suggests distress, with their name and room; may reveal health.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
job_assignment = tg.Data("Contractor assignment", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A student living in halls, using the chat from a phone or laptop browser.
    student = tm.add(tg.Actor("Student resident", role="student"))
    # An external tradesperson sent by estates to fix something in a room.
    contractor = tm.add(tg.Actor("Maintenance contractor", role="contractor"))

with tm.boundary("Halls of residence", trust=tg.Trust.UNTRUSTED):
    # Battery keypad lock on each bedroom door, managed from the vendor's cloud via a hub.
    room_lock = tm.add(tg.Device("Room smart lock", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the vendor's API, UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.Guardrails(note="the vendor's default content filter"),
                tg.controls.SupplierAssessment(
                    note="DPA: no training on our data, UK data residency"
                ),
            },
        )
    )

with tm.boundary("Lock vendor", trust=tg.Trust.PARTNER):
    # The lock maker's cloud platform: issues keypad codes, syncs locks, sends the SMS.
    lock_platform = tm.add(
        tg.ExternalService(
            "Smart lock platform",
            controls={
                tg.controls.AuditLogging(note="the vendor keeps code issue and entry history")
            },
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web chat back end on the accommodation pages; students sign in through SSO.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="university single sign-on (Entra ID, OIDC) with MFA"
                ),
                tg.controls.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that talks to the student and decides which tools to call.
    assistant = tm.add(
        tg.Agent(
            "Accommodation assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers, logs jobs and issues lock codes without a person approving each step.",
            controls={tg.controls.CircuitBreaker(max_steps=8)},
        )
    )
    # Reads the signed-in student's room and rent account.
    account_tool = tm.add(
        tg.Tool(
            "Room and rent lookup tool",
            capabilities={"read"},
            controls={
                tg.controls.LeastPrivilegeTools(
                    note="read-only service account; student id taken from the SSO session"
                )
            },
        )
    )
    # Creates and reads maintenance jobs for the estates team.
    job_tool = tm.add(tg.Tool("Maintenance job tool", capabilities={"read", "write"}))
    # Asks the lock platform for a time-limited code for a contractor visit.
    lock_tool = tm.add(
        tg.Tool(
            "Lock access code tool",
            capabilities={"write"},
            controls={
                tg.controls.LeastPrivilegeTools(
                    note="API key can create guest codes only, at most 4 hours long"
                )
            },
        )
    )
    # Passes welfare concerns to the warden on duty for the student's hall.
    welfare_tool = tm.add(tg.Tool("Welfare referral tool", capabilities={"send-messages"}))
    # Conversation history kept for service improvement and complaints.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("University business systems", trust=tg.Trust.INTERNAL):
    # Housing management system: room allocations and rent accounts.
    housing = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={room_rent},
            controls={
                tg.controls.RBAC(note="accommodation office roles"),
                tg.controls.EncryptionAtRest(key_management="vendor-managed keys"),
            },
        )
    )
    # The estates helpdesk where repair jobs are queued and assigned.
    estates_system = tm.add(tg.DataStore("Estates job system", stores={job_record}))

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Estates staff who triage jobs and assign contractors.
    estates_team = tm.add(tg.Actor("Estates team", role="estates staff"))
    # Residential wardens who follow up welfare concerns.
    warden = tm.add(tg.Actor("Hall warden", role="warden"))

# ---------------------------------------------------------------- flows
# Conversation
tm.flow(student, chat_api, message, protocol="https")
tm.flow(chat_api, assistant, message)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, chat_api, reply)
tm.flow(chat_api, student, reply, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

# Room and rent
tm.flow(assistant, account_tool, account_query)
tm.flow(account_tool, housing, account_query, protocol="https")
tm.flow(housing, account_tool, room_rent, protocol="https")
tm.flow(account_tool, assistant, room_rent)

# Maintenance jobs
tm.flow(assistant, job_tool, job_request)
tm.flow(job_tool, estates_system, job_request, protocol="https")
tm.flow(estates_system, job_tool, job_record, protocol="https")
tm.flow(job_tool, assistant, job_record)
tm.flow(estates_system, estates_team, job_record, protocol="https")
tm.flow(estates_team, estates_system, job_assignment, protocol="https")

# Contractor room access
tm.flow(assistant, lock_tool, code_request)
tm.flow(lock_tool, lock_platform, code_request, protocol="https")
tm.flow(lock_platform, lock_tool, code_confirmation, protocol="https")
tm.flow(lock_tool, assistant, code_confirmation)
tm.flow(lock_platform, room_lock, access_code, protocol="tls", label="sync via hall hub")
tm.flow(room_lock, lock_platform, entry_events, protocol="tls", label="sync via hall hub")
tm.flow(lock_platform, contractor, access_code, protocol="sms")
tm.flow(contractor, room_lock, access_code, label="typed on the keypad")

# Welfare
tm.flow(assistant, welfare_tool, welfare_concern)
tm.flow(welfare_tool, warden, welfare_concern, protocol="https", label="e-mail via Microsoft Graph")
