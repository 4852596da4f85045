"""Avalanche risk forecaster for a ski resort: the first design, before any security review.

The resort's snow safety team wants a per-slope avalanche danger rating, refreshed
every hour. Automatic weather stations and snowpack sensors on the mountain report
over the resort's LoRaWAN/MQTT sensor network; ski patrollers file field observations
(stability tests, recent slides, wind loading) from a mobile app; a national weather
service forecast is pulled in over HTTPS. An ingestion pipeline in the resort's cloud
account writes everything to an observation database, and an in-house gradient-boosted
model scores each slope on the five-level danger scale. Avalanche forecasters see the
ratings in a dashboard (resort SSO, roles, audit log) and are the ones who decide slope
closures; the hourly ratings and the forecasters' closures are published through a
public API to the guest app. The model is retrained before each season from past
observations and recorded avalanches, kept in a versioned registry and backtested
before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski resort avalanche risk forecaster",
    profile=tg.RiskProfile.HIGH,
    description="Hourly per-slope avalanche danger ratings for forecasters and the guest app.",
)

# ---------------------------------------------------------------- data assets
weather = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature, wind speed and direction, precipitation, new snow height.",
)
snowpack = tg.Data(
    "Snowpack sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Snow depth, layer temperatures, snow water equivalent.",
)
field_obs = tg.Data(
    "Patrol field observations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Stability test results, observed slides, cracking, wind loading; signed by patroller.",
)
nwp_forecast = tg.Data(
    "Weather service forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Gridded precipitation, wind and temperature forecast for the next 72 hours.",
)
obs_history = tg.Data(
    "Slope observation history",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
incidents = tg.Data(
    "Recorded avalanches",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Avalanche occurrences verified by forecasters, used as training labels.",
)
training_set = tg.Data(
    "Seasonal training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Danger model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
ratings = tg.Data(
    "Slope danger ratings",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
closures = tg.Data(
    "Slope closure decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
slope_status = tg.Data(
    "Public slope status",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Danger level and open/closed state per slope, as shown to guests.",
)
status_request = tg.Data(
    "Guest app status request", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Skiers and riders checking which slopes are open and how dangerous they are.
    guest = tm.add(tg.Actor("Guest", role="resort guest"))
    # Patrollers file observations from their phones, over cellular data on the mountain.
    patroller = tm.add(tg.Actor("Ski patroller", role="patroller"))

with tm.boundary("National weather service", trust=tg.Trust.PARTNER):
    # Numerical weather forecast the model uses for the next 72 hours.
    weather_feed = tm.add(
        tg.ExternalService("Weather forecast feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Mountain sensor network", trust=tg.Trust.INTERNAL):
    # Solar-powered stations on ridges and at lift tops, reporting every 10 minutes.
    stations = tm.add(
        tg.Device(
            "Automatic weather stations",
            fleet=True,
            description="About 20 stations, LoRaWAN radio to a gateway at the base area.",
        )
    )
    # Snow pillows and temperature strings buried in representative start zones.
    snow_sensors = tm.add(tg.Device("Snowpack sensors", fleet=True))

with tm.boundary("Resort cloud account", trust=tg.Trust.INTERNAL):
    # The patrol app's backend: accepts observations from signed-in patrollers.
    obs_api = tm.add(
        tg.Endpoint(
            "Field observation API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resort SSO (OIDC)"),
                c.InputValidation(note="observation form fields checked against the app's schema"),
            },
        )
    )
    # Normalises sensor messages, observations and the forecast into one schema.
    ingestion = tm.add(
        tg.Pipeline(
            "Observation ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Time-series database of everything observed on the mountain, per slope.
    obs_db = tm.add(
        tg.DataStore(
            "Observation database",
            stores={weather, snowpack, field_obs, nwp_forecast, incidents},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.DataVersioning(note="nightly snapshots"),
            },
        )
    )
    # Scores each slope hourly on the five-level danger scale.
    danger_model = tm.add(
        tg.Model(
            "Slope danger model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.ModelValidation(note="backtested on the last three seasons before release")
            },
        )
    )
    # Where forecasters review ratings, record verified avalanches and set closures.
    dashboard = tm.add(
        tg.Service(
            "Forecaster dashboard",
            controls={
                c.Authentication(method="resort SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="duty avalanche forecaster"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Combines the latest ratings and closures into the public slope status.
    publisher = tm.add(tg.Service("Slope status publisher"))
    # Public API behind the resort CDN that the guest app polls.
    guest_api = tm.add(
        tg.Endpoint(
            "Guest app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=600, note="CDN per-IP quota")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Pre-season retraining on past observations and recorded avalanches.
        training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
        # Keeps every released model version for rollback.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Snow safety office", trust=tg.Trust.INTERNAL):
    # Certified avalanche forecasters: they, not the model, close and open slopes.
    forecaster = tm.add(tg.Actor("Avalanche forecaster", role="forecaster", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(stations, ingestion, weather, protocol="mqtt", label="via LoRaWAN gateway")
tm.flow(snow_sensors, ingestion, snowpack, protocol="mqtt", label="via LoRaWAN gateway")
tm.flow(patroller, obs_api, field_obs, protocol="https")
tm.flow(obs_api, ingestion, field_obs)
tm.flow(weather_feed, ingestion, nwp_forecast, protocol="https", label="hourly pull")
tm.flow(ingestion, obs_db, weather, snowpack, field_obs, nwp_forecast)

tm.flow(obs_db, danger_model, obs_history, label="hourly scoring")
tm.flow(danger_model, dashboard, ratings)
tm.flow(danger_model, publisher, ratings, label="auto-published hourly")

tm.flow(dashboard, forecaster, ratings, obs_history, protocol="https")
tm.flow(forecaster, dashboard, closures, incidents, protocol="https")
tm.flow(dashboard, obs_db, incidents, label="verified avalanches")
tm.flow(dashboard, publisher, closures)

tm.flow(publisher, guest_api, slope_status)
tm.flow(guest, guest_api, status_request, protocol="https")
tm.flow(guest_api, guest, slope_status, protocol="https")

tm.flow(obs_db, training, training_set, label="pre-season export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, danger_model, model_artifact, label="deploy")
