"""Kids video recommender: the first design, before any security review.

The recommendation model behind the home feed of our children's video app. Children
watch on the app (phones, tablets, TVs); the app reports watch events to an event API
and asks the ranking service for recommendations, which ranks moderated catalogue items
for the child's profile within the limits their parent set. Creators upload videos
through the creator upload API; a moderation classifier must approve a video before it
enters the recommendable catalogue. Each week a training pipeline builds a dataset from
watch history and parental settings, trains the ranker and registers it; the ranking
service loads the registered version. Parents log in to a dashboard to see watch history
and change controls (age band, blocked channels, screen time). Everything runs in our
production cloud account, training in a separate ML account. Controls: authenticated
creator, parent and device calls, upload checks and quotas, encryption at rest for
children's data, role-based access and versioned models with an offline evaluation gate.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kids video recommender",
    profile=tg.RiskProfile.HIGH,
    description="Personalised, parent-constrained video recommendations in the children's app.",
)

# ---------------------------------------------------------------- data assets
watch_events = tg.Data(
    "Watch events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child profile id, video id, watch time, skips, device and time of day.",
)
watch_history = tg.Data(
    "Watch history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
parental_settings = tg.Data(
    "Parental settings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Age band, blocked channels and topics, screen-time limits per child profile.",
)
rec_request = tg.Data("Recommendation request", kind="records", sensitivity=tg.Sensitivity.PII)
recommendations = tg.Data(
    "Recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ranking_features = tg.Data("Ranking features", kind="features", sensitivity=tg.Sensitivity.PII)
scores = tg.Data("Ranking scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
video = tg.Data("Uploaded video", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
video_metadata = tg.Data(
    "Video metadata",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, description, tags and target age declared by the creator.",
)
verdict = tg.Data(
    "Moderation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue_items = tg.Data(
    "Approved catalogue items",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
training_set = tg.Data(
    "Weekly training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
ranker_weights = tg.Data(
    "Ranker model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="savedmodel"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The child watching; the person the recommendations are for.
    child = tm.add(tg.Actor("Child viewer", role="child"))
    # Parent or guardian who owns the account and sets the limits.
    parent = tm.add(tg.Actor("Parent", role="parent"))
    # Anyone with a creator account can upload videos.
    creator = tm.add(tg.Actor("Creator", role="content creator"))
    # The children's app on family phones, tablets and TVs.
    app = tm.add(
        tg.Device(
            "Kids app",
            fleet=True,
            description="iOS, Android and TV clients; signed-in device token per family.",
        )
    )

with tm.boundary("Production cloud account", trust=tg.Trust.INTERNAL):
    # Receives watch events from the app.
    event_api = tm.add(
        tg.Endpoint(
            "Event API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="device token")},
        )
    )
    # Serves the home feed: filters by parental settings, ranks with the model.
    ranking = tm.add(
        tg.Endpoint(
            "Ranking service",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={c.Authentication(method="device token")},
        )
    )
    # The recommendation model itself, loaded by the ranking service.
    ranker = tm.add(
        tg.Model(
            "Recommendation ranker",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Two-tower candidate scorer retrained weekly.",
        )
    )
    # Per-child watch history, read for ranking, training and the dashboard.
    history_store = tm.add(
        tg.DataStore(
            "Watch history store",
            stores={watch_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Parental controls for each child profile.
    settings_store = tm.add(
        tg.DataStore(
            "Parental settings store",
            stores={parental_settings},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Parents' view of history and their controls.
    dashboard = tm.add(
        tg.Endpoint(
            "Parent dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="account password with optional MFA")},
        )
    )
    # Creators' upload entry point.
    upload_api = tm.add(
        tg.Endpoint(
            "Creator upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="creator account OAuth"),
                c.InputValidation(note="container format, duration and size checks"),
                c.RateLimiting(requests_per_minute=10),
            },
        )
    )
    # Decides whether an uploaded video is suitable for children.
    moderation = tm.add(
        tg.Model(
            "Moderation classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Scores frames, audio transcript and metadata; only approved videos are published.",
        )
    )
    # Videos that passed moderation: the only pool the ranker picks from.
    catalogue = tm.add(
        tg.DataStore("Content catalogue", stores={catalogue_items, video_metadata, verdict})
    )

with tm.boundary("ML account", trust=tg.Trust.RESTRICTED):
    # Weekly job: builds the training set, trains and evaluates the ranker.
    training = tm.add(
        tg.Pipeline(
            "Weekly training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="offline ranking metrics must not regress")},
        )
    )
    # Snapshot of a week of history joined with settings.
    dataset = tm.add(tg.Dataset("Training dataset", stores={training_set}))
    # Versions of the ranker that the ranking service can load.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={ranker_weights}, controls={c.ModelVersioning(), c.RBAC()}
        )
    )

# ---------------------------------------------------------------- flows
# watching and recommending
tm.flow(child, app, rec_request, label="opens the home feed")
tm.flow(app, child, recommendations)
tm.flow(app, event_api, watch_events, protocol="https")
tm.flow(event_api, history_store, watch_history)
tm.flow(app, ranking, rec_request, protocol="https")
tm.flow(settings_store, ranking, parental_settings)
tm.flow(history_store, ranking, watch_history)
tm.flow(catalogue, ranking, catalogue_items, label="approved candidates")
tm.flow(ranking, ranker, ranking_features)
tm.flow(ranker, ranking, scores)
tm.flow(ranking, app, recommendations, protocol="https")

# creator content and moderation
tm.flow(creator, upload_api, video, video_metadata, protocol="https")
tm.flow(upload_api, moderation, video, video_metadata)
tm.flow(moderation, catalogue, verdict, video_metadata, catalogue_items, label="approved only")

# parent dashboard
tm.flow(parent, dashboard, parental_settings, protocol="https")
tm.flow(dashboard, parent, watch_history, parental_settings, protocol="https")
tm.flow(dashboard, settings_store, parental_settings)
tm.flow(settings_store, dashboard, parental_settings)
tm.flow(history_store, dashboard, watch_history)

# weekly training
tm.flow(history_store, training, watch_history, label="weekly export")
tm.flow(settings_store, training, parental_settings, label="weekly export")
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, ranker_weights)
tm.flow(registry, ranker, ranker_weights, label="load new version")
