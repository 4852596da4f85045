"""Supermarket fresh-food markdown agent: the first design, before any security review.

A reinforcement-learning policy sets end-of-day markdown prices on short-dated
fresh food in every store of the chain. Each afternoon a markdown service reads
each store's sales and stock position from the feature store, asks the policy
for a discount level and sends the markdowns to the central pricing system,
which pushes them to the tills and electronic shelf labels with no sign-off.
Store managers see the day's markdowns in a web console and can override or
cancel them for their own store. Sales, waste and overrides return to the data
lake; the policy is retrained weekly and a pricing data scientist promotes new
versions after an offline simulator evaluation. It runs in the head-office cloud
account; a weather vendor's forecast is the only outside input. Controls: SSO and
roles on the console, price guard rails and a change log in the pricing system,
encryption at rest in the data lake and versioned policies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fresh-food markdown agent",
    profile=tg.RiskProfile.LOW,
    description="RL policy setting end-of-day markdown prices on fresh food, with store overrides.",
)

# ---------------------------------------------------------------- data assets
sales = tg.Data(
    "Store sales and stock positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Till sales, deliveries, waste scans and on-hand stock per store and product.",
)
weather = tg.Data("Local weather forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Markdown state features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hours to close, stock left, sell-through so far, days to expiry, weather.",
)
prices = tg.Data(
    "Price book",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Current shelf prices, unit costs and category price floors.",
)
actions = tg.Data(
    "Markdown actions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Discount level chosen by the policy per store and product.",
)
proposals = tg.Data(
    "Markdown price changes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
price_updates = tg.Data(
    "Shelf and till price updates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
overrides = tg.Data(
    "Manager markdown overrides", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL
)
markdown_list = tg.Data(
    "Today's markdown list", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
price_log = tg.Data(
    "Price change log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Every markdown applied or overridden, with who or what made it.",
)
outcomes = tg.Data(
    "Markdown outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Markdown episodes with sell-through, margin and waste as the reward.",
)
policy = tg.Data(
    "Markdown policy checkpoint", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data("Training and reward configuration", kind="records")
release = tg.Data("Policy release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Hourly local forecasts per store postcode; weather drives fresh-food demand.
    weather_feed = tm.add(
        tg.DataSource("Weather forecast feed", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Decides whether to keep, change or cancel the day's markdowns for their store.
    manager = tm.add(tg.Actor("Store manager", role="store manager"))
    # Tills and stock system in each store: source of sales, receiver of prices.
    pos = tm.add(
        tg.Service(
            "Store POS and stock system",
            description="Tills and back-office stock records; charges the price it was sent.",
        )
    )
    # Shelf-edge labels that show the markdown price to shoppers.
    esl = tm.add(tg.Device("Electronic shelf labels", fleet=True))

with tm.boundary("Head-office cloud platform", trust=tg.Trust.INTERNAL):
    # Central store of sales, stock and price history for all stores.
    lake = tm.add(
        tg.DataStore(
            "Sales data lake",
            stores={sales, price_log, outcomes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Joins sales, stock, prices and weather into per-product state every 15 minutes.
    feature_job = tm.add(tg.Pipeline("Markdown feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Latest state per store and product, read when markdowns are set.
    feature_store = tm.add(
        tg.FeatureStore("Markdown feature store", stores={features}, online=True)
    )
    # Runs at 15:00 local time per store: asks the policy and sends the price changes.
    markdown_service = tm.add(
        tg.Service(
            "End-of-day markdown service",
            description="Calls the policy for every short-dated line and submits the markdowns.",
        )
    )
    # The RL policy: picks a discount level from 10% to 75% for each line.
    markdown_policy = tm.add(
        tg.Model(
            "Markdown RL policy",
            task=tg.Task.REGRESSOR,
            description="Actor-critic policy trained offline on past markdown episodes.",
        )
    )
    # Weekly offline retraining of the policy, with a simulator evaluation.
    training = tm.add(
        tg.Pipeline(
            "Policy training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="offline simulator replay of the last 8 weeks")},
        )
    )
    # Holds trained policy versions; the serving service loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Policy registry", stores={policy}, controls={c.ModelVersioning()})
    )
    # Web console where managers review and override the day's markdowns.
    console = tm.add(
        tg.Endpoint(
            "Markdown override console",
            purpose=tg.EndpointPurpose.API,
            description="Managers see and change only their own store's markdowns.",
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )

    with tm.boundary("Pricing core", trust=tg.Trust.RESTRICTED):
        # The chain's system of record for prices; sends every price change to stores.
        pricing = tm.add(
            tg.Service(
                "Pricing system",
                controls={
                    c.PolicyEnforcement(
                        rules="rejects markdowns deeper than 75% or below the category price floor"
                    ),
                    c.AuditLogging(),
                    c.RBAC(),
                },
            )
        )
        # Current prices, costs and floors.
        price_book = tm.add(tg.DataStore("Price book database", stores={prices}))

with tm.boundary("Head-office network", trust=tg.Trust.INTERNAL):
    # Owns the policy: sets the reward, runs training and promotes versions.
    scientist = tm.add(tg.Actor("Pricing data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# sales and weather into features
tm.flow(pos, lake, sales, protocol="sftp", label="15-minute sales and stock export")
tm.flow(weather_feed, feature_job, weather, protocol="https")
tm.flow(lake, feature_job, sales)
tm.flow(price_book, feature_job, prices, label="nightly price export")
tm.flow(feature_job, feature_store, features)

# setting the markdowns
tm.flow(feature_store, markdown_service, features)
tm.flow(markdown_service, markdown_policy, features)
tm.flow(markdown_policy, markdown_service, actions)
tm.flow(markdown_service, pricing, proposals, protocol="https")
tm.flow(pricing, markdown_service, proposals, protocol="https", label="accepted or rejected")
tm.flow(pricing, price_book, prices)
tm.flow(price_book, pricing, prices)
tm.flow(pricing, pos, price_updates, protocol="https")
tm.flow(pricing, esl, price_updates, protocol="https")

# store overrides
tm.flow(pricing, console, markdown_list, protocol="https")
tm.flow(console, manager, markdown_list, protocol="https")
tm.flow(manager, console, overrides, protocol="https")
tm.flow(console, pricing, overrides, protocol="https")

# learning from outcomes
tm.flow(pricing, lake, price_log, protocol="https")
tm.flow(lake, training, outcomes)
tm.flow(scientist, training, training_config, protocol="https")
tm.flow(training, registry, policy)
tm.flow(scientist, registry, release, protocol="https", label="promotes a version")
tm.flow(registry, markdown_policy, policy, label="load promoted version")
