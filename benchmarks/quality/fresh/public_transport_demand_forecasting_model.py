"""Passenger demand forecasting: the first design, before any security review.

The city transport authority wants a forecast of passenger demand per route and
hour for the next four weeks, so that service planners can adjust timetables and
put on extra services for concerts, matches and holidays. Each night an ingestion
pipeline in the authority's cloud account collects smartcard tap records from the
ticketing vendor's back office over SFTP, passenger counts from the on-board
counters on the operators' buses, the city's events calendar and a commercial
weather forecast. A feature pipeline aggregates these into route-hour features,
dropping card numbers on the way. A weekly training job fits a gradient-boosted
regressor; a data scientist promotes a version in the model registry and a
nightly batch job writes forecasts that planners read in a planning dashboard
behind corporate SSO. The raw data lake is encrypted and role-restricted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Passenger demand forecasting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Route-level passenger demand forecasts for timetable and extra-service planning.",
)

# ---------------------------------------------------------------- data assets
tap_records = tg.Data(
    "Smartcard tap records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card number, tap time, stop, route and fare product for every journey.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
passenger_counts = tg.Data(
    "Passenger counter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boardings and alightings per stop from the on-board counters.",
)
events = tg.Data(
    "Event listings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Venue, date, start and end time and expected attendance.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Route-hour demand features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Aggregated boardings per route and hour with calendar, event and weather features.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecasts = tg.Data(
    "Demand forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Expected passengers per route and hour for the next four weeks.",
)
planner_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial weather API; demand drops sharply in heavy rain.
    weather_service = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The ticketing vendor runs the smartcard back office under contract to us.
    ticketing = tm.add(
        tg.DataSource(
            "Ticketing back office",
            origin=tg.Origin.PARTNER,
            provides={tap_records},
            description="Exports the previous day's taps as a file for us to collect.",
        )
    )

with tm.boundary("City events office", trust=tg.Trust.PARTNER):
    # The city's events calendar, fed by the events office and venue operators.
    events_calendar = tm.add(
        tg.DataSource(
            "City events calendar",
            origin=tg.Origin.PARTNER,
            provides={events},
            description="JSON API of licensed events in the city.",
        )
    )

with tm.boundary("Operators' vehicles", trust=tg.Trust.PARTNER):
    # Infrared counters above the doors on the bus operators' vehicles.
    counters = tm.add(
        tg.Device(
            "On-board passenger counters",
            fleet=True,
            description="Upload counts over the vehicles' cellular router at the end of each trip.",
        )
    )

with tm.boundary("Authority cloud account", trust=tg.Trust.INTERNAL):
    # Nightly collection of every input into the raw data lake.
    ingestion = tm.add(tg.Pipeline("Nightly ingestion", stage=tg.Stage.INGESTION))
    # Raw inputs as received, kept for retraining and audit.
    data_lake = tm.add(
        tg.DataStore(
            "Raw journey data lake",
            stores={tap_records, passenger_counts, events, weather},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Aggregates taps and counts to route-hour level and joins events and weather.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="card numbers dropped; only route-hour totals kept")},
        )
    )
    # Offline store of the route-hour features for training and batch scoring.
    feature_store = tm.add(tg.FeatureStore("Route feature store", stores={features}, online=False))
    # Weekly retraining with open-source ML libraries from PyPI.
    training = tm.add(
        tg.Pipeline("Weekly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps each trained version; the promoted version is the one served.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # The forecasting model itself.
    model = tm.add(
        tg.Model(
            "Demand forecasting model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees, one forecast per route and hour.",
        )
    )
    # Runs the promoted model each night over the next four weeks.
    batch_job = tm.add(tg.Service("Nightly forecast job"))
    # Where the forecasts are kept for the dashboard.
    forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecasts}))
    # The planners' web dashboard of forecasts by route, day and hour.
    dashboard = tm.add(
        tg.Endpoint(
            "Planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (Entra ID) with MFA")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Service planners use the forecasts to plan timetables and extra services.
    planner = tm.add(tg.Actor("Service planner", role="planner"))
    # Maintains the pipelines and decides which model version is promoted.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    ticketing,
    ingestion,
    tap_records,
    protocol="sftp",
    controls={c.EncryptionInTransit(protocol="SSH")},
)
tm.flow(counters, ingestion, passenger_counts, protocol="mqtt")
tm.flow(events_calendar, ingestion, events, protocol="https")
tm.flow(weather_service, ingestion, weather, protocol="https")
tm.flow(ingestion, data_lake, tap_records, passenger_counts, events, weather)

tm.flow(data_lake, feature_pipeline, tap_records, passenger_counts, events, weather)
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, training, features, label="training window")
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, label="promotes a version")
tm.flow(registry, model, model_artifact, label="load promoted version")

tm.flow(feature_store, batch_job, features, label="forecast horizon")
tm.flow(batch_job, model, features)
tm.flow(model, batch_job, forecasts)
tm.flow(batch_job, forecast_store, forecasts)
tm.flow(forecast_store, dashboard, forecasts)

tm.flow(planner, dashboard, planner_query, protocol="https")
tm.flow(dashboard, planner, forecasts, protocol="https")
