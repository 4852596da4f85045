"""Taxi demand surge forecaster: the first design, before any security review.

A Vienna taxi company forecasts, every five minutes, how many rides each city zone
will ask for in the next hour, and nudges idle drivers toward zones where demand
will outrun supply. A feature pipeline in the company's cloud aggregates live
bookings from the booking database, the city's public events listings and a paid
weather forecast into zone features in a feature store. A repositioning service
reads those features and the drivers' live positions from the driver app, asks a
gradient-boosted demand model for the forecast, and pushes "head to zone X" nudges
to drivers' phones; dispatchers in the control room see the forecast heatmap and
can pause nudges for a zone. A data scientist retrains the model weekly on the
feature history and tags the version to serve in a model registry. Passengers and
drivers sign in to their apps, dispatchers use company SSO with roles, the booking
database is encrypted at rest and apps talk to the cloud over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Taxi dispatch demand surge forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Next-hour ride demand per zone, used to nudge idle drivers toward busy zones.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Passenger name, phone number, pickup and drop-off address and time.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
bookings = tg.Data(
    "Booking records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
events = tg.Data(
    "City event listings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Concerts, matches and fairs with venue, start and end times.",
)
weather_query = tg.Data(
    "Zone forecast request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
weather = tg.Data("Hourly weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
zone_features = tg.Data(
    "Zone demand features",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Bookings per zone per 15 minutes, event and weather features; no passenger identifiers.",
)
driver_positions = tg.Data(
    "Driver positions and status",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Driver id, GPS position every 15 seconds, free or occupied.",
)
forecast = tg.Data("Zone demand forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
nudge = tg.Data("Repositioning nudge", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
heatmap = tg.Data("Forecast heatmap", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
zone_overrides = tg.Data(
    "Zone nudge overrides",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_code = tg.Data(
    "Training code and config", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
model_file = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Production tag", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books rides in the passenger app or on the web; the source of the demand signal.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))
    # The city's open-data events calendar and venue listings, polled every hour.
    events_feed = tm.add(
        tg.DataSource("City events feed", origin=tg.Origin.PUBLIC_WEB, provides={events})
    )

with tm.boundary("Drivers' phones", trust=tg.Trust.UNTRUSTED):
    # Licensed drivers working shifts for the company.
    driver = tm.add(tg.Actor("Taxi driver", role="driver"))
    # Company driver app: reports position and status, shows nudges and the heatmap.
    driver_app = tm.add(tg.Device("Driver app", fleet=True))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Paid weather API with hourly forecasts per grid cell.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Control-room staff who watch the city and can pause nudges for a zone.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))
    # Builds and retrains the demand model, and decides which version serves.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Existing booking API behind the passenger app and website.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="passenger account with phone number and SMS code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Existing system of record for bookings and trips.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Aggregates bookings, events and weather into per-zone features every 5 minutes.
    feature_pipeline = tm.add(tg.Pipeline("Zone feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Latest zone features for serving, and their history for training.
    feature_store = tm.add(
        tg.FeatureStore("Zone feature store", stores={zone_features}, online=True)
    )
    # The next-hour demand forecaster.
    demand_model = tm.add(
        tg.Model(
            "Zone demand forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees predicting ride requests per zone for the next hour.",
        )
    )
    # Compares forecast demand with live supply and sends nudges to idle drivers.
    repositioning = tm.add(
        tg.Service(
            "Driver repositioning service",
            description="Every 5 minutes: forecast per zone, gap to free drivers, nudges to the nearest idle ones.",
            controls={c.Authentication(method="driver number and password in the driver app")},
        )
    )
    # Web console in the control room showing the heatmap and the override switches.
    console = tm.add(
        tg.Endpoint(
            "Dispatch console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company Azure AD SSO"), c.RBAC()},
        )
    )

    with tm.boundary("Data science workspace", trust=tg.Trust.INTERNAL):
        # Weekly retraining on the feature history.
        training = tm.add(
            tg.Pipeline(
                "Weekly model retraining", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Versions of the demand model; serving loads the one tagged production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# bookings: the demand signal
tm.flow(passenger, booking_api, booking_request, protocol="https")
tm.flow(booking_api, passenger, booking_confirmation, protocol="https")
tm.flow(booking_api, booking_db, bookings)

# features
tm.flow(booking_db, feature_pipeline, bookings, label="5-minute incremental export")
tm.flow(events_feed, feature_pipeline, events, protocol="https")
tm.flow(feature_pipeline, weather_api, weather_query, protocol="https")
tm.flow(weather_api, feature_pipeline, weather, protocol="https")
tm.flow(feature_pipeline, feature_store, zone_features)

# forecasting and nudges
tm.flow(driver, driver_app, driver_positions, label="goes free or occupied")
tm.flow(driver_app, repositioning, driver_positions, protocol="https")
tm.flow(feature_store, repositioning, zone_features, label="online lookup")
tm.flow(repositioning, demand_model, zone_features)
tm.flow(demand_model, repositioning, forecast)
tm.flow(repositioning, driver_app, nudge, heatmap, protocol="https")
tm.flow(driver_app, driver, nudge, heatmap, label="shown on screen")
tm.flow(repositioning, console, heatmap, forecast)
tm.flow(console, dispatcher, heatmap, protocol="https")
tm.flow(dispatcher, console, zone_overrides, protocol="https")
tm.flow(console, repositioning, zone_overrides)

# retraining
tm.flow(feature_store, training, zone_features, label="weekly offline snapshot")
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, model_file)
tm.flow(data_scientist, registry, promotion, protocol="https", label="tags version as production")
tm.flow(registry, demand_model, model_file, label="deploy production tag")
