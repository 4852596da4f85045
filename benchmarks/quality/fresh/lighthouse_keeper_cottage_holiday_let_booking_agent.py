"""Lighthouse keeper cottage holiday lets: booking agent, the first design before review.

A small heritage trust lets six former lighthouse keepers' cottages on the Scottish
coast. Guests chat with a booking agent on the trust's website: it answers questions
from the cottage information pack, checks availability and tariffs in the booking
system, places provisional bookings, sends a deposit payment link from the card
payment provider and e-mails arrival details (directions and the key safe code) once
the deposit is paid. Anything it cannot handle (complaints, refunds, date changes) it
hands to the lettings staff, who work in a staff console signed in with Google
Workspace 2-step verification. The agent runs on a hosted LLM, is capped at 20 steps
per conversation, and the chat widget is rate limited. The booking system refuses
overlapping dates; its database is encrypted at rest and staff access is by role.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lighthouse cottage booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM booking agent for holiday lets in former lighthouse keepers' cottages: "
        "answers guests, books, takes deposits by payment link and sends arrival details."
    ),
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data("Guest chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved pack passages, tool results.",
)
llm_response = tg.Data(
    "LLM response and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
cottage_info = tg.Data(
    "Cottage information pack",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Descriptions, house rules, directions, FAQs, written by staff.",
)
pack_passages = tg.Data(
    "Information pack passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
availability_query = tg.Data("Availability query", kind="tool-call")
availability = tg.Data(
    "Availability and tariffs", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking_request = tg.Data(
    "Provisional booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Cottage, dates, party size, guest name, e-mail and phone.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Guest booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
key_codes = tg.Data(
    "Key safe codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
link_request = tg.Data("Deposit payment link request", kind="tool-call")
payment_link = tg.Data("Deposit payment link", kind="tool-result")
card_details = tg.Data("Guest card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Deposit paid notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
email_request = tg.Data("Arrival e-mail request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
arrival_email = tg.Data(
    "Arrival details e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Directions, check-in time and the cottage's key safe code.",
)
handoff = tg.Data("Staff handoff note", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_changes = tg.Data("Staff booking changes", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective and booked guests, on the trust's website.
    guest = tm.add(tg.Actor("Guest", role="guest"))

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Hosted checkout page and payment links; card details never reach the trust.
    payments = tm.add(tg.ExternalService("Card payment provider"))
    # Sends the trust's transactional e-mail.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Holds the conversation, picks tools and writes the replies.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Passages of the information pack the agent answers from.
    pack_index = tm.add(tg.VectorStore("Cottage information index", stores={cottage_info}))
    # Looks up free dates and nightly tariffs.
    availability_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Places a provisional booking held for 24 hours until the deposit is paid.
    booking_tool = tm.add(
        tg.Tool(
            "Provisional booking tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(rules="booking system refuses overlapping or blocked dates")
            },
        )
    )
    # Asks the payment provider for a deposit link for a provisional booking.
    payment_link_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            description="Creates a deposit payment link with the provider for a booking.",
        )
    )
    # Sends the arrival e-mail with directions and the key safe code.
    email_tool = tm.add(tg.Tool("Arrival e-mail tool", capabilities={"read", "send-messages"}))
    # Passes a conversation to the lettings staff.
    handoff_tool = tm.add(tg.Tool("Staff handoff tool", capabilities={"write"}))
    # Every conversation, kept for staff follow-up.
    transcript_store = tm.add(tg.DataStore("Conversation transcript store", stores={transcripts}))

    with tm.boundary("Booking data", trust=tg.Trust.RESTRICTED):
        # Cottages, tariffs, bookings, guest contacts and key safe codes.
        booking_db = tm.add(
            tg.DataStore(
                "Booking system",
                stores={bookings, key_codes, availability},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Lettings staff handle handoffs, changes and refunds.
    staff = tm.add(tg.Actor("Lettings staff", role="lettings officer"))
    # Staff web console for bookings, handoffs and the information pack.
    console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace with 2-step verification"),
                c.RBAC(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Conversation
tm.flow(guest, chat, guest_message, protocol="https")
tm.flow(chat, agent, guest_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, guest, agent_reply, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_response, protocol="https")
tm.flow(agent, pack_index, guest_message, label="similarity query")
tm.flow(pack_index, agent, pack_passages)
tm.flow(agent, transcript_store, transcripts)

# Availability and booking
tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, booking_db, availability_query)
tm.flow(booking_db, availability_tool, availability)
tm.flow(availability_tool, agent, availability)
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_db, booking_request)
tm.flow(booking_db, booking_tool, booking_result)
tm.flow(booking_tool, agent, booking_result)

# Deposit
tm.flow(agent, payment_link_tool, link_request)
tm.flow(payment_link_tool, payments, link_request, protocol="https")
tm.flow(payments, payment_link_tool, payment_link, protocol="https")
tm.flow(payment_link_tool, agent, payment_link)
tm.flow(guest, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, booking_db, payment_event, protocol="https", label="payment webhook")

# Arrival details
tm.flow(agent, email_tool, email_request)
tm.flow(booking_db, email_tool, bookings, key_codes)
tm.flow(email_tool, email_service, arrival_email, protocol="https")
tm.flow(email_service, guest, arrival_email, protocol="smtp")

# Staff
tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, console, handoff)
tm.flow(console, staff, handoff, bookings, protocol="https")
tm.flow(staff, console, booking_changes, cottage_info, protocol="https")
tm.flow(console, booking_db, booking_changes)
tm.flow(booking_db, console, bookings)
tm.flow(transcript_store, console, transcripts)
tm.flow(console, pack_index, cottage_info, label="pack updates")
