"""Sourdough subscription forecast: the first design, before any security review.

A community-supported bakery sells weekly sourdough subscriptions to about 400
members, who collect their loaves from pick-up points around town. Members sign
in to a small web portal (e-mail and password) to skip a week or pause. Every
Wednesday night a feature job combines the skips already booked for next week with
a weather forecast bought from a weather API and the council's published school
holiday dates; a gradient-boosted regression model, retrained monthly from the
bakery's own history and saved as a joblib file, forecasts the loaves wanted per
bread and pick-up point. A planner turns the forecast into a bake plan (loaves,
levain and flour) that the head baker reviews and adjusts on the kitchen tablet,
and the baker records what was actually baked and left over. Everything runs in
one small cloud project looked after by a volunteer developer; the database is
the provider's managed Postgres with encryption at rest. Members are in the UK.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sourdough subscription demand forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly loaf-demand forecast and bake plan for a community-supported bakery.",
)

# ---------------------------------------------------------------- data assets
member_accounts = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, pick-up point, bread choices and dietary notes.",
)
sign_in = tg.Data(
    "Member sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
skips = tg.Data(
    "Skip and pause requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which member skips which week, and pauses with their reason.",
)
subscription_status = tg.Data("Subscription status", kind="records", sensitivity=tg.Sensitivity.PII)
weather = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Seven-day temperature and rain forecast, plus past observations for training.",
)
weather_key = tg.Data("Weather API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
holidays = tg.Data("School holiday dates", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
next_week_features = tg.Data(
    "Next-week demand features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booked skips per bread and pick-up point, weather and holiday flags.",
)
history = tg.Data(
    "Weekly demand history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past weeks' features with loaves actually collected, per bread and pick-up point.",
)
bake_actuals = tg.Data(
    "Bake actuals and leftovers",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
model_file = tg.Data("Forecast model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
forecast = tg.Data("Loaf demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
bake_plan = tg.Data(
    "Bake plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="high"),
    description="Loaves per bread, levain build and flour order for the week.",
)
plan_changes = tg.Data(
    "Baker's plan adjustments", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
retrain_request = tg.Data(
    "Retraining run", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Subscribers manage their own skips from their phones.
    member = tm.add(tg.Actor("Member", role="subscriber"))
    # The council's term-dates page, scraped once a term.
    holiday_calendar = tm.add(
        tg.DataSource(
            "Council school holiday calendar",
            origin=tg.Origin.PUBLIC_WEB,
            provides={holidays},
            description="Term and holiday dates published on the county council website.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Paid weather API: forecasts for the week ahead and past observations.
    weather_api = tm.add(
        tg.ExternalService(
            "Weather API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial forecast API, called with the bakery's API key.",
        )
    )

with tm.boundary("Bakery cloud project", trust=tg.Trust.INTERNAL):
    # Where members skip weeks; the only thing members touch.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            description="Small web app: sign in, skip or pause, see upcoming collections.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(
                    note="skip form only accepts future weeks of the member's own plan"
                ),
            },
        )
    )
    # The bakery's one database: members, skips, bake plans and bake actuals.
    bakery_db = tm.add(
        tg.DataStore(
            "Bakery database",
            stores={member_accounts, sign_in, skips, bake_plan, bake_actuals, weather_key},
            description="Managed Postgres; the weather API key sits in a settings table.",
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds next week's features and appends finished weeks to the history.
    feature_job = tm.add(
        tg.Pipeline(
            "Weekly feature job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Python cron job (pandas, requests); runs Wednesday 22:00.",
        )
    )
    # Training history, one row per week, bread and pick-up point.
    history_set = tm.add(
        tg.Dataset("Demand history set", stores={history}, purpose=tg.DatasetPurpose.TRAINING)
    )
    # Monthly retrain with a backtest against the last eight weeks.
    training_job = tm.add(
        tg.Pipeline(
            "Monthly training job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="LightGBM; saves the new model only if its backtest error is lower.",
            controls={c.ModelValidation(note="eight-week backtest must beat the current model")},
        )
    )
    # Object-storage bucket holding the dated joblib files.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))
    # The forecaster itself.
    forecaster = tm.add(
        tg.Model(
            "Loaf demand forecaster",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression on skips, weather and holidays.",
        )
    )
    # Turns the forecast into quantities the kitchen can bake.
    planner = tm.add(
        tg.Service(
            "Bake planner",
            description="Rounds forecasts up to tray sizes, adds a buffer, works out levain and flour.",
            controls={c.HumanInTheLoop(approver="the head baker, before the levain is built")},
        )
    )
    # The kitchen's view of the plan; reached over the internet from the tablet.
    dashboard = tm.add(
        tg.Endpoint(
            "Bake plan dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web page showing the plan; the baker edits quantities and logs actuals.",
            controls={c.Authentication(method="shared kitchen account with password")},
        )
    )

with tm.boundary("Bakery kitchen", trust=tg.Trust.INTERNAL):
    # Decides what is actually baked.
    head_baker = tm.add(tg.Actor("Head baker", role="baker"))

with tm.boundary("Volunteer laptop", trust=tg.Trust.INTERNAL):
    # Deploys the code and starts retraining runs; has owner rights on the project.
    developer = tm.add(tg.Actor("Volunteer developer", role="maintainer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(member, portal, sign_in, skips, protocol="https")
tm.flow(portal, member, subscription_status, protocol="https")
tm.flow(portal, bakery_db, skips, label="saves skips and pauses")
tm.flow(bakery_db, portal, member_accounts, subscription_status, label="member's own plan")

tm.flow(bakery_db, feature_job, skips, bake_actuals, weather_key, label="weekly read")
tm.flow(feature_job, weather_api, weather_key, protocol="https", label="forecast request")
tm.flow(weather_api, feature_job, weather, protocol="https")
tm.flow(holiday_calendar, feature_job, holidays, protocol="https", label="termly scrape")
tm.flow(feature_job, history_set, history)
tm.flow(feature_job, planner, next_week_features)

tm.flow(developer, training_job, retrain_request, protocol="ssh", label="starts monthly retrain")
tm.flow(history_set, training_job, history)
tm.flow(training_job, model_bucket, model_file)
tm.flow(model_bucket, forecaster, model_file, label="latest file loaded at start")

tm.flow(planner, forecaster, next_week_features)
tm.flow(forecaster, planner, forecast)
tm.flow(planner, bakery_db, bake_plan)
tm.flow(bakery_db, dashboard, bake_plan)
tm.flow(dashboard, head_baker, bake_plan, protocol="https")
tm.flow(head_baker, dashboard, plan_changes, bake_actuals, protocol="https")
tm.flow(dashboard, bakery_db, plan_changes, bake_actuals)
