"""Soap-making supplies shop: lye calculator and order chatbot, first design.

A small online shop selling oils, fragrances, moulds and sodium hydroxide to hobby
and small-batch soapmakers in the UK and EU. A chat widget on the shop lets
customers paste a recipe (oils and weights, superfat, lye concentration); an LLM
agent calls a deterministic lye calculator that works from a saponification value
table and explains the lye and water quantities. The same agent answers product
questions from the catalogue, builds a basket, places the order in the shop
backend and sends a hosted checkout link from the payment provider. Sodium
hydroxide is sold to adults only: before adding it, the agent calls an age check
tool that starts a session with an age verification provider, and the result is
kept on the customer's account. The shop runs on one cloud account; the LLM is a
vendor API. Controls in this design: TLS everywhere, shop account sign-in before
ordering, per-visitor rate limits on the chat, a step limit on the agent, signed
payment webhooks and encrypted order storage.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Soap-making supplies shop chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chatbot that calculates lye and water for customers' soap recipes and takes "
        "orders, including age-restricted sodium hydroxide."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Recipes, product questions, and name and delivery address when ordering.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
recipe = tg.Data(
    "Recipe for calculation",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Oils and weights, superfat percentage and lye concentration.",
)
lye_result = tg.Data(
    "Lye and water quantities",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sap_values = tg.Data(
    "Saponification values",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue = tg.Data(
    "Product catalogue and stock", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
order_call = tg.Data(
    "Order request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Basket lines, quantities, customer account and delivery address.",
)
order_confirmation = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
orders = tg.Data(
    "Customer orders and accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
age_request = tg.Data("Age check request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
id_evidence = tg.Data(
    "Identity document and selfie",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Captured by the provider's web flow; never stored by the shop.",
)
age_result = tg.Data(
    "Age verification result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkout_request = tg.Data(
    "Checkout session request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
checkout_link = tg.Data(
    "Hosted checkout link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
pick_list = tg.Data("Paid orders for dispatch", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hobby soapmakers browsing the shop; anyone can open the chat widget.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Age verification provider", trust=tg.Trust.PARTNER):
    # Third-party age assurance service (document plus selfie, or database check).
    age_provider = tm.add(
        tg.ExternalService("Age verification service", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card data go straight to the provider, never to the shop.
    payments = tm.add(tg.ExternalService("Payment provider", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with tool calling, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Receives chat messages from the widget and streams replies back.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=20, note="per visitor session"),
                tg.controls.Authentication(
                    method="shop account e-mail and password, required before ordering"
                ),
            },
        )
    )
    # The LLM agent: explains recipes, calls the calculator, builds and places orders.
    agent = tm.add(
        tg.Agent(
            "Shop chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="System prompt says: run the age check before adding sodium hydroxide.",
            controls={tg.controls.CircuitBreaker(max_steps=12)},
        )
    )
    # Deterministic lye maths, so quantities do not come from the model's own arithmetic.
    lye_tool = tm.add(
        tg.Tool(
            "Lye calculator tool",
            capabilities={"read"},
            controls={tg.controls.InputValidation(note="oil names and weights, ranges checked")},
        )
    )
    # Reference table of NaOH and KOH saponification values per oil, kept by the shop.
    sap_table = tm.add(tg.DataStore("Saponification value table", stores={sap_values}))
    # Creates orders in the shop backend for the signed-in customer.
    order_tool = tm.add(tg.Tool("Order placement tool", capabilities={"write"}))
    # Starts an age verification session and reads the outcome.
    age_tool = tm.add(tg.Tool("Age check tool", capabilities={"read", "write", "network-egress"}))
    # Creates a hosted checkout session for a placed order.
    checkout_tool = tm.add(tg.Tool("Checkout link tool", capabilities={"write", "network-egress"}))
    # The e-commerce backend: catalogue, stock, orders, customer accounts.
    backend = tm.add(tg.Service("Shop backend"))
    catalogue_db = tm.add(tg.DataStore("Product catalogue", stores={catalogue}))
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders, age_result},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Kept for customer service follow-up and to improve the prompt.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Shop office", trust=tg.Trust.INTERNAL):
    # Packs and ships paid orders from the backend's admin pages.
    staff = tm.add(tg.Actor("Fulfilment staff", role="warehouse staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, customer, chat_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, lye_tool, recipe)
tm.flow(sap_table, lye_tool, sap_values)
tm.flow(lye_tool, agent, lye_result)

tm.flow(catalogue_db, agent, catalogue, label="product lookup")

tm.flow(agent, age_tool, age_request)
tm.flow(age_tool, age_provider, age_request, protocol="https")
tm.flow(customer, age_provider, id_evidence, protocol="https")
tm.flow(age_provider, age_tool, age_result, protocol="https")
tm.flow(age_tool, order_db, age_result, label="age-verified flag on the account")
tm.flow(age_tool, agent, age_result)

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, backend, order_call, protocol="https")
tm.flow(backend, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, order_confirmation)
tm.flow(backend, order_db, orders)
tm.flow(order_db, backend, orders)
tm.flow(catalogue_db, backend, catalogue)

tm.flow(agent, checkout_tool, checkout_request)
tm.flow(checkout_tool, payments, checkout_request, protocol="https")
tm.flow(payments, checkout_tool, checkout_link, protocol="https")
tm.flow(checkout_tool, agent, checkout_link)
tm.flow(customer, payments, card_details, protocol="https")
tm.flow(
    payments,
    backend,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider signature checked")},
)

tm.flow(backend, staff, pick_list, protocol="https")
