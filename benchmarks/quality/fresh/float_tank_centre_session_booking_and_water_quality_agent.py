"""Float tank centre: session booking and water quality agent (first design).

A Dutch float centre with six tanks lets customers book, move and cancel float
sessions through a chat widget on its website; first-time floaters answer health
questions (epilepsy, pregnancy, skin conditions) that are stored with the booking.
An LLM agent in our cloud tenant, backed by a hosted LLM, acts through tools on the
booking database. It also watches the water: tank-room sensors (temperature, pH,
ORP, specific gravity) report through an on-site gateway, and on a drifting reading
the agent can close the tank in the calendar (front desk staff approve), text the
affected customers and start an extra filtration and UV cycle on the tank's
controller. Controls: a chat rate limit, booking changes only when a booking
reference and e-mail match, staff password sign-in to the console, managed-key
database encryption, an agent step cap and the controller's own thermal cut-out.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Float centre booking and water quality agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat booking for float sessions, plus an agent that watches tank water "
    "quality and can close tanks and start filtration cycles.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Booking requests, questions and health answers typed into the widget.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, tool results and tank readings.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Booking lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
bookings = tg.Data(
    "Bookings and customer contact details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
health_answers = tg.Data(
    "Float health questionnaire answers",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Special-category health data under GDPR Art. 9.",
)
readings = tg.Data(
    "Tank water quality readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tank_status = tg.Data(
    "Tank out-of-service request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
cycle_command = tg.Data(
    "Filtration cycle command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sms = tg.Data(
    "Booking confirmation and closure texts", sensitivity=tg.Sensitivity.PII, kind="records"
)
staff_alert = tg.Data("Water quality alert", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
closure_approval = tg.Data(
    "Tank closure approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can open the chat; no customer account exists.
    customer = tm.add(tg.Actor("Customer", role="floater"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("SMS vendor", trust=tg.Trust.PARTNER):
    # Sends booking confirmations, reminders and closure notices by text.
    sms_provider = tm.add(tg.ExternalService("SMS gateway provider"))

with tm.boundary("Booking cloud tenant", trust=tg.Trust.INTERNAL):
    # Public entry point for the website chat widget.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per browser session")},
        )
    )
    # The LLM agent: handles booking conversations and reacts to water quality alerts.
    agent = tm.add(
        tg.Agent(
            "Float centre agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books, moves and cancels sessions; reviews out-of-range readings "
            "and proposes tank closures.",
            controls={
                c.HumanInTheLoop(
                    approver="front desk staff",
                    note="staff approve taking a tank out of service; bookings, "
                    "cancellations and filtration cycles go ahead directly",
                ),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Reads and changes bookings for the customer in the conversation.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "send-messages"},
            description="Finds, creates, moves and cancels sessions and texts a confirmation.",
            controls={
                c.Authentication(method="booking reference and e-mail address"),
            },
        )
    )
    # Lets the agent read recent readings for a tank.
    wq_tool = tm.add(tg.Tool("Water quality lookup tool", capabilities={"read"}))
    # Blocks a tank in the calendar and starts an extra filtration and UV cycle.
    maintenance_tool = tm.add(
        tg.Tool(
            "Tank maintenance tool",
            capabilities={"write", "send-messages"},
            description="Marks a tank out of service, texts affected customers and sends a "
            "filtration cycle command to the site gateway.",
        )
    )
    # System of record for sessions, customers and their health answers.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, health_answers},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Time series of tank readings pushed up from the site.
    wq_log = tm.add(tg.DataStore("Water quality log", stores={readings}))
    # Where front desk staff see today's bookings, alerts and approve closures.
    console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("Float centre site", trust=tg.Trust.INTERNAL):
    # Reception staff on the centre's own PCs and tablet.
    staff = tm.add(tg.Actor("Front desk staff", role="reception"))
    # Small on-site box that relays readings up and commands down.
    gateway = tm.add(
        tg.Service(
            "Site gateway",
            description="Polls the tank sensors, publishes readings to the cloud and passes "
            "filtration commands to the tank controllers.",
        )
    )

    with tm.boundary("Tank room network", trust=tg.Trust.RESTRICTED):
        # Temperature, pH, ORP and specific gravity probes in each tank's loop.
        sensors = tm.add(tg.Device("Tank water sensors", fleet=True))
        # The tank maker's controller for pump, heater and UV steriliser.
        controller = tm.add(
            tg.Device(
                "Tank filtration controller",
                fleet=True,
                controls={
                    c.SafetyLimits(
                        limits="heater has a hardware thermal cut-out at 37 C; the circulation "
                        "pump and UV lamp run only with the lid closed"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# booking conversations
tm.flow(customer, chat_endpoint, chat_message, protocol="https")
tm.flow(chat_endpoint, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, health_answers, label="create or change booking")
tm.flow(booking_db, booking_tool, bookings, label="lookup")
tm.flow(booking_tool, sms_provider, sms, protocol="https")
tm.flow(agent, chat_endpoint, agent_reply)
tm.flow(chat_endpoint, customer, agent_reply, protocol="https")

# water quality monitoring
tm.flow(sensors, gateway, readings, protocol="modbus")
tm.flow(gateway, wq_log, readings, protocol="MQTT over TLS")
tm.flow(wq_log, wq_tool, readings)
tm.flow(wq_tool, agent, readings)
tm.flow(agent, console, staff_alert)
tm.flow(console, staff, staff_alert, bookings, health_answers, protocol="https")
tm.flow(staff, console, closure_approval, protocol="https")
tm.flow(console, agent, closure_approval)
tm.flow(agent, maintenance_tool, tank_status)
tm.flow(maintenance_tool, booking_db, tank_status, label="block tank in calendar")
tm.flow(booking_db, maintenance_tool, bookings, label="affected bookings")
tm.flow(maintenance_tool, sms_provider, sms, protocol="https")
tm.flow(maintenance_tool, gateway, cycle_command, protocol="MQTT over TLS")
tm.flow(gateway, controller, cycle_command, protocol="modbus")
tm.flow(controller, gateway, readings, protocol="modbus", label="cycle status")

# front desk
tm.flow(console, booking_db, bookings, label="staff edits")
tm.flow(booking_db, console, bookings, health_answers, label="day sheet")
