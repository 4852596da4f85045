"""Bank branch queue staffing forecaster: the first design.

A UK retail bank forecasts how many customers will walk into each branch every
hour, and proposes staff rosters to match. Door counters in each branch publish
footfall counts over MQTT on the private branch WAN to an ingestion job in the
bank's data platform, which also takes hourly appointment counts from the
booking system, local events from a public events API, and a payday and
benefit-date calendar the analytics team maintains. Incoming feeds must match
declared schemas, and the history tables are versioned. A gradient-boosted
forecast model, retrained monthly by the analytics team, runs in a nightly job
that reads staff availability from the vendor-hosted workforce management (WFM)
system and pushes proposed rosters back to it over HTTPS; branch managers accept
or adjust them there. Regional managers see forecasts and rosters on a BI
dashboard behind corporate SSO with MFA and role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bank branch queue staffing forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Hourly branch footfall forecasts and proposed staff rosters for branch managers.",
)

# ---------------------------------------------------------------- data assets
footfall = tg.Data(
    "Door counter footfall counts",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="In and out counts per branch door per 15 minutes.",
)
appointments = tg.Data(
    "Hourly appointment counts",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Booked appointments per branch per hour, no customer details.",
)
events_query = tg.Data("Events query by branch location", sensitivity=tg.Sensitivity.PUBLIC)
local_events = tg.Data("Local events listings", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
paydays = tg.Data(
    "Payday and benefit-date calendar", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
history = tg.Data(
    "Branch visit history and features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
)
features = tg.Data("Forecast features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
forecast = tg.Data(
    "Hourly visit forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
availability = tg.Data(
    "Staff availability and contracted hours",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, contracted hours, leave and skills of branch staff.",
)
proposed_roster = tg.Data("Proposed staff roster", sensitivity=tg.Sensitivity.PII, kind="records")
roster_changes = tg.Data(
    "Roster acceptance and adjustments", sensitivity=tg.Sensitivity.PII, kind="records"
)
published_roster = tg.Data("Published staff roster", sensitivity=tg.Sensitivity.PII, kind="records")
dashboard_query = tg.Data("Dashboard filter", sensitivity=tg.Sensitivity.INTERNAL)
dashboard_view = tg.Data(
    "Forecast and staffing view", sensitivity=tg.Sensitivity.PII, kind="records"
)
training_code = tg.Data(
    "Training notebooks and config", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
model_file = tg.Data(
    "Forecast model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
wfm_api_key = tg.Data("WFM API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public listings of concerts, matches and markets near each branch.
    events_api = tm.add(tg.ExternalService("Local events API", provides="data-provider"))

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Overhead door counters in every branch.
    counters = tm.add(tg.Device("Branch door counter", fleet=True))
    # Accepts or adjusts the proposed roster for their branch.
    branch_manager = tm.add(tg.Actor("Branch manager", role="branch manager"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Customer appointment booking; supplies hourly counts only.
    booking_system = tm.add(
        tg.DataSource(
            "Appointment booking system", origin=tg.Origin.INTERNAL, provides={appointments}
        )
    )
    # Watches forecasts and staffing across a region's branches.
    regional_manager = tm.add(tg.Actor("Regional manager", role="regional manager"))
    # Builds and retrains the model every month.
    analyst = tm.add(
        tg.Actor("Analytics team data scientist", role="data scientist", privileged=True)
    )

with tm.boundary("Bank data platform", trust=tg.Trust.INTERNAL):
    # Reference calendar of local employers' paydays and benefit payment dates.
    calendar = tm.add(tg.DataStore("Payday calendar table", stores={paydays}))
    # Lands the counter, appointment, events and calendar feeds.
    ingestion = tm.add(
        tg.Pipeline(
            "Footfall ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Historical visits and features, used both for training and nightly scoring.
    history_table = tm.add(
        tg.Dataset(
            "Branch visit history",
            stores={history, footfall, appointments, local_events, forecast, published_roster},
            controls={c.DataVersioning(note="table snapshots in the lakehouse")},
        )
    )
    # Monthly retraining run by the analytics team.
    retraining = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps each month's model version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # The forecaster itself.
    forecaster = tm.add(
        tg.Model(
            "Branch visit forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees forecasting hourly visits per branch.",
        )
    )
    # Turns forecasts into proposed rosters against staff availability.
    roster_job = tm.add(
        tg.Service(
            "Nightly forecast and roster job",
            description="Scores the next two weeks and proposes shift patterns per branch.",
            controls={c.SecretsManagement(note="WFM API key in the platform vault")},
        )
    )
    # BI dashboard for regional managers.
    dashboard = tm.add(
        tg.Endpoint(
            "Staffing dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("WFM vendor", trust=tg.Trust.PARTNER):
    # Vendor-hosted workforce management, where rosters are accepted and published.
    wfm = tm.add(
        tg.ExternalService(
            "Workforce management system",
            controls={c.HumanInTheLoop(approver="branch manager")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(counters, ingestion, footfall, protocol="mqtt")
tm.flow(booking_system, ingestion, appointments, protocol="https")
tm.flow(ingestion, events_api, events_query, protocol="https")
tm.flow(events_api, ingestion, local_events, protocol="https")
tm.flow(calendar, ingestion, paydays)
tm.flow(analyst, calendar, paydays, label="maintains")
tm.flow(ingestion, history_table, history, footfall, appointments, local_events)

tm.flow(history_table, retraining, history)
tm.flow(analyst, retraining, training_code)
tm.flow(retraining, registry, model_file)
tm.flow(registry, forecaster, model_file, label="monthly deploy")

tm.flow(history_table, roster_job, features)
tm.flow(roster_job, forecaster, features)
tm.flow(forecaster, roster_job, forecast)
tm.flow(wfm, roster_job, availability, published_roster, protocol="https")
tm.flow(roster_job, wfm, proposed_roster, wfm_api_key, protocol="https")
tm.flow(wfm, branch_manager, proposed_roster, protocol="https")
tm.flow(branch_manager, wfm, roster_changes, protocol="https")
tm.flow(roster_job, history_table, forecast, published_roster, label="forecasts and rosters")

tm.flow(history_table, dashboard, forecast, published_roster)
tm.flow(regional_manager, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, regional_manager, dashboard_view, protocol="https")
