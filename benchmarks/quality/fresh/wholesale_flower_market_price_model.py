"""Wholesale flower market price model: the first design, before any security review.

Traders upload each day's stock and asking prices through the market's app. A
price model, retrained weekly on the market's sales history, suggests a price for
each florist's order line from the Dutch flower auction's clock prices, stock age
and recent demand; the trader accepts or changes it before the florist is quoted.
Florists browse and order in the same app. A scheduled job pulls the auction's
price feed over its HTTPS API. All of this runs in the market's cloud account.
Payments go through the market's account system in the office network, which
sends payment runs to the bank; the finance team reconciles it monthly.
Controls: e-mail and password sign-in, upload checks, trader approval of prices,
an encrypted database, versioned models, role-based access and an audit log on
the account system, and TLS or SFTP on the external links.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wholesale flower market price model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Suggested prices for florists' orders at a wholesale flower market, "
    "with ordering and trader settlement through the market's account system.",
)

# ---------------------------------------------------------------- data assets
stock_upload = tg.Data(
    "Daily stock and asking prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each trader's lots for the day: variety, grade, quantity, arrival date, asking price.",
)
auction_prices = tg.Data(
    "Auction clock prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed price feed from the Dutch flower auction, per product and grade.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
price_features = tg.Data(
    "Price features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Auction price, stock age and recent demand for one order line.",
)
suggested_price = tg.Data(
    "Suggested price", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmed_price = tg.Data(
    "Trader-confirmed price",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
florist_order = tg.Data(
    "Florist order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items, quantities, delivery address and the florist's contact details.",
)
catalogue = tg.Data(
    "Stock catalogue with prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
sales_history = tg.Data(
    "Sales history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past order lines with the price paid, stock age and the auction price that day.",
)
model_artifact = tg.Data(
    "Price model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
invoice = tg.Data(
    "Order invoice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
trader_bank_details = tg.Data(
    "Trader bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
payment_run = tg.Data(
    "Payment run file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Florist direct debits and trader payouts for the period.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_statement = tg.Data("Bank statement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
reconciliation = tg.Data(
    "Monthly reconciliation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Stallholders who sell at the market; they upload stock and set the final prices.
    trader = tm.add(tg.Actor("Trader", role="market trader"))
    # Florist shops buying through the app; any registered florist can order.
    florist = tm.add(tg.Actor("Florist", role="buyer"))

with tm.boundary("Flower auction", trust=tg.Trust.PARTNER):
    # The auction's price API: the main outside signal the price model uses.
    auction_feed = tm.add(
        tg.ExternalService("Auction price feed API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The market's bank: collects from florists and pays traders from the payment run.
    bank = tm.add(tg.ExternalService("Market's bank", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Market cloud account", trust=tg.Trust.INTERNAL):
    # The back end of the market's app for traders and florists.
    app_api = tm.add(
        tg.Endpoint(
            "Market app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(
                    note="stock upload CSV checked for columns and number formats"
                ),
            },
        )
    )
    # Takes uploads and orders, asks the model for a price, waits for the trader's decision.
    order_service = tm.add(
        tg.Service(
            "Order and pricing service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the trader, who accepts or changes each suggested price"
                ),
            },
        )
    )
    # One database for stock, prices, orders and the sales history the model learns from.
    market_db = tm.add(
        tg.DataStore(
            "Market database",
            stores={stock_upload, auction_prices, confirmed_price, florist_order, sales_history},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Regression model that suggests a price per order line.
    price_model = tm.add(
        tg.Model(
            "Price suggestion model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees over auction price, stock age and demand.",
        )
    )
    # Pulls the auction's prices every 15 minutes during trading hours.
    import_job = tm.add(tg.Pipeline("Auction price import job", stage=tg.Stage.INGESTION))
    # Weekly retraining on the sales history.
    training = tm.add(
        tg.Pipeline(
            "Weekly price model training", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Bucket holding each trained model version for the service to load.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Market office network", trust=tg.Trust.INTERNAL):
    # The market's existing accounting package: florist balances, trader payouts.
    account_system = tm.add(
        tg.Service(
            "Market account system",
            description="Ledger of florist charges and trader payouts; produces the payment run.",
            controls={
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )
    # Reconciles the ledger against the bank each month.
    finance = tm.add(tg.Actor("Finance team", role="finance staff", privileged=True))

# ---------------------------------------------------------------- flows
# Traders: daily stock, then decisions on suggested prices.
tm.flow(trader, app_api, stock_upload, protocol="https", label="daily upload")
tm.flow(app_api, trader, suggested_price, protocol="https")
tm.flow(trader, app_api, confirmed_price, protocol="https", label="accept or change")
tm.flow(trader, app_api, trader_bank_details, protocol="https", label="payout settings")

# Florists: browse and order.
tm.flow(app_api, florist, catalogue, confirmed_price, protocol="https")
tm.flow(florist, app_api, florist_order, protocol="https")

# Inside the app back end.
tm.flow(app_api, order_service, stock_upload, florist_order, confirmed_price)
tm.flow(order_service, app_api, catalogue, suggested_price)
tm.flow(order_service, market_db, stock_upload, florist_order, confirmed_price)
tm.flow(market_db, order_service, stock_upload, auction_prices, confirmed_price)
tm.flow(order_service, price_model, price_features)
tm.flow(price_model, order_service, suggested_price)

# Auction feed.
tm.flow(auction_feed, import_job, auction_prices, protocol="https")
tm.flow(import_job, market_db, auction_prices)

# Training.
tm.flow(market_db, training, sales_history)
tm.flow(training, model_store, model_artifact)
tm.flow(model_store, price_model, model_artifact, label="load on deploy")

# Settlement.
tm.flow(order_service, account_system, invoice, protocol="https", label="confirmed orders")
tm.flow(app_api, account_system, trader_bank_details, protocol="https")
tm.flow(account_system, bank, payment_run, protocol="sftp")
tm.flow(bank, account_system, bank_statement, protocol="sftp")
tm.flow(account_system, finance, invoice, bank_statement)
tm.flow(finance, account_system, reconciliation, label="monthly reconciliation")
