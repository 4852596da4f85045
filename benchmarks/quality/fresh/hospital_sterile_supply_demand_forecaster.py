"""Sterile tray demand forecaster: the first design, before any security review.

A hospital's sterile services department (SSD) must know how many of each
instrument tray theatres will use, to plan washer and steriliser runs. Nightly,
a job pulls next week's theatre lists from the theatre scheduling system,
emergency admissions history from the patient administration system and tray
turnaround times from the SSD tray tracking system, pseudonymises patient
numbers and writes features on the analytics platform. A nightly forecast job
scores them with a gradient-boosted regressor; SSD planners see the forecast on
an intranet planning dashboard and adjust the run plan. The analytics team
retrains monthly, backtests and tags the release in the model registry.
Controls: SSO and roles on the dashboard, pseudonymisation at ingestion,
encrypted role-based feature storage, model versioning and a pre-release backtest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hospital sterile supply demand forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecasts sterile instrument tray demand from theatre lists, emergency "
    "admissions and turnaround times, for washer and steriliser run planning.",
)

# ---------------------------------------------------------------- data assets
theatre_lists = tg.Data(
    "Theatre lists",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Next week's operations: patient number, procedure, surgeon, theatre, slot.",
)
admissions_history = tg.Data(
    "Emergency admissions history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Five years of emergency admissions with date, specialty and procedure.",
)
turnaround_times = tg.Data(
    "Tray turnaround times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per tray: time from theatre return through washing, packing, sterilising.",
)
features = tg.Data(
    "Demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Procedure counts per tray type and day, pseudonymised.",
)
training_history = tg.Data(
    "Tray demand training history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_code = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
model_artifact = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_tag = tg.Data("Model release tag", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Tray demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
run_plan = tg.Data(
    "Washer and steriliser run plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public package index the retraining environment installs its libraries from.
    pypi = tm.add(tg.ExternalService("Python package index", provides="package-registry"))

with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Source of the next week's operating lists, exported nightly.
    theatre_system = tm.add(
        tg.DataSource("Theatre scheduling system", origin="internal", provides={theatre_lists})
    )
    # Source of historic emergency admissions, which drive unplanned tray use.
    pas = tm.add(
        tg.DataSource(
            "Patient administration system", origin="internal", provides={admissions_history}
        )
    )

with tm.boundary("Sterile services department", trust=tg.Trust.INTERNAL):
    # Track-and-trace system scanning trays through each decontamination stage.
    tray_tracking = tm.add(
        tg.DataSource("Tray tracking system", origin="internal", provides={turnaround_times})
    )
    # SSD planners who schedule washer and steriliser runs from the forecast.
    planner = tm.add(tg.Actor("SSD planner", role="planner"))
    # Intranet web app showing the forecast and holding the run plan planners adjust.
    dashboard = tm.add(
        tg.Endpoint(
            "Planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital Active Directory SSO"), c.RBAC()},
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Pulls the three sources each night, pseudonymises and builds features.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(note="patient numbers hashed; names and dates of birth dropped")
            },
        )
    )
    # Feature history for training and the coming week's features for scoring.
    feature_store = tm.add(
        tg.FeatureStore(
            "Demand feature store",
            stores={features, training_history},
            online=False,
            controls={c.EncryptionAtRest(key_management="platform-managed keys"), c.RBAC()},
        )
    )
    # Monthly retraining and backtest run by the analytics team.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against the last three months")},
        )
    )
    # Holds trained models; the tagged release is what the forecast job loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted regressor predicting trays needed per type and day.
    model = tm.add(tg.Model("Tray demand model", task=tg.Task.REGRESSOR))
    # Scores the coming week each night after ingestion and stores the forecast.
    forecast_job = tm.add(tg.Service("Nightly forecast job"))
    # Forecasts and the planners' adjusted run plan.
    forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecast, run_plan}))

with tm.boundary("Analytics team", trust=tg.Trust.INTERNAL):
    # Data scientists who own the model, retrain it and tag releases.
    data_scientist = tm.add(
        tg.Actor("Analytics data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(theatre_system, ingestion, theatre_lists, protocol="sftp", label="nightly export")
tm.flow(pas, ingestion, admissions_history, protocol="sftp", label="nightly extract")
tm.flow(tray_tracking, ingestion, turnaround_times, protocol="https")
tm.flow(ingestion, feature_store, features, training_history)

tm.flow(feature_store, training, training_history, label="monthly")
tm.flow(pypi, training, packages, protocol="https")
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, release_tag, protocol="https", label="tags release")
tm.flow(registry, model, model_artifact, label="loads tagged release")

tm.flow(feature_store, forecast_job, features, label="next week")
tm.flow(forecast_job, model, features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, forecast_store, forecast)

tm.flow(forecast_store, dashboard, forecast, run_plan)
tm.flow(dashboard, forecast_store, run_plan, label="adjusted runs")
tm.flow(dashboard, planner, forecast, run_plan, protocol="https")
tm.flow(planner, dashboard, run_plan, protocol="https", label="adjusts runs")
