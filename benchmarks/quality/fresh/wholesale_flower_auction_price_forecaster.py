"""Wholesale flower auction price forecaster: the first design, before review.

Each auction morning the clocks sell tens of thousands of lots of cut flowers and
plants. Growers announce their supply (product, grade, stem length, quantity) in
the auction app the evening before; buyers bid on the clocks from the trading floor
or remotely. A regression model forecasts the expected clock price of each lot from
the announced supply, a commercial weather feed and years of clock results and bids.
A pre-auction job scores the day's lots once supply closes and writes the forecasts
to a store the auction app reads: growers see forecasts for their own lots, buyers
for the whole day's supply. Retraining runs weekly on the ML platform and a data
scientist promotes a new version after checking its backtest. Everything runs in
the auction's own data centre. App users sign in with their auction account; the
app API sits behind the existing API gateway with per-account quotas, and every
external link uses TLS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Wholesale flower auction price forecaster",
    profile=tg.RiskProfile.LOW,
    description=(
        "Per-lot clock price forecasts from supply, weather and historical bids, "
        "shown to growers and buyers in the auction app."
    ),
)

# ---------------------------------------------------------------- data assets
supply = tg.Data(
    "Supply announcements",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per lot: grower, product, grade, stem length, quantity and auction day.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bids = tg.Data("Clock bids", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
purchases = tg.Data(
    "Purchase confirmations", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
clock_results = tg.Data(
    "Clock results and bid history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every lot sold: price, time on the clock, buying account and losing bids.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weather = tg.Data(
    "Weather observations and forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Temperature, sunshine and precipitation for growing regions and key markets.",
)
features = tg.Data("Lot price features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
model_artifact = tg.Data(
    "Price model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecasts = tg.Data(
    "Lot price forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected clock price and a range for each lot of the coming auction.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Growers announce supply and look at forecasts for their lots.
    grower = tm.add(tg.Actor("Grower", role="grower"))
    # Buyers (exporters, wholesalers, florists) bid and plan purchases.
    buyer = tm.add(tg.Actor("Buyer", role="buyer"))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial weather feed, pulled hourly.
    weather_feed = tm.add(
        tg.DataSource(
            "Weather data feed",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Commercial weather API for the Netherlands, Kenya, Ethiopia and Colombia.",
        )
    )

with tm.boundary("Auction data centre", trust=tg.Trust.INTERNAL):
    # Backend of the auction app: supply entry and forecast display.
    app_api = tm.add(
        tg.Endpoint(
            "Auction app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description=(
                "Growers see forecasts only for their own lots; buyers see the whole "
                "day's supply with forecasts."
            ),
            controls={
                c.Authentication(method="auction account username and password"),
                c.RBAC(note="grower and buyer account roles"),
                c.RateLimiting(requests_per_minute=120, note="existing API gateway quota"),
            },
        )
    )
    # Lots announced for the coming auction days.
    supply_db = tm.add(tg.DataStore("Supply database", stores={supply}))
    # The clock system that runs the Dutch auction and takes bids.
    clock = tm.add(tg.Service("Auction clock system"))
    # History of every lot sold and every bid, the main training signal.
    clock_history = tm.add(tg.DataStore("Clock transaction history", stores={clock_results}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins supply, weather and past results into per-lot features.
        feature_pipeline = tm.add(
            tg.Pipeline(
                "Feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                controls={c.SchemaEnforcement(note="weather feed schema checked on load")},
            )
        )
        # Offline features for training and the day's features for scoring.
        feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}, online=False))
        # Weekly retraining on the latest two seasons.
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versions of the price model, promoted by hand.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )
        # The forecaster itself.
        price_model = tm.add(
            tg.Model(
                "Clock price forecast model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Predicts the clock price per stem for each announced lot.",
            )
        )
        # Scores the day's lots after supply closes.
        forecast_job = tm.add(tg.Service("Pre-auction forecast job"))
        # Forecasts the app reads.
        forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecasts}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Growers and buyers in the app
tm.flow(grower, app_api, supply, protocol="https", label="announces supply")
tm.flow(grower, app_api, forecast_request, protocol="https")
tm.flow(app_api, grower, forecasts, protocol="https")
tm.flow(buyer, app_api, forecast_request, protocol="https")
tm.flow(app_api, buyer, forecasts, supply, protocol="https")
tm.flow(app_api, supply_db, supply)
tm.flow(supply_db, app_api, supply)
tm.flow(forecast_store, app_api, forecasts)

# Bidding on the clock
tm.flow(buyer, clock, bids, protocol="https", label="remote clock bidding")
tm.flow(clock, buyer, purchases, protocol="https")
tm.flow(supply_db, clock, supply, label="lots for the day")
tm.flow(clock, clock_history, clock_results)

# Features
tm.flow(supply_db, feature_pipeline, supply, label="nightly export")
tm.flow(clock_history, feature_pipeline, clock_results, label="nightly export")
tm.flow(weather_feed, feature_pipeline, weather, protocol="https", controls={tls})
tm.flow(feature_pipeline, feature_store, features)

# Training and promotion
tm.flow(data_scientist, training, training_config)
tm.flow(feature_store, training, features)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, label="promotes after backtest")
tm.flow(registry, price_model, model_artifact, label="deploy")

# Daily scoring
tm.flow(feature_store, forecast_job, features)
tm.flow(forecast_job, price_model, features)
tm.flow(price_model, forecast_job, forecasts)
tm.flow(forecast_job, forecast_store, forecasts)
