"""Alpaca farm fleece grading and sales agent: the first design, before any security review.

A family alpaca farm in Ireland grades each season's fleeces and sells them online to
hand spinners and small mills across the EU. At shearing, staff photograph each fleece
on a shed tablet; a small in-house vision model grades it (fineness class, colour, vegetable
matter) from the photos and the micron results the fibre testing lab posts on its portal.
The farm manager signs off the grades, which go into the fleece inventory.
Buyers chat with a sales agent on the farm's website: an LLM agent, on a hosted model,
that looks up lots and prices and, once a buyer agrees, creates an order and a card
payment link through the payment provider (hosted checkout, so no card data reaches us).
Everything except the tablet runs in one small cloud tenancy. Controls in this design:
TLS on external calls, a per-device key on the tablet, password-and-TOTP sign-in for the
farm manager, rate limiting on the chat, the manager's approval of wholesale orders, and
encryption at rest on the order database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Alpaca farm fleece grading and sales agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision grading of alpaca fleeces and an LLM sales agent that takes orders.",
)

# ---------------------------------------------------------------- data assets
fleece_photos = tg.Data("Fleece photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
micron_results = tg.Data(
    "Fibre micron test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Mean fibre diameter, deviation and comfort factor per fleece sample.",
)
grading_features = tg.Data(
    "Fleece grading inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
fleece_grade = tg.Data(
    "Fleece grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
grade_signoff = tg.Data("Grade sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fleece_lots = tg.Data(
    "Fleece lot inventory",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prices = tg.Data("Per-kilo fleece prices", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
enquiry = tg.Data("Buyer enquiry", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Sales agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with conversation",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the chat so far and the tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lot_query = tg.Data("Lot search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lot_result = tg.Data(
    "Matching lots and prices", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
order_call = tg.Data(
    "Create order call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Lot ids, weights, buyer name, e-mail and shipping address.",
)
order = tg.Data(
    "Buyer orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
payment_status = tg.Data("Payment status event", kind="records", sensitivity=tg.Sensitivity.PII)
wholesale_approval = tg.Data(
    "Wholesale order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat: spinners, mills, and people who are neither.
    buyer = tm.add(tg.Actor("Fleece buyer", role="customer"))

with tm.boundary("Farm premises", trust=tg.Trust.INTERNAL):
    # Shared tablet the shearing crew uses to photograph each fleece on the skirting table.
    tablet = tm.add(
        tg.Device(
            "Shed grading tablet",
            fleet=False,
            description="Android tablet with the farm's grading app; staff share it.",
        )
    )
    # Owner and manager: signs off grades, sets prices, approves wholesale orders, ships.
    manager = tm.add(tg.Actor("Farm manager", role="owner", privileged=True))

with tm.boundary("Fibre testing lab", trust=tg.Trust.PARTNER):
    # The lab we post fleece samples to; results appear on its customer portal.
    lab = tm.add(
        tg.DataSource(
            "Fibre lab results portal",
            origin=tg.Origin.PARTNER,
            provides={micron_results},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model behind the sales agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: takes the card details, tells us when an order is paid.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout pages and a webhook for payment events.",
        )
    )

with tm.boundary("Farm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Back office web app: receives photos, pulls lab results, runs grading, shows sign-off.
    grading = tm.add(
        tg.Service(
            "Grading service",
            controls={
                c.Authentication(
                    method="password and TOTP for the manager; per-device API key for the tablet"
                )
            },
        )
    )
    # Small image classifier fine-tuned on the farm's own graded fleeces.
    grader = tm.add(
        tg.Model(
            "Fleece grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Predicts fineness class, colour and vegetable-matter level.",
        )
    )
    # Every bale lot with its grade, weight and status (available, reserved, sold).
    inventory = tm.add(tg.DataStore("Fleece inventory", stores={fleece_lots}))
    # Prices per kilo by grade and colour, set by the farm manager.
    price_list = tm.add(tg.DataStore("Fleece price list", stores={prices}))
    # Public chat API the website widget calls.
    chat = tm.add(
        tg.Endpoint(
            "Shop chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The sales agent: answers questions about fleeces, finds lots, creates orders.
    agent = tm.add(
        tg.Agent(
            "Fleece sales agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM agent with a system prompt describing grades and shipping.",
        )
    )
    # Read-only search over lots and prices.
    lot_tool = tm.add(tg.Tool("Lot search tool", capabilities={"read"}))
    # Reserves lots, records the order and asks the payment provider for a payment link.
    order_tool = tm.add(
        tg.Tool(
            "Order and payment link tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="farm manager", above="EUR 600 per order"),
            },
            description="Prices the order from the price list and reserves the lots.",
        )
    )
    # Orders with buyer names, e-mail and shipping addresses.
    orders_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# grading
tm.flow(tablet, grading, fleece_photos, protocol="https", controls={tls})
tm.flow(lab, grading, micron_results, protocol="https", controls={tls}, label="results download")
tm.flow(grading, grader, grading_features)
tm.flow(grader, grading, fleece_grade)
tm.flow(grading, tablet, fleece_grade, protocol="https", controls={tls})
tm.flow(
    grading, manager, fleece_grade, protocol="https", controls={tls}, label="grades to sign off"
)
tm.flow(manager, grading, grade_signoff, protocol="https", controls={tls})
tm.flow(grading, inventory, fleece_lots, label="signed-off lots")
tm.flow(manager, price_list, prices, protocol="https", controls={tls}, label="sets prices")

# sales chat
tm.flow(buyer, chat, enquiry, protocol="https", controls={tls})
tm.flow(chat, agent, enquiry)
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, lot_tool, lot_query)
tm.flow(inventory, lot_tool, fleece_lots)
tm.flow(price_list, lot_tool, prices)
tm.flow(lot_tool, agent, lot_result)
tm.flow(agent, chat, reply)
tm.flow(chat, buyer, reply, protocol="https", controls={tls})

# ordering and payment
tm.flow(agent, order_tool, order_call)
tm.flow(price_list, order_tool, prices)
tm.flow(order_tool, inventory, fleece_lots, label="reserve lots")
tm.flow(order_tool, orders_db, order)
tm.flow(manager, order_tool, wholesale_approval, protocol="https", controls={tls})
tm.flow(order_tool, payments, checkout_request, protocol="https", controls={tls})
tm.flow(payments, order_tool, payment_link, protocol="https", controls={tls})
tm.flow(order_tool, agent, payment_link)
tm.flow(
    payments, order_tool, payment_status, protocol="https", controls={tls}, label="payment webhook"
)
tm.flow(orders_db, manager, order, protocol="https", controls={tls}, label="orders to ship")
