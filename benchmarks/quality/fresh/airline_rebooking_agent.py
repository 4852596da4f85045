"""Airline rebooking agent: the first design, before any security review.

Passengers on a cancelled or badly delayed flight open the chat on our website or
app and identify themselves with booking reference and surname (or their loyalty
login). An LLM agent looks up the booking, searches alternative flights, rebooks
the passenger in the reservation system (hosted by our PSS vendor) and issues meal
or hotel vouchers through the voucher platform, within limits per disruption and
cabin that the voucher tool checks. The model is a hosted LLM behind the cloud
provider's API, with its content filter on. Contact-centre agents see the live
conversations in their desktop and can take one over; the agent hands over itself
when the passenger asks or when it cannot help. Conversations and tool calls are
logged to a transcript store. The chat API is public, rate-limited and served
over HTTPS; the airline flies EU routes, so bookings hold EU personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline rebooking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that rebooks disrupted passengers and issues care vouchers.",
)

# ---------------------------------------------------------------- data assets
passenger_message = tg.Data(
    "Passenger message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Chat text, plus booking reference and surname at the start.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, and tool results with booking details.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Reply text or tool calls chosen by the model.",
)
policy = tg.Data(
    "Agent instructions and disruption policy",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
pnr = tg.Data(
    "Booking record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="PNR: names, contact details, itinerary, ticket numbers, special service requests.",
)
lookup_call = tg.Data("Booking lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking details", sensitivity=tg.Sensitivity.PII, kind="tool-result")
search_call = tg.Data("Flight search call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
availability = tg.Data(
    "Flight availability", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
rebook_call = tg.Data("Rebooking call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
rebook_request = tg.Data(
    "Rebooking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
rebook_result = tg.Data(
    "Rebooking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
voucher_call = tg.Data("Voucher call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
voucher_request = tg.Data(
    "Voucher request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
voucher = tg.Data(
    "Issued voucher",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-result",
    description="Meal or hotel voucher code with its value; redeemable like cash.",
)
transcript = tg.Data("Conversation transcript", sensitivity=tg.Sensitivity.PII, kind="logs")
handoff = tg.Data(
    "Handoff summary",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Why the agent handed over, and what it already did.",
)
staff_message = tg.Data("Contact-centre message", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a booking reference and a surname, or a loyalty login.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted chat model reached through the cloud provider's model API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the provider's content filter")},
        )
    )

with tm.boundary("PSS vendor", trust=tg.Trust.PARTNER):
    # The passenger service system: reservations, inventory and ticketing.
    pss = tm.add(
        tg.ExternalService(
            "Reservation system",
            description="Vendor-hosted PSS, reached through its web-services API.",
        )
    )

with tm.boundary("Voucher vendor", trust=tg.Trust.PARTNER):
    # Issues meal and hotel vouchers redeemable at airport outlets and partner hotels.
    voucher_platform = tm.add(tg.ExternalService("Voucher platform"))

with tm.boundary("Digital channels VPC", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget and the mobile app.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="booking reference and surname, or loyalty login"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent: plans, calls tools and answers within the disruption policy.
    agent = tm.add(
        tg.Agent(
            "Rebooking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=365, note="prompts and tool calls"),
                c.SecretsManagement(note="PSS and voucher API keys in the cloud secret manager"),
            },
        )
    )
    # System prompt and the disruption policy, edited by the digital team.
    policy_store = tm.add(tg.DataStore("Agent configuration", stores={policy}))
    # Reads the booking by reference from the PSS.
    lookup_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Searches seats on alternative flights for the disrupted segment.
    search_tool = tm.add(tg.Tool("Flight search tool", capabilities={"read"}))
    # Moves the passenger to the chosen flight and reissues the ticket.
    rebook_tool = tm.add(
        tg.Tool(
            "Rebooking tool",
            capabilities={"write"},
            controls={
                c.InputValidation(note="same origin, destination and cabin; no fare difference")
            },
        )
    )
    # Issues meal or hotel vouchers.
    voucher_tool = tm.add(
        tg.Tool(
            "Voucher tool",
            capabilities={"write", "money-movement"},
            controls={c.InputValidation(note="type and amount within the per-disruption limit")},
        )
    )
    # Transcripts and tool-call logs, read by the contact centre on takeover.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Human agents who take over conversations the bot cannot finish.
    cc_agent = tm.add(tg.Actor("Contact-centre agent", role="customer service"))
    # Their desktop: live conversation queue and takeover.
    desktop = tm.add(
        tg.Service(
            "Agent desktop",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(passenger, chat_api, passenger_message, protocol="https")
tm.flow(chat_api, passenger, agent_reply, staff_message, protocol="https")
tm.flow(chat_api, agent, passenger_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(policy_store, agent, policy)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcript)

# tools
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, booking_result)
tm.flow(lookup_tool, pss, lookup_call, protocol="https")
tm.flow(pss, lookup_tool, pnr, protocol="https")

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, agent, availability)
tm.flow(search_tool, pss, search_call, protocol="https")
tm.flow(pss, search_tool, availability, protocol="https")

tm.flow(agent, rebook_tool, rebook_call)
tm.flow(rebook_tool, agent, rebook_result)
tm.flow(rebook_tool, pss, rebook_request, protocol="https")
tm.flow(pss, rebook_tool, rebook_result, protocol="https")

tm.flow(agent, voucher_tool, voucher_call)
tm.flow(voucher_tool, agent, voucher)
tm.flow(voucher_tool, voucher_platform, voucher_request, protocol="https")
tm.flow(voucher_platform, voucher_tool, voucher, protocol="https")

# contact-centre takeover
tm.flow(agent, desktop, handoff, label="handoff")
tm.flow(transcript_store, desktop, transcript)
tm.flow(chat_api, desktop, passenger_message, label="after takeover")
tm.flow(desktop, chat_api, staff_message, label="after takeover")
tm.flow(cc_agent, desktop, staff_message)
tm.flow(desktop, cc_agent, transcript, passenger_message)
