"""Arctic research station supply forecast: the first design, before any security review.

A polar research institute runs a year-round Arctic station that is reachable only
by chartered ski-equipped aircraft. The station manager records daily stock counts
of food and fuel and the planned headcount in a stores log on the station server;
the medical officer records medical stock drawn (item counts only, no patients);
fuel tank gauges write levels to the same log. Each night the log is uploaded over
the satellite link by SFTP to the institute's data centre, where an ingestion job
joins it with forecasts and observations from the national weather service. An
in-house model, retrained monthly, forecasts fuel, food and medical supply use for
the next twelve weeks; a planning service turns the forecasts into proposed resupply
flights and loads. The logistics coordinator reviews the plan in a dashboard (institute
SSO with MFA), approves it and books the flights with the air charter operator.
Controls: SFTP and HTTPS links, log schema checks, dataset snapshots, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Arctic research station supply forecast",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts fuel, food and medical supply use at a polar station and plans "
    "resupply flights with the logistics office.",
)

# ---------------------------------------------------------------- data assets
tank_readings = tg.Data(
    "Fuel tank level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stores_log = tg.Data(
    "Food and fuel stock log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Daily stock counts and drawdown per item, entered by the station manager.",
)
medical_log = tg.Data(
    "Medical stock log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Medicines and consumables drawn from the medical store, as item counts.",
)
headcount = tg.Data(
    "Planned station headcount",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Number of people expected on station per week (no names).",
)
weather = tg.Data(
    "Weather forecast and observations",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Temperature, wind and flying-weather forecasts for the station area.",
)
history = tg.Data(
    "Historical consumption set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
features = tg.Data(
    "Current consumption features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data("Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
forecast = tg.Data(
    "Supply use forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
draft_plan = tg.Data(
    "Proposed resupply plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Proposed flight dates, loads and reorder quantities.",
)
approved_plan = tg.Data(
    "Approved resupply plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
booking = tg.Data(
    "Charter flight booking request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flight_confirmation = tg.Data(
    "Charter flight confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Research station", trust=tg.Trust.INTERNAL):
    # Keeps the daily stock counts and the headcount plan.
    manager = tm.add(tg.Actor("Station manager", role="station manager"))
    # Records what is drawn from the medical store.
    medic = tm.add(tg.Actor("Station medical officer", role="medical officer"))
    # Level gauges on the bulk fuel tanks, wired to the station LAN.
    gauges = tm.add(tg.Device("Fuel tank level gauges", fleet=True))
    # Local server where all station stock records land; synced nightly.
    station_log = tm.add(
        tg.DataStore(
            "Station stores log",
            stores={tank_readings, stores_log, medical_log, headcount},
        )
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # National meteorological institute's open data API.
    met = tm.add(
        tg.DataSource(
            "Met service forecast API",
            origin=tg.Origin.PARTNER,
            provides={weather},
        )
    )

with tm.boundary("Institute data centre", trust=tg.Trust.INTERNAL):
    # Loads the nightly upload and weather data, checks and joins them.
    ingestion = tm.add(
        tg.Pipeline(
            "Log ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="rejects rows with unknown items or impossible counts")
            },
        )
    )
    # Years of station consumption, headcount and weather, for training.
    dataset = tm.add(
        tg.Dataset(
            "Consumption history dataset",
            stores={history},
            controls={c.DataVersioning(note="monthly snapshots")},
        )
    )
    # Monthly retraining of the forecast model.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Keeps every trained model version; the planner loads the pinned one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Gradient-boosted regressor: weekly use per supply line for twelve weeks.
    model = tm.add(
        tg.Model(
            "Supply use forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="A shortfall in winter can leave the station without fuel or medicines.",
        )
    )
    # Optimiser (no language model) that turns forecasts into flights and loads.
    planner = tm.add(
        tg.Service(
            "Resupply planning service",
            description="Plans flight dates and loads against aircraft payload and weather windows.",
            controls={c.HumanInTheLoop(approver="the logistics coordinator")},
        )
    )
    # Forecasts, proposed and approved plans.
    plan_db = tm.add(
        tg.DataStore("Resupply plan database", stores={forecast, draft_plan, approved_plan})
    )
    # Web dashboard for the logistics office and the station.
    dashboard = tm.add(
        tg.Endpoint(
            "Logistics planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="institute SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Logistics office", trust=tg.Trust.INTERNAL):
    # Approves the plan and books the aircraft.
    coordinator = tm.add(tg.Actor("Logistics coordinator", role="logistics coordinator"))

with tm.boundary("Air charter operator", trust=tg.Trust.PARTNER):
    # Operator of the ski-equipped aircraft; takes bookings through its portal.
    charter = tm.add(tg.ExternalService("Charter booking portal"))

# ---------------------------------------------------------------- flows
tm.flow(gauges, station_log, tank_readings, protocol="modbus")
tm.flow(manager, station_log, stores_log, headcount)
tm.flow(medic, station_log, medical_log)
tm.flow(
    station_log,
    ingestion,
    tank_readings,
    stores_log,
    medical_log,
    headcount,
    protocol="sftp",
    label="nightly upload over satellite link",
)
tm.flow(met, ingestion, weather, protocol="https")

tm.flow(ingestion, dataset, history)
tm.flow(dataset, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load pinned version")

tm.flow(ingestion, planner, features)
tm.flow(planner, model, features)
tm.flow(model, planner, forecast)
tm.flow(planner, plan_db, forecast, draft_plan)

tm.flow(plan_db, dashboard, forecast, draft_plan, approved_plan)
tm.flow(dashboard, coordinator, forecast, draft_plan, protocol="https")
tm.flow(coordinator, dashboard, approved_plan, protocol="https", label="approves plan")
tm.flow(dashboard, plan_db, approved_plan)
tm.flow(dashboard, manager, approved_plan, forecast, protocol="https", label="over satellite link")
tm.flow(coordinator, charter, booking, protocol="https")
tm.flow(charter, coordinator, flight_confirmation, protocol="https")
