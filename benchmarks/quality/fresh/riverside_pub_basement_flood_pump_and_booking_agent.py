"""Riverside pub: basement flood pumps and terrace bookings, run by one agent.

The pub's cellar floods when the river is high. A level sensor in the basement
sump is wired to a small pump controller that drives two sump pumps; the
controller talks Modbus to a site gateway on the pub network, which relays level
readings and pump commands to a small cloud VM over MQTT over TLS. On that VM an
LLM agent (a hosted model behind the vendor's API) watches the public river-level
feed and the basement level, switches the pumps on and off, and texts bar staff
through an SMS provider when stock has to be carried up out of the cellar. The
same agent answers the terrace booking chat on the pub's website, checks
availability and writes bookings into a small database that staff read from a
booking dashboard on the bar tablet. Controls in this first design: the pump
controller keeps its float-switch backup and dry-run cutout whatever it is sent,
the booking tool refuses bookings beyond the terrace covers, the agent has a step
limit per run, and the dashboard sits behind a staff password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Riverside pub flood pump and booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="One LLM agent runs the cellar sump pumps from river and basement "
    "levels, alerts staff to move stock, and takes terrace table bookings.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data(
    "Guest booking chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Name, phone number, party size and preferred time, typed in the chat.",
)
booking_reply = tg.Data("Booking chat reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation or sensor context, and tool results.",
)
llm_completion = tg.Data("Agent completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
bookings = tg.Data(
    "Terrace bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
river_levels = tg.Data(
    "River level readings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Gauge station level and trend from the public flood-monitoring API.",
)
river_query = tg.Data("River level query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
basement_level = tg.Data(
    "Basement water level reading",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_status = tg.Data("Pump status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
pump_call = tg.Data("Pump tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
pump_command = tg.Data(
    "Pump on/off command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stock_alert = tg.Data(
    "Move-stock alert",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Text telling the staff on shift to carry stock up out of the cellar.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the pub's website can open the booking chat.
    guest = tm.add(tg.Actor("Guest", role="customer"))
    # Public government flood-monitoring API: the river gauge just upstream.
    river_feed = tm.add(
        tg.DataSource(
            "River level feed",
            origin=tg.Origin.VENDOR,
            provides={river_levels},
            description="Public flood-monitoring API, polled every 15 minutes.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the agent's alerts to staff mobiles.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Pub cloud VM", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the pub's website.
    chat = tm.add(tg.Endpoint("Booking chat endpoint", purpose=tg.EndpointPurpose.API))
    # One agent for both jobs: flood watch on a timer, bookings when a guest writes.
    agent = tm.add(
        tg.Agent(
            "Pub agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 15 minutes for the flood watch and on each chat message.",
            controls={c.CircuitBreaker(max_steps=20, note="agent framework's step limit")},
        )
    )
    # Looks up free tables and writes or cancels terrace bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.PolicyEnforcement(rules="refuses bookings beyond the terrace covers per slot")
            },
        )
    )
    # Fetches the latest river gauge readings for the agent.
    river_tool = tm.add(tg.Tool("River level tool", capabilities={"read", "network-egress"}))
    # Reads basement level and pump state, and switches each pump on or off.
    pump_tool = tm.add(tg.Tool("Pump control tool", capabilities={"read", "write"}))
    # Sends a text to the staff on shift.
    alert_tool = tm.add(tg.Tool("Staff alert tool", capabilities={"send-messages"}))
    # The pub's own small booking database.
    booking_db = tm.add(tg.DataStore("Booking database", stores={bookings}))
    # Staff view and edit today's terrace bookings from the bar tablet.
    dashboard = tm.add(
        tg.Endpoint(
            "Booking dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="shared staff password")},
        )
    )

with tm.boundary("Pub premises network", trust=tg.Trust.INTERNAL):
    # Staff on shift: get the alerts, move the stock, look after bookings.
    staff = tm.add(tg.Actor("Bar staff", role="staff"))
    # Bridges the basement Modbus link to the cloud VM.
    gateway = tm.add(tg.Service("Site gateway", description="Small Linux box on the pub LAN."))
    # Ultrasonic level sensor in the cellar sump, wired to the controller.
    sensor = tm.add(tg.Device("Basement level sensor", fleet=False))
    # Drives the two sump pumps; float switch backup is wired in parallel.
    controller = tm.add(
        tg.Device(
            "Sump pump controller",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="float switch starts the pumps at high water whatever is "
                    "commanded; dry-run cutout stops them at low water"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# Terrace bookings
tm.flow(guest, chat, guest_message, protocol="https")
tm.flow(chat, guest, booking_reply, protocol="https")
tm.flow(chat, agent, guest_message)
tm.flow(agent, chat, booking_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, label="availability and existing bookings")
tm.flow(staff, dashboard, bookings, protocol="https", label="edits and cancellations")
tm.flow(dashboard, staff, bookings, protocol="https")
tm.flow(dashboard, booking_db, bookings)
tm.flow(booking_db, dashboard, bookings)

# Flood watch
tm.flow(agent, river_tool, river_query)
tm.flow(river_feed, river_tool, river_levels, protocol="https")
tm.flow(river_tool, agent, river_levels)
tm.flow(sensor, controller, basement_level, label="4-20 mA wired signal")
tm.flow(controller, gateway, basement_level, pump_status, protocol="modbus")
tm.flow(gateway, controller, pump_command, protocol="modbus")
tm.flow(gateway, pump_tool, basement_level, pump_status, protocol="MQTT over TLS")
tm.flow(pump_tool, gateway, pump_command, protocol="MQTT over TLS")
tm.flow(agent, pump_tool, pump_call)
tm.flow(pump_tool, agent, basement_level, pump_status)

# Staff alerts
tm.flow(agent, alert_tool, stock_alert)
tm.flow(alert_tool, sms, stock_alert, protocol="https")
tm.flow(sms, staff, stock_alert, protocol="sms")
