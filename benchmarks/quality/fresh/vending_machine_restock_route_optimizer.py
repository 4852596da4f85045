"""Vending restock route optimiser: the first design, before any security review.

A vending operator runs a few thousand snack and drink machines in offices,
stations and campuses. Each machine has a telemetry unit that reports stock
levels, sales and faults over a cellular modem to an ingestion API in our cloud
account, authenticated with a per-machine API key. A nightly job retrains a
stock-out forecasting model on the sales history; each morning a route
optimiser combines the forecasts with road times from a commercial maps API and
plans the day's restock routes. Drivers see their route and load list on a
rugged handheld app and confirm what they filled at each machine. Warehouse
staff pick each van's load from a pick-list screen. Staff sign in to the apps;
the cloud database is encrypted at rest with the provider's KMS, and the
forecast is backtested before a new version replaces the old one.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vending restock route optimiser",
    profile=tg.RiskProfile.LOW,
    description="Forecasts vending stock-outs from machine telemetry and plans daily restock routes.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Machine telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-slot stock levels, vend counts, cash-box level and fault codes.",
)
sales_history = tg.Data(
    "Sales and stock history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Forecast training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
forecast_model = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecasts = tg.Data("Stock-out forecasts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
road_query = tg.Data(
    "Machine locations for routing", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
road_times = tg.Data("Road travel times", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
routes = tg.Data(
    "Daily restock routes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stop order, machine addresses, load per stop and cash collection stops.",
)
pick_lists = tg.Data("Van pick lists", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fill_reports = tg.Data(
    "Fill confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items filled per slot, with driver id, timestamp and GPS position of the stop.",
)
driver_login = tg.Data("Driver sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Field sites", trust=tg.Trust.UNTRUSTED):
    # Telemetry units inside the machines; the machines stand in public places.
    machines = tm.add(
        tg.Device(
            "Vending machine telemetry units",
            fleet=True,
            description="Cellular telemetry boards reporting every 15 minutes.",
        )
    )
    # Rugged Android handhelds shared between drivers on a depot's vans.
    handheld = tm.add(tg.Device("Driver handheld app", fleet=True))
    # The route driver who restocks machines and collects cash.
    driver = tm.add(tg.Actor("Route driver", role="driver"))

with tm.boundary("Maps provider", trust=tg.Trust.PARTNER):
    # Commercial routing API for the travel-time matrix between stops.
    maps_api = tm.add(
        tg.ExternalService("Maps routing API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Public HTTPS endpoint the machines post telemetry to.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-machine API key")},
        )
    )
    # System of record for stock, sales and fill history.
    ops_db = tm.add(
        tg.DataStore(
            "Operations database",
            stores={sales_history, routes, fill_reports},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly retraining of the forecaster on the last 18 months of sales.
    training = tm.add(
        tg.Pipeline(
            "Forecast retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="backtest error must not get worse than the live model")
            },
        )
    )
    # Object storage bucket holding the current and previous model versions.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={forecast_model}))
    # Gradient-boosted regressor predicting hours until each slot runs empty.
    forecaster = tm.add(tg.Model("Stock-out forecaster", task=tg.Task.REGRESSOR))
    # Vehicle-routing solver; no language model, just OR-tools over forecasts and road times.
    optimiser = tm.add(tg.Service("Route optimiser"))
    # API behind the driver app and the warehouse pick-list screen.
    field_api = tm.add(
        tg.Endpoint(
            "Field operations API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="driver id and PIN")},
        )
    )

with tm.boundary("Depot warehouse", trust=tg.Trust.INTERNAL):
    # Wall-mounted screen showing each van's pick list.
    pick_screen = tm.add(tg.Service("Pick-list screen"))
    # Staff picking and loading the vans before the morning shift.
    picker = tm.add(tg.Actor("Warehouse picker", role="warehouse staff"))

# ---------------------------------------------------------------- flows
tm.flow(machines, ingest, telemetry, protocol="https", label="cellular uplink")
tm.flow(ingest, ops_db, telemetry)

tm.flow(ops_db, training, training_set, label="nightly export")
tm.flow(training, registry, forecast_model)
tm.flow(registry, forecaster, forecast_model, label="load at start")
tm.flow(ops_db, forecaster, sales_history)
tm.flow(forecaster, optimiser, forecasts)

tm.flow(optimiser, maps_api, road_query, protocol="https")
tm.flow(maps_api, optimiser, road_times, protocol="https")
tm.flow(optimiser, ops_db, routes, pick_lists)

tm.flow(ops_db, field_api, routes, pick_lists)
tm.flow(field_api, pick_screen, pick_lists, protocol="https")
tm.flow(pick_screen, picker, pick_lists)
tm.flow(picker, pick_screen, pick_lists, label="marks loads picked")
tm.flow(pick_screen, field_api, pick_lists, protocol="https", label="picked status")

tm.flow(driver, handheld, driver_login, fill_reports)
tm.flow(handheld, field_api, driver_login, fill_reports, protocol="https")
tm.flow(field_api, handheld, routes, protocol="https")
tm.flow(handheld, driver, routes)
tm.flow(field_api, ops_db, fill_reports)
