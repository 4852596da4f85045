"""Roller rink session capacity and skate hire model: the first design, before any security review.

A UK roller rink forecasts how many skaters will come to each session so that the
door till sells the right number of walk-in tickets and the skate hire desk prepares
enough hire skates in each size. A nightly ingestion job pulls the session bookings
from the online booking platform, a weather forecast from a weather service and the
school holiday dates from the council's website, aggregates them into per-session
counts and keeps them with the till's admissions history in the rink's cloud account.
A weekly job retrains a gradient-boosted attendance model. A capacity planner applies
the forecast, subtracts the bookings and caps bookings plus walk-ins at the fire
certificate's limit, then pushes a walk-in allowance to the door till and a skate prep
list to the dashboard. The duty manager signs in to the dashboard with a password to
see the plan and override it; overrides are logged and clamped to the same cap.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Roller rink session capacity and skate hire model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Per-session attendance forecasts that set walk-in ticket allowances "
    "and hire skate preparation, capped by the fire certificate.",
)

# ---------------------------------------------------------------- data assets
bookings = tg.Data(
    "Session bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bookings per session: lead booker's name and e-mail, party size, skate sizes.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
holidays = tg.Data("School holiday dates", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
session_features = tg.Data(
    "Session features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booked counts and skate sizes per session, weather, holiday flags.",
)
admissions = tg.Data(
    "Walk-in sales and admissions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tickets sold at the door and skaters admitted per session; no card data.",
)
training_data = tg.Data(
    "Attendance history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data("Attendance model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
forecast = tg.Data("Attendance forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
settings = tg.Data(
    "Fire certificate cap and overrides",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
override = tg.Data("Manager override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
allowance = tg.Data(
    "Walk-in allowance",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plan = tg.Data(
    "Session plan and skate prep list", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
ticket_sale = tg.Data("Walk-in ticket sale", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public council web page listing term dates, scraped by the ingestion job.
    holiday_calendar = tm.add(
        tg.DataSource(
            "Council school holiday calendar",
            origin=tg.Origin.PUBLIC_WEB,
            provides={holidays},
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # The SaaS booking site where customers book sessions and skate hire.
    booking_platform = tm.add(
        tg.ExternalService("Online booking platform", provides="data-provider")
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Commercial forecast API for the rink's postcode.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Rink cloud account", trust=tg.Trust.INTERNAL):
    # Pulls bookings, weather and holidays every night and aggregates them per session.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(
                    note="booker names and e-mails dropped; only counts and sizes kept"
                )
            },
        )
    )
    # History of sessions: features and what actually happened at the door.
    history = tm.add(
        tg.Dataset("Session history store", stores={session_features, admissions, training_data})
    )
    # Weekly retraining of the attendance model on the history.
    training = tm.add(
        tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Bucket holding the trained model file the planner loads.
    model_store = tm.add(tg.ModelRegistry("Model file bucket", stores={model_file}))
    # The forecasting model itself.
    model = tm.add(
        tg.Model(
            "Attendance forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor: expected skaters per session.",
        )
    )
    # Turns forecasts into walk-in allowances and skate counts within the fire cap.
    planner = tm.add(
        tg.Service(
            "Capacity planner",
            description="Allowance = forecast walk-ins, limited so bookings plus walk-ins "
            "stay under the fire certificate cap; applies manager overrides.",
            controls={
                c.PolicyEnforcement(
                    rules="bookings plus walk-ins never exceed the fire certificate cap; "
                    "overrides are clamped to it"
                )
            },
        )
    )
    # The fire certificate cap and the current manager overrides.
    settings_store = tm.add(tg.DataStore("Capacity settings", stores={settings}))
    # Web page for the duty manager: today's plan, skate prep list and overrides.
    dashboard = tm.add(
        tg.Endpoint(
            "Manager dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="username and password"),
                c.AuditLogging(note="overrides recorded with the manager's name and time"),
            },
        )
    )

with tm.boundary("Rink premises", trust=tg.Trust.INTERNAL):
    # Runs each session and may override the planner.
    manager = tm.add(tg.Actor("Duty manager", role="duty manager"))
    # Prepares the hire skates by size before each session.
    skate_staff = tm.add(tg.Actor("Skate hire staff", role="staff"))
    # EPOS till at the door: sells walk-in tickets up to the allowance.
    till = tm.add(
        tg.Device(
            "Door till",
            fleet=False,
            description="Stops selling walk-in tickets once the session's allowance is reached.",
        )
    )

with tm.boundary("Rink entrance", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying a ticket at the door.
    walk_in = tm.add(tg.Actor("Walk-in customer", role="customer"))

# ---------------------------------------------------------------- flows
tm.flow(booking_platform, ingestion, bookings, protocol="https", label="bookings API")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(holiday_calendar, ingestion, holidays, protocol="https", label="page scrape")
tm.flow(ingestion, history, session_features)
tm.flow(till, history, admissions, protocol="https", label="end-of-session export")

tm.flow(history, training, training_data)
tm.flow(training, model_store, model_file)
tm.flow(model_store, model, model_file, label="load")

tm.flow(history, planner, session_features, label="upcoming sessions")
tm.flow(planner, model, session_features)
tm.flow(model, planner, forecast)
tm.flow(settings_store, planner, settings)
tm.flow(planner, till, allowance, protocol="https")
tm.flow(planner, dashboard, forecast, plan)

tm.flow(dashboard, manager, forecast, plan, protocol="https")
tm.flow(manager, dashboard, override, protocol="https")
tm.flow(dashboard, settings_store, override)
tm.flow(manager, skate_staff, plan, label="printed skate prep list")

tm.flow(walk_in, till, ticket_sale, label="at the counter")
tm.flow(till, walk_in, ticket_sale, label="printed ticket")
