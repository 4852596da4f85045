"""Garden planting-plan service: the first design, before any security review.

Customers of the garden centre chain sign in to the web shop and ask for a
planting plan: they upload photos of their garden, give its measurements and
answer a short questionnaire about soil, sun, style and budget. A plan service
in our cloud account pulls the matching part of the plant catalogue with current
stock, and sends the photos, answers and catalogue extract to a hosted
multimodal LLM, which drafts a plan. Every draft waits in a review queue until a
horticulturist from the garden centre checks and edits it; only approved plans
are shown to the customer. The customer can put the listed plants in a basket
and buy them online; card details go straight to the payment provider's hosted
page, and paid orders go to a courier for delivery. Controls in this design:
customer and staff sign-in, TLS on the public and vendor links, upload type and
size checks, the horticulturist's approval, and encrypted order storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Garden planting-plan service",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted, horticulturist-checked planting plans with online plant ordering.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Garden photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the customer's garden; may show the house, neighbours or people.",
)
brief = tg.Data(
    "Garden brief",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Measurements, soil, sun and style answers, budget and postcode.",
)
catalogue = tg.Data(
    "Plant catalogue and stock",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stock_levels = tg.Data("Branch stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Plan prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the brief, the photos and the catalogue extract.",
)
draft = tg.Data("Draft planting plan", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved = tg.Data("Approved planting plan", kind="documents", sensitivity=tg.Sensitivity.PII)
order = tg.Data(
    "Plant order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Basket, name, delivery address, phone and e-mail.",
)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
delivery = tg.Data("Delivery booking", kind="records", sensitivity=tg.Sensitivity.PII)
delivery_status = tg.Data("Delivery status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The garden owner asking for a plan and buying the plants.
    customer = tm.add(tg.Actor("Customer", role="shop customer"))

with tm.boundary("Garden centre cloud", trust=tg.Trust.INTERNAL):
    # Public web shop and plan pages; the only way in for customers.
    portal = tm.add(
        tg.Endpoint(
            "Customer web portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="uploads limited to JPEG/PNG under 15 MB"),
            },
        )
    )
    # Keeps the uploaded photos and the brief for the plan request.
    uploads = tm.add(
        tg.DataStore(
            "Garden upload store",
            stores={photos, brief},
            description="Object storage bucket plus request table.",
        )
    )
    # Builds the prompt, calls the LLM and files the draft for review.
    planner = tm.add(
        tg.Service(
            "Plan service",
            description="Selects catalogue lines for the region and budget, prompts the LLM.",
        )
    )
    # What plants we sell, their growing needs, prices and what is in stock.
    cat_db = tm.add(tg.DataStore("Plant catalogue", stores={catalogue}))
    # Drafts awaiting review and the approved plans customers see.
    plans = tm.add(tg.DataStore("Plan store", stores={draft, approved}))
    # Basket, checkout and order handling for the plants a plan lists.
    shop = tm.add(tg.Service("Order service"))
    # Paid orders with delivery details.
    orders = tm.add(
        tg.DataStore(
            "Order database",
            stores={order},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Branch till and stock system; exports stock levels every night.
    inventory = tm.add(
        tg.DataSource("Branch inventory system", origin=tg.Origin.INTERNAL, provides={stock_levels})
    )
    # Staff screen where drafts are checked, edited and approved.
    workbench = tm.add(
        tg.Service(
            "Plan review workbench",
            controls={
                c.Authentication(method="staff SSO"),
                c.HumanInTheLoop(approver="a qualified horticulturist"),
            },
        )
    )
    # Garden centre expert who checks each plan before release.
    horticulturist = tm.add(tg.Actor("Horticulturist", role="plan reviewer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and drafts the plan.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page; card data never touch our systems.
    psp = tm.add(tg.ExternalService("Payment gateway"))

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # Delivers the plants from the nearest branch.
    courier = tm.add(tg.ExternalService("Delivery courier API"))

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, photos, brief, protocol="https", controls={tls}, label="plan request")
tm.flow(portal, uploads, photos, brief)
tm.flow(portal, planner, brief, label="start plan")
tm.flow(uploads, planner, photos, brief)
tm.flow(inventory, cat_db, stock_levels, protocol="sftp", label="nightly stock export")
tm.flow(cat_db, planner, catalogue, label="catalogue extract")
tm.flow(planner, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, planner, draft, protocol="https", controls={tls})
tm.flow(planner, plans, draft)

tm.flow(plans, workbench, draft, photos, label="review queue")
tm.flow(uploads, workbench, photos, brief, label="customer's photos and brief")
tm.flow(workbench, horticulturist, draft, photos, brief)
tm.flow(horticulturist, workbench, approved, label="edits and approves")
tm.flow(workbench, plans, approved)
tm.flow(plans, portal, approved)
tm.flow(portal, customer, approved, protocol="https", controls={tls})

tm.flow(customer, portal, order, protocol="https", controls={tls}, label="basket and checkout")
tm.flow(portal, shop, order)
tm.flow(cat_db, shop, catalogue, label="prices and stock check")
tm.flow(customer, psp, card, protocol="https", label="hosted payment page")
tm.flow(psp, shop, payment_result, protocol="https", label="payment webhook")
tm.flow(shop, orders, order)
tm.flow(shop, courier, delivery, protocol="https")
tm.flow(courier, shop, delivery_status, protocol="https")
tm.flow(shop, portal, delivery_status, label="order tracking")
