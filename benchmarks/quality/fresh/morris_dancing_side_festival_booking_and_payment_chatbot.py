"""Morris side booking and payment chatbot: the first design, before any security review.

A folk festival adds a chat assistant to its website for this year's invited dance
sides. A side's contact (squire or bagman) asks it about the programme, dance spots
and camping, books performance slots and pays the side's pitch fee. The assistant is
an LLM agent in the festival's cloud account: it calls a hosted LLM, reads an index of
the published programme, and has two tools, one booking slots in the festival's
scheduling system, one creating a hosted checkout with the card payment provider.
Cards are typed only into the provider's page; its signed webhook marks the fee paid.
Sides identify themselves with the registration code from their acceptance e-mail and
their contact e-mail. The dance coordinator runs the schedule in the scheduling system.
Controls: HTTPS throughout, a per-visitor rate limit on the chat API, a step limit on
the agent, webhook signature checks and the cloud database's default encryption.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Morris side festival booking and payment chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Website chat assistant that answers programme questions, books dance "
    "slots and takes pitch fees for a folk festival's invited dance sides.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Side contact chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking requests; often name the side, the contact and a phone number.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with programme context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved programme chunks and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
programme_docs = tg.Data(
    "Published programme and FAQ",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Dance spots, timings, camping, pitch fee table and side guidance.",
)
programme_chunks = tg.Data(
    "Programme chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
booking_request = tg.Data(
    "Slot booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Side registration code, contact e-mail, chosen dance spot and time.",
)
booking_result = tg.Data(
    "Slot availability and booking confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
)
side_registrations = tg.Data(
    "Side registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accepted sides, their contacts' names, e-mails and phones, registration codes.",
)
schedule = tg.Data(
    "Performance schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
schedule_edits = tg.Data("Schedule edits", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_link_request = tg.Data(
    "Pitch fee payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booking reference and the fee amount the assistant quotes.",
)
checkout_session = tg.Data(
    "Checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
checkout_link = tg.Data("Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person booking for a dance side; anyone can open the chat widget.
    side_contact = tm.add(tg.Actor("Side contact", role="dance side squire or bagman"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API: writes answers and picks tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card processor: hosts the checkout page and calls us back when a fee is paid.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout pages; the festival never sees card numbers.",
        )
    )

with tm.boundary("Festival cloud account", trust=tg.Trust.INTERNAL):
    # The web-facing API the chat widget on the festival site talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=20, note="per visitor IP")},
        )
    )
    # The LLM agent that holds the conversation and decides when to book or charge.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions, books slots and sends pitch fee payment links.",
            controls={tg.controls.CircuitBreaker(max_steps=10)},
        )
    )
    # Index of the published programme so answers match this year's festival.
    programme_index = tm.add(tg.VectorStore("Programme index", stores={programme_chunks}))
    # Re-indexes the programme whenever the coordinator publishes a new version.
    indexer = tm.add(tg.Pipeline("Programme indexer", stage=tg.Stage.INGESTION))
    # Tool the agent uses to check free slots and book one for a registered side.
    booking_tool = tm.add(
        tg.Tool(
            "Slot booking tool",
            capabilities={"read", "write"},
            description="Books a free slot for the side whose registration code and contact e-mail match.",
            controls={
                tg.controls.Authentication(method="side registration code and contact e-mail")
            },
        )
    )
    # Tool the agent uses to create a hosted checkout for a side's pitch fee.
    payment_tool = tm.add(
        tg.Tool(
            "Pitch fee payment link tool",
            capabilities={"write", "network-egress", "money-movement"},
            description="Creates a checkout session for a booking with the amount it is given.",
        )
    )
    # Every conversation, kept so the festival office can check what was promised.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Festival office systems", trust=tg.Trust.INTERNAL):
    # The festival's own scheduling system: slots, sides and fee status.
    scheduling = tm.add(
        tg.Service(
            "Scheduling system",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Database behind the scheduling system.
    schedule_db = tm.add(
        tg.DataStore(
            "Schedule database",
            stores={schedule, side_registrations},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Festival volunteer who plans the dance programme and publishes it.
    coordinator = tm.add(tg.Actor("Dance coordinator", role="festival dance coordinator"))

# ---------------------------------------------------------------- flows
# Conversation
tm.flow(side_contact, chat_api, chat_message, protocol="https")
tm.flow(chat_api, assistant, chat_message)
tm.flow(assistant, programme_index, chat_message, label="similarity query")
tm.flow(programme_index, assistant, programme_chunks, label="retrieved programme")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, chat_api, reply)
tm.flow(chat_api, side_contact, reply, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

# Booking a slot
tm.flow(assistant, booking_tool, booking_request)
tm.flow(booking_tool, scheduling, booking_request, protocol="https")
tm.flow(scheduling, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, assistant, booking_result)
tm.flow(scheduling, schedule_db, schedule, side_registrations)
tm.flow(schedule_db, scheduling, schedule, side_registrations)

# Paying the pitch fee
tm.flow(assistant, payment_tool, payment_link_request)
tm.flow(payment_tool, payments, checkout_session, protocol="https")
tm.flow(payments, payment_tool, checkout_link, protocol="https")
tm.flow(payment_tool, assistant, checkout_link)
tm.flow(side_contact, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    scheduling,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider signature checked with the SDK")},
)

# Running the programme
tm.flow(coordinator, scheduling, schedule_edits, protocol="https")
tm.flow(scheduling, coordinator, schedule, side_registrations, protocol="https")
tm.flow(scheduling, indexer, programme_docs, label="on publish export")
tm.flow(indexer, programme_index, programme_chunks)
