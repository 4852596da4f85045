"""Legal intake chatbot: the first design, before any security review.

A chat widget on the law firm's public website talks to prospective clients. An
intake agent, running in the firm's cloud tenant (EU region), uses an LLM from a
hosted API to ask about the matter and collect the facts and the names of the
parties. It checks those names against the firm's client and matter database for
conflicts of interest, through a read-only lookup tool, and books a consultation
in a lawyer's calendar (Microsoft 365) through a booking tool. The full
transcript is stored for the intake team, who review it in an internal portal
behind the firm's SSO and decide whether to take the matter. The chat endpoint is
rate-limited at the CDN; transcripts are encrypted at rest; the LLM vendor was
reviewed and signed a DPA; the calendar credentials live in the cloud secret
manager. Prospective clients are anonymous: there is no login.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal intake chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chatbot that takes in prospective clients' matters, "
    "runs a conflict check and books consultations for an EU law firm.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Prospect chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Facts of the matter, names of the parties, contact details; "
    "may include health, criminal or family details.",
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Intake prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and the results of tool calls.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply, or a tool call (conflict check, booking).",
)
conflict_query = tg.Data("Conflict check request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
conflict_result = tg.Data(
    "Conflict check result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Whether a party matches an existing client, adverse party or matter.",
)
client_records = tg.Data(
    "Client and matter records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Clients, adverse parties and matters: privileged and confidential.",
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Calendar slots and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
calendar_api_call = tg.Data("Calendar API call", kind="records", sensitivity=tg.Sensitivity.PII)
calendar_entries = tg.Data(
    "Lawyer calendar entries", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcript = tg.Data(
    "Intake transcript",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The whole conversation, the extracted facts and the conflict check outcome.",
)
intake_decision = tg.Data(
    "Intake decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who opens the website: genuine prospects, but also opposing parties,
    # journalists or people probing the bot.
    prospect = tm.add(tg.Actor("Prospective client", role="website visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that conducts the conversation and decides when to call tools.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, EU region.",
            controls={c.SupplierAssessment(note="vendor review and DPA, no training on our data")},
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Where the lawyers' calendars live; the bot writes consultation events here.
    calendar = tm.add(
        tg.ExternalService(
            "Lawyer calendars",
            description="Exchange Online calendars reached through Microsoft Graph.",
        )
    )

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Public entry point for the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP, at the CDN")},
        )
    )
    # Runs the conversation: calls the LLM, executes the tool calls it asks for.
    intake_agent = tm.add(
        tg.Agent(
            "Intake agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Conducts the intake conversation and books consultations itself.",
        )
    )
    # Lets the agent check party names without giving it the whole database.
    conflict_tool = tm.add(
        tg.Tool(
            "Conflict check tool",
            capabilities={"read"},
            description="Fuzzy-matches party names against the client and matter database.",
            controls={c.LeastPrivilegeTools(note="read-only view of party names and matter ids")},
        )
    )
    # Lets the agent see free slots and create consultation events.
    booking_tool = tm.add(
        tg.Tool(
            "Calendar booking tool",
            capabilities={"read", "write"},
            description="Lists free consultation slots and creates events in a lawyer's calendar.",
            controls={
                c.SecretsManagement(note="Graph app credentials in the cloud secret manager")
            },
        )
    )
    # Keeps every conversation for the intake team.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcript, intake_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where the intake team reads transcripts and records their decision.
    intake_portal = tm.add(
        tg.Service(
            "Intake review portal",
            controls={c.Authentication(method="firm SSO (Entra ID)")},
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Practice management", trust=tg.Trust.RESTRICTED):
        # The firm's existing practice management system: the source of truth for conflicts.
        client_db = tm.add(
            tg.DataStore(
                "Client and matter database",
                stores={client_records},
                description="Practice management system, reached through its REST API.",
            )
        )
    # Staff who decide whether the firm takes the matter.
    intake_team = tm.add(tg.Actor("Intake team", role="intake staff"))
    # The lawyer who holds the consultation.
    lawyer = tm.add(tg.Actor("Lawyer", role="lawyer"))

# ---------------------------------------------------------------- flows
# The conversation
tm.flow(prospect, chat_api, chat_message, protocol="https")
tm.flow(chat_api, prospect, bot_reply, protocol="https")
tm.flow(chat_api, intake_agent, chat_message)
tm.flow(intake_agent, chat_api, bot_reply)
tm.flow(intake_agent, llm, llm_prompt, protocol="https")
tm.flow(llm, intake_agent, llm_completion, protocol="https")

# Conflict check
tm.flow(intake_agent, conflict_tool, conflict_query)
tm.flow(conflict_tool, intake_agent, conflict_result)
tm.flow(conflict_tool, client_db, conflict_query, protocol="https", label="name search")
tm.flow(client_db, conflict_tool, client_records, protocol="https", label="matching parties")

# Booking
tm.flow(intake_agent, booking_tool, booking_request)
tm.flow(booking_tool, intake_agent, booking_result)
tm.flow(booking_tool, calendar, calendar_api_call, protocol="https", label="create event")
tm.flow(calendar, booking_tool, calendar_entries, protocol="https", label="free/busy")
tm.flow(calendar, lawyer, calendar_entries, protocol="https", label="consultation invite")

# Intake review
tm.flow(intake_agent, transcript_store, transcript)
tm.flow(transcript_store, intake_portal, transcript)
tm.flow(intake_portal, intake_team, transcript, protocol="https")
tm.flow(intake_team, intake_portal, intake_decision, protocol="https")
tm.flow(intake_portal, transcript_store, intake_decision)
