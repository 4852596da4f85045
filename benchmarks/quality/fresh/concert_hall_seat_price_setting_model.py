"""Concert hall seat pricing: the first design, before any security review.

The hall sells tickets through a hosted ticketing platform. A pricing model, trained
in-house on past seasons, sets the price of each seat section for every concert on
sale from how fast it is selling, demand signals from the web analytics service
(page views, basket adds, waitlist sign-ups) and competitor listings scraped from
other venues' and resale sites. An ingestion pipeline in the hall's cloud account
pulls the three feeds into a feature store; a pricing service scores each section
every hour, clamps the model's price between the floor and cap that box office
managers set in a pricing console, and pushes the new prices to the ticketing
platform through its API. Every change is logged. The model is retrained weekly
and versioned in a registry. Managers sign in to the console with the hall's SSO
and MFA; only box office managers may change floors and caps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Concert hall seat pricing",
    profile=tg.RiskProfile.LOW,
    description="Sets seat-section prices per concert from sales pace, demand and "
    "competitor listings, within manager-set floors and caps.",
)

# ---------------------------------------------------------------- data assets
orders = tg.Data("Ticket orders", kind="records", sensitivity=tg.Sensitivity.PII)
public_prices = tg.Data("Seat prices on sale", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
sales_export = tg.Data(
    "Sales pace export",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Seats sold and held per section per concert, aggregated; no buyer details.",
)
demand = tg.Data(
    "Demand signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Event page views, basket adds and waitlist counts per concert.",
)
competitor = tg.Data(
    "Competitor listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Prices of comparable concerts at other venues and on resale sites.",
)
features = tg.Data("Pricing features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
history = tg.Data(
    "Historical sales and prices",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
recommendation = tg.Data(
    "Model seat prices", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
floors_caps = tg.Data(
    "Price floors and caps",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
price_updates = tg.Data(
    "Seat price updates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
change_log = tg.Data("Price change log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Pricing model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying seats; they see whatever price is published.
    buyer = tm.add(tg.Actor("Ticket buyer", role="customer"))
    # Other venues' and resale sites' public event pages, scraped for their prices.
    competitor_sites = tm.add(
        tg.DataSource(
            "Competitor listing pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={competitor},
        )
    )

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # Sells the tickets and holds the live seat inventory and prices.
    ticketing = tm.add(
        tg.ExternalService("Ticketing platform", description="Hosted box office and web shop.")
    )
    # Page and basket analytics from the ticketing web shop.
    analytics = tm.add(tg.ExternalService("Web analytics service", provides="data-provider"))

with tm.boundary("Hall cloud account", trust=tg.Trust.INTERNAL):
    # Pulls the sales export, analytics and scraped listings every hour.
    ingestion = tm.add(
        tg.Pipeline(
            "Pricing data ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="ticketing export checked against its schema")},
        )
    )
    # Current features for scoring and the history the model is trained on.
    feature_store = tm.add(tg.FeatureStore("Pricing feature store", stores={features, history}))
    # Scores each section every hour and applies the managers' floors and caps.
    pricing_service = tm.add(
        tg.Service(
            "Price setting service",
            controls={
                c.PolicyEnforcement(
                    rules="every price is clamped to the section's floor and cap before it is pushed"
                ),
                c.SecretsManagement(note="ticketing API key in the cloud secret manager"),
            },
        )
    )
    # Gradient-boosted regressor proposing a price per seat section.
    model = tm.add(
        tg.Model(
            "Seat price model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts the revenue-maximising price per section from sales pace, "
            "demand and competitor prices.",
        )
    )
    # Floors and caps per concert and section, as the managers last set them.
    rules_store = tm.add(tg.DataStore("Price floors and caps store", stores={floors_caps}))
    # What price was set, when, and from which model version.
    log_store = tm.add(tg.DataStore("Price change log store", stores={change_log}))
    # Weekly retraining on past seasons' sales.
    training = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds trained model versions; the serving model loads the latest one.
    registry = tm.add(
        tg.ModelRegistry("Pricing model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Web console where box office managers set floors and caps and watch prices move.
    console = tm.add(
        tg.Endpoint(
            "Pricing console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hall SSO with MFA"),
                c.RBAC(note="only box office managers may change floors and caps"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Box office network", trust=tg.Trust.INTERNAL):
    # Sets the floor and cap for each section of each concert.
    manager = tm.add(tg.Actor("Box office manager", role="box office manager"))

# ---------------------------------------------------------------- flows
tm.flow(buyer, ticketing, orders, protocol="https")
tm.flow(ticketing, buyer, public_prices, protocol="https")

tm.flow(ticketing, ingestion, sales_export, protocol="https", label="hourly sales export")
tm.flow(analytics, ingestion, demand, protocol="https")
tm.flow(competitor_sites, ingestion, competitor, protocol="https", label="scraped every 6 hours")
tm.flow(ingestion, feature_store, features, history)

tm.flow(feature_store, pricing_service, features)
tm.flow(pricing_service, model, features)
tm.flow(model, pricing_service, recommendation)
tm.flow(rules_store, pricing_service, floors_caps)
tm.flow(pricing_service, ticketing, price_updates, protocol="https")
tm.flow(pricing_service, log_store, change_log)

tm.flow(manager, console, floors_caps, protocol="https")
tm.flow(console, rules_store, floors_caps)
tm.flow(rules_store, console, floors_caps)
tm.flow(log_store, console, change_log)
tm.flow(console, manager, change_log, floors_caps, protocol="https")

tm.flow(feature_store, training, history, label="weekly")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loads latest version")
