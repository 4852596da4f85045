"""Ice rink session booking agent: the first design, before any security review.

A public ice rink lets customers book public skating sessions and skate hire
through a chat agent on its website. The agent runs in the rink's cloud
account and uses an LLM hosted by a vendor. It checks session capacity, holds
places, and asks the payment provider for a payment link that it hands to the
customer; when the provider's signed webhook confirms payment, a ticket
service issues a QR ticket by e-mail. Door staff scan tickets on a handheld
scanner that checks them against the booking database. The agent also answers
questions about skating lessons from the rink's lesson pages and can add a
child to the learn-to-skate waiting list, which the rink manager works from.
Controls in this design: TLS everywhere, a rate limit and message-size checks
on the chat endpoint, a step limit on the agent, payment keys in a secrets
manager, signed payment webhooks, encrypted databases and a staff PIN on the
door scanners. Customers do not sign in; bookings are keyed by e-mail address.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice rink session booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat agent that books public skating and skate hire, "
    "issues QR tickets and keeps the learn-to-skate waiting list.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text: session wanted, number of skaters, skate sizes, name, e-mail.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, tool results and lesson pages.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
availability_query = tg.Data(
    "Availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
availability = tg.Data(
    "Session availability",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-result",
    description="Places left per session and skate-hire stock per size.",
)
session_capacity = tg.Data(
    "Session schedule and capacity", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
booking_request = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Session, skaters, skate sizes, booker's name and e-mail.",
)
booking_record = tg.Data(
    "Booking record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
payment_link_request = tg.Data(
    "Payment link request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payment_link = tg.Data("Payment link", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result")
card_payment = tg.Data(
    "Card payment details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Entered on the provider's hosted payment page, never seen by the rink.",
)
payment_confirmation = tg.Data(
    "Payment confirmation",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
qr_ticket = tg.Data(
    "QR ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Booking reference, session, skater count and a QR code of the ticket id.",
)
ticket_scan = tg.Data("Ticket scan", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
scan_result = tg.Data("Ticket validity", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
staff_sign_in = tg.Data("Door staff PIN", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
lesson_info = tg.Data(
    "Lesson information",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Learn-to-skate levels, timetable, prices and FAQ pages.",
)
waitlist_entry = tg.Data(
    "Waiting list entry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Child's name, age and skating level, parent's name, e-mail and phone.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
waitlist_confirmation = tg.Data(
    "Waiting list confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking skating and asking about lessons; no account.
    customer = tm.add(tg.Actor("Customer", role="public skater or parent"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment page behind each link and tells us when a booking is paid.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Payment links and hosted checkout; sends signed webhooks.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers the QR tickets to the customer's inbox.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Rink cloud account", trust=tg.Trust.INTERNAL):
    # The website's chat widget talks to this endpoint.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per IP address"),
                c.InputValidation(note="message length and character set"),
            },
        )
    )
    # The LLM agent that holds the conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books sessions and skate hire, answers lesson questions, "
            "adds children to the waiting list; no staff approval per booking.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Read-only lookup of places left and hire skates per size.
    availability_tool = tm.add(tg.Tool("Session availability lookup", capabilities={"read"}))
    # Creates a booking on hold and gets a payment link for it.
    booking_tool = tm.add(
        tg.Tool(
            "Create booking",
            capabilities={"write", "network-egress"},
            description="Holds places for 15 minutes and requests a payment link.",
            controls={c.SecretsManagement(note="payment API key in the cloud secrets manager")},
        )
    )
    # Adds a child to the learn-to-skate waiting list.
    waitlist_tool = tm.add(tg.Tool("Add to lesson waiting list", capabilities={"write"}))
    # Turns paid bookings into QR tickets and validates them at the door.
    ticket_service = tm.add(
        tg.Service(
            "Ticket service",
            description="Receives payment webhooks, issues QR tickets, answers door scans.",
            controls={c.SecretsManagement(note="webhook signing secret and mail API key")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Sessions, capacity, bookings and ticket status.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={session_capacity, booking_record, qr_ticket},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Children waiting for a place in learn-to-skate classes.
        waitlist_db = tm.add(
            tg.DataStore(
                "Lesson waiting list",
                stores={waitlist_entry},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # The lesson pages the agent answers questions from.
        lesson_pages = tm.add(tg.DataStore("Lesson information pages", stores={lesson_info}))

with tm.boundary("Rink site", trust=tg.Trust.INTERNAL):
    # Staff on the door who let skaters in.
    door_staff = tm.add(tg.Actor("Door staff", role="rink staff"))
    # Handheld scanners that read the QR code on each ticket.
    scanner = tm.add(
        tg.Device(
            "Door ticket scanner",
            fleet=True,
            description="Rink-owned handheld scanners on the rink Wi-Fi.",
            controls={c.Authentication(method="staff PIN")},
        )
    )
    # Sets session times and capacity and offers lesson places from the waiting list.
    manager = tm.add(tg.Actor("Rink manager", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(customer, chat, chat_message, protocol="https", controls={tls})
tm.flow(chat, customer, agent_reply, protocol="https", controls={tls})
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, availability_tool, availability_query)
tm.flow(booking_db, availability_tool, session_capacity)
tm.flow(availability_tool, agent, availability)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_db, booking_record, label="booking on hold")
tm.flow(booking_tool, payments, payment_link_request, protocol="https", controls={tls})
tm.flow(payments, booking_tool, payment_link, protocol="https", controls={tls})
tm.flow(booking_tool, agent, payment_link)

tm.flow(lesson_pages, agent, lesson_info, label="lesson questions")

tm.flow(agent, waitlist_tool, waitlist_entry)
tm.flow(waitlist_tool, waitlist_db, waitlist_entry)
tm.flow(waitlist_tool, agent, waitlist_confirmation)

tm.flow(customer, payments, card_payment, protocol="https", controls={tls})
tm.flow(
    payments,
    ticket_service,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={tls, c.MessageIntegrity(note="provider-signed webhook, signature checked")},
)
tm.flow(ticket_service, booking_db, booking_record, qr_ticket, label="mark paid, issue ticket")
tm.flow(ticket_service, mailer, qr_ticket, protocol="https", controls={tls})
tm.flow(mailer, customer, qr_ticket, protocol="smtp")

tm.flow(customer, scanner, qr_ticket, label="shown at the door")
tm.flow(door_staff, scanner, staff_sign_in)
tm.flow(scanner, ticket_service, ticket_scan, protocol="https", controls={tls})
tm.flow(ticket_service, booking_db, ticket_scan, label="mark used")
tm.flow(booking_db, ticket_service, qr_ticket, label="ticket lookup")
tm.flow(ticket_service, scanner, scan_result, protocol="https", controls={tls})

tm.flow(manager, booking_db, session_capacity, label="sets sessions and capacity")
tm.flow(manager, lesson_pages, lesson_info, label="updates lesson pages")
tm.flow(waitlist_db, manager, waitlist_entry, label="offers lesson places")
