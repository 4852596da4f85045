"""Cobbler repair shop drop-off and pickup agent: the first design, before any security review.

A small chain of shoe and leather repair shops in Ireland lets customers arrange
repairs by WhatsApp or SMS. Messages arrive from the messaging provider's webhook
and go to an LLM agent (a hosted model) that books drop-off and pickup slots,
gives a rough estimate from the shop price list and photos of the shoes, tells
customers the status of their repair ticket and sends a card payment link for
the balance before pickup. Quotes are estimates only: the cobbler confirms the
price at the counter when the shoes are dropped off and updates the ticket on
the shop tablet. Everything runs in one small cloud account. Controls in this
design: the webhook signature is checked, the status tool only answers for the
phone number on the ticket, the agent stops after a fixed number of steps, the
payment provider key lives in a secrets manager, the LLM vendor was reviewed
under a data processing agreement, and the databases are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cobbler repair shop drop-off and pickup agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Messaging agent for booking shoe repairs, repair status and payment before pickup.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Customer message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Text from the customer's phone: name, number, what needs repairing.",
)
shoe_photos = tg.Data("Shoe photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool results and the new message.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or the tool calls to make.",
)
history = tg.Data(
    "Conversation history",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every message and reply, keyed by the customer's phone number.",
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
status_call = tg.Data("Status lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
status_result = tg.Data("Repair status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
quote_call = tg.Data("Estimate request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
quote_result = tg.Data("Repair estimate", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
price_list = tg.Data("Repair price list", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
pay_call = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Ticket number, amount and customer phone, as the agent fills them in.",
)
pay_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
repair_orders = tg.Data(
    "Repair tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Customer name and phone, items, repair notes, price, balance, slots and status.",
)
ticket_update = tg.Data("Ticket update", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can message the shop's number.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business and SMS gateway; posts inbound messages to our webhook.
    messaging = tm.add(
        tg.ExternalService(
            "WhatsApp and SMS gateway",
            provides=tg.ExternalCategory.GENERIC,
            description="Hosted messaging provider for the shops' shared number.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal chat model that drives the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with image input, called per turn.",
            controls={c.SupplierAssessment(note="vendor signed a DPA; no training on our data")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card payments through hosted payment links; we never see card numbers.
    payments = tm.add(
        tg.ExternalService("Card payment provider", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Receives inbound message webhooks and payment confirmations.
    webhook = tm.add(
        tg.Endpoint(
            "Webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            description="Serverless function: message webhooks go to the agent, payment events to the tickets.",
        )
    )
    # The LLM agent that talks to customers and calls the shop's tools.
    agent = tm.add(
        tg.Agent(
            "Drop-off and pickup agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books slots, gives estimates, reports status and sends payment links on its own.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # One conversation thread per phone number, so the agent remembers earlier messages.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Creates or moves drop-off and pickup slots on a repair ticket.
    booking_tool = tm.add(tg.Tool("Slot booking tool", capabilities={"read", "write"}))
    # Reads the status and ready date of a repair ticket.
    status_tool = tm.add(
        tg.Tool(
            "Repair status tool",
            capabilities={"read"},
            description="Returns the ticket whose number and phone number both match.",
            controls={
                c.Authentication(method="ticket number plus the sender phone number on the ticket")
            },
        )
    )
    # Looks up a rough price for a repair type from the price list.
    quote_tool = tm.add(tg.Tool("Estimate tool", capabilities={"read"}))
    # Creates a hosted payment link for the balance due on a ticket.
    pay_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "money-movement"},
            controls={
                c.SecretsManagement(note="payment provider API key in the cloud secrets manager")
            },
        )
    )
    # The shops' repair tickets: the system of record for every job.
    orders = tm.add(
        tg.DataStore(
            "Repair ticket database",
            stores={repair_orders},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Prices per repair type, kept by the owner.
    prices = tm.add(tg.DataStore("Price list", stores={price_list}))

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Takes in shoes, confirms the price, marks repairs ready.
    cobbler = tm.add(tg.Actor("Cobbler", role="shop staff"))
    # Shared tablet on each shop counter running the ticket web app.
    tablet = tm.add(
        tg.Device(
            "Counter tablet",
            fleet=True,
            controls={c.Authentication(method="shared staff PIN on the shop tablet")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, messaging, message, shoe_photos, protocol="https", label="WhatsApp or SMS")
tm.flow(
    messaging,
    webhook,
    message,
    shoe_photos,
    protocol="https",
    label="inbound message webhook",
    controls={c.MessageIntegrity(note="provider request signature checked")},
)
tm.flow(webhook, agent, message, shoe_photos)
tm.flow(conversations, agent, history)
tm.flow(agent, conversations, history)
tm.flow(agent, llm, llm_prompt, shoe_photos, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, orders, booking_call, label="write slot")
tm.flow(orders, booking_tool, repair_orders, label="free slots and ticket")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, status_tool, status_call)
tm.flow(orders, status_tool, repair_orders)
tm.flow(status_tool, agent, status_result)

tm.flow(agent, quote_tool, quote_call)
tm.flow(prices, quote_tool, price_list)
tm.flow(quote_tool, agent, quote_result)

tm.flow(agent, pay_tool, pay_call)
tm.flow(pay_tool, payments, pay_call, protocol="https")
tm.flow(payments, pay_tool, pay_link, protocol="https")
tm.flow(pay_tool, agent, pay_link)

tm.flow(agent, messaging, reply, protocol="https")
tm.flow(messaging, customer, reply, protocol="https")
tm.flow(customer, payments, card_details, protocol="https", label="pays through the link")
tm.flow(payments, webhook, payment_event, protocol="https", label="payment webhook")
tm.flow(webhook, orders, payment_event, label="mark balance paid")

tm.flow(cobbler, tablet, ticket_update, label="at the counter")
tm.flow(tablet, orders, ticket_update, protocol="https")
tm.flow(orders, tablet, repair_orders, protocol="https")
