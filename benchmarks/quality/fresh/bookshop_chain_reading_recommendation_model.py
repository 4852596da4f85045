"""Bookshop chain reading recommendations: the first design, before any security review.

A UK and Irish bookshop chain recommends books to its loyalty members. Members see
a "Picked for you" shelf in the loyalty app, and a weekly e-mail lists a few titles
picked for them. Recommendations come from what each member bought (in the shops,
where the till records the loyalty card, and online), what is on their wish list
and the reviews they have written in the app.
Everything runs in the chain's cloud account. Tills post sales to the loyalty
database; a nightly pipeline turns purchases, wish lists and reviews into member
features; a ranking model is retrained weekly by the data science team and served
behind the app's recommendations API. A weekly e-mail job scores every opted-in
member and hands the e-mails to an e-mail delivery provider.
Controls in this design: members sign in to the app with e-mail and password, app
and till traffic uses HTTPS, the loyalty database is encrypted at rest with the
cloud's managed keys and reached by role, and models are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bookshop reading recommendations",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Book recommendations for loyalty members in the app and weekly e-mails.",
)

# ---------------------------------------------------------------- data assets
member_profile = tg.Data(
    "Member profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, loyalty number, home shop and marketing consent.",
)
purchases = tg.Data(
    "Purchase history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Every title a member bought in a shop or online, with date and shop.",
)
wish_list = tg.Data("Wish list", kind="records", sensitivity=tg.Sensitivity.PII)
reviews = tg.Data(
    "Member reviews",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Star ratings and review text, shown in the app under the reviewer's first name.",
)
catalogue = tg.Data("Book catalogue", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
rec_request = tg.Data(
    "Recommendation request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member id from the app session and the screen being shown.",
)
features = tg.Data(
    "Member reading features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-member genre and author affinities, recency and wish-list signals.",
)
training_data = tg.Data(
    "Member-title interactions",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Two years of purchases, wish-list adds and ratings keyed by member id.",
)
model_artifact = tg.Data(
    "Ranking model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
recommendations = tg.Data(
    "Recommended titles",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A ranked list of titles for one member.",
)
rec_email = tg.Data(
    "Recommendation e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Member's first name and e-mail address with the week's picked titles.",
)
delivery_events = tg.Data(
    "Bounce and unsubscribe events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Loyalty members, using the app on their own phones.
    member = tm.add(tg.Actor("Loyalty member", role="customer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the weekly e-mails for us and reports bounces and unsubscribes.
    email_provider = tm.add(
        tg.ExternalService(
            "E-mail delivery provider",
            description="Marketing e-mail service; we call its send API.",
        )
    )

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # Tills in every shop: they record the loyalty card on each sale.
    tills = tm.add(
        tg.Device(
            "Shop tills",
            fleet=True,
            description="Point-of-sale terminals; post each loyalty sale to the cloud.",
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the ranking model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science team"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # What the app calls for the "Picked for you" shelf and wish-list and review edits.
    rec_api = tm.add(
        tg.Endpoint(
            "Recommendations API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password, app session token"),
            },
        )
    )
    # The ranking model the API and the e-mail job both score with.
    ranker = tm.add(
        tg.Model(
            "Book ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Two-tower model that ranks catalogue titles for a member.",
        )
    )
    # Weekly batch: picks titles for every opted-in member and sends the e-mails.
    email_job = tm.add(
        tg.Service(
            "Weekly recommendation e-mail job",
            description="Runs every Thursday; scores opted-in members and calls the provider.",
        )
    )
    # Titles, authors, genres and prices shown alongside the recommendations.
    catalogue_db = tm.add(tg.DataStore("Book catalogue", stores={catalogue}))

    with tm.boundary("Data platform", trust=tg.Trust.RESTRICTED):
        # System of record for members, their purchases, wish lists and reviews.
        loyalty_db = tm.add(
            tg.DataStore(
                "Loyalty database",
                stores={member_profile, purchases, wish_list, reviews},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Nightly job that turns raw activity into member features.
        feature_job = tm.add(tg.Pipeline("Nightly feature pipeline", stage=tg.Stage.PREPROCESSING))
        # Member features for live scoring and for training snapshots.
        feature_store = tm.add(tg.FeatureStore("Member feature store", stores={features}))
        # Snapshot of interactions the weekly retraining reads.
        training_set = tm.add(tg.Dataset("Interaction training set", stores={training_data}))
        # Weekly retraining of the ranking model.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Versioned checkpoints; the serving model loads the one marked live.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
# The app: recommendations, wish lists and reviews.
tm.flow(member, rec_api, rec_request, wish_list, reviews, protocol="https")
tm.flow(rec_api, member, recommendations, catalogue, protocol="https")
tm.flow(rec_api, loyalty_db, wish_list, reviews, label="saves wish-list and review edits")
tm.flow(loyalty_db, rec_api, wish_list, reviews, label="member's wish list and reviews")
tm.flow(feature_store, rec_api, features, label="online lookup")
tm.flow(rec_api, ranker, features)
tm.flow(ranker, rec_api, recommendations)
tm.flow(catalogue_db, rec_api, catalogue)

# Sales from the shops.
tm.flow(tills, loyalty_db, purchases, protocol="https", label="loyalty sales")

# Features and training.
tm.flow(loyalty_db, feature_job, purchases, wish_list, reviews, label="nightly export")
tm.flow(catalogue_db, feature_job, catalogue)
tm.flow(feature_job, feature_store, features)
tm.flow(feature_job, training_set, training_data)
tm.flow(training_set, training, training_data)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, ranker, model_artifact, label="deploy live version")

# Weekly e-mails.
tm.flow(loyalty_db, email_job, member_profile, label="opted-in members, weekly export")
tm.flow(feature_store, email_job, features)
tm.flow(email_job, ranker, features)
tm.flow(ranker, email_job, recommendations)
tm.flow(catalogue_db, email_job, catalogue)
tm.flow(email_job, email_provider, rec_email, protocol="https")
tm.flow(email_provider, member, rec_email, protocol="smtp")
tm.flow(
    email_provider,
    email_job,
    delivery_events,
    protocol="https",
    label="bounce and unsubscribe webhook",
)
tm.flow(email_job, loyalty_db, delivery_events, label="records unsubscribes")
