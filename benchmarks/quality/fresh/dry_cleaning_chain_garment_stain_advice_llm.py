"""Garment stain advice: the first design, before any security review.

Counter staff in our dry-cleaning shops take in garments on a shop tablet.
They photograph each stain and the fabric care label; the photos go to the
counter API in our cloud account, which stores them with the order. A vision
model we host (open weights) names the stain type and reads the care label,
and an advice service asks a hosted LLM for a treatment and a price, giving it
only the stain, fabric and garment type plus our treatment guide and price list,
never the customer's details. Staff check and can change the suggestion before
confirming the order; a ticket is printed for the customer. When the central
cleaning plant marks a garment ready, the API has an SMS provider text the
customer. Staff sign in to the tablet app with a shop login and their PIN.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Dry-cleaning stain advice assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Counter assistant suggesting stain treatment and price from photos.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Stain and care label photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Close-ups of the stain and the garment's care label.",
)
contact = tg.Data(
    "Customer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name and mobile number.",
)
order = tg.Data(
    "Garment order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, garments, treatment, price, ticket number and status.",
)
assessment = tg.Data(
    "Stain and fabric assessment",
    kind="model-output",
    description="Stain type, fabric composition and care symbols read from the photos.",
)
advice_prompt = tg.Data("Treatment advice prompt", kind="prompt")
suggestion = tg.Data(
    "Suggested treatment and price", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
guide = tg.Data(
    "Treatment guide and price list",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ticket = tg.Data("Collection ticket", kind="records", sensitivity=tg.Sensitivity.PII)
ready_status = tg.Data("Garment ready status", kind="records")
ready_text = tg.Data("Ready text message", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brings garments in, gets a ticket and a text when they are ready.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Shop", trust=tg.Trust.INTERNAL):
    # Takes in garments, photographs stains, confirms treatment and price.
    staff = tm.add(tg.Actor("Counter staff", role="shop staff"))
    # The shop's tablet running our counter app; one per shop.
    tablet = tm.add(
        tg.Device(
            "Counter tablet",
            fleet=True,
            controls={c.Authentication(method="shop login and staff PIN")},
        )
    )
    # Prints the customer's collection ticket at the counter.
    printer = tm.add(tg.Device("Ticket printer", fleet=True))

with tm.boundary("Cleaning plant", trust=tg.Trust.INTERNAL):
    # Marks garments ready after cleaning and pressing.
    plant_staff = tm.add(tg.Actor("Plant staff", role="plant operator"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # What the tablets and the plant's screens call.
    api = tm.add(
        tg.Endpoint(
            "Counter API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API token")},
        )
    )
    # Builds the prompt from the assessment and the guide, and returns the suggestion.
    advice = tm.add(
        tg.Service(
            "Stain advice service",
            controls={
                c.DataMinimization(note="no customer details are sent to the LLM"),
                c.HumanInTheLoop(approver="counter staff confirm or change the suggestion"),
            },
        )
    )
    # Open-weights image model we run ourselves: stain type and care label reading.
    vision = tm.add(
        tg.Model(
            "Stain vision model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Orders, customers and ticket numbers.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, contact},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Bucket holding the intake photos next to each order.
    photo_store = tm.add(tg.DataStore("Photo bucket", stores={photos}))
    # Our house treatment guide and per-shop price list, edited by head office.
    catalogue = tm.add(tg.DataStore("Treatment catalogue", stores={guide}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the treatment suggestion.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the "ready for collection" text.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(customer, staff, contact, label="at the counter")
tm.flow(staff, tablet, photos, contact)
tm.flow(tablet, api, photos, contact, protocol="https")
tm.flow(api, photo_store, photos)
tm.flow(api, advice, photos)
tm.flow(advice, vision, photos)
tm.flow(vision, advice, assessment)
tm.flow(catalogue, advice, guide)
tm.flow(advice, llm, advice_prompt, protocol="https")
tm.flow(llm, advice, suggestion, protocol="https")
tm.flow(advice, api, suggestion)
tm.flow(api, tablet, suggestion, protocol="https")
tm.flow(tablet, staff, suggestion)
tm.flow(staff, tablet, order, label="confirms treatment and price")
tm.flow(tablet, api, order, protocol="https")
tm.flow(api, order_db, order, contact)
tm.flow(order_db, api, order, contact)
tm.flow(api, tablet, ticket, protocol="https")
tm.flow(tablet, printer, ticket, protocol="bluetooth")
tm.flow(printer, customer, ticket, label="paper ticket")

tm.flow(plant_staff, api, ready_status, protocol="https")
tm.flow(api, sms, ready_text, protocol="https")
tm.flow(sms, customer, ready_text, protocol="sms")
