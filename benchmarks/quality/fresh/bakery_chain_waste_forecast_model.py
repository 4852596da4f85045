"""Bakery chain waste forecast: the first design, before any security review.

A chain of about sixty high-street bakeries wants to cut end-of-day waste. Every
night a batch job forecasts each shop's sales of each product for the next day
from the till history, a bought-in weather forecast and local events scraped from
public listings, and turns the forecast into a draft bake plan per shop. Tills
send sales and end-of-day waste counts to the EPOS vendor's cloud, which exports
them nightly into our cloud analytics account. Shop managers sign in to a bake
order portal with their own Microsoft 365 accounts to adjust their draft until the
20:00 cutoff; the job then sends the final bake orders by SFTP to the central
bakery's production planning system, where planners run the early shift. The
model (gradient-boosted trees, saved with joblib) is retrained weekly by the data
team. The warehouse is encrypted with cloud-managed keys, the portal logs every
adjustment, and the job clamps each bake quantity to a sane range.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bakery chain waste forecast",
    profile=tg.RiskProfile.LOW,
    description="Nightly per-shop, per-product sales forecast that sets the next morning's bake orders.",
)

# ---------------------------------------------------------------- data assets
till_sales = tg.Data(
    "Till sales lines",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Shop, product, quantity and time of each sale; no card or customer data.",
)
waste_counts = tg.Data(
    "End-of-day waste counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Unsold items per product keyed in at closing.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
events = tg.Data(
    "Local events listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Markets, fairs, matches and school holidays near each shop.",
)
history = tg.Data(
    "Sales history features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Demand forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
forecast = tg.Data(
    "Daily product sales forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
draft_plan = tg.Data("Draft bake plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
adjustments = tg.Data(
    "Manager bake adjustments", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
bake_order = tg.Data(
    "Bake order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Final quantities per shop and product for the next morning.",
)
run_sheet = tg.Data("Production run sheet", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public event listings (council, venues, ticketing sites) scraped daily.
    events_src = tm.add(
        tg.DataSource("Public event listings", origin=tg.Origin.PUBLIC_WEB, provides={events})
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Paid forecast API: temperature and rain per shop postcode for the next day.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("EPOS vendor cloud", trust=tg.Trust.PARTNER):
    # The till supplier's cloud back office: collects sales from every till.
    epos_cloud = tm.add(
        tg.ExternalService(
            "EPOS back office",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Till vendor's SaaS; exports the day's sales lines nightly.",
        )
    )

with tm.boundary("Shops", trust=tg.Trust.INTERNAL):
    # The tills: where sales and closing waste counts are recorded.
    till = tm.add(tg.Device("Shop till", fleet=True))
    # Shop managers review and adjust tomorrow's bake plan from the shop tablet.
    manager = tm.add(tg.Actor("Shop manager", role="shop manager"))

with tm.boundary("Cloud analytics account", trust=tg.Trust.INTERNAL):
    # Loads till exports, weather and events into the warehouse, with schema checks.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.InputValidation(note="rows failing schema and range checks are dropped")},
        )
    )
    # The history the model trains and forecasts on.
    warehouse = tm.add(
        tg.Dataset(
            "Sales history warehouse",
            stores={history, till_sales, waste_counts, weather, events},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys"), c.RBAC()},
        )
    )
    # Weekly retraining run by the data team.
    training = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps each trained model version for rollback.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # The forecaster itself.
    model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees predicting next-day units per shop and product.",
        )
    )
    # Runs the forecast at 16:00, writes draft plans, and sends final orders at cutoff.
    job = tm.add(
        tg.Service(
            "Nightly forecast and bake plan job",
            controls={
                c.PolicyEnforcement(
                    rules="each bake quantity clamped between 0 and 150% of the shop's best day "
                    "for that product in the last 8 weeks"
                )
            },
        )
    )
    # Draft and adjusted bake plans per shop for the next day.
    plan_db = tm.add(tg.DataStore("Bake plan database", stores={draft_plan, adjustments}))
    # Web portal where managers see and change their shop's draft plan.
    portal = tm.add(
        tg.Endpoint(
            "Bake order portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Managers see and edit only their own shop's plan.",
            controls={
                c.Authentication(
                    method="each manager's own Microsoft 365 account via Entra ID SSO"
                ),
                c.RBAC(),
                c.AuditLogging(note="every adjustment recorded with user and time"),
            },
        )
    )

with tm.boundary("Central bakery network", trust=tg.Trust.INTERNAL):
    # Production planning system that schedules mixers and ovens from the orders.
    production = tm.add(tg.Service("Production planning system"))
    # Night-shift planner who runs the bake from the run sheet.
    planner = tm.add(tg.Actor("Production planner", role="planner"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Data team member who maintains and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data team", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(till, epos_cloud, till_sales, waste_counts, protocol="https")
tm.flow(epos_cloud, ingestion, till_sales, waste_counts, protocol="https", label="nightly export")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(events_src, ingestion, events, protocol="https", label="daily scrape")
tm.flow(ingestion, warehouse, till_sales, waste_counts, weather, events, history)

tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(warehouse, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load latest version")

tm.flow(warehouse, job, history, weather, events, label="nightly batch read")
tm.flow(job, model, history)
tm.flow(model, job, forecast)
tm.flow(job, plan_db, draft_plan)

tm.flow(manager, portal, adjustments, protocol="https")
tm.flow(portal, manager, draft_plan, protocol="https")
tm.flow(plan_db, portal, draft_plan, adjustments)
tm.flow(portal, plan_db, adjustments)

tm.flow(plan_db, job, draft_plan, adjustments, label="read at 20:00 cutoff")
tm.flow(job, production, bake_order, protocol="sftp")
tm.flow(production, planner, run_sheet)
