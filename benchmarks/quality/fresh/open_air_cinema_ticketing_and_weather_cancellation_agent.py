"""Open-air cinema ticketing and weather cancellation agent: the first design.

A summer open-air cinema sells seats for its evening screenings on its own
ticketing website; members of the public buy as guests with an e-mail address
and a mobile number, and pay on the payment provider's hosted checkout page, so
card numbers never reach us. On the afternoon of each screening a cancellation
agent, built on a hosted LLM, reads the weather service's forecast for the site
and that night's sales, and decides whether the screening goes ahead. If it
cancels, it texts every ticket holder through an SMS gateway and refunds each
booking through the payment provider's refund API. Everything we run sits in
one cloud project; the cinema manager signs in to the admin pages to set up
screenings and reads the agent's decision log. The website is rate-limited,
the booking database is encrypted at rest, payment webhooks are signature-checked
and the agent has a step limit; there is no approval step before a cancellation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Open-air cinema ticketing and weather cancellation agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online ticket sales for a summer open-air cinema, with an agent that "
    "cancels rained-off screenings, texts ticket holders and refunds them.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Screening, seats, buyer name, e-mail and mobile number.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Ticket holders, their contact details, seats, amounts paid and payment references.",
)
screenings = tg.Data("Screening schedule", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered by the buyer on the provider's hosted checkout page only.",
)
checkout = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
forecast_query = tg.Data("Forecast query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data(
    "Hourly weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Rain probability, rainfall and wind for the cinema site for the evening.",
)
sales_summary = tg.Data(
    "Screening sales summary", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Cancellation decision prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cancellation policy, the forecast and the night's sales.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
refund_call = tg.Data("Refund request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_api_call = tg.Data(
    "Refund API call", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sms_call = tg.Data(
    "Cancellation notice request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
sms_message = tg.Data(
    "Cancellation text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Mobile number and the cancellation and refund notice.",
)
sms_result = tg.Data("Send result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
decision_log = tg.Data(
    "Cancellation decision log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each afternoon's decision, its reasoning, and the texts and refunds sent.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying tickets; they also receive the cancellation texts.
    buyer = tm.add(tg.Actor("Ticket buyer", role="customer"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Commercial forecast API the agent consults for the cinema's location.
    weather = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hourly site forecast, read by API key.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and refunds; holds the card data so we do not.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout, payment webhooks and a refund API; ticket prices "
            "are set per screening on our website and passed in the checkout session.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers the cancellation texts to ticket holders' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the cancellation agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Cinema cloud project", trust=tg.Trust.INTERNAL):
    # Public ticket shop plus the manager's admin pages.
    website = tm.add(
        tg.Endpoint(
            "Ticketing website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120), c.InputValidation()},
        )
    )
    # System of record for every booking and its contact details.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, screenings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs once each screening afternoon and decides go or cancel.
    agent = tm.add(
        tg.Agent(
            "Weather cancellation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Started by a scheduler at 15:00 on screening days; applies the "
            "written cancellation policy to the forecast and acts on its decision.",
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Fetches the forecast for the site and screening time.
    weather_tool = tm.add(tg.Tool("Forecast lookup tool", capabilities={"read", "network-egress"}))
    # Refunds every booking for a cancelled screening.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"read", "money-movement"},
            description="Refunds all paid bookings of the screening named in the call; the "
            "amount comes from the booking record.",
        )
    )
    # Texts the cancellation notice to every ticket holder of the screening.
    sms_tool = tm.add(tg.Tool("Ticket holder SMS tool", capabilities={"read", "send-messages"}))
    # What the agent decided and did, for the manager to read afterwards.
    log_store = tm.add(
        tg.DataStore(
            "Decision log",
            stores={decision_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Cinema office", trust=tg.Trust.INTERNAL):
    # Sets up screenings and prices, and checks what the agent did.
    manager = tm.add(
        tg.Actor(
            "Cinema manager",
            role="manager",
            privileged=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# Ticket sales
tm.flow(buyer, website, order, protocol="https")
tm.flow(website, buyer, confirmation, protocol="https")
tm.flow(website, payments, checkout, protocol="https")
tm.flow(buyer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    website,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(website, booking_db, bookings)
tm.flow(booking_db, website, bookings, screenings)

# Administration
tm.flow(manager, website, screenings, protocol="https", label="admin pages")
tm.flow(website, manager, bookings, decision_log, protocol="https", label="admin pages")
tm.flow(log_store, website, decision_log)

# Afternoon cancellation decision
tm.flow(booking_db, agent, sales_summary, label="tonight's sales")
tm.flow(agent, weather_tool, forecast_query)
tm.flow(weather_tool, weather, forecast_query, protocol="https")
tm.flow(weather, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, forecast)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, log_store, decision_log)

# On a cancellation: refunds
tm.flow(agent, refund_tool, refund_call)
tm.flow(booking_db, refund_tool, bookings, label="paid bookings for the screening")
tm.flow(refund_tool, payments, refund_api_call, protocol="https")
tm.flow(payments, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, booking_db, bookings, label="mark refunded")
tm.flow(refund_tool, agent, refund_result)

# On a cancellation: texts to ticket holders
tm.flow(agent, sms_tool, sms_call)
tm.flow(booking_db, sms_tool, bookings, label="ticket holders' mobile numbers")
tm.flow(sms_tool, sms_gateway, sms_message, protocol="https")
tm.flow(sms_gateway, sms_tool, sms_result, protocol="https")
tm.flow(sms_tool, agent, sms_result)
tm.flow(sms_gateway, buyer, sms_message, protocol="sms")
