"""Instant online property valuation for an estate agency: the first design.

Homeowners enter their address, floor area and details on the agency's website,
may upload photos, and get an instant price range. A valuation service pulls
comparable sales, scores the photos with a condition model and asks a price model
(gradient-boosted trees) for the estimate. To book a formal valuation they pick a
slot; the lead and booking go to the agency's property CRM (a vendor's SaaS) that
branch valuers use, and an e-mail provider sends the confirmation. Sale records
come from HM Land Registry's monthly price-paid file and the agency's own sales,
exported nightly from the CRM; a monthly job retrains both models in the agency's
cloud account. Controls: CDN per-IP rate limits and input checks on the website,
SSO with MFA and branch roles in the CRM, default cloud encryption at rest, a
versioned model registry, and a backtest before the price model is promoted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Estate agent property valuation",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Instant online valuations from sale records, photos and floor area, "
    "with booking of a valuer visit.",
)

# ---------------------------------------------------------------- data assets
property_details = tg.Data(
    "Property details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, floor area, bedrooms, property type as the homeowner enters them.",
)
contact = tg.Data(
    "Homeowner contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address and phone number.",
)
uploaded_photos = tg.Data(
    "Homeowner property photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Interior and exterior photos of the homeowner's home.",
)
estimate = tg.Data(
    "Valuation estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Price range for the address, with the comparables used.",
)
condition = tg.Data("Condition score", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
valuation_features = tg.Data(
    "Valuation features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
price_paid = tg.Data(
    "Land Registry price-paid records", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
agency_sales = tg.Data(
    "Agency completed sales",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Agreed prices, addresses and seller names of the agency's own sales.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
comparables = tg.Data("Comparable sales", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
listing_photos = tg.Data("Listing photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data(
    "Valuer visit booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The chosen slot, the address and the homeowner's contact details.",
)
slots = tg.Data("Valuer availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lead = tg.Data("Valuation lead", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)
backbone = tg.Data(
    "Pretrained image backbone", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
price_weights = tg.Data(
    "Price model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
photo_weights = tg.Data(
    "Condition model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can ask for a valuation, of any address.
    homeowner = tm.add(tg.Actor("Homeowner", role="prospective seller"))
    # Public monthly file of every registered sale in England and Wales.
    land_registry = tm.add(
        tg.DataSource(
            "HM Land Registry price-paid data",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={price_paid},
        )
    )
    # Where the condition model's pretrained image backbone is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The agency's system of record for leads, valuer diaries and sales (SaaS).
    crm = tm.add(
        tg.DataStore(
            "Property CRM",
            stores={lead, booking_request, agency_sales, slots},
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="branch roles: valuers see their branch's diary and leads"),
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the booking confirmation to the homeowner.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # The public valuation form and results page, behind the CDN.
    web = tm.add(
        tg.Endpoint(
            "Valuation web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per IP at the CDN"),
                c.InputValidation(note="postcode lookup; photo type and size checks"),
            },
        )
    )
    # Gathers comparables, calls both models, books visits through the CRM API.
    valuation_service = tm.add(
        tg.Service(
            "Valuation service",
            description="Builds features from the details, comparables and condition "
            "score; calls the CRM with an API key held in its environment.",
        )
    )
    # Scores the condition and finish of the property from its photos.
    photo_model = tm.add(
        tg.Model(
            "Photo condition model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="A pretrained image backbone fine-tuned on listing photos.",
        )
    )
    # Estimates the sale price range from features and comparables.
    price_model = tm.add(
        tg.Model(
            "Price estimate model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            controls={c.ModelValidation(note="backtest on the last quarter's sales")},
        )
    )
    # Price-paid records and the agency's own sales, for comparables and training.
    sales_db = tm.add(
        tg.DataStore(
            "Sale records database",
            stores={price_paid, agency_sales},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Listing photos, and homeowner uploads kept for when the property is listed.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={listing_photos, uploaded_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Loads the monthly Land Registry file and the nightly CRM export of sales.
    ingestion = tm.add(tg.Pipeline("Sales ingestion job", stage=tg.Stage.INGESTION))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly retraining of both models.
        training = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model artifacts the serving side loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={price_weights, photo_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Agency offices", trust=tg.Trust.INTERNAL):
    # Visits the property; records agreed sale prices in the CRM.
    valuer = tm.add(tg.Actor("Branch valuer", role="valuer"))
    # Owns the models and promotes new versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Instant valuation
tm.flow(homeowner, web, property_details, contact, uploaded_photos, protocol="https")
tm.flow(web, valuation_service, property_details, uploaded_photos, protocol="https")
tm.flow(valuation_service, photo_bucket, uploaded_photos, label="store uploads")
tm.flow(valuation_service, sales_db, property_details, label="comparables query")
tm.flow(sales_db, valuation_service, comparables)
tm.flow(valuation_service, photo_model, uploaded_photos)
tm.flow(photo_model, valuation_service, condition)
tm.flow(valuation_service, price_model, valuation_features)
tm.flow(price_model, valuation_service, estimate)
tm.flow(valuation_service, web, estimate, protocol="https")
tm.flow(web, homeowner, estimate, protocol="https")

# Booking a valuer visit
tm.flow(crm, valuation_service, slots, protocol="https", label="free diary slots")
tm.flow(valuation_service, web, slots, protocol="https")
tm.flow(web, homeowner, slots, protocol="https")
tm.flow(homeowner, web, booking_request, protocol="https")
tm.flow(web, valuation_service, booking_request, contact, protocol="https")
tm.flow(valuation_service, crm, lead, booking_request, protocol="https")
tm.flow(valuation_service, mailer, confirmation, protocol="https")
tm.flow(mailer, homeowner, confirmation, protocol="smtp")
tm.flow(crm, valuer, lead, booking_request, protocol="https")
tm.flow(valuer, crm, agency_sales, protocol="https", label="records agreed prices")

# Sale records
tm.flow(land_registry, ingestion, price_paid, protocol="https", label="monthly download")
tm.flow(crm, ingestion, agency_sales, protocol="https", label="nightly export")
tm.flow(ingestion, sales_db, price_paid, agency_sales)

# Training and release
tm.flow(sales_db, training, price_paid, agency_sales)
tm.flow(photo_bucket, training, listing_photos)
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training, registry, price_weights, photo_weights)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, price_model, price_weights, label="deploy")
tm.flow(registry, photo_model, photo_weights, label="deploy")
