"""Busking pitch booking chatbot: the first design, before any security review.

A UK city council is adding a chat assistant to its website for street performers.
Performers sign in with their MyCouncil account, then ask the assistant about the
busking code of practice, book and cancel time slots on the city's designated
pitches, and upload their licence documents (busking licence, public liability
insurance certificate, photo ID). The assistant is an LLM agent in the council's
cloud tenant, using a vendor-hosted model; it answers rule questions from an index
of the council's published rules and acts through four tools: pitch availability,
pitch booking, document upload and SMS reminders sent through GOV.UK Notify.
Uploaded documents go to a document store and a licensing officer checks them in
the existing licensing back office, which sets each performer's licence status.
The booking tool refuses slots to performers without an active licence. The chat
API is rate limited and checks upload types, the vendor's content filter is on,
the agent stops after eight tool calls per turn, and back-office staff use MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Busking licence and pitch booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Council chat assistant that books busking pitches, takes licence "
    "documents and reminds performers of the rules.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Performer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking requests typed by the signed-in performer.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
licence_docs = tg.Data(
    "Uploaded licence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Busking licence, public liability insurance certificate and photo ID, "
    "as PDF or photo.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, chat history, retrieved rules, tool results and any "
    "uploaded document images.",
)
llm_output = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text and tool calls.",
)
rules_docs = tg.Data(
    "Busking code of practice",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The council's published busking rules and per-pitch conditions.",
)
rule_chunks = tg.Data("Rule chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
availability = tg.Data("Pitch availability", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
slot_query = tg.Data("Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
booking_call = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Book or cancel a slot, with the performer's account id, pitch and time.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
upload_call = tg.Data(
    "Document upload request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The file, its document type and the licence number and expiry date "
    "the model read from it.",
)
upload_result = tg.Data("Upload receipt", kind="tool-result", sensitivity=tg.Sensitivity.PII)
reminder_call = tg.Data(
    "Reminder request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Mobile number, slot time and the pitch's rules to include.",
)
reminder_sms = tg.Data("Rule reminder SMS", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Pitch bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
performers = tg.Data(
    "Performer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, act, mobile number, e-mail and licence number.",
)
licence_status = tg.Data(
    "Licence status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Active, pending or expired, with expiry date; set by an officer.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_case = tg.Data("Document review case", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Street performers using the council website on their phones.
    performer = tm.add(tg.Actor("Street performer", role="performer"))

with tm.boundary("Council cloud tenant", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="MyCouncil account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG up to 10 MB"),
            },
        )
    )
    # Reads the conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books and cancels slots and files uploads without staff "
            "involvement; licence checks are done later by an officer.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # The council's published rules, indexed for the assistant's answers.
    rules_index = tm.add(tg.VectorStore("Busking rules index", stores={rule_chunks}))
    # Re-indexes the rules when the licensing team publishes a new version.
    indexer = tm.add(tg.Pipeline("Rules indexing job", stage=tg.Stage.INGESTION))
    # Looks up free slots per pitch and date.
    availability_tool = tm.add(tg.Tool("Pitch availability tool", capabilities={"read"}))
    # Books or cancels a slot for the performer.
    booking_tool = tm.add(
        tg.Tool(
            "Pitch booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.PolicyEnforcement(
                    rules="booking system refuses performers whose licence status is not "
                    "active, and more than one slot per pitch per performer per day"
                )
            },
        )
    )
    # Saves an uploaded document and opens a review case.
    upload_tool = tm.add(tg.Tool("Document upload tool", capabilities={"write"}))
    # Schedules the SMS reminder with the pitch's rules before a slot.
    reminder_tool = tm.add(tg.Tool("Reminder tool", capabilities={"send-messages"}))
    # Holds the uploaded licence documents.
    doc_store = tm.add(
        tg.DataStore(
            "Licence document store",
            stores={licence_docs},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )

with tm.boundary("Council data centre", trust=tg.Trust.INTERNAL):
    # The existing street trading and busking booking system's database.
    booking_db = tm.add(
        tg.DataStore("Pitch booking database", stores={bookings, performers, licence_status})
    )
    # The existing licensing case management system officers work in.
    back_office = tm.add(
        tg.Service(
            "Licensing back office",
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Licensing staff who check documents and set licence status.
    officer = tm.add(tg.Actor("Licensing officer", role="licensing staff"))

with tm.boundary("AI vendor (UK region)", trust=tg.Trust.PARTNER):
    # The hosted model the agent runs on.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government messaging service that sends the SMS.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

# ---------------------------------------------------------------- flows
tm.flow(performer, chat_api, chat_message, licence_docs, protocol="https")
tm.flow(chat_api, performer, reply, protocol="https")
tm.flow(chat_api, agent, chat_message, licence_docs)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, rules_index, chat_message, label="similarity query")
tm.flow(rules_index, agent, rule_chunks)

tm.flow(agent, availability_tool, slot_query)
tm.flow(availability_tool, agent, availability)
tm.flow(availability_tool, booking_db, slot_query)
tm.flow(booking_db, availability_tool, availability)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, licence_status, bookings)

tm.flow(agent, upload_tool, upload_call)
tm.flow(upload_tool, agent, upload_result)
tm.flow(upload_tool, doc_store, licence_docs)
tm.flow(upload_tool, back_office, review_case, protocol="https")

tm.flow(agent, reminder_tool, reminder_call)
tm.flow(reminder_tool, notify, reminder_sms, protocol="https")
tm.flow(notify, performer, reminder_sms, protocol="sms")

tm.flow(doc_store, back_office, licence_docs, protocol="https")
tm.flow(officer, back_office, licence_status, review_case)
tm.flow(back_office, officer, licence_docs, review_case)
tm.flow(back_office, booking_db, licence_status, performers)
tm.flow(booking_db, back_office, performers, bookings)
tm.flow(back_office, indexer, rules_docs, label="published rules")
tm.flow(indexer, rules_index, rule_chunks)
