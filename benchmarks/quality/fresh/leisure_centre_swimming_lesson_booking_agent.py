"""Leisure centre swimming lesson booking agent: the first design, before any security review.

Parents and carers chat with a booking agent on the council leisure centre's website to
book their children onto swimming lessons, move lesson times and pay the termly fee. They
sign in to their leisure account first. The agent runs in the council's cloud tenancy,
asks a hosted LLM what to do, and acts through tools on the leisure management system,
the vendor-hosted record of pupils, classes and bookings. Swimming teachers record
assessments on poolside tablets; when a child passes a stage the agent offers the parent
a place in the next level and moves the pupil itself, with no one at the centre checking
the move. Fees are paid through a payment link from the council's payment provider, so
card details never reach council systems; the fee comes from the booking's basket in the
leisure management system. Conversations are logged for reception staff, who pick up
anything the agent hands over. The chat API is rate-limited, tool calls are logged, the
vendor's content filter sits in front of the model and stored data is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Leisure centre swimming lesson booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat agent that books children's swimming lessons, moves pupils between "
    "levels from teacher assessments and takes lesson fees for a council leisure centre.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Parent message", sensitivity="pii", kind="prompt")
reply = tg.Data("Agent reply", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, the conversation and tool results about the family's children.",
)
completion = tg.Data("LLM completion", sensitivity="pii", kind="model-output")
booking_call = tg.Data("Lesson booking tool call", sensitivity="pii", kind="tool-call")
booking_result = tg.Data("Lesson booking tool result", sensitivity="pii", kind="tool-result")
pupil_records = tg.Data(
    "Pupil records",
    sensitivity="pii",
    kind="records",
    description="Child's name, date of birth, current stage, class, parent contact details "
    "and the medical notes given at enrolment.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
timetable = tg.Data("Lesson timetable and term fees", sensitivity="public", kind="records")
basket = tg.Data(
    "Booking basket",
    sensitivity="pii",
    kind="records",
    description="The lessons booked for a family this term and the fee due.",
)
assessments = tg.Data(
    "Teacher assessments",
    sensitivity="pii",
    kind="records",
    description="Per pupil: stage outcomes and the teacher's comments.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
assessment_call = tg.Data("Assessment lookup", sensitivity="pii", kind="tool-call")
assessment_result = tg.Data("Assessment lookup result", sensitivity="pii", kind="tool-result")
transfer_call = tg.Data("Level transfer tool call", sensitivity="pii", kind="tool-call")
transfer_result = tg.Data("Level transfer tool result", sensitivity="pii", kind="tool-result")
payment_call = tg.Data("Payment link tool call", sensitivity="confidential", kind="tool-call")
payment_link = tg.Data("Payment link", sensitivity="confidential", kind="tool-result")
payment_request = tg.Data("Payment request", sensitivity="confidential", kind="records")
payment_status = tg.Data("Payment status", sensitivity="confidential", kind="records")
card_details = tg.Data(
    "Card details",
    sensitivity="regulated",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
conversation_logs = tg.Data(
    "Conversation logs",
    sensitivity="pii",
    kind="logs",
    description="Full chats, including hand-over notes for reception.",
)
staff_changes = tg.Data("Bookings changed by staff", sensitivity="pii", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Parents and carers booking for their children, from their own devices.
    parent = tm.add(tg.Actor("Parent or carer", role="leisure account holder"))

with tm.boundary("LLM vendor", trust="partner"):
    # Understands the parent's request and chooses the next tool call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Leisure management system vendor", trust="partner"):
    # The council's system of record for pupils, classes, bookings and fees, run by its vendor.
    lms = tm.add(
        tg.DataStore(
            "Leisure management system",
            stores={pupil_records, timetable, basket},
            controls={c.EncryptionAtRest(note="vendor-managed keys")},
        )
    )

with tm.boundary("Payment provider", trust="partner"):
    # Hosted payment pages for council payments; takes the card details.
    payments = tm.add(tg.ExternalService("Payment provider", description="Hosted card payments."))

with tm.boundary("Council cloud tenancy", trust="internal"):
    # The chat widget's backend: signs parents in and passes messages to the agent.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose="api",
            controls={
                c.Authentication(method="leisure account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Holds the conversation and acts through the tools without staff approval.
    agent = tm.add(
        tg.Agent(
            "Swimming lesson booking agent",
            autonomy="autonomous",
            controls={
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(note="tool calls and their arguments"),
            },
        )
    )
    # Finds classes with space and books, moves or cancels lessons for the family's children.
    booking_tool = tm.add(
        tg.Tool(
            "Lesson booking tool",
            capabilities={"read", "write", "delete"},
            controls={c.LeastPrivilegeTools(note="API key limited to the lessons module")},
        )
    )
    # Reads the latest teacher assessments for a pupil.
    assessment_tool = tm.add(tg.Tool("Assessment lookup tool", capabilities={"read"}))
    # Moves a pupil who has passed a stage into a class at the next level.
    transfer_tool = tm.add(tg.Tool("Level transfer tool", capabilities={"write"}))
    # Creates a payment link for the term fee in the booking's basket.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"money-movement", "network-egress"},
            description="The amount is read from the booking's basket in the leisure management system.",
            controls={c.SecretsManagement(note="payment API key in the council's key vault")},
        )
    )
    # Assessments the teachers record, read by the agent.
    assessment_store = tm.add(
        tg.DataStore(
            "Assessment records",
            stores={assessments},
            controls={c.RBAC(note="teachers write, the agent's tool reads"), c.EncryptionAtRest()},
        )
    )
    # Chats kept for reception hand-overs and complaints.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversation_logs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Leisure centre network", trust="internal"):
    # Teaches the lessons and records each pupil's assessment at the poolside.
    teacher = tm.add(tg.Actor("Swimming teacher", role="teacher"))
    # Shared centre tablets running the assessment form.
    tablet = tm.add(tg.Device("Poolside tablet", fleet=True))
    # Reception picks up hand-overs and changes bookings by hand.
    reception = tm.add(tg.Actor("Reception staff", role="customer services"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(parent, chat_api, message, protocol="https", controls={tls})
tm.flow(chat_api, parent, reply, payment_link, protocol="https", controls={tls})
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply, payment_link)
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, conversation_store, conversation_logs)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, lms, booking_call, protocol="https", controls={tls})
tm.flow(lms, booking_tool, pupil_records, timetable, protocol="https", controls={tls})

tm.flow(teacher, tablet, assessments)
tm.flow(tablet, assessment_store, assessments, protocol="https", controls={tls})
tm.flow(agent, assessment_tool, assessment_call)
tm.flow(assessment_tool, agent, assessment_result)
tm.flow(assessment_tool, assessment_store, assessment_call)
tm.flow(assessment_store, assessment_tool, assessments)

tm.flow(agent, transfer_tool, transfer_call)
tm.flow(transfer_tool, agent, transfer_result)
tm.flow(transfer_tool, lms, transfer_call, protocol="https", controls={tls})
tm.flow(lms, transfer_tool, pupil_records, protocol="https", controls={tls})

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_link)
tm.flow(lms, payment_tool, basket, protocol="https", label="basket total", controls={tls})
tm.flow(payment_tool, payments, payment_request, protocol="https", controls={tls})
tm.flow(payments, payment_tool, payment_link, payment_status, protocol="https")
tm.flow(
    payment_tool, lms, payment_status, protocol="https", label="marks booking paid", controls={tls}
)
tm.flow(parent, payments, card_details, protocol="https", controls={tls})

tm.flow(conversation_store, reception, conversation_logs, protocol="https")
tm.flow(reception, lms, staff_changes, protocol="https")
tm.flow(lms, reception, pupil_records, protocol="https")
