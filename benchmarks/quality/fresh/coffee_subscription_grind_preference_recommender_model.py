"""Coffee subscription grind and bean recommender: the first design, before any security review.

Subscribers of a UK speciality coffee roaster rate each bag they receive and tell us how
they brew (espresso, filter, cafetiere, AeroPress) and which grinder they own, through the
website and app, signing in with e-mail and password. A nightly pipeline joins those
ratings with the bean catalogue into a training set, and a training job fits a ranking
model that scores the next beans and the grind setting for each customer; the artifact is
saved to a model registry and loaded by the delivery adjustment service. Four days before
each dispatch that service asks the model for a recommendation, keeps to beans in stock in
the customer's plan, and rewrites the next delivery unless the customer has locked it. The
roastery's packing system reads the adjusted delivery and grinds to the chosen setting, and
customers are e-mailed what is coming. Everything runs in the company's cloud account;
the only outside service is the e-mail provider. Payments are handled elsewhere.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Coffee subscription grind preference recommender",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Recommends beans and grind settings from ratings and adjusts the next delivery.",
)

# ---------------------------------------------------------------- data assets
ratings = tg.Data(
    "Coffee ratings",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Star rating and taste notes per bag, keyed by customer.",
)
brew_profile = tg.Data(
    "Brewing profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Brewing method, grinder model and taste preferences.",
)
catalogue = tg.Data(
    "Bean catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Origins, roast levels, tasting notes, stock and plan tiers.",
)
subscription = tg.Data(
    "Subscription and delivery details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, delivery address, plan, dispatch dates and the lock-my-choice flag.",
)
next_delivery = tg.Data(
    "Next delivery selection",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The beans, grind setting and bag size for the customer's next dispatch.",
)
training_set = tg.Data(
    "Ratings training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Customer id, brew method, bean attributes and rating, one row per bag.",
)
customer_features = tg.Data(
    "Customer taste features", kind="features", sensitivity=tg.Sensitivity.PII
)
recommendation = tg.Data(
    "Bean and grind recommendation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Recommender model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
packing_list = tg.Data("Packing and grind list", kind="records", sensitivity=tg.Sensitivity.PII)
delivery_email = tg.Data("Next delivery e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Subscribers rate their coffee and manage their deliveries.
    customer = tm.add(tg.Actor("Subscriber", role="customer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the "here is your next bag" e-mail.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # The website's and app's account API: ratings, brew profile, subscription settings.
    account_api = tm.add(
        tg.Endpoint(
            "Account API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Ratings and brewing profiles, written by the account API.
    ratings_db = tm.add(
        tg.DataStore("Ratings and preferences database", stores={ratings, brew_profile})
    )
    # Plans, addresses and the next delivery of each subscriber.
    subscriptions_db = tm.add(
        tg.DataStore(
            "Subscriptions database",
            stores={subscription, next_delivery},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What the roastery sells: the reference data for training and for stock checks.
    catalogue_db = tm.add(tg.DataStore("Bean catalogue", stores={catalogue}))
    # Loads the recommender and rewrites next deliveries before dispatch.
    adjuster = tm.add(
        tg.Service(
            "Delivery adjustment service",
            description="Runs four days before dispatch; skips customers who locked their choice.",
            controls={
                c.PolicyEnforcement(rules="only in-stock beans within the customer's plan tier"),
            },
        )
    )
    # Scores beans and a grind setting for one customer.
    recommender = tm.add(
        tg.Model(
            "Grind and bean recommender",
            task=tg.Task.RANKER,
            description="Gradient-boosted ranker over bean attributes and customer taste features.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Joins ratings and the catalogue into training rows every night.
        feature_job = tm.add(tg.Pipeline("Nightly feature pipeline", stage=tg.Stage.PREPROCESSING))
        # The rows the model is trained on.
        dataset = tm.add(tg.Dataset("Ratings training dataset", stores={training_set}))
        # Fits the ranker on the latest training set.
        training_job = tm.add(
            tg.Pipeline(
                "Recommender training job", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Holds model versions; the adjustment service loads the one tagged for production.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Roastery", trust=tg.Trust.INTERNAL):
    # Prints packing slips and sets the grinder for each bag.
    packing = tm.add(tg.Service("Roastery packing system"))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, account_api, ratings, brew_profile, protocol="https")
tm.flow(account_api, customer, next_delivery, brew_profile, protocol="https")
tm.flow(account_api, ratings_db, ratings, brew_profile)
tm.flow(ratings_db, account_api, brew_profile)
tm.flow(customer, account_api, subscription, protocol="https", label="subscription settings")
tm.flow(account_api, subscriptions_db, subscription)
tm.flow(subscriptions_db, account_api, subscription, next_delivery)

tm.flow(ratings_db, feature_job, ratings, brew_profile)
tm.flow(catalogue_db, feature_job, catalogue)
tm.flow(feature_job, dataset, training_set)
tm.flow(dataset, training_job, training_set)
tm.flow(data_scientist, training_job, training_config, protocol="https")
tm.flow(training_job, registry, model_artifact)
tm.flow(registry, recommender, model_artifact, label="load production version")

tm.flow(subscriptions_db, adjuster, subscription, label="upcoming dispatches")
tm.flow(ratings_db, adjuster, ratings, brew_profile)
tm.flow(catalogue_db, adjuster, catalogue, label="stock and plan tiers")
tm.flow(adjuster, recommender, customer_features)
tm.flow(recommender, adjuster, recommendation)
tm.flow(adjuster, subscriptions_db, next_delivery)

tm.flow(subscriptions_db, packing, packing_list, protocol="https")
tm.flow(adjuster, email_service, delivery_email, protocol="https")
tm.flow(email_service, customer, delivery_email, protocol="smtp")
