"""Village cricket club bar stock forecast model: the first design, before any security review.

The club bar runs on volunteers, and the bar manager orders kegs, bottles and snacks
from the local brewery each week. This small forecast predicts how much of each line
will sell before the next order, so that the bar neither runs dry on a derby Saturday
nor throws away out-of-date stock. A nightly job in the club's free-tier cloud project
pulls till sales from the till vendor's cloud, the fixture list from the league's
public website and a weather forecast, and keeps a sales history. A weekly job retrains
a gradient-boosted regressor (saved with joblib) and writes a suggested order to a
shared spreadsheet, where the bar manager also enters the weekly stock count and then
places the order on the brewery's portal by hand. A member who is a developer looks
after the code. The cloud project needs Google sign-in with 2-step verification, the
spreadsheet is shared only with committee members, and storage is encrypted by default.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Village cricket club bar stock forecast",
    profile=tg.RiskProfile.LOW,
    description="Weekly bar stock demand forecast and suggested order for a village cricket club.",
)

# ---------------------------------------------------------------- data assets
till_sales = tg.Data("Till sales", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
sales_lines = tg.Data(
    "Daily sales by product line",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Units sold and takings per product per day, no card or customer details.",
)
till_api_key = tg.Data("Till vendor API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
fixtures = tg.Data("Fixture list", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
weather = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
history = tg.Data(
    "Sales history training data",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
upcoming = tg.Data("Upcoming week features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
artifact = tg.Data("Forecast model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
demand = tg.Data(
    "Predicted demand per line", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
suggested_order = tg.Data("Suggested order", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
stock_count = tg.Data("Weekly stock count", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
purchase_order = tg.Data(
    "Brewery purchase order", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
code = tg.Data("Pipeline code and config", sensitivity=tg.Sensitivity.INTERNAL, kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The league's public site: fixtures, home or away, and which sides are playing.
    league_site = tm.add(
        tg.DataSource(
            "League fixtures website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={fixtures},
            description="Public fixture pages, scraped nightly.",
        )
    )

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # The till maker's cloud back office, which the bar till syncs to.
    till_cloud = tm.add(
        tg.ExternalService(
            "Till vendor cloud",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="EPOS back office with a sales reporting API.",
        )
    )
    # Free weather API: hourly forecast for the ground's postcode.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )
    # Where the bar manager places the weekly order.
    brewery = tm.add(tg.ExternalService("Brewery ordering portal"))

with tm.boundary("Clubhouse", trust=tg.Trust.INTERNAL):
    # The touchscreen till behind the bar; it records every sale.
    till = tm.add(tg.Device("Bar till", fleet=False))
    # Volunteer who runs the bar, counts stock and orders from the brewery.
    bar_manager = tm.add(tg.Actor("Bar manager", role="volunteer bar manager"))
    # Club member who wrote and maintains the pipeline and model.
    developer = tm.add(tg.Actor("Volunteer developer", role="developer", privileged=True))

with tm.boundary("Club cloud project", trust=tg.Trust.INTERNAL):
    # Nightly job that gathers sales, fixtures and weather.
    ingestion = tm.add(
        tg.Pipeline("Nightly ingestion job", stage=tg.Stage.INGESTION, third_party_packages=True)
    )
    # Storage bucket with the cleaned sales history and next week's features.
    dataset = tm.add(
        tg.Dataset(
            "Sales history bucket",
            stores={history, upcoming},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Weekly retraining of the regressor.
    training = tm.add(
        tg.Pipeline("Weekly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # A folder in the bucket holding the current and previous model files.
    model_store = tm.add(tg.ModelRegistry("Model file folder", stores={artifact}))
    # The gradient-boosted regressor itself, loaded by the forecast job.
    model = tm.add(
        tg.Model(
            "Bar demand forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts units sold per product line for the coming week.",
        )
    )
    # Weekly job that loads the model, forecasts and computes the order.
    forecaster = tm.add(
        tg.Service(
            "Weekly forecast job",
            description="Order = forecast demand minus counted stock, rounded to case and keg sizes.",
        )
    )

with tm.boundary("Club workspace", trust=tg.Trust.PARTNER):
    # Shared spreadsheet the bar manager works from.
    order_sheet = tm.add(
        tg.DataStore(
            "Stock and order spreadsheet",
            stores={suggested_order, stock_count},
            controls={tg.controls.RBAC(note="shared with named committee members only")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(till, till_cloud, till_sales, protocol="https")
tm.flow(ingestion, till_cloud, till_api_key, label="sales report request", protocol="https")
tm.flow(till_cloud, ingestion, sales_lines, protocol="https")
tm.flow(league_site, ingestion, fixtures, protocol="https", label="nightly scrape")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, dataset, history, upcoming)

tm.flow(dataset, training, history)
tm.flow(training, model_store, artifact)
tm.flow(model_store, forecaster, artifact, label="load latest model")
tm.flow(dataset, forecaster, upcoming)
tm.flow(forecaster, model, upcoming)
tm.flow(model, forecaster, demand)

tm.flow(order_sheet, forecaster, stock_count, protocol="https")
tm.flow(forecaster, order_sheet, suggested_order, protocol="https")
tm.flow(bar_manager, order_sheet, stock_count, protocol="https")
tm.flow(order_sheet, bar_manager, suggested_order, protocol="https")
tm.flow(bar_manager, brewery, purchase_order, protocol="https")

console_signin = {tg.controls.Authentication(method="Google account with 2-step verification")}
tm.flow(developer, ingestion, code, label="deploys", protocol="https", controls=console_signin)
tm.flow(developer, training, code, label="deploys", protocol="https", controls=console_signin)
tm.flow(developer, forecaster, code, label="deploys", protocol="https", controls=console_signin)
