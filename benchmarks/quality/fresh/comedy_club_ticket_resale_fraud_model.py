"""Comedy club ticket resale and bot fraud model: the first design.

A comedy club in Manchester sells tickets for its shows on its own box office
website, hosted in the club's cloud account; card payments go through a hosted
checkout at a payment provider, so card numbers never reach us. Scalpers buy
blocks of seats with bots and resell them on secondary ticket sites. Every hour a
feature job joins new orders with resale listings scraped from those sites and
builds per-order features; a scoring service runs an in-house classifier over
them and puts orders above a threshold in a review queue. Box office staff look
at each flagged order in a review console and, if they agree, cancel it there,
which refunds the buyer through the payment provider. Their decisions are kept
as labels and a monthly job retrains the model into a model bucket. The site
has CDN rate limiting and customer sign-in; staff sign in to the console with
their own accounts; the orders database is encrypted by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Comedy club ticket resale fraud model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Flags bot bulk purchases and resold tickets; staff review and cancel orders.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, e-mail, show, seats, quantity, IP address and browser fingerprint.",
)
confirmation = tg.Data("Order confirmation", kind="documents", sensitivity=tg.Sensitivity.PII)
payment_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_request = tg.Data("Refund request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
listings = tg.Data(
    "Resale listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Secondary-site listing pages: show, date, seat numbers, asking price.",
)
features = tg.Data(
    "Order features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Orders per card and per IP, seat blocks, time to checkout, resale matches.",
)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flagged = tg.Data("Flagged orders", kind="records", sensitivity=tg.Sensitivity.PII)
decisions = tg.Data(
    "Review decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
cancellation = tg.Data("Order cancellation", kind="records", sensitivity=tg.Sensitivity.PII)
artifact = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone buying tickets: fans, and the scalpers' bots the model is meant to catch.
    buyer = tm.add(tg.Actor("Ticket buyer", role="customer"))
    # Public secondary ticket sites where resold seats show up.
    resale_sites = tm.add(
        tg.DataSource(
            "Secondary ticket sites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={listings},
            description="Listing pages for the club's shows on resale marketplaces.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: takes the card, pays the club, and issues refunds.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # The public box office site: show pages, checkout, accounts and an admin API.
    box_office = tm.add(
        tg.Endpoint(
            "Box office site",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=120, note="CDN rule per IP address"),
                c.Authentication(method="e-mail and password"),
            },
        )
    )
    # System of record for every order and the buyer's details.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={order, cancellation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("Fraud analytics", trust=tg.Trust.INTERNAL):
        # Hourly job: joins new orders with scraped listings into per-order features.
        feature_job = tm.add(
            tg.Pipeline(
                "Hourly feature job",
                stage=tg.Stage.PREPROCESSING,
                description="Scrapes resale listings and matches seat numbers to orders.",
            )
        )
        # Features for scoring and for retraining.
        feature_store = tm.add(
            tg.FeatureStore("Order feature store", stores={features}, online=False)
        )
        # Scores each new order and queues the suspicious ones.
        scorer = tm.add(tg.Service("Order scoring service"))
        # The classifier that separates fans from bots and resellers.
        model = tm.add(
            tg.Model(
                "Resale and bot fraud model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees; scores above 0.7 go to staff review.",
            )
        )
        # Orders waiting for a person, and what staff decided about them.
        review_queue = tm.add(tg.DataStore("Review queue", stores={flagged, decisions}))
        # Monthly retraining on staff decisions.
        retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
        # Bucket the scoring service loads the current model from.
        model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={artifact}))

    # Web app where staff review flagged orders and cancel the ones they agree with.
    console = tm.add(
        tg.Service(
            "Review console",
            controls={
                c.Authentication(method="staff member's own e-mail and password"),
                c.HumanInTheLoop(approver="duty box office staff member"),
            },
        )
    )

with tm.boundary("Club office", trust=tg.Trust.INTERNAL):
    # Box office staff who work the review queue.
    staff = tm.add(tg.Actor("Box office staff", role="box office staff"))

# ---------------------------------------------------------------- flows
tm.flow(buyer, box_office, order, protocol="https")
tm.flow(box_office, buyer, confirmation, protocol="https")
tm.flow(box_office, payments, payment_request, protocol="https")
tm.flow(
    payments,
    box_office,
    payment_result,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(box_office, orders_db, order)
tm.flow(orders_db, box_office, order, label="order lookup")

tm.flow(orders_db, feature_job, order, label="hourly export of new orders")
tm.flow(resale_sites, feature_job, listings, protocol="https", label="scrape every 30 minutes")
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, scorer, features)
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, review_queue, flagged, score, label="score above review threshold")

tm.flow(review_queue, console, flagged, score)
tm.flow(console, staff, flagged, score, protocol="https")
tm.flow(staff, console, decisions, protocol="https")
tm.flow(console, review_queue, decisions)
tm.flow(console, box_office, cancellation, protocol="https", label="admin API cancel order")
tm.flow(box_office, payments, refund_request, protocol="https")
tm.flow(box_office, orders_db, cancellation)
tm.flow(box_office, buyer, cancellation, protocol="smtp", label="cancellation e-mail")

tm.flow(review_queue, retraining, decisions)
tm.flow(feature_store, retraining, features, label="monthly snapshot")
tm.flow(retraining, model_bucket, artifact)
tm.flow(model_bucket, model, artifact, label="load on deploy")
