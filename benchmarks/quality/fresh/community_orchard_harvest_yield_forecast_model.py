"""Community orchard harvest yield forecast: the first design, before any security review.

A volunteer-run community orchard group records, tree by tree, the health of
each tree and its blossom counts in a small volunteer app on their phones. The
app's API and its database run in one small cloud project the group rents. A
daily job pulls observed and forecast weather from a public weather API. A weekly
job runs a yield model (a gradient-boosted regressor trained by the group's data
volunteer on their own laptop, from past seasons' weigh-ins) and stores the apple
harvest forecast per variety. The coordinator reads it on a planning dashboard,
sets pressing days and juice sales targets, draws up the volunteer rota and
records each year's actual harvest weights; shift reminders go out by e-mail.
Controls: HTTPS everywhere, e-mail and password sign-in for volunteers and the
coordinator, range checks on the app's forms, a coordinator-only role on the
dashboard, and the hosting provider's encryption at rest on the databases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community orchard harvest yield forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecasts the apple harvest per variety from volunteer tree records and "
    "weather, to plan pressing days, juice sales and the volunteer rota.",
)

# ---------------------------------------------------------------- data assets
observations = tg.Data(
    "Tree health and blossom observations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per tree: variety, health notes, disease signs, blossom and fruitlet counts, "
    "date and the volunteer who recorded it.",
)
volunteer_accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, phone numbers and password hashes of volunteers.",
)
weather = tg.Data(
    "Weather observations and forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Daily temperature, rainfall and frost data for the orchard's location.",
)
weather_key = tg.Data("Weather API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
weigh_ins = tg.Data(
    "Harvest weigh-in records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Actual kilograms picked per variety and picking day, entered after harvest.",
)
training_set = tg.Data(
    "Yield training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past seasons' observations and weather joined to the weigh-ins.",
)
model_file = tg.Data(
    "Yield model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="A scikit-learn model saved with joblib.",
)
forecast_inputs = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Harvest yield forecast per variety",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
plan = tg.Data(
    "Pressing plan and volunteer rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pressing days, juice sales targets, and which volunteers work which shift.",
)
reminder = tg.Data("Shift reminder e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who sign up to help; they record trees on their own phones.
    volunteer = tm.add(tg.Actor("Volunteer", role="orchard volunteer"))
    # Runs the group's season: reads the forecast, plans pressing days and the rota.
    coordinator = tm.add(tg.Actor("Orchard coordinator", role="coordinator", privileged=True))
    # Free public weather API; the only outside source of model inputs.
    weather_api = tm.add(
        tg.ExternalService(
            "Public weather API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Free tier, API key in the query string.",
        )
    )
    # Transactional e-mail service the group already uses for its newsletter.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Orchard cloud project", trust=tg.Trust.INTERNAL):
    # Backend of the volunteer app: sign-up, sign-in and tree record forms.
    app_api = tm.add(
        tg.Endpoint(
            "Volunteer app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="blossom and fruitlet counts must be 0-2000"),
            },
        )
    )
    # One managed Postgres database for trees, observations, accounts and weather.
    orchard_db = tm.add(
        tg.DataStore(
            "Orchard records database",
            stores={observations, volunteer_accounts, weather},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Scheduled job that fetches yesterday's weather and the 14-day forecast.
    weather_job = tm.add(
        tg.Pipeline(
            "Daily weather fetch job",
            stage=tg.Stage.INGESTION,
            description="Reads the weather API key from an environment variable.",
        )
    )
    # Holds the current model file uploaded by the data volunteer.
    model_store = tm.add(tg.ModelRegistry("Model file bucket", stores={model_file}))
    # Builds this week's features, loads the model file and writes the forecast.
    forecast_job = tm.add(tg.Service("Weekly forecast job"))
    # The yield model itself, loaded in-process by the forecast job.
    yield_model = tm.add(
        tg.Model(
            "Harvest yield forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts kilograms per variety from blossom counts, tree health and weather.",
        )
    )
    # Web page for the coordinator: forecast, pressing plan, rota and weigh-ins.
    dashboard = tm.add(
        tg.Endpoint(
            "Planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="coordinator role only"),
            },
        )
    )
    # Second schema in the same database: forecasts, plans, rota, weigh-ins.
    planning_db = tm.add(
        tg.DataStore(
            "Planning database",
            stores={forecast, plan, weigh_ins},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )

with tm.boundary("Data volunteer laptop", trust=tg.Trust.INTERNAL):
    # A volunteer with data skills who retrains the model once a year.
    data_volunteer = tm.add(tg.Actor("Data volunteer", role="data volunteer", privileged=True))
    # Jupyter notebook with pandas and scikit-learn installed from PyPI.
    training = tm.add(
        tg.Pipeline(
            "Yearly model training notebook", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # CSV exports joined into the training table, kept on the laptop.
    dataset = tm.add(tg.Dataset("Yield training data", stores={training_set}))

# ---------------------------------------------------------------- flows
# Volunteers record trees and see the history of the trees they look after.
tm.flow(volunteer, app_api, observations, volunteer_accounts, protocol="https")
tm.flow(app_api, volunteer, observations, protocol="https", label="tree history")
tm.flow(app_api, orchard_db, observations, volunteer_accounts)
tm.flow(orchard_db, app_api, observations, volunteer_accounts)

# Weather ingestion.
tm.flow(weather_job, weather_api, weather_key, protocol="https", label="weather request")
tm.flow(weather_api, weather_job, weather, protocol="https")
tm.flow(weather_job, orchard_db, weather)

# Weekly forecast.
tm.flow(orchard_db, forecast_job, observations, weather)
tm.flow(model_store, forecast_job, model_file, label="load model")
tm.flow(forecast_job, yield_model, forecast_inputs)
tm.flow(yield_model, forecast_job, forecast)
tm.flow(forecast_job, planning_db, forecast)

# Coordinator planning.
tm.flow(coordinator, dashboard, plan, weigh_ins, protocol="https")
tm.flow(dashboard, coordinator, forecast, plan, protocol="https")
tm.flow(planning_db, dashboard, forecast, plan, weigh_ins)
tm.flow(dashboard, planning_db, plan, weigh_ins)
tm.flow(orchard_db, dashboard, volunteer_accounts, label="volunteer contact list")
tm.flow(dashboard, mailer, reminder, protocol="https")
tm.flow(mailer, volunteer, reminder, protocol="smtp")

# Yearly retraining on the data volunteer's laptop.
tm.flow(orchard_db, training, observations, weather, protocol="https", label="CSV export")
tm.flow(planning_db, training, weigh_ins, protocol="https", label="CSV export")
tm.flow(data_volunteer, training, label="runs the notebook")
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, model_store, model_file, protocol="https", label="upload new model")
