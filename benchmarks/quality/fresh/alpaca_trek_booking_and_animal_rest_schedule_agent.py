"""Alpaca trek booking and rest-schedule agent: the first design, before any security review.

A family-run alpaca trekking farm in the UK replaces its phone bookings with a web
chat on the farm website. Guests chat with a booking agent (an LLM agent on a hosted
model) that checks trek availability, picks alpacas for the group, takes the booking
and sends the guest a hosted checkout link to pay. The agent reads the herd's welfare
log, which the herd manager keeps in the farm's booking back office, and must not
assign an alpaca on one of its rest days. Once a booking shows as paid (the payment
provider posts a webhook to the back office), the agent texts the guest the meeting
point and instructions through an SMS gateway. Everything except the model, the
payment provider and the SMS gateway runs in the farm's small cloud account.
Controls in this design: TLS on the public chat, a per-visitor rate limit, a step
limit on the agent, password sign-in for the back office, encrypted booking
database, and card details handled only on the provider's hosted checkout page.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Alpaca trek booking and rest-schedule agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Web-chat agent that books alpaca treks, takes payment through a hosted "
    "checkout, respects each alpaca's rest days and texts guests meeting instructions.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data(
    "Guest chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Trek date, group size, names, ages of children, phone number, e-mail.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the trek price list and farm FAQ, the chat so far "
    "and tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_record = tg.Data(
    "Trek bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Guest name, phone, e-mail, group size, trek slot, assigned alpacas, "
    "payment status.",
)
rest_query = tg.Data("Rest-day query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
welfare_log = tg.Data(
    "Alpaca welfare log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-alpaca rest days, vet notes, lameness and shearing dates.",
)
rest_schedule = tg.Data(
    "Alpaca rest schedule", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_request = tg.Data(
    "Checkout request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, guest e-mail and the amount the agent works out.",
)
checkout_link = tg.Data(
    "Hosted checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sms_request = tg.Data(
    "Meeting instructions text",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Guest phone number, date, time, meeting point and what to wear.",
)
sms_message = tg.Data("Meeting instructions SMS", kind="documents", sensitivity=tg.Sensitivity.PII)
welfare_update = tg.Data("Welfare log entry", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bookings_view = tg.Data("Bookings list", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the farm website can open the chat and book.
    guest = tm.add(tg.Actor("Guest", role="customer"))

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Keeps the welfare log and sees the day's bookings; the only staff user.
    herd_manager = tm.add(tg.Actor("Herd manager", role="staff", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the agent; the farm has no ML staff, so it is a hosted API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with function calling, pay-as-you-go API key.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card payment on its own hosted page, so card data never reaches the farm.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout sessions and payment webhooks.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the meeting instructions to the guest's mobile.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # The public entry point for the chat widget on the farm website.
    chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per visitor IP")},
        )
    )
    # Runs the conversation and decides which tool to call next.
    agent = tm.add(
        tg.Agent(
            "Trek booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books treks, assigns alpacas not on a rest day, sends the checkout "
            "link and texts meeting instructions, with no staff approval step.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads free slots and writes new bookings with their assigned alpacas.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Tells the agent which alpacas are resting on a given date.
    rest_tool = tm.add(tg.Tool("Rest-day lookup tool", capabilities={"read"}))
    # Creates a checkout session for the booking and returns the link for the guest.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"network-egress", "money-movement"},
            description="Creates a hosted checkout session for the amount the agent passes.",
        )
    )
    # Sends the meeting instructions to the phone number on the booking.
    sms_tool = tm.add(tg.Tool("SMS tool", capabilities={"send-messages", "network-egress"}))
    # Small web app for the herd manager; also receives the payment webhooks.
    back_office = tm.add(
        tg.Service(
            "Booking back office",
            internet_facing=True,
            description="Admin pages for the welfare log and bookings; payment webhook handler.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # System of record for bookings and guest contact details.
    bookings_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The herd's rest days and health notes; the rest rule is read from here.
    welfare_db = tm.add(tg.DataStore("Alpaca welfare log store", stores={welfare_log}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(guest, chat, guest_message, protocol="https", controls={tls})
tm.flow(chat, agent, guest_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, guest, agent_reply, checkout_link, protocol="https", controls={tls})

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, bookings_db, booking_record, label="create booking")
tm.flow(bookings_db, booking_tool, booking_record, label="availability and payment status")
tm.flow(booking_tool, agent, booking_record)

tm.flow(agent, rest_tool, rest_query)
tm.flow(welfare_db, rest_tool, welfare_log)
tm.flow(rest_tool, agent, rest_schedule)

tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, payments, payment_request, protocol="https", controls={tls})
tm.flow(payments, payment_tool, checkout_link, protocol="https", controls={tls})
tm.flow(payment_tool, agent, checkout_link)
tm.flow(payments, back_office, payment_event, protocol="https", label="payment webhook")
tm.flow(back_office, bookings_db, payment_event, label="mark booking paid")

tm.flow(agent, sms_tool, sms_request)
tm.flow(sms_tool, sms_gateway, sms_request, protocol="https", controls={tls})
tm.flow(sms_gateway, guest, sms_message, protocol="sms")

tm.flow(herd_manager, back_office, welfare_update, protocol="https", controls={tls})
tm.flow(back_office, welfare_db, welfare_update)
tm.flow(welfare_db, back_office, welfare_log)
tm.flow(bookings_db, back_office, bookings_view)
tm.flow(back_office, herd_manager, bookings_view, welfare_log, protocol="https", controls={tls})
