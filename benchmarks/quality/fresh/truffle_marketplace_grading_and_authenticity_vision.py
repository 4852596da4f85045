"""Truffle marketplace grading: the first design, before any security review.

An online marketplace, run from the EU, where verified foragers and truffle farms
sell fresh truffles to restaurants and private buyers. A seller registers with a
licence number, which a verification service checks against the licensing
authority's register. For each lot the seller uploads photos from the web app and
a spectral scan from a handheld NIR spectrometer; a grading service runs an
in-house vision model that names the species and gives a quality grade, which is
shown on the listing and sets the price per gram. Buyers pay through a payment
provider's hosted checkout. A buyer or seller can dispute a grade; contracted
expert graders settle disputes in a review console, and their grades, with the
expert-graded reference samples, are the training set for the model. Controls in
this design: sign-in, upload checks and rate limits on the API, encrypted
listings, signed payment webhooks, expert review on dispute, model evaluation
before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Truffle marketplace grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Species and quality grading of truffle lots from photos and spectral "
    "scans; the grade sets the price buyers pay.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data("Truffle photos", kind="media", sensitivity="internal")
scans = tg.Data("Spectral scans", kind="records", sensitivity="internal")
listing_details = tg.Data("Listing details", kind="records", sensitivity="internal")
seller_profile = tg.Data(
    "Seller identity and licence number",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
licence_status = tg.Data("Licence verification status", kind="records", sensitivity="internal")
grade = tg.Data(
    "Species and quality grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
listing = tg.Data("Listing with grade and price", kind="records", sensitivity="public")
order = tg.Data("Purchase order", kind="records", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data("Grade dispute request", kind="records", sensitivity=tg.Sensitivity.PII)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_request = tg.Data("Payment request", kind="records", sensitivity="confidential")
payment_event = tg.Data("Payment confirmation", kind="records", sensitivity="confidential")
expert_grade = tg.Data(
    "Expert grade",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
account_data = tg.Data("Marketplace accounts", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Grading model artifact", sensitivity="confidential", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Licensed foragers and farms listing lots.
    seller = tm.add(tg.Actor("Seller", role="forager or farm"))
    # Restaurants and private buyers paying by grade.
    buyer = tm.add(tg.Actor("Buyer", role="buyer"))
    # Contracted truffle experts who settle disputes from home.
    expert = tm.add(tg.Actor("Expert grader", role="contracted grader"))
    # The seller's handheld scanner, paired with the web app to upload a scan.
    spectrometer = tm.add(tg.Device("Handheld NIR spectrometer", fleet=True))

with tm.boundary("Licensing authority", trust=tg.Trust.PARTNER):
    # Official register of forager and truffle farm licences.
    registry_ext = tm.add(
        tg.ExternalService("Forager licence register", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout; card details never reach the marketplace.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # Web app and API for sellers and buyers: listings, uploads, orders, disputes.
    api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image and scan file type and size checks"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Checks a new seller's licence number before they may list.
    verifier = tm.add(tg.Service("Seller verification service"))
    # Raw photos and scans of every lot.
    media = tm.add(tg.DataStore("Lot media store", stores={photos, scans}))
    # Runs the vision model on each new lot and writes the grade to the listing.
    grading = tm.add(
        tg.Service(
            "Grading service",
            controls={c.Contestability(note="buyer or seller can send a grade to an expert")},
        )
    )
    # Listings, grades, seller and buyer accounts, orders.
    listings_db = tm.add(
        tg.DataStore(
            "Listings database",
            stores={listing, grade, expert_grade, seller_profile, order, dispute, account_data},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where experts see disputed lots and set the final grade.
    console = tm.add(
        tg.Endpoint(
            "Dispute review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with TOTP"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Species and grade from photos plus the spectral signature.
        model = tm.add(
            tg.Model(
                "Truffle grading vision model",
                task=tg.Task.CLASSIFIER,
                high_stakes=True,
                description="CNN on photos fused with a spectral classifier; species and grade A-D.",
            )
        )
        # Expert-graded reference samples and settled disputes.
        training_set = tm.add(
            tg.Dataset("Expert-graded training set", stores={photos, scans, expert_grade})
        )
        # Quarterly retraining, evaluated against a held-out expert set.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="accuracy on held-out expert-graded lots")},
            )
        )
        # Versions of the grading model.
        model_registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tm.flow(seller, api, seller_profile, listing_details, photos, protocol="https")
tm.flow(spectrometer, api, scans, protocol="https", label="scan upload via the web app")
tm.flow(api, seller, listing, protocol="https")

tm.flow(api, verifier, seller_profile)
tm.flow(verifier, registry_ext, seller_profile, protocol="https", label="licence lookup")
tm.flow(registry_ext, verifier, licence_status, protocol="https")
tm.flow(verifier, listings_db, licence_status)

tm.flow(api, media, photos, scans)
tm.flow(api, listings_db, listing_details, order, dispute)
tm.flow(media, grading, photos, scans)
tm.flow(grading, model, photos, scans)
tm.flow(model, grading, grade)
tm.flow(grading, listings_db, grade)
tm.flow(listings_db, api, listing, order)

tm.flow(buyer, api, order, dispute, protocol="https")
tm.flow(api, buyer, listing, protocol="https")
tm.flow(api, payments, payment_request, protocol="https")
tm.flow(buyer, payments, card, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    api,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified")},
)

tm.flow(listings_db, console, dispute, grade)
tm.flow(media, console, photos, scans)
tm.flow(console, expert, dispute, photos, scans, grade, protocol="https")
tm.flow(expert, console, expert_grade, protocol="https")
tm.flow(console, listings_db, expert_grade, label="final grade")
tm.flow(console, training_set, expert_grade)
tm.flow(media, training_set, photos, scans)

tm.flow(training_set, training, photos, scans, expert_grade)
tm.flow(training, model_registry, weights)
tm.flow(model_registry, model, weights, label="deploy")
