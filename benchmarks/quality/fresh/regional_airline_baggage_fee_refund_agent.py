"""Regional airline baggage fee refund agent: the first design, before any security review.

An EU regional airline lets passengers claim back checked-baggage fees through a
chat on its website: a bag that was paid for but not carried, a fee charged
twice, a fee on a cancelled flight or a bag delivered late. Passengers open the
chat with their booking reference and surname. An LLM agent in the airline's
cloud reads the refund policy, looks the booking up in the hosted reservation
system and the bag's history in the industry baggage tracing service, then
refunds the fee to the original payment through the payment provider and
e-mails a confirmation. Refunds above EUR 100 wait for a customer relations
agent, who also maintains the policy documents. Controls in this design: the
booking sign-in and a rate limit on the chat, a step limit on the agent, a
per-refund cap, approval above EUR 100, a refund-only provider key and an audit
log of refunds.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional airline baggage fee refund agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that checks and pays baggage fee refund claims from passengers.",
)

# ---------------------------------------------------------------- data assets
booking_sign_in = tg.Data(
    "Booking reference and surname", kind="credentials", sensitivity=tg.Sensitivity.PII
)
claim_message = tg.Data("Passenger claim message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the conversation, policy passages and tool results so far.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
policy_docs = tg.Data(
    "Baggage fee and refund policy", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
policy_passages = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
booking_query = tg.Data("Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_record = tg.Data(
    "Booking and ancillary fees",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passengers, flights, flight status, paid bag fees and payment transaction ids.",
)
bag_query = tg.Data("Bag history lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
bag_record = tg.Data(
    "Bag tag history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bag tag scans, delay and delivery records for the booking.",
)
refund_call = tg.Data(
    "Refund instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Booking reference, fee item, amount and original payment transaction id.",
)
refund_request = tg.Data(
    "Provider refund request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_request = tg.Data(
    "Refund awaiting approval", kind="records", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Refund approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
refund_entries = tg.Data(
    "Refund ledger entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
email_call = tg.Data("Confirmation e-mail call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Refund confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone holding a booking reference and surname can open a claim.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the steps and writes the replies; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted agent LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat model with function calling, used through the vendor's API.",
        )
    )

with tm.boundary("Airline partners", trust=tg.Trust.PARTNER):
    # The hosted passenger service system that holds bookings and paid ancillaries.
    pss = tm.add(tg.ExternalService("Reservation system", provides="data-provider"))
    # The industry bag tracing service: tag scans, delayed and mishandled bag files.
    tracing = tm.add(tg.ExternalService("Baggage tracing service", provides="data-provider"))
    # Card acquirer and wallet provider; refunds go back to the original payment.
    psp = tm.add(tg.ExternalService("Payment service provider"))
    # Sends the confirmation e-mails on our behalf.
    esp = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Website chat backend; the passenger's only way in.
    chat = tm.add(
        tg.Endpoint(
            "Refund chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="booking reference and surname"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that checks the claim against the policy and pays it.
    agent = tm.add(
        tg.Agent(
            "Baggage fee refund agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Conditions of carriage and refund rules, chunked for retrieval.
    policy_kb = tm.add(
        tg.VectorStore("Refund policy knowledge base", stores={policy_docs, policy_passages})
    )
    # Reads the booking, its flights and the bag fees paid.
    booking_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Reads the bag's tag scans and delay file.
    bag_tool = tm.add(tg.Tool("Bag history tool", capabilities={"read"}))
    # Pays the refund through the provider; the one step that moves money.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"money-movement", "write"},
            controls={
                c.TransactionLimits(limit="EUR 150 per refund"),
                c.HumanInTheLoop(approver="customer relations agent", above="EUR 100 per refund"),
                c.LeastPrivilegeTools(
                    note="provider API key can only refund, not charge or pay out"
                ),
                c.AuditLogging(retention_days=400),
            },
        )
    )
    # Sends the passenger the refund confirmation to the e-mail on the booking.
    email_tool = tm.add(tg.Tool("Confirmation e-mail tool", capabilities={"send-messages"}))
    # Every refund the agent made or queued, for finance reconciliation.
    ledger = tm.add(tg.DataStore("Refund ledger", stores={refund_entries}))
    # Chat transcripts kept for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

with tm.boundary("Airline corporate network", trust=tg.Trust.INTERNAL):
    # Approves the larger refunds and keeps the policy documents up to date.
    cr_agent = tm.add(tg.Actor("Customer relations agent", role="customer relations staff"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, chat, booking_sign_in, protocol="https", label="open claim")
tm.flow(passenger, chat, claim_message, protocol="https")
tm.flow(chat, pss, booking_sign_in, protocol="https", label="check reference and surname")
tm.flow(pss, chat, booking_record, protocol="https", label="booking found")
tm.flow(chat, agent, claim_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, passenger, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, policy_kb, claim_message, label="policy search")
tm.flow(policy_kb, agent, policy_passages)

tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, pss, booking_query, protocol="https")
tm.flow(pss, booking_tool, booking_record, protocol="https")
tm.flow(booking_tool, agent, booking_record)

tm.flow(agent, bag_tool, bag_query)
tm.flow(bag_tool, tracing, bag_query, protocol="https")
tm.flow(tracing, bag_tool, bag_record, protocol="https")
tm.flow(bag_tool, agent, bag_record)

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, cr_agent, approval_request, protocol="https", label="approval queue")
tm.flow(cr_agent, refund_tool, approval, protocol="https")
tm.flow(refund_tool, psp, refund_request, protocol="https")
tm.flow(psp, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, ledger, refund_entries)
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, email_tool, email_call)
tm.flow(email_tool, esp, confirmation, protocol="https")
tm.flow(esp, passenger, confirmation, protocol="smtp", label="e-mail")

tm.flow(cr_agent, policy_kb, policy_docs, protocol="https", label="updates policy")
