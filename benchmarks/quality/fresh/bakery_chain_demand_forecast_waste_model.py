"""Bakery chain demand forecast: the first design, before any security review.

A chain of about forty bakery shops wants to bake closer to what it sells and
throw less away. Every night a batch job forecasts each shop's demand for each
product for the next day, from till sales history, the weather forecast and
local events (markets, matches, school holidays), and turns the forecast into
the next morning's bake quantities. Shop managers see the plan in a web portal
before closing, can adjust it, and record the day's unsold (wasted) items; the
totals also go to the central production kitchen's planning system for dough.
Everything runs in the company's cloud account; the tills upload sales nightly,
weather comes from a commercial weather API and events are scraped from public
listing sites. A data scientist retrains the gradient-boosted model weekly.
Controls in this design: single sign-on for the portal, HTTPS everywhere,
provider-managed encryption of the warehouse, schema checks at ingestion,
versioned models in the registry, and a fallback plan if the nightly job fails.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bakery chain demand forecast",
    profile=tg.RiskProfile.LOW,
    description="Nightly per-shop, per-product demand forecasts that set next morning's bake quantities.",
)

# ---------------------------------------------------------------- data assets
till_sales = tg.Data(
    "Till sales by product",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-shop, per-product quantities sold per hour; no customer or card details.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
events = tg.Data(
    "Local event listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Markets, football matches, fairs and school holidays near each shop.",
)
waste_counts = tg.Data(
    "End-of-day waste counts",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Unsold items per product, entered by the shop manager at closing.",
)
training_data = tg.Data(
    "Demand training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Two years of sales, waste, weather and event features per shop and product.",
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
model_artifact = tg.Data(
    "Demand model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
forecast_features = tg.Data(
    "Next-day forecast features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
demand_forecast = tg.Data(
    "Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bake_plan = tg.Data(
    "Bake plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Quantity of each product each shop bakes tomorrow morning.",
)
adjustments = tg.Data(
    "Manager bake adjustments", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL
)
production_totals = tg.Data(
    "Production totals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Chain-wide dough and product totals for the central kitchen.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial weather API: hourly forecasts for each shop's postcode.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Public what's-on and council listing pages, scraped nightly for local events.
    event_sites = tm.add(
        tg.DataSource("Local event listing sites", origin=tg.Origin.PUBLIC_WEB, provides={events})
    )

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # The shop manager reviews tomorrow's plan and records waste on the shop tablet.
    shop_manager = tm.add(tg.Actor("Shop manager", role="shop manager"))
    # The tills' back-office system; exports the day's sales after closing.
    pos = tm.add(
        tg.DataSource("Shop till system", origin=tg.Origin.INTERNAL, provides={till_sales})
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Retrains and tunes the model; has admin access to the ML workspace.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # The central kitchen's existing planning system; needs totals for overnight dough.
    production_system = tm.add(tg.Service("Central production planning system"))

with tm.boundary("Cloud analytics account", trust=tg.Trust.INTERNAL):
    # Nightly job that collects sales, weather and events into the warehouse.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(
                    note="rejects rows with unknown shops, products or negative quantities"
                )
            },
        )
    )
    # Single place for sales, waste, weather and events history.
    warehouse = tm.add(
        tg.DataStore(
            "Sales data warehouse",
            stores={till_sales, weather, events, waste_counts, adjustments, training_data},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Turns the forecast into bake quantities (rounding to tray sizes, minimum display stock).
    forecast_job = tm.add(
        tg.Service(
            "Bake planning job",
            description="Runs the model per shop and product, then applies tray rounding and minimum stock rules.",
            controls={
                c.FailClosed(
                    fallback="if the job fails, each shop bakes the same weekday last week's plan"
                )
            },
        )
    )
    # Portal where shop managers see and adjust tomorrow's plan and enter waste.
    portal = tm.add(
        tg.Endpoint(
            "Bake plan portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company Google Workspace single sign-on")},
        )
    )
    # Holds each night's plan and the managers' changes to it.
    plan_store = tm.add(tg.DataStore("Bake plan database", stores={bake_plan, adjustments}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly retraining from the warehouse history.
        training = tm.add(tg.Pipeline("Weekly training pipeline", stage=tg.Stage.TRAINING))
        # Keeps every trained version so a bad week can be rolled back.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # The demand model itself: quantity sold per shop, product and day.
        model = tm.add(
            tg.Model(
                "Demand forecast model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Gradient-boosted trees predicting units sold per shop, product and day.",
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(pos, ingestion, till_sales, protocol="https", label="nightly sales export")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(event_sites, ingestion, events, protocol="https", label="nightly scrape")
tm.flow(ingestion, warehouse, till_sales, weather, events)

tm.flow(shop_manager, portal, adjustments, waste_counts, protocol="https")
tm.flow(portal, shop_manager, bake_plan, protocol="https")
tm.flow(portal, plan_store, adjustments)
tm.flow(plan_store, portal, bake_plan)
tm.flow(portal, warehouse, waste_counts)

tm.flow(warehouse, training, training_data)
tm.flow(data_scientist, training, train_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="loaded each night")

tm.flow(warehouse, forecast_job, forecast_features)
tm.flow(forecast_job, model, forecast_features)
tm.flow(model, forecast_job, demand_forecast)
tm.flow(forecast_job, plan_store, bake_plan)
tm.flow(plan_store, warehouse, adjustments, label="final plans for retraining")
tm.flow(plan_store, production_system, production_totals, protocol="https")
