"""Delivery slot agent for an online furniture retailer: the first design.

Customers who are signed in to their account on the retailer's website open a
chat and talk to an LLM agent about the delivery of their order. The agent looks
up the order, offers the free slots that the carrier's delivery platform returns
and books the one the customer picks. When the carrier reports a failed delivery
through a webhook, the agent texts the customer a link back to the chat to rebook.
Heavy items (wardrobes, sofas) need a two-person crew: the agent raises a crew
request, which a delivery planner confirms before it goes to the carrier.
The agent runs in the retailer's cloud account and calls a hosted LLM over HTTPS;
orders live in the order database in a restricted data tier. Controls in this
design: account sign-in and a per-customer rate limit on the chat API, a step
limit on the agent, a planner's approval of crew requests, the carrier API key in
the secrets manager and encryption at rest on the stores.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online furniture retailer delivery slot agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that offers and rebooks delivery slots and arranges two-person crews.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Customer chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, order details and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
order_lookup = tg.Data("Order lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
orders = tg.Data(
    "Order and delivery details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Items with weights and sizes, delivery address, phone number, booked slot.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
slot_call = tg.Data("Slot booking call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
slots = tg.Data("Available delivery slots", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
booking = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
crew_request = tg.Data("Two-person crew request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
crew_approval = tg.Data(
    "Crew request approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
failed_event = tg.Data(
    "Failed delivery event",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Order number, attempted address and the driver's reason code.",
)
notification = tg.Data("Rebooking text message", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person whose furniture is being delivered, in a browser or on a phone.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Carrier", trust=tg.Trust.PARTNER):
    # The logistics partner that plans routes and runs the vans and crews.
    carrier = tm.add(
        tg.ExternalService(
            "Carrier delivery platform",
            description="Holds route capacity, offers slots, books deliveries and crews.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the text messages that invite customers back to rebook.
    sms = tm.add(tg.ExternalService("SMS gateway", description="Bulk SMS provider."))

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # The chat backend the website's widget talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Receives the carrier's failed-delivery notifications.
    webhook = tm.add(
        tg.Endpoint(
            "Delivery events webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="static API key issued to the carrier")},
        )
    )
    # Plans the conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Delivery slot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books and rebooks slots on its own; crew requests wait for a planner.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the customer's orders so the agent knows what is being delivered.
    order_tool = tm.add(
        tg.Tool(
            "Order lookup tool",
            capabilities={"read"},
            description="Looks up orders by the customer id from the chat session.",
        )
    )
    # Fetches free slots from the carrier and books or moves a delivery.
    slot_tool = tm.add(
        tg.Tool(
            "Slot booking tool",
            capabilities={"read", "write", "network-egress"},
            description="Calls the carrier's booking API and writes the new slot to the order.",
            controls={c.SecretsManagement(note="carrier API key in the cloud secrets manager")},
        )
    )
    # Raises a two-person crew request for heavy or bulky items.
    crew_tool = tm.add(
        tg.Tool(
            "Crew request tool",
            capabilities={"write", "network-egress"},
            description="Queues a crew request; once a planner approves it, sends it to the carrier.",
            controls={c.HumanInTheLoop(approver="delivery planner")},
        )
    )
    # Texts customers after a failed delivery.
    notify_tool = tm.add(
        tg.Tool(
            "Customer notification tool",
            capabilities={"send-messages"},
            description="Sends a rebooking text with a link to the chat.",
        )
    )
    # Keeps conversations for complaint handling and tuning the prompts.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The retailer's orders, addresses and delivery bookings.
        order_db = tm.add(
            tg.DataStore(
                "Order database",
                stores={orders},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Confirms that a two-person crew is really needed and available.
    planner = tm.add(tg.Actor("Delivery planner", role="logistics staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, message, protocol="https")
tm.flow(chat_api, customer, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, order_tool, order_lookup)
tm.flow(order_db, order_tool, orders)
tm.flow(order_tool, agent, orders)

tm.flow(agent, slot_tool, slot_call)
tm.flow(slot_tool, carrier, slot_call, protocol="https")
tm.flow(carrier, slot_tool, slots, booking, protocol="https")
tm.flow(slot_tool, agent, slots, booking)
tm.flow(slot_tool, order_db, booking, label="new delivery slot")

tm.flow(agent, crew_tool, crew_request)
tm.flow(crew_tool, planner, crew_request, protocol="https", label="planner queue")
tm.flow(planner, crew_tool, crew_approval, protocol="https")
tm.flow(crew_tool, carrier, crew_request, protocol="https")

tm.flow(carrier, webhook, failed_event, protocol="https", label="failed delivery webhook")
tm.flow(webhook, agent, failed_event)
tm.flow(agent, notify_tool, notification)
tm.flow(notify_tool, sms, notification, protocol="https")
tm.flow(sms, customer, notification, protocol="sms")
