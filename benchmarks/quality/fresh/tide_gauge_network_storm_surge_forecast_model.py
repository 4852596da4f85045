"""Storm surge forecasting and flood warnings: the council's first design.

The coastal council runs a network of radar tide gauges on harbour walls and
piers. Each gauge's outstation sends one-minute water levels over a private
mobile APN to a telemetry ingest service in the council's cloud tenancy, which
range-checks them and writes them to a hydrometric database. Every hour a
forecast runner combines recent levels with the national weather service's wind
and pressure forecast and runs an in-house surge model (gradient-boosted trees
on top of the harmonic tide prediction), retrained each season from the gauge
record and promoted through a versioned model registry. When a forecast crosses
a flood-area threshold the warning service drafts a warning; the duty flood
officer approves it before it goes by SMS, through a commercial SMS gateway, to
residents who signed up on the council website. Emergency planners from partner
agencies see forecasts and issued warnings on a signed-in dashboard.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tide gauge network and storm surge forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Gauge telemetry, an hourly surge forecast and SMS flood warnings to residents.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Tide gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="One-minute water level, battery and status from each gauge outstation.",
)
weather = tg.Data(
    "Wind and pressure forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Licensed gridded forecast from the national weather service.",
)
history = tg.Data(
    "Historical tide and surge record",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Years of gauge levels with observed surge residuals, for retraining.",
)
model_inputs = tg.Data("Surge model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
surge_forecast = tg.Data(
    "Surge forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Predicted still-water level per gauge for the next 36 hours.",
)
artifact = tg.Data(
    "Surge model artifact",
    format="joblib",
    sensitivity=tg.Sensitivity.INTERNAL,
)
warning_draft = tg.Data("Draft flood warning", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data("Warning approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
warning_sms = tg.Data(
    "Flood warning message",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
send_batch = tg.Data(
    "SMS send batch",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Warning text with the mobile numbers of subscribers in the flood areas.",
)
delivery_receipts = tg.Data("SMS delivery receipts", kind="records", sensitivity=tg.Sensitivity.PII)
subscribers = tg.Data(
    "Warning subscriber details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Name, mobile number, address and flood areas of each resident who signed up.",
)
signup_form = tg.Data("Sign-up form", kind="records", sensitivity=tg.Sensitivity.PII)
signup_confirmation = tg.Data(
    "Sign-up confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
planner_view = tg.Data(
    "Forecast and warning overview", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
planner_query = tg.Data("Dashboard request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
issued_warnings = tg.Data(
    "Issued warnings log", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Coastal gauge sites",
    trust=tg.Trust.UNTRUSTED,
    description="Harbour walls and piers the public can walk on.",
):
    # The radar gauges and their outstations: the only source of measured sea level.
    gauges = tm.add(
        tg.Device(
            "Tide gauge outstations",
            fleet=True,
            description="Twelve radar level sensors with cellular outstations.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents in the flood areas who sign up for and receive warnings.
    resident = tm.add(tg.Actor("Resident", role="warning subscriber"))

with tm.boundary("National weather service", trust=tg.Trust.PARTNER):
    # Wind and pressure forecasts drive the surge; the council licenses the feed.
    met_feed = tm.add(
        tg.DataSource(
            "Weather forecast feed",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Hourly gridded wind and mean-sea-level pressure forecast.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial aggregator that delivers the warning texts to mobile networks.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Resilience partners", trust=tg.Trust.PARTNER):
    # Planners at the fire service, police, NHS and neighbouring councils.
    planner = tm.add(tg.Actor("Emergency planner", role="resilience partner"))

with tm.boundary("Council offices", trust=tg.Trust.INTERNAL):
    # The on-call officer who decides whether a warning is issued.
    duty_officer = tm.add(
        tg.Actor("Duty flood officer", role="flood risk officer", privileged=True)
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives gauge telemetry and rejects out-of-range or impossible values.
    ingest = tm.add(
        tg.Service(
            "Telemetry ingest",
            controls={
                c.SchemaEnforcement(note="range and rate-of-change checks per gauge"),
            },
        )
    )
    # Time-series store of readings and the forecasts made from them.
    hydro_db = tm.add(
        tg.DataStore("Hydrometric database", stores={readings, surge_forecast, history})
    )
    # Hourly job that assembles model inputs, runs the model and stores the result.
    runner = tm.add(tg.Service("Forecast runner"))
    # The surge model itself: predicts the surge residual added to the astronomical tide.
    surge_model = tm.add(
        tg.Model(
            "Storm surge forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted trees over wind, pressure and recent residuals.",
        )
    )
    # Compares forecasts with flood-area thresholds and drafts warnings for approval.
    warning_service = tm.add(
        tg.Service(
            "Flood warning service",
            controls={
                c.HumanInTheLoop(approver="duty flood officer"),
                c.Authentication(method="council single sign-on with MFA"),
            },
        )
    )
    # Residents' sign-up details and the flood areas they want warnings for.
    subscriber_db = tm.add(
        tg.DataStore(
            "Subscriber database",
            stores={subscribers},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Public web form on the council site where residents register a mobile number.
    signup = tm.add(
        tg.Endpoint(
            "Warning sign-up page",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="UK mobile number and postcode format checks")},
        )
    )
    # Read-only view of gauges, forecasts and issued warnings for partner agencies.
    dashboard = tm.add(
        tg.Endpoint(
            "Planner dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council single sign-on guest accounts with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Model development", trust=tg.Trust.INTERNAL):
        # Seasonal retraining on the gauge record, run by the council's hydrologist.
        training = tm.add(tg.Pipeline("Surge model retraining", stage=tg.Stage.TRAINING))
        # Keeps each trained version so that the runner can pin or roll back.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={artifact},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# telemetry
tm.flow(gauges, ingest, readings, protocol="mqtt", label="one-minute levels over private APN")
tm.flow(ingest, hydro_db, readings)

# forecasting
tm.flow(hydro_db, runner, readings, label="recent levels")
tm.flow(met_feed, runner, weather, protocol="https")
tm.flow(runner, surge_model, model_inputs)
tm.flow(surge_model, runner, surge_forecast)
tm.flow(runner, hydro_db, surge_forecast, label="store forecast")
tm.flow(runner, warning_service, surge_forecast)

# retraining and promotion
tm.flow(hydro_db, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, surge_model, artifact, label="deploy pinned version")

# warning approval and issue
tm.flow(warning_service, duty_officer, warning_draft, protocol="https")
tm.flow(duty_officer, warning_service, approval, protocol="https")
tm.flow(subscriber_db, warning_service, subscribers, label="subscribers in affected areas")
tm.flow(warning_service, sms_gateway, send_batch, protocol="https")
tm.flow(
    sms_gateway,
    warning_service,
    delivery_receipts,
    protocol="https",
    label="delivery receipt webhook",
)
tm.flow(sms_gateway, resident, warning_sms, protocol="sms")

# resident sign-up
tm.flow(resident, signup, signup_form, protocol="https")
tm.flow(signup, subscriber_db, subscribers)
tm.flow(signup, resident, signup_confirmation, protocol="https")

# emergency planners
tm.flow(warning_service, hydro_db, issued_warnings, label="issued warnings")
tm.flow(hydro_db, dashboard, planner_view)
tm.flow(planner, dashboard, planner_query, protocol="https")
tm.flow(dashboard, planner, planner_view, protocol="https")
