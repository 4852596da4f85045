"""Sailing school booking concierge: the first design, before any security review.

A chat widget on the sailing school's public website lets visitors ask about
courses, prices and the sailing weather, check when boats and instructors are
free, and book a course. An LLM agent running in the school's cloud hosting
answers, using a hosted LLM from a model vendor. Its tools read the course
catalogue and a marine forecast API, read and write the school's SaaS booking
calendar, create a deposit payment link with the card payment provider (the
visitor pays on the provider's hosted page) and send confirmation e-mails from
the school's office mailbox. The agent books without staff approval; office
staff manage the calendar and catalogue. Controls: HTTPS everywhere, a rate
limit on the chat endpoint, a step limit on the agent, a deposit amount taken
from the course price rather than the model, staff password sign-in to the
booking platform. The school is in the EU and takes card payments.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sailing school booking concierge agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Website chat agent that answers course questions, books courses, "
    "sends deposit payment links and e-mails confirmations.",
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, names, e-mail, phone, sailing experience, preferred dates.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
course_info = tg.Data(
    "Course catalogue and prices", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
forecast_query = tg.Data("Forecast query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data("Marine weather forecast", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
booking_call = tg.Data(
    "Booking tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Availability query or a booking with the visitor's contact details.",
)
availability = tg.Data(
    "Boat and instructor availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
bookings = tg.Data(
    "Course bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Who is booked on which course, boat and instructor, with contact "
    "details, experience level and deposit status.",
)
payment_link_request = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered by the visitor on the provider's hosted payment page.",
)
payment_event = tg.Data(
    "Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
email_call = tg.Data(
    "Confirmation e-mail tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
email_result = tg.Data(
    "E-mail send status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
confirmation = tg.Data(
    "Booking confirmation e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Course, dates, what to bring and the deposit payment link.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
booking_api_key = tg.Data(
    "Booking platform API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
payment_api_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
mail_token = tg.Data(
    "Office mailbox OAuth token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the school's website can open the chat.
    visitor = tm.add(tg.Actor("Website visitor", role="prospective student"))
    # Free public marine forecast API the agent quotes for weather questions.
    weather = tm.add(
        tg.ExternalService("Marine forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("School cloud hosting", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per IP address")},
        )
    )
    # The concierge: decides what to answer and which tools to call; books on its own.
    agent = tm.add(
        tg.Agent(
            "Booking concierge agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=10)},
            description="Tool-calling loop; API keys are environment variables of the container.",
        )
    )
    # Course descriptions, dates and prices the agent answers from; edited by the office.
    catalogue = tm.add(tg.DataStore("Course catalogue", stores={course_info}))
    # Checks availability and creates bookings in the booking platform.
    booking_tool = tm.add(
        tg.Tool("Booking calendar tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Creates a deposit checkout link for a booking.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "money-movement"},
            origin="first-party",
            controls={
                c.InputValidation(
                    note="deposit amount is looked up from the course price, not taken from the model"
                )
            },
        )
    )
    # Sends confirmation e-mails from the school's office mailbox.
    email_tool = tm.add(
        tg.Tool("Confirmation e-mail tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Every conversation is kept so staff can follow up on questions.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent runs on.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # SaaS booking calendar: courses, boats, instructors and bookings.
    calendar = tm.add(
        tg.DataStore(
            "Booking calendar",
            stores={bookings},
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card data never reaches the school's systems.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The school's hosted office mailbox that confirmations are sent from.
    mail = tm.add(tg.ExternalService("School mail service"))

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # Office staff keep the calendar and catalogue up to date and answer follow-ups.
    staff = tm.add(tg.Actor("Office staff", role="school office"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat, visitor_message, protocol="https")
tm.flow(chat, visitor, agent_reply, protocol="https")
tm.flow(chat, agent, visitor_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(catalogue, agent, course_info, label="course lookup")
tm.flow(agent, weather, forecast_query, protocol="https")
tm.flow(weather, agent, forecast, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, availability, label="availability and booking result")
tm.flow(booking_tool, calendar, bookings, booking_api_key, protocol="https")
tm.flow(calendar, booking_tool, availability, protocol="https")

tm.flow(agent, payment_tool, payment_link_request)
tm.flow(payment_tool, agent, payment_link)
tm.flow(payment_tool, payments, payment_link_request, payment_api_key, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(visitor, payments, card_details, protocol="https", label="pays deposit on hosted page")
tm.flow(payments, calendar, payment_event, protocol="https", label="payment webhook")

tm.flow(agent, email_tool, email_call)
tm.flow(email_tool, agent, email_result)
tm.flow(email_tool, mail, confirmation, mail_token, protocol="https")
tm.flow(mail, visitor, confirmation, protocol="smtp+starttls")

tm.flow(agent, transcript_store, transcripts)

tm.flow(staff, calendar, bookings, protocol="https", label="manages courses, boats, instructors")
tm.flow(calendar, staff, bookings, protocol="https")
tm.flow(staff, catalogue, course_info, protocol="https", label="edits courses and prices")
tm.flow(transcript_store, staff, transcripts, protocol="https", label="reads conversations")
