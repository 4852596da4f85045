"""Rental listing scam detector: the first design, before any security review.

Landlords on our European rental marketplace create an account, post listings with
photos and an asking rent, and chat with renters through on-platform messaging.
Each new or edited listing is scored by a scoring job: it builds features from the
listing, the landlord account and recent landlord messages (requests to pay off the
platform), checks the photos against a vendor's reverse image search for copied
pictures, and compares the rent with market estimates licensed from a data vendor.
An in-house gradient-boosted classifier turns these into a scam score. Listings
above the review threshold go to a trust-and-safety queue, where staff decide
whether to take the listing down or suspend the account; renters can also report a
listing, which opens a case in the same queue. Staff decisions and reports become
labels for monthly retraining. Users sign in with e-mail and password, staff with
SSO and MFA, and the public API is rate-limited; takedowns need a staff decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rental listing scam detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores new rental listings and landlord accounts for scam signals.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Listing",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Title, description, address, asking rent and payment terms.",
)
photos = tg.Data("Listing photos", sensitivity=tg.Sensitivity.PUBLIC, kind="media")
account = tg.Data(
    "Landlord account",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone, sign-up IP and device, account age.",
)
messages = tg.Data("Renter-landlord messages", sensitivity=tg.Sensitivity.PII, kind="records")
report = tg.Data("Scam report", sensitivity=tg.Sensitivity.PII, kind="feedback")
image_matches = tg.Data("Image match results", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
market_rents = tg.Data(
    "Market rent estimates", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
features = tg.Data("Listing features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
score = tg.Data("Scam score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
case = tg.Data(
    "Review case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Listing, account summary, score, top signals and any renter reports.",
)
decision = tg.Data(
    "Review decision",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
enforcement = tg.Data(
    "Listing takedown or account suspension", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
training_set = tg.Data(
    "Labelled listing history", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
weights = tg.Data("Scam model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Posts listings; anyone can sign up as a landlord, scammers included.
    landlord = tm.add(tg.Actor("Landlord", role="landlord"))
    # Browses listings, messages landlords and reports suspicious ones.
    renter = tm.add(tg.Actor("Renter", role="renter"))

with tm.boundary("Image search vendor", trust=tg.Trust.PARTNER):
    # Finds where else on the web a listing photo appears (copied-photo signal).
    image_search = tm.add(tg.ExternalService("Reverse image search", provides="data-provider"))
    # Licensed rent estimates per area and property type (below-market signal).
    rent_data = tm.add(
        tg.DataSource("Rent market data feed", origin=tg.Origin.VENDOR, provides={market_rents})
    )

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the website and apps: listings, accounts, reports.
    api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="photo type and size checks on upload"),
            },
        )
    )
    # On-platform chat between renters and landlords.
    messaging = tm.add(tg.Service("Messaging service"))
    # Listings, photos and landlord accounts.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={listing, photos, account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Trust and safety", trust=tg.Trust.INTERNAL):
        # Builds features for each new or edited listing and calls the model.
        scoring_job = tm.add(tg.Pipeline("Listing scoring job", stage=tg.Stage.PREPROCESSING))
        # Gradient-boosted classifier giving a scam probability per listing.
        model = tm.add(
            tg.Model(
                "Scam scoring model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                controls={
                    c.HumanInTheLoop(approver="trust-and-safety staff"),
                },
            )
        )
        # Cases for review: high scores and renter reports, with staff decisions.
        case_store = tm.add(
            tg.DataStore(
                "Review case store",
                stores={case, report, decision},
                controls={c.AuditLogging(retention_days=730)},
            )
        )
        # Staff tool to work the queue and enforce decisions.
        console = tm.add(
            tg.Service(
                "Review console",
                controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
            )
        )
        # Past listings with their features and outcome labels.
        dataset = tm.add(tg.Dataset("Training dataset", stores={training_set}))
        # Monthly retraining on the labelled history.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the scam model that the scoring job loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged listings and reports; takes listings down or suspends accounts.
    analyst = tm.add(tg.Actor("Trust and safety analyst", role="moderator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(landlord, api, listing, photos, account, protocol="https")
tm.flow(api, landlord, listing, protocol="https", label="listing status")
tm.flow(renter, api, messages, report, protocol="https")
tm.flow(api, renter, listing, photos, messages, protocol="https")
tm.flow(landlord, api, messages, protocol="https", id="landlord-messages")
tm.flow(api, landlord, messages, protocol="https", id="messages-to-landlord")

tm.flow(api, listing_db, listing, photos, account)
tm.flow(listing_db, api, listing, photos)
tm.flow(api, messaging, messages)
tm.flow(messaging, api, messages)
tm.flow(api, case_store, report, label="renter report")

tm.flow(listing_db, scoring_job, listing, photos, account)
tm.flow(messaging, scoring_job, messages, label="landlord's recent messages")
tm.flow(scoring_job, image_search, photos, protocol="https")
tm.flow(image_search, scoring_job, image_matches, protocol="https")
tm.flow(rent_data, scoring_job, market_rents, protocol="sftp", label="nightly file")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, score)
tm.flow(scoring_job, case_store, case, features, label="score above review threshold")

tm.flow(case_store, console, case, report)
tm.flow(console, analyst, case, report, protocol="https")
tm.flow(analyst, console, decision, protocol="https")
tm.flow(console, case_store, decision)
tm.flow(console, listing_db, enforcement, label="takedown or suspension")

tm.flow(case_store, dataset, decision, features, report, label="labels")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
