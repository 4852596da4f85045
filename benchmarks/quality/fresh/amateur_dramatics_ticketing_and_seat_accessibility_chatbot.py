"""Amateur dramatics ticketing and seat accessibility chatbot: first design.

A volunteer-run amateur dramatic society sells tickets for its shows through a
hosted ticketing platform. A chat widget on the society's website lets audience
members ask about shows, the venue's step-free access, wheelchair spaces, the
hearing loop and companion seats, and book. A booking assistant (an LLM agent on
a hosted model API) answers from a small knowledge base of show and venue pages,
checks seat availability, holds seats against the customer's name and e-mail, and
sends a payment link from the payment provider; card details go only to the
provider's hosted checkout. Requests it cannot settle, such as free companion
tickets, are e-mailed to the box office mailbox, where a volunteer handles them.
The chat API sits behind the website's CDN with a per-visitor rate limit; the agent
keeps its API keys in the cloud secret manager and stops after ten steps.
Conversations are kept for follow-up.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Amateur dramatics ticketing and seat accessibility chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website booking assistant for a volunteer theatre society, including "
    "questions about access needs and accessible seating.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Audience chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Free text; often names a disability or access need, and a name and e-mail.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, retrieved pages and tool results.",
)
completion = tg.Data(
    "Model completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
venue_pages = tg.Data(
    "Show and venue information pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Show dates and prices, the venue access guide, seating plan notes.",
)
kb_chunks = tg.Data(
    "Knowledge base passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
availability_call = tg.Data("Seat availability query", kind="tool-call")
availability = tg.Data(
    "Seat availability",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Free seats per performance, with wheelchair spaces and step-free seats marked.",
)
hold_request = tg.Data(
    "Seat hold request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Performance, seats, customer name, e-mail and access note.",
)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_result = tg.Data(
    "Booking reference and total", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
payment_link_call = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
checkout_session = tg.Data(
    "Checkout session",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, booking reference and customer e-mail; returns the checkout URL.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
handoff_call = tg.Data(
    "Box office handoff request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
access_request = tg.Data(
    "Accessibility request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="The customer's access needs, contact details and the agent's summary.",
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="low", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can chat and book.
    audience = tm.add(tg.Actor("Audience member", role="ticket buyer"))

with tm.boundary("Society cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's back end, the only part of ours the public reaches.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20, note="CDN rule per visitor IP"),
                c.InputValidation(note="message length cap of 2,000 characters"),
            },
        )
    )
    # Decides what to answer and which tool to call for each message.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Holds seats and sends payment links without a person; hands "
            "companion-ticket and special-arrangement requests to the box office.",
            controls={
                c.CircuitBreaker(max_steps=10),
                c.SecretsManagement(
                    note="ticketing, payment and model API keys in the secret manager"
                ),
            },
        )
    )
    # Show and venue pages the assistant quotes, so answers match the society's own words.
    knowledge_base = tm.add(
        tg.VectorStore("Show and venue knowledge base", stores={venue_pages, kb_chunks})
    )
    # Reads free seats, including wheelchair spaces, from the ticketing platform.
    availability_tool = tm.add(tg.Tool("Seat availability tool", capabilities={"read"}))
    # Places a 15-minute hold and creates the unpaid booking.
    hold_tool = tm.add(
        tg.Tool(
            "Seat hold tool",
            capabilities={"write"},
            description="Uses the society's ticketing API key, which can also amend and "
            "cancel bookings.",
        )
    )
    # Creates a hosted checkout for the booking the hold tool returned.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"money-movement"},
            description="Creates a checkout session for the booking; the amount comes "
            "from the booking total the ticketing platform returned.",
        )
    )
    # E-mails requests the assistant cannot settle to the box office.
    handoff_tool = tm.add(tg.Tool("Box office handoff tool", capabilities={"send-messages"}))
    # Kept so volunteers can follow up on conversations.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model reached over the vendor's API.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Ticketing platform vendor", trust=tg.Trust.PARTNER):
    # The society's system of record for performances, seats and bookings.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            description="SaaS box office; performances, seat maps and prices are "
            "configured here by the society.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes card payments on its hosted checkout page; we never see card numbers.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Society e-mail", trust=tg.Trust.PARTNER):
    # Shared box office mailbox on the society's hosted e-mail.
    mailbox = tm.add(tg.ExternalService("Box office mailbox"))

with tm.boundary("Volunteer devices", trust=tg.Trust.INTERNAL):
    # Handles handoffs, allocates companion seats, updates the knowledge base.
    volunteer = tm.add(tg.Actor("Box office volunteer", role="box office volunteer"))

# ---------------------------------------------------------------- flows
# conversation
tm.flow(audience, chat_api, chat_message, protocol="https")
tm.flow(chat_api, audience, reply, protocol="https")
tm.flow(chat_api, assistant, chat_message)
tm.flow(assistant, chat_api, reply)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, knowledge_base, chat_message, label="similarity query")
tm.flow(knowledge_base, assistant, kb_chunks)
tm.flow(assistant, transcript_store, transcripts)

# seats and booking
tm.flow(assistant, availability_tool, availability_call)
tm.flow(availability_tool, ticketing, availability_call, protocol="https")
tm.flow(ticketing, availability_tool, availability, protocol="https")
tm.flow(availability_tool, assistant, availability)
tm.flow(assistant, hold_tool, hold_request)
tm.flow(hold_tool, ticketing, hold_request, protocol="https")
tm.flow(ticketing, hold_tool, booking_result, protocol="https")
tm.flow(hold_tool, assistant, booking_result)

# payment
tm.flow(assistant, payment_tool, payment_link_call)
tm.flow(payment_tool, ticketing, payment_link_call, protocol="https", label="read booking total")
tm.flow(ticketing, payment_tool, booking_result, protocol="https")
tm.flow(payment_tool, payments, checkout_session, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, assistant, payment_link)
tm.flow(audience, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    ticketing,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider-signed webhook verified by the platform")},
)

# box office handoff
tm.flow(assistant, handoff_tool, handoff_call)
tm.flow(handoff_tool, mailbox, access_request, protocol="smtp+starttls")
tm.flow(
    mailbox,
    volunteer,
    access_request,
    protocol="https",
    controls={c.Authentication(method="individual account password with 2SV")},
)
tm.flow(
    volunteer,
    ticketing,
    booking,
    protocol="https",
    label="allocates companion seats",
    controls={c.Authentication(method="shared box office login and password")},
)
tm.flow(volunteer, knowledge_base, venue_pages, protocol="https", label="page updates")
