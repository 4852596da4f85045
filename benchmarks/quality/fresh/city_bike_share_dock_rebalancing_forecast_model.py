"""City bike share dock rebalancing forecast: the first design, before any security review.

The operator of a European city's bike share scheme wants to predict, hour by hour,
which docking stations will run empty or fill up, and to plan the van crews who move
bikes between them. Docks on the street report undock/dock events and occupancy over
MQTT to the operator's cloud, where they land in the trip database next to member
accounts. A nightly feature pipeline aggregates trips to dock-hour demand counts
(dropping member IDs) and joins the city's public events calendar and a commercial
weather forecast. A gradient-boosted regressor, retrained weekly by the data team
and kept in a model registry, forecasts fill levels; a rebalancing scheduler turns
the forecast and live occupancy into a draft plan that the shift dispatcher reviews
on an operations dashboard (staff SSO) before tasks go out to the crews' tablets.
Crews report completed moves and the van's position back from the tablets.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City bike share dock rebalancing forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecasts empty and full docks from trips, events and weather, and plans van rebalancing.",
)

# ---------------------------------------------------------------- data assets
trip_records = tg.Data(
    "Trip records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member account ID, start and end dock, undock and dock times.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
occupancy = tg.Data(
    "Dock occupancy readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bikes and free slots per dock, every minute.",
)
events = tg.Data("City events calendar", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
demand_features = tg.Data(
    "Dock-hour demand features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Undocks and docks per dock per hour, with event and weather covariates.",
)
training_config = tg.Data(
    "Training notebook and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Forecast model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
forecast = tg.Data("Dock fill forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
draft_plan = tg.Data("Draft rebalancing plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_plan = tg.Data(
    "Approved rebalancing plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
crew_tasks = tg.Data(
    "Crew task list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-van pick-up and drop-off tasks, with the crew member's name and shift.",
)
crew_reports = tg.Data(
    "Task completion reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bikes moved per task and the van's GPS position, by crew member.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "City streets",
    trust=tg.Trust.UNTRUSTED,
    description="Docking stations stand in public places; anyone can reach them.",
):
    # The docks are the only source of trip and occupancy data.
    docks = tm.add(
        tg.Device(
            "Docking station controllers",
            fleet=True,
            description="Embedded controllers in each station, on a cellular modem.",
        )
    )

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Van crews carry out the plan and report back.
    crew = tm.add(tg.Actor("Van crew member", role="field staff"))
    # Managed tablets in each van show tasks and send completion reports.
    tablets = tm.add(
        tg.Device(
            "Van crew tablets",
            fleet=True,
            controls={c.Authentication(method="crew member's own employee account via staff SSO")},
        )
    )

with tm.boundary("External data feeds", trust=tg.Trust.PARTNER):
    # Big events (concerts, matches) move demand at nearby docks.
    events_feed = tm.add(
        tg.DataSource(
            "City open-data events feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={events},
            description="The city's public events calendar API.",
        )
    )
    # Rain and temperature drive ridership.
    weather_api = tm.add(
        tg.DataSource(
            "Weather forecast service",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Commercial hourly forecast API, paid subscription with an API key.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # System of record for trips and dock status, shared with billing.
    trip_db = tm.add(
        tg.DataStore(
            "Trip and dock status database",
            stores={trip_records, occupancy, crew_reports},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Turns raw trips into per-dock hourly demand, without member IDs.
    feature_job = tm.add(
        tg.Pipeline(
            "Demand feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="aggregates to dock-hour counts, drops member IDs")},
        )
    )
    # History of demand features, read by training and by the nightly forecast.
    feature_store = tm.add(
        tg.FeatureStore("Demand feature store", stores={demand_features}, online=False)
    )
    # Predicts fill level per dock for the next 12 hours.
    forecast_model = tm.add(
        tg.Model(
            "Dock fill forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Runs hourly as a batch job.",
        )
    )
    # Optimiser (no language model) that turns forecasts into van routes and tasks.
    scheduler = tm.add(
        tg.Service(
            "Rebalancing scheduler",
            description="Route optimiser over forecasts, live occupancy and van capacity.",
            controls={
                c.HumanInTheLoop(
                    approver="shift dispatcher",
                    note="plans go to crews only after the dispatcher approves them",
                )
            },
        )
    )
    # Where dispatchers review, edit and approve plans.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO (OIDC) with MFA")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly retraining on the demand history.
        training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
        # Keeps model versions; the batch job loads the one tagged production.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Approves each plan before it reaches the crews.
    dispatcher = tm.add(tg.Actor("Shift dispatcher", role="operations staff"))
    # Owns the model and its training code.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data team", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(docks, trip_db, trip_records, occupancy, protocol="mqtt", controls={tls})
tm.flow(trip_db, feature_job, trip_records, occupancy, label="nightly extract")
tm.flow(events_feed, feature_job, events, protocol="https")
tm.flow(weather_api, feature_job, weather, protocol="https")
tm.flow(feature_job, feature_store, demand_features)

tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(feature_store, training, demand_features)
tm.flow(training, registry, model_artifact)
tm.flow(registry, forecast_model, model_artifact, label="load production version")

tm.flow(feature_store, forecast_model, demand_features)
tm.flow(forecast_model, scheduler, forecast)
tm.flow(trip_db, scheduler, occupancy, label="live occupancy")
tm.flow(scheduler, dashboard, draft_plan)
tm.flow(dashboard, dispatcher, draft_plan, protocol="https")
tm.flow(dispatcher, dashboard, approved_plan, protocol="https", label="edits and approves")
tm.flow(dashboard, scheduler, approved_plan)

tm.flow(scheduler, tablets, crew_tasks, protocol="https", controls={tls})
tm.flow(tablets, crew, crew_tasks)
tm.flow(crew, tablets, crew_reports)
tm.flow(tablets, scheduler, crew_reports, protocol="https", controls={tls})
tm.flow(scheduler, trip_db, crew_reports, label="moves recorded against docks")
