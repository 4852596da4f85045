"""Airline customer-service agent on WhatsApp: the first design, before any security review.

Passengers message the airline's WhatsApp Business number. Meta's Cloud API posts each
message to our webhook receiver, which verifies Meta's payload signature and hands the
text to an LLM agent running in the airline's cloud account. The agent uses a hosted
LLM, a knowledge base of fare rules and customer-service policy, and four tools: it
looks up a booking in the passenger service system (PSS) once the customer gives the
booking reference and surname, rebooks flights within the fare rules the PSS enforces,
issues travel vouchers through the compensation service up to a per-booking cap, and
hands the conversation over to a human agent in the contact-centre platform when a
request falls outside policy. Replies go back to the customer through the Cloud API.
Transcripts are kept for quality review. The LLM vendor's content filter screens
prompts and completions; the agent loop is capped in steps. Passengers are mostly in
the EU, so the airline processes their personal data under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline customer-service WhatsApp agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent answering passengers on WhatsApp, rebooking flights and issuing vouchers within policy.",
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data("Customer WhatsApp message", sensitivity="pii", kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt with policy, conversation so far, booking details and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    sensitivity="pii",
    kind="model-output",
    description="Either the next reply or the tool calls the agent should make.",
)
policy_docs = tg.Data(
    "Fare rules and service policy documents", sensitivity="internal", kind="documents"
)
policy_passages = tg.Data("Policy passages", sensitivity="internal", kind="retrieved-context")
booking_query = tg.Data(
    "Booking lookup call",
    sensitivity="pii",
    kind="tool-call",
    description="Booking reference and surname the customer typed.",
)
booking_record = tg.Data(
    "Booking record (PNR)",
    sensitivity="pii",
    kind="records",
    description="Passenger names, itinerary, contact details, travel document data for APIS, fare basis.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_details = tg.Data("Booking details", sensitivity="pii", kind="tool-result")
change_call = tg.Data(
    "Flight change call",
    sensitivity="pii",
    kind="tool-call",
    description="Booking reference, segment to change and the chosen replacement flight.",
)
rebooking = tg.Data("Rebooking request", sensitivity="pii", kind="records")
change_result = tg.Data("Rebooking confirmation", sensitivity="pii", kind="tool-result")
voucher_call = tg.Data(
    "Voucher issue call",
    sensitivity="pii",
    kind="tool-call",
    description="Booking reference, reason code and amount.",
)
voucher_request = tg.Data("Voucher request", sensitivity="pii", kind="records")
voucher = tg.Data(
    "Travel voucher code",
    sensitivity="confidential",
    kind="tool-result",
    description="Redeemable code worth the issued amount.",
)
handoff_case = tg.Data(
    "Handoff case",
    sensitivity="pii",
    kind="tool-call",
    description="Conversation summary, booking reference and the customer's WhatsApp number.",
)
staff_message = tg.Data("Human agent message", sensitivity="pii", kind="records")
transcripts = tg.Data("Conversation transcripts", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Any WhatsApp user can message the public business number.
    customer = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("Meta WhatsApp Cloud", trust="partner"):
    # Meta hosts the business number, relays inbound messages and sends our replies.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Cloud API",
            provides="generic",
            description="Meta's hosted WhatsApp Business Platform for the airline's number.",
        )
    )

with tm.boundary("LLM vendor", trust="partner"):
    # The language model the agent reasons with, behind the vendor's API (EU region).
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            description="General-purpose chat model with function calling.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("PSS provider", trust="partner"):
    # The reservation system of record, hosted by the airline's PSS vendor.
    pss = tm.add(
        tg.ExternalService(
            "Passenger service system",
            provides="generic",
            description="Hosted reservations and ticketing; reissues tickets under the fare rules.",
        )
    )

with tm.boundary("Contact-centre SaaS", trust="partner"):
    # Where human agents pick up conversations the bot cannot finish.
    contact_centre = tm.add(
        tg.ExternalService(
            "Contact-centre platform",
            provides="generic",
            description="Agent desktop and case queues; can reply on the same WhatsApp thread.",
        )
    )

with tm.boundary("Airline cloud account", trust="internal"):
    # Public HTTPS endpoint that Meta calls for every inbound message.
    webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook receiver",
            purpose="api",
            internet_facing=True,
            description="Receives Meta's message webhooks and posts replies via the Cloud API.",
            controls={
                c.MessageIntegrity(note="checks X-Hub-Signature-256 with the app secret"),
                c.RateLimiting(requests_per_minute=20, note="per sender number"),
            },
        )
    )
    # The LLM agent that runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Customer-service agent",
            autonomy="autonomous",
            description="Answers questions, rebooks and issues vouchers within policy; hands off otherwise.",
            controls={
                c.CircuitBreaker(max_steps=12),
                c.AuditLogging(note="every tool call is written to the transcript"),
            },
        )
    )
    # Fare rules and service policy the agent retrieves to stay within policy.
    policy_kb = tm.add(
        tg.VectorStore("Policy knowledge base", stores={policy_passages, policy_docs})
    )
    # Loads fare rules from the PSS and policy documents into the knowledge base.
    indexer = tm.add(
        tg.Pipeline(
            "Policy indexing job",
            stage="ingestion",
            description="Nightly: chunks and embeds fare rules and the customer-service manual.",
        )
    )
    # Read-only booking lookup; the customer must give reference and surname.
    booking_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            controls={c.Authentication(method="booking reference and surname matched to the PNR")},
        )
    )
    # Rebooks a segment in the PSS; the PSS refuses changes its fare rules do not allow.
    change_tool = tm.add(
        tg.Tool(
            "Flight change tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="PSS reissue checks: same origin and destination, same cabin, no fare difference"
                )
            },
        )
    )
    # Issues goodwill and disruption vouchers through the compensation service.
    voucher_tool = tm.add(
        tg.Tool(
            "Voucher issuance tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="EUR 250 per booking")},
        )
    )
    # Hands the conversation to a human agent when the request is outside policy.
    handoff_tool = tm.add(tg.Tool("Human handoff tool", capabilities={"send-messages"}))
    # Creates voucher codes and keeps the voucher ledger.
    voucher_service = tm.add(
        tg.Service(
            "Compensation and voucher service",
            description="Existing service used by the web self-service pages; enforces the per-booking cap.",
        )
    )
    # Transcripts for quality review and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust="internal"):
    # Customer-service staff who take over handed-off conversations.
    staff = tm.add(tg.Actor("Customer-service agent (human)", role="support staff"))

# ---------------------------------------------------------------- flows
# Inbound and outbound messages
tm.flow(customer, whatsapp, customer_message, protocol="tls", label="WhatsApp chat")
tm.flow(whatsapp, webhook, customer_message, protocol="https", label="message webhook")
tm.flow(webhook, agent, customer_message)
tm.flow(agent, webhook, agent_reply)
tm.flow(webhook, whatsapp, agent_reply, protocol="https", label="Cloud API send")
tm.flow(whatsapp, customer, agent_reply, protocol="tls")

# Reasoning and policy retrieval
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, policy_kb, customer_message, label="policy query")
tm.flow(policy_kb, agent, policy_passages)

# Booking lookup
tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, pss, booking_query, protocol="https")
tm.flow(pss, booking_tool, booking_record, protocol="https")
tm.flow(booking_tool, agent, booking_details)

# Flight change
tm.flow(agent, change_tool, change_call)
tm.flow(change_tool, pss, rebooking, protocol="https")
tm.flow(pss, change_tool, booking_record, protocol="https")
tm.flow(change_tool, agent, change_result)

# Vouchers
tm.flow(agent, voucher_tool, voucher_call)
tm.flow(voucher_tool, voucher_service, voucher_request, protocol="https")
tm.flow(voucher_service, voucher_tool, voucher, protocol="https")
tm.flow(voucher_tool, agent, voucher)

# Human handoff
tm.flow(agent, handoff_tool, handoff_case)
tm.flow(handoff_tool, contact_centre, handoff_case, protocol="https")
tm.flow(contact_centre, staff, handoff_case, protocol="https")
tm.flow(staff, contact_centre, staff_message, protocol="https")
tm.flow(contact_centre, whatsapp, staff_message, protocol="https")

# Transcripts and knowledge base upkeep
tm.flow(agent, transcript_store, transcripts)
tm.flow(pss, indexer, policy_docs, protocol="https", label="nightly fare rules export")
tm.flow(indexer, policy_kb, policy_passages, policy_docs)
