"""Ice cream van route and demand forecast: the first design, before any security review.

A franchise of ice cream vans wants each driver to start the day with a suggested
route. A demand model, retrained weekly in our cloud account, forecasts sales by
street and hour from the weather vendor's hourly forecast, school term and
holiday dates taken from council websites, and past sales that the card terminal
provider exports each night. A daily route planner asks the model for tomorrow's
demand, gets travel times from a commercial mapping API, keeps out of streets
the council restricts near schools, and stores one route per van. Franchisee
drivers sign in to a phone app with e-mail and password, see their route and
send GPS pings while on shift; head-office operations staff review forecasts
and routes on a dashboard behind the company's Google Workspace sign-in.
Traffic is HTTPS throughout, the warehouse uses the cloud provider's default
encryption and the registry keeps versioned models; there is little else yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice cream van route and demand forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Forecasts ice cream demand by street and hour and suggests each franchisee "
        "driver's daily route in their phone app."
    ),
)

# ---------------------------------------------------------------- data assets
driver_login = tg.Data(
    "Driver sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail address and password of a franchisee driver.",
)
shift_start = tg.Data(
    "Shift start and van ID",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
gps_pings = tg.Data(
    "Van GPS pings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Position of a named driver's van every 30 seconds while on shift.",
)
weather = tg.Data(
    "Hourly weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed temperature, sunshine and rain forecast per postcode area.",
)
term_dates = tg.Data(
    "School term and holiday dates",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
sales = tg.Data(
    "Van sales history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-sale time, terminal location, items and amount; no card numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_features = tg.Data(
    "Street-hour training features",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
model_file = tg.Data(
    "Demand model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM regressor saved with joblib.",
)
planning_features = tg.Data("Tomorrow's street-hour features", kind="features")
demand = tg.Data("Street-hour demand forecast", kind="model-output")
stops = tg.Data("Candidate stops and van depots", kind="records")
travel_times = tg.Data("Street travel times", kind="records")
routes = tg.Data(
    "Suggested van routes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ordered stops and arrival times for each van and driver for the day.",
)
route_edits = tg.Data(
    "Route adjustments and no-go streets",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
ops_view = tg.Data(
    "Forecast and route dashboard",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Forecasts, routes and sales per van, with driver names.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The franchisee who drives the van; signs in on their own phone.
    driver = tm.add(tg.Actor("Van driver", role="franchisee driver"))
    # The drivers' app on their personal phones: shows the route, sends GPS pings.
    driver_app = tm.add(
        tg.Device(
            "Driver phone app",
            fleet=True,
            description="iOS and Android app on the franchisee's own phone.",
        )
    )
    # Council websites, scraped for school term and holiday dates.
    councils = tm.add(
        tg.DataSource(
            "Council school calendar pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={term_dates},
        )
    )

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Weather vendor whose forecast is the strongest demand signal.
    weather_api = tm.add(
        tg.DataSource(
            "Weather forecast API",
            origin=tg.Origin.VENDOR,
            provides={weather},
        )
    )
    # The card terminal provider: the only record of past sales per van.
    card_provider = tm.add(
        tg.DataSource(
            "Card terminal sales export",
            origin=tg.Origin.PARTNER,
            provides={sales},
            description="Nightly CSV of the previous day's transactions per terminal.",
        )
    )
    # Commercial mapping API for travel times between stops.
    maps_api = tm.add(tg.ExternalService("Mapping and routing API", provides="data-provider"))

with tm.boundary("Franchise cloud account", trust=tg.Trust.INTERNAL):
    # The backend the driver app talks to.
    app_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Nightly job that pulls weather, term dates and sales into the warehouse.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="sales CSV rows failing the column schema are dropped")
            },
        )
    )
    # One warehouse for sales, weather, calendars, GPS pings, forecasts and routes.
    warehouse = tm.add(
        tg.DataStore(
            "Sales and routes warehouse",
            stores={sales, weather, term_dates, gps_pings, demand, routes, route_edits},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Weekly retraining of the demand model on the last three seasons.
    training = tm.add(
        tg.Pipeline(
            "Weekly demand model training", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Holds each trained model; the serving model loads the latest version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={c.ModelVersioning()},
        )
    )
    # The demand forecaster itself.
    model = tm.add(
        tg.Model(
            "Street-hour demand model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts cones sold per street per hour for the next day.",
        )
    )
    # Daily optimiser that turns the forecast into one route per van (no LLM).
    planner = tm.add(
        tg.Service(
            "Daily route planner",
            description="Vehicle-routing optimiser run at 05:00 over the day's forecast.",
            controls={
                c.PolicyEnforcement(
                    rules="planner never schedules a stop in council-restricted streets "
                    "near schools during opening and closing times"
                )
            },
        )
    )
    # Web dashboard for head-office operations staff.
    dashboard = tm.add(
        tg.Service(
            "Operations dashboard",
            controls={c.Authentication(method="Google Workspace SSO with 2SV")},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Operations staff who review forecasts and adjust routes.
    ops = tm.add(tg.Actor("Operations planner", role="head-office operations"))

# ---------------------------------------------------------------- flows
# Driver and app
tm.flow(driver, driver_app, driver_login, shift_start, label="sign in and start shift")
tm.flow(driver_app, driver, routes, label="route shown in app")
tm.flow(driver_app, app_api, driver_login, shift_start, gps_pings, protocol="https")
tm.flow(app_api, driver_app, routes, protocol="https")
tm.flow(app_api, warehouse, gps_pings, shift_start)
tm.flow(warehouse, app_api, routes, label="today's route for the van")

# Ingestion
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(councils, ingestion, term_dates, protocol="https", label="weekly scrape")
tm.flow(card_provider, ingestion, sales, protocol="https", label="nightly export")
tm.flow(ingestion, warehouse, weather, term_dates, sales)

# Training
tm.flow(warehouse, training, training_features, label="weekly extract")
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load latest version")

# Daily planning
tm.flow(warehouse, planner, planning_features, route_edits, label="daily batch")
tm.flow(planner, model, planning_features)
tm.flow(model, planner, demand)
tm.flow(planner, maps_api, stops, protocol="https")
tm.flow(maps_api, planner, travel_times, protocol="https")
tm.flow(planner, warehouse, demand, routes)

# Operations
tm.flow(ops, dashboard, route_edits, protocol="https")
tm.flow(dashboard, ops, ops_view, protocol="https")
tm.flow(warehouse, dashboard, ops_view)
tm.flow(dashboard, warehouse, route_edits)
