"""Airport taxi rank demand forecaster: the first design, before any security review.

The airport forecasts how many passengers will want a taxi at each landside rank
over the next two hours, in 15-minute slots. A feature pipeline in the airport's
cloud tenancy joins the flight arrival schedule from the airport operational
database, per-flight passenger counts from the airlines' data feed and queue
lengths counted on an edge server from the rank queue cameras (frames are
discarded after counting; only counts leave the terminal). A forecast service
runs a gradient-boosted regressor every 15 minutes and publishes the forecast
through an authenticated Forecast API, used by the taxi dispatch company's system
and by the rank marshals' tablets, and through a public wait-time API behind the
CDN that the driver app reads without signing in. The model is retrained weekly
from the feature history and backtested before it replaces the live one.
Controls: TLS on external links, OAuth on the Forecast API, CDN rate limiting on
the public API, encryption at rest in the cloud tenancy.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport taxi rank demand forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Two-hour taxi demand forecast per rank for the dispatch company, marshals and drivers.",
)

# ---------------------------------------------------------------- data assets
schedule = tg.Data("Flight arrival schedule", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
pax_counts = tg.Data(
    "Passenger counts per flight",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Booked and checked-in passengers per arriving flight; airline commercial data.",
)
queue_video = tg.Data(
    "Rank queue video",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Live video of people queueing at the taxi ranks.",
)
detections = tg.Data("Person detections", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
queue_counts = tg.Data("Queue length counts", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
features = tg.Data("Demand features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
history = tg.Data("Demand history", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="training-data")
forecast = tg.Data(
    "Taxi demand forecast",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
waits = tg.Data("Expected rank waits", sensitivity=tg.Sensitivity.PUBLIC, kind="model-output")
forecast_query = tg.Data("Forecast query", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
wait_query = tg.Data("Wait time query", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any taxi driver, licensed at the airport or not, can install the public app.
    driver = tm.add(tg.Actor("Taxi driver", role="driver using the public driver app"))

with tm.boundary("Airline data partners", trust=tg.Trust.PARTNER):
    # The airlines' passenger data feed: the only source of expected passenger numbers.
    airline_feed = tm.add(
        tg.DataSource(
            "Airline passenger data feed",
            origin=tg.Origin.PARTNER,
            provides={pax_counts},
            description="Per-flight passenger counts pushed by the airlines' data hub.",
        )
    )

with tm.boundary("Taxi dispatch company", trust=tg.Trust.PARTNER):
    # The dispatch company's system: sends cars to the ranks from the forecast.
    dispatch = tm.add(
        tg.ExternalService(
            "Taxi dispatch system",
            description="The dispatch company's fleet system; polls the Forecast API.",
        )
    )

with tm.boundary("Airport operations network", trust=tg.Trust.INTERNAL):
    # The airport operational database: the authoritative flight arrival schedule.
    aodb = tm.add(
        tg.DataSource(
            "Airport operational database",
            origin=tg.Origin.INTERNAL,
            provides={schedule},
        )
    )
    # Fixed cameras over each rank's queue, on the landside camera network.
    cameras = tm.add(
        tg.Device(
            "Rank queue cameras",
            fleet=True,
            description="IP cameras over the taxi queues at each rank.",
        )
    )
    # Edge server that turns video into queue lengths, so no images leave the terminal.
    counter = tm.add(
        tg.Service(
            "Queue counting service",
            description="Counts people in each queue from the camera streams; frames are discarded.",
            controls={c.DataMinimization(note="only per-rank counts leave the edge server")},
        )
    )
    # Off-the-shelf person detector the counting service runs on each frame.
    detector = tm.add(
        tg.Model(
            "Queue person detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Pretrained open-weights person detector, run on the edge server's GPU.",
        )
    )
    # Rank marshals manage the queues and the taxi feeder park.
    marshal = tm.add(tg.Actor("Rank marshal", role="rank marshal"))
    # Airport-issued tablets the marshals read the forecast on, over staff Wi-Fi.
    tablets = tm.add(
        tg.Device(
            "Marshal tablets",
            fleet=True,
            description="Airport-managed tablets on the staff Wi-Fi.",
        )
    )

with tm.boundary("Airport cloud tenancy", trust=tg.Trust.INTERNAL):
    # Joins schedules, passenger counts and queue counts into 15-minute features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Demand feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Latest features for forecasting and their history for retraining.
    feature_store = tm.add(
        tg.FeatureStore(
            "Demand feature store",
            stores={features, history},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The forecaster: predicts taxi demand per rank for the next eight 15-minute slots.
    demand_model = tm.add(
        tg.Model(
            "Taxi demand model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor, one forecast per rank and slot.",
        )
    )
    # Runs the model every 15 minutes and publishes the result to both APIs.
    forecast_service = tm.add(
        tg.Service(
            "Forecast service",
            description="Every 15 minutes: reads features, runs the model, publishes forecasts.",
        )
    )
    # Weekly retraining, backtested against the last four weeks before it is deployed.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against the last four weeks' actuals")},
        )
    )
    # Authenticated API for the dispatch company and the marshal tablets.
    forecast_api = tm.add(
        tg.Endpoint(
            "Forecast API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OAuth 2.0 client credentials; staff SSO on tablets"),
                c.EncryptionInTransit(protocol="TLS 1.2+"),
            },
        )
    )
    # Anonymous read-only API behind the CDN for the public driver app.
    public_api = tm.add(
        tg.Endpoint(
            "Public wait-time API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per client IP at the CDN"),
                c.EncryptionInTransit(protocol="TLS 1.2+"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# inputs
tm.flow(aodb, feature_pipeline, schedule, protocol="https", label="arrivals feed")
tm.flow(airline_feed, feature_pipeline, pax_counts, protocol="https", label="per-flight push")
tm.flow(cameras, counter, queue_video, protocol="rtsp")
tm.flow(counter, detector, queue_video, protocol="local", label="frames")
tm.flow(detector, counter, detections, protocol="local")
tm.flow(counter, feature_pipeline, queue_counts, protocol="https", label="every minute")
tm.flow(feature_pipeline, feature_store, features, history)

# forecasting
tm.flow(feature_store, forecast_service, features)
tm.flow(forecast_service, demand_model, features)
tm.flow(demand_model, forecast_service, forecast)
tm.flow(forecast_service, forecast_api, forecast)
tm.flow(forecast_service, public_api, waits)

# retraining
tm.flow(feature_store, training, history)
tm.flow(training, demand_model, artifact, label="deploy after backtest")

# consumers
tm.flow(dispatch, forecast_api, forecast_query, protocol="https")
tm.flow(forecast_api, dispatch, forecast, protocol="https")
tm.flow(tablets, forecast_api, forecast_query, protocol="https")
tm.flow(forecast_api, tablets, forecast, protocol="https")
tm.flow(tablets, marshal, forecast, label="shown on the tablet screen")
tm.flow(driver, public_api, wait_query, protocol="https")
tm.flow(public_api, driver, waits, protocol="https")
