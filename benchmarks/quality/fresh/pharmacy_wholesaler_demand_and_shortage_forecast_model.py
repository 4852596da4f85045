"""Medicine demand and shortage forecasting: the first design, before any security review.

A pharmaceutical wholesaler supplies community pharmacies. Each night a pipeline
turns the ERP's order and stock history, manufacturers' supply notices (by SFTP)
and the medicines agency's published shortage list into features. Our data
scientists retrain a gradient-boosted forecast model weekly into the model registry.
A nightly allocation engine asks the model for demand and shortage forecasts per
product and pharmacy, and drafts purchase recommendations and quotas for short lines.
Category buyers review and approve them in a planning dashboard; approved quotas go
to the warehouse management system and the pharmacy ordering portal, where
pharmacies see their quota and order. Controls: pharmacies sign in to the portal with
a username and password, buyers with corporate SSO and MFA; the ERP is role-based
and audited; manufacturer files must match a data contract; the feature store keeps
snapshots and the registry pins model versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Medicine demand and shortage forecasting",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts medicine demand and shortages, advises buyers and allocates "
    "scarce stock to pharmacies.",
)

# ---------------------------------------------------------------- data assets
order_history = tg.Data(
    "Pharmacy order and sales history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Every pharmacy's orders per product and day, with returns.",
)
stock_levels = tg.Data(
    "Warehouse stock levels", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
supply_notices = tg.Data(
    "Manufacturer supply notices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected deliveries, batch releases and announced supply interruptions.",
)
shortage_list = tg.Data(
    "Published shortage notices", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
features = tg.Data(
    "Demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data(
    "Demand and shortage forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected demand per product and pharmacy, and the probability of a shortage.",
)
recommendations = tg.Data(
    "Purchase recommendations and draft quotas",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approval = tg.Data("Buyer approval of quotas", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
quotas = tg.Data(
    "Pharmacy allocation quotas",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
pharmacy_order = tg.Data("Pharmacy order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
order_status = tg.Data(
    "Order confirmation and quota", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pharmacy staff order from us through the portal.
    pharmacy = tm.add(tg.Actor("Pharmacy staff", role="customer pharmacy"))
    # The medicines agency's public shortage list, scraped daily.
    regulator = tm.add(
        tg.DataSource(
            "Medicines agency shortage list",
            origin=tg.Origin.PUBLIC_WEB,
            provides={shortage_list},
        )
    )

with tm.boundary("Manufacturers", trust=tg.Trust.PARTNER):
    # Files each manufacturer drops on our SFTP server about upcoming supply.
    manufacturer_feed = tm.add(
        tg.DataSource(
            "Manufacturer supply feed",
            origin=tg.Origin.PARTNER,
            provides={supply_notices},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # System of record for orders, invoicing and stock.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={order_history, stock_levels, pharmacy_order},
            controls={c.RBAC(), c.AuditLogging(retention_days=730)},
        )
    )
    # Picks and ships orders; enforces the approved quotas at order release.
    wms = tm.add(tg.Service("Warehouse management system"))
    # Decides what to buy and approves quotas for lines in short supply.
    buyer = tm.add(tg.Actor("Category buyer", role="buyer"))
    # Builds and retrains the forecast model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Internal web app where buyers see forecasts and approve recommendations.
    dashboard = tm.add(
        tg.Service(
            "Buyer planning dashboard",
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )
    # Where pharmacies order and see their quota.
    portal = tm.add(
        tg.Endpoint(
            "Pharmacy ordering portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password per pharmacy account")},
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Nightly merge and cleaning of the three sources into features.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="data contract for manufacturer files")},
        )
    )
    # Offline history for training, latest values for the nightly run.
    feature_store = tm.add(
        tg.FeatureStore(
            "Demand feature store",
            stores={features},
            online=False,
            controls={c.DataVersioning()},
        )
    )
    # Weekly retraining of the forecast model.
    training = tm.add(
        tg.Pipeline("Weekly training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds model versions; serving loads the one marked production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # The forecast model itself.
    model = tm.add(
        tg.Model(
            "Demand and shortage forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees; forecasts drive how scarce medicines are shared out.",
        )
    )
    # Optimiser that turns forecasts into purchase advice and per-pharmacy quotas.
    allocation = tm.add(
        tg.Service(
            "Nightly allocation engine",
            description="Drafts quotas for short lines; they take effect once a buyer approves.",
            controls={c.HumanInTheLoop(approver="category buyer")},
        )
    )

# ---------------------------------------------------------------- flows
# data in
tm.flow(erp, ingestion, order_history, stock_levels, label="nightly export")
tm.flow(manufacturer_feed, ingestion, supply_notices, protocol="sftp")
tm.flow(regulator, ingestion, shortage_list, protocol="https", label="daily scrape")
tm.flow(ingestion, feature_store, features)

# training and release
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")

# nightly forecast and allocation
tm.flow(feature_store, allocation, features, label="nightly batch")
tm.flow(allocation, model, features)
tm.flow(model, allocation, forecast)
tm.flow(allocation, dashboard, forecast, recommendations)
tm.flow(dashboard, buyer, forecast, recommendations, protocol="https")
tm.flow(buyer, dashboard, approval, protocol="https")
tm.flow(dashboard, allocation, approval)
tm.flow(allocation, wms, quotas)
tm.flow(allocation, portal, quotas)

# pharmacy ordering
tm.flow(pharmacy, portal, pharmacy_order, protocol="https")
tm.flow(portal, pharmacy, order_status, protocol="https")
tm.flow(portal, erp, pharmacy_order)
tm.flow(erp, wms, pharmacy_order)
tm.flow(wms, erp, stock_levels)
