"""Pilgrimage route hostel capacity agent: the first design, before any security review.

The route association's volunteer hostels log each walker's credential stamp in a
small web app (one PIN per hostel, shared by the volunteers on duty); a nightly
job imports bed bookings from the partner booking platform. Both land in the
walker records database in the association's cloud account (encrypted at rest).
A forecasting model, retrained weekly from past seasons, predicts arrivals at
each hostel for the next three nights. An LLM agent on a vendor-hosted model
reads the forecasts and each hostel's beds and overflow rooms, and on its own
sends WhatsApp messages telling that hostel's volunteers when to open overflow
rooms; volunteers can reply or ask it questions over WhatsApp, and it knows them
by their phone number in the hostel register. Every message is kept in an alert
log that the route coordinator reviews; the coordinator also keeps the register.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pilgrimage route hostel capacity agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecasts walkers' arrivals at each hostel and tells volunteers "
    "when to open overflow rooms.",
)

# ---------------------------------------------------------------- data assets
stamps = tg.Data(
    "Credential stamp records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Credential number, walker's name, nationality, start point, hostel and date.",
)
bookings = tg.Data(
    "Bed booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Walker's name, e-mail, hostel and nights booked.",
)
arrival_features = tg.Data(
    "Arrival features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-hostel counts of recent stamps and bookings, by stage and day.",
)
forecasts = tg.Data(
    "Hostel arrival forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weights = tg.Data("Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
capacity = tg.Data(
    "Hostel capacity register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Beds, overflow rooms and opening rules per hostel.",
)
volunteer_contacts = tg.Data(
    "Volunteer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, WhatsApp number and hostel of each volunteer on the rota.",
)
forecast_call = tg.Data("Forecast request", kind="tool-call")
capacity_call = tg.Data("Capacity lookup request", kind="tool-call")
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, forecasts, hostel capacity and the volunteers' messages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
alerts = tg.Data(
    "Overflow room alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="WhatsApp message to a hostel's volunteers, with the number to send it to.",
)
replies = tg.Data(
    "Volunteer messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Replies and questions volunteers send to the agent's WhatsApp number.",
)
alert_log = tg.Data("Alert log", kind="logs", sensitivity=tg.Sensitivity.PII)
capacity_updates = tg.Data("Capacity register updates", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers at each hostel, on their own phones: log stamps, get and answer alerts.
    volunteer = tm.add(tg.Actor("Hostel volunteer", role="hostel volunteer"))

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # The partner platform walkers book beds on; exports bookings for our hostels.
    booking_platform = tm.add(tg.ExternalService("Bed booking platform", provides="data-provider"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers the agent's messages to volunteers and posts their replies back.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons and writes its messages with.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Association cloud account", trust=tg.Trust.INTERNAL):
    # Where volunteers record each walker's credential stamp at check-in.
    stamp_app = tm.add(
        tg.Endpoint(
            "Stamp logging app",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="hostel PIN shared by the volunteers on duty"),
                c.InputValidation(note="credential number format, hostel and date checks"),
            },
        )
    )
    # Pulls the day's bookings from the partner platform every night.
    booking_import = tm.add(tg.Pipeline("Nightly booking import", stage="ingestion"))
    # Every stamp and booking: the history the forecasts are built from.
    records_db = tm.add(
        tg.DataStore(
            "Walker records database",
            stores={stamps, bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Refits the forecasting model each week on the season so far and past seasons.
    retraining = tm.add(
        tg.Pipeline("Weekly forecast retraining", stage="training", third_party_packages=True)
    )
    # Predicts walkers arriving at each hostel for the next three nights.
    forecast_model = tm.add(tg.Model("Arrival forecast model", task="regressor"))
    # The agent's way to ask for a hostel's forecast.
    forecast_tool = tm.add(tg.Tool("Arrival forecast tool", capabilities={"read"}))
    # Beds, overflow rooms and the volunteer rota, kept by the coordinator.
    register = tm.add(tg.DataStore("Hostel register", stores={capacity, volunteer_contacts}))
    # The agent's way to read a hostel's capacity and who is on duty.
    capacity_tool = tm.add(tg.Tool("Hostel capacity lookup", capabilities={"read"}))
    # Decides when a hostel should open overflow rooms and tells its volunteers.
    agent = tm.add(
        tg.Agent(
            "Capacity agent",
            autonomy="autonomous",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.Authentication(
                    method="volunteer's WhatsApp number matched to the hostel register"
                ),
            },
        )
    )
    # Sends the agent's messages out through the WhatsApp Business API.
    messaging_tool = tm.add(tg.Tool("WhatsApp messaging tool", capabilities={"send-messages"}))
    # Record of every message sent and received, for the coordinator.
    log_store = tm.add(tg.DataStore("Agent alert log", stores={alert_log}))

with tm.boundary("Association office", trust=tg.Trust.INTERNAL):
    # Runs the route's hostels: keeps the register and reviews what the agent sent.
    coordinator = tm.add(tg.Actor("Route coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
# Stamps and bookings in
tm.flow(volunteer, stamp_app, stamps, protocol="https")
tm.flow(stamp_app, records_db, stamps)
tm.flow(booking_platform, booking_import, bookings, protocol="https", label="nightly export")
tm.flow(booking_import, records_db, bookings)

# Forecasting
tm.flow(records_db, retraining, stamps, bookings, label="weekly training extract")
tm.flow(retraining, forecast_model, weights, label="deploy")
tm.flow(records_db, forecast_tool, arrival_features, label="recent arrivals")
tm.flow(forecast_tool, forecast_model, arrival_features)
tm.flow(forecast_model, forecast_tool, forecasts)

# The agent
tm.flow(agent, forecast_tool, forecast_call)
tm.flow(forecast_tool, agent, forecasts)
tm.flow(agent, capacity_tool, capacity_call)
tm.flow(register, capacity_tool, capacity, volunteer_contacts)
tm.flow(capacity_tool, agent, capacity, volunteer_contacts)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, messaging_tool, alerts)
tm.flow(messaging_tool, whatsapp, alerts, protocol="https")
tm.flow(whatsapp, volunteer, alerts, protocol="https")
tm.flow(volunteer, whatsapp, replies, protocol="https")
tm.flow(whatsapp, agent, replies, protocol="https", label="incoming message webhook")
tm.flow(agent, log_store, alert_log)

# Coordinator
tm.flow(log_store, coordinator, alert_log, protocol="https", label="daily review")
tm.flow(coordinator, register, capacity_updates, protocol="https")
