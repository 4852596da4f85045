"""Village bakery preorder agent on WhatsApp: the first design, before any security review.

A family bakery in a Dutch village takes preorders for bread, pastries and
celebration cakes on its WhatsApp Business number. Meta's Cloud API posts each
message to a small webhook app on a rented PaaS container, where an LLM agent
reads it with the customer's recent chat, looks up the catalogue and remaining
bake capacity, and places, changes or cancels pickup preorders. Cakes need a
deposit: a tool creates a Mollie payment link priced from the catalogue, and
Mollie reports payment by webhook. The owner sees the bake list and edits the
catalogue in a web dashboard on the shop tablet. Controls: Meta's webhook
signature is checked, Mollie payments are confirmed by fetching their status,
the preorder tool only touches the sender's own orders, agent runs are capped in
steps, the dashboard has a password login and the managed database encrypts at
rest. API keys sit in the container's environment variables.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village bakery WhatsApp preorder agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="WhatsApp agent that takes pickup preorders and cake deposits for a village bakery.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Customer WhatsApp message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the customer, with their WhatsApp number and profile name.",
)
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
history = tg.Data(
    "Chat history",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="The last 30 days of messages with each WhatsApp number.",
)
prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, chat history, the new message and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
catalogue_query = tg.Data("Catalogue query", kind="tool-call")
catalogue = tg.Data(
    "Catalogue, prices and bake capacity",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
order_call = tg.Data("Preorder tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
order_result = tg.Data("Preorder confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
preorders = tg.Data(
    "Preorders",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, WhatsApp number, items, pickup day and time, notes such as allergies.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
deposit_call = tg.Data("Deposit link request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
payment_request = tg.Data("Mollie payment request", sensitivity=tg.Sensitivity.PII, kind="records")
payment_link = tg.Data(
    "Deposit payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
card_payment = tg.Data(
    "Customer card or iDEAL payment", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
payment_id = tg.Data("Payment id", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
payment_status = tg.Data("Payment status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
bake_list = tg.Data("Bake list and order updates", sensitivity=tg.Sensitivity.PII, kind="records")
owner_login = tg.Data("Dashboard login", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Villagers and anyone else who has the bakery's number.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # Carries the chat and posts each inbound message to our webhook.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Cloud API",
            description="Meta's hosted API for the bakery's WhatsApp Business number.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the conversation and decides which tool to call next.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model with function calling, called over its public API.",
        )
    )

with tm.boundary("Mollie", trust=tg.Trust.PARTNER):
    # Hosts the deposit checkout page, so card data never reaches the bakery.
    mollie = tm.add(
        tg.ExternalService(
            "Mollie payments",
            description="Payment provider hosting the checkout page for cake deposits.",
        )
    )

with tm.boundary("Bakery app hosting", trust=tg.Trust.INTERNAL):
    # Public HTTPS endpoint that Meta and Mollie call.
    webhook = tm.add(
        tg.Endpoint(
            "Webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Receives WhatsApp message webhooks and Mollie payment webhooks.",
        )
    )
    # The LLM agent that holds the conversation and places preorders.
    agent = tm.add(
        tg.Agent(
            "Preorder agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=True,
            description="Answers customers and places, changes or cancels preorders without a person in between.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Recent messages per WhatsApp number, so the agent remembers "the usual".
    chat_log = tm.add(tg.DataStore("Chat history store", stores={history}))
    # Lets the agent see what is baked on which day and what is left.
    catalogue_tool = tm.add(
        tg.Tool(
            "Catalogue lookup tool",
            capabilities={"read"},
            description="Returns products, prices, allergens and remaining capacity per pickup day.",
        )
    )
    # The only way the agent writes orders.
    order_tool = tm.add(
        tg.Tool(
            "Preorder tool",
            capabilities={"read", "write"},
            description=(
                "Creates, changes and cancels preorders; it only touches orders placed from "
                "the WhatsApp number the current message came from."
            ),
        )
    )
    # Asks Mollie for a deposit link for celebration cakes.
    deposit_tool = tm.add(
        tg.Tool(
            "Cake deposit payment link tool",
            capabilities={"read", "network-egress"},
            description="Creates a Mollie payment link; the deposit amount is read from the catalogue price for the cake.",
        )
    )
    # Products, prices and daily bake capacity, edited by the owner.
    catalogue_db = tm.add(
        tg.DataStore(
            "Product catalogue and price list",
            stores={catalogue},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Every preorder, with customer name and number.
    order_db = tm.add(
        tg.DataStore(
            "Preorder database",
            stores={preorders},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # The owner's view of the day: bake list, pickups, catalogue edits.
    dashboard = tm.add(
        tg.Service(
            "Owner dashboard",
            internet_facing=True,
            description="Small web app for the bake list, marking pickups and editing the catalogue.",
            controls={c.Authentication(method="the owner's e-mail and password")},
        )
    )

with tm.boundary("Bakery shop", trust=tg.Trust.INTERNAL):
    # The baker who owns the shop; uses the tablet at the counter.
    owner = tm.add(tg.Actor("Bakery owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
# inbound message
tm.flow(customer, whatsapp, message, protocol="whatsapp")
tm.flow(
    whatsapp,
    webhook,
    message,
    protocol="https",
    label="message webhook",
    controls={c.MessageIntegrity(note="X-Hub-Signature-256 checked with the app secret")},
)
tm.flow(webhook, agent, message)

# agent loop
tm.flow(chat_log, agent, history, label="recent chat for this number")
tm.flow(agent, chat_log, history)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, catalogue_tool, catalogue_query)
tm.flow(catalogue_db, catalogue_tool, catalogue)
tm.flow(catalogue_tool, agent, catalogue)

tm.flow(agent, order_tool, order_call)
tm.flow(order_db, order_tool, preorders, label="sender's existing orders")
tm.flow(order_tool, order_db, preorders)
tm.flow(order_tool, agent, order_result)

tm.flow(agent, deposit_tool, deposit_call)
tm.flow(catalogue_db, deposit_tool, catalogue, label="cake price list")
tm.flow(deposit_tool, mollie, payment_request, protocol="https")
tm.flow(mollie, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, agent, payment_link)

# reply
tm.flow(agent, whatsapp, reply, protocol="https")
tm.flow(whatsapp, customer, reply, protocol="whatsapp")

# deposit payment
tm.flow(customer, mollie, card_payment, protocol="https", label="hosted checkout")
tm.flow(mollie, webhook, payment_id, protocol="https", label="payment webhook")
tm.flow(webhook, mollie, payment_id, protocol="https", label="status lookup")
tm.flow(mollie, webhook, payment_status, protocol="https", label="status answer")
tm.flow(webhook, order_db, payment_status, label="mark deposit paid")

# owner
tm.flow(owner, dashboard, owner_login, bake_list, catalogue, protocol="https")
tm.flow(dashboard, owner, bake_list, catalogue, protocol="https")
tm.flow(order_db, dashboard, preorders)
tm.flow(dashboard, order_db, bake_list, label="pickups and changes")
tm.flow(catalogue_db, dashboard, catalogue)
tm.flow(dashboard, catalogue_db, catalogue, label="catalogue edits")
