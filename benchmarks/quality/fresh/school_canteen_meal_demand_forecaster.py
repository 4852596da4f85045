"""School canteen meal demand forecaster: the first design, before any security review.

A local authority's school catering service cooks lunches for about sixty
schools and wants to cut food waste. Each night a job pulls yesterday's meal
sales from the cashless catering system, attendance and term dates from the
schools' management information system and a weather forecast, aggregates them
to counts per school, day and dish, and stores them. A weekly job retrains an
in-house regression model; a daily forecast job predicts tomorrow's and next
week's portions per dish, which kitchen managers see on a web dashboard, where
they also record what was left over. The catering procurement officer uses the
totals to place ingredient orders by hand. Controls in this design: pupil ids
are dropped at ingestion, SSO and per-school roles on the dashboard, SFTP for
the sales export, an encrypted database, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School canteen meal demand forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecasts portions per school and dish to reduce waste and guide ingredient orders.",
)

# ---------------------------------------------------------------- data assets
meal_sales = tg.Data(
    "Meal transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per pupil: pupil id, school, dish bought, time, free-school-meal flag.",
)
attendance = tg.Data(
    "Attendance and term dates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Daily attendance counts per school and year group, trips, closures and INSET days.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
menu = tg.Data(
    "Menu plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Three-week menu cycle per school with dishes and special diets.",
)
demand_history = tg.Data(
    "Daily demand history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
    description="Portions sold and left over per school, day and dish, with attendance and weather.",
)
leftovers = tg.Data("Leftover counts", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Portion forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
order_totals = tg.Data(
    "Suggested ingredient totals", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
job_code = tg.Data("Job and feature code", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Suppliers and schools", trust=tg.Trust.PARTNER):
    # The cashless till system in every canteen, run by its vendor; the source of sales.
    pos = tm.add(
        tg.DataSource(
            "Cashless catering system",
            origin=tg.Origin.VENDOR,
            provides={meal_sales},
            description="Vendor-hosted; exports the previous day's transactions as a CSV file.",
        )
    )
    # Schools' MIS: how many pupils are in, and which days the school is closed.
    mis = tm.add(
        tg.DataSource(
            "School MIS",
            origin=tg.Origin.PARTNER,
            provides={attendance},
            description="Management information system read through the vendor's reporting API.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hot or rainy days change what pupils choose; a commercial weather API.
    weather_api = tm.add(
        tg.ExternalService("Weather API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Each school's kitchen manager, on a kitchen tablet over the school's internet.
    kitchen_manager = tm.add(tg.Actor("Kitchen manager", role="school kitchen manager"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Nightly: fetches the three sources, aggregates sales to counts, drops pupil ids.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(
                    note="transactions aggregated per school/day/dish; pupil ids and meal flags dropped"
                )
            },
        )
    )
    # The aggregated history everything else works from.
    demand_db = tm.add(
        tg.DataStore(
            "Demand database",
            stores={demand_history, menu, forecast, leftovers, order_totals},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Weekly: retrains the model on the full history.
    training = tm.add(tg.Pipeline("Weekly training job", stage=tg.Stage.TRAINING))
    # Keeps each trained version so a bad week can be rolled back.
    registry = tm.add(
        tg.ModelRegistry("Model store", stores={weights}, controls={c.ModelVersioning()})
    )
    # Predicts portions per school and dish from history, menu, attendance and weather.
    model = tm.add(tg.Model("Meal demand model", task=tg.Task.REGRESSOR))
    # Daily: runs the model for the coming days and writes the forecasts.
    forecast_job = tm.add(tg.Service("Daily forecast job"))
    # Web app for kitchen managers, the menu planner and procurement.
    dashboard = tm.add(
        tg.Service(
            "Forecast dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="council Microsoft 365 single sign-on"),
                c.RBAC(note="kitchen managers see only their own school"),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Plans the menu cycles that the forecast is made for.
    menu_planner = tm.add(tg.Actor("Menu planner", role="catering nutritionist"))
    # Orders ingredients from suppliers by hand, using the suggested totals.
    procurement = tm.add(tg.Actor("Procurement officer", role="catering procurement"))
    # Builds and maintains the jobs and the model.
    analyst = tm.add(tg.Actor("Data analyst", role="council data analyst", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pos, ingestion, meal_sales, protocol="sftp")
tm.flow(mis, ingestion, attendance, protocol="https")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, demand_db, demand_history)

tm.flow(demand_db, training, demand_history)
tm.flow(training, registry, weights)
tm.flow(registry, forecast_job, weights, label="load latest version")
tm.flow(demand_db, forecast_job, demand_history, menu)
tm.flow(forecast_job, model, demand_history, menu, label="features for the coming days")
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, demand_db, forecast)

tm.flow(demand_db, dashboard, forecast, order_totals)
tm.flow(dashboard, demand_db, leftovers, menu)
tm.flow(dashboard, kitchen_manager, forecast, protocol="https")
tm.flow(kitchen_manager, dashboard, leftovers, protocol="https")
tm.flow(menu_planner, dashboard, menu, protocol="https")
tm.flow(dashboard, procurement, order_totals, protocol="https")
tm.flow(analyst, training, job_code, label="maintains jobs and model features")
