"""Museum visitor-flow forecasting and timed-ticket release: the first design.

The museum sells timed-entry tickets through a SaaS ticketing platform. Every
night an ingestion job in the museum's cloud tenant pulls the booking and
admission export from that platform, a weather forecast from a commercial
weather API and school term dates published by the regional education office,
and stores them in an attendance history store. A gradient-boosted regression
model, retrained monthly by the visitor-insights analyst, forecasts visitors
per half-hour slot for the next 14 days. A release planner turns the forecast
into how many timed tickets the ticketing platform may sell online per slot,
never above the galleries' fire-safety capacity, and pushes the quotas through
the vendor's API. Front-of-house managers see forecasts and quotas on an
operations dashboard (museum SSO) and can raise or lower a slot's release.
Entrance scanners validate tickets against the ticketing platform.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum visitor-flow forecasting and ticket release",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecasts visitors per time slot and sets how many timed tickets go on sale online.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Ticket booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead booker's name, e-mail, party size, slot and payment reference.",
)
confirmation = tg.Data(
    "Booking confirmation and e-ticket", sensitivity=tg.Sensitivity.PII, kind="documents"
)
scan = tg.Data("Ticket scan", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
ticket_status = tg.Data("Ticket validity", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
booking_export = tg.Data(
    "Booking and admission export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vendor's standard export: bookings per slot with booker details, and admissions.",
)
weather = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
school_terms = tg.Data(
    "School term and holiday dates", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
history = tg.Data(
    "Attendance history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Bookings, admissions, weather and calendar per slot since 2019.",
)
slot_features = tg.Data(
    "Upcoming slot features", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
model_file = tg.Data("Forecast model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
training_run = tg.Data(
    "Retraining request", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
forecast = tg.Data(
    "Visitor forecast per slot", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
quotas = tg.Data(
    "Online release quotas",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
adjustment = tg.Data(
    "Manual release adjustment", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking timed tickets online.
    visitor = tm.add(tg.Actor("Online visitor", role="visitor"))
    # Commercial weather forecast feed used as a demand driver.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Term dates published as a web page / iCal file by the regional education office.
    school_calendar = tm.add(
        tg.DataSource(
            "School calendar feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={school_terms},
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # SaaS box office: sells the tickets, holds the bookings, validates scans.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            description="Hosted box office; exposes an export API and a slot-capacity API.",
        )
    )

with tm.boundary("Museum cloud tenant", trust=tg.Trust.INTERNAL):
    # Nightly job that gathers the forecast inputs.
    ingestion = tm.add(
        tg.Pipeline(
            "Forecast data ingestion",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
        )
    )
    # Single source of history for training and for the upcoming slots' features.
    history_store = tm.add(
        tg.DataStore(
            "Attendance history store",
            stores={history, slot_features},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining of the regressor on the history.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Bucket holding the versioned model files.
    registry = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={model_file},
            controls={c.ModelVersioning(note="each monthly model kept under a dated key")},
        )
    )
    # The forecaster itself.
    model = tm.add(
        tg.Model(
            "Visitor forecast model",
            task=tg.Task.REGRESSOR,
            description="LightGBM regressor: expected visitors per half-hour slot, 14 days ahead.",
        )
    )
    # Turns forecasts into per-slot online quotas and pushes them to the vendor.
    planner = tm.add(
        tg.Service(
            "Ticket release planner",
            description="Quota = forecast-based target minus expected walk-ins, capped by capacity.",
            controls={
                c.SafetyLimits(limits="online quota never above the fire-safety capacity per slot"),
            },
        )
    )
    # Where front-of-house sees the forecast and overrides the release.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="museum SSO (Microsoft Entra ID)"),
                c.AuditLogging(note="every manual adjustment recorded with user and time"),
            },
        )
    )

with tm.boundary("Museum site network", trust=tg.Trust.INTERNAL):
    # Handheld and turnstile scanners at the entrance.
    scanners = tm.add(tg.Device("Entrance ticket scanners", fleet=True))
    # Decides on the day whether to release more or fewer tickets.
    manager = tm.add(tg.Actor("Front-of-house manager", role="operations staff"))
    # Owns the model and kicks off retraining.
    analyst = tm.add(tg.Actor("Visitor insights analyst", role="analyst", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(visitor, ticketing, booking, protocol="https")
tm.flow(ticketing, visitor, confirmation, protocol="https")
tm.flow(scanners, ticketing, scan, protocol="https")
tm.flow(ticketing, scanners, ticket_status, protocol="https")

tm.flow(ticketing, ingestion, booking_export, protocol="https", label="nightly export")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(school_calendar, ingestion, school_terms, protocol="https")
tm.flow(ingestion, history_store, history, slot_features)

tm.flow(analyst, training, training_run, label="monthly retrain")
tm.flow(history_store, training, history)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load latest")

tm.flow(history_store, planner, slot_features)
tm.flow(planner, model, slot_features)
tm.flow(model, planner, forecast)
tm.flow(planner, ticketing, quotas, protocol="https", label="slot capacity API")

tm.flow(planner, dashboard, forecast, quotas)
tm.flow(dashboard, manager, forecast, quotas, protocol="https")
tm.flow(manager, dashboard, adjustment, protocol="https")
tm.flow(dashboard, planner, adjustment)
