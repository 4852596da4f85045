"""Platelet demand forecasting for a regional blood service: the first design.

Platelets keep only a few days, so the blood service wants to forecast, each
morning, how many adult doses every hospital in the region will need over the
next week, and set donor appointment targets for apheresis sessions from it.
The forecast uses three inputs: issue history from the blood establishment
computer system (BECS), the stock that each hospital blood bank reports daily
through the hospital ordering portal, and planned surgery lists that hospital
theatre systems drop nightly over SFTP. An ingestion job aggregates these into
daily features (the theatre lists reduced to procedure counts per specialty);
a weekly job retrains a gradient-boosted regressor, stored in a model registry,
and a daily runner publishes the forecasts to a planning dashboard. Supply
planners review the forecasts and approve the donor targets, which go to the
donor session planning system. Hospital users sign in to the portal with
their own password and a TOTP code; staff use the corporate SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Platelet demand forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Daily per-hospital platelet demand forecasts that guide donor appointment targets."
    ),
)

# ---------------------------------------------------------------- data assets
stock_report = tg.Data(
    "Hospital platelet stock report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Units on the shelf per blood group and expiry date, reported each morning.",
)
surgery_schedule = tg.Data(
    "Planned surgery schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Theatre list extract: hospital case number, date, procedure code, specialty.",
)
issue_history = tg.Data(
    "Platelet issue history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Units issued per hospital, product, blood group and day, from BECS.",
)
features = tg.Data(
    "Daily demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per hospital and day: issues, stock, procedure counts, calendar effects.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Forecast model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM regressor saved with joblib.",
)
forecast = tg.Data(
    "Platelet demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
donor_targets = tg.Data(
    "Donor appointment targets",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Apheresis appointments to fill per collection centre and day.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital networks", trust=tg.Trust.PARTNER):
    # Blood bank staff at each hospital report their platelet stock every morning.
    hospital_staff = tm.add(tg.Actor("Hospital blood bank staff", role="hospital user"))
    # Each hospital's theatre management system exports the next week's surgery lists.
    theatre_system = tm.add(
        tg.DataSource(
            "Hospital theatre system",
            origin=tg.Origin.PARTNER,
            provides={surgery_schedule},
            description="Nightly CSV export of planned procedures, pushed over SFTP.",
        )
    )

with tm.boundary("Blood service network", trust=tg.Trust.INTERNAL):
    # The existing ordering portal hospitals already use; gains a stock report form.
    portal = tm.add(
        tg.Endpoint(
            "Hospital ordering portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="individual hospital user accounts with password and TOTP"),
                c.InputValidation(note="stock report form checks ranges and blood groups"),
            },
        )
    )
    # Operational database behind the portal, holding the submitted stock reports.
    stock_db = tm.add(tg.DataStore("Hospital stock report database", stores={stock_report}))
    # System of record for every unit collected, tested and issued.
    becs = tm.add(
        tg.DataStore(
            "Blood establishment computer system",
            stores={issue_history},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )
    # Supply planners decide the donor targets from the forecast.
    planner = tm.add(tg.Actor("Supply planner", role="planner"))
    # Web dashboard showing forecasts and where planners approve targets.
    dashboard = tm.add(
        tg.Endpoint(
            "Forecast planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the duty supply planner approves the targets"),
            },
        )
    )
    # Books donors into apheresis sessions to meet the approved targets.
    donor_planning = tm.add(tg.DataStore("Donor session planning system", stores={donor_targets}))
    # Builds and maintains the forecasting model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Joins the three inputs into daily features; drops case numbers.
        ingestion = tm.add(
            tg.Pipeline(
                "Demand data ingestion",
                stage=tg.Stage.INGESTION,
                controls={
                    c.SchemaEnforcement(note="CSV and report schemas checked, bad files rejected"),
                    c.DataMinimization(note="theatre lists reduced to counts per specialty"),
                },
            )
        )
        # History of daily features, used for both training and daily scoring.
        feature_store = tm.add(
            tg.FeatureStore("Demand feature store", stores={features}, online=False)
        )
        # Weekly retraining on the latest three years of history.
        training = tm.add(
            tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned store of trained models.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # The forecasting model itself: a regressor over the daily features.
        model = tm.add(
            tg.Model(
                "Platelet demand forecast model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="A forecast that is too low risks platelet shortages for patients.",
            )
        )
        # Daily batch job that scores the model and publishes the forecasts.
        runner = tm.add(tg.Service("Daily forecast runner"))

# ---------------------------------------------------------------- flows
tm.flow(hospital_staff, portal, stock_report, protocol="https")
tm.flow(portal, hospital_staff, stock_report, protocol="https", label="confirmation")
tm.flow(portal, stock_db, stock_report)
tm.flow(stock_db, ingestion, stock_report)
tm.flow(theatre_system, ingestion, surgery_schedule, protocol="sftp", label="nightly drop")
tm.flow(becs, ingestion, issue_history, label="daily extract")
tm.flow(ingestion, feature_store, features)

tm.flow(data_scientist, training, training_config)
tm.flow(feature_store, training, features, label="training window")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="daily load of the latest version")

tm.flow(feature_store, runner, features, label="latest day")
tm.flow(runner, model, features)
tm.flow(model, runner, forecast)
tm.flow(runner, dashboard, forecast)
tm.flow(dashboard, planner, forecast, protocol="https")
tm.flow(planner, dashboard, donor_targets, protocol="https", label="approves targets")
tm.flow(dashboard, donor_planning, donor_targets)
