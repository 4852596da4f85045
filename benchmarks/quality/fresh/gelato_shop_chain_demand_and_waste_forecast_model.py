"""Gelato shop chain demand and waste forecast model: the first design.

Our chain of gelato shops makes every flavour in one central kitchen each morning.
A forecasting model predicts the next day's demand per flavour per shop from past
sales, the weather forecast and local events, so the kitchen makes enough without
throwing tubs away. A nightly ingestion job pulls item sales from the till
vendor's cloud API, a weather provider's forecast API and a public events listing
into a sales warehouse in our cloud account. A daily batch job runs the model and
writes suggested orders; shop managers check and adjust them, and enter end-of-day
waste, in a web app on their phones; the kitchen planner sees the final orders.
An external data-science contractor retrains the model weekly in our cloud account
and saves it to a model registry. Controls: TLS on external links, a schema check
on ingested data, encryption at rest on the warehouse, contractor sign-in with MFA,
versioned models, and an e-mail and password login to the shop app.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gelato shop chain demand and waste forecast model",
    profile=tg.RiskProfile.LOW,
    description="Daily flavour demand forecasts per shop to plan central kitchen production.",
)

# ---------------------------------------------------------------- data assets
sales = tg.Data(
    "Till item sales",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Scoops and tubs sold per flavour, shop and hour; no customer or card data.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weather = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
events = tg.Data("Local events listing", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
history = tg.Data(
    "Sales, weather and events history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
)
features = tg.Data(
    "Next-day forecast features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features"
)
forecast = tg.Data(
    "Flavour demand forecast", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
suggested_orders = tg.Data(
    "Suggested shop orders", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
adjusted_orders = tg.Data(
    "Adjusted shop orders", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
waste = tg.Data("End-of-day waste counts", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
production_plan = tg.Data(
    "Kitchen production plan", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
training_code = tg.Data(
    "Training code and configuration", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code"
)
eval_report = tg.Data("Backtest report", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
model_file = tg.Data(
    "Forecast model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # City and tourism-office event pages, scraped nightly (festivals, markets, matches).
    events_site = tm.add(
        tg.DataSource("Public events listing", origin=tg.Origin.PUBLIC_WEB, provides={events})
    )
    # Shop managers use the order app on their own phones, from the shops.
    manager = tm.add(tg.Actor("Shop manager", role="shop manager"))

with tm.boundary("Till vendor cloud", trust=tg.Trust.PARTNER):
    # The till system's cloud back end; the only source of sales.
    till = tm.add(
        tg.DataSource("Till system sales API", origin=tg.Origin.PARTNER, provides={sales})
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial weather API: daily temperature, sun and rain forecast per shop town.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # External data scientist who owns the model and retrains it every week.
    contractor = tm.add(
        tg.Actor("Data-science contractor", role="contractor data scientist", privileged=True)
    )

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # Nightly pull of sales, weather and events into the warehouse.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects rows with unknown shops or flavours")},
        )
    )
    # All history the model is trained on and forecasts from.
    warehouse = tm.add(
        tg.Dataset(
            "Sales warehouse",
            stores={sales, weather, events, history, adjusted_orders, waste},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Weekly retraining, run by the contractor in our account.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.Authentication(method="cloud IAM user with MFA")},
        )
    )
    # Keeps each weekly model version; serving loads the latest one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted regressor: tubs per flavour per shop for tomorrow.
    model = tm.add(tg.Model("Flavour demand model", task=tg.Task.REGRESSOR))
    # Runs the model each afternoon and turns forecasts into suggested orders.
    forecast_job = tm.add(tg.Service("Daily forecast job"))
    # Suggested, adjusted and final orders per shop per day.
    orders_db = tm.add(
        tg.DataStore("Orders database", stores={suggested_orders, adjusted_orders, waste})
    )
    # Web app for shop managers; sums the adjusted orders into the kitchen plan.
    orders_app = tm.add(
        tg.Endpoint(
            "Shop order app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Central kitchen", trust=tg.Trust.INTERNAL):
    # Plans the morning production run from the final orders.
    planner = tm.add(tg.Actor("Kitchen production planner", role="production planner"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2")}

tm.flow(till, ingestion, sales, protocol="https", controls=tls)
tm.flow(weather_api, ingestion, weather, protocol="https", controls=tls)
tm.flow(events_site, ingestion, events, protocol="https", label="nightly scrape")
tm.flow(orders_db, ingestion, adjusted_orders, waste)
tm.flow(ingestion, warehouse, sales, weather, events, adjusted_orders, waste)

tm.flow(warehouse, training, history)
tm.flow(contractor, training, training_code, protocol="https", controls=tls, label="weekly retrain")
tm.flow(training, contractor, eval_report, protocol="https", controls=tls)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load latest version")

tm.flow(warehouse, forecast_job, features)
tm.flow(forecast_job, model, features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, orders_db, suggested_orders)

tm.flow(orders_db, orders_app, suggested_orders, adjusted_orders)
tm.flow(orders_app, orders_db, adjusted_orders, waste)
tm.flow(orders_app, manager, suggested_orders, protocol="https", controls=tls)
tm.flow(manager, orders_app, adjusted_orders, waste, protocol="https", controls=tls)
tm.flow(orders_app, planner, production_plan, protocol="https", controls=tls)
