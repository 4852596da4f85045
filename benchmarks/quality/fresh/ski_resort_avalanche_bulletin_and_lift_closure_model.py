"""Avalanche bulletin and lift closures: the first design, before any security review.

Snow and wind stations on the slopes report snow depth, wind and temperatures every
ten minutes over LoRaWAN to a telemetry gateway, which stores them. Each morning the
bulletin service combines the readings with the national weather forecast and the
patrollers' field observations, and an in-house avalanche danger model proposes a
danger level (1 to 5) per slope. The patrol director reviews and edits the draft on
the patrol web console and approves the daily bulletin; nothing is published or
closed without that approval. Approved slope closures are pushed to the lift control
system, which stops lifts serving closed terrain, and to the public resort app's
backend. Console users sign in with resort directory accounts, roles separate
patrollers from the director, approvals are logged; the model is retrained each
pre-season from past readings and bulletins.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski resort avalanche bulletin and lift closures",
    profile=tg.RiskProfile.HIGH,
    description="Model-proposed avalanche danger levels per slope, approved by the patrol "
    "director, drive the daily bulletin, lift closures and the public app.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Snow and wind station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Snow depth, new snow, wind speed and direction, air and snow temperature.",
)
forecast = tg.Data(
    "Mountain weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="72-hour snowfall, wind and freezing-level forecast for the resort area.",
)
observations = tg.Data(
    "Patrol field observations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Snowpit test results, observed slides and cracking, written by patrollers.",
)
slope_features = tg.Data(
    "Slope snowpack features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-slope aggregates of readings, forecast and observations.",
)
proposed_levels = tg.Data(
    "Proposed danger levels",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_bulletin = tg.Data(
    "Draft avalanche bulletin",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Proposed level per slope, with the readings behind it, for review.",
)
approval = tg.Data(
    "Bulletin approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="The director's edits and sign-off of the day's levels and closures.",
)
bulletin = tg.Data(
    "Approved avalanche bulletin",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
closures = tg.Data(
    "Approved slope closures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which slopes and the lifts serving them are closed, and until when.",
)
lift_status = tg.Data(
    "Lift running status",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Which lifts are running, stopped or on hold.",
)
slope_request = tg.Data("Slope status request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
history = tg.Data(
    "Historical readings and bulletins",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past seasons' readings with the danger levels the patrol finally published.",
)
model_file = tg.Data(
    "Avalanche danger model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Mountain field network", trust=tg.Trust.INTERNAL):
    # The measurement stations on the slopes, the model's main input.
    stations = tm.add(
        tg.Device(
            "Snow and wind stations",
            fleet=True,
            description="Solar-powered masts with ultrasonic snow depth sensors and anemometers.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National weather service: forecast input for the next days' loading.
    weather = tm.add(
        tg.ExternalService(
            "National weather service forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )
    # Guests reading the bulletin and open slopes in the resort app.
    skier = tm.add(tg.Actor("Skier", role="guest"))

with tm.boundary("Resort operations network", trust=tg.Trust.INTERNAL):
    # Receives the LoRaWAN uplinks and stores the readings.
    gateway = tm.add(tg.Service("Telemetry gateway"))
    # Time-series store of all station readings.
    readings_db = tm.add(tg.DataStore("Station readings database", stores={readings}))
    # Builds the daily draft, runs the approval, and publishes the result.
    bulletin_svc = tm.add(
        tg.Service(
            "Bulletin service",
            description="Runs daily at 05:00 and on demand when the director re-opens the bulletin.",
            controls={
                c.HumanInTheLoop(approver="the patrol director, for every bulletin and closure"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Proposes a danger level per slope; the patrol decides.
    danger_model = tm.add(
        tg.Model(
            "Avalanche danger model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Classifies each slope into danger levels 1-5 from snowpack features.",
            controls={
                c.ModelValidation(note="back-tested on the last three seasons before release")
            },
        )
    )
    # Archive of drafts, approved bulletins and closures (a legal record).
    bulletin_db = tm.add(
        tg.DataStore(
            "Bulletin archive",
            stores={draft_bulletin, bulletin, closures, observations},
            controls={c.DataVersioning(note="nightly backup to the resort NAS")},
        )
    )
    # Web console for patrollers and the director.
    console = tm.add(
        tg.Endpoint(
            "Patrol web console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resort Active Directory username and password"),
                c.RBAC(note="only the director role can approve the bulletin"),
            },
        )
    )
    # Pre-season retraining on past seasons.
    training = tm.add(tg.Pipeline("Pre-season retraining", stage=tg.Stage.TRAINING))
    # Patrol staff who dig snowpits and enter observations.
    patroller = tm.add(tg.Actor("Ski patroller", role="patrol"))
    # Signs off the bulletin and closures each day.
    director = tm.add(tg.Actor("Patrol director", role="patrol director", privileged=True))

with tm.boundary("Lift control network", trust=tg.Trust.RESTRICTED):
    # The lift supervisory system that stops lifts serving closed terrain.
    lift_control = tm.add(
        tg.Service(
            "Lift control system",
            description="Vendor supervisory system for all lifts; accepts closure lists "
            "over its REST interface.",
        )
    )

with tm.boundary("Resort cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend of the public resort app.
    app_backend = tm.add(
        tg.Endpoint(
            "Resort app backend",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(stations, gateway, readings, protocol="lorawan", label="10-minute uplinks")
tm.flow(gateway, readings_db, readings)
tm.flow(readings_db, bulletin_svc, readings)
tm.flow(weather, bulletin_svc, forecast, protocol="https")

tm.flow(patroller, console, observations, protocol="https")
tm.flow(console, bulletin_svc, observations)
tm.flow(bulletin_svc, bulletin_db, observations)

tm.flow(bulletin_svc, danger_model, slope_features)
tm.flow(danger_model, bulletin_svc, proposed_levels)
tm.flow(bulletin_svc, console, draft_bulletin)
tm.flow(console, director, draft_bulletin, protocol="https")
tm.flow(director, console, approval, protocol="https")
tm.flow(console, bulletin_svc, approval)
tm.flow(bulletin_svc, bulletin_db, draft_bulletin, bulletin, closures)

tm.flow(bulletin_svc, lift_control, closures, protocol="http", label="closure push")
tm.flow(lift_control, bulletin_svc, lift_status, protocol="http")
tm.flow(bulletin_svc, app_backend, bulletin, closures, lift_status, protocol="https")
tm.flow(skier, app_backend, slope_request, protocol="https")
tm.flow(app_backend, skier, bulletin, closures, lift_status, protocol="https")

tm.flow(readings_db, training, history, label="pre-season export")
tm.flow(bulletin_db, training, history, label="pre-season export")
tm.flow(training, danger_model, model_file, label="deploy")
