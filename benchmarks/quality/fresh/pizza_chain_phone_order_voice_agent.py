"""Pizza chain phone-order voice agent: the first design, before any security review.

A UK pizza chain answers its store phone lines with a voice agent. A cloud voice
platform takes the call, transcribes the caller and speaks the agent's replies.
The agent, driven by a hosted LLM, answers menu, price and allergen questions
from the head-office menu database, builds the order, reads back the total and
takes the caller's card number, which it passes to a payment tool that charges
the card through the payment provider. Paid orders go to the order service,
which stores them and pushes them to the kitchen screens of the chosen store.
Store staff handle complaints in a back-office portal, where they look up orders
and call transcripts and issue refunds. The menu team keeps the menu database.
Controls: a step limit and a tool-call log on the agent, a per-order cap and a
vaulted API key on the payment tool, role-based editing of the menu, encrypted
order storage and HTTPS or secure WebSockets between the cloud components.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pizza chain phone-order voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="A voice agent that takes phone orders and card payments for a pizza chain.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The caller's voice, including name, phone number and address.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card number, expiry and security code as the caller reads them out.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcript = tg.Data(
    "Caller transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the caller says, turn by turn: questions, order, delivery address.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply_audio = tg.Data("Synthesised reply audio", kind="media", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_output = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
menu_query = tg.Data("Menu query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
menu = tg.Data(
    "Menu, prices and allergens",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
order = tg.Data(
    "Customer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items, store, collection or delivery address, name and phone number.",
)
payment_request = tg.Data(
    "Payment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Amount, order number and the card details.",
)
payment_result = tg.Data(
    "Payment result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Authorised or declined, with the provider's payment reference.",
)
provider_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
kitchen_ticket = tg.Data(
    "Kitchen ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items and notes, with the customer's name and address for delivery.",
)
call_log = tg.Data(
    "Call transcripts and tool-call log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
)
refund = tg.Data("Refund request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
menu_update = tg.Data(
    "Menu and allergen updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Anyone who rings a store number reaches the agent.
    caller = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("Voice platform vendor", trust=tg.Trust.PARTNER):
    # Telephony, speech-to-text and text-to-speech as one hosted service.
    voice = tm.add(tg.ExternalService("Cloud voice platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that drives the conversation and picks tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Authorises card payments and refunds.
    psp = tm.add(tg.ExternalService("Payment provider API"))

with tm.boundary("Ordering platform", trust=tg.Trust.INTERNAL):
    # Runs the conversation: takes the order, answers questions, takes payment.
    agent = tm.add(
        tg.Agent(
            "Phone order agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Completes orders and payments on its own; no staff member approves them.",
            controls={
                c.CircuitBreaker(max_steps=40, note="per call"),
                c.AuditLogging(retention_days=90, note="transcripts and tool calls"),
            },
        )
    )
    # Looks up dishes, prices and allergen information.
    menu_tool = tm.add(tg.Tool("Menu lookup tool", capabilities={"read"}))
    # Head-office menu with allergen matrix for every dish.
    menu_db = tm.add(
        tg.DataStore(
            "Menu and allergen database",
            stores={menu},
            controls={c.RBAC(note="only the menu team edits")},
        )
    )
    # Charges the caller's card for the order total.
    pay_tool = tm.add(
        tg.Tool(
            "Card payment tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 150 per order"),
                c.SecretsManagement(note="provider API key in the cloud vault"),
            },
        )
    )
    # Submits the confirmed, paid order.
    order_tool = tm.add(tg.Tool("Order placement tool", capabilities={"write"}))
    # Stores orders and routes each one to its store's kitchen.
    order_service = tm.add(tg.Service("Order service"))
    # All orders, phone and web.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Call transcripts and the agent's tool-call log, for complaints.
    call_store = tm.add(tg.DataStore("Call log store", stores={call_log}))
    # Store staff look up orders and calls and refund customers here.
    portal = tm.add(
        tg.Service(
            "Store back-office portal",
            internet_facing=True,
            controls={c.Authentication(method="shared store account with password")},
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Screens above the make line that show incoming orders.
    kitchen = tm.add(tg.Device("Kitchen display screens", fleet=True))
    # Handle complaints, refunds and calls the agent could not finish.
    staff = tm.add(tg.Actor("Store staff", role="store staff"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Maintains recipes, prices and allergen information.
    menu_team = tm.add(tg.Actor("Menu team", role="menu manager", privileged=True))

# ---------------------------------------------------------------- flows
# The call
tm.flow(caller, voice, call_audio, card_details, label="phone call")
tm.flow(voice, caller, reply_audio, label="phone call")
tm.flow(voice, agent, transcript, card_details, protocol="wss")
tm.flow(agent, voice, agent_reply, protocol="wss")

# The agent's reasoning
tm.flow(agent, llm, llm_prompt, transcript, card_details, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

# Menu and allergen questions
tm.flow(agent, menu_tool, menu_query)
tm.flow(menu_tool, menu_db, menu_query)
tm.flow(menu_db, menu_tool, menu)
tm.flow(menu_tool, agent, menu)
tm.flow(menu_team, menu_db, menu_update, protocol="https")

# Payment
tm.flow(agent, pay_tool, payment_request)
tm.flow(pay_tool, psp, payment_request, provider_key, protocol="https")
tm.flow(psp, pay_tool, payment_result, protocol="https")
tm.flow(pay_tool, agent, payment_result)

# Order to the kitchen
tm.flow(agent, order_tool, order)
tm.flow(order_tool, order_service, order, payment_result, protocol="https")
tm.flow(order_service, order_tool, order, label="order number")
tm.flow(order_service, order_db, order)
tm.flow(order_service, kitchen, kitchen_ticket, protocol="https")
tm.flow(agent, call_store, call_log)

# Complaints
tm.flow(staff, portal, refund, protocol="https", label="look-ups and refunds")
tm.flow(portal, staff, order, call_log, protocol="https")
tm.flow(order_db, portal, order)
tm.flow(call_store, portal, call_log)
tm.flow(portal, psp, refund, provider_key, protocol="https")
tm.flow(psp, portal, payment_result, protocol="https")
