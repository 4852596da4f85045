"""Lift fault prediction: the first design, before any security review.

A European lift maintenance company fits vibration and door sensors to the lifts it
maintains in its customers' buildings. A site gateway in each machine room reads the
sensors over RS-485 and uploads the readings over the mobile network (MQTT over TLS,
one X.509 certificate per gateway) to the company's cloud. An hourly feature pipeline
turns raw readings into vibration spectra and door-cycle features; a nightly job scores
every lift with an in-house gradient-boosted fault model and hands the risk scores to
the visit scheduling service, which drafts engineers' visits for the next days.
A maintenance planner reviews and releases the schedule; engineers get their work
orders on a company phone app and file visit reports, whose confirmed faults become
the labels for a monthly retraining. Controls in this design: device certificates on
ingestion, SSO with MFA for staff, encryption at rest in the cloud stores, planner
approval of the schedule, backtesting before a model is registered, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lift fault prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts lift faults from vibration and door sensors in customers' buildings "
        "and schedules engineers' maintenance visits."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Vibration and door sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Accelerometer samples, door open/close times and cycle counts per lift.",
)
features = tg.Data(
    "Lift condition features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vibration spectra bands, door-cycle statistics and trip counts per lift.",
)
risk_scores = tg.Data(
    "Fault risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_schedule = tg.Data(
    "Proposed visit schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Engineers' names, routes and the sites and contacts they will visit.",
)
schedule_release = tg.Data("Schedule approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_orders = tg.Data(
    "Work orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site address, access notes, building contact name and phone, assigned engineer.",
)
visit_reports = tg.Data(
    "Visit reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Engineer's findings, parts replaced and whether a fault was confirmed.",
)
fault_labels = tg.Data(
    "Confirmed fault labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fault model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost model saved with joblib.",
)
training_config = tg.Data(
    "Retraining configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer buildings", trust=tg.Trust.PARTNER):
    # The sensors we fit in the lift shaft and on the car doors.
    sensors = tm.add(
        tg.Device(
            "Lift vibration and door sensors",
            description="Accelerometer on the car and machine, door position sensors.",
        )
    )
    # One per machine room: reads the sensors and uploads over a cellular modem.
    gateway = tm.add(
        tg.Device(
            "Lift site gateway",
            description="Linux gateway with an LTE modem in the lift machine room.",
        )
    )

with tm.boundary("Field (mobile network)", trust=tg.Trust.UNTRUSTED):
    # Engineers receive their visits and file reports from company-issued phones.
    engineer_app = tm.add(
        tg.Device(
            "Engineer phone app",
            description="Company-issued phones enrolled in MDM, running the field app.",
        )
    )

with tm.boundary("Maintenance cloud", trust=tg.Trust.INTERNAL):
    # Where the gateways connect; checks each gateway's device certificate.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-gateway X.509 device certificates")},
        )
    )
    # Raw readings kept for feature computation and retraining.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry time-series store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns raw readings into per-lift condition features every hour.
    feature_pipeline = tm.add(tg.Pipeline("Hourly feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Latest and historical features per lift.
    feature_store = tm.add(tg.FeatureStore("Lift feature store", stores={features}, online=False))
    # Scores every lift once a night and passes the scores on to scheduling.
    scoring_job = tm.add(tg.Service("Nightly fault scoring job"))
    # The model itself: probability of a fault in the next 14 days per lift.
    fault_model = tm.add(
        tg.Model(
            "Lift fault prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; the score sets which lifts get a visit first.",
        )
    )
    # Drafts the visit plan from the scores, contracts and engineers' availability.
    scheduler = tm.add(
        tg.Service(
            "Visit scheduling service",
            description="Drafts visits from risk scores; serves the planner UI and the field app.",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.HumanInTheLoop(approver="the maintenance planner releases each day's schedule"),
            },
        )
    )
    # Work orders, site contacts and visit reports.
    work_order_db = tm.add(
        tg.DataStore(
            "Work order database",
            stores={work_orders, visit_reports},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Features joined with the faults engineers confirmed.
        training_set = tm.add(
            tg.Dataset("Fault history training set", stores={features, fault_labels})
        )
        # Monthly retraining, backtested on the last quarter before it is registered.
        retraining = tm.add(
            tg.Pipeline(
                "Monthly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest on the last quarter's faults")},
            )
        )
        # Versioned model artifacts; the nightly job loads the promoted version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Reviews the drafted schedule and releases it to the engineers.
    planner = tm.add(tg.Actor("Maintenance planner", role="planner"))
    # Owns the model: runs retraining and promotes new versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, protocol="modbus", label="RS-485 in the machine room")
tm.flow(gateway, ingestion, readings, protocol="mqtts", label="cellular uplink")
tm.flow(ingestion, telemetry_db, readings)
tm.flow(telemetry_db, feature_pipeline, readings, label="hourly batch")
tm.flow(feature_pipeline, feature_store, features)

tm.flow(feature_store, scoring_job, features, label="nightly batch")
tm.flow(scoring_job, fault_model, features)
tm.flow(fault_model, scoring_job, risk_scores)
tm.flow(scoring_job, scheduler, risk_scores)

tm.flow(work_order_db, scheduler, work_orders, visit_reports)
tm.flow(scheduler, work_order_db, work_orders, visit_reports)
tm.flow(scheduler, planner, draft_schedule, protocol="https")
tm.flow(planner, scheduler, schedule_release, protocol="https")
tm.flow(scheduler, engineer_app, work_orders, protocol="https")
tm.flow(engineer_app, scheduler, visit_reports, protocol="https")

tm.flow(work_order_db, training_set, fault_labels, label="monthly export")
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, retraining, features, fault_labels)
tm.flow(data_scientist, retraining, training_config, protocol="https")
tm.flow(retraining, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, fault_model, model_artifact, label="loaded by the nightly job")
