"""Dairy cooperative milk collection forecasting: the first design, before any security review.

A dairy cooperative in the EU forecasts how much milk each member farm will have
the next day, so that tanker routes can be planned the evening before. Milk meters
in each farm's parlour report volumes to a small farm gateway, which uploads them
over the internet to an ingestion API in the coop's cloud. Farmers sign in to a web
portal to see their volumes and correct readings the meters got wrong. Every week a
training pipeline refits the forecasting model on two years of volumes and weather
history; each evening a route-planning service asks the model for tomorrow's volumes,
builds tanker routes and sends them to the driver app used by the haulier firms the
coop contracts. Logistics planners can override routes in a planning console.
Controls in this design: HTTPS everywhere off the farm, per-gateway API keys,
password logins for farmers and drivers, SSO for staff, managed encryption of the
database, versioned models with a backtest before release, and an audit log of overrides.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Dairy coop milk collection forecasting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Per-farm daily milk volume forecasts that drive next-day tanker routes.",
)

# ---------------------------------------------------------------- data assets
meter_readings = tg.Data(
    "Milk meter readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-milking volumes by farm and parlour, the basis of member payments too.",
)
corrections = tg.Data(
    "Reading corrections",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Farmer-entered fixes to readings (meter faults, milk kept back).",
)
farmer_view = tg.Data(
    "Farm volume history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A farm's readings and forecasts, shown to its farmer with name and member number.",
)
weather_history = tg.Data(
    "Weather history", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
weather_forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
training_volumes = tg.Data(
    "Two years of farm volumes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Forecasting model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted regressor saved with joblib.",
)
forecast_features = tg.Data(
    "Forecast features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
volume_forecast = tg.Data(
    "Next-day volume forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
routes = tg.Data(
    "Tanker routes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Stops with farm addresses, gate codes, pickup times and expected volumes.",
)
route_overrides = tg.Data("Route overrides", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
collections = tg.Data(
    "Collection confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Volume collected, tank temperature, time and driver at each stop.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Member farms",
    trust=tg.Trust.UNTRUSTED,
    description="Parlours and farm offices on the farms' own broadband.",
):
    # Inline meters in each parlour measure every cow's milk.
    meters = tm.add(tg.Device("Parlour milk meters", fleet=True))
    # Coop-supplied box on the farm LAN that batches meter readings and uploads them.
    gateway = tm.add(
        tg.Device(
            "Farm gateway",
            fleet=True,
            description="Holds its upload API key, set when the coop installs it.",
        )
    )
    # The member farmer, who checks and corrects readings from home or the farm office.
    farmer = tm.add(tg.Actor("Farmer", role="coop member"))

with tm.boundary(
    "Haulier contractors",
    trust=tg.Trust.PARTNER,
    description="Independent haulage firms under contract to the coop.",
):
    # Tanker driver employed by a haulier, not by the coop.
    driver = tm.add(tg.Actor("Haulier tanker driver", role="contractor driver"))
    # Coop's mobile app on the drivers' phones: shows the route and records each pickup.
    driver_app = tm.add(
        tg.Device(
            "Driver app",
            fleet=True,
            description="Android phone app, one login per haulier driver.",
            controls={tg.controls.Authentication(method="username and password")},
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial weather API: history for training, forecasts for the evening run.
    weather = tm.add(tg.ExternalService("Weather data API", provides="data-provider"))

with tm.boundary("Coop cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from every farm gateway.
    ingestion = tm.add(
        tg.Endpoint(
            "Meter ingestion API",
            purpose="api",
            controls={
                tg.controls.Authentication(method="per-gateway API key"),
                tg.controls.SchemaEnforcement(note="JSON schema on each upload batch"),
            },
        )
    )
    # Where farmers see their volumes and enter corrections.
    portal = tm.add(
        tg.Service(
            "Farmer web portal",
            controls={
                tg.controls.Authentication(method="member number and password"),
                tg.controls.RBAC(note="farmer role; queries filtered by the member's farm id"),
            },
        )
    )
    # System of record for readings, corrections, routes and collections.
    volume_db = tm.add(
        tg.DataStore(
            "Milk volume database",
            stores={meter_readings, corrections, routes, collections},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.DataVersioning(note="managed point-in-time backups, 14 days"),
            },
        )
    )
    # The forecaster: one regressor over all farms, loaded from the registry.
    model = tm.add(
        tg.Model(
            "Milk volume forecasting model",
            task="regressor",
            description="Predicts each farm's next-day volume from recent yield and weather.",
        )
    )
    # Runs each evening: gathers features, calls the model, builds and publishes routes.
    planner_svc = tm.add(
        tg.Service(
            "Route planning service",
            description="Vehicle-routing solver over forecast volumes, tanker sizes and depots.",
        )
    )
    # Web console where coop staff review and change tomorrow's routes.
    console = tm.add(
        tg.Service(
            "Route planning console",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.AuditLogging(retention_days=365, note="every route override"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly refit on two years of volumes and weather.
        training = tm.add(
            tg.Pipeline(
                "Weekly training pipeline",
                stage="training",
                third_party_packages=True,
                controls={
                    tg.controls.ModelValidation(note="backtest on the last 4 weeks before release")
                },
            )
        )
        # Versioned model artifacts that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Coop offices", trust=tg.Trust.INTERNAL):
    # Coop staff who plan collections and can override the routes.
    logistics = tm.add(tg.Actor("Logistics planner", role="coop logistics staff"))

# ---------------------------------------------------------------- flows
# Farm side: meters to gateway on the parlour bus, gateway to the cloud.
tm.flow(meters, gateway, meter_readings, protocol="modbus", label="parlour RS-485 bus")
tm.flow(gateway, ingestion, meter_readings, protocol="https")
tm.flow(ingestion, volume_db, meter_readings)

# Farmer portal, both ways.
tm.flow(farmer, portal, corrections, protocol="https")
tm.flow(portal, farmer, farmer_view, protocol="https")
tm.flow(portal, volume_db, corrections)
tm.flow(volume_db, portal, farmer_view)

# Weekly training.
tm.flow(volume_db, training, training_volumes, label="weekly export")
tm.flow(weather, training, weather_history, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load on release")

# Evening forecast and route planning.
tm.flow(volume_db, planner_svc, meter_readings, label="recent yields")
tm.flow(weather, planner_svc, weather_forecast, protocol="https")
tm.flow(planner_svc, model, forecast_features)
tm.flow(model, planner_svc, volume_forecast)
tm.flow(planner_svc, volume_db, routes)

# Planners review and override.
tm.flow(planner_svc, console, routes, volume_forecast)
tm.flow(console, planner_svc, route_overrides)
tm.flow(logistics, console, route_overrides, protocol="https")
tm.flow(console, logistics, routes, volume_forecast, protocol="https")

# Hauliers: routes out, pickups back.
tm.flow(planner_svc, driver_app, routes, protocol="https")
tm.flow(driver_app, planner_svc, collections, protocol="https")
tm.flow(driver_app, driver, routes)
tm.flow(driver, driver_app, collections)
tm.flow(planner_svc, volume_db, collections, label="confirmed pickups")
