"""Refuge hut bed booking and supply helicopter agent: the first design.

An alpine club runs a high mountain refuge (about 90 beds, open June to September)
that is supplied only by helicopter. Guests book beds through a chat on the club's
website: an LLM agent, hosted in the club's cloud tenant and using a vendor's model
API, answers questions about the hut, checks availability and books, changes or
cancels beds through a booking tool on the club's booking database. Changing or
cancelling a booking needs the booking reference and the guest's e-mail address.
The agent also forecasts food and gas-cylinder use: a forecast tool calls an
in-house consumption model fed with the booked occupancy, the stock counts the hut
warden enters in the warden app over the hut's satellite internet, and a mountain
weather forecast. From the forecast the agent drafts supply flights and books them
with the helicopter operator's booking API; every flight request waits for the hut
warden's approval in the warden app. The chat is rate-limited, the agent's loop is
capped, the booking database is encrypted at rest and outside calls use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Refuge hut bed booking and supply helicopter agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that books refuge beds, forecasts food and gas use and books supply flights.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Guest booking request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Chat message: names, dates, party size, e-mail address, dietary needs.",
)
agent_reply = tg.Data("Agent reply to guest", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, hut rules, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Bed booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Guest bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
occupancy = tg.Data(
    "Booked occupancy per night", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
stock_counts = tg.Data(
    "Food and gas stock counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weather = tg.Data("Mountain weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast_call = tg.Data("Forecast tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
consumption = tg.Data(
    "Food and gas consumption forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
forecast_result = tg.Data(
    "Forecast tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
flight_call = tg.Data(
    "Supply flight request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Date, pick-up base, underslung loads and weights.",
)
flight_booking = tg.Data(
    "Helicopter flight booking", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
flight_confirmation = tg.Data(
    "Flight booking confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
flight_result = tg.Data(
    "Flight booking result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
pending_flight = tg.Data(
    "Pending flight request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
flight_approval = tg.Data(
    "Warden flight approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
warden_view = tg.Data(
    "Warden overview",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tonight's guest list, forecasts and flight requests awaiting approval.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hikers and climbers booking beds; anyone can open the chat.
    guest = tm.add(tg.Actor("Guest", role="hiker booking beds"))

with tm.boundary("Refuge hut", trust=tg.Trust.INTERNAL):
    # Runs the hut for the season; counts stock and approves every supply flight.
    warden = tm.add(tg.Actor("Hut warden", role="hut warden"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("Helicopter operator", trust=tg.Trust.PARTNER):
    # The operator's booking API for supply flights (underslung loads).
    heli_api = tm.add(
        tg.ExternalService(
            "Helicopter operator booking API",
            description="Takes flight bookings from the club's account, API key issued to the club.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Mountain forecast (snow, wind, temperature) that drives gas use and walk-ins.
    weather_svc = tm.add(
        tg.ExternalService("Mountain weather service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Club cloud tenant", trust=tg.Trust.INTERNAL):
    # Where guests talk to the agent, on the club's website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The warden's web app: stock counts in, flight approvals and guest list out.
    warden_app = tm.add(
        tg.Endpoint(
            "Warden app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="club account e-mail and password")},
        )
    )
    # Plans each conversation and each supply run, calling the tools below.
    agent = tm.add(
        tg.Agent(
            "Hut agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Takes bed bookings, forecasts supplies and drafts supply flights.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Books, changes and cancels beds; changes need the reference and e-mail.
    booking_tool = tm.add(
        tg.Tool(
            "Bed booking tool",
            capabilities={"read", "write", "delete"},
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )
    # The club's reservation records for the refuge.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Stock of food and gas cylinders as last counted by the warden.
    inventory = tm.add(tg.DataStore("Hut inventory store", stores={stock_counts}))
    # Lets the agent ask for a consumption forecast over a date range.
    forecast_tool = tm.add(tg.Tool("Supply forecast tool", capabilities={"read"}))
    # Regression model: food and gas use per day from occupancy, stock and weather.
    forecast_model = tm.add(
        tg.Model(
            "Consumption forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor trained on past seasons' usage.",
        )
    )
    # Books supply flights with the operator once the warden has approved them.
    heli_tool = tm.add(
        tg.Tool(
            "Helicopter booking tool",
            capabilities={"write", "network-egress"},
            controls={c.HumanInTheLoop(approver="the hut warden, in the warden app")},
        )
    )

# ---------------------------------------------------------------- flows
# guests booking beds
tm.flow(guest, chat, booking_request, protocol="https")
tm.flow(chat, guest, agent_reply, protocol="https")
tm.flow(chat, agent, booking_request)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, label="create, change, cancel")
tm.flow(booking_db, booking_tool, bookings, label="availability and booking lookup")

# supply forecasting
tm.flow(warden, warden_app, stock_counts, flight_approval, protocol="https")
tm.flow(warden_app, warden, warden_view, protocol="https")
tm.flow(warden_app, inventory, stock_counts)
tm.flow(booking_db, warden_app, bookings, label="tonight's guest list")
tm.flow(agent, forecast_tool, forecast_call)
tm.flow(forecast_tool, agent, forecast_result)
tm.flow(forecast_tool, forecast_model, forecast_call)
tm.flow(forecast_model, forecast_tool, consumption)
tm.flow(booking_db, forecast_model, occupancy, label="nightly occupancy export")
tm.flow(inventory, forecast_model, stock_counts)
tm.flow(weather_svc, forecast_model, weather, protocol="https")

# supply helicopter flights
tm.flow(agent, heli_tool, flight_call)
tm.flow(heli_tool, agent, flight_result)
tm.flow(heli_tool, warden_app, pending_flight, label="awaiting approval")
tm.flow(warden_app, heli_tool, flight_approval)
tm.flow(heli_tool, heli_api, flight_booking, protocol="https")
tm.flow(heli_api, heli_tool, flight_confirmation, protocol="https")
