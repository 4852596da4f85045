"""Smart thermostat demand response: the first design, before any security review.

A European energy retailer enrols its customers' smart thermostats in a demand
response programme. The thermostats report telemetry (indoor temperature,
setpoint, HVAC runtime, occupancy mode) to the manufacturer's cloud, from which
our ingestion job pulls it every 15 minutes, together with weather forecasts.
An in-house regression model forecasts each home's flexible load; when the grid
operator announces a grid event, the dispatch service picks homes, computes
setpoint offsets clamped to each customer's comfort limits and sends them to the
thermostats through the manufacturer's API. Customers see events and usage in the
retailer's mobile app and can override an event for their home at any time.
Controls in this design: OIDC login and rate limits on the app API, TLS on every
external link, OAuth client credentials held in a secrets manager for the vendor
API, schema checks on ingested telemetry, encrypted stores, versioned and
backtested models, and an audit log of every setpoint command.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart thermostat demand response",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Forecasts homes' flexible load and shifts thermostat setpoints during grid events.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Thermostat telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Indoor temperature, setpoint, HVAC runtime, occupancy mode, local overrides.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weather = tg.Data("Weather forecasts", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
enrolment = tg.Data(
    "Enrolment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, address, thermostat id, comfort limits and opt-outs.",
)
history = tg.Data(
    "Load training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Per-home telemetry history joined with historical weather.",
)
forecast_model = tg.Data(
    "Load forecast model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Flexible load forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
grid_event = tg.Data(
    "Grid event notice",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
capacity_bid = tg.Data(
    "Committed flexible capacity", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
setpoints = tg.Data(
    "Setpoint adjustments",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data("Customer override", kind="records", sensitivity=tg.Sensitivity.PII)
app_view = tg.Data("Event status and usage", kind="records", sensitivity=tg.Sensitivity.PII)
programme_config = tg.Data(
    "Programme configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Event eligibility rules, maximum offsets and event durations.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Enrolled customers using the retailer's mobile app.
    customer = tm.add(tg.Actor("Customer", role="enrolled household"))

with tm.boundary("Customer homes", trust=tg.Trust.UNTRUSTED):
    # The enrolled thermostats: consumer devices on home Wi-Fi, many thousands of them.
    thermostats = tm.add(
        tg.Device(
            "Smart thermostats",
            fleet=True,
            description="Connected thermostats from one manufacturer, on customers' home networks.",
        )
    )

with tm.boundary("Thermostat manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's cloud is the only way to read or command the devices.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Thermostat vendor cloud",
            provides=tg.ExternalCategory.GENERIC,
            description="Partner API for telemetry reads and setpoint commands.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial weather forecasts per postcode, a key forecasting input.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Grid operator", trust=tg.Trust.PARTNER):
    # The distribution system operator's system that calls flexibility events.
    dso = tm.add(tg.Actor("Grid operator system", role="grid operator", human=False))

with tm.boundary("DR platform VPC", trust=tg.Trust.INTERNAL):
    # Backend for the mobile app: events, usage, enrolment and overrides.
    app_api = tm.add(
        tg.Endpoint(
            "Customer app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC, retailer customer accounts"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Pulls telemetry from the vendor cloud and weather every 15 minutes.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="rejects records outside the vendor's telemetry schema"),
                c.SecretsManagement(note="vendor OAuth client secret in the cloud secrets manager"),
            },
        )
    )
    # Time-series store of telemetry and weather, the source for forecasts and training.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry, weather},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Enrolment, comfort limits and opt-outs per home.
    enrolment_db = tm.add(
        tg.DataStore(
            "Enrolment database",
            stores={enrolment},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Forecasts each home's sheddable load for an event window.
    load_model = tm.add(
        tg.Model(
            "Flexible load forecaster",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees per climate zone, served in-process.",
        )
    )
    # Decides which homes take part in an event and sends their setpoint offsets.
    dispatch = tm.add(
        tg.Service(
            "Event dispatch service",
            controls={
                c.InputValidation(note="offsets clamped to ±2 °C and the home's comfort limits"),
                c.AuditLogging(retention_days=730, note="every setpoint command, for settlement"),
            },
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Weekly retraining on the telemetry history.
        training = tm.add(
            tg.Pipeline(
                "Forecast training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest against last season before promotion")},
            )
        )
        # Holds the model versions that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={forecast_model},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who run the flexibility programme and set its limits.
    programme_ops = tm.add(
        tg.Actor("Programme operator", role="demand response operations", privileged=True)
    )

# ---------------------------------------------------------------- flows
# device telemetry and commands through the manufacturer
tm.flow(
    thermostats, vendor_cloud, telemetry, protocol="mtls", label="MQTT with device certificates"
)
tm.flow(vendor_cloud, thermostats, setpoints, protocol="mtls")

# ingestion
tm.flow(
    vendor_cloud,
    ingestion,
    telemetry,
    protocol="https",
    controls={c.Authentication(method="OAuth 2 client credentials")},
    label="15-minute pull",
)
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, telemetry_store, telemetry, weather)

# training and deployment
tm.flow(telemetry_store, training, history)
tm.flow(training, registry, forecast_model)
tm.flow(registry, load_model, forecast_model, label="load at start-up")

# grid events
tm.flow(
    dso,
    dispatch,
    grid_event,
    protocol="https",
    controls={c.Authentication(method="static API key")},
)
tm.flow(dispatch, dso, capacity_bid, protocol="https")
tm.flow(dispatch, load_model, forecast_request)
tm.flow(telemetry_store, load_model, telemetry, weather, label="recent readings")
tm.flow(load_model, dispatch, forecast)
tm.flow(enrolment_db, dispatch, enrolment, label="comfort limits and opt-outs")
tm.flow(
    dispatch,
    vendor_cloud,
    setpoints,
    protocol="https",
    controls={c.Authentication(method="OAuth 2 client credentials")},
)
tm.flow(programme_ops, dispatch, programme_config, protocol="https")

# customer app
tm.flow(customer, app_api, override, enrolment, protocol="https")
tm.flow(app_api, customer, app_view, protocol="https")
tm.flow(app_api, enrolment_db, enrolment)
tm.flow(enrolment_db, app_api, enrolment)
tm.flow(app_api, dispatch, override, label="opt this home out of the event")
tm.flow(dispatch, app_api, app_view, label="event notifications")
tm.flow(telemetry_store, app_api, telemetry, label="usage history")
