"""Concession demand forecast: the first design, before any security review.

The cinema chain forecasts how much popcorn, drinks and snacks each screening will
sell, so that concession staff prepare the right quantities and waste less. A nightly
feature pipeline in the head-office analytics cloud joins per-screening booking
counts and the schedule from the ticketing system, film attributes (genre, age
rating, runtime, release week) from a film data vendor's API, and past concession
sales from the point-of-sale system. A weekly job retrains a gradient-boosted
regressor and saves it to the model registry; an analyst promotes a version by hand.
Each morning a forecast job scores the day's screenings and writes prep quantities,
which site staff see on a back-office dashboard and can adjust; their adjustments
and waste counts flow back into the next training set. No customer data is used.
Controls: SSO on the dashboard, schema checks on incoming feeds, a backtest gate
before promotion, versioned models and role-based access on the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cinema concession demand forecast",
    profile=tg.RiskProfile.LOW,
    description=(
        "Forecasts popcorn, drink and snack demand per screening from bookings and film "
        "attributes and sets prep quantities for concession staff."
    ),
)

# ---------------------------------------------------------------- data assets
bookings = tg.Data(
    "Booking counts per screening",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Seats sold and ticket types per screening, no customer details.",
)
schedule = tg.Data("Screening schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
film_attributes = tg.Data(
    "Film attributes",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Genre, age rating, runtime, release date, cast popularity.",
)
sales = tg.Data(
    "Concession sales history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Items sold per site per screening window, from the tills.",
)
features = tg.Data("Screening features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Demand training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
feedback = tg.Data(
    "Staff adjustments and waste counts",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Demand model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM model saved with joblib.",
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Concession demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
prep_plan = tg.Data(
    "Prep quantities",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Popcorn batches, drink cups and hot snacks to prepare per time slot.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Film data vendor", trust=tg.Trust.PARTNER):
    # Licensed film metadata the chain does not maintain itself.
    film_api = tm.add(
        tg.DataSource(
            "Film metadata API",
            origin=tg.Origin.VENDOR,
            provides={film_attributes},
        )
    )

with tm.boundary("Head office systems", trust=tg.Trust.INTERNAL):
    # Source of booking counts and the screening schedule.
    ticketing = tm.add(
        tg.DataSource(
            "Ticketing system",
            origin=tg.Origin.INTERNAL,
            provides={bookings, schedule},
        )
    )
    # Source of what was actually sold, the training target.
    pos = tm.add(
        tg.DataSource(
            "Point-of-sale system",
            origin=tg.Origin.INTERNAL,
            provides={sales},
        )
    )

with tm.boundary("Analytics cloud", trust=tg.Trust.INTERNAL):
    # Joins the three feeds into per-screening features every night.
    feature_job = tm.add(
        tg.Pipeline(
            "Nightly feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={c.SchemaEnforcement()},
        )
    )
    # Offline store of features for training and the morning scoring run.
    feature_store = tm.add(
        tg.FeatureStore("Screening feature store", stores={features}, online=False)
    )
    # Historical features joined with sales and staff feedback.
    dataset = tm.add(tg.Dataset("Demand training set", stores={training_set}))
    # Weekly retraining; a backtest against the last four weeks must pass.
    trainer = tm.add(
        tg.Pipeline(
            "Weekly training job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest error must not exceed the current model's")},
        )
    )
    # Holds model versions; the analyst marks which one is in production.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning(), c.RBAC()},
        )
    )
    # The demand model itself, loaded by the forecast job.
    model = tm.add(
        tg.Model(
            "Concession demand model",
            task=tg.Task.REGRESSOR,
            description="Predicts units of each concession item per screening.",
        )
    )
    # Scores the day's screenings each morning and turns forecasts into prep quantities.
    forecast_job = tm.add(tg.Service("Daily forecast job"))
    # Prep quantities per site and slot, with staff adjustments.
    prep_db = tm.add(tg.DataStore("Prep plan database", stores={prep_plan, feedback}))
    # What site staff open on the back-office tablet.
    dashboard = tm.add(
        tg.Endpoint(
            "Prep dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Builds and promotes the model.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

with tm.boundary("Cinema site network", trust=tg.Trust.INTERNAL):
    # Prepares the concession stock and reports what was thrown away.
    staff = tm.add(tg.Actor("Concession staff", role="site staff"))

# ---------------------------------------------------------------- flows
tm.flow(ticketing, feature_job, bookings, schedule, protocol="https", label="nightly export")
tm.flow(film_api, feature_job, film_attributes, protocol="https")
tm.flow(pos, feature_job, sales, protocol="https", label="nightly export")
tm.flow(prep_db, feature_job, feedback, label="nightly export")
tm.flow(feature_job, feature_store, features)
tm.flow(feature_job, dataset, training_set)

tm.flow(dataset, trainer, training_set)
tm.flow(analyst, trainer, training_config, protocol="https")
tm.flow(trainer, registry, artifact)
tm.flow(analyst, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, model, artifact, label="load production version")

tm.flow(feature_store, forecast_job, features, label="daily batch")
tm.flow(forecast_job, model, features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, prep_db, prep_plan)

tm.flow(prep_db, dashboard, prep_plan)
tm.flow(dashboard, prep_db, feedback)
tm.flow(dashboard, staff, prep_plan, protocol="https")
tm.flow(staff, dashboard, feedback, protocol="https")
