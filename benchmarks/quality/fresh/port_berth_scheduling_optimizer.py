"""Port berth scheduling optimizer: the first design, before any security review.

The container terminal's planning team uses this system to decide which vessel
goes to which berth, when, and with how many quay cranes. An ingestion pipeline
pulls AIS position reports from a commercial AIS provider, the shipping lines'
vessel schedules (EDI over SFTP) and marine weather forecasts into a track store.
An in-house gradient-boosted ETA model, retrained weekly on historical tracks,
forecasts arrival times; an optimizer turns the ETAs into a proposed berth and
crane plan. The harbour master's planners review and approve the plan in a
planning workbench (corporate SSO, role-based access); approved plans go to the
terminal operating system in the OT network and to an extranet portal where each
shipping line logs in to see its own berth slots. Everything except the portal's
users and the data feeds runs in the port's private cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port berth scheduling optimizer",
    profile=tg.RiskProfile.HIGH,
    description="ETA forecasting and berth/crane plan proposals for a container terminal.",
)

# ---------------------------------------------------------------- data assets
ais = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Licensed satellite and terrestrial AIS positions, speeds and headings.",
)
schedules = tg.Data(
    "Liner vessel schedules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shipping lines' berthing requests and service schedules (EDI BERMAN / IFTSAI).",
)
weather = tg.Data("Marine weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tracks = tg.Data(
    "Vessel tracks and voyage features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
eta_model_file = tg.Data(
    "ETA model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
eta = tg.Data("ETA forecasts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
draft_plan = tg.Data(
    "Proposed berth and crane plan", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
plan_edits = tg.Data(
    "Planner edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approved_plan = tg.Data(
    "Approved berth and crane plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
slot_query = tg.Data("Slot query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
slot_view = tg.Data(
    "Shipping line berth slots",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="One shipping line's confirmed berth windows and crane allocation.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shipping line operations staff who check their vessels' berth slots.
    line_user = tm.add(tg.Actor("Shipping line planner", role="shipping line"))

with tm.boundary("External data providers", trust=tg.Trust.PARTNER):
    # The commercial AIS aggregator we license position data from.
    ais_provider = tm.add(
        tg.DataSource("AIS data provider", origin=tg.Origin.VENDOR, provides={ais})
    )
    # Each shipping line drops its schedule and berthing requests on our SFTP server.
    schedule_feed = tm.add(
        tg.DataSource("Shipping line schedule feed", origin=tg.Origin.PARTNER, provides={schedules})
    )
    # Marine weather (wind, swell, visibility) that delays arrivals and crane work.
    weather_api = tm.add(
        tg.ExternalService("Marine weather API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Port private cloud", trust=tg.Trust.INTERNAL):
    # Pulls and normalises the three feeds every few minutes; EDI is parsed against its schema.
    ingestion = tm.add(
        tg.Pipeline(
            "Feed ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="EDI message schema for the schedule feed")},
        )
    )
    # Time-series database of vessel tracks, schedules and weather, joined per voyage.
    track_store = tm.add(tg.DataStore("Vessel track store", stores={tracks, schedules, weather}))
    # Weekly job that retrains the ETA model on the last two years of voyages.
    training = tm.add(tg.Pipeline("ETA model retraining", stage=tg.Stage.TRAINING))
    # Bucket holding the trained ETA model versions.
    registry = tm.add(tg.ModelRegistry("ETA model registry", stores={eta_model_file}))
    # Gradient-boosted regressor predicting arrival time at the pilot station.
    eta_model = tm.add(
        tg.Model("ETA forecasting model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Constraint solver that assigns berths, windows and crane gangs from the ETAs.
    optimizer = tm.add(
        tg.Service("Berth and crane optimizer", description="MILP solver run on each ETA update.")
    )
    # Web app where the harbour master's planners review, edit and approve plans.
    workbench = tm.add(
        tg.Service(
            "Planning workbench",
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(),
                c.HumanInTheLoop(approver="duty berth planner"),
            },
        )
    )
    # Database of approved plans, the source of truth for the portal and the TOS.
    plan_db = tm.add(tg.DataStore("Berth plan database", stores={approved_plan}))
    # Extranet portal API where each shipping line sees only its own slots.
    portal = tm.add(
        tg.Endpoint(
            "Shipping line slot portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password per shipping line")},
        )
    )

with tm.boundary("Harbour master office", trust=tg.Trust.INTERNAL):
    # Approves the berth plan; the optimizer only proposes.
    planner = tm.add(tg.Actor("Berth planner", role="harbour master planner"))

with tm.boundary("Terminal OT network", trust=tg.Trust.RESTRICTED):
    # The terminal operating system that dispatches quay cranes and yard equipment.
    tos = tm.add(tg.Service("Terminal operating system"))

# ---------------------------------------------------------------- flows
tm.flow(ais_provider, ingestion, ais, protocol="https")
tm.flow(schedule_feed, ingestion, schedules, protocol="sftp")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, track_store, tracks, schedules, weather)

tm.flow(track_store, training, tracks, label="historical voyages")
tm.flow(training, registry, eta_model_file)
tm.flow(registry, eta_model, eta_model_file, label="load latest")

tm.flow(track_store, eta_model, tracks, label="live voyage features")
tm.flow(eta_model, optimizer, eta)
tm.flow(track_store, optimizer, schedules)
tm.flow(plan_db, optimizer, approved_plan, label="current commitments")
tm.flow(optimizer, workbench, draft_plan)

tm.flow(workbench, planner, draft_plan, protocol="https")
tm.flow(planner, workbench, plan_edits, protocol="https")
tm.flow(workbench, plan_db, approved_plan)
tm.flow(workbench, tos, approved_plan, protocol="http", label="crane plan export")

tm.flow(line_user, portal, slot_query, protocol="https")
tm.flow(plan_db, portal, approved_plan)
tm.flow(portal, line_user, slot_view, protocol="https")
