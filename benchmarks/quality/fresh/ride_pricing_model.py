"""Ride pricing model: the first design, before any security review.

Dynamic pricing for the ride-hailing platform. Rider and driver apps talk to the
mobile API gateway (OAuth tokens, per-user rate limits). Ride requests, app opens
and driver GPS pings go onto the event stream, where a streaming job checks them
against the schema registry, aggregates them per zone together with a weather
vendor's feed, and writes zone features to the online feature store. Every minute
the surge engine asks the in-house pricing model for a multiplier per zone, clamps
it to the city's cap, publishes it to a cache and writes it with its inputs to the
pricing decision log. The quote service applies the multiplier, and the rider app
shows the fare before booking. Raw rider and driver GPS traces go to the data lake;
the pricing team retrains weekly, backtests the new model and promotes it from the
model registry. On request, the compliance team sends a city regulator an export
of the pricing log over SFTP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ride dynamic pricing",
    profile=tg.RiskProfile.HIGH,
    description="Per-zone surge multipliers every minute from demand, supply and weather.",
)

# ---------------------------------------------------------------- data assets
ride_requests = tg.Data(
    "Ride requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider id, pickup and drop-off location, time.",
)
app_opens = tg.Data(
    "App open events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Device id and location when a rider opens the app.",
)
driver_locations = tg.Data(
    "Driver GPS pings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver id, position and status every few seconds.",
)
weather = tg.Data(
    "Weather observations and forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
zone_features = tg.Data(
    "Zone demand and supply features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
multipliers = tg.Data(
    "Surge multipliers",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
fare_quote = tg.Data("Fare quote", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
gps_traces = tg.Data(
    "Rider and driver GPS traces",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Full trip and idle traces with ride outcomes, kept for retraining.",
)
pricing_log = tg.Data(
    "Pricing decision log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per zone and minute: input features, model output and applied multiplier.",
)
regulator_export = tg.Data(
    "Regulator pricing export", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data("Training job config", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
model_artifact = tg.Data(
    "Pricing model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted model logged with the MLflow sklearn flavour.",
)
promotion = tg.Data("Promotion decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Riders request rides and see the price before booking.
    rider_app = tm.add(tg.Device("Rider app", description="iOS and Android rider app."))
    # Drivers' phones report location and availability.
    driver_app = tm.add(tg.Device("Driver app", description="iOS and Android driver app."))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial weather API; rain and snow move demand.
    weather_feed = tm.add(
        tg.DataSource("Weather feed", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("City regulators", trust=tg.Trust.PARTNER):
    # Some cities may demand pricing records.
    regulator = tm.add(tg.Actor("City regulator", role="regulator"))

with tm.boundary("Pricing platform", trust=tg.Trust.INTERNAL):
    # The apps' single entry point.
    gateway = tm.add(
        tg.Endpoint(
            "Mobile API gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth access tokens"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Kafka consumers that turn raw events into per-zone features.
    streaming = tm.add(
        tg.Pipeline(
            "Demand aggregation stream",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="Avro schemas in the schema registry")},
        )
    )
    # Latest per-zone features for the per-minute pricing run.
    feature_store = tm.add(
        tg.FeatureStore("Zone feature store", stores={zone_features}, online=True)
    )
    # Runs once a minute for every zone of every city.
    surge_engine = tm.add(
        tg.Service(
            "Surge engine",
            controls={
                c.OutputFiltering(note="multiplier clamped to [1.0, city cap]"),
                c.AuditLogging(retention_days=730, note="every multiplier with its inputs"),
            },
        )
    )
    # Predicts the multiplier that balances demand and supply in a zone.
    pricing_model = tm.add(
        tg.Model(
            "Surge pricing model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Sets what every rider in a zone pays for the next minute.",
        )
    )
    # Published multipliers the quote service reads.
    multiplier_cache = tm.add(tg.DataStore("Surge multiplier cache", stores={multipliers}))
    # Prices a requested ride: base fare times the zone's multiplier.
    quote_service = tm.add(tg.Service("Fare quote service"))
    # Kept for the regulators and for pricing analysis.
    decision_log = tm.add(
        tg.DataStore(
            "Pricing log store",
            stores={pricing_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Data lake", trust=tg.Trust.INTERNAL):
    # Raw traces kept for the weekly retraining.
    trace_lake = tm.add(
        tg.Dataset(
            "GPS trace lake",
            stores={gps_traces},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # The pricing team's weekly training job.
    retraining = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest on the previous week before promotion")},
        )
    )
    # Versions of the pricing model; serving loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs retraining, explores the traces and promotes models.
    data_scientist = tm.add(
        tg.Actor("Pricing data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(rider_app, gateway, ride_requests, app_opens, protocol="https")
tm.flow(driver_app, gateway, driver_locations, protocol="https")
tm.flow(gateway, streaming, ride_requests, app_opens, driver_locations, protocol="kafka")
tm.flow(weather_feed, streaming, weather, protocol="https")
tm.flow(streaming, feature_store, zone_features)
tm.flow(streaming, trace_lake, gps_traces, protocol="https", label="raw traces for retraining")

tm.flow(feature_store, surge_engine, zone_features)
tm.flow(surge_engine, pricing_model, zone_features)
tm.flow(pricing_model, surge_engine, multipliers)
tm.flow(surge_engine, multiplier_cache, multipliers, label="every minute")
tm.flow(surge_engine, decision_log, pricing_log)

tm.flow(gateway, quote_service, ride_requests, label="quote request")
tm.flow(multiplier_cache, quote_service, multipliers)
tm.flow(quote_service, gateway, fare_quote)
tm.flow(gateway, rider_app, fare_quote, protocol="https")

tm.flow(trace_lake, retraining, gps_traces)
tm.flow(trace_lake, data_scientist, gps_traces, protocol="https", label="notebooks")
tm.flow(data_scientist, retraining, training_config, protocol="https", label="weekly run")
tm.flow(retraining, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, pricing_model, model_artifact, label="load promoted version")

tm.flow(
    decision_log, regulator, regulator_export, protocol="sftp", label="on request, via compliance"
)
