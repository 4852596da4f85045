"""Station lift and escalator fault prediction: the first design, before any security review.

Each lift and escalator controller records fault codes, door cycles, motor current and
run hours. A telemetry gateway in each station equipment room polls the controllers over
Modbus and pushes batches over MQTT with TLS, signing in with a per-gateway certificate,
to the asset analytics platform in the rail operator's cloud tenancy. Nightly jobs build
features from the telemetry and the fault history in the enterprise asset management
(EAM) system, a weekly job retrains a gradient-boosted classifier, and a nightly job scores
every asset for a fault in the next 14 days. A maintenance scheduler turns the scores into
proposed visits, which a maintenance planner approves before they become EAM work orders
that the lift maintenance contractor reads and closes through its portal; each lift's own
safety chain still stops it on a fault. Controls: TLS and gateway certificates, schema
checks at ingestion, an encrypted lake, versioned models, staff SSO, EAM roles, approval.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Station lift and escalator fault prediction",
    profile=tg.RiskProfile.LOW,
    description=(
        "Predicts lift and escalator faults at stations from controller telemetry "
        "and schedules preventive maintenance visits."
    ),
)

# ---------------------------------------------------------------- data assets
controller_telemetry = tg.Data(
    "Controller telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fault codes, door cycles, motor current, run hours per lift and escalator.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
telemetry_batches = tg.Data(
    "Station telemetry batches",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Five-minute batches of controller telemetry from one station gateway.",
)
fault_history = tg.Data(
    "Fault and repair history",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past faults, callouts and repairs per asset, exported from the EAM system.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
asset_features = tg.Data(
    "Asset condition features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
training_examples = tg.Data(
    "Labelled training examples", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Fault model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM model saved with joblib.",
)
promotion_approval = tg.Data(
    "Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
fault_risk_scores = tg.Data(
    "Fault risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Probability of a fault within 14 days, per asset.",
)
maintenance_calendar = tg.Data(
    "Open work orders and maintenance calendar", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
proposed_visits = tg.Data(
    "Proposed maintenance visits", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approved_visits = tg.Data(
    "Approved visit schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
work_orders = tg.Data(
    "Maintenance work orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Asset, station, visit window and station access arrangements.",
)
visit_reports = tg.Data(
    "Contractor visit reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the contractor found and repaired; closes the work order.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Station equipment network", trust=tg.Trust.INTERNAL):
    # The source of all telemetry: one controller per lift or escalator, across all stations.
    controllers = tm.add(
        tg.Device(
            "Lift and escalator controllers",
            fleet=True,
            description="Vendor controllers exposing fault and run counters as Modbus registers.",
        )
    )
    # Bridges the station's equipment network to the cloud: polls and batches telemetry.
    gateway = tm.add(
        tg.Service(
            "Station telemetry gateway",
            description="Industrial PC in each station equipment room.",
        )
    )

with tm.boundary("Asset analytics platform", trust=tg.Trust.INTERNAL):
    # Receives gateway uploads and lands them in the lake.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                tg.controls.Authentication(method="per-gateway X.509 device certificates"),
                tg.controls.SchemaEnforcement(),
            },
        )
    )
    # Raw telemetry kept for feature building and investigations.
    lake = tm.add(
        tg.DataStore(
            "Telemetry lake",
            stores={controller_telemetry},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Joins telemetry with fault history into features and labelled examples, nightly.
    feature_job = tm.add(
        tg.Pipeline(
            "Nightly feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Latest features per asset, read by the scoring job.
    feature_store = tm.add(
        tg.FeatureStore("Asset feature store", stores={asset_features}, online=False)
    )
    # Examples the model is retrained on.
    training_set = tm.add(tg.Dataset("Fault training set", stores={training_examples}))
    # Weekly retraining of the classifier.
    training = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds trained versions; the ML engineer promotes one to serving.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # The fault predictor itself.
    fault_model = tm.add(
        tg.Model(
            "Lift fault prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees; scores each asset for a fault in the next 14 days.",
        )
    )
    # Scores every asset each night with the promoted model.
    scoring_job = tm.add(tg.Service("Nightly scoring job"))
    # Turns risk scores into proposed visits within contractor capacity.
    scheduler = tm.add(
        tg.Service(
            "Maintenance scheduler",
            description="Ranks assets by risk and proposes visits; a planner approves them.",
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.HumanInTheLoop(approver="maintenance planner"),
            },
        )
    )

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # System of record for assets, work orders and fault history; hosts the contractor portal.
    eam = tm.add(
        tg.DataStore(
            "Enterprise asset management system",
            stores={fault_history, work_orders, maintenance_calendar, visit_reports},
            controls={
                tg.controls.RBAC(),
                tg.controls.Authentication(
                    method="corporate SSO for staff; username and password for contractor portal accounts"
                ),
            },
        )
    )
    # Approves the proposed visit schedule.
    planner = tm.add(tg.Actor("Maintenance planner", role="maintenance planner"))
    # Builds, retrains and promotes the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # Carries out the visits and reports back.
    contractor = tm.add(tg.Actor("Lift maintenance contractor", role="maintenance contractor"))

# ---------------------------------------------------------------- flows
tm.flow(controllers, gateway, controller_telemetry, protocol="modbus", label="register polling")
tm.flow(gateway, ingestion, telemetry_batches, protocol="mqtt-tls")
tm.flow(ingestion, lake, controller_telemetry)

tm.flow(lake, feature_job, controller_telemetry, label="nightly batch read")
tm.flow(eam, feature_job, fault_history, protocol="https", label="nightly export")
tm.flow(feature_job, feature_store, asset_features)
tm.flow(feature_job, training_set, training_examples)
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion_approval, protocol="https", label="promotes a version")
tm.flow(registry, fault_model, model_artifact, label="load promoted version")

tm.flow(feature_store, scoring_job, asset_features, label="nightly batch")
tm.flow(scoring_job, fault_model, asset_features)
tm.flow(fault_model, scoring_job, fault_risk_scores)
tm.flow(scoring_job, scheduler, fault_risk_scores)

tm.flow(eam, scheduler, maintenance_calendar, protocol="https")
tm.flow(scheduler, planner, proposed_visits, protocol="https")
tm.flow(planner, scheduler, approved_visits, protocol="https")
tm.flow(scheduler, eam, work_orders, protocol="https")

tm.flow(eam, contractor, work_orders, protocol="https", label="contractor portal")
tm.flow(contractor, eam, visit_reports, protocol="https", label="contractor portal")
