"""Benefits calculator chatbot: the first design, before any security review.

A citizens' advice charity puts a chat assistant on its public website so people
can estimate the benefits they may be entitled to without waiting for an adviser;
no account is needed. An LLM agent in the charity's cloud tenancy, backed by a
hosted model, asks about household, income, housing, health and caring, answers
from an index of GOV.UK and the charity's advice pages, and calls a licensed
benefits calculator API for the figures. If the person wants help, it books an
appointment with a local adviser in the hosted case management system, and a
messaging provider sends the confirmation by text and e-mail. Advisers, signing
in with MFA, see the booking before the appointment. The chat endpoint is rate
limited per visitor, the vendor's content filter is on, and the agent is capped
at a fixed number of tool calls per turn.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Benefits calculator chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chat assistant that estimates benefit entitlements and books "
    "adviser appointments for a citizens' advice charity.",
)

# ---------------------------------------------------------------- data assets
client_message = tg.Data(
    "Client chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Questions and circumstances: household, income, rent, health, disability.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with conversation and guidance",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, retrieved guidance and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
calc_request = tg.Data(
    "Entitlement calculation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Household make-up, incomes, savings, housing costs, disability benefits.",
)
calc_result = tg.Data("Estimated entitlements", kind="tool-result", sensitivity=tg.Sensitivity.PII)
guidance_pages = tg.Data("Benefits guidance pages", kind="documents", sensitivity="public")
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings", kind="retrieved-context", sensitivity="public"
)
booking_request = tg.Data(
    "Appointment booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, e-mail, postcode, preferred office and a summary of the issue.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity="pii")
appointment = tg.Data(
    "Client appointment record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
free_slots = tg.Data("Adviser appointment slots", kind="records")
confirmation = tg.Data(
    "Appointment confirmation message", kind="documents", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website; no account needed.
    client = tm.add(tg.Actor("Member of the public", role="client"))
    # GOV.UK and the charity's own public advice pages, crawled for the index.
    guidance_source = tm.add(
        tg.DataSource(
            "Public benefits guidance",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance_pages},
            description="GOV.UK benefit pages and the charity's advice pages, crawled weekly.",
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per visitor session"),
                c.InputValidation(note="message length and encoding"),
            },
        )
    )
    # The LLM agent that runs the conversation and decides when to call its tools.
    agent = tm.add(
        tg.Agent(
            "Benefits chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Gathers circumstances, explains results, books appointments "
            "once the client says yes.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Wraps the vendor's calculator API for the agent.
    calc_tool = tm.add(
        tg.Tool("Entitlement calculator tool", capabilities={"read"}, origin="first-party")
    )
    # Creates appointments in the case management system for the agent.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write", "send-messages"},
            origin="first-party",
            controls={c.LeastPrivilegeTools(note="API key can only list slots and book")},
        )
    )
    # Guidance the agent answers from.
    guidance_index = tm.add(
        tg.VectorStore("Guidance index", stores={guidance_chunks, guidance_pages})
    )
    # Weekly crawl and embedding of the guidance pages.
    indexer = tm.add(tg.Pipeline("Weekly guidance indexing job", stage=tg.Stage.INGESTION))
    # Every conversation, kept for quality review and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent (UK region).
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Calculator vendor", trust=tg.Trust.PARTNER):
    # Licensed benefits calculator kept up to date with rates and rules.
    calc_api = tm.add(
        tg.ExternalService("Benefits calculator API", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Case management provider", trust=tg.Trust.PARTNER):
    # The charity's hosted case management system: adviser diaries and client records.
    case_system = tm.add(
        tg.DataStore(
            "Case management system",
            stores={appointment, free_slots},
            controls={
                c.EncryptionAtRest(),
                c.RBAC(),
                c.Authentication(method="charity Microsoft 365 sign-in with MFA"),
            },
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations by text and e-mail.
    messaging = tm.add(tg.ExternalService("SMS and e-mail service"))

with tm.boundary("Local office network", trust=tg.Trust.INTERNAL):
    # Prepares for the appointment from the booking and chat summary.
    adviser = tm.add(tg.Actor("Adviser", role="adviser"))

# ---------------------------------------------------------------- flows
tm.flow(client, chat_api, client_message, protocol="https")
tm.flow(chat_api, agent, client_message)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, client, reply, protocol="https")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, guidance_index, client_message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")

tm.flow(agent, calc_tool, calc_request)
tm.flow(calc_tool, calc_api, calc_request, protocol="https")
tm.flow(calc_api, calc_tool, calc_result, protocol="https")
tm.flow(calc_tool, agent, calc_result)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, case_system, booking_request, protocol="https", label="create appointment")
tm.flow(case_system, booking_tool, free_slots, appointment, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, messaging, confirmation, protocol="https")
tm.flow(messaging, client, confirmation, protocol="sms", label="text and e-mail")

tm.flow(agent, transcript_store, transcripts)
tm.flow(case_system, adviser, appointment, protocol="https")
tm.flow(adviser, case_system, appointment, protocol="https", label="updates after appointment")

tm.flow(guidance_source, indexer, guidance_pages, protocol="https", label="weekly crawl")
tm.flow(indexer, guidance_index, guidance_chunks, guidance_pages)
