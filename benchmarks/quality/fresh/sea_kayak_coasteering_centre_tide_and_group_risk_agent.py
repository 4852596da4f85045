"""Sea kayak and coasteering centre: the first design, before any security review.

Each morning, and again when conditions change, an LLM agent in the centre's cloud
account reads the marine forecast feed (tide, swell, wind), the beach weather
station and the day's booked sessions with each group's declared ability and ages.
It checks them against the centre's operating procedures and route limits and
proposes go, no-go or a route change for each session on the duty instructor's
dashboard. Once the duty instructor accepts a move, the agent updates the booking
system and texts the clients through an SMS gateway; client replies land on the
dashboard for staff. Bookings, with ability and medical declarations, live in a
hosted booking platform. Controls: TLS to every vendor, instructor approval before
any session moves, staff sign-in with 2-step verification, a decision log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sea kayak and coasteering tide and group risk agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent proposing go/no-go and route changes from sea conditions and group "
    "ability, and texting clients when a session moves.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Client booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, mobile numbers, ages, swimming ability and medical declarations.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmation = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="documents")
forecast = tg.Data(
    "Tide, swell and wind forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
station = tg.Data(
    "Beach wind and swell readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sessions = tg.Data(
    "Booked sessions and group ability",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Session times, routes and each group's ability level, ages and medical flags.",
)
procedures = tg.Data(
    "Operating procedures and route limits",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data("Risk assessment prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
proposal = tg.Data(
    "Go/no-go and route proposal",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Per session: go, no-go or alternative route and time, with the reasons.",
)
decision = tg.Data("Instructor decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
move_call = tg.Data("Move session call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
session_change = tg.Data("Session change", sensitivity=tg.Sensitivity.PII, kind="records")
move_result = tg.Data("Move result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
text_call = tg.Data("Client text call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
text_message = tg.Data("Session moved text", sensitivity=tg.Sensitivity.PII, kind="records")
text_receipt = tg.Data("Delivery receipt", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
reply = tg.Data("Client text reply", sensitivity=tg.Sensitivity.PII, kind="records")
decision_log = tg.Data(
    "Session decision log",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Conditions, proposal, instructor decision and who made it, per session.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Book online, get texts about their session and may reply.
    client = tm.add(tg.Actor("Client", role="customer"))

with tm.boundary("Marine forecast provider", trust=tg.Trust.PARTNER):
    # Subscription feed of tide times, swell and wind for the centre's stretch of coast.
    forecast_feed = tm.add(
        tg.DataSource("Marine forecast feed", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # Hosted booking system for activity centres; holds every client booking.
    bookings = tm.add(tg.DataStore("Booking system", stores={booking}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reasons over conditions, routes and groups for the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends texts to clients and passes their replies back.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Launch beach", trust=tg.Trust.INTERNAL):
    # Anemometer and wave sensor on the centre's slipway, on 4G.
    weather_station = tm.add(tg.Device("Beach weather station", fleet=False))

with tm.boundary("Centre cloud account", trust=tg.Trust.INTERNAL):
    # Weighs conditions against each group and proposes what to do.
    agent = tm.add(
        tg.Agent(
            "Tide and group risk agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="duty instructor",
                    note="no session is moved or cancelled until the duty instructor accepts",
                )
            },
        )
    )
    # The centre's written limits per route, craft and ability level.
    procedures_store = tm.add(
        tg.DataStore("Operating procedures and route limits", stores={procedures})
    )
    # Moves a session's time or route in the booking system.
    move_tool = tm.add(tg.Tool("Move session tool", capabilities={"write"}))
    # Texts the clients of a moved session.
    text_tool = tm.add(tg.Tool("Client text tool", capabilities={"send-messages"}))
    # Where the duty instructor sees proposals and client replies.
    dashboard = tm.add(
        tg.Endpoint(
            "Duty dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )
    # Record of every proposal and decision, for the licensing inspector and incidents.
    log_store = tm.add(
        tg.DataStore(
            "Decision log",
            stores={decision_log},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Centre base", trust=tg.Trust.INTERNAL):
    # The senior instructor on duty makes the final call.
    instructor = tm.add(tg.Actor("Duty instructor", role="instructor"))

# ---------------------------------------------------------------- flows
tm.flow(client, bookings, booking, protocol="https", label="books online")
tm.flow(bookings, client, confirmation, protocol="smtp")

tm.flow(forecast_feed, agent, forecast, protocol="https")
tm.flow(weather_station, agent, station, protocol="https")
tm.flow(bookings, agent, sessions, protocol="https")
tm.flow(procedures_store, agent, procedures)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, dashboard, proposal)
tm.flow(dashboard, instructor, proposal, reply, protocol="https")
tm.flow(instructor, dashboard, decision, protocol="https")
tm.flow(dashboard, agent, decision)
tm.flow(agent, log_store, decision_log)

tm.flow(agent, move_tool, move_call)
tm.flow(move_tool, bookings, session_change, protocol="https")
tm.flow(bookings, move_tool, move_result, protocol="https")
tm.flow(move_tool, agent, move_result)

tm.flow(agent, text_tool, text_call)
tm.flow(text_tool, sms_gateway, text_message, protocol="https")
tm.flow(sms_gateway, text_tool, text_receipt, protocol="https")
tm.flow(text_tool, agent, text_receipt)
tm.flow(sms_gateway, client, text_message, protocol="sms")
tm.flow(client, sms_gateway, reply, protocol="sms")
tm.flow(sms_gateway, dashboard, reply, protocol="https", label="reply webhook")
