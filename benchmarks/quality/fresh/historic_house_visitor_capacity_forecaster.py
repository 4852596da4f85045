"""Historic house visitor capacity forecaster: the first design, before any security review.

A heritage charity opens dozens of historic houses on timed-entry tickets sold
through a hosted ticketing platform. Each night a pipeline pulls the booking
export from the platform, a weather forecast from a commercial weather API and
the events calendar that property teams keep, and builds daily per-house
features. A gradient-boosted regressor, retrained weekly by the charity's data
analyst, forecasts visitors per house for the next fortnight; a nightly job
turns the forecast into timed-entry slot capacities, never above each house's
occupancy limit, and writes them back to the ticketing platform through its API.
Property managers see forecasts and capacities on a dashboard, enter events and
override capacities. Everything runs in the charity's cloud account; staff sign
in with the charity's Microsoft 365 accounts, the ticketing API key sits in the
cloud secrets manager and the raw booking exports are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Historic house visitor capacity forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecasts visitors per historic house and sets timed-entry slot capacities.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Visitor booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, postcode, membership number, house, date and entry slot.",
)
ticket = tg.Data("Timed-entry ticket", kind="records", sensitivity=tg.Sensitivity.PII)
booking_export = tg.Data(
    "Booking export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Nightly CSV of all bookings and scans at the gate, one row per ticket.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
events = tg.Data(
    "House events calendar",
    kind="records",
    description="Exhibitions, fairs, closures and school holidays per house.",
)
features = tg.Data(
    "Daily visitor features",
    kind="features",
    description="Per house and day: bookings so far, member share, weather and events.",
)
history = tg.Data(
    "Visitor history training set",
    kind="training-data",
    description="Three seasons of daily per-house features with actual admissions.",
)
artifact = tg.Data("Forecast model artifact", format="pickle", sensitivity=tg.Sensitivity.INTERNAL)
training_config = tg.Data("Training run configuration", kind="code")
forecast = tg.Data(
    "Visitor forecast", kind="model-output", description="Expected visitors per house per day."
)
limits = tg.Data(
    "House occupancy limits",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Maximum people per slot and per room, from fire-safety and conservation advice.",
)
capacities = tg.Data(
    "Slot capacities",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
overrides = tg.Data("Capacity overrides", kind="records")
ticketing_key = tg.Data("Ticketing API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public and members of the charity booking a visit.
    visitor = tm.add(tg.Actor("Visitor", role="visitor"))

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # Hosted booking site and gate scanning; the source of sales and the place capacities apply.
    ticketing = tm.add(tg.ExternalService("Ticketing platform"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API, per house location.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Pulls bookings, weather and events every night and builds features.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={c.SecretsManagement(note="ticketing API key in the cloud secrets manager")},
        )
    )
    # Raw booking exports as they came, kept to rebuild features.
    staging = tm.add(
        tg.DataStore(
            "Booking export bucket",
            stores={booking_export},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Per-house daily features and history the model trains and predicts on.
    dataset = tm.add(tg.Dataset("Visitor history dataset", stores={features, history}))
    # Weekly retraining, started by the analyst from a notebook.
    training = tm.add(
        tg.Pipeline("Weekly training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned model files; the capacity job loads the latest.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # The forecaster itself.
    model = tm.add(
        tg.Model(
            "Visitor forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees, one model across all houses.",
        )
    )
    # Turns forecasts into slot capacities within each house's limits and publishes them.
    capacity_job = tm.add(
        tg.Service(
            "Nightly capacity job",
            controls={
                c.PolicyEnforcement(
                    rules="capacity job never sets a slot above the house's occupancy limit"
                )
            },
        )
    )
    # Fire-safety and conservation limits per house, maintained by property managers.
    limits_store = tm.add(tg.DataStore("Occupancy limits configuration", stores={limits}))
    # Events calendar kept by property teams.
    events_store = tm.add(tg.DataStore("Events calendar", stores={events}))
    # Where property managers see forecasts and enter events, limits and overrides.
    dashboard = tm.add(
        tg.Endpoint(
            "Capacity dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )

with tm.boundary("Charity staff", trust=tg.Trust.INTERNAL):
    # Runs each house's visitor operations.
    manager = tm.add(tg.Actor("Property manager", role="property manager"))
    # Builds and retrains the forecast model.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
# visitors book on the vendor's site
tm.flow(visitor, ticketing, booking, protocol="https")
tm.flow(ticketing, visitor, ticket, protocol="https")

# nightly ingestion
tm.flow(ingestion, ticketing, ticketing_key, protocol="https", label="export request")
tm.flow(ticketing, ingestion, booking_export, protocol="https", label="nightly export")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(events_store, ingestion, events, label="nightly read")
tm.flow(ingestion, staging, booking_export)
tm.flow(ingestion, dataset, features, history)

# weekly training
tm.flow(analyst, training, training_config, protocol="https")
tm.flow(dataset, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load latest version")

# nightly capacity setting
tm.flow(dataset, capacity_job, features, label="nightly batch read")
tm.flow(capacity_job, model, features)
tm.flow(model, capacity_job, forecast)
tm.flow(limits_store, capacity_job, limits)
tm.flow(
    capacity_job,
    ticketing,
    capacities,
    ticketing_key,
    protocol="https",
    label="capacity update API",
)

# property managers
tm.flow(capacity_job, dashboard, forecast, capacities)
tm.flow(dashboard, manager, forecast, capacities, protocol="https")
tm.flow(manager, dashboard, events, limits, overrides, protocol="https")
tm.flow(dashboard, events_store, events)
tm.flow(dashboard, limits_store, limits)
tm.flow(dashboard, capacity_job, overrides)
