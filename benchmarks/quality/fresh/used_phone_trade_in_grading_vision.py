"""Used phone trade-in grading: the first design, before any security review.

A phone retailer in the EU buys back customers' used phones. The customer takes
photos of the phone in our trade-in app (or an associate puts it in the grading
kiosk in a store). A vision model grades cosmetic condition (screen, back, frame)
from the photos. The trade-in service checks the IMEI with a blacklist provider,
prices the phone from the grade and the price book, and makes an offer. Accepted
mail-in phones are re-graded by a warehouse technician on arrival before the
payout provider pays the customer; in stores the associate checks the phone.
Technicians' grades also label photos for retraining the grading model.
Controls in this design: customer sign-in, TLS everywhere, kiosk client
certificates, KMS encryption of the photo bucket and the orders database, a vault
for the payout API key, a person checking each phone before payout, a hold-out
evaluation before a model is registered and versioned model promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Used phone trade-in grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Photo-based condition grading and instant offers for used phone trade-ins.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Phone photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Front, back and edge photos of the handset; may show lock-screen content.",
)
device_details = tg.Data(
    "Device details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="IMEI, make, model, storage size and the customer's answers about faults.",
)
customer_details = tg.Data(
    "Customer details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, postal address for the shipping label.",
)
payout_details = tg.Data(
    "Payout details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="IBAN and account holder name, or a store-credit choice.",
)
grade = tg.Data("Condition grade", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
quote = tg.Data("Trade-in offer", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
acceptance = tg.Data("Offer acceptance", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
imei_status = tg.Data("IMEI blacklist status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prices = tg.Data("Price book entries", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
orders = tg.Data(
    "Trade-in orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
inspection = tg.Data("Inspection grade", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
payout = tg.Data(
    "Payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payout_result = tg.Data("Payout confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_images = tg.Data(
    "Labeled grading images", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Grading model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and ask for an offer.
    customer = tm.add(tg.Actor("Customer", role="phone owner"))
    # Our iOS/Android app: guides the photo capture and shows the offer.
    app = tm.add(
        tg.Device(
            "Trade-in phone app",
            description="Customer's own phone running our app; captures photos of the traded phone.",
        )
    )

with tm.boundary("Retail stores", trust=tg.Trust.INTERNAL):
    # Store staff run in-store trade-ins.
    associate = tm.add(tg.Actor("Store associate", role="retail staff"))
    # Light box with fixed cameras that photographs the handset in a store.
    kiosk = tm.add(
        tg.Device(
            "Store grading kiosk",
            description="Light box with three cameras and a touch screen on the store LAN.",
        )
    )

with tm.boundary("Refurbishment warehouse", trust=tg.Trust.INTERNAL):
    # Inspects mail-in phones on arrival and records the true grade.
    technician = tm.add(tg.Actor("Warehouse technician", role="grading technician"))

with tm.boundary("Trade-in cloud", trust=tg.Trust.INTERNAL):
    # Public API the app and the kiosks call.
    api = tm.add(
        tg.Endpoint(
            "Trade-in API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="customer account: e-mail and password; kiosks by client certificate"
                ),
                c.InputValidation(note="image type, size and count checked on upload"),
            },
        )
    )
    # Orchestrates grading, IMEI check, pricing, orders and payouts.
    trade_in = tm.add(
        tg.Service(
            "Trade-in order service",
            description="Calls the grader, checks the IMEI, prices the offer, records orders, pays out.",
            controls={
                c.SecretsManagement(note="payout provider API key in the cloud vault"),
                c.HumanInTheLoop(
                    approver="store associate in store; warehouse technician on mail-in arrival"
                ),
            },
        )
    )
    # Vision model that turns photos into an A-D cosmetic grade.
    grader = tm.add(
        tg.Model(
            "Condition grading model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="CNN grading screen, back and frame wear into grades A to D.",
        )
    )
    # Bucket holding every uploaded photo, kept for disputes and retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Base prices per model and storage size, edited by the pricing team.
    price_book = tm.add(tg.DataStore("Price book", stores={prices}))
    # Orders with customer, device and payout details.
    orders_db = tm.add(
        tg.DataStore(
            "Trade-in orders database",
            stores={orders, customer_details, payout_details, device_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Photos with the technicians' inspection grades as labels.
        dataset = tm.add(tg.Dataset("Grading image dataset", stores={training_images}))
        # Monthly retraining of the grader.
        training = tm.add(
            tg.Pipeline(
                "Grader training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="accuracy on a hold-out set must not drop")},
            )
        )
        # Versioned checkpoints; serving loads the promoted version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Partner services", trust=tg.Trust.PARTNER):
    # Checks whether a phone is reported lost or stolen.
    imei_provider = tm.add(
        tg.ExternalService("IMEI blacklist provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Pays customers by bank transfer.
    payout_provider = tm.add(tg.ExternalService("Payout provider"))

# ---------------------------------------------------------------- flows
# mail-in trade-in through the app
tm.flow(customer, app, photos, device_details, customer_details, label="photographs phone")
tm.flow(app, api, photos, device_details, customer_details, protocol="https")
tm.flow(api, app, quote, protocol="https")
tm.flow(app, customer, quote)
tm.flow(customer, app, acceptance, payout_details, label="accepts offer")
tm.flow(app, api, acceptance, payout_details, protocol="https")

# in-store trade-in through the kiosk
tm.flow(associate, kiosk, device_details, customer_details, label="enters IMEI and customer")
tm.flow(kiosk, api, photos, device_details, customer_details, protocol="mtls")
tm.flow(api, kiosk, quote, protocol="mtls")
tm.flow(kiosk, associate, quote)
tm.flow(associate, kiosk, acceptance, label="customer accepts, associate confirms")
tm.flow(kiosk, api, acceptance, protocol="mtls")

# grading, pricing and orders
tm.flow(api, photo_store, photos)
tm.flow(api, trade_in, device_details, customer_details, acceptance, payout_details)
tm.flow(trade_in, api, quote)
tm.flow(photo_store, grader, photos)
tm.flow(trade_in, grader, device_details, label="grade request")
tm.flow(grader, trade_in, grade)
tm.flow(trade_in, imei_provider, device_details, protocol="https")
tm.flow(imei_provider, trade_in, imei_status, protocol="https")
tm.flow(price_book, trade_in, prices)
tm.flow(trade_in, orders_db, orders, customer_details, payout_details, device_details)
tm.flow(orders_db, trade_in, orders, payout_details)

# warehouse inspection and payout
tm.flow(technician, trade_in, inspection, protocol="https", label="re-grade on arrival")
tm.flow(trade_in, payout_provider, payout, protocol="https")
tm.flow(payout_provider, trade_in, payout_result, protocol="https")

# retraining
tm.flow(photo_store, dataset, photos)
tm.flow(trade_in, dataset, inspection, label="inspection grades as labels")
tm.flow(dataset, training, training_images)
tm.flow(training, registry, weights)
tm.flow(registry, grader, weights, label="deploy promoted version")
