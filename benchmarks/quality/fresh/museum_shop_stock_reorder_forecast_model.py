"""Museum shop stock reorder forecasting: the first design, before any security review.

The museum shop sells books, prints, toys and exhibition merchandise. Each night
an ingestion job pulls the day's till sales from the EPOS vendor's API, daily
admissions and advance bookings from the ticketing vendor, and the exhibitions
calendar from the museum's SharePoint, and appends them to a sales history
dataset. Every Sunday a training job retrains a gradient-boosted regressor that
forecasts next week's unit sales per product, and a drafting job turns those
forecasts, current stock levels and supplier lead times into draft purchase
orders. The retail manager reviews, edits and approves each draft in the retail
back-office app, which e-mails approved orders to suppliers. Everything runs in
the museum's cloud tenant, maintained by one data officer. Controls in this design:
staff sign in with Microsoft 365 single sign-on and MFA, the vendor APIs are
called over HTTPS with API keys, and no order leaves without the manager's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum shop stock reorder forecast model",
    profile=tg.RiskProfile.LOW,
    description="Weekly per-product sales forecasts that draft purchase orders for approval.",
)

# ---------------------------------------------------------------- data assets
till_sales = tg.Data(
    "Till sales lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Product, quantity, price, discount and till per sale; no card or customer data.",
)
visitor_numbers = tg.Data(
    "Daily visitor numbers",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Admissions counts and advance bookings per day, aggregated.",
)
exhibition_schedule = tg.Data(
    "Exhibition schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Opening and closing dates of exhibitions and their linked merchandise.",
)
sales_history = tg.Data(
    "Sales history training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
model_file = tg.Data(
    "Forecast model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data(
    "Weekly sales forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
forecast_features = tg.Data(
    "Forecast features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
stock_levels = tg.Data(
    "Stock levels and supplier catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="On-hand stock per product, supplier, cost price, pack size and lead time.",
)
draft_po = tg.Data(
    "Draft purchase orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approved_po = tg.Data(
    "Approved purchase order", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
vendor_api_key = tg.Data("Vendor API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
pipeline_code = tg.Data(
    "Pipeline code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("EPOS vendor cloud", trust=tg.Trust.PARTNER):
    # The shop's cloud till system; the source of every sale.
    epos = tm.add(tg.DataSource("EPOS till system", origin=tg.Origin.VENDOR, provides={till_sales}))

with tm.boundary("Ticketing vendor cloud", trust=tg.Trust.PARTNER):
    # The museum's ticketing platform; gives daily admissions and advance bookings.
    ticketing = tm.add(
        tg.DataSource("Ticketing system", origin=tg.Origin.VENDOR, provides={visitor_numbers})
    )

with tm.boundary("Museum Microsoft 365", trust=tg.Trust.INTERNAL):
    # SharePoint list the exhibitions team keeps up to date.
    calendar = tm.add(
        tg.DataSource(
            "Exhibitions calendar", origin=tg.Origin.INTERNAL, provides={exhibition_schedule}
        )
    )

with tm.boundary("Museum cloud tenant", trust=tg.Trust.INTERNAL):
    # Nightly job that pulls the three sources and appends to the history.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            description="Scheduled cloud function; vendor API keys in its environment variables.",
        )
    )
    # Two years of daily sales per product joined with visitors and exhibitions.
    history = tm.add(tg.Dataset("Sales history dataset", stores={sales_history}))
    # Sunday retraining of the forecast model.
    training = tm.add(
        tg.Pipeline(
            "Weekly training job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python job installing pandas and LightGBM from PyPI on each run.",
        )
    )
    # Storage bucket that holds the latest trained model (joblib file).
    model_bucket = tm.add(tg.ModelRegistry("Model storage bucket", stores={model_file}))
    # The forecaster itself.
    model = tm.add(
        tg.Model(
            "Weekly sales forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees predicting next week's units per product.",
        )
    )
    # Turns forecasts and stock into draft orders by supplier.
    drafting = tm.add(
        tg.Service(
            "Weekly PO drafting job",
            description="Orders up to forecast demand over the lead time plus safety stock.",
        )
    )
    # The retail back-office database: stock on hand and supplier catalogue.
    stock_db = tm.add(tg.DataStore("Shop stock database", stores={stock_levels}))
    # Drafts waiting for the manager.
    po_store = tm.add(tg.DataStore("Draft PO store", stores={draft_po}))
    # Web app where the manager reviews, edits and approves orders.
    backoffice = tm.add(
        tg.Service(
            "Retail back-office app",
            description="Shows drafts with the forecast behind them; e-mails approved POs.",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.HumanInTheLoop(approver="retail manager"),
            },
        )
    )

with tm.boundary("Museum office", trust=tg.Trust.INTERNAL):
    # Approves every purchase order; also adjusts stock counts.
    manager = tm.add(tg.Actor("Retail manager", role="shop manager"))
    # Looks after the pipelines and the model part-time.
    data_officer = tm.add(tg.Actor("Data officer", role="data officer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Publishers and merchandise makers who receive the orders.
    supplier = tm.add(tg.Actor("Supplier", role="supplier order desk"))

# ---------------------------------------------------------------- flows
tm.flow(epos, ingestion, till_sales, protocol="https", label="nightly API pull")
tm.flow(ticketing, ingestion, visitor_numbers, protocol="https", label="nightly API pull")
tm.flow(calendar, ingestion, exhibition_schedule, protocol="https", label="nightly Graph API read")
tm.flow(ingestion, history, sales_history)

tm.flow(history, training, sales_history, label="weekly")
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, model, model_file, label="loaded each run")

tm.flow(history, drafting, forecast_features, label="weekly")
tm.flow(drafting, model, forecast_features)
tm.flow(model, drafting, forecast)
tm.flow(stock_db, drafting, stock_levels, label="weekly export")
tm.flow(drafting, po_store, draft_po)

tm.flow(po_store, backoffice, draft_po)
tm.flow(backoffice, manager, draft_po, protocol="https")
tm.flow(manager, backoffice, approved_po, protocol="https", label="approves or edits")
tm.flow(backoffice, po_store, approved_po)
tm.flow(manager, backoffice, stock_levels, protocol="https", label="stock counts")
tm.flow(backoffice, stock_db, stock_levels)
tm.flow(stock_db, backoffice, stock_levels)
tm.flow(backoffice, supplier, approved_po, protocol="smtp+starttls")

tm.flow(data_officer, ingestion, pipeline_code, vendor_api_key, protocol="https", label="deploys")
tm.flow(data_officer, training, pipeline_code, protocol="https", label="deploys")
