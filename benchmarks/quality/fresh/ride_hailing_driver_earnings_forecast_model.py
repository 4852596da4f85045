"""Driver earnings forecast: the first design, before any security review.

The driver app shows drivers a map of expected hourly earnings by zone for the next
few hours and suggests nearby zones to drive towards. The app calls our mobile API
gateway, which signs drivers in and forwards the request with the driver's current
position to a forecast service. The service reads zone features (recent trip demand,
active drivers, surge, weather and local events) from the online feature store,
asks an in-house gradient-boosted regression model for an earnings forecast per zone
and hour, and ranks nearby zones for the driver. A streaming pipeline builds the zone
features from the platform's trip event stream and a licensed weather and events
feed, and writes hourly snapshots to a training set; a weekly job retrains the model,
backtests it and stores it in the model registry, and a deployment pipeline puts an
ML engineer's approved version into serving. The platform runs in EU cities.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driver earnings forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Per-zone hourly earnings forecasts and zone suggestions shown in the driver app.",
)

# ---------------------------------------------------------------- data assets
forecast_request = tg.Data(
    "Forecast request with driver position",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver id, GPS position, vehicle type and the time window asked for.",
)
forecast = tg.Data(
    "Zone earnings forecast and suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
trip_events = tg.Data(
    "Trip events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Requests, pickups, drop-offs and fares with rider and driver ids and locations.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
weather_feed = tg.Data(
    "Weather and events feed",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed hourly weather forecast and calendar of concerts, matches and closures.",
)
zone_features = tg.Data(
    "Zone features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per zone and hour: demand, active drivers, surge, weather and event flags.",
)
training_rows = tg.Data(
    "Zone-hour earnings history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly feature snapshots with the realised average earnings per zone.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Forecast model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM booster saved with joblib.",
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
suggestion_log = tg.Data(
    "Suggestion log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Driver id, position and the forecasts and zones shown, for measuring accuracy.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers are independent contractors; anyone can sign up and pass onboarding.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # The driver app on the driver's own phone.
    driver_app = tm.add(tg.Device("Driver app", fleet=True))

with tm.boundary("Weather and events vendor", trust=tg.Trust.PARTNER):
    # Licensed external feed; the only outside input to the features.
    weather = tm.add(
        tg.DataSource(
            "Weather and events provider",
            origin=tg.Origin.VENDOR,
            provides={weather_feed},
        )
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for every driver app call.
    gateway = tm.add(
        tg.Endpoint(
            "Mobile API gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="phone number and SMS code at sign-in, then a rotated OAuth access token"
                ),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Builds the forecast map and ranks nearby zones for the requesting driver.
    forecast_service = tm.add(tg.Service("Earnings forecast service"))
    # The model itself, loaded into the forecast service's pods.
    model = tm.add(
        tg.Model(
            "Earnings forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees predicting average hourly earnings per zone.",
        )
    )
    # The platform-wide trip event stream (Kafka), owned by the marketplace team.
    trip_stream = tm.add(
        tg.DataSource("Trip event stream", origin=tg.Origin.INTERNAL, provides={trip_events})
    )
    # Turns trips and the weather feed into zone features every few minutes.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Zone feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Online store of the latest zone features, read on every forecast.
    feature_store = tm.add(
        tg.FeatureStore(
            "Zone feature store",
            stores={zone_features},
            online=True,
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # What was shown to whom, for accuracy reports and later labels.
    log_store = tm.add(tg.DataStore("Suggestion log store", stores={suggestion_log}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Hourly snapshots in the data lake, the model's training data.
        training_set = tm.add(
            tg.Dataset(
                "Earnings training set",
                stores={training_rows},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Weekly retraining with a backtest on the last four weeks.
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest must beat the serving model's error")},
            )
        )
        # Versioned store of trained models.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )
        # Rolls the approved version out to the forecast service.
        deployment = tm.add(tg.Pipeline("Model deployment pipeline", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model; approves each new version for release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(driver, driver_app, forecast_request, label="opens the earnings map")
tm.flow(driver_app, driver, forecast, label="map and suggested zones")
tm.flow(driver_app, gateway, forecast_request, protocol="https")
tm.flow(gateway, driver_app, forecast, protocol="https")
tm.flow(gateway, forecast_service, forecast_request, protocol="grpc")
tm.flow(forecast_service, gateway, forecast, protocol="grpc")

tm.flow(feature_store, forecast_service, zone_features, label="online lookup")
tm.flow(forecast_service, model, zone_features)
tm.flow(model, forecast_service, forecast)
tm.flow(forecast_service, log_store, suggestion_log)

tm.flow(trip_stream, feature_pipeline, trip_events, protocol="kafka")
tm.flow(weather, feature_pipeline, weather_feed, protocol="https")
tm.flow(feature_pipeline, feature_store, zone_features)
tm.flow(feature_pipeline, training_set, training_rows, label="hourly snapshot")

tm.flow(training_set, training, training_rows)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, deployment, release_approval, protocol="https", label="approves release")
tm.flow(registry, deployment, model_artifact)
tm.flow(deployment, model, model_artifact, label="deploy")
