"""Driving-lesson booking agent: the first design, before any security review.

Learners message the driving school on WhatsApp. Meta's WhatsApp Business Platform
relays each message to our messaging gateway, which matches the sender's phone
number to a learner record and passes the message to an LLM agent running in the
school's cloud account. The agent uses a hosted LLM and three first-party tools: the
diary tool reads and books instructors' diaries, the payment-link tool asks the
card payment provider for a hosted checkout link for a block of lessons, and the
refund tool refunds cancelled lessons under the cancellation policy that the office
manager keeps in the school's policy settings. Card details go only to the payment
provider, whose payment webhook (signature checked) marks blocks as paid. Instructors
mark lessons done in their app and parents who pay see their children's bookings,
both through the school API. Controls in this design: TLS everywhere, a step limit
on the agent, a per-refund cap, encrypted databases and the payment key in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driving lesson booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="WhatsApp agent that books, takes payment for and refunds driving lessons.",
)

# ---------------------------------------------------------------- data assets
learner_message = tg.Data(
    "Learner WhatsApp message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the learner: lesson requests, cancellations, questions.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the cancellation policy, the conversation and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
diary_call = tg.Data("Diary tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
diary_slots = tg.Data(
    "Instructor diary slots",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Free and booked slots, with learners' names and pickup addresses.",
)
booking_records = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Learners, parents, lesson blocks, bookings, payments and refunds.",
)
payment_link_call = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_call = tg.Data("Refund tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_instruction = tg.Data(
    "Refund instruction", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lesson_update = tg.Data(
    "Lesson completion update",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Instructor marks a lesson done, with short progress notes.",
)
parent_request = tg.Data(
    "Parent booking view request", kind="records", sensitivity=tg.Sensitivity.PII
)
parent_view = tg.Data(
    "Child's bookings and payments", kind="records", sensitivity=tg.Sensitivity.PII
)
policy = tg.Data(
    "Cancellation policy and prices",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Learners (many aged 17) who book, move and cancel lessons over WhatsApp.
    learner = tm.add(tg.Actor("Learner driver", role="learner"))
    # Parents who pay for their children's lesson blocks and check their bookings.
    parent = tm.add(tg.Actor("Paying parent", role="parent"))
    # Self-employed instructors working from the app on their own phones.
    instructor = tm.add(tg.Actor("Driving instructor", role="instructor"))

with tm.boundary("WhatsApp Business Platform", trust=tg.Trust.PARTNER):
    # Meta's Cloud API: carries messages between learners and the school's number.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Platform",
            description="Meta Cloud API; delivers inbound messages to our webhook.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and refunds: the school never sees card numbers.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment links, card payments and refunds.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # Receives WhatsApp webhooks, identifies the learner, sends replies back.
    gateway = tm.add(
        tg.Endpoint(
            "Messaging gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="WhatsApp sender phone number matched to learner record"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that holds the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, reschedules and refunds lessons without staff approval.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads instructors' free slots and books or moves lessons.
    diary_tool = tm.add(tg.Tool("Diary tool", capabilities={"read", "write"}))
    # Creates a hosted checkout link for a lesson block and returns it to the agent.
    link_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement()},
        )
    )
    # Refunds cancelled lessons through the payment provider.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"read", "write", "money-movement"},
            controls={
                c.SecretsManagement(),
                c.TransactionLimits(limit="GBP 300 per refund"),
            },
        )
    )
    # The API behind the instructor app and the parent portal, and the payment webhook.
    school_api = tm.add(
        tg.Endpoint(
            "School API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Database subnet", trust=tg.Trust.INTERNAL):
        # System of record for learners, parents, diaries, bookings and payments.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={booking_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Every conversation, kept for disputes about what the agent promised.
        transcript_store = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcripts},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Cancellation policy and lesson prices the agent works from.
        policy_store = tm.add(tg.DataStore("Policy settings", stores={policy}))

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # Office manager who sets the cancellation policy and prices.
    office = tm.add(tg.Actor("Office manager", role="office staff", privileged=True))

# ---------------------------------------------------------------- flows
# Learner conversation
tm.flow(learner, whatsapp, learner_message, protocol="tls")
tm.flow(whatsapp, gateway, learner_message, protocol="https", label="inbound message webhook")
tm.flow(gateway, agent, learner_message)
tm.flow(agent, gateway, agent_reply)
tm.flow(gateway, whatsapp, agent_reply, protocol="https")
tm.flow(whatsapp, learner, agent_reply, protocol="tls")
tm.flow(agent, transcript_store, transcripts)

# The agent's model
tm.flow(policy_store, agent, policy, label="loaded into system prompt")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Diary
tm.flow(agent, diary_tool, diary_call)
tm.flow(diary_tool, agent, diary_slots)
tm.flow(booking_db, diary_tool, booking_records, label="read diaries")
tm.flow(diary_tool, booking_db, booking_records, label="book or move lesson")

# Payment links and payments
tm.flow(agent, link_tool, payment_link_call)
tm.flow(link_tool, payments, checkout_request, protocol="https")
tm.flow(payments, link_tool, payment_link, protocol="https")
tm.flow(link_tool, agent, payment_link)
tm.flow(learner, payments, card_details, protocol="https", label="pays via link")
tm.flow(parent, payments, card_details, protocol="https", label="pays via forwarded link")
tm.flow(
    payments,
    school_api,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(school_api, booking_db, booking_records, label="mark block paid, lesson done")

# Refunds
tm.flow(agent, refund_tool, refund_call)
tm.flow(booking_db, refund_tool, booking_records, label="booking and payment lookup")
tm.flow(refund_tool, payments, refund_instruction, protocol="https")
tm.flow(payments, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, booking_db, booking_records, label="record refund")
tm.flow(refund_tool, agent, refund_result)

# Instructors and parents
tm.flow(instructor, school_api, lesson_update, protocol="https")
tm.flow(parent, school_api, parent_request, protocol="https")
tm.flow(booking_db, school_api, booking_records, label="bookings for the caller")
tm.flow(school_api, parent, parent_view, protocol="https")
tm.flow(school_api, instructor, booking_records, protocol="https", label="instructor's diary")

# Policy
tm.flow(office, policy_store, policy, protocol="https", label="edits policy and prices")
