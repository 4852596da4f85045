"""Track geometry defect prioritisation: the first design, before any security review.

A rail infrastructure company runs a measurement train that records track geometry
(gauge, cant, twist, top and line) on each route every few weeks. After each run the
train's recording system uploads the run files over SFTP to an ingestion job on the
company's track data platform, which checks them against the file format and stores
them. A preprocessing pipeline aligns each run to the track asset register, extracts
the exceedances and computes features; an in-house model ranks the defects by urgency
and the prioritisation service proposes temporary speed restrictions for the worst.
Maintenance planners review the ranked list in a planning dashboard (corporate single
sign-on, role-based access) and decide what to fix, when, and which restrictions to
impose; their decisions go to the asset management system as work orders. The model is
retrained by the data science team from past runs and the maintenance records in the
asset management system; a release is back-tested before it is registered.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Track geometry defect prioritisation",
    profile=tg.RiskProfile.HIGH,
    description="Ranks track geometry defects by urgency and proposes speed restrictions for planners.",
)

# ---------------------------------------------------------------- data assets
run_files = tg.Data(
    "Track geometry measurement runs",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-run geometry channels with GPS and track-position references.",
)
asset_register = tg.Data(
    "Track asset register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Track sections, line speeds, track categories and curve data.",
)
maintenance_records = tg.Data(
    "Maintenance records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Past work orders: what was found, what was done, when.",
)
defect_features = tg.Data("Defect features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Labelled defect history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
ranking = tg.Data(
    "Defect urgency ranking", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
proposals = tg.Data(
    "Ranked defects with proposed speed restrictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
decisions = tg.Data(
    "Planner decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted, rescheduled or rejected defects and the speed restrictions to impose.",
)
work_orders = tg.Data(
    "Work orders and speed restrictions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
training_config = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Defect ranking model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted ranking model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Measurement train", trust=tg.Trust.INTERNAL):
    # The on-board recording system of the company's measurement train.
    recorder = tm.add(
        tg.Device(
            "Track geometry recording system",
            fleet=False,
            description="Inertial and laser measuring system; uploads run files over cellular after each run.",
        )
    )

with tm.boundary("Track data platform", trust=tg.Trust.INTERNAL):
    # Receives the run files from the train and checks their format.
    ingestion = tm.add(
        tg.Pipeline(
            "Run file ingestion",
            stage=tg.Stage.INGESTION,
            controls={tg.controls.SchemaEnforcement(note="run file format and channel checks")},
        )
    )
    # History of every measurement run, used for trends and training.
    data_lake = tm.add(tg.DataStore("Geometry data store", stores={run_files}))
    # Aligns runs to the asset register, extracts exceedances, builds features and training sets.
    features_job = tm.add(
        tg.Pipeline(
            "Defect extraction pipeline",
            stage=tg.Stage.PREPROCESSING,
            description="Track-position alignment, exceedance extraction and feature computation.",
        )
    )
    # Runs the model on each new run and turns the top of the ranking into proposals.
    prioritisation = tm.add(
        tg.Service(
            "Defect prioritisation service",
            description="Proposes speed restrictions from the ranking and the line speed.",
            controls={tg.controls.HumanInTheLoop(approver="maintenance planner")},
        )
    )
    # Ranks defects by urgency.
    model = tm.add(
        tg.Model(
            "Defect urgency ranker",
            task=tg.Task.RANKER,
            high_stakes=True,
            description="Ranks geometry defects by how soon they need attention.",
        )
    )
    # The web app planners work in.
    dashboard = tm.add(
        tg.Endpoint(
            "Maintenance planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC)"),
                tg.controls.RBAC(note="planners see their own route"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past defects with their maintenance outcomes, the model's training data.
        dataset = tm.add(
            tg.Dataset(
                "Defect training dataset",
                stores={training_set},
                controls={tg.controls.DataVersioning()},
            )
        )
        # Retrains the model on the data science team's request.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    tg.controls.ModelValidation(
                        note="back-test against last year's confirmed defects"
                    )
                },
            )
        )
        # Versioned model artifacts that the service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decide which defects are fixed, when, and which speed restrictions are imposed.
    planner = tm.add(tg.Actor("Maintenance planner", role="planner"))
    # Build and retrain the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Enterprise systems", trust=tg.Trust.INTERNAL):
    # System of record for assets and work orders.
    asset_mgmt = tm.add(
        tg.DataStore(
            "Asset management system",
            stores={asset_register, maintenance_records, work_orders},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(recorder, ingestion, run_files, protocol="sftp", label="after each run, over cellular")
tm.flow(ingestion, data_lake, run_files)
tm.flow(data_lake, features_job, run_files)
tm.flow(asset_mgmt, features_job, asset_register, maintenance_records, protocol="https")
tm.flow(features_job, prioritisation, defect_features)
tm.flow(prioritisation, model, defect_features)
tm.flow(model, prioritisation, ranking)
tm.flow(prioritisation, dashboard, proposals)
tm.flow(dashboard, planner, proposals, protocol="https")
tm.flow(planner, dashboard, decisions, protocol="https")
tm.flow(dashboard, asset_mgmt, work_orders, protocol="https")
tm.flow(asset_mgmt, dashboard, work_orders, protocol="https", label="open work orders")

tm.flow(features_job, dataset, training_set, label="monthly training set build")
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, data_scientist, ranking, protocol="https", label="back-test results")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="loaded at service start")
