"""Counter upsell recommendations: the first design, before any security review.

When a renter arrives at a pick-up counter, the counter agent opens the booking
on the branch counter terminal, which asks an upsell API in our cloud for the
three offers (vehicle upgrades, collision and liability cover, add-ons) most
likely to be taken. The API reads the booking from the reservation system, the
renter's history features from an online feature store and the product catalogue
with its prices, and has an in-house ranking model order the offers. Whether the
renter accepted each offer is sent back and logged. A nightly feature pipeline
builds the features from bookings and the loyalty customer database, and a weekly
training job retrains the ranker on logged outcomes; data scientists push new
versions through a model registry. Branches reach the cloud over the corporate
SD-WAN; staff sign in to the counter app with their corporate SSO account. We
rent in several EU countries, so the customer data falls under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Counter upsell recommendation model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Ranks upgrade and insurance offers for counter staff at vehicle pick-up.",
)

# ---------------------------------------------------------------- data assets
booking_ref = tg.Data(
    "Booking reference lookup",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Booking reference and branch id typed or scanned by the agent.",
)
booking = tg.Data(
    "Booking record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Renter name, age band, licence country, vehicle class, dates, extras booked.",
)
customer_history = tg.Data(
    "Customer rental history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Past rentals, loyalty tier, previous cover bought, damage claims.",
)
features = tg.Data(
    "Customer upsell features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Aggregates keyed by customer id: upgrade and cover take-up rates, spend.",
)
catalogue = tg.Data(
    "Upsell product catalogue and prices",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
)
ranked_offers = tg.Data(
    "Ranked upsell offers",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Top three products with price and a short reason shown to the agent.",
)
offer_outcome = tg.Data(
    "Offer outcome",
    sensitivity=tg.Sensitivity.PII,
    kind="feedback",
    description="Which offers were shown, accepted or declined, per booking.",
)
training_set = tg.Data(
    "Upsell training examples",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
)
ranker_artifact = tg.Data(
    "Upsell ranker artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM ranker saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # The person at the counter who sees the suggestions and makes the offer.
    counter_agent = tm.add(tg.Actor("Counter agent", role="rental counter staff"))
    # Branch PC running the counter app; the only place the offers are shown.
    terminal = tm.add(
        tg.Device(
            "Counter terminal",
            fleet=True,
            description="Branch counter PC running the rental counter web app.",
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )

with tm.boundary("Corporate cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for the counter app; assembles inputs and calls the model.
    upsell_api = tm.add(
        tg.Endpoint(
            "Upsell API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={c.Authentication(method="OIDC access token from the counter app")},
        )
    )
    # The ranker that orders candidate offers by expected take-up.
    ranker = tm.add(
        tg.Model(
            "Upsell ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted ranker over booking and customer features.",
        )
    )
    # Low-latency customer features for the API at pick-up time.
    feature_store = tm.add(tg.FeatureStore("Upsell feature store", stores={features}, online=True))
    # Products the counter may offer, with the prices set by revenue management.
    product_catalogue = tm.add(
        tg.DataStore("Upsell product catalogue", stores={catalogue}, controls={c.RBAC()})
    )
    # What was offered and what the renter took: feedback for retraining.
    outcome_log = tm.add(tg.DataStore("Offer outcome log", stores={offer_outcome}))

with tm.boundary("Core systems", trust=tg.Trust.RESTRICTED):
    # Existing system of record for reservations.
    reservations = tm.add(
        tg.DataStore(
            "Reservation system",
            stores={booking},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Loyalty programme database with each customer's past rentals and claims.
    customer_db = tm.add(
        tg.DataStore(
            "Customer loyalty database",
            stores={customer_history},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Nightly job that turns bookings and history into customer features.
    feature_pipeline = tm.add(tg.Pipeline("Nightly feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Joined features and logged outcomes used to train the ranker.
    train_data = tm.add(tg.Dataset("Upsell training set", stores={training_set}))
    # Weekly retraining job.
    training = tm.add(
        tg.Pipeline("Weekly ranker training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned store of ranker artifacts that serving loads from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={ranker_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and ships the ranker.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# pick-up: the agent opens the booking and gets offers
tm.flow(counter_agent, terminal, booking_ref, label="typed at the counter")
tm.flow(terminal, upsell_api, booking_ref, protocol="https", label="recommendation request")
tm.flow(upsell_api, reservations, booking_ref, protocol="https", label="booking lookup")
tm.flow(reservations, upsell_api, booking, protocol="https")
tm.flow(feature_store, upsell_api, features, label="online lookup")
tm.flow(product_catalogue, upsell_api, catalogue)
tm.flow(upsell_api, ranker, booking, features, catalogue)
tm.flow(ranker, upsell_api, ranked_offers)
tm.flow(upsell_api, terminal, ranked_offers, protocol="https")
tm.flow(terminal, counter_agent, ranked_offers, label="on the counter screen")

# outcome capture
tm.flow(counter_agent, terminal, offer_outcome, label="accept or decline at the counter")
tm.flow(terminal, upsell_api, offer_outcome, protocol="https")
tm.flow(upsell_api, outcome_log, offer_outcome)

# features and retraining
tm.flow(reservations, feature_pipeline, booking, protocol="https", label="nightly export")
tm.flow(customer_db, feature_pipeline, customer_history, protocol="https", label="nightly export")
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, train_data, features, label="offline snapshot")
tm.flow(outcome_log, train_data, offer_outcome)
tm.flow(train_data, training, training_set)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, ranker_artifact)
tm.flow(registry, ranker, ranker_artifact, label="deploy")
