"""Museum gift shop demand forecast: the first design, before any security review.

The museum's retail team wants to stop running out of exhibition merchandise and
over-ordering slow lines. A gradient-boosted regression model forecasts, per SKU and
per week, how much the gift shop will sell, from daily ticket booking counts exported
by the ticketing vendor, the exhibition calendar, a public weather forecast and the
shop's own sales history from the EPOS and stock system. A purchase order service
turns each forecast into draft purchase orders against current stock and supplier
lead times. The retail manager reviews the drafts in a web dashboard and approves,
edits or rejects them; approved orders are e-mailed to suppliers. Everything except
the EPOS system, which stays in the shop, runs in the museum's cloud subscription.
The model is retrained weekly from a training table the ingestion pipeline builds.
Controls in this design: single sign-on with MFA and role-based access on the
dashboard, manager approval of every purchase order, schema checks on ingested
files and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum gift shop demand forecast",
    profile=tg.RiskProfile.LOW,
    description="Weekly SKU demand forecasts for the gift shop and draft purchase orders "
    "that the retail manager approves.",
)

# ---------------------------------------------------------------- data assets
booking_counts = tg.Data(
    "Daily ticket booking counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tickets booked per day, time slot and ticket type; no visitor details.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
exhibitions = tg.Data(
    "Exhibition schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Opening and closing dates, expected visitor numbers and linked merchandise.",
)
sales = tg.Data(
    "Gift shop sales history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Units sold per SKU per day; takings, no card data.",
)
stock = tg.Data(
    "Stock levels and supplier lead times",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
training_table = tg.Data(
    "Forecast training table", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
forecast_inputs = tg.Data(
    "Forecast inputs", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Forecast model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
forecast = tg.Data(
    "SKU demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_pos = tg.Data(
    "Draft purchase orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
po_decision = tg.Data(
    "Purchase order approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve, edit quantities or reject, per draft order.",
)
approved_po = tg.Data(
    "Approved purchase order",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF order with SKUs, quantities, agreed prices and delivery address.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public weather API: next-14-day forecast for the museum's postcode.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The SaaS ticketing platform; its reporting API exports booking counts.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted ticket sales; holds visitor bookings, exports only counts to us.",
        )
    )

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Merchandise suppliers receive approved orders by e-mail.
    supplier = tm.add(
        tg.ExternalService("Supplier order mailboxes", description="One mailbox per supplier.")
    )

with tm.boundary("Museum on-site network", trust=tg.Trust.INTERNAL):
    # Approves draft orders; owns the gift shop budget.
    manager = tm.add(tg.Actor("Retail manager", role="retail manager"))
    # Keeps the exhibition calendar up to date.
    exhibitions_team = tm.add(tg.Actor("Exhibitions team", role="exhibitions staff"))
    # Till and stock system in the shop: source of sales history and stock on hand.
    epos = tm.add(tg.DataStore("EPOS and stock system", stores={sales, stock}))
    # Shared calendar of current and planned exhibitions.
    calendar = tm.add(tg.DataStore("Exhibition calendar", stores={exhibitions}))

with tm.boundary("Museum cloud subscription", trust=tg.Trust.INTERNAL):
    # Nightly job that pulls all four sources and builds training and forecast inputs.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly data ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects export files with missing columns")},
        )
    )
    # Three years of weekly history per SKU, rebuilt every night.
    training_set = tm.add(tg.Dataset("Forecast training set", stores={training_table}))
    # Weekly retraining job.
    training = tm.add(
        tg.Pipeline(
            "Weekly model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Holds each trained model; the forecast job loads the latest tagged one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # The forecaster itself: units per SKU for the next eight weeks.
    model = tm.add(
        tg.Model(
            "Gift shop demand forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Turns forecasts into draft orders; sends nothing until the manager approves.
    po_service = tm.add(
        tg.Service(
            "Purchase order drafting service",
            description="Orders up to forecast demand plus safety stock, minus stock on hand.",
            controls={c.HumanInTheLoop(approver="the retail manager")},
        )
    )
    # Web dashboard where the manager sees forecasts and approves orders.
    dashboard = tm.add(
        tg.Endpoint(
            "Retail planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="retail team role only"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(ticketing, ingestion, booking_counts, protocol="https", label="reporting API")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(exhibitions_team, calendar, exhibitions, label="maintains")
tm.flow(calendar, ingestion, exhibitions, protocol="https")
tm.flow(epos, ingestion, sales, stock, protocol="sftp", label="nightly export")

tm.flow(ingestion, training_set, training_table)
tm.flow(training_set, training, training_table)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest tagged model")

tm.flow(ingestion, model, forecast_inputs)
tm.flow(model, po_service, forecast)
tm.flow(epos, po_service, stock, protocol="https", label="stock on hand")
tm.flow(po_service, dashboard, draft_pos, forecast)
tm.flow(dashboard, manager, draft_pos, forecast, protocol="https")
tm.flow(manager, dashboard, po_decision, protocol="https")
tm.flow(dashboard, po_service, po_decision)
tm.flow(po_service, supplier, approved_po, protocol="smtp+starttls")
tm.flow(po_service, epos, approved_po, protocol="https", label="expected deliveries")
