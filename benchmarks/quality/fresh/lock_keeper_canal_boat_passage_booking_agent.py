"""Staircase lock passage booking agent: the first design, before any security review.

A canal navigation authority's busy five-rise staircase lock needs booked passage
slots in summer. Boaters use a chat widget on the authority's website: an LLM
agent answers their questions (opening hours, stoppages, how the staircase works)
from the published navigation notices, and books, moves or cancels passage slots
after checking the boat's licence in the licence register. Confirmations go out
by text message through an SMS provider. Each morning the lock-keeper app asks
the agent for a briefing of the day's schedule and shows it with the bookings on
the keepers' lockside tablets, where keepers record boats through and walk-ups.
The agent and its tools run in the authority's cloud tenancy and call a hosted
LLM over HTTPS. The chat API is rate limited, the agent has a step limit,
bookings are checked against opening hours and capacity, keepers sign in with
MFA, and the booking database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Staircase lock passage booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that books staircase lock passages, answers boaters and briefs lock keepers.",
)

# ---------------------------------------------------------------- data assets
boater_message = tg.Data(
    "Boater chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking requests: boat name, licence number, mobile number.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved notices and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
notices = tg.Data(
    "Navigation notices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Stoppage notices, lock opening hours and the staircase boaters' guide.",
)
retrieved_notices = tg.Data(
    "Retrieved notice passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
slot_query = tg.Data(
    "Slot availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
free_slots = tg.Data("Free passage slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Book, move or cancel a slot for a boat: boat name, licence number, mobile.",
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Passage bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
licence_lookup = tg.Data("Licence lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
licence_records = tg.Data(
    "Boat licence records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Licence status, boat name and dimensions, licence holder's name.",
)
sms_request = tg.Data("Confirmation text request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
sms_text = tg.Data("Booking confirmation text", kind="documents", sensitivity=tg.Sensitivity.PII)
briefing_request = tg.Data(
    "Daily briefing request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
briefing = tg.Data(
    "Keepers' daily briefing",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The day's passages in order, wide or long boats, notes for the keepers.",
)
schedule = tg.Data("Daily passage schedule", kind="records", sensitivity=tg.Sensitivity.PII)
passage_log = tg.Data(
    "Passage log updates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Boats recorded through, no-shows and walk-up boats added by keepers.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any boater, hire-boat crew or member of the public using the website chat.
    boater = tm.add(tg.Actor("Boater", role="boater"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations to boaters' mobiles.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Authority cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: answers questions and books slots without staff approval.
    agent = tm.add(
        tg.Agent(
            "Passage booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=12),
                c.SecretsManagement(note="LLM and SMS API keys in the tenancy's key vault"),
            },
        )
    )
    # Read-only look-up of free slots at the staircase for a given day.
    slot_tool = tm.add(tg.Tool("Slot availability tool", capabilities={"read"}))
    # Creates, moves and cancels bookings; checks the licence first.
    booking_tool = tm.add(
        tg.Tool(
            "Passage booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.PolicyEnforcement(
                    rules="booking service refuses slots outside opening hours, beyond the "
                    "staircase's passages per hour, or for a boat whose licence is not current"
                )
            },
        )
    )
    # Sends the boater a confirmation text with the slot time.
    sms_tool = tm.add(tg.Tool("Confirmation text tool", capabilities={"send-messages"}))
    # Bookings for the season: the source of truth for the keepers' schedule.
    booking_db = tm.add(
        tg.DataStore(
            "Passage booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Navigation notices and the boaters' guide, indexed for the agent's answers.
    notice_index = tm.add(tg.VectorStore("Navigation notice index", stores={notices}))
    # Every conversation, kept for complaints and to improve the prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Backend of the lock-keeper app: pulls bookings, gets the briefing, takes keepers' updates.
    keeper_app = tm.add(
        tg.Service(
            "Lock-keeper schedule service",
            controls={c.Authentication(method="staff Entra ID account with MFA")},
        )
    )

with tm.boundary("Authority back office", trust=tg.Trust.RESTRICTED):
    # Existing system of record for boat licences; read only from here.
    licence_register = tm.add(tg.DataStore("Boat licence register", stores={licence_records}))
    # The navigation team's published notices, fed into the index when they change.
    notice_feed = tm.add(
        tg.DataSource("Navigation notices feed", origin=tg.Origin.INTERNAL, provides={notices})
    )

with tm.boundary("Lockside", trust=tg.Trust.INTERNAL):
    # Authority-issued tablets at the lock, on mobile data.
    tablet = tm.add(tg.Device("Lock-keeper tablet", fleet=True))
    # Keepers work the staircase to the day's schedule.
    keeper = tm.add(tg.Actor("Lock keeper", role="lock keeper"))

# ---------------------------------------------------------------- flows
tm.flow(boater, chat_api, boater_message, protocol="https")
tm.flow(chat_api, boater, agent_reply, protocol="https")
tm.flow(chat_api, agent, boater_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, notice_index, boater_message, label="similarity query")
tm.flow(notice_index, agent, retrieved_notices)
tm.flow(notice_feed, notice_index, notices, label="re-indexed on change")

tm.flow(agent, slot_tool, slot_query)
tm.flow(slot_tool, agent, free_slots)
tm.flow(booking_db, slot_tool, bookings, label="booked slots")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, licence_register, licence_lookup)
tm.flow(licence_register, booking_tool, licence_records)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)

tm.flow(agent, sms_tool, sms_request)
tm.flow(sms_tool, sms_gateway, sms_text, protocol="https")
tm.flow(sms_gateway, boater, sms_text, protocol="sms")

tm.flow(agent, transcript_store, transcripts)

tm.flow(keeper_app, agent, briefing_request, label="06:30 daily")
tm.flow(agent, keeper_app, briefing)
tm.flow(booking_db, keeper_app, bookings)
tm.flow(keeper_app, booking_db, passage_log)
tm.flow(keeper_app, tablet, schedule, briefing, protocol="https")
tm.flow(tablet, keeper_app, passage_log, protocol="https")
tm.flow(tablet, keeper, schedule, briefing)
tm.flow(keeper, tablet, passage_log)
