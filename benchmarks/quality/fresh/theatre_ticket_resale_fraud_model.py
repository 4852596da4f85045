"""Theatre ticket resale fraud model: the first design, before any security review.

The theatre group runs an official resale exchange on its website, so that ticket
holders who cannot attend can sell their seats to other patrons at no more than
face value. Before a listing goes live, a listing service scores it with a
fraud model for touting (bulk buying and relisting across linked accounts) and
for tickets bought with stolen cards. The model reads features built nightly
from the box-office ticketing platform (a vendor SaaS) and from the payment
provider's daily chargeback and dispute report. Low scores publish at once;
listings above the review threshold are held for the box office fraud team,
whose decisions become the labels for weekly retraining. Patrons sign in with
their theatre account (e-mail and password); staff use corporate SSO with MFA.
Everything except the ticketing platform and the payment provider runs in the
theatre's cloud account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre ticket resale fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores resale listings for touting and stolen-card fraud before they go live.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Resale listing",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller account, booking reference, seats, performance and asking price.",
)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.PII)
live_listings = tg.Data(
    "Live resale listings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Performance, seats and price of listings on sale; no seller details.",
)
purchase = tg.Data("Resale purchase order", kind="records", sensitivity=tg.Sensitivity.PII)
booking_ref = tg.Data(
    "Booking reference lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Original purchaser, contact details, purchase channel, seats and payment token.",
)
payment_signals = tg.Data(
    "Chargeback and dispute report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Chargebacks, disputes, 3-D Secure outcome and card issuing country per order.",
)
features = tg.Data(
    "Listing risk features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Account age, linked accounts, listings per performance, card-country mismatch, chargeback history.",
)
score = tg.Data("Listing fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
held = tg.Data("Held listing case", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Listing fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Listing fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Ticket holders listing seats; touts and people holding stolen-card tickets among them.
    seller = tm.add(tg.Actor("Ticket seller", role="patron"))
    # Patrons browsing and buying resale seats.
    buyer = tm.add(tg.Actor("Resale buyer", role="patron"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes all card payments; the theatre never sees card numbers, only its reports.
    psp = tm.add(
        tg.ExternalService(
            "Payment provider",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Card acquirer and hosted payment page; daily chargeback and dispute report.",
        )
    )

with tm.boundary("Ticketing platform SaaS", trust=tg.Trust.PARTNER):
    # System of record for every booking, run by the ticketing vendor.
    ticketing = tm.add(
        tg.DataStore(
            "Box-office ticketing platform",
            stores={bookings},
            controls={
                c.EncryptionAtRest(key_management="vendor-managed keys"),
                c.RBAC(note="box-office roles in the vendor's admin console"),
            },
        )
    )

with tm.boundary("Theatre cloud account", trust=tg.Trust.INTERNAL):
    # The public resale pages and API on the theatre's website.
    site = tm.add(
        tg.Endpoint(
            "Resale exchange site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="theatre account e-mail and password"),
                c.InputValidation(note="listing form schema; price capped at face value"),
            },
        )
    )
    # Takes new listings, checks ownership, asks the model, publishes or holds.
    listing_svc = tm.add(
        tg.Service(
            "Listing service",
            description="Checks the seller owns the booking, scores the listing, then publishes or holds it.",
            controls={
                c.FailClosed(fallback="listings stay pending until a score is returned"),
                c.HumanInTheLoop(
                    approver="box office fraud team",
                    note="only listings scoring above the review threshold are held; the rest publish automatically",
                ),
            },
        )
    )
    # Pending, held and live listings.
    listing_db = tm.add(
        tg.DataStore(
            "Listings database",
            stores={listing, live_listings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job joining bookings and payment reports into per-account features.
    feature_job = tm.add(tg.Pipeline("Nightly feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Per-account and per-booking features for online scoring and training snapshots.
    feature_store = tm.add(tg.FeatureStore("Listing feature store", stores={features}, online=True))
    # The fraud model itself, loaded by the scoring process.
    model = tm.add(
        tg.Model(
            "Listing fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a high score holds the listing for review.",
        )
    )
    # Web console where the fraud team works the held listings.
    console = tm.add(
        tg.Service(
            "Fraud review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.AuditLogging(note="each release or rejection is logged with the reviewer"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reviewed listings with their features, for retraining.
        label_set = tm.add(tg.Dataset("Labelled listings dataset", stores={labels, features}))
        # Weekly retraining on the labelled listings.
        training = tm.add(tg.Pipeline("Weekly training pipeline", stage=tg.Stage.TRAINING))
        # Versions of the trained model; the serving version is tagged by a data scientist.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Theatre office network", trust=tg.Trust.INTERNAL):
    # Box office staff who decide held listings.
    fraud_team = tm.add(tg.Actor("Box office fraud team", role="fraud reviewer"))
    # Builds and releases the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# listing a ticket
tm.flow(seller, site, listing, protocol="https")
tm.flow(site, seller, listing_status, protocol="https")
tm.flow(site, listing_svc, listing)
tm.flow(listing_svc, site, listing_status)
tm.flow(listing_svc, ticketing, booking_ref, protocol="https", label="ownership check")
tm.flow(ticketing, listing_svc, bookings, protocol="https", label="ownership check")
tm.flow(listing_svc, listing_db, listing, live_listings)

# scoring
tm.flow(feature_store, listing_svc, features, label="online lookup")
tm.flow(listing_svc, model, features)
tm.flow(model, listing_svc, score)

# buying
tm.flow(listing_db, site, live_listings)
tm.flow(site, buyer, live_listings, protocol="https")
tm.flow(buyer, site, purchase, protocol="https")
tm.flow(site, listing_svc, purchase)

# features
tm.flow(ticketing, feature_job, bookings, protocol="https", label="nightly export")
tm.flow(psp, feature_job, payment_signals, protocol="https", label="daily report")
tm.flow(feature_job, feature_store, features)

# review
tm.flow(listing_svc, console, held, score)
tm.flow(console, fraud_team, held, score, protocol="https")
tm.flow(fraud_team, console, decision, protocol="https")
tm.flow(console, listing_svc, decision)

# retraining and release
tm.flow(console, label_set, labels)
tm.flow(feature_store, label_set, features, label="weekly snapshot")
tm.flow(label_set, training, labels, features)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, approval, protocol="https", label="tags serving version")
tm.flow(registry, model, weights, label="deploy")
