"""Personalised news feed: the first design, before any security review.

A news publisher's mobile app shows each reader a "For you" feed. Readers sign
in through the publisher's hosted identity provider (or read signed out, with an
app install ID). The app sends reading events (opens, dwell time, shares) to an
event collector; a streaming feature pipeline turns them into per-reader interest
features in an online feature store and writes daily impression logs for
training. When the app asks for a feed, the feed API calls a ranking service
that takes candidate articles from the CMS, scores them for the reader with an
in-house two-tower ranking model, and places the stories editors have pinned at
fixed slots. The model is retrained daily and promoted by an ML engineer. Readers
are in the UK and EU. Controls in this design: OIDC sign-in and a gateway quota
on the feed API, schema checks on events, SSO with MFA and roles in the CMS,
encryption and a 13-month retention on reader features, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "News app personalised feed",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Ranks articles for each reader of the news app from their reading history, "
        "with editor-pinned stories."
    ),
)

# ---------------------------------------------------------------- data assets
login = tg.Data("Reader login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
access_token = tg.Data("Reader access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
events = tg.Data(
    "Reading events",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Article opens, dwell time, scroll depth and shares, keyed by reader or install ID.",
)
reader_features = tg.Data(
    "Reader interest features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Topic and section affinities from reading history; can reveal political leanings.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
feed_request = tg.Data("Feed request", kind="records", sensitivity=tg.Sensitivity.PII)
feed = tg.Data(
    "Personalised feed",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Ordered list of article IDs for one reader.",
)
articles = tg.Data(
    "Articles and metadata",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published articles with section, tags, embargo and publish time.",
)
pins = tg.Data(
    "Editor pinned stories",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Article IDs fixed to feed slots by the duty editor.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
candidate_features = tg.Data(
    "Candidate scoring features", kind="features", sensitivity=tg.Sensitivity.PII
)
scores = tg.Data("Relevance scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
impressions = tg.Data(
    "Impression and click logs",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="What each reader was shown and what they opened, by day.",
)
weights = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="savedmodel"
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who installs the app, signed in or not.
    reader = tm.add(tg.Actor("Reader", role="reader"))
    # The publisher's iOS and Android app on readers' own phones.
    app = tm.add(tg.Device("News app", fleet=True, description="Phone app on readers' handsets."))

with tm.boundary("Identity vendor", trust=tg.Trust.PARTNER):
    # Hosted reader accounts (sign-up, sign-in, password reset).
    idp = tm.add(tg.ExternalService("Reader identity provider", provides="identity-provider"))

with tm.boundary("Publisher cloud", trust=tg.Trust.INTERNAL):
    # Public API the app calls for the "For you" feed.
    feed_api = tm.add(
        tg.Endpoint(
            "Feed API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC access token; install ID for signed-out readers"),
                c.RateLimiting(requests_per_minute=120, note="API gateway quota per install"),
            },
        )
    )
    # Public endpoint that takes the app's reading events.
    collector = tm.add(
        tg.Endpoint(
            "Event collector",
            purpose=tg.EndpointPurpose.API,
            controls={c.SchemaEnforcement(note="event schema checked; malformed events dropped")},
        )
    )
    # Streams events into reader features and daily training logs.
    feature_pipeline = tm.add(tg.Pipeline("Reader feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Serves each reader's interest features at request time.
    feature_store = tm.add(
        tg.FeatureStore(
            "Reader feature store",
            stores={reader_features},
            online=True,
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=395),
            },
        )
    )
    # Builds the feed: candidates from the CMS, model scores, editor pins.
    ranking_service = tm.add(
        tg.Service(
            "Feed ranking service",
            description="Ranks the last 48 hours of articles for the reader and inserts pinned stories.",
        )
    )
    # Scores candidate articles for one reader.
    ranking_model = tm.add(
        tg.Model(
            "Article ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Two-tower model: reader tower over interest features, article tower over metadata.",
        )
    )
    # Where articles are written, published and pinned.
    cms = tm.add(
        tg.DataStore(
            "Article CMS",
            stores={articles, pins},
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Daily snapshots of impressions and clicks.
        training_set = tm.add(tg.Dataset("Impression training set", stores={impressions}))
        # Daily retraining of the ranking model.
        training = tm.add(
            tg.Pipeline(
                "Daily ranking model training", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Versions of the ranking model; serving pulls the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Duty editors choose which stories are pinned to the top of every feed.
    editor = tm.add(tg.Actor("Editor", role="duty editor"))
    # Looks after training and promotes new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(reader, idp, login, protocol="https")
tm.flow(idp, app, access_token, protocol="oidc")

# Reading and the feed
tm.flow(reader, app, events, label="taps and scrolls")
tm.flow(app, reader, feed, label="shown on screen")
tm.flow(app, feed_api, feed_request, access_token, protocol="https")
tm.flow(feed_api, app, feed, protocol="https")
tm.flow(app, collector, events, protocol="https")
tm.flow(collector, feature_pipeline, events, protocol="kafka")
tm.flow(feature_pipeline, feature_store, reader_features)
tm.flow(feature_pipeline, training_set, impressions, label="daily batch")

tm.flow(feed_api, ranking_service, feed_request)
tm.flow(feature_store, ranking_service, reader_features, label="online lookup")
tm.flow(cms, ranking_service, articles, pins)
tm.flow(ranking_service, ranking_model, candidate_features)
tm.flow(ranking_model, ranking_service, scores)
tm.flow(ranking_service, feed_api, feed)

# Newsroom
tm.flow(editor, cms, articles, pins, protocol="https")
tm.flow(cms, editor, articles, pins, protocol="https")

# Training and release
tm.flow(training_set, training, impressions)
tm.flow(cms, training, articles, label="article metadata export")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, protocol="https", label="promotes a version")
tm.flow(registry, ranking_model, weights, label="deploy")
