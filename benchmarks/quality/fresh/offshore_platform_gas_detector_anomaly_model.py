"""Offshore gas detector health model: first design, before any security review.

The platform's fixed gas detectors (point IR, catalytic and H2S cells) are wired to
the fire and gas controller; the platform historian polls it and replicates the
readings to an onshore historian over the platform-to-shore VPN. Every night a
feature pipeline in the analytics tenancy joins the readings with the bump-test and
calibration history exported from the maintenance management system (CMMS), and a
scoring job runs an in-house anomaly model that rates each detector for drift,
sluggish response or imminent failure. The instrument technicians and the
maintenance planner see the ratings on a dashboard; the planner turns the ones they
accept into work order requests in the CMMS, and may defer a routine bump test on
a detector rated healthy within the interval the performance standard allows.
The model is retrained monthly from as-found calibration results. Staff sign in
with corporate SSO and MFA; the fire and gas system keeps alarming on its own.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Offshore gas detector health model",
    profile=tg.RiskProfile.HIGH,
    description="Flags drifting or failing offshore gas detectors for the instrument maintenance plan.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Gas detector readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Gas concentration (%LEL, ppm H2S), signal level and fault/beam-block flags per detector.",
)
calibrations = tg.Data(
    "Calibration and bump test records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="As-found and as-left values, test gas used, date and technician id per detector.",
)
features = tg.Data("Detector health features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "As-found failure labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Whether each detector was found out of tolerance at its next calibration.",
)
model_file = tg.Data(
    "Detector health model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)
scores = tg.Data(
    "Detector health ratings", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
recommendations = tg.Data(
    "Maintenance recommendations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per detector: rating, reason, suggested action (calibrate, replace, defer bump test).",
)
planner_decision = tg.Data("Planner work order approval", kind="records")
work_orders = tg.Data(
    "Work order requests",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Platform process control network", trust=tg.Trust.RESTRICTED):
    # The fleet of fixed gas detectors whose health the model rates.
    detectors = tm.add(
        tg.Device(
            "Fixed gas detectors",
            fleet=True,
            description="About 400 point IR, catalytic and H2S detectors on 4-20 mA/HART loops.",
        )
    )
    # The safety system the detectors are wired to; it alarms and trips independently of the model.
    fg_controller = tm.add(
        tg.Service(
            "Fire and gas controller",
            description="SIL-rated F&G logic solver; exposes detector values to the historian.",
        )
    )
    # Platform-side time-series store that polls the F&G controller.
    platform_historian = tm.add(tg.DataStore("Platform historian", stores={readings}))

with tm.boundary("Platform office network", trust=tg.Trust.INTERNAL):
    # Does the calibrations and bump tests offshore and follows the maintenance plan.
    technician = tm.add(tg.Actor("Instrument technician", role="instrument technician"))

with tm.boundary("Onshore OT DMZ", trust=tg.Trust.INTERNAL):
    # Replica of the platform historian that onshore consumers read instead of the platform.
    onshore_historian = tm.add(tg.DataStore("Onshore historian replica", stores={readings}))

with tm.boundary("Onshore corporate network", trust=tg.Trust.INTERNAL):
    # System of record for calibration history and work orders.
    cmms = tm.add(
        tg.DataStore(
            "Maintenance management system (CMMS)",
            stores={calibrations, work_orders},
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(note="CMMS change history on work orders and calibration entries"),
            },
        )
    )
    # Builds the offshore maintenance plan from the CMMS and the model's ratings.
    planner = tm.add(tg.Actor("Maintenance planner", role="maintenance planner"))
    # Owns the model: training runs, evaluation and releases.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Analytics cloud tenancy", trust=tg.Trust.INTERNAL):
    # Joins readings with calibration history and derives drift, noise and response features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Nightly detector feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Offline store of per-detector features and labels, read by training and scoring.
    feature_store = tm.add(
        tg.FeatureStore(
            "Detector feature store",
            stores={features, labels},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining on as-found calibration outcomes.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds the trained model versions; the scoring job loads the released one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # The anomaly model itself.
    model = tm.add(
        tg.Model(
            "Detector health model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees plus residual drift statistics; rates each detector 0-1.",
        )
    )
    # Runs the model over every detector each night and writes the recommendations.
    scoring_job = tm.add(tg.Service("Nightly scoring job"))
    # Where the latest ratings and recommendations are kept for the dashboard.
    results_db = tm.add(tg.DataStore("Detector health results", stores={scores, recommendations}))
    # Web dashboard for technicians and the planner; the planner raises work orders from it.
    dashboard = tm.add(
        tg.Endpoint(
            "Detector health dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="maintenance planner"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(detectors, fg_controller, readings, label="hardwired 4-20 mA / HART loops")
tm.flow(fg_controller, platform_historian, readings, protocol="modbus", label="historian poll")
tm.flow(
    platform_historian,
    onshore_historian,
    readings,
    protocol="ipsec",
    label="historian replication over the platform-to-shore VPN",
)
tm.flow(
    onshore_historian, feature_pipeline, readings, protocol="https", label="nightly bulk export"
)

tm.flow(technician, cmms, calibrations, protocol="https", label="as-found / as-left results")
tm.flow(cmms, feature_pipeline, calibrations, protocol="https", label="nightly export")
tm.flow(feature_pipeline, feature_store, features, labels)

tm.flow(feature_store, training, features, labels)
tm.flow(training, registry, model_file)
tm.flow(data_scientist, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, model, model_file, label="loaded at the start of each scoring run")

tm.flow(feature_store, scoring_job, features, label="nightly batch read")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, scores)
tm.flow(scoring_job, results_db, scores, recommendations)

tm.flow(results_db, dashboard, scores, recommendations)
tm.flow(dashboard, planner, recommendations, protocol="https")
tm.flow(planner, dashboard, planner_decision, protocol="https", label="accepts or rejects")
tm.flow(dashboard, technician, recommendations, protocol="https")
tm.flow(dashboard, cmms, work_orders, protocol="https", label="approved work order requests")
tm.flow(cmms, technician, work_orders, protocol="https", label="maintenance plan")
