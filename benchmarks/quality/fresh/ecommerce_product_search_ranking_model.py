"""E-commerce product search ranking: the first design, before any security review.

Shoppers on our European storefront type a search; the search API passes it to a
ranking service that pulls candidate products from the catalogue index, looks up
query and product features online and asks a learning-to-rank model (gradient
boosted LambdaMART, trained in-house) to order them. An ad auction service picks
sponsored products from the campaigns that marketplace sellers bid on in the
seller portal, and the ranking service blends them into fixed slots of the page.
The storefront sends click and purchase events to an event collector, which feeds
the feature store and the nightly training set; a training job retrains the model
and writes it to the registry, from which the serving side loads the latest
promoted version. Everything runs in our cloud account. Controls in this design:
a CDN rate limit on the search API, seller sign-in, schema checks on the event
stream, encrypted campaign storage, dataset snapshots and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-commerce product search ranking",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Learning-to-rank ordering of product search results from shoppers' clicks "
        "and purchases, with sellers' sponsored products blended in."
    ),
)

# ---------------------------------------------------------------- data assets
query = tg.Data(
    "Search query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Query text with the shopper's session id and, when signed in, customer id.",
)
results = tg.Data("Ranked search results", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
listings = tg.Data(
    "Product listings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Titles, descriptions, attributes and prices, partly written by sellers.",
)
campaigns = tg.Data(
    "Sponsored campaigns and bids",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each seller's sponsored products, keywords, bids and budgets.",
)
campaign_report = tg.Data(
    "Campaign performance report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
placements = tg.Data("Sponsored placements", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
events = tg.Data(
    "Click and purchase events",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Impressions, clicks, add-to-basket and purchases per query, keyed by customer id.",
)
features = tg.Data(
    "Ranking features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Query-product click-through and conversion rates, price, stock, seller rating.",
)
scores = tg.Data("Relevance scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Click-log training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Query sessions with purchases and clicks as graded relevance labels.",
)
artifact = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous or signed-in shoppers searching the storefront from a browser or the app.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))
    # Marketplace sellers list products and buy sponsored placement; anyone can register.
    seller = tm.add(tg.Actor("Marketplace seller", role="seller"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Public search entry point behind the CDN.
    search_api = tm.add(
        tg.Endpoint(
            "Search API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=600, note="CDN per-IP limit")},
        )
    )
    # Where sellers manage their listings and sponsored campaigns.
    seller_portal = tm.add(
        tg.Endpoint(
            "Seller portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Orchestrates retrieval, feature lookup, model scoring and ad blending.
    ranking_service = tm.add(
        tg.Service(
            "Search ranking service",
            description="Retrieves candidates, scores them, blends sponsored slots into the page.",
        )
    )
    # The learning-to-rank model that orders the candidates.
    ranker = tm.add(
        tg.Model(
            "Learning-to-rank model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="LightGBM LambdaMART over query-product features.",
        )
    )
    # Full-text index of the catalogue used for candidate retrieval.
    catalogue_index = tm.add(tg.DataStore("Product catalogue index", stores={listings}))
    # Chooses which sponsored products win the slots for a query.
    ad_auction = tm.add(
        tg.Service("Sponsored products auction", description="Second-price auction per query.")
    )
    # Sellers' campaigns, bids and budgets.
    campaign_store = tm.add(
        tg.DataStore(
            "Campaign store",
            stores={campaigns},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Receives storefront behaviour events and fans them out to features and training.
    event_collector = tm.add(
        tg.Pipeline(
            "Event collector",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
            description="Kafka-backed collector; aggregates click-through and conversion rates.",
        )
    )
    # Online features served at query time and snapshotted for training.
    feature_store = tm.add(tg.FeatureStore("Ranking feature store", stores={features}, online=True))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Daily snapshots of joined click logs and features.
        dataset = tm.add(
            tg.Dataset(
                "Ranking training set",
                stores={training_set, features},
                controls={c.DataVersioning()},
            )
        )
        # Nightly retraining of the ranker.
        training = tm.add(tg.Pipeline("Nightly ranker training", stage=tg.Stage.TRAINING))
        # Holds trained ranker versions; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The search relevance team, who tune training and promote models.
    ml_engineer = tm.add(tg.Actor("Search ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(shopper, search_api, query, protocol="https")
tm.flow(search_api, ranking_service, query, protocol="grpc")
tm.flow(ranking_service, catalogue_index, query, label="candidate retrieval")
tm.flow(catalogue_index, ranking_service, listings, label="candidates")
tm.flow(feature_store, ranking_service, features, label="online lookup")
tm.flow(ranking_service, ranker, features)
tm.flow(ranker, ranking_service, scores)
tm.flow(ranking_service, ad_auction, query, label="auction request")
tm.flow(campaign_store, ad_auction, campaigns)
tm.flow(ad_auction, ranking_service, placements)
tm.flow(ranking_service, search_api, results, protocol="grpc")
tm.flow(search_api, shopper, results, protocol="https")

tm.flow(shopper, event_collector, events, protocol="https", label="storefront beacons")
tm.flow(event_collector, feature_store, features, label="rate aggregates")
tm.flow(event_collector, dataset, events)
tm.flow(event_collector, campaign_store, events, label="sponsored clicks and spend")

tm.flow(seller, seller_portal, listings, campaigns, protocol="https")
tm.flow(seller_portal, catalogue_index, listings)
tm.flow(seller_portal, campaign_store, campaigns)
tm.flow(campaign_store, seller_portal, campaign_report)
tm.flow(seller_portal, seller, campaign_report, protocol="https")

tm.flow(feature_store, dataset, features, label="daily snapshot")
tm.flow(dataset, training, training_set, features)
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(ml_engineer, registry, approval, protocol="https", label="promotes version")
tm.flow(registry, ranker, artifact, label="load promoted version")
