"""Aquarium shop fish disease photo triage: the first design, before any security review.

An aquarium shop in the Netherlands runs a web shop where hobbyists can upload photos of
a sick fish, with the species, tank details, the fish's value and an e-mail address. A
triage service sends the photo to an image classifier the shop fine-tuned from open
weights, which returns likely diseases with confidence scores, and maps them to
treatments from the shop's product catalogue. When the customer says the fish is worth
more than EUR 100 (koi, discus, rare cichlids) the suggestion waits for the shop's fish
health expert to confirm or correct it in a staff console. Customers can buy the
recommended treatments straight away; payment happens on a payment provider's hosted
checkout. Every month the uploaded photos, labelled with the expert's diagnosis or else the
model's top suggestion, are exported to a training set and the model is retrained on a
rented GPU machine. Controls in this design: HTTPS outside, upload checks, a staff
password sign-in, encryption of the order database and versioned models in the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fish disease photo triage",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision-model disease suggestions for hobbyists' fish photos, linked to treatments for sale.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data("Fish photo", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
submission = tg.Data(
    "Submission details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail address, fish species, tank size and water values, stated fish value.",
)
suggestions = tg.Data(
    "Disease suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top three likely diseases with confidence scores.",
)
recommendation = tg.Data(
    "Treatment recommendation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Likely disease, dosing advice and links to treatments sold in the shop.",
)
catalogue = tg.Data("Product catalogue", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
diagnosis = tg.Data(
    "Expert diagnosis",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
order = tg.Data(
    "Customer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, delivery address, e-mail and the treatments bought.",
)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_ok = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_ok = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Labelled fish photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Disease model weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a fish problem; no account is needed to upload a photo.
    hobbyist = tm.add(tg.Actor("Hobbyist", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout, so card details never reach the shop's servers.
    payments = tm.add(tg.ExternalService("Payment provider", description="Hosted checkout pages."))

with tm.boundary("Shop cloud", trust=tg.Trust.INTERNAL):
    # The public web shop, including the photo upload page and the result page.
    website = tm.add(
        tg.Endpoint(
            "Web shop",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.InputValidation(note="JPEG or PNG, at most 10 MB, re-encoded")},
        )
    )
    # Calls the model, maps diseases to products, and holds back high-value cases.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the shop's fish health expert",
                    above="EUR 100 stated fish value",
                )
            },
        )
    )
    # The vision model that suggests diseases from the photo.
    model = tm.add(
        tg.Model(
            "Fish disease classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights image backbone fine-tuned on the shop's labelled photos.",
        )
    )
    # Treatments, prices and stock the recommendations link to.
    catalogue_db = tm.add(tg.DataStore("Product catalogue database", stores={catalogue}))
    # Every upload with its suggestions and any expert diagnosis.
    photo_store = tm.add(
        tg.DataStore("Photo submission store", stores={photo, submission, suggestions, diagnosis})
    )
    # Where the expert works through the high-value cases.
    console = tm.add(
        tg.Endpoint(
            "Expert review console",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="staff e-mail and password")},
        )
    )
    # Turns a basket into an order and a checkout session.
    orders = tm.add(tg.Service("Order service"))
    # Customer orders, kept for delivery, returns and bookkeeping.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order},
            controls={tg.controls.EncryptionAtRest(key_management="managed database default keys")},
        )
    )

with tm.boundary("Rented GPU machine", trust=tg.Trust.INTERNAL):
    # The monthly export of labelled photos the model is retrained on.
    dataset = tm.add(tg.Dataset("Fish photo training set", stores={training_set}))
    # Monthly fine-tuning run.
    retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.FINE_TUNING))
    # Keeps each trained model; the triage host loads the latest approved version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Shop floor", trust=tg.Trust.INTERNAL):
    # The shop's fish health specialist, who also labels the photos she reviews.
    expert = tm.add(tg.Actor("Fish health expert", role="shop staff"))

# ---------------------------------------------------------------- flows
tm.flow(hobbyist, website, photo, submission, protocol="https")
tm.flow(website, triage, photo, submission)
tm.flow(triage, model, photo)
tm.flow(model, triage, suggestions)
tm.flow(catalogue_db, triage, catalogue)
tm.flow(triage, photo_store, photo, submission, suggestions)
tm.flow(triage, website, recommendation)
tm.flow(website, hobbyist, recommendation, protocol="https")

tm.flow(triage, console, photo, submission, suggestions, label="high-value case")
tm.flow(console, expert, photo, submission, suggestions, protocol="https")
tm.flow(expert, console, diagnosis, protocol="https")
tm.flow(console, triage, diagnosis)
tm.flow(console, photo_store, diagnosis)

tm.flow(hobbyist, website, order, protocol="https", label="buy recommended treatments")
tm.flow(website, orders, order)
tm.flow(catalogue_db, orders, catalogue, label="prices and stock")
tm.flow(orders, order_db, order)
tm.flow(orders, payments, checkout, protocol="https")
tm.flow(hobbyist, payments, card, protocol="https")
tm.flow(payments, orders, payment_ok, protocol="https", label="payment webhook")
tm.flow(orders, website, order_ok)
tm.flow(website, hobbyist, order_ok, protocol="https")

tm.flow(photo_store, dataset, training_set, protocol="https", label="monthly export")
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="load latest version")
