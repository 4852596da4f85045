"""Tidal energy turbine fault prediction: the first design, before any security review.

Condition-monitoring sensors on each seabed tidal turbine (drivetrain vibration,
oil debris, generator temperature, blade-root strain) report over the export-cable
fibre to the SCADA historian in the onshore substation's OT network. An export
gateway in the OT DMZ pushes ten-minute aggregates to the cloud ML platform, where
a feature pipeline joins them with a vendor's tidal current forecast. A gradient-
boosted model, retrained monthly on failures recorded in the maintenance system,
scores every turbine hourly for the chance of a drivetrain or pitch fault in the
next 30 days. O&M engineers see the risk on a dashboard and decide on inspections
and vessel slots; the model advises only, and the turbines' own protection system
stays in charge of trips. Engineers sign in through corporate SSO with MFA, the
gateway holds a client certificate, telemetry is schema-checked and the training
set is versioned. No personal data is processed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tidal turbine fault prediction",
    profile=tg.RiskProfile.HIGH,
    description="Hourly 30-day fault risk per tidal turbine, from condition-monitoring telemetry.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Condition-monitoring readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Vibration spectra, oil debris counts, temperatures, strain, rotor speed.",
)
forecast = tg.Data("Tidal current forecast", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Turbine health features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
work_orders = tg.Data(
    "Maintenance work orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Inspections, component replacements and confirmed failures per turbine.",
)
fault_labels = tg.Data(
    "Fault labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_code = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Fault model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fault_risk = tg.Data(
    "Turbine fault risk",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per turbine and component: 30-day fault probability and top contributing signals.",
)
dashboard_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Tidal array OT network", trust=tg.Trust.RESTRICTED):
    # Condition-monitoring sensors in every turbine nacelle on the seabed.
    sensors = tm.add(tg.Device("Turbine condition-monitoring sensors", fleet=True))
    # Onshore SCADA historian: the plant's record of all turbine telemetry.
    historian = tm.add(tg.DataStore("SCADA historian", stores={readings}))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Only route out of the OT network: pushes aggregates to the cloud.
    gateway = tm.add(
        tg.Service(
            "Historian export gateway",
            description="Reads ten-minute aggregates from the historian and pushes them out.",
        )
    )

with tm.boundary("Forecast vendor", trust=tg.Trust.PARTNER):
    # Commercial tidal current forecast per array, used as load features.
    tide_forecast = tm.add(
        tg.DataSource(
            "Tidal current forecast service",
            origin=tg.Origin.VENDOR,
            provides={forecast},
        )
    )

with tm.boundary("Cloud ML platform", trust=tg.Trust.INTERNAL):
    # Cleans telemetry and computes rolling health features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Telemetry feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.SchemaEnforcement(note="telemetry must match the tag list and unit ranges"),
                c.Authentication(method="per-gateway client certificate"),
            },
        )
    )
    # Offline feature history, also read by the hourly scoring job.
    feature_store = tm.add(
        tg.FeatureStore(
            "Turbine feature store",
            stores={features},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Features joined to fault labels from the maintenance system.
    training_set = tm.add(
        tg.Dataset(
            "Labelled fault history",
            stores={features, fault_labels},
            controls={c.DataVersioning()},
        )
    )
    # Monthly retraining; open-source ML libraries from the public package index.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on last year's confirmed failures")},
        )
    )
    # Holds trained models; a data scientist marks one as released.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # The gradient-boosted fault classifier itself.
    model = tm.add(
        tg.Model(
            "Turbine fault prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Probability of drivetrain or pitch fault within 30 days; advisory only.",
        )
    )
    # Scores every turbine each hour from the latest features.
    scoring_job = tm.add(tg.Service("Hourly scoring job"))
    # Web dashboard for O&M engineers.
    dashboard = tm.add(
        tg.Endpoint(
            "O&M risk dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="O&M and data science groups"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Maintenance management system: work orders and confirmed failures.
    cmms = tm.add(tg.DataStore("Maintenance management system", stores={work_orders}))
    # Plans inspections and vessel slots from the risk ranking.
    engineer = tm.add(tg.Actor("O&M engineer", role="operations and maintenance engineer"))
    # Builds and releases the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# telemetry
tm.flow(sensors, historian, readings, protocol="opc-ua", label="over export-cable fibre")
tm.flow(historian, gateway, readings, protocol="opc-ua", label="ten-minute aggregates")
tm.flow(gateway, feature_pipeline, readings, protocol="https")
tm.flow(tide_forecast, feature_pipeline, forecast, protocol="https")
tm.flow(feature_pipeline, feature_store, features)

# training
tm.flow(cmms, training_set, work_orders, fault_labels, protocol="https", label="nightly export")
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, features, fault_labels)
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, approval, protocol="https", label="approves release")
tm.flow(registry, model, model_artifact, label="deploy released version")

# hourly scoring
tm.flow(feature_store, scoring_job, features, label="hourly batch read")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, fault_risk)
tm.flow(scoring_job, dashboard, fault_risk)

# use
tm.flow(engineer, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, engineer, fault_risk, protocol="https")
tm.flow(engineer, cmms, work_orders, protocol="https", label="raises inspection work orders")
