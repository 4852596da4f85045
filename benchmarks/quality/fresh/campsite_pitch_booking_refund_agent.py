"""Campsite pitch booking and refund agent: the first design, before any security review.

A chat agent on the campsite group's public website lets guests book pitches,
change their dates and cancel, by calling tools on the existing booking system.
The agent is a hosted LLM (vendor API) driven by an orchestrator in our cloud,
with the refund policy in its system prompt. Payment never touches us: the
agent creates a checkout session and the guest pays on the card provider's
hosted page, which confirms by webhook to the booking system. For cancellations
the agent can refund under the policy up to GBP 100 through the provider's
refund API; larger refunds and complaints are handed to the reservations team.
Guests identify themselves with booking reference and surname; the chat has a
per-session rate limit, the refund tool a hard GBP 100 cap, provider keys are
in the secret manager, and conversations and tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Campsite pitch booking and refund agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Website chat agent that books, changes, cancels and refunds pitch bookings.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data("Guest chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with conversation and tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
agent_config = tg.Data(
    "System prompt and refund policy",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability and booking details", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_records = tg.Data(
    "Guest bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Guest name, contact details, pitch, dates, party size, payment status.",
)
checkout_request = tg.Data("Checkout session request", kind="tool-call")
checkout_link = tg.Data("Hosted payment page link", kind="tool-result")
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_call = tg.Data("Refund tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_request = tg.Data("Refund request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
provider_key = tg.Data(
    "Card provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
handoff = tg.Data(
    "Reservations handoff",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Conversation summary, booking reference and the refund or complaint asked for.",
)
transcripts = tg.Data(
    "Chat transcripts and tool-call log", kind="logs", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website can open the chat.
    guest = tm.add(tg.Actor("Guest", role="camper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page, checkout sessions and refunds.
    card_provider = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment page, checkout-session and refund APIs.",
        )
    )

with tm.boundary("Campsite cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the website.
    chat_api = tm.add(
        tg.Endpoint(
            "Website chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.Authentication(method="booking reference and surname"),
            },
        )
    )
    # Runs the LLM loop and dispatches tool calls.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, moves and cancels pitches and refunds small cancellations itself.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Where the system prompt and refund policy are kept.
    config_store = tm.add(tg.DataStore("Agent prompt and policy config", stores={agent_config}))
    # Searches availability, creates, changes and cancels bookings.
    booking_tool = tm.add(
        tg.Tool("Booking management tool", capabilities={"read", "write", "delete"})
    )
    # Creates a checkout session on the provider for a new or changed booking.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement()},
        )
    )
    # Refunds a cancelled booking through the provider, capped per refund.
    refund_tool = tm.add(
        tg.Tool(
            "Cancellation refund tool",
            capabilities={"money-movement", "network-egress"},
            controls={
                c.TransactionLimits(limit="GBP 100 per refund"),
                c.SecretsManagement(),
            },
        )
    )
    # Hands larger refunds and complaints to the reservations team.
    handoff_tool = tm.add(tg.Tool("Reservations handoff tool", capabilities={"send-messages"}))
    # Conversation and tool-call log for disputes.
    chat_log = tm.add(
        tg.DataStore(
            "Chat transcript log",
            stores={transcripts},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # The group's existing booking system, the system of record.
    booking_system = tm.add(tg.Service("Booking system"))
    # Bookings, guests and payment status.
    booking_db = tm.add(tg.DataStore("Booking database", stores={booking_records}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Handles larger refunds, complaints and anything the agent hands over.
    reservations = tm.add(tg.Actor("Reservations team", role="reservations staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(guest, chat_api, guest_message, protocol="https", controls={tls})
tm.flow(chat_api, guest, agent_reply, checkout_link, protocol="https", controls={tls})
tm.flow(chat_api, agent, guest_message)
tm.flow(agent, chat_api, agent_reply, checkout_link)

tm.flow(config_store, agent, agent_config, label="loaded per session")
tm.flow(agent, llm, llm_prompt, agent_config, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, chat_log, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_system, booking_call, protocol="https")
tm.flow(booking_system, booking_tool, booking_result, protocol="https")
tm.flow(booking_system, booking_db, booking_records)
tm.flow(booking_db, booking_system, booking_records)

tm.flow(agent, payment_tool, checkout_request)
tm.flow(
    payment_tool, card_provider, checkout_request, provider_key, protocol="https", controls={tls}
)
tm.flow(card_provider, payment_tool, checkout_link, protocol="https", controls={tls})
tm.flow(payment_tool, agent, checkout_link)
tm.flow(guest, card_provider, card_details, protocol="https", label="hosted payment page")
tm.flow(
    card_provider,
    booking_system,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
)

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, card_provider, refund_request, provider_key, protocol="https", controls={tls})
tm.flow(card_provider, refund_tool, refund_result, protocol="https", controls={tls})
tm.flow(refund_tool, booking_system, refund_result, protocol="https", label="records refund")
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, reservations, handoff, protocol="smtp", label="e-mail to reservations inbox")
tm.flow(
    reservations, booking_system, booking_records, protocol="https", label="back-office refunds"
)
tm.flow(booking_system, reservations, booking_records, protocol="https")
