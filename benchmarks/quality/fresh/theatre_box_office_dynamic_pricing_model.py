"""Theatre box office dynamic pricing: first design.

A producing theatre wants ticket prices for each performance to follow demand.
Every hour a pricing engine pulls sales so far from the ticketing vendor's API,
combines them with each show's sales history in our warehouse and a listings
vendor's feed of competing events, and asks an in-house demand model for a
forecast and a recommended price per price band. The engine keeps each price
between the floor and ceiling the box office manager sets, then pushes the
prices to the ticketing system, which sells online and at the box office
counter. The marketing team sees forecasts and prices in a dashboard and can
override any price. Staff sign in to the dashboard through the theatre's
Microsoft 365 single sign-on; the ticketing and listings APIs use vendor API
keys over HTTPS. The model is retrained weekly from the warehouse.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre box office dynamic pricing",
    profile=tg.RiskProfile.LOW,
    description="Hourly demand-based ticket prices per performance, within manager-set limits.",
)

# ---------------------------------------------------------------- data assets
sales_so_far = tg.Data(
    "Sales so far",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Seats sold and held per performance and price band; no buyer details.",
)
sales_history = tg.Data(
    "Show sales history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
competing_events = tg.Data(
    "Competing events listings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
demand_features = tg.Data(
    "Demand features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
forecast = tg.Data(
    "Demand forecast and recommended price",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
price_limits = tg.Data(
    "Price floors and ceilings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prices = tg.Data(
    "Published ticket prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
price_override = tg.Data("Price override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dashboard_view = tg.Data(
    "Forecast dashboard view",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
sso_token = tg.Data("SSO sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
ticket_order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, email and seats; card payment goes to the vendor's payment page.",
)
model_file = tg.Data("Demand model file", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying tickets on the website.
    customer = tm.add(tg.Actor("Online ticket buyer", role="customer"))

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # SaaS ticketing platform: web shop and box office till software.
    ticketing = tm.add(tg.ExternalService("Ticketing system"))

with tm.boundary("Listings vendor", trust=tg.Trust.PARTNER):
    # Commercial feed of concerts, shows and sports fixtures in the region.
    events_feed = tm.add(
        tg.DataSource("Competing events feed", origin=tg.Origin.VENDOR, provides={competing_events})
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The theatre's existing staff identity provider.
    idp = tm.add(tg.ExternalService("Staff single sign-on", provides="identity-provider"))

with tm.boundary("Theatre cloud account", trust=tg.Trust.INTERNAL):
    # Hourly job: gathers inputs, calls the model, clamps prices, publishes them.
    engine = tm.add(
        tg.Service(
            "Pricing engine",
            controls={
                c.PolicyEnforcement(
                    rules="price stays within the manager's floor and ceiling per band"
                ),
                c.SecretsManagement(),
            },
        )
    )
    # Gradient-boosted demand model that recommends a price per band.
    demand_model = tm.add(
        tg.Model(
            "Ticket demand model",
            task=tg.Task.REGRESSOR,
            description="Predicts final sales per band at candidate prices; picks the best price.",
        )
    )
    # Sales history, forecasts and every price change.
    warehouse = tm.add(
        tg.DataStore(
            "Box office data warehouse",
            stores={sales_history, sales_so_far, forecast, prices, price_override},
        )
    )
    # Floors and ceilings per performance and band.
    limits_db = tm.add(tg.DataStore("Price limits table", stores={price_limits}))
    # Web dashboard for marketing and the box office manager.
    dashboard = tm.add(
        tg.Endpoint(
            "Pricing dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )
    # Weekly retraining run by the theatre's one data analyst.
    training = tm.add(tg.Pipeline("Weekly demand model training", stage=tg.Stage.TRAINING))

with tm.boundary("Theatre office", trust=tg.Trust.INTERNAL):
    # Sets the price limits for each performance.
    manager = tm.add(tg.Actor("Box office manager", role="manager", privileged=True))
    # Watches forecasts and overrides prices for campaigns and comps.
    marketing = tm.add(tg.Actor("Marketing team", role="marketing"))
    # Sells tickets at the counter through the vendor's till software.
    box_office_staff = tm.add(tg.Actor("Box office staff", role="box office"))

# ---------------------------------------------------------------- flows
# Staff sign-in
tm.flow(manager, idp, sso_token, protocol="https")
tm.flow(marketing, idp, sso_token, protocol="https")
tm.flow(idp, dashboard, sso_token, protocol="https")

# Manager sets limits, marketing reads forecasts and overrides
tm.flow(manager, dashboard, price_limits, protocol="https")
tm.flow(dashboard, limits_db, price_limits)
tm.flow(warehouse, dashboard, forecast, prices)
tm.flow(dashboard, manager, dashboard_view, protocol="https")
tm.flow(dashboard, marketing, dashboard_view, protocol="https")
tm.flow(marketing, dashboard, price_override, protocol="https")
tm.flow(dashboard, engine, price_override)

# Hourly pricing run
tm.flow(engine, ticketing, prices, protocol="https", label="hourly price push")
tm.flow(ticketing, engine, sales_so_far, protocol="https", label="hourly sales pull")
tm.flow(events_feed, engine, competing_events, protocol="https")
tm.flow(warehouse, engine, sales_history)
tm.flow(limits_db, engine, price_limits)
tm.flow(engine, demand_model, demand_features)
tm.flow(demand_model, engine, forecast)
tm.flow(engine, warehouse, sales_so_far, forecast, prices, price_override)

# Selling tickets
tm.flow(customer, ticketing, ticket_order, protocol="https")
tm.flow(ticketing, customer, prices, protocol="https")
tm.flow(box_office_staff, ticketing, ticket_order, protocol="https")
tm.flow(ticketing, box_office_staff, prices, protocol="https")

# Weekly retraining
tm.flow(warehouse, training, sales_history)
tm.flow(training, demand_model, model_file, label="deploy")
