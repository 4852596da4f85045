"""Dynamic markdown pricing for perishables: the first design, before any security review.

Every night the stores' point-of-sale systems send item-level sales over SFTP to
the sales warehouse in our cloud data platform, and a scraper collects shelf
prices from competitors' public websites. Once a week a training pipeline builds
a snapshot of features from both and retrains a gradient-boosted demand model,
which is promoted to the registry if its backtest error is within threshold.
Each morning a markdown service forecasts demand for perishable items close to
their sell-by date and proposes markdowns, clamped so that no price goes below
cost. Store managers review the proposals for their store in a tablet app whose
API is public for use over mobile data (SSO login) and approve or reject them.
An integration service sends approved prices to the shelf label vendor's cloud
API, which updates the labels in the store; the vendor API key sits in the
integration service's configuration file.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail demand pricing",
    profile=tg.RiskProfile.LOW,
    description="Weekly-trained demand model proposing perishable markdowns, approved per store.",
)

# ---------------------------------------------------------------- data assets
sales = tg.Data(
    "POS sales lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Store, SKU, quantity, price and timestamp; no payment or loyalty data.",
)
competitor_prices = tg.Data(
    "Competitor prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
features = tg.Data(
    "Demand training features", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
inventory = tg.Data("Stock and sell-by dates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
proposals = tg.Data(
    "Markdown proposals",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
decision = tg.Data("Manager decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_prices = tg.Data(
    "Approved prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sync_status = tg.Data("Label update status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
esl_key = tg.Data("ESL vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Competitors' online shops, the source of their shelf prices.
    competitor_sites = tm.add(
        tg.DataSource(
            "Competitor websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={competitor_prices},
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Tills in every store; the nightly export is the model's main signal.
    pos = tm.add(
        tg.DataSource("POS systems", origin=tg.Origin.INTERNAL, provides={sales, inventory})
    )
    # Approves or rejects the proposals for their own store.
    manager = tm.add(tg.Actor("Store manager", role="store manager"))
    # Company-issued tablets running the pricing app.
    tablet = tm.add(tg.Device("Manager tablet app", fleet=True))
    # The labels customers read; the price shown must match the till.
    labels = tm.add(tg.Device("Electronic shelf labels", fleet=True))

with tm.boundary("ESL vendor cloud", trust=tg.Trust.PARTNER):
    # The label vendor's API that pushes prices to the labels via in-store base stations.
    esl_api = tm.add(tg.ExternalService("ESL vendor API"))

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # Headless-browser crawler run nightly against the competitor sites.
    scraper = tm.add(
        tg.Pipeline("Competitor price scraper", stage=tg.Stage.INGESTION, third_party_packages=True)
    )
    # Central store for sales and competitor prices.
    warehouse = tm.add(
        tg.DataStore(
            "Sales warehouse",
            stores={sales, competitor_prices, inventory},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Weekly feature snapshot used for training.
    dataset = tm.add(
        tg.Dataset("Weekly training snapshot", stores={features}, controls={c.DataVersioning()})
    )
    # Weekly retraining job with a backtest gate before promotion.
    training = tm.add(
        tg.Pipeline(
            "Weekly training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest MAPE must beat the current model")},
        )
    )
    # Versioned storage of the trained models.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Forecasts units sold per store and SKU at candidate prices.
    demand_model = tm.add(tg.Model("Demand model", task=tg.Task.REGRESSOR))

with tm.boundary("Pricing services", trust=tg.Trust.INTERNAL):
    # Turns forecasts and stock into markdown proposals.
    markdown = tm.add(
        tg.Service(
            "Markdown proposal service",
            controls={c.OutputFiltering(note="prices clamped to cost floor and max 70% off")},
        )
    )
    # Proposals, decisions and the resulting price list.
    price_db = tm.add(
        tg.DataStore("Pricing database", stores={proposals, decision, approved_prices})
    )
    # Backend of the tablet app.
    pricing_api = tm.add(
        tg.Endpoint(
            "Store pricing API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Azure AD SSO")},
        )
    )
    # Pushes approved prices to the label vendor.
    esl_sync = tm.add(
        tg.Service(
            "ESL integration service",
            description="Holds the vendor API key in its configuration file.",
            controls={c.HumanInTheLoop(approver="the store manager, in the tablet app")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(pos, warehouse, sales, inventory, protocol="sftp", label="nightly export")
tm.flow(competitor_sites, scraper, competitor_prices, protocol="https")
tm.flow(scraper, warehouse, competitor_prices)

tm.flow(warehouse, dataset, features, label="weekly snapshot")
tm.flow(dataset, training, features)
tm.flow(training, registry, model_artifact)
tm.flow(registry, demand_model, model_artifact, label="load latest")

tm.flow(warehouse, markdown, inventory, competitor_prices)
tm.flow(markdown, demand_model, features, label="candidate prices")
tm.flow(demand_model, markdown, forecast)
tm.flow(markdown, price_db, proposals)

tm.flow(manager, tablet, decision)
tm.flow(tablet, pricing_api, decision, protocol="https")
tm.flow(pricing_api, tablet, proposals, protocol="https")
tm.flow(price_db, pricing_api, proposals)
tm.flow(pricing_api, price_db, decision, approved_prices)

tm.flow(price_db, esl_sync, approved_prices)
tm.flow(esl_sync, esl_api, approved_prices, esl_key, protocol="https")
tm.flow(esl_api, esl_sync, sync_status, protocol="https", label="update status")
tm.flow(esl_api, labels, approved_prices, label="radio via base station")
