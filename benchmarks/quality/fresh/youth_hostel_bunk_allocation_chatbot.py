"""Youth hostel bunk allocation chatbot: the first design, before any security review.

Guests of our hostel chain (twelve hostels in four EU countries, many guests aged
16 to 25) chat with a booking assistant on the website. The assistant answers
questions about the hostels from a house-rules and FAQ index, checks availability,
creates bookings and asks the booking service to allocate a dorm bunk. It takes
payment by sending the guest a hosted checkout link from our payment provider;
card details go straight to the provider, which calls our booking service back when
a payment succeeds. The booking service places guests in bunks by fixed dorm rules,
stores bookings in the booking database and e-mails confirmations. Reception staff
use a staff console (single sign-on with 2-step verification) to move guests
between bunks and to edit the FAQ. Everything runs in our cloud account; the
language model is a vendor's hosted API. Controls in this design: TLS everywhere,
a per-visitor rate limit on the chat API, a step limit on the agent, encrypted
booking database, and dorm rules enforced in the booking service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth hostel bunk allocation chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat assistant that books beds, allocates dorm bunks, takes payment "
    "and answers guests' questions for a youth hostel chain.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data("Guest chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
assistant_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with conversation and tool results",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation so far, FAQ passages and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
faq = tg.Data(
    "House rules and FAQ passages",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_call = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Dates, hostel, dorm type, guest names, e-mail and dates of birth.",
)
booking_result = tg.Data(
    "Availability, quote and booking status", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
allocation_call = tg.Data(
    "Bunk allocation request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
allocation_result = tg.Data("Allocated bunk", sensitivity=tg.Sensitivity.PII, kind="tool-result")
payment_call = tg.Data(
    "Checkout request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Booking id and the amount to charge, as the agent passes them.",
)
checkout_link = tg.Data(
    "Hosted checkout link", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_event = tg.Data(
    "Payment succeeded event",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Checkout session id, booking id and amount paid.",
)
bookings = tg.Data(
    "Guest bookings and bunk allocations",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, e-mail, nationality, date of birth, passport number for the "
    "guest register, stay dates, dorm and bunk.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
confirmation = tg.Data(
    "Booking confirmation e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Stay dates, dorm and bunk number, locker code and check-in time.",
)
override = tg.Data("Bunk move by reception", sensitivity=tg.Sensitivity.PII, kind="records")
faq_edit = tg.Data("FAQ and house-rules edits", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the hostel website; guests are not signed in to chat.
    guest = tm.add(tg.Actor("Guest", role="hostel guest"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted chat model that drives the assistant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never touch our systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="PCI DSS level 1 provider; hosted checkout pages and webhooks.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers booking confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Hostel cloud account", trust=tg.Trust.INTERNAL):
    # Public entry point of the chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per visitor session")},
        )
    )
    # The LLM agent: reads the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions, books beds, requests bunks and sends payment "
            "links without a person in the loop.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads availability and prices, creates and amends bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Availability and booking tool",
            capabilities={"read", "write"},
            description="Existing bookings are looked up by reference and e-mail address.",
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )
    # Asks the booking service for a bunk in the booked dorm.
    allocation_tool = tm.add(tg.Tool("Bunk allocation tool", capabilities={"write"}))
    # Creates a hosted checkout session at the payment provider.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            description="Creates a checkout session for the booking id and amount it is given.",
        )
    )
    # Deterministic backend that owns bookings, bunk rules and confirmations.
    booking_service = tm.add(
        tg.Service(
            "Booking and allocation service",
            description="Holds beds, confirms bookings on the payment webhook, allocates "
            "bunks and sends confirmation e-mails.",
            controls={
                c.PolicyEnforcement(
                    rules="allocation places guests only in dorms of the booked type "
                    "(female-only or mixed) and never puts under-18s in adult mixed dorms"
                )
            },
        )
    )
    # Staff web console for reception at every hostel.
    staff_console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(),
            },
        )
    )
    # Conversation logs kept for support and tuning the prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record for bookings, guests and bunk allocations.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={bookings},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Embedded house rules and FAQ the assistant answers from.
        faq_index = tm.add(tg.VectorStore("House rules and FAQ index", stores={faq}))

with tm.boundary("Hostel reception network", trust=tg.Trust.INTERNAL):
    # Reception staff fix allocations and keep the FAQ current.
    reception = tm.add(tg.Actor("Reception staff", role="reception staff"))

# ---------------------------------------------------------------- flows
tm.flow(guest, chat_api, guest_message, protocol="https")
tm.flow(chat_api, guest, assistant_reply, protocol="https")
tm.flow(chat_api, agent, guest_message)
tm.flow(agent, chat_api, assistant_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, faq_index, guest_message, label="similarity query")
tm.flow(faq_index, agent, faq, label="retrieved passages")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_service, booking_call)
tm.flow(booking_service, booking_tool, booking_result)

tm.flow(agent, allocation_tool, allocation_call)
tm.flow(allocation_tool, agent, allocation_result)
tm.flow(allocation_tool, booking_service, allocation_call)
tm.flow(booking_service, allocation_tool, allocation_result)

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, checkout_link)
tm.flow(payment_tool, payments, payment_call, protocol="https")
tm.flow(payments, payment_tool, checkout_link, protocol="https")
tm.flow(guest, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, booking_service, payment_event, protocol="https", label="payment webhook")

tm.flow(booking_service, booking_db, bookings)
tm.flow(booking_db, booking_service, bookings)
tm.flow(booking_service, mailer, confirmation, protocol="https")
tm.flow(mailer, guest, confirmation, protocol="smtp+starttls")

tm.flow(reception, staff_console, override, faq_edit, protocol="https")
tm.flow(staff_console, reception, bookings, protocol="https", label="arrivals and dorm plan")
tm.flow(staff_console, booking_service, override)
tm.flow(booking_service, staff_console, bookings)
tm.flow(staff_console, faq_index, faq_edit, label="re-embed edited passages")
