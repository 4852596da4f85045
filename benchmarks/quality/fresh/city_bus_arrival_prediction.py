"""City bus arrival prediction: the first design, before any security review.

Every bus carries an onboard AVL unit that sends a GPS ping every 10 seconds
over the cellular carrier's private APN. An ingestion pipeline in the agency's
cloud account validates the pings against a schema, map-matches them to trips
using the published GTFS schedule, joins segment speeds from a commercial
traffic feed, and writes live features to an online feature store and all raw
pings to an archive. A prediction service runs the in-house arrival-time model
on every ping and publishes predictions three ways: to the rider app backend,
to the LED displays at stops, and to a public GTFS-realtime open data API that
requires a free API key and is rate limited. Every night a retraining job fits a
new model on the last eight weeks of archived pings and observed arrivals,
checks it against the current model on a holdout week and pushes it to the
model registry, from which serving loads the newest version.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City bus arrival prediction",
    profile=tg.RiskProfile.LOW,
    description="Real-time bus arrival predictions for riders, stop displays and open data users.",
)

# ---------------------------------------------------------------- data assets
pings = tg.Data(
    "Vehicle GPS pings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Vehicle id, block and trip id, position, speed, heading, door state.",
)
traffic = tg.Data(
    "Traffic segment speeds",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed from the traffic vendor; may not be redistributed.",
)
schedule = tg.Data("GTFS schedule", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Live trip features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Ping and arrival history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
predictions = tg.Data(
    "Arrival predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stop_query = tg.Data(
    "Rider stop query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stop or route ids, and the phone's location when 'nearby stops' is used.",
)
api_request = tg.Data("Open data API request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
model_artifact = tg.Data(
    "Arrival model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Uses the agency app to see when the next bus comes.
    rider = tm.add(tg.Actor("Rider", role="rider"))
    # Trip planners and civic apps that consume the open data feed.
    developer = tm.add(tg.Actor("Third-party app", role="open data consumer", human=False))

with tm.boundary("Field network", trust=tg.Trust.PARTNER, description="Carrier private APN"):
    # Onboard AVL units: the source of every position.
    bus_units = tm.add(tg.Device("Bus AVL units", fleet=True))
    # LED signs at major stops showing the next arrivals.
    displays = tm.add(tg.Device("Stop displays", fleet=True))

with tm.boundary("Traffic vendor", trust=tg.Trust.PARTNER):
    # Commercial feed of current speeds per road segment.
    traffic_feed = tm.add(
        tg.DataSource("Traffic speed feed", origin=tg.Origin.VENDOR, provides={traffic})
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Exported from the scheduling system at each service change.
    gtfs = tm.add(
        tg.DataSource("GTFS schedule export", origin=tg.Origin.INTERNAL, provides={schedule})
    )
    # Validates, map-matches and enriches pings.
    ingestion = tm.add(
        tg.Pipeline(
            "Ping ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects malformed or out-of-area pings")},
        )
    )
    # Latest state of each active trip, read on every prediction.
    feature_store = tm.add(tg.FeatureStore("Live feature store", stores={features}, online=True))
    # All raw pings plus observed arrivals and past predictions, for retraining.
    archive = tm.add(tg.DataStore("Ping archive", stores={history}))
    # Scores each active trip and fans the predictions out.
    prediction_service = tm.add(tg.Service("Prediction service"))
    # Predicts seconds until arrival at each downstream stop.
    model = tm.add(
        tg.Model("Arrival time model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Backend the agency's mobile app calls.
    app_api = tm.add(tg.Endpoint("Rider app backend", purpose=tg.EndpointPurpose.API))
    # Public GTFS-realtime feed under the agency's open data licence.
    open_api = tm.add(
        tg.Endpoint(
            "Open data API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="free API key"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Nightly fit on the last eight weeks, gated on the holdout week.
        retraining = tm.add(
            tg.Pipeline(
                "Nightly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="must beat the current model's MAE on a holdout week")
                },
            )
        )
        # Every trained version; serving loads the newest.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Owns the model, tunes the training job and rolls back bad versions.
    ml_engineer = tm.add(tg.Actor("Transit data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# ingestion
tm.flow(bus_units, ingestion, pings, protocol="mqtt", label="ping every 10 s")
tm.flow(traffic_feed, ingestion, traffic, protocol="https", label="polled every minute")
tm.flow(gtfs, ingestion, schedule)
tm.flow(ingestion, feature_store, features)
tm.flow(ingestion, archive, history, label="raw pings and observed arrivals")

# prediction
tm.flow(feature_store, prediction_service, features)
tm.flow(gtfs, prediction_service, schedule)
tm.flow(prediction_service, model, features)
tm.flow(model, prediction_service, predictions)
tm.flow(prediction_service, archive, predictions, label="for accuracy tracking")

# publishing
tm.flow(prediction_service, app_api, predictions)
tm.flow(rider, app_api, stop_query, protocol="https")
tm.flow(app_api, rider, predictions, protocol="https")
tm.flow(prediction_service, displays, predictions, protocol="https", label="push per stop")
tm.flow(prediction_service, open_api, predictions)
tm.flow(developer, open_api, api_request, protocol="https")
tm.flow(open_api, developer, predictions, protocol="https")

# nightly retraining
tm.flow(archive, retraining, history)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load newest version")
tm.flow(ml_engineer, retraining, training_config, protocol="https")
tm.flow(ml_engineer, registry, model_artifact, protocol="https", label="rollback")
