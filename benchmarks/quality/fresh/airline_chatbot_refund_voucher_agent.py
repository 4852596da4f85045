"""Airline claims chatbot: refunds and travel vouchers for cancelled flights (first design).

Passengers whose flight was cancelled open the chat on the airline's website or app
and ask for their money back or a travel voucher. A claims agent, built on an LLM
hosted by a model vendor, finds the booking from the booking reference and surname,
checks the flight's cancellation in the flight operations system, reads the refund
and voucher policy (including EU261 rules) from a policy knowledge base, and then
either refunds the ticket to the original form of payment through the payment
provider or issues a voucher into the voucher ledger. Everything runs in the
airline's cloud account; the reservation system and flight operations data sit in
the core systems network. Refunds above EUR 1,500 wait for a customer service agent,
who also takes over conversations the bot hands off. Controls in this design: TLS on
public and vendor links, a rate limit on the chat API, the vendor's safety filter,
a per-refund cap, encrypted reservation data and an audit log of refunds.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline cancelled-flight claims chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that settles cancelled-flight claims with refunds or vouchers within policy.",
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the passenger: booking reference, surname, what they want.",
)
bot_reply = tg.Data("Claims bot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, booking details, policy excerpts, tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_query = tg.Data(
    "Booking lookup request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference and surname given by the passenger.",
)
booking_record = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passenger names, contact details, itinerary, fare paid, payment reference.",
)
flight_status = tg.Data(
    "Flight status and cancellation reason", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
policy_docs = tg.Data(
    "Refund and voucher policy documents",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Conditions of carriage, EU261 guidance, voucher terms, goodwill rules.",
)
policy_chunks = tg.Data(
    "Policy excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
refund_call = tg.Data(
    "Refund instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booking reference, amount and currency the agent decided to refund.",
)
refund_request = tg.Data(
    "Refund request to payment provider",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Original payment reference and amount; no card numbers.",
)
refund_result = tg.Data(
    "Refund confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
voucher_call = tg.Data(
    "Voucher instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booking reference, voucher value and the passenger's e-mail.",
)
voucher_record = tg.Data(
    "Travel voucher",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Voucher code, value, expiry and holder.",
)
approval_request = tg.Data(
    "Refund approval request", kind="records", sensitivity=tg.Sensitivity.PII
)
approval_decision = tg.Data(
    "Refund approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
handoff = tg.Data(
    "Conversation handoff",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Transcript and claim summary passed to a human agent.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any passenger, or anyone holding a booking reference and surname.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model used through the vendor's API; not trained by us.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content safety filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Our acquirer/PSP: returns money to the card or wallet the ticket was paid with.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            description="Refunds API of the airline's acquirer.",
        )
    )

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for the website and app chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that runs the claim conversation and decides refund or voucher.
    agent = tm.add(
        tg.Agent(
            "Claims agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Settles claims within policy on its own; hands off to a person when unsure.",
        )
    )
    # Read-only lookup of the passenger's booking in the reservation system.
    booking_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            controls={c.Authentication(method="booking reference and surname")},
        )
    )
    # Read-only check that the flight was really cancelled, and why.
    flight_tool = tm.add(tg.Tool("Flight status tool", capabilities={"read"}))
    # Pays money back to the original form of payment via the PSP.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 3,000 per refund"),
                c.HumanInTheLoop(approver="a customer service agent", above="EUR 1,500 per refund"),
                c.SecretsManagement(note="PSP API key held in the cloud secrets manager"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Issues a travel voucher for the value of the ticket (plus goodwill uplift).
    voucher_tool = tm.add(tg.Tool("Voucher tool", capabilities={"write", "money-movement"}))
    # Policy texts chunked and embedded for retrieval by the agent.
    policy_kb = tm.add(tg.VectorStore("Policy knowledge base", stores={policy_docs, policy_chunks}))
    # Full conversations kept for complaints handling and quality review.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Core airline systems", trust=tg.Trust.RESTRICTED):
        # The passenger service system: bookings, tickets, payments references.
        pss = tm.add(
            tg.DataStore(
                "Reservation system",
                stores={booking_record},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Operational flight data: schedule, cancellations, delay codes.
        flight_ops = tm.add(tg.DataSource("Flight operations system", provides={flight_status}))
        # Ledger of issued vouchers, redeemed later in the booking flow.
        voucher_ledger = tm.add(tg.DataStore("Voucher ledger", stores={voucher_record}))

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Approves large refunds and takes over conversations the bot hands off.
    cs_agent = tm.add(tg.Actor("Customer service agent", role="contact centre staff"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, chat_api, customer_message, protocol="https")
tm.flow(chat_api, passenger, bot_reply, protocol="https")
tm.flow(chat_api, agent, customer_message)
tm.flow(agent, chat_api, bot_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, policy_kb, customer_message, label="policy search")
tm.flow(policy_kb, agent, policy_chunks, label="retrieved policy")

tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, pss, booking_query, protocol="https")
tm.flow(pss, booking_tool, booking_record, protocol="https")
tm.flow(booking_tool, agent, booking_record)

tm.flow(agent, flight_tool, booking_query)
tm.flow(flight_ops, flight_tool, flight_status, protocol="https")
tm.flow(flight_tool, agent, flight_status)

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, psp, refund_request, protocol="https")
tm.flow(psp, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, pss, refund_result, label="marks ticket refunded")
tm.flow(refund_tool, agent, refund_result)
tm.flow(refund_tool, cs_agent, approval_request, protocol="https", label="refunds above EUR 1,500")
tm.flow(cs_agent, refund_tool, approval_decision, protocol="https")

tm.flow(agent, voucher_tool, voucher_call)
tm.flow(voucher_tool, voucher_ledger, voucher_record)
tm.flow(voucher_tool, agent, voucher_record)

tm.flow(agent, cs_agent, handoff, protocol="https", label="handoff to a person")
tm.flow(agent, transcript_store, transcripts)
