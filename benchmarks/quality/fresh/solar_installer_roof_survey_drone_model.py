"""Drone roof survey and solar quote: the first design, before any security review.

A residential solar installer in the UK and Ireland quotes from a drone survey
instead of a ladder visit. Homeowners request a quote on the website with their
address, contact details and annual electricity use. The CRM sends a survey job to
a contracted drone pilot, whose ground-station tablet flies a planned grid over the
roof and uploads the photos to our cloud. An in-house roof mapping model finds roof
planes, pitch, obstructions and shading from the photos; the layout and quote
service sizes a panel layout from them, irradiance data from a weather provider and
our panel price list. A solar designer checks every quote before the homeowner sees
it on a private quote page. Designer corrections become labels for retraining.
Controls in this design: TLS on external links, pilot and staff sign-in, an e-mailed
link for the quote page, an encrypted image bucket, roles in the CRM and versioned
model releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Drone roof survey and solar quote",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Maps roofs from drone photos, sizes a panel layout and quotes homeowners.",
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, phone and annual electricity use.",
)
customer_record = tg.Data("Customer record", kind="records", sensitivity=tg.Sensitivity.PII)
survey_job = tg.Data(
    "Survey job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, access notes and the homeowner's phone number for the pilot.",
)
flight_plan = tg.Data("Flight plan", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
roof_photos = tg.Data(
    "Roof survey photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Geotagged aerial photos of the house, garden and neighbouring plots.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
roof_geometry = tg.Data(
    "Roof geometry",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Roof planes, pitch, azimuth, obstructions and shading mask.",
)
site_location = tg.Data("Site coordinates", kind="records", sensitivity=tg.Sensitivity.PII)
irradiance = tg.Data("Irradiance data", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
price_list = tg.Data(
    "Panel and price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_quote = tg.Data(
    "Draft layout and quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
quote = tg.Data("Approved quote", kind="records", sensitivity=tg.Sensitivity.PII)
roof_labels = tg.Data(
    "Roof outline labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Roof plane outlines corrected by designers.",
)
weights = tg.Data("Roof model weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Asks for a quote and reads it on the quote page.
    homeowner = tm.add(tg.Actor("Homeowner", role="customer"))

with tm.boundary("Drone pilot contractor", trust=tg.Trust.PARTNER):
    # Licensed drone pilots on contract; they own the drones and tablets.
    pilot = tm.add(tg.Actor("Drone pilot", role="contract pilot"))
    # Flies the planned grid and streams photos to the tablet.
    drone = tm.add(tg.Device("Survey drone", description="Off-the-shelf camera drone."))
    # Runs our survey app: receives jobs, plans the flight, uploads the photos.
    tablet = tm.add(
        tg.Device(
            "Pilot ground-station tablet",
            controls={c.Authentication(method="pilot e-mail and password")},
        )
    )

with tm.boundary("Irradiance provider", trust=tg.Trust.PARTNER):
    # Commercial solar irradiance and weather history by location.
    irradiance_api = tm.add(
        tg.ExternalService("Irradiance data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Installer cloud", trust=tg.Trust.INTERNAL):
    # Public website: quote form and the private quote page.
    website = tm.add(
        tg.Endpoint(
            "Quote website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="one-time quote link e-mailed to the homeowner"),
            },
        )
    )
    # Customers, survey jobs and quotes.
    crm = tm.add(tg.DataStore("Customer CRM", stores={customer_record, quote}, controls={c.RBAC()}))
    # Receives photo uploads from pilots' tablets.
    upload = tm.add(tg.Pipeline("Survey upload pipeline", stage=tg.Stage.INGESTION))
    # Cloud bucket of survey photos, kept per job.
    photo_store = tm.add(
        tg.DataStore(
            "Survey photo bucket",
            stores={roof_photos},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Segments roof planes and obstructions from the photos.
    roof_model = tm.add(
        tg.Model(
            "Roof mapping model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Segmentation network fine-tuned on our labelled roof photos.",
        )
    )
    # Sizes the panel layout and prices it.
    quoting = tm.add(
        tg.Service(
            "Layout and quote service",
            description="Places panels on usable roof planes, estimates yield, prices it.",
            controls={c.HumanInTheLoop(approver="solar designer", note="every quote")},
        )
    )
    # Panel models, inverter options and installation prices.
    prices = tm.add(tg.DataStore("Panel price list", stores={price_list}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos with designer-corrected roof outlines.
        label_set = tm.add(tg.Dataset("Labelled roof photo set", stores={roof_photos, roof_labels}))
        # Monthly retraining of the roof model.
        training = tm.add(tg.Pipeline("Roof model training", stage=tg.Stage.TRAINING))
        # Model versions; the serving model is pinned to one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Checks and adjusts each layout before it is sent.
    designer = tm.add(tg.Actor("Solar designer", role="designer"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(homeowner, website, quote_request, protocol="https", controls={tls})
tm.flow(website, homeowner, quote, protocol="https", controls={tls})
tm.flow(website, crm, customer_record)
tm.flow(crm, website, quote)

tm.flow(crm, tablet, survey_job, protocol="https", controls={tls})
tm.flow(tablet, pilot, survey_job)
tm.flow(pilot, tablet, flight_plan, label="confirms flight")
tm.flow(tablet, drone, flight_plan, protocol="drone radio link")
tm.flow(drone, tablet, roof_photos, protocol="drone radio link")
tm.flow(tablet, upload, roof_photos, protocol="https", controls={tls})
tm.flow(upload, photo_store, roof_photos)

tm.flow(photo_store, roof_model, roof_photos)
tm.flow(roof_model, quoting, roof_geometry)
tm.flow(crm, quoting, customer_record)
tm.flow(quoting, irradiance_api, site_location, protocol="https", controls={tls})
tm.flow(irradiance_api, quoting, irradiance, protocol="https", controls={tls})
tm.flow(prices, quoting, price_list)
tm.flow(quoting, designer, draft_quote, roof_photos, protocol="https")
tm.flow(designer, quoting, quote, roof_labels, protocol="https", label="approves or edits")
tm.flow(quoting, crm, quote)

tm.flow(photo_store, label_set, roof_photos)
tm.flow(quoting, label_set, roof_labels)
tm.flow(label_set, training, roof_photos, roof_labels)
tm.flow(training, registry, weights)
tm.flow(registry, roof_model, weights, label="deploy pinned version")
