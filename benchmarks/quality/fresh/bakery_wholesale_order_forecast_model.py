"""Wholesale order forecasting for a regional bakery: the first design.

About 140 cafés, delis and corner shops order bread and pastries for next-day
delivery through our wholesale order portal; the sales office also keys in the
orders that still come by phone. Every evening a feature job joins the order
history with the bank-holiday calendar and a commercial weather forecast, and
a gradient-boosted regression model forecasts tomorrow's late top-up orders per
product. A dough planner turns the confirmed orders plus the forecast into dough
quantities per recipe and shows them on a tablet in the bakehouse, where the
night-shift supervisor adjusts the plan and records what was actually mixed.
The model is retrained weekly from the order history and saved as a joblib file.
Everything except the tablet runs in one small cloud tenant. Controls: customer
sign-in with e-mail and password, quantity checks on orders, HTTPS everywhere,
encrypted and backed-up order database, and the supervisor confirms every plan.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bakery wholesale order forecast",
    profile=tg.RiskProfile.LOW,
    description="Next-day wholesale order forecast and dough plan for the night shift.",
)

# ---------------------------------------------------------------- data assets
orders = tg.Data(
    "Wholesale orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per customer, per product, per delivery day quantities and prices.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
accounts = tg.Data(
    "Customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Café and shop names, contact names, e-mail, phone, delivery address.",
)
confirmation = tg.Data(
    "Order confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Forecast features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lagged order volumes, weekday, holidays, temperature and rain per area.",
)
history = tg.Data(
    "Order history training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Two years of daily per-product order totals with their features.",
)
weights = tg.Data("Forecast model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
forecast = tg.Data(
    "Next-day order forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
recipes = tg.Data(
    "Recipes and dough yields",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="House recipes, batch sizes and scaling yields: the bakery's know-how.",
)
dough_plan = tg.Data("Dough plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
production = tg.Data(
    "Mixed quantities",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the night shift actually mixed, against the plan.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Café and shop buyers place and change their standing orders themselves.
    buyer = tm.add(tg.Actor("Café and shop buyer", role="wholesale customer"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Temperature and rain move sandwich-bread and pastry demand noticeably.
    weather_api = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Paid subscription, API key in the feature job's environment.",
        )
    )

with tm.boundary("Bakery cloud tenant", trust=tg.Trust.INTERNAL):
    # The web shop customers order through; sales staff use its admin pages.
    portal = tm.add(
        tg.Endpoint(
            "Wholesale order portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="per-product quantity limits and order cut-off at 20:00"),
            },
        )
    )
    # System of record for orders and customer accounts.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders, accounts, production},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly managed backups, 14 days"),
            },
        )
    )
    # Builds tomorrow's features at cut-off and refreshes the training set weekly.
    feature_job = tm.add(
        tg.Pipeline(
            "Nightly feature job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Scheduled Python job (pandas) in the tenant.",
        )
    )
    # The history the forecaster learns from.
    training_set = tm.add(tg.Dataset("Order history dataset", stores={history}))
    # Weekly refit of the forecaster.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="LightGBM refit every Sunday; writes a new joblib file.",
        )
    )
    # A storage bucket holding the dated model files; the planner loads the newest.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={weights}))
    # Forecasts tomorrow's late and top-up orders per product.
    forecaster = tm.add(
        tg.Model(
            "Order forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression on order history, calendar and weather.",
        )
    )
    # Turns confirmed orders plus the forecast into dough per recipe.
    planner = tm.add(
        tg.Service(
            "Dough planner",
            description="Scales recipes to confirmed orders plus forecast, rounded to batches.",
            controls={c.HumanInTheLoop(approver="night-shift supervisor")},
        )
    )
    # Recipes and yields the planner scales by.
    recipe_store = tm.add(tg.DataStore("Recipe database", stores={recipes}))

with tm.boundary("Bakehouse and office", trust=tg.Trust.INTERNAL):
    # Takes phone orders, manages customer accounts and recipes.
    office = tm.add(tg.Actor("Sales office staff", role="sales administrator"))
    # Wall-mounted tablet by the mixers showing the night's plan.
    tablet = tm.add(
        tg.Device(
            "Bakehouse tablet",
            fleet=False,
            controls={c.Authentication(method="shared bakehouse PIN")},
        )
    )
    # Decides what is actually mixed.
    supervisor = tm.add(tg.Actor("Night-shift supervisor", role="production supervisor"))

# ---------------------------------------------------------------- flows
tm.flow(buyer, portal, orders, protocol="https")
tm.flow(portal, buyer, confirmation, protocol="https")
tm.flow(office, portal, orders, accounts, protocol="https", label="phone orders and account admin")
tm.flow(portal, office, orders, accounts, protocol="https")
tm.flow(portal, order_db, orders, accounts)
tm.flow(order_db, portal, orders, accounts)

tm.flow(order_db, feature_job, orders, label="order history and tomorrow's confirmed orders")
tm.flow(weather_api, feature_job, weather, protocol="https")
tm.flow(feature_job, training_set, history, label="weekly refresh")
tm.flow(training_set, training, history)
tm.flow(training, model_bucket, weights)
tm.flow(model_bucket, forecaster, weights, label="newest file loaded at run time")
tm.flow(feature_job, forecaster, features)
tm.flow(forecaster, planner, forecast)

tm.flow(order_db, planner, orders, label="confirmed orders for tomorrow")
tm.flow(recipe_store, planner, recipes)
tm.flow(office, recipe_store, recipes, protocol="https", label="recipe edits")
tm.flow(planner, tablet, dough_plan, protocol="https")
tm.flow(tablet, supervisor, dough_plan, label="on the panel")
tm.flow(supervisor, tablet, production, label="adjusts and confirms on the panel")
tm.flow(tablet, planner, production, protocol="https")
tm.flow(planner, order_db, production)
