"""Wholesale fish market price forecaster: the first design, before any security review.

The market forecasts next-day auction prices for each species. Every evening an
ingestion pipeline in the market's cloud tenant collects the day's landing
declarations (an SFTP drop from the co-operatives' e-logbook operator), a weather
and sea-state forecast from a commercial API, and the day's auction results pushed
by the on-premises auction system. A nightly forecast job runs the in-house
gradient-boosted price model over these and writes per-species forecasts.
Fishing co-operatives and buyers with a subscription sign in to a web app (e-mail
and password) to see the forecasts; the auction system pulls them from a forecast
API each morning and sets reserve prices from them automatically. A data scientist
retrains the model monthly and promotes versions in a model registry. Controls in
this design: TLS on external links, web app sign-in with subscription roles, an
API key on the forecast API, encryption at rest on the cloud databases and model
versioning in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wholesale fish market price forecaster",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Next-day per-species auction price forecasts for subscribers, also used by "
        "the auction system to set reserve prices automatically."
    ),
)

# ---------------------------------------------------------------- data assets
landings = tg.Data(
    "Landing declarations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel, skipper, species, weight and landing port for each catch.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weather = tg.Data(
    "Weather and sea-state forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
auction_results = tg.Data(
    "Auction results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot, species, grade, hammer price and buyer number of each sale.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data("Price model features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
training_set = tg.Data(
    "Historical training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Price model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
forecasts = tg.Data(
    "Price forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected price and range per species and grade for the next auction.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
accounts = tg.Data(
    "Subscriber accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, company and subscription tier of subscribers.",
)
login = tg.Data("Subscriber sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
metrics = tg.Data("Backtest metrics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
api_key = tg.Data("Forecast API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Co-operative staff and buyers; anyone can buy a subscription.
    subscriber = tm.add(tg.Actor("Subscriber", role="co-operative or buyer"))

with tm.boundary("Data providers", trust=tg.Trust.PARTNER):
    # The e-logbook operator drops the day's landing declarations for the market.
    landing_feed = tm.add(
        tg.DataSource(
            "Landing declaration feed",
            origin=tg.Origin.PARTNER,
            provides={landings},
            description="Daily file of declarations from the co-operatives' e-logbook operator.",
        )
    )
    # Commercial weather API: wind, swell and temperature forecasts per fishing area.
    weather_api = tm.add(
        tg.DataSource(
            "Weather forecast API",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Commercial marine weather service, paid per call.",
        )
    )

with tm.boundary("Market cloud tenant", trust=tg.Trust.INTERNAL):
    # What subscribers sign in to; shows forecasts by species and tier.
    web_app = tm.add(
        tg.Endpoint(
            "Subscription web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="subscription tier decides which species and ports are shown"),
            },
        )
    )
    # Holds subscriber accounts and tiers for the web app.
    account_db = tm.add(
        tg.DataStore(
            "Subscriber account database",
            stores={accounts, login},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Machine API the on-premises auction system pulls forecasts from.
    forecast_api = tm.add(
        tg.Endpoint(
            "Forecast API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="static API key")},
        )
    )
    # Collects landings, weather and auction results every evening.
    ingestion = tm.add(
        tg.Pipeline(
            "Evening ingestion pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={c.SchemaEnforcement(note="landing file columns and types are checked")},
        )
    )
    # Long-term history of landings, weather and auction results.
    history_db = tm.add(
        tg.DataStore(
            "Market history database",
            stores={landings, weather, auction_results},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the model each night once the day's data is in.
    forecast_job = tm.add(
        tg.Service(
            "Nightly forecast job",
            description="Builds features from the history and scores every species.",
        )
    )
    # The price model itself, loaded by the forecast job.
    price_model = tm.add(
        tg.Model(
            "Auction price model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees predicting next-day price per species and grade.",
        )
    )
    # Published forecasts, read by the web app and the forecast API.
    forecast_store = tm.add(
        tg.DataStore(
            "Forecast store",
            stores={forecasts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly retraining on the market history.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versions of the price model; the forecast job loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Market premises", trust=tg.Trust.INTERNAL):
    # Runs the daily auction; sets each lot's reserve price from the forecast.
    auction = tm.add(
        tg.Service(
            "Auction system",
            description="Clock auction software; reserve price = forecast low bound per lot.",
        )
    )
    # Builds and promotes the price model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Evening ingestion
tm.flow(landing_feed, ingestion, landings, protocol="sftp", label="daily declaration file")
tm.flow(ingestion, weather_api, protocol="https", label="forecast request")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(auction, ingestion, auction_results, protocol="https", label="end-of-day results upload")
tm.flow(ingestion, history_db, landings, weather, auction_results)

# Nightly forecasting
tm.flow(history_db, forecast_job, landings, weather, auction_results)
tm.flow(registry, forecast_job, weights, label="load promoted model")
tm.flow(forecast_job, price_model, features)
tm.flow(price_model, forecast_job, forecasts)
tm.flow(forecast_job, forecast_store, forecasts)

# Subscribers
tm.flow(subscriber, web_app, login, protocol="https")
tm.flow(web_app, account_db, login, label="sign-in check")
tm.flow(account_db, web_app, accounts)
tm.flow(forecast_store, web_app, forecasts)
tm.flow(web_app, subscriber, forecasts, protocol="https")

# Auction system
tm.flow(auction, forecast_api, api_key, protocol="https", label="morning forecast pull")
tm.flow(forecast_store, forecast_api, forecasts)
tm.flow(forecast_api, auction, forecasts, protocol="https")

# Retraining
tm.flow(history_db, training, training_set)
tm.flow(training, registry, weights)
tm.flow(data_scientist, training, protocol="https", label="starts retraining")
tm.flow(training, data_scientist, metrics, protocol="https", label="backtest report")
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes a version")
