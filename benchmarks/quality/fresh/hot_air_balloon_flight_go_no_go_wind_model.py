"""Hot-air balloon flight go/no-go wind model: the first design.

A UK balloon ride company flies passengers from several launch fields at dawn.
At 04:00 a go/no-go service pulls the weather provider's forecast feed, reads
the company's own launch-site anemometers and asks an in-house surface wind
model for the expected wind at each site over the flight window; it compares
that with each site's wind limits and posts a go/no-go forecast per flight to
the operations web app. The pilot makes the final call there; a no-go makes
the notifier fetch the flight's passengers from the booking platform and text
them through an SMS provider. The model is retrained weekly on archived
forecasts against observed winds. Controls: per-logger API keys and TLS on
anemometer uploads, SSO with 2SV and roles on the operations app, the weather
API key in the secret manager, a backtest before each release, model versions.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hot-air balloon flight go/no-go wind model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Morning go/no-go wind forecasts for balloon pilots, with SMS cancellations.",
)

# ---------------------------------------------------------------- data assets
nwp = tg.Data(
    "Weather forecast feed",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Licensed gridded forecast of wind, temperature and pressure by level.",
)
readings = tg.Data(
    "Anemometer readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
archived = tg.Data("Archived forecasts", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_pairs = tg.Data(
    "Forecast and observed wind pairs", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
artifact = tg.Data("Wind model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
features = tg.Data(
    "Launch-site wind features", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
prediction = tg.Data(
    "Predicted surface wind", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
limits = tg.Data(
    "Site wind limits",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
go_no_go = tg.Data("Go/no-go forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
decision = tg.Data("Pilot flight decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
manifest = tg.Data(
    "Passenger manifest",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names and mobile numbers of the passengers booked on a flight.",
)
booking = tg.Data("Passenger booking", sensitivity=tg.Sensitivity.PII, kind="records")
cancellation = tg.Data("Cancellation text", sensitivity=tg.Sensitivity.PII, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books and pays for rides online; gets cancellation texts.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("Launch fields", trust=tg.Trust.UNTRUSTED):
    # Mast-mounted anemometers at each launch field, uploading over 4G.
    anemometer = tm.add(
        tg.Device("Launch-site anemometer", fleet=True, description="Logger on a 10 m mast.")
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # The national weather service's commercial forecast feed.
    weather = tm.add(
        tg.DataSource("Weather forecast provider", origin=tg.Origin.VENDOR, provides={nwp})
    )

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # SaaS ride-booking platform holding passengers and flights.
    booking_platform = tm.add(tg.ExternalService("Booking platform", provides="generic"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the cancellation texts.
    sms = tm.add(tg.ExternalService("SMS provider", provides="generic"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Receives anemometer uploads.
    telemetry = tm.add(
        tg.Endpoint(
            "Anemometer telemetry endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-logger API key")},
        )
    )
    # History of observed winds and of the forecasts issued.
    obs_store = tm.add(tg.DataStore("Observation store", stores={readings, archived}))
    # Weekly retraining on forecast versus observed winds.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest on last season before release")},
        )
    )
    # Holds released wind model versions.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted regressor for wind speed and direction per site and hour.
    wind_model = tm.add(
        tg.Model(
            "Surface wind model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Predicts launch-site surface wind for the flight window.",
        )
    )
    # Builds features, runs the model and applies the site limits each morning.
    go_service = tm.add(
        tg.Service(
            "Go/no-go service",
            controls={
                c.SecretsManagement(note="weather API key in the cloud secret manager"),
                c.HumanInTheLoop(
                    approver="the flight's pilot", note="the forecast is advice; the pilot decides"
                ),
            },
        )
    )
    # Per-site wind limits the chief pilot sets.
    limits_store = tm.add(tg.DataStore("Site wind limits settings", stores={limits}))
    # Where pilots see forecasts and record their decision.
    ops_app = tm.add(
        tg.Service(
            "Operations web app",
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(note="only the chief pilot edits limits"),
            },
        )
    )
    # Texts passengers when a flight is cancelled.
    notifier = tm.add(tg.Service("Cancellation notifier"))

with tm.boundary("Company staff", trust=tg.Trust.INTERNAL):
    # Flies the balloon; decides go or no-go.
    pilot = tm.add(tg.Actor("Pilot", role="pilot"))
    # Sets each site's wind limits.
    chief_pilot = tm.add(tg.Actor("Chief pilot", role="chief pilot", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(weather, go_service, nwp, protocol="https")
tm.flow(
    anemometer,
    telemetry,
    readings,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(telemetry, obs_store, readings)
tm.flow(obs_store, go_service, readings, label="latest readings")
tm.flow(go_service, obs_store, archived, label="archive issued forecast")

tm.flow(obs_store, training, training_pairs)
tm.flow(training, registry, artifact)
tm.flow(registry, wind_model, artifact, label="load released version")

tm.flow(go_service, wind_model, features)
tm.flow(wind_model, go_service, prediction)
tm.flow(limits_store, go_service, limits)
tm.flow(go_service, ops_app, go_no_go)

tm.flow(ops_app, pilot, go_no_go, protocol="https")
tm.flow(pilot, ops_app, decision, protocol="https")
tm.flow(chief_pilot, ops_app, limits, protocol="https")
tm.flow(ops_app, limits_store, limits)
tm.flow(ops_app, notifier, decision, label="no-go")

tm.flow(passenger, booking_platform, booking, protocol="https")
tm.flow(notifier, booking_platform, decision, protocol="https", label="manifest lookup")
tm.flow(booking_platform, notifier, manifest, protocol="https")
tm.flow(notifier, sms, cancellation, protocol="https")
tm.flow(sms, passenger, cancellation, protocol="sms")
