"""Airport security queue prediction: the first design, before any security review.

An EU airport predicts waiting times at its central security checkpoint for the
next two hours, in 15-minute steps. A feature pipeline combines the ground
handler's check-in events, the flight schedule and gate allocations from the
airport operational database (AODB), and passenger counts from the boarding pass
scanners at the checkpoint entrance. An in-house gradient-boosted regressor,
retrained weekly on the observed waits, serves predictions through an internal
API to three consumers: the terminal signage system (public screens), the
airport app's backend (passengers on the internet) and the security operations
dashboard, where the duty manager decides when to open extra lanes. Controls in
this design: partner files over SFTP with schema checks and passenger identifiers
dropped at ingestion, an API key per consumer on the prediction API, a CDN rate
limit on the app backend, staff SSO with roles on the dashboard, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport security queue prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Predicts security checkpoint waiting times from check-in, schedule and scan "
        "data; shown on terminal screens and in the app, and used to open extra lanes."
    ),
)

# ---------------------------------------------------------------- data assets
check_in_events = tg.Data(
    "Passenger check-in events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per passenger: flight, check-in time and channel, bag count, PNR reference.",
)
schedule = tg.Data(
    "Flight schedule and gate allocations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
scan_counts = tg.Data(
    "Checkpoint scan counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boarding pass scans per lane per minute at checkpoint entry and exit.",
)
lane_status = tg.Data("Open lane status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Queue features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="15-minute aggregates: passengers checked in per departure wave, open lanes.",
)
training_rows = tg.Data(
    "Historical features and observed waits",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Queue model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
predictions = tg.Data(
    "Predicted queue times",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
lane_advice = tg.Data(
    "Predicted queue times and lane recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
app_request = tg.Data("Queue time request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Travellers checking the expected wait in the airport app before leaving home.
    passenger = tm.add(tg.Actor("Passenger", role="traveller"))

with tm.boundary("Ground handler network", trust=tg.Trust.PARTNER):
    # The handler's departure control system drops check-in extracts every 5 minutes.
    dcs = tm.add(
        tg.DataSource(
            "Departure control system extracts",
            origin=tg.Origin.PARTNER,
            provides={check_in_events},
            description="CSV extracts of check-in events for all handled airlines.",
        )
    )

with tm.boundary("Airport cloud tenant", trust=tg.Trust.INTERNAL):
    # Backend of the public airport app; fronted by the airport's CDN.
    app_backend = tm.add(
        tg.Service(
            "Airport app backend",
            description="Serves flight status and the expected security wait to the app.",
            controls={c.RateLimiting(requests_per_minute=120, note="CDN rule per client IP")},
        )
    )

with tm.boundary("Airport operations network", trust=tg.Trust.INTERNAL):
    # System of record for flights, stands and gates; publishes changes on the ops bus.
    aodb = tm.add(
        tg.DataSource(
            "Airport operational database",
            origin=tg.Origin.INTERNAL,
            provides={schedule},
        )
    )
    # Boarding pass scanners at checkpoint entry and exit give throughput and observed waits.
    scanners = tm.add(
        tg.Device(
            "Checkpoint boarding pass scanners",
            fleet=True,
            description="Send per-lane counts, no passenger data, to the analytics platform.",
        )
    )
    # Drives the departure screens and wait-time panels in the terminal.
    signage = tm.add(
        tg.Service(
            "Terminal signage system",
            description="Renders the security wait panel on public screens landside.",
        )
    )
    # Where the security duty manager watches predicted waits and records lane openings.
    dashboard = tm.add(
        tg.Service(
            "Security operations dashboard",
            controls={
                c.Authentication(method="airport Active Directory SSO"),
                c.RBAC(note="security operations roles only"),
            },
        )
    )
    # Decides when to open or close extra lanes and call in screeners.
    duty_manager = tm.add(tg.Actor("Security duty manager", role="operations"))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Joins the three feeds into 15-minute features; drops PNRs and names on arrival.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Feature aggregation pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.SchemaEnforcement(
                    note="rejects extracts that do not match the agreed CSV layout"
                ),
                c.DataMinimization(note="keeps only counts per flight and time slot"),
            },
        )
    )
    # Online store the prediction API reads the latest features from.
    feature_store = tm.add(
        tg.FeatureStore(
            "Queue feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Two years of features joined with the waits measured by the scanners.
    training_set = tm.add(tg.Dataset("Queue training set", stores={training_rows}))
    # Weekly job: retrains the regressor and backtests it against the last four weeks.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest error must not exceed current model's")},
        )
    )
    # Holds each trained model version; serving pins a version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={c.ModelVersioning()},
        )
    )
    # The forecaster itself: gradient-boosted trees predicting minutes of wait.
    forecaster = tm.add(
        tg.Model(
            "Queue time forecaster",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts checkpoint wait per 15-minute slot for the next two hours.",
        )
    )
    # Internal API the signage system, the app backend and the dashboard poll.
    prediction_api = tm.add(
        tg.Endpoint(
            "Queue prediction API",
            purpose=tg.EndpointPurpose.API,
            description="Adds a recommended lane count (predicted arrivals / lane throughput) for the dashboard.",
            controls={c.Authentication(method="per-consumer API key")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and tunes the model, and triggers retraining by hand when needed.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Ingestion
tm.flow(dcs, feature_pipeline, check_in_events, protocol="sftp", label="5-minute extracts")
tm.flow(aodb, feature_pipeline, schedule, protocol="amqp", label="ops bus")
tm.flow(scanners, feature_pipeline, scan_counts, protocol="mqtt")
tm.flow(dashboard, feature_pipeline, lane_status, protocol="https")
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_pipeline, training_set, training_rows, label="daily append")

# Training and release
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training_set, training, training_rows)
tm.flow(training, registry, model_file)
tm.flow(registry, forecaster, model_file, label="load pinned version")

# Serving
tm.flow(feature_store, prediction_api, features)
tm.flow(prediction_api, forecaster, features)
tm.flow(forecaster, prediction_api, predictions)

tm.flow(signage, prediction_api, app_request, protocol="https", label="poll every minute")
tm.flow(prediction_api, signage, predictions, protocol="https")

tm.flow(passenger, app_backend, app_request, protocol="https")
tm.flow(app_backend, prediction_api, app_request, protocol="https")
tm.flow(prediction_api, app_backend, predictions, protocol="https")
tm.flow(app_backend, passenger, predictions, protocol="https")

tm.flow(dashboard, prediction_api, app_request, protocol="https")
tm.flow(prediction_api, dashboard, lane_advice, protocol="https")
tm.flow(dashboard, duty_manager, lane_advice, protocol="https")
tm.flow(duty_manager, dashboard, lane_status, protocol="https", label="records lanes opened")
