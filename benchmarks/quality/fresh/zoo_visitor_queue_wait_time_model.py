"""Attraction queue wait times: the first design, before any security review.

A European zoo shows visitors, in its visitor app, how long the queues are at
its attractions (the penguin walk, the reptile house, the train, the feeding
talks). Every five minutes a scheduled job predicts each queue's wait from
park entry counts, which the ticketing vendor's platform collects from the
turnstiles, and from crowd counts that a counting model on an edge server in
the park makes from the queue cameras; video frames stay in the park and only
counts leave it. Predictions are cached and served by a public read-only API;
operations staff can mark an attraction closed or paused through the same API.
A weekly job retrains the wait-time model on the queue history and puts it in
a model registry. The API runs in the zoo's cloud account; staff sign in with
the zoo's SSO, visitors do not sign in at all.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zoo attraction queue wait times",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicted queue times at zoo attractions, shown in the visitor app.",
)

# ---------------------------------------------------------------- data assets
wait_request = tg.Data("Wait time request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
wait_times = tg.Data("Predicted wait times", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
frames = tg.Data(
    "Queue camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of visitors, children included, standing in the queues.",
)
crowd_counts = tg.Data("Queue crowd counts", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
gate_scans = tg.Data("Turnstile ticket scans", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
entry_counts = tg.Data("Park entry counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
status = tg.Data(
    "Attraction status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Open, paused or closed, and the current capacity per session.",
)
features = tg.Data("Queue features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Queue history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past features with the wait times measured by staff timing cards.",
)
weights = tg.Data("Wait-time model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the wait times are for; anyone can install the app.
    visitor = tm.add(tg.Actor("Zoo visitor", role="visitor"))
    # The zoo's visitor app on visitors' own phones; no account needed.
    app = tm.add(tg.Device("Visitor app", description="iOS and Android phone app."))

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # SaaS ticketing platform the turnstiles report to; we pull entry counts from it.
    ticketing = tm.add(
        tg.ExternalService("Ticketing platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Park network", trust=tg.Trust.INTERNAL):
    # Fixed cameras over each attraction's queue line.
    cameras = tm.add(tg.Device("Queue cameras", description="PoE cameras on the park LAN."))
    # Entry gates that scan tickets and annual passes.
    turnstiles = tm.add(tg.Device("Entry turnstiles"))
    # Open-weights crowd-counting model on an edge server in the park's comms room.
    crowd_model = tm.add(
        tg.Model(
            "Crowd counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Counts heads in each frame; frames are discarded after counting.",
            controls={c.DataMinimization(note="only counts leave the edge server")},
        )
    )

with tm.boundary("Zoo cloud account", trust=tg.Trust.INTERNAL):
    # Public read API for the app, plus a staff route to set attraction status.
    api = tm.add(
        tg.Endpoint(
            "Wait times API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="zoo SSO (Microsoft Entra ID) with MFA",
                    note="staff status route only; wait times are public",
                )
            },
        )
    )
    # Latest prediction and status per attraction, read by the API.
    cache = tm.add(tg.DataStore("Wait time cache", stores={wait_times, status}))
    # Joins entry counts, crowd counts and attraction status into features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Queue feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="counts outside expected ranges are dropped")},
        )
    )
    # Current features per attraction, and their history.
    feature_store = tm.add(tg.FeatureStore("Queue feature store", stores={features}, online=True))
    # Runs every five minutes: features in, wait times out to the cache.
    predictor = tm.add(tg.Service("Wait time prediction job"))
    # Gradient-boosted regressor predicting minutes of wait per attraction.
    wait_model = tm.add(tg.Model("Wait time model", task=tg.Task.REGRESSOR))
    # Features joined with staff-timed waits, for retraining.
    history_set = tm.add(tg.Dataset("Queue history dataset", stores={history}))
    # Weekly retraining on the queue history.
    training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
    # Versioned model files the prediction job loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Zoo office network", trust=tg.Trust.INTERNAL):
    # Park operations team who close or pause attractions.
    ops = tm.add(tg.Actor("Park operations staff", role="operations"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, app, wait_request, label="on the app screen")
tm.flow(app, visitor, wait_times, label="on the app screen")
tm.flow(app, api, wait_request, protocol="https")
tm.flow(api, app, wait_times, protocol="https")
tm.flow(api, cache, wait_request, label="read latest")
tm.flow(cache, api, wait_times, status)

tm.flow(ops, api, status, protocol="https")
tm.flow(api, cache, status, label="status update")

tm.flow(cameras, crowd_model, frames, protocol="rtsp")
tm.flow(crowd_model, feature_pipeline, crowd_counts, protocol="https")
tm.flow(turnstiles, ticketing, gate_scans, protocol="https")
tm.flow(ticketing, feature_pipeline, entry_counts, protocol="https", label="pulled every 5 minutes")
tm.flow(cache, feature_pipeline, status)
tm.flow(feature_pipeline, feature_store, features)

tm.flow(feature_store, predictor, features)
tm.flow(predictor, wait_model, features)
tm.flow(wait_model, predictor, wait_times)
tm.flow(predictor, cache, wait_times)

tm.flow(feature_store, history_set, features, label="nightly snapshot")
tm.flow(history_set, training, history)
tm.flow(training, registry, weights)
tm.flow(registry, wait_model, weights, label="deploy")
