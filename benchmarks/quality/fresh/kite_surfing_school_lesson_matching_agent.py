"""Kite surfing school lesson matching agent: the first design, before any security review.

A kite surfing school on the Costa de la Luz puts a chat agent on its website.
Customers describe their level, languages and preferred dates; the agent calls a
matching tool that reads the instructor roster and availability from the booking
database and the wind forecast from a weather data vendor, proposes a slot, books
it through the booking API, creates a deposit payment link with the payment
provider and asks an e-signature service to send the liability waiver. The
payment provider and the e-signature service call the booking API back when the
deposit is paid or the waiver signed. Instructors use a mobile web app to see
their lessons and swap them among themselves. Everything we run sits in one
cloud project; the LLM is a vendor's hosted model. Controls in this design: a rate
limit on the chat endpoint, a step limit on the agent, e-mail and password sign-in
for instructors, the provider's encryption at rest on the database, and the
payment provider key kept in the cloud secret manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kite school lesson matching agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat agent that matches customers to kite instructors, books "
    "lessons, takes deposits and sends waivers; instructors swap lessons in an app.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, level, weight for kite sizing, languages, dates.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
match_request = tg.Data(
    "Match request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Level, languages, date range and spot.",
)
candidates = tg.Data(
    "Instructor and slot candidates", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
forecast_query = tg.Data("Forecast query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
wind_forecast = tg.Data("Wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
roster = tg.Data(
    "Instructor roster and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Instructor names, phone numbers, certifications, languages, free slots.",
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data("Booking request", kind="records", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Customer bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Customer contact details, level, weight, lesson slot, instructor, "
    "deposit and waiver status.",
)
payment_link_call = tg.Data(
    "Payment link tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
payment_link_request = tg.Data(
    "Payment link request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, deposit amount, customer e-mail.",
)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
psp_key = tg.Data("Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
card_payment = tg.Data("Card payment", kind="records", sensitivity=tg.Sensitivity.REGULATED)
deposit_event = tg.Data(
    "Deposit paid event", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
waiver_call = tg.Data("Waiver tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
waiver_request = tg.Data("Waiver envelope request", kind="records", sensitivity=tg.Sensitivity.PII)
waiver_sent = tg.Data("Waiver sent status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
waiver_doc = tg.Data("Waiver to sign", kind="documents", sensitivity=tg.Sensitivity.PII)
signed_waiver = tg.Data(
    "Signed waiver",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Signature, emergency contact and a declaration of fitness to swim.",
)
waiver_event = tg.Data("Waiver signed event", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
instructor_schedule = tg.Data(
    "Instructor lesson schedule", kind="records", sensitivity=tg.Sensitivity.PII
)
swap_request = tg.Data(
    "Lesson swap request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One instructor offers a lesson, another accepts it.",
)
instructor_signin = tg.Data(
    "Instructor sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can open the chat.
    customer = tm.add(tg.Actor("Customer", role="lesson customer"))
    # Instructors are seasonal staff using their own phones on the beach.
    instructor = tm.add(tg.Actor("Instructor", role="kite instructor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with, behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Hourly wind speed, gusts and direction per spot.
    forecast_api = tm.add(
        tg.ExternalService("Wind forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Hosted payment links for the lesson deposit; card data stays with the provider.
    psp = tm.add(tg.ExternalService("Payment provider"))
    # Sends the waiver by e-mail and collects the signature.
    esign = tm.add(tg.ExternalService("E-signature service"))

with tm.boundary("School cloud project", trust=tg.Trust.INTERNAL):
    # The website's chat widget talks to this endpoint.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Lesson matching agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books lessons and sends payment links and waivers without staff approval.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Finds instructors by level and language, and slots with suitable wind.
    match_tool = tm.add(
        tg.Tool("Instructor matching tool", capabilities={"read", "network-egress"})
    )
    # Creates or moves a booking through the booking API.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"write"}))
    # Creates a deposit payment link; the amount is read from the booking record.
    pay_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="provider key in the cloud secret manager")},
        )
    )
    # Asks the e-signature service to send the waiver to the customer.
    waiver_tool = tm.add(tg.Tool("Waiver tool", capabilities={"send-messages"}))
    # Owns bookings; receives the provider callbacks and the instructor app's calls.
    booking_api = tm.add(tg.Service("Booking API"))
    # Bookings, customers and the instructor roster.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Kept for handling complaints and improving the prompt.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Backend of the instructors' mobile web app: schedules and lesson swaps.
    instructor_app = tm.add(
        tg.Endpoint(
            "Instructor app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# customer chat
tm.flow(customer, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat, agent_reply)
tm.flow(chat, customer, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# matching
tm.flow(agent, match_tool, match_request)
tm.flow(booking_db, match_tool, roster, label="instructor availability")
tm.flow(match_tool, forecast_api, forecast_query, protocol="https")
tm.flow(forecast_api, match_tool, wind_forecast, protocol="https")
tm.flow(match_tool, agent, candidates)

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_api, booking_request, protocol="https")
tm.flow(booking_api, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)
tm.flow(booking_api, booking_db, bookings, roster)
tm.flow(booking_db, booking_api, bookings, roster)

# deposit
tm.flow(agent, pay_tool, payment_link_call)
tm.flow(booking_db, pay_tool, bookings, label="deposit amount")
tm.flow(pay_tool, psp, payment_link_request, psp_key, protocol="https")
tm.flow(psp, pay_tool, payment_link, protocol="https")
tm.flow(pay_tool, agent, payment_link)
tm.flow(customer, psp, card_payment, protocol="https", label="pays the deposit")
tm.flow(psp, booking_api, deposit_event, protocol="https", label="deposit paid webhook")

# waiver
tm.flow(agent, waiver_tool, waiver_call)
tm.flow(waiver_tool, esign, waiver_request, protocol="https")
tm.flow(esign, waiver_tool, waiver_sent, protocol="https")
tm.flow(waiver_tool, agent, waiver_sent)
tm.flow(esign, customer, waiver_doc, protocol="smtp+starttls", label="waiver e-mail")
tm.flow(customer, esign, signed_waiver, protocol="https")
tm.flow(esign, booking_api, waiver_event, protocol="https", label="waiver signed webhook")

# instructors
tm.flow(instructor, instructor_app, instructor_signin, swap_request, protocol="https")
tm.flow(instructor_app, instructor, instructor_schedule, protocol="https")
tm.flow(instructor_app, booking_api, swap_request, protocol="https")
tm.flow(booking_api, instructor_app, instructor_schedule, protocol="https")
