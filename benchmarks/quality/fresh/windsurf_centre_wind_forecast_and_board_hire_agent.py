"""Windsurf centre wind forecast and board hire agent: the first design.

A windsurf centre on the Spanish Atlantic coast lets customers chat with a booking
agent on its website. The agent (a hosted LLM behind our own orchestration) answers
"is it windy enough tomorrow?", suggests a board and sail size for the customer's
weight and level, books the hire and sends a payment link for the deposit.
Forecasts come from an in-house wind model that combines a commercial weather
service's forecast with readings from the centre's anemometer on the jetty; it is
retrained every night on the accumulated history. Instructors use a small web back
office to see the day's hires and mark boards returned. Everything but the jetty
station runs in one cloud account. Controls in this design: TLS on the public
links, a rate limit on the chat endpoint, a step limit on the agent, encrypted
storage for bookings and password sign-in for staff.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Windsurf centre wind forecast and board hire agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that forecasts wind and books board hire for a windsurf centre.",
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data("Customer chat message", sensitivity="pii", kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion and tool calls", sensitivity="pii", kind="model-output")
forecast_query = tg.Data("Forecast query", sensitivity="public", kind="tool-call")
forecast_result = tg.Data("Wind forecast summary", sensitivity="public", kind="tool-result")
booking_call = tg.Data(
    "Hire booking call",
    sensitivity="pii",
    kind="tool-call",
    description="Date, slot, board and sail sizes, customer name, phone and weight.",
)
booking_result = tg.Data("Hire booking result", sensitivity="pii", kind="tool-result")
bookings = tg.Data(
    "Hire bookings",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Customer name, phone, e-mail, weight, level, slot and equipment.",
)
inventory = tg.Data("Board inventory and hire prices", sensitivity="internal", kind="records")
payment_call = tg.Data("Deposit link request", sensitivity="pii", kind="tool-call")
payment_link = tg.Data("Deposit payment link", sensitivity="internal", kind="tool-result")
checkout_session = tg.Data("Checkout session request", sensitivity="pii", kind="records")
payment_webhook = tg.Data("Payment confirmation webhook", sensitivity="pii", kind="records")
payment_status = tg.Data("Deposit payment status", sensitivity="internal", kind="records")
station_readings = tg.Data(
    "Anemometer readings",
    sensitivity="internal",
    kind="records",
    description="Wind speed, gust and direction every minute.",
)
nwp_forecast = tg.Data("Weather service wind forecast", sensitivity="internal", kind="records")
wind_history = tg.Data("Wind history", sensitivity="internal", kind="training-data")
wind_forecast = tg.Data("Hourly wind forecast", sensitivity="public", kind="model-output")
model_file = tg.Data("Wind model artifact", sensitivity="internal", format="pickle")
staff_updates = tg.Data("Board return and closure updates", sensitivity="internal", kind="records")
daily_hires = tg.Data("Daily hire list", sensitivity="pii", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Walk-in and returning customers chatting on the website from their phones.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("LLM vendor", trust="partner"):
    # The general-purpose model the agent reasons with; we send it every turn.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            description="Vendor chat-completions API with function calling.",
        )
    )

with tm.boundary("Payment provider", trust="partner"):
    # Hosted checkout: card details never reach our systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages and payment webhooks for hire deposits.",
        )
    )

with tm.boundary("Weather data provider", trust="partner"):
    # Licensed numerical weather forecast for the centre's coordinates.
    weather_api = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides="data-provider",
            description="Hourly wind forecast for the next five days, polled hourly.",
        )
    )

with tm.boundary("Centre premises", trust="internal"):
    # Instructors and the shop desk run the day's hires.
    instructor = tm.add(tg.Actor("Instructor", role="staff"))
    # The anemometer on the jetty gives the ground truth the model corrects against.
    station = tm.add(
        tg.Device(
            "Jetty weather station",
            fleet=False,
            description="Anemometer and wind vane on a 4G modem, publishing every minute.",
        )
    )

with tm.boundary("Cloud account", trust="internal"):
    # Public chat endpoint the website widget talks to.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose="api",
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # Runs the conversation loop: calls the LLM and the tools it asks for.
    agent = tm.add(
        tg.Agent(
            "Board hire agent",
            autonomy="autonomous",
            description="Answers wind questions, books hires and sends deposit links on its own.",
            controls={tg.controls.CircuitBreaker(max_steps=12)},
        )
    )
    # Read-only lookup of the model's latest forecast for a day and time.
    forecast_tool = tm.add(tg.Tool("Wind forecast lookup tool", capabilities={"read"}))
    # Checks availability and creates or changes hires in the booking database.
    booking_tool = tm.add(tg.Tool("Hire booking tool", capabilities={"read", "write"}))
    # Creates a checkout session for a booking's deposit and records the payment.
    payment_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "money-movement"},
            description="Takes a booking reference; the deposit is taken from the booking record.",
        )
    )
    # Bookings, customers, board inventory and the hire price list.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, inventory},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Gradient-boosted correction of the weather service forecast to our beach.
    wind_model = tm.add(
        tg.Model(
            "Wind forecast model",
            task="regressor",
            description="Predicts hourly mean wind and gusts at the beach for five days.",
        )
    )
    # Every reading and forecast we have seen, for retraining.
    history = tm.add(tg.Dataset("Wind history store", stores={wind_history}))
    # Nightly retrain of the wind model, deployed straight to serving.
    training = tm.add(tg.Pipeline("Nightly wind model retraining", stage="training"))
    # Staff web app for the daily hire list.
    back_office = tm.add(
        tg.Service(
            "Staff back office",
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, customer_message, protocol="https")
tm.flow(chat, customer, agent_reply, protocol="https")
tm.flow(chat, agent, customer_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, forecast_tool, forecast_query)
tm.flow(forecast_tool, agent, forecast_result)
tm.flow(forecast_tool, wind_model, forecast_query)
tm.flow(wind_model, forecast_tool, wind_forecast)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, inventory)

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_link)
tm.flow(booking_db, payment_tool, bookings, inventory, label="booking and deposit price")
tm.flow(payment_tool, booking_db, payment_status)
tm.flow(payment_tool, payments, checkout_session, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https", label="checkout URL")
tm.flow(payments, payment_tool, payment_webhook, protocol="https", label="payment webhook")

tm.flow(station, wind_model, station_readings, protocol="mqtt", label="live readings")
tm.flow(station, history, station_readings, protocol="mqtt")
tm.flow(weather_api, wind_model, nwp_forecast, protocol="https")
tm.flow(weather_api, history, nwp_forecast, protocol="https")
tm.flow(history, training, wind_history)
tm.flow(training, wind_model, model_file, label="deploy")

tm.flow(instructor, back_office, staff_updates, protocol="https")
tm.flow(back_office, instructor, daily_hires, protocol="https")
tm.flow(back_office, booking_db, staff_updates)
tm.flow(booking_db, back_office, bookings)
