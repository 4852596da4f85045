"""Wedding venue enquiry and availability chatbot: the first design, before review.

A country house wedding venue puts a chat assistant on its public website. Couples
ask about packages, capacity, catering and prices, check whether a date is free,
and can have the assistant hold a date provisionally for seven days, kept by paying
a holding deposit through a card payment link the assistant creates. The assistant
is an LLM agent in the venue's cloud account: it answers from an index of the
brochure, package sheets and FAQ, calls a hosted LLM, and uses three tools on the
booking system (availability, provisional hold, deposit link). Cards are taken on
the payment provider's hosted checkout, whose signed webhook marks the deposit paid;
the booking system e-mails confirmations. The events coordinator signs in to it with
single sign-on and 2-step verification and follows up each hold. The chat endpoint
is rate limited, the booking database is encrypted at rest and the booking system
refuses a second hold on a date; holds and deposit links need no staff approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding venue enquiry and availability chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat assistant that answers couples, checks dates and holds them against a deposit.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Couple's enquiry message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text chat: names, wedding date, guest numbers, contact details.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with venue context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved venue passages and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
venue_info = tg.Data(
    "Venue brochure, packages and FAQ",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Package descriptions, capacities, menus, seasonal prices and house rules.",
)
venue_passages = tg.Data(
    "Retrieved venue passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
availability_query = tg.Data("Date availability query", kind="tool-call")
availability_result = tg.Data("Date availability", kind="tool-result")
hold_request = tg.Data(
    "Provisional hold request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Date, package, guest count and the couple's names, e-mail and phone.",
)
hold_result = tg.Data(
    "Provisional hold confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
deposit_request = tg.Data("Deposit link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
deposit_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
checkout_session = tg.Data(
    "Checkout session request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deposit amount, booking reference and the couple's e-mail address.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bookings = tg.Data(
    "Enquiries and bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Couples' contact details, wedding dates, holds, deposits and notes.",
)
confirmation_email = tg.Data(
    "Hold and deposit confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Couples planning a wedding, chatting anonymously on the venue's website.
    couple = tm.add(tg.Actor("Couple", role="prospective client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout takes the card so that card data never reaches the venue.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages and payment links; sends webhooks when paid.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the booking system sends confirmations through.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Venue cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP address")},
        )
    )
    # The assistant: reads the conversation, retrieves venue facts, decides which tool to call.
    assistant = tm.add(
        tg.Agent(
            "Enquiry assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers enquiries, checks dates, places holds and sends deposit links on its own.",
            controls={c.CircuitBreaker(max_steps=8, note="agent framework's step limit per turn")},
        )
    )
    # What the assistant answers from, indexed from the documents the coordinator uploads.
    knowledge = tm.add(tg.VectorStore("Venue knowledge index", stores={venue_info}))
    # Tool: is a given date free?
    availability_tool = tm.add(tg.Tool("Date availability tool", capabilities={"read"}))
    # Tool: places a seven-day provisional hold in the couple's name.
    hold_tool = tm.add(
        tg.Tool(
            "Provisional hold tool",
            capabilities={"write"},
            description="Creates a provisional booking that lapses after seven days unless the deposit is paid.",
        )
    )
    # Tool: asks the payment provider for a holding-deposit payment link.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"money-movement"},
            description="Creates a card payment link for the holding deposit on the provisional booking.",
        )
    )
    # The venue's back office: calendar, enquiries, holds, deposits, e-mails.
    booking_system = tm.add(
        tg.Service(
            "Booking system",
            description="Venue calendar and enquiry management; receives payment webhooks and releases lapsed holds.",
            controls={
                c.Authentication(method="Google Workspace single sign-on with 2-step verification"),
                c.PolicyEnforcement(
                    rules="refuses a hold on a date that is already held or booked"
                ),
            },
        )
    )
    # System of record for enquiries and bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Kept so the coordinator can read what the assistant told each couple.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Venue office", trust=tg.Trust.INTERNAL):
    # Runs the venue's weddings: follows up holds, keeps the brochure and prices current.
    coordinator = tm.add(tg.Actor("Events coordinator", role="venue staff"))

# ---------------------------------------------------------------- flows
tm.flow(couple, chat, enquiry, protocol="https")
tm.flow(chat, assistant, enquiry)
tm.flow(assistant, knowledge, enquiry, label="similarity search")
tm.flow(knowledge, assistant, venue_passages)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, availability_tool, availability_query)
tm.flow(availability_tool, booking_system, availability_query, protocol="https")
tm.flow(booking_system, availability_tool, availability_result, protocol="https")
tm.flow(availability_tool, assistant, availability_result)

tm.flow(assistant, hold_tool, hold_request)
tm.flow(hold_tool, booking_system, hold_request, protocol="https")
tm.flow(booking_system, hold_tool, hold_result, protocol="https")
tm.flow(hold_tool, assistant, hold_result)

tm.flow(assistant, deposit_tool, deposit_request)
tm.flow(deposit_tool, payments, checkout_session, protocol="https")
tm.flow(payments, deposit_tool, deposit_link, protocol="https")
tm.flow(deposit_tool, assistant, deposit_link)

tm.flow(assistant, chat, reply)
tm.flow(chat, couple, reply, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

tm.flow(couple, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    booking_system,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(booking_system, booking_db, bookings)
tm.flow(booking_db, booking_system, bookings)
tm.flow(booking_system, mailer, confirmation_email, protocol="https")
tm.flow(mailer, couple, confirmation_email, protocol="smtp")

tm.flow(
    coordinator,
    booking_system,
    bookings,
    venue_info,
    protocol="https",
    label="manages bookings, uploads brochure",
)
tm.flow(booking_system, coordinator, bookings, protocol="https")
tm.flow(transcript_store, booking_system, transcripts, label="transcripts shown per enquiry")
tm.flow(booking_system, knowledge, venue_info, label="re-index on upload")
