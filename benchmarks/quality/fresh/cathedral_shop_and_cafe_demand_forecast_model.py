"""Cathedral shop and café demand forecast: the first design, before any security review.

An English cathedral's shop and café want to know each morning how many
visitors to expect over the next fortnight and how much of each line to stock.
A nightly ingestion job in our cloud tenancy pulls the day's bookings from the
cathedral's ticketing platform, item sales from the shop and café till (EPOS)
service, the event diary (services, concerts, graduations) from the chapter
office calendar and a public weather forecast. It drops visitors' names and
e-mail addresses, checks each feed against its expected columns and loads a
Postgres warehouse. A daily forecast job asks a gradient-boosted model for
visitor numbers and per-item demand and writes stock suggestions; the shop and
café managers read them on a dashboard (Microsoft 365 sign-in with MFA), adjust
them and place their own orders with suppliers. Our ML engineer retrains the
model weekly. The warehouse uses the provider's encryption; all links use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral shop and café demand forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Daily visitor and stock forecasts for a cathedral's shop and café.",
)

# ---------------------------------------------------------------- data assets
bookings = tg.Data(
    "Booking export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="One row per booking: visit date, ticket type, group size, booker name, e-mail, postcode.",
)
ticket_counts = tg.Data("Daily ticket counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
item_sales = tg.Data(
    "Item sales",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quantity and takings per product line per day; no card data.",
)
events = tg.Data("Event diary entries", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data("Demand features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
forecast = tg.Data(
    "Visitor and demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
suggestions = tg.Data("Stock suggestions", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
adjustments = tg.Data("Manager adjustments", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data("Training history", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL)
artifact = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data("Retraining configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # SaaS that sells admission and tower-tour tickets online and at the desk.
    ticketing = tm.add(tg.ExternalService("Ticketing platform", provides="data-provider"))

with tm.boundary("EPOS vendor", trust=tg.Trust.PARTNER):
    # Cloud till service used by both the shop and the café.
    epos = tm.add(tg.ExternalService("Shop and café EPOS", provides="data-provider"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Free public weather forecast API.
    weather_api = tm.add(tg.ExternalService("Public weather API", provides="data-provider"))

with tm.boundary("Cathedral office network", trust=tg.Trust.INTERNAL):
    # Chapter office shared calendar of services, concerts and closures.
    diary = tm.add(
        tg.DataSource("Chapter office event calendar", origin="internal", provides={events})
    )
    # Orders stock for the shop from the forecasts.
    shop_manager = tm.add(tg.Actor("Shop manager", role="retail manager"))
    # Plans café baking and staffing from the forecasts.
    cafe_manager = tm.add(tg.Actor("Café manager", role="catering manager"))

with tm.boundary("Our cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls all four feeds each night, strips personal fields, loads the warehouse.
    ingest = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage="ingestion",
            controls={
                c.DataMinimization(
                    note="booker names and e-mails dropped; postcode cut to district"
                ),
                c.SchemaEnforcement(note="each feed checked against its expected columns"),
            },
        )
    )
    # Managed Postgres holding history, forecasts and adjustments.
    warehouse = tm.add(
        tg.DataStore(
            "Sales and visitor warehouse",
            stores={ticket_counts, item_sales, events, weather, forecast, suggestions, adjustments},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Runs at 06:00, builds features and writes the next 14 days' forecasts.
    forecast_job = tm.add(tg.Service("Daily forecast job"))
    # LightGBM regressor for visitors per day and units per product line.
    model = tm.add(tg.Model("Demand forecast model", task="regressor"))
    # Storage folder of dated model files.
    model_store = tm.add(tg.ModelRegistry("Model file store", stores={artifact}))
    # Weekly retraining with a backtest on the last eight weeks.
    retrain = tm.add(tg.Pipeline("Weekly retraining", stage="training", third_party_packages=True))
    # Web dashboard the managers use on the office PCs and their phones.
    dashboard = tm.add(
        tg.Endpoint(
            "Forecast dashboard",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 sign-in (OIDC) with MFA")},
        )
    )

with tm.boundary("Our office", trust=tg.Trust.INTERNAL):
    # Builds and maintains the pipelines and the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(ticketing, ingest, bookings, protocol="https", label="nightly booking export")
tm.flow(epos, ingest, item_sales, protocol="https", label="nightly sales export")
tm.flow(weather_api, ingest, weather, protocol="https")
tm.flow(diary, ingest, events, protocol="https", label="calendar API")
tm.flow(ingest, warehouse, ticket_counts, item_sales, events, weather)

tm.flow(
    warehouse,
    forecast_job,
    ticket_counts,
    item_sales,
    events,
    weather,
    adjustments,
    label="daily read",
)
tm.flow(forecast_job, model, features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, warehouse, forecast, suggestions)

tm.flow(warehouse, dashboard, forecast, suggestions)
tm.flow(dashboard, shop_manager, forecast, suggestions, protocol="https")
tm.flow(dashboard, cafe_manager, forecast, suggestions, protocol="https")
tm.flow(shop_manager, dashboard, adjustments, protocol="https")
tm.flow(cafe_manager, dashboard, adjustments, protocol="https")
tm.flow(dashboard, warehouse, adjustments)

tm.flow(warehouse, retrain, history, label="weekly export")
tm.flow(ml_engineer, retrain, train_config, protocol="https")
tm.flow(retrain, model_store, artifact)
tm.flow(model_store, model, artifact, label="latest file loaded by the forecast job")
