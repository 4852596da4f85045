"""Skate sharpening queue agent: the first design, before any security review.

Players at the rink order a skate sharpening from the rink's mobile app: which
skates, the hollow they like, a pickup time and a free-text note for the shop.
The order API stores the order and hands it to a queue agent, an LLM agent that
runs in the rink's cloud tenancy and calls a hosted model. The agent reads the
order and the current queue, books a slot on the pro shop's networked sharpening
machine, and texts the player through an SMS provider when the machine reports
the job done. Pro shop staff see and edit the queue on a tablet console at the
counter. Players sign in to the app with e-mail and password; the console uses
one shop account kept signed in on the counter tablet. The order API validates
the order form, the order database is encrypted at rest by the cloud provider,
and the agent stops after a fixed number of steps per order.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Skate sharpening queue agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Takes sharpening orders from the rink app, schedules the machine, texts players.",
)

# ---------------------------------------------------------------- data assets
order_request = tg.Data(
    "Sharpening request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player name, phone number, skate model and size, hollow, pickup time, note.",
)
order_confirmation = tg.Data(
    "Order confirmation and queue position", kind="records", sensitivity=tg.Sensitivity.PII
)
orders = tg.Data(
    "Sharpening orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
agent_prompt = tg.Data(
    "Queue agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the new order with its note, and the open queue.",
)
agent_reply = tg.Data(
    "Model reply with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
queue_call = tg.Data("Queue tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
queue_result = tg.Data(
    "Open queue and order details", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data(
    "Machine slot booking", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
machine_job = tg.Data(
    "Sharpening job",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order number, slot, hollow radius and blade profile settings.",
)
machine_status = tg.Data("Job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
booking_result = tg.Data(
    "Booked slot and job status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
text_call = tg.Data("Ready text request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ready_text = tg.Data(
    "Skates ready text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player's mobile number and a short pickup message.",
)
queue_view = tg.Data("Queue view", kind="records", sensitivity=tg.Sensitivity.PII)
staff_edit = tg.Data("Queue edits by staff", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Players and parents using the rink app on their own phones.
    player = tm.add(tg.Actor("Player", role="rink customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the 'your skates are ready' texts to players' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Rink cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend the rink app talks to: takes new orders and shows queue position.
    order_api = tm.add(
        tg.Endpoint(
            "Order API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app account e-mail and password"),
                c.InputValidation(note="order form schema: sizes, hollow values, note length"),
            },
        )
    )
    # Holds every sharpening order and the machine queue.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The LLM agent that turns each order into a machine slot and a pickup text.
    agent = tm.add(
        tg.Agent(
            "Sharpening queue agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads new orders, books machine slots, texts players when jobs finish.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Lets the agent read the open queue and update order status.
    queue_tool = tm.add(tg.Tool("Order queue tool", capabilities={"read", "write"}))
    # Books and reorders slots on the sharpening machine's job list.
    machine_tool = tm.add(tg.Tool("Machine scheduling tool", capabilities={"read", "write"}))
    # Sends the pickup text through the SMS provider.
    sms_tool = tm.add(tg.Tool("Player text tool", capabilities={"send-messages"}))
    # Web console the pro shop uses to see the queue and fix orders by hand.
    console = tm.add(
        tg.Service(
            "Pro shop queue console",
            controls={
                c.Authentication(method="shared pro shop account password on the counter tablet")
            },
        )
    )

with tm.boundary("Pro shop", trust=tg.Trust.INTERNAL):
    # Staff who sharpen the skates and hand them back.
    technician = tm.add(tg.Actor("Pro shop technician", role="shop staff"))
    # Automatic skate sharpener with a networked job queue.
    machine = tm.add(
        tg.Device(
            "Skate sharpening machine",
            fleet=False,
            description="Automatic sharpener on the shop LAN; takes jobs and reports completion.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(player, order_api, order_request, protocol="https")
tm.flow(order_api, player, order_confirmation, protocol="https")
tm.flow(order_api, order_db, orders)
tm.flow(order_db, order_api, orders, label="queue position lookup")
tm.flow(order_api, agent, order_request, label="new order event")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

tm.flow(agent, queue_tool, queue_call)
tm.flow(queue_tool, agent, queue_result)
tm.flow(queue_tool, order_db, orders, label="status updates")
tm.flow(order_db, queue_tool, orders, label="open queue")

tm.flow(agent, machine_tool, booking_call)
tm.flow(machine_tool, agent, booking_result)
tm.flow(machine_tool, machine, machine_job, protocol="https", label="over the rink's internet line")
tm.flow(machine, machine_tool, machine_status, protocol="https")

tm.flow(agent, sms_tool, text_call)
tm.flow(sms_tool, sms_gateway, ready_text, protocol="https")
tm.flow(sms_gateway, player, ready_text, protocol="sms")

tm.flow(technician, console, staff_edit, protocol="https")
tm.flow(console, technician, queue_view, protocol="https")
tm.flow(console, order_db, staff_edit)
tm.flow(order_db, console, orders)
