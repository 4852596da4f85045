"""Platelet demand forecaster: the first design, before any security review.

The national blood service forecasts how many platelet units each hospital it
supplies will need over the next seven days. Hospital transfusion laboratories
submit daily stock and usage returns (units in stock, transfused and wasted, by
blood group) through the existing ordering portal; the returns are joined with
the service's own issue history from the blood establishment computer system.
A weekly batch job runs the model and writes forecasts to a forecast store.
Supply chain planners read them in the collection session planning system to
decide which donor sessions to run; hospitals see their own site's forecast in
the portal. The model is retrained monthly by the data science team. Hospital
users sign in with TOTP; returns are checked against the returns template; a
new model is backtested before the data scientist promotes it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Platelet demand forecaster",
    profile=tg.RiskProfile.HIGH,
    description="Seven-day platelet demand forecast per hospital for collection planning.",
)

# ---------------------------------------------------------------- data assets
returns = tg.Data(
    "Hospital stock and usage returns",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Daily platelet units in stock, transfused and wasted per hospital and group.",
)
issues = tg.Data(
    "Platelet issue history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Units issued to each hospital by day, component and blood group.",
)
training_data = tg.Data(
    "Demand training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
features = tg.Data("Forecast features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
forecast = tg.Data(
    "Platelet demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
session_plan = tg.Data(
    "Collection session plan", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
promotion = tg.Data("Model promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Transfusion laboratory staff at each hospital: submit returns, read their forecast.
    hospital_staff = tm.add(tg.Actor("Hospital blood bank staff", role="hospital user"))

with tm.boundary("Blood service cloud", trust=tg.Trust.INTERNAL):
    # The existing hospital ordering portal, extended to take returns and show forecasts.
    portal = tm.add(
        tg.Endpoint(
            "Hospital ordering portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-user username and password with TOTP"),
                c.RBAC(note="portal accounts are tied to one hospital site"),
            },
        )
    )
    # Loads each day's returns into the returns store.
    ingestion = tm.add(
        tg.Pipeline(
            "Returns ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="returns must match the returns template")},
        )
    )
    # History of every hospital's returns; the main demand signal.
    returns_store = tm.add(
        tg.DataStore(
            "Returns store",
            stores={returns},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the model every week for every hospital and stores the results.
    forecast_job = tm.add(tg.Service("Weekly forecast batch job"))
    # The demand model loaded from the registry.
    model = tm.add(
        tg.Model(
            "Platelet demand model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees; predicts units needed per hospital per day.",
        )
    )
    # Latest forecasts, read by the portal and by planning.
    forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecast}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins returns and issues into a monthly training snapshot.
        feature_prep = tm.add(tg.Pipeline("Feature preparation", stage=tg.Stage.PREPROCESSING))
        training_set = tm.add(tg.Dataset("Demand training dataset", stores={training_data}))
        # Monthly retraining with a backtest on the last quarter before promotion.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="backtest against the last three months")},
            )
        )
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Blood service data centre", trust=tg.Trust.RESTRICTED):
    # The blood establishment computer system: source of truth for issues to hospitals.
    becs = tm.add(
        tg.DataSource(
            "Blood establishment computer system",
            origin=tg.Origin.INTERNAL,
            provides={issues},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Planners choose donor sessions; the plan is theirs, the forecast advises.
    planning = tm.add(
        tg.Service(
            "Collection session planning system",
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="supply chain planner"),
            },
        )
    )
    planner = tm.add(tg.Actor("Supply chain planner", role="planner"))
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(hospital_staff, portal, returns, protocol="https")
tm.flow(portal, hospital_staff, forecast, protocol="https", label="own site's forecast")
tm.flow(portal, ingestion, returns)
tm.flow(ingestion, returns_store, returns)

tm.flow(returns_store, feature_prep, returns)
tm.flow(becs, feature_prep, issues, protocol="sftp", label="nightly extract")
tm.flow(feature_prep, training_set, training_data)
tm.flow(training_set, training, training_data)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, promotion, label="promotes monthly model")
tm.flow(registry, model, weights, label="deploy")

tm.flow(returns_store, forecast_job, returns)
tm.flow(becs, forecast_job, issues, protocol="sftp", label="nightly extract")
tm.flow(forecast_job, model, features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, forecast_store, forecast)
tm.flow(forecast_store, portal, forecast)
tm.flow(forecast_store, planning, forecast)

tm.flow(planning, planner, forecast, protocol="https")
tm.flow(planner, planning, session_plan, protocol="https")
