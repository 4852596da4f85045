"""Wastewater overflow prediction: the first design, before any security review.

Level sensors in manholes and storm tanks report over a public cellular network
(MQTT over TLS); older rain gauge outstations reach the SCADA front end over DNP3 on
the utility's private radio. A national met service provides a rainfall nowcast.
A feature pipeline joins telemetry and the nowcast, and a gradient-boosted model
predicts spill timing and volume per overflow point up to six hours ahead.
Predictions appear as alerts on the control room dashboard; operators decide
whether to change pump setpoints or open storage through the existing SCADA
(Modbus to the pumping stations). Spill events go into the monthly return uploaded
to the environmental regulator's portal; the model is retrained monthly from the
historian. Controls: AD sign-in to the dashboard, role-based access and audit logs
in SCADA, TLS on the sensor and regulator links, versioned models in the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wastewater overflow prediction",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts combined sewer overflows hours ahead from sewer levels, rain gauges "
        "and a rainfall nowcast; alerts control room operators who adjust pumps and "
        "storage; reports spills to the regulator."
    ),
)

# ---------------------------------------------------------------- data assets
levels = tg.Data(
    "Sewer level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rainfall = tg.Data(
    "Rain gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
nowcast = tg.Data("Rainfall nowcast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
telemetry_history = tg.Data(
    "Telemetry history", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
features = tg.Data("Overflow features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_data = tg.Data(
    "Historical telemetry and spill events",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_artifact = tg.Data(
    "Overflow model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
prediction = tg.Data(
    "Overflow predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Pump and storage setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
station_status = tg.Data("Pumping station status", kind="records")
spill_report = tg.Data(
    "Overflow spill returns",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Sewer network field sites", trust=tg.Trust.UNTRUSTED):
    # Battery level sensors in manholes and storm tanks, on a public cellular network.
    level_sensors = tm.add(tg.Device("Sewer level sensors", fleet=True))
    # Rain gauge outstations at treatment works and depots, on private radio.
    rain_gauges = tm.add(tg.Device("Rain gauge outstations", fleet=True))

with tm.boundary("Met service", trust=tg.Trust.PARTNER):
    # The national met service's radar rainfall nowcast, pulled every 15 minutes.
    met_feed = tm.add(
        tg.ExternalService("Rainfall nowcast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The environmental regulator's upload portal for event duration monitoring returns.
    regulator = tm.add(tg.ExternalService("Regulator reporting portal"))

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # The existing SCADA front end: receives telemetry and sends pump commands.
    scada = tm.add(
        tg.Service(
            "SCADA server",
            controls={tg.controls.RBAC(), tg.controls.AuditLogging(retention_days=365)},
        )
    )
    # Time-series historian that keeps all telemetry; the model's training source.
    historian = tm.add(tg.DataStore("Telemetry historian", stores={telemetry_history}))
    # PLCs at the pumping stations and storm tank penstocks.
    pump_plcs = tm.add(tg.Device("Pumping station PLCs", fleet=True))

    with tm.boundary("Control room", trust=tg.Trust.RESTRICTED):
        # Duty operators who act on alerts and change pumping and storage.
        operator = tm.add(tg.Actor("Control room operator", role="operator", privileged=True))
        # Web dashboard that shows predicted spills and raises alerts.
        dashboard = tm.add(
            tg.Service(
                "Overflow alert dashboard",
                controls={tg.controls.Authentication(method="Active Directory password")},
            )
        )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Joins recent telemetry and the nowcast into model features every 5 minutes.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Predicts spill start, duration and volume per overflow point.
    model = tm.add(
        tg.Model(
            "Overflow prediction model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees, one output per combined sewer overflow.",
        )
    )
    # Monthly retraining from the historian export.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds model versions that the scoring job loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Compiles spill events into the monthly regulatory return.
    reporting = tm.add(tg.Service("Spill reporting service"))

# ---------------------------------------------------------------- flows
tm.flow(
    level_sensors,
    scada,
    levels,
    protocol="tls",
    controls={tg.controls.EncryptionInTransit(protocol="TLS 1.2")},
    label="MQTT telemetry over cellular",
)
tm.flow(rain_gauges, scada, rainfall, protocol="dnp3", label="private radio telemetry")
tm.flow(scada, historian, levels, rainfall)
tm.flow(historian, feature_job, levels, rainfall, label="recent window")
tm.flow(met_feed, feature_job, nowcast, protocol="https")
tm.flow(feature_job, model, features)
tm.flow(model, dashboard, prediction)
tm.flow(model, historian, prediction, label="prediction log")
tm.flow(dashboard, operator, prediction, label="overflow alerts")
tm.flow(operator, scada, setpoints, label="adjusts pumps and storage")
tm.flow(scada, pump_plcs, setpoints, protocol="modbus")
tm.flow(pump_plcs, scada, station_status, protocol="modbus")
tm.flow(scada, dashboard, station_status)

tm.flow(historian, training, training_data, label="monthly export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load on start")

tm.flow(historian, reporting, telemetry_history, label="spill events")
tm.flow(reporting, regulator, spill_report, protocol="https")
