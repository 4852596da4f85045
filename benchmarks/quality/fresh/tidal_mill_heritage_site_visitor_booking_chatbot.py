"""Tidal mill visitor booking chatbot: the first design, before any security review.

A small heritage charity runs a working tidal mill. A chat widget on its website
answers visitors' questions (opening times, milling days set by the tides, access,
prices) from a small index of the charity's own visitor information, books guided
tours and takes school visit requests from teachers. The chatbot is an LLM agent
on the charity's managed cloud account that calls a hosted LLM and three tools:
tour availability, bookings (new ones, and existing ones found by booking reference
and e-mail), and a payment link tool that opens a hosted checkout with the payment
provider, so card details go straight from the visitor to the provider. The
provider confirms payments by a signed webhook, and the e-mail provider sends the
confirmations. The education officer approves school visits in the booking admin
console, which staff and volunteers sign in to with e-mail and password. The chat
endpoint is rate limited and the booking database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tidal mill visitor booking chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Website chatbot of a heritage charity: visitor questions, tour and "
    "school visit bookings, card payments through a hosted checkout.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Visitor question", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with visitor information",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and retrieved visitor information.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
visitor_info = tg.Data(
    "Visitor information",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Opening times, tide-dependent milling days, access notes, prices, FAQs.",
)
info_chunks = tg.Data(
    "Visitor information chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
availability_call = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC
)
availability = tg.Data("Tour availability", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
tour_slots = tg.Data("Tour slots and prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
booking_call = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, group size, access needs; school name for school visits.",
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_call = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
checkout_request = tg.Data(
    "Checkout session request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, amount and the visitor's e-mail.",
)
payment_link = tg.Data(
    "Hosted checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
confirmation_email = tg.Data(
    "Booking confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
admin_updates = tg.Data(
    "Schedule and visitor information updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
school_approval = tg.Data(
    "School visit approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public planning a visit.
    visitor = tm.add(tg.Actor("Visitor", role="member of the public"))
    # Teachers asking about and requesting school visits.
    teacher = tm.add(tg.Actor("School teacher", role="group organiser"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the chatbot.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: takes the card and confirms payment by webhook.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations to visitors.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the website.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Answers questions and books through its tools.
    agent = tm.add(
        tg.Agent(
            "Visitor booking chatbot",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers from the visitor information index; books public tours "
            "directly and files school visits as requests for the education officer.",
            controls={
                c.HumanInTheLoop(
                    approver="the education officer",
                    note="school visit requests only; public tour bookings go ahead directly",
                )
            },
        )
    )
    # Small index of the charity's own visitor information.
    info_index = tm.add(tg.VectorStore("Visitor information index", stores={info_chunks}))
    # Reads free tour slots.
    availability_tool = tm.add(tg.Tool("Tour availability tool", capabilities={"read"}))
    # Creates bookings and finds existing ones.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Creates tour bookings and school visit requests; finds an existing "
            "booking by its reference and e-mail address.",
            controls={
                c.Authentication(method="booking reference and e-mail address"),
                c.InputValidation(note="slot exists and group size within capacity"),
            },
        )
    )
    # Opens a hosted checkout for a booking.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"network-egress"},
            description="Opens a hosted checkout session for a booking; the amount is read "
            "from the booking record.",
        )
    )
    # Tours, prices and bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, tour_slots},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Receives the payment provider's confirmations.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="provider's webhook signature verified")},
        )
    )
    # Kept to improve answers.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Staff and volunteers manage tours, bookings and visitor information.
    admin = tm.add(
        tg.Endpoint(
            "Booking admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Mill office", trust=tg.Trust.INTERNAL):
    # Education officer, visitor services staff and volunteers.
    staff = tm.add(tg.Actor("Mill staff", role="visitor services staff"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat, question, protocol="https")
tm.flow(chat, visitor, reply, protocol="https")
tm.flow(teacher, chat, question, protocol="https")
tm.flow(chat, teacher, reply, protocol="https")
tm.flow(chat, agent, question)
tm.flow(agent, chat, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, info_index, question, label="similarity query")
tm.flow(info_index, agent, info_chunks, label="retrieved context")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, availability_tool, availability_call)
tm.flow(availability_tool, booking_db, availability_call)
tm.flow(booking_db, availability_tool, tour_slots)
tm.flow(availability_tool, agent, availability)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, payment_tool, payment_call)
tm.flow(booking_db, payment_tool, bookings, tour_slots, label="booking total")
tm.flow(payment_tool, payments, checkout_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout page")

tm.flow(payments, webhook, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(webhook, booking_db, payment_confirmation, label="marks booking paid")
tm.flow(webhook, mailer, confirmation_email, protocol="https")
tm.flow(mailer, visitor, confirmation_email, protocol="smtp")
tm.flow(mailer, teacher, confirmation_email, protocol="smtp")

tm.flow(staff, admin, admin_updates, school_approval, protocol="https")
tm.flow(admin, booking_db, admin_updates, school_approval)
tm.flow(booking_db, admin, bookings)
tm.flow(admin, staff, bookings, protocol="https")
tm.flow(admin, info_index, visitor_info, label="re-index visitor information")
