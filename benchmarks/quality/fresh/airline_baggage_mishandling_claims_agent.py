"""Baggage mishandling claims agent: the first design, before any security review.

An EU airline lets passengers whose checked bags were delayed or damaged file the
claim in a chat on its website and app. They sign in with their booking reference
and surname, describe the problem, give the baggage file reference (the PIR number
from the arrival desk), upload receipts and photos, and enter bank details. An LLM
agent, on a model hosted by an LLM vendor, looks up the booking in the reservation
system, checks the bag's status in SITA WorldTracer, reads the receipts, opens or
updates the claim and pays interim expenses for essentials through the airline's
payment provider. Payouts are capped per claim; anything above the cap, and every
damaged-bag settlement, waits for a claims handler, who works from an internal
console with SSO. Claims data sit in an encrypted data tier; the chat endpoint is
rate limited and checks uploads. There is no screening of what passengers type or
upload before the model reads it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Baggage mishandling claims agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Passenger-facing agent for delayed and damaged baggage claims, "
    "with tracing look-ups and interim expense payouts.",
)

# ---------------------------------------------------------------- data assets
claim_message = tg.Data(
    "Passenger claim message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the passenger types: flight, bag description, PIR number, what happened.",
)
receipts = tg.Data(
    "Receipts and bag photos",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Uploaded receipts for essentials bought while the bag is missing, "
    "and photos of damaged bags.",
)
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with claim context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, booking and tracing results, receipt images.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
booking_query = tg.Data("Booking lookup request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking = tg.Data(
    "Booking record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="PNR: names, itinerary, checked bag tags, contact details.",
)
trace_request = tg.Data(
    "Baggage file reference lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
trace_status = tg.Data(
    "Bag tracing status",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="WorldTracer file: bag tag, last scan, forwarding and delivery status.",
)
claim = tg.Data(
    "Claim record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Passenger bank details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="IBAN and account holder name for the interim expense transfer.",
)
payment_instruction = tg.Data(
    "Interim expense payment instruction",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
)
payment_result = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
handler_decision = tg.Data(
    "Handler approval decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person claiming; anyone who knows a booking reference and surname can start a claim.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent runs on, hosted by the vendor under a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model that also reads receipt images.",
            controls={c.SupplierAssessment(note="DPA signed; EU region; no training on our data")},
        )
    )

with tm.boundary("SITA", trust=tg.Trust.PARTNER):
    # The industry baggage tracing system where mishandled bags are filed and traced.
    worldtracer = tm.add(
        tg.ExternalService(
            "WorldTracer",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="SITA's baggage tracing service; the airline queries files by reference.",
        )
    )

with tm.boundary("Reservation system provider", trust=tg.Trust.PARTNER):
    # The hosted passenger service system that holds bookings and bag tags.
    pss = tm.add(
        tg.ExternalService(
            "Passenger reservation system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted PSS; read-only booking API for the claims agent.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Sends the SEPA transfers that pay interim expenses.
    payment_provider = tm.add(
        tg.ExternalService(
            "Payout provider",
            description="Payment service provider executing SEPA credit transfers to passengers.",
        )
    )

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # The chat API behind the website and app where passengers file and follow claims.
    chat = tm.add(
        tg.Endpoint(
            "Claims chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="booking reference and surname"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to JPEG, PNG and PDF under 10 MB"),
            },
        )
    )
    # The LLM agent that runs the claim: looks things up, reads receipts, pays or escalates.
    agent = tm.add(
        tg.Agent(
            "Claims agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Handles delayed-bag interim expenses itself up to the cap; "
            "escalates damaged-bag claims and larger amounts to a handler.",
            controls={
                c.HumanInTheLoop(approver="claims handler", above="EUR 500 per claim"),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(),
            },
        )
    )
    # Lets the agent read the passenger's booking from the reservation system.
    booking_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            description="Fetches the PNR for the booking reference given in the chat.",
        )
    )
    # Lets the agent read the WorldTracer file for the bag.
    tracing_tool = tm.add(
        tg.Tool(
            "Baggage tracing tool",
            capabilities={"read"},
            description="Queries WorldTracer by file reference and bag tag.",
        )
    )
    # Opens, updates and reads claims in the claims database.
    claim_tool = tm.add(
        tg.Tool(
            "Claim case tool",
            capabilities={"read", "write"},
            description="Creates the claim, records amounts and status, flags it for a handler.",
        )
    )
    # Pays interim expenses to the bank details on the claim.
    payment_tool = tm.add(
        tg.Tool(
            "Interim expense payout tool",
            capabilities={"money-movement"},
            description="Sends a transfer to the bank details stored on the claim.",
            controls={c.TransactionLimits(limit="EUR 500 per claim")},
        )
    )
    # Where claims handlers review escalated claims and approve larger payouts.
    console = tm.add(
        tg.Service(
            "Claims handler console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Claims data tier", trust=tg.Trust.RESTRICTED):
        # The system of record for baggage claims, payouts and bank details.
        claims_db = tm.add(
            tg.DataStore(
                "Claims database",
                stores={claim, bank_details, payment_result, handler_decision},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Object storage for what passengers upload.
        receipt_store = tm.add(
            tg.DataStore(
                "Receipt and photo store",
                stores={receipts},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Airline corporate network", trust=tg.Trust.INTERNAL):
    # Customer relations staff who settle what the agent escalates.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, chat, claim_message, receipts, bank_details, protocol="https")
tm.flow(chat, passenger, reply, protocol="https")
tm.flow(chat, receipt_store, receipts, label="store uploads")
tm.flow(chat, claims_db, bank_details, label="bank details form")
tm.flow(chat, agent, claim_message)
tm.flow(agent, chat, reply)

tm.flow(receipt_store, agent, receipts, label="receipts to read")
tm.flow(agent, llm, llm_prompt, receipts, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, pss, booking_query, protocol="https")
tm.flow(pss, booking_tool, booking, protocol="https")
tm.flow(booking_tool, agent, booking)

tm.flow(agent, tracing_tool, trace_request)
tm.flow(tracing_tool, worldtracer, trace_request, protocol="https")
tm.flow(worldtracer, tracing_tool, trace_status, protocol="https")
tm.flow(tracing_tool, agent, trace_status)

tm.flow(agent, claim_tool, claim)
tm.flow(claim_tool, claims_db, claim)
tm.flow(claims_db, claim_tool, claim)
tm.flow(claim_tool, agent, claim)

tm.flow(agent, payment_tool, payment_instruction)
tm.flow(claims_db, payment_tool, bank_details, label="payee from the claim")
tm.flow(payment_tool, payment_provider, payment_instruction, bank_details, protocol="https")
tm.flow(payment_provider, payment_tool, payment_result, protocol="https")
tm.flow(payment_tool, claims_db, payment_result)
tm.flow(payment_tool, agent, payment_result)

tm.flow(claims_db, console, claim, bank_details, payment_result)
tm.flow(receipt_store, console, receipts)
tm.flow(console, handler, claim, receipts, protocol="https")
tm.flow(handler, console, handler_decision, protocol="https")
tm.flow(console, claims_db, handler_decision)
tm.flow(console, payment_tool, handler_decision, label="approved payout above the cap")
