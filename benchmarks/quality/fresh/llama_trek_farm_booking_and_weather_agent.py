"""Llama trek farm booking and weather agent: the first design, before any security review.

A family farm runs guided llama treks and wants a chat assistant on its website.
Visitors ask about treks, check dates, book a trek and get a deposit payment link;
existing customers can move or cancel a booking with their booking reference and
surname. The agent runs on the farm's small cloud host and uses a hosted LLM. Each
morning a scheduled job asks the agent to check tomorrow's forecast for the trek
routes; when wind or rain is over the farm's limits it proposes cancellations,
which the farm owner approves in the booking admin app before the agent texts and
e-mails the walkers. Card payments happen on the payment provider's hosted page,
whose webhooks mark deposits paid. Controls in this design: a rate limit on the
chat endpoint, booking-reference-and-surname checks on booking changes, owner
approval of weather cancellations, a signed-in admin app, signed payment webhooks
and the database host's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Llama trek farm booking and weather agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat agent that books llama treks, takes deposits by payment "
    "link and proposes weather cancellations for the owner to approve.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with conversation and tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with trek rules, the chat so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The reply text or the tool calls to make.",
)
availability_query = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data("Trek availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_call = tg.Data(
    "Booking change request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Create, move or cancel: walker names, ages, contact details, date.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Walker names, phone, e-mail, children's ages, deposit status.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
deposit_request = tg.Data("Deposit link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_webhook = tg.Data(
    "Deposit payment webhook",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Checkout completed or expired, with the booking reference and payer e-mail.",
)
forecast_query = tg.Data("Forecast query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Trek route weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weather_task = tg.Data(
    "Morning weather review task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
proposal = tg.Data("Cancellation proposal", kind="records", sensitivity=tg.Sensitivity.PII)
owner_approval = tg.Data("Owner approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notification = tg.Data("Customer notification", kind="tool-call", sensitivity=tg.Sensitivity.PII)
sms_email = tg.Data("Text and e-mail to walkers", kind="records", sensitivity=tg.Sensitivity.PII)
api_keys = tg.Data("Provider API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Walkers and families booking treks through the website chat.
    customer = tm.add(tg.Actor("Customer", role="visitor"))

with tm.boundary("Farm cloud host", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: the only public entry point of the assistant.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per IP, at the CDN")},
        )
    )
    # The LLM agent that talks to customers and calls the booking and weather tools.
    agent = tm.add(
        tg.Agent(
            "Booking and weather agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers questions, books treks, sends deposit links, proposes "
            "weather cancellations and notifies walkers.",
            controls={
                c.HumanInTheLoop(
                    approver="farm owner",
                    note="weather cancellations wait for the owner's approval; new bookings "
                    "and customer-requested changes go ahead directly",
                )
            },
        )
    )
    # Reads free slots per trek and date.
    availability_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Creates, moves and cancels bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={
                c.Authentication(
                    method="booking reference and surname for changes to an existing booking"
                )
            },
        )
    )
    # Asks the payment provider for a hosted checkout link for the deposit.
    payment_tool = tm.add(
        tg.Tool("Deposit payment link tool", capabilities={"write", "network-egress"})
    )
    # Fetches the forecast for the trek routes.
    weather_tool = tm.add(tg.Tool("Weather forecast tool", capabilities={"read", "network-egress"}))
    # Sends confirmations and cancellations by text and e-mail.
    messaging_tool = tm.add(
        tg.Tool("Customer messaging tool", capabilities={"send-messages", "network-egress"})
    )
    # Bookings and chat transcripts; also holds the provider API keys in a settings table.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, transcripts, api_keys},
            controls={c.EncryptionAtRest(key_management="managed database provider keys")},
        )
    )
    # The owner's back office: bookings, payments, and approval of weather cancellations.
    admin_app = tm.add(
        tg.Service(
            "Booking admin app",
            description="Web app for the owner; also receives the payment provider's webhooks.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Scheduled trigger for the daily weather review.
    weather_job = tm.add(tg.Service("Morning weather check job"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Public weather API covering the farm's routes.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))
    # Hosted checkout for deposits; card data never reach the farm.
    payments = tm.add(tg.ExternalService("Payment provider"))
    # Text and e-mail delivery.
    messaging = tm.add(tg.ExternalService("SMS and e-mail provider"))

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Runs the treks, approves weather cancellations and handles refunds by hand.
    owner = tm.add(tg.Actor("Farm owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, customer, agent_reply, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, booking_db, transcripts)

tm.flow(agent, availability_tool, availability_query)
tm.flow(booking_db, availability_tool, availability)
tm.flow(availability_tool, agent, availability)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, payment_tool, deposit_request)
tm.flow(booking_db, payment_tool, api_keys)
tm.flow(payment_tool, payments, deposit_request, api_keys, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(customer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    admin_app,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider webhook signature checked")},
)
tm.flow(admin_app, booking_db, bookings, label="deposit status")

tm.flow(weather_job, agent, weather_task, label="daily at 07:00")
tm.flow(agent, weather_tool, forecast_query)
tm.flow(weather_tool, weather_api, forecast_query, protocol="https")
tm.flow(weather_api, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, forecast)
tm.flow(agent, admin_app, proposal)
tm.flow(admin_app, owner, proposal, bookings, protocol="https")
tm.flow(owner, admin_app, owner_approval, protocol="https")
tm.flow(admin_app, agent, owner_approval)

tm.flow(agent, messaging_tool, notification)
tm.flow(booking_db, messaging_tool, api_keys)
tm.flow(messaging_tool, messaging, sms_email, api_keys, protocol="https")
tm.flow(messaging, customer, sms_email, protocol="sms")
