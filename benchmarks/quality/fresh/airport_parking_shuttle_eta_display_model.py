"""Airport parking shuttle ETAs: the first design, before any security review.

The long-stay car park runs a fleet of shuttle buses between the parking zones
and the terminals. A GPS telematics unit on each bus reports its position every
few seconds over the cellular network to an ingestion service in our cloud
account, which checks pings against the airport geofence. A feature pipeline
joins positions with the airport's flight-arrivals feed and keeps recent trip
features in a feature store. A gradient-boosted regression model, retrained
weekly from trip history and promoted through a model registry, predicts when
the next bus reaches each stop. A prediction service publishes the ETAs to a
digital-signage service that drives the screens at the stops, and to a public
API the parking app reads. Dispatchers post service notices through the signage
service, signing in with corporate SSO. The public API is anonymous and rate
limited; no personal data is collected.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport parking shuttle ETA display",
    profile=tg.RiskProfile.LOW,
    description="Predicted shuttle bus arrival times on car park stop displays and in the parking app.",
)

# ---------------------------------------------------------------- data assets
positions = tg.Data(
    "Shuttle GPS position pings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vehicle id, timestamp, latitude/longitude, speed and door state.",
)
flights = tg.Data("Flight arrival times", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
trip_features = tg.Data(
    "Trip features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Segment travel times, dwell times, time of day, arrivals in the next hour.",
)
eta_model_artifact = tg.Data(
    "ETA model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
etas = tg.Data("Predicted stop ETAs", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
display_content = tg.Data(
    "Stop display content", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
display_status = tg.Data(
    "Display heartbeat and status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
notices = tg.Data(
    "Service notices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Free-text messages such as 'Zone C shuttle delayed, next bus 10 min'.",
)
eta_query = tg.Data("Stop ETA request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
training_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Travellers check the next shuttle from the parking app; no sign-in needed.
    traveller = tm.add(tg.Actor("Traveller using parking app", role="traveller"))

with tm.boundary("Airport operator systems", trust=tg.Trust.PARTNER):
    # The airport's public flight-arrivals API: arrivals drive shuttle demand and dwell times.
    flight_feed = tm.add(
        tg.ExternalService("Flight arrivals feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Shuttle fleet", trust=tg.Trust.INTERNAL):
    # One GPS telematics box per bus, on a cellular data SIM.
    telematics = tm.add(
        tg.Device(
            "Shuttle GPS telematics unit",
            fleet=True,
            description="Reports position every 5 seconds over cellular MQTT.",
        )
    )

with tm.boundary("Car park stop network", trust=tg.Trust.INTERNAL):
    # Screens at each shuttle stop; a signage player polls the signage service.
    displays = tm.add(tg.Device("Stop display screens", fleet=True))

with tm.boundary("Cloud VPC", trust=tg.Trust.INTERNAL):
    # Receives and sanity-checks position pings from the buses.
    ingestion = tm.add(
        tg.Service(
            "Position ingestion service",
            controls={
                c.Authentication(
                    method="MQTT username and password provisioned per telematics unit"
                ),
                c.InputValidation(
                    note="drops pings outside the airport geofence or with bad timestamps"
                ),
            },
        )
    )
    # Joins positions with flight arrivals into trip features.
    feature_pipeline = tm.add(tg.Pipeline("Trip feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Latest features for serving, plus history for retraining.
    feature_store = tm.add(
        tg.FeatureStore("Trip feature store", stores={trip_features}, online=True)
    )
    # Predicts minutes until the next bus at each stop.
    eta_model = tm.add(
        tg.Model("Shuttle ETA model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Runs the model every 15 seconds for every stop and publishes the results.
    prediction = tm.add(tg.Service("ETA prediction service"))
    # Digital-signage service: renders ETAs and dispatcher notices for each stop screen.
    signage = tm.add(
        tg.Service(
            "Display signage service",
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )
    # Public read-only API behind the CDN that the parking app calls.
    eta_api = tm.add(
        tg.Endpoint(
            "Public ETA API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120, note="per client IP at the CDN")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly retraining job on the last 12 weeks of trip history.
        training = tm.add(
            tg.Pipeline("Weekly ETA retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model artifacts; serving loads the version marked production.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={eta_model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Car park operations staff who watch the fleet and post service notices.
    dispatcher = tm.add(tg.Actor("Shuttle dispatcher", role="operations staff"))
    # Maintains the model and promotes new versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(telematics, ingestion, positions, protocol="mqtts")
tm.flow(ingestion, feature_pipeline, positions)
tm.flow(flight_feed, feature_pipeline, flights, protocol="https")
tm.flow(feature_pipeline, feature_store, trip_features)

tm.flow(feature_store, prediction, trip_features, label="latest features per stop")
tm.flow(prediction, eta_model, trip_features)
tm.flow(eta_model, prediction, etas)
tm.flow(prediction, signage, etas)
tm.flow(prediction, eta_api, etas)

tm.flow(dispatcher, signage, notices, protocol="https")
tm.flow(
    signage, dispatcher, etas, display_status, protocol="https", label="fleet and screen overview"
)
tm.flow(signage, displays, display_content, protocol="https")
tm.flow(displays, signage, display_status, protocol="https")

tm.flow(traveller, eta_api, eta_query, protocol="https")
tm.flow(eta_api, traveller, etas, protocol="https")

tm.flow(feature_store, training, trip_features, label="weekly history export")
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, eta_model_artifact)
tm.flow(registry, eta_model, eta_model_artifact, label="load production version")
