"""Zero-waste refill shop stock and loyalty chatbot: the first design, before any security review.

A zero-waste refill shop (one store in Ghent, plus a website) adds a chatbot to its
website. Customers ask it about products, prices, origins and allergens, and can
check their loyalty points by giving their loyalty card number and e-mail address.
The chatbot is an LLM agent on a vendor-hosted model with two read-only tools: one
looks products and allergen notes up in the product catalogue, the other reads the
loyalty database. Behind the counter, the shop's weighing scales upload every sale
by weight to a sales store; a demand forecasting model, retrained weekly on those
sales, feeds a reorder service that sends bulk orders to suppliers' ordering APIs.
The owner maintains the catalogue and approves reorders above EUR 300. Everything
but the scales runs on one small cloud tenancy. Controls in this design: HTTPS,
rate limiting on the chat API, the vendor's guardrails on the model, the owner's
approval of large orders and encryption at rest on the loyalty database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zero-waste refill shop stock and loyalty chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Customer chatbot for products, allergens and loyalty points, and automatic "
        "reordering of bulk goods from a forecast over the scales' sales records."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Customer question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; for loyalty questions it includes card number and e-mail.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("Chatbot prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
product_lookup = tg.Data("Product lookup", kind="tool-call")
product_info = tg.Data(
    "Product and allergen information",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Product names, prices, origin, ingredients, allergens, may-contain notes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
loyalty_lookup = tg.Data("Loyalty lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
loyalty_accounts = tg.Data(
    "Loyalty accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card number, name, e-mail, points balance and purchase history.",
)
loyalty_balance = tg.Data(
    "Loyalty points balance", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
sales = tg.Data(
    "Scale sales records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Product, weight, price and time of each sale weighed at the scales.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_set = tg.Data("Weekly sales history", kind="training-data")
forecast_model_file = tg.Data(
    "Forecast model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
forecast = tg.Data("Demand forecast", kind="model-output")
proposed_order = tg.Data("Proposed supplier order", kind="records")
order_approval = tg.Data("Order approval", kind="records")
supplier_order = tg.Data(
    "Supplier purchase order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_confirmation = tg.Data("Supplier order confirmation", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers and loyalty members using the website chat.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The chat model, with the vendor's content filter switched on.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="vendor's content safety filter")},
        )
    )

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Wholesalers of dried goods, oils and cleaning liquids, ordered from by API.
    supplier_api = tm.add(
        tg.ExternalService(
            "Supplier ordering API",
            description="Each wholesaler's B2B ordering API, called with our account key.",
        )
    )

with tm.boundary("Shop floor", trust=tg.Trust.INTERNAL):
    # Label-printing scales at the refill stations; they record each sale by weight.
    scales = tm.add(tg.Device("Weighing scales", fleet=True))
    # Runs the shop: edits the catalogue, approves large orders.
    owner = tm.add(tg.Actor("Shop owner", role="owner", privileged=True))

with tm.boundary("Shop cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend of the chat widget on the shop website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Answers customers, calling the lookup tools as it sees fit.
    chatbot = tm.add(tg.Agent("Shop chatbot", autonomy=tg.Autonomy.ASSISTIVE))
    # Looks up products, prices and allergens.
    product_tool = tm.add(tg.Tool("Product lookup tool", capabilities={"read"}))
    # Reads a member's points balance.
    loyalty_tool = tm.add(
        tg.Tool(
            "Loyalty points tool",
            capabilities={"read"},
            controls={c.Authentication(method="loyalty card number and e-mail address")},
        )
    )
    # Products, prices and allergen notes, kept by the owner.
    catalogue = tm.add(tg.DataStore("Product catalogue", stores={product_info}))
    # Loyalty members and their points.
    loyalty_db = tm.add(
        tg.DataStore(
            "Loyalty database",
            stores={loyalty_accounts},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Every sale uploaded by the scales.
    sales_store = tm.add(tg.DataStore("Sales records store", stores={sales}))
    # Weekly job that refits the forecaster on the sales history.
    retraining = tm.add(
        tg.Pipeline(
            "Weekly forecast retraining", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Predicts next week's demand per bulk product.
    forecaster = tm.add(
        tg.Model("Demand forecasting model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Turns the forecast and stock on hand into supplier orders.
    reorder = tm.add(
        tg.Service(
            "Reorder service",
            controls={
                c.HumanInTheLoop(approver="shop owner", above="EUR 300 per order"),
            },
            description="Orders under EUR 300 are sent to the supplier automatically.",
        )
    )

# ---------------------------------------------------------------- flows
# Chat
tm.flow(customer, chat_api, question, protocol="https")
tm.flow(chat_api, chatbot, question)
tm.flow(chatbot, llm, llm_prompt, protocol="https")
tm.flow(llm, chatbot, llm_completion, protocol="https")
tm.flow(chatbot, product_tool, product_lookup)
tm.flow(catalogue, product_tool, product_info)
tm.flow(product_tool, chatbot, product_info)
tm.flow(chatbot, loyalty_tool, loyalty_lookup)
tm.flow(loyalty_db, loyalty_tool, loyalty_accounts)
tm.flow(loyalty_tool, chatbot, loyalty_balance)
tm.flow(chatbot, chat_api, answer)
tm.flow(chat_api, customer, answer, protocol="https")

# Sales and stock
tm.flow(scales, sales_store, sales, protocol="https", label="uploads each sale")
tm.flow(sales_store, loyalty_db, sales, label="points for member sales")
tm.flow(sales_store, retraining, training_set, label="weekly export")
tm.flow(retraining, forecaster, forecast_model_file, label="deploy")
tm.flow(sales_store, forecaster, sales)
tm.flow(forecaster, reorder, forecast)
tm.flow(sales_store, reorder, sales, label="stock on hand")
tm.flow(reorder, owner, proposed_order, protocol="https", label="e-mail for approval")
tm.flow(owner, reorder, order_approval, protocol="https")
tm.flow(reorder, supplier_api, supplier_order, protocol="https")
tm.flow(supplier_api, reorder, order_confirmation, protocol="https")

# Catalogue upkeep
tm.flow(owner, catalogue, product_info, protocol="https", label="edits products and allergens")
