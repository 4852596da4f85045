"""Lost and delayed baggage claim agent: the first design, before any security review.

Passengers whose bag is delayed or lost open a claim in the airline's mobile app.
They describe the bag, upload photos of receipts for essentials they had to buy,
and give the bank account the airline should pay into. A chat agent, backed by a
hosted LLM, looks the bag up in the baggage tracing system (where ground handlers
at each airport record what they find) and checks the booking in the passenger
service system. It can pay interim expenses of up to 150 euros per claim through
the airline's payments platform; anything larger is handed to the claims team,
who decide and settle it from their workbench. Passengers track their claim in
the same chat. The agent and its tools run in the airline's cloud account; the
tracing and booking systems are run by aviation IT partners. Controls in this
design: app sign-in, rate limits and upload checks on the chat API, a per-claim
payment cap in the payment tool, a step limit on the agent, encrypted claim store
with role-based access, and SSO for the claims team.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline lost baggage claim agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that handles delayed and lost baggage claims and pays "
    "interim expenses up to EUR 150.",
)

# ---------------------------------------------------------------- data assets
claim_message = tg.Data(
    "Passenger claim message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Bag description, contents, delivery address, questions about the claim.",
)
receipts = tg.Data(
    "Receipt uploads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Photos and PDFs of receipts for toiletries, clothing and other essentials.",
)
bank_details = tg.Data(
    "Passenger bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Account holder name and IBAN the interim payment is made to.",
)
agent_reply = tg.Data(
    "Agent reply and claim status", kind="model-output", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, receipt text and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tracing_query = tg.Data("Bag tracing lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tracing_record = tg.Data(
    "Bag tracing record",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="File reference, bag tag, last scans, found-bag matches and handler remarks.",
)
bag_update = tg.Data(
    "Bag status update",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Found bags, scans, delivery status and free-text remarks entered at airports.",
)
booking_query = tg.Data("Booking lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_record = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger name, itinerary, checked bag count and fare class.",
)
payment_request = tg.Data(
    "Interim payment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Claim id, amount and the passenger's bank details.",
)
payment_instruction = tg.Data("Payment instruction", kind="records", sensitivity=tg.Sensitivity.PII)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
claim_record = tg.Data(
    "Baggage claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Claim, conversation, receipts, amounts paid and status.",
)
escalation = tg.Data("Claim escalation", kind="tool-call", sensitivity=tg.Sensitivity.PII)
claim_decision = tg.Data(
    "Claim decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The claims team's outcome and the amount settled.",
)
settlement = tg.Data("Claim settlement payment", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Passengers use the airline app from anywhere; anyone can open a claim.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("Airport ground handling", trust=tg.Trust.PARTNER):
    # Handling agents at each airport record found bags and deliveries.
    ground_handler = tm.add(tg.Actor("Ground handler", role="baggage services agent"))

with tm.boundary("Aviation IT partners", trust=tg.Trust.PARTNER):
    # Industry baggage tracing system shared by airlines and handlers.
    tracing_system = tm.add(
        tg.ExternalService(
            "Baggage tracing system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Industry-wide tracing of mishandled bags, run by an aviation IT provider.",
        )
    )
    # The airline's hosted passenger service system, holding bookings.
    booking_system = tm.add(
        tg.ExternalService(
            "Passenger service system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Reservations and departure control, hosted by the PSS vendor.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA signed, no training on our data")},
        )
    )

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the app's claim chat; passengers sign in with their app account.
    chat_api = tm.add(
        tg.Endpoint(
            "Claim chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airline app account, e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to JPEG, PNG and PDF under 10 MB"),
            },
        )
    )
    # The LLM agent that runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Baggage claim agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.HumanInTheLoop(approver="claims team", above="EUR 150 per claim"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads a tracing file by reference or bag tag.
    tracing_tool = tm.add(
        tg.Tool("Bag tracing lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Reads the booking to confirm the passenger flew and checked the bag.
    booking_tool = tm.add(
        tg.Tool("Booking lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Pays interim expenses; refuses anything above the per-claim cap.
    payment_tool = tm.add(
        tg.Tool(
            "Interim payment tool",
            capabilities={"money-movement"},
            origin="first-party",
            controls={c.TransactionLimits(limit="EUR 150 per claim")},
        )
    )
    # Hands larger or unclear claims to the claims team's queue.
    handoff_tool = tm.add(
        tg.Tool("Claims team handoff tool", capabilities={"write"}, origin="first-party")
    )
    # Claims, conversations and receipts, kept for the claim and the audit period.
    claim_store = tm.add(
        tg.DataStore(
            "Claim store",
            stores={claim_record, receipts, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Airline finance", trust=tg.Trust.INTERNAL):
    # The airline's payments platform, which sends SEPA transfers to passengers.
    payments = tm.add(
        tg.Service(
            "Payments platform",
            description="Runs SEPA payouts for refunds and compensation.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Claims staff who decide claims above the agent's limit.
    claims_handler = tm.add(tg.Actor("Claims handler", role="claims team"))
    # Case-handling application for the claims team.
    workbench = tm.add(
        tg.Service(
            "Claims workbench",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Passenger and chat
tm.flow(passenger, chat_api, claim_message, receipts, bank_details, protocol="https")
tm.flow(chat_api, passenger, agent_reply, protocol="https")
tm.flow(chat_api, agent, claim_message, receipts, bank_details)
tm.flow(agent, chat_api, agent_reply)

# Agent and model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Bag tracing
tm.flow(agent, tracing_tool, tracing_query)
tm.flow(tracing_tool, agent, tracing_record)
tm.flow(tracing_tool, tracing_system, tracing_query, protocol="https")
tm.flow(tracing_system, tracing_tool, tracing_record, protocol="https")
tm.flow(ground_handler, tracing_system, bag_update, protocol="https")

# Booking
tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, agent, booking_record)
tm.flow(booking_tool, booking_system, booking_query, protocol="https")
tm.flow(booking_system, booking_tool, booking_record, protocol="https")

# Interim payments
tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, payments, payment_instruction, bank_details, protocol="https")
tm.flow(payments, payment_tool, payment_confirmation, protocol="https")
tm.flow(payment_tool, agent, payment_confirmation)

# Claim records and tracking
tm.flow(agent, claim_store, claim_record, receipts, bank_details, label="save claim")
tm.flow(claim_store, agent, claim_record, label="claim status for tracking")

# Hand-off to the claims team
tm.flow(agent, handoff_tool, escalation)
tm.flow(handoff_tool, claim_store, escalation, label="queue for claims team")
tm.flow(claim_store, workbench, claim_record, receipts, bank_details)
tm.flow(workbench, claim_store, claim_decision)
tm.flow(workbench, claims_handler, claim_record, receipts, protocol="https")
tm.flow(claims_handler, workbench, claim_decision, protocol="https")
tm.flow(workbench, payments, settlement, bank_details, protocol="https")
