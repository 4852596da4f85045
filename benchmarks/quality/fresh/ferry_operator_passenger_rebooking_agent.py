"""Ferry passenger rebooking agent: the first design, before any security review.

When a crossing is cancelled for weather, foot and vehicle passengers open a chat
on the ferry operator's website or mobile app. They sign in with their account or
with their booking reference and surname. An LLM agent, running in the operator's
cloud account and backed by a vendor-hosted model, looks up their booking and the
remaining sailings, moves them to another sailing, and issues a refund to the
original card (through the payment provider) or a travel voucher within the
published disruption policy. Confirmations go out by e-mail and SMS through a
messaging provider. Cases outside policy are handed to the contact centre.
Controls in this design: sign-in on the chat, per-session rate limits, TLS to
every outside party, a per-booking cap in the refund tool, audit logging of
refunds, and encryption and role-based access on the reservation system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry passenger rebooking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that rebooks passengers of weather-cancelled sailings and issues "
        "refunds or vouchers within the disruption policy."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Passenger chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: names, booking reference, vehicle details, travel needs.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the disruption policy, the conversation and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Passenger names, contact details, vehicle registrations, sailings and fares paid.",
)
cancellations = tg.Data(
    "Sailing cancellations", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data(
    "Sailing availability and booking details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
lookup_call = tg.Data("Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rebook_call = tg.Data("Rebooking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rebook_result = tg.Data("Rebooking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_change = tg.Data("Booking change", kind="records", sensitivity=tg.Sensitivity.PII)
refund_call = tg.Data(
    "Refund or voucher call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_result = tg.Data(
    "Refund or voucher result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_order = tg.Data(
    "Refund order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payment reference of the original card payment and the amount to return.",
)
refund_confirmation = tg.Data(
    "Refund confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
voucher = tg.Data("Travel voucher", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
confirmation_message = tg.Data(
    "Rebooking confirmation message", kind="records", sensitivity=tg.Sensitivity.PII
)
policy = tg.Data(
    "Disruption refund and voucher policy",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data("Escalated case", kind="records", sensitivity=tg.Sensitivity.PII)
handoff_call = tg.Data("Handoff call", kind="tool-call", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Foot and vehicle passengers chatting from the website or the mobile app.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
            controls={c.SupplierAssessment(note="procurement security review of the vendor")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Returns money to the card the fare was paid with.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            description="Card acquirer's refunds API; we hold payment references, not card numbers.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the new-sailing confirmations by e-mail and SMS.
    notifier = tm.add(tg.ExternalService("E-mail and SMS service"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget and the app's chat screen.
    chat = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="account e-mail and password, or booking reference and surname"
                ),
                c.RateLimiting(requests_per_minute=20, note="per chat session"),
            },
        )
    )
    # The LLM agent that works out a new sailing and a refund or voucher.
    agent = tm.add(
        tg.Agent(
            "Rebooking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Rebooks, refunds and issues vouchers on its own within policy.",
        )
    )
    # Reads the passenger's booking and the sailings that still have space.
    lookup_tool = tm.add(
        tg.Tool(
            "Booking and sailings lookup tool",
            capabilities={"read"},
            description="Looks up the booking by the reference the agent passes.",
        )
    )
    # Moves a booking to another sailing.
    rebook_tool = tm.add(
        tg.Tool(
            "Rebooking tool",
            capabilities={"read", "write", "send-messages"},
            description="Moves the booking the agent names and sends a confirmation.",
        )
    )
    # Refunds the fare to the card or issues a travel voucher.
    refund_tool = tm.add(
        tg.Tool(
            "Refund and voucher tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(
                    limit="no more than the fare paid on the booking; vouchers up to GBP 200 per booking"
                ),
                c.AuditLogging(note="each refund and voucher recorded for finance"),
            },
        )
    )
    # Hands cases outside policy to a person in the contact centre.
    handoff_tool = tm.add(tg.Tool("Contact centre handoff tool", capabilities={"write"}))
    # The policy text loaded into the agent's system prompt.
    policy_store = tm.add(tg.DataStore("Disruption policy documents", stores={policy}))
    # Conversations kept for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Reservations platform", trust=tg.Trust.INTERNAL):
    # The system of record for bookings, sailings and vouchers.
    reservations = tm.add(
        tg.DataStore(
            "Reservation system",
            stores={bookings, voucher},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Marine operations marks sailings cancelled for weather.
    marine_ops = tm.add(tg.DataSource("Marine operations system", provides={cancellations}))

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Staff who take the cases the agent cannot settle within policy.
    staff = tm.add(tg.Actor("Contact centre advisor", role="customer service staff"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, chat, message, protocol="https")
tm.flow(chat, passenger, reply, protocol="https")
tm.flow(chat, agent, message)
tm.flow(agent, chat, reply)

tm.flow(policy_store, agent, policy, label="system prompt")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(marine_ops, reservations, cancellations, label="cancelled sailings")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, availability)
tm.flow(lookup_tool, reservations, lookup_call, protocol="https")
tm.flow(reservations, lookup_tool, bookings, protocol="https")

tm.flow(agent, rebook_tool, rebook_call)
tm.flow(rebook_tool, agent, rebook_result)
tm.flow(rebook_tool, reservations, booking_change, protocol="https")
tm.flow(reservations, rebook_tool, bookings, protocol="https")
tm.flow(rebook_tool, notifier, confirmation_message, protocol="https")

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, agent, refund_result)
tm.flow(refund_tool, psp, refund_order, protocol="https")
tm.flow(psp, refund_tool, refund_confirmation, protocol="https")
tm.flow(refund_tool, reservations, voucher, protocol="https", label="voucher issued")

tm.flow(agent, handoff_tool, handoff_call)
tm.flow(handoff_tool, staff, escalation, protocol="https")
tm.flow(staff, reservations, booking_change, protocol="https", label="manual changes")
