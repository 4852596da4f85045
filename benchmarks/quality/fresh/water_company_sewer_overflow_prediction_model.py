"""Storm overflow prediction: the first design, before any security review.

The water company wants to cut storm overflow spills by acting before a storm
arrives. Level sensors at combined sewer overflows and pumping station wet wells
report every few minutes through telemetry outstations to the SCADA master
station, which writes them to the telemetry historian. Every 15 minutes an
ingestion pipeline in the analytics cloud joins the historian data with the Met
Office rainfall forecast and radar nowcast and builds features. A prediction
service scores each catchment with an in-house gradient-boosted model; a dispatcher
in the OT DMZ turns predicted spills into pre-emptive pump-down setpoints, which go
straight to SCADA, and storm tank diversion commands, which a control room operator
confirms first. Pumping station PLCs keep their local level interlocks and pump
limits. Data scientists retrain the model monthly and promote versions from the
model registry. There is no personal data in the system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sewer overflow prediction and response",
    profile=tg.RiskProfile.HIGH,
    description="Predicts storm overflow spills from rainfall forecasts and levels, and pre-empts them with pump and storage actions.",
)

# ---------------------------------------------------------------- data assets
levels = tg.Data(
    "Level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wet-well and overflow chamber levels, spill start and stop events.",
)
pump_status = tg.Data("Pump status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Telemetry history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data(
    "Rainfall forecast and radar nowcast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed Met Office data, per 2 km grid square.",
)
features = tg.Data("Catchment features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Overflow spill prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Probability and expected volume of a spill per overflow in the next 6 hours.",
)
commands = tg.Data(
    "Pump setpoints and storage commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
diversion_request = tg.Data("Storm tank diversion request", kind="records")
diversion_approval = tg.Data("Storm tank diversion approval", kind="records")
weights = tg.Data(
    "Overflow model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # Commercial forecast feed the company already licenses for operations.
    met_office = tm.add(
        tg.DataSource(
            "Met Office forecast API",
            origin=tg.Origin.VENDOR,
            provides={forecast},
        )
    )

with tm.boundary(
    "Field sites", trust=tg.Trust.INTERNAL, description="Remote sites on the private cellular APN."
):
    # The measurements everything else depends on.
    sensors = tm.add(
        tg.Device(
            "Level sensors and telemetry outstations",
            description="Ultrasonic level sensors wired to RTUs at overflows and pumping stations.",
        )
    )
    # Run the pumps and the storm tank penstocks.
    plcs = tm.add(
        tg.Device(
            "Pumping station PLCs",
            controls={
                c.SafetyLimits(
                    limits="PLC logic stops pumps at low wet-well level and caps pump speed and starts per hour"
                )
            },
        )
    )

with tm.boundary("OT control network", trust=tg.Trust.RESTRICTED):
    # Existing SCADA master: polls the outstations and commands the PLCs.
    scada = tm.add(tg.Service("SCADA master station"))
    # Watches the network on the SCADA HMI and confirms storage actions.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Replica of the OT historian that IT systems are allowed to read.
    historian = tm.add(tg.DataStore("Telemetry historian", stores={history}))
    # Turns predictions into actions on the network.
    dispatcher = tm.add(
        tg.Service(
            "Pump and storage dispatcher",
            description="Maps predicted spills to pump-down setpoints and storm tank diversions.",
            controls={
                c.Authentication(method="static API key issued to the prediction service"),
                c.HumanInTheLoop(
                    approver="control room operator",
                    note="storm tank diversions only; pump-down setpoints go straight to SCADA",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Analytics cloud", trust=tg.Trust.INTERNAL):
    # Joins telemetry and forecast into model features.
    ingestion = tm.add(
        tg.Pipeline(
            "Feature ingestion pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="drops readings outside each sensor's range")},
        )
    )
    # Latest features for scoring and history for retraining.
    feature_store = tm.add(tg.FeatureStore("Catchment feature store", stores={features}))
    # Runs every 15 minutes over all catchments.
    predictor = tm.add(tg.Service("Overflow prediction service"))
    # The model itself.
    model = tm.add(
        tg.Model(
            "Overflow prediction model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            returns_scores=True,
            description="Gradient-boosted trees per catchment; output drives pump and storage actions.",
        )
    )
    # Monthly retraining on the past season's storms.
    training = tm.add(tg.Pipeline("Monthly retraining pipeline", stage=tg.Stage.TRAINING))
    # Versions of the model; the prediction service loads the approved one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning(), c.RBAC(note="only the data science team can promote")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model and approves releases.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# telemetry
tm.flow(sensors, scada, levels, protocol="dnp3", label="polled every 5 minutes")
tm.flow(plcs, scada, pump_status, protocol="dnp3")
tm.flow(scada, historian, history, label="historian replication")
tm.flow(scada, operator, history, pump_status, label="SCADA HMI")

# features and prediction
tm.flow(historian, ingestion, history, protocol="https", label="15-minute sync")
tm.flow(met_office, ingestion, forecast, protocol="https")
tm.flow(ingestion, feature_store, features)
tm.flow(feature_store, predictor, features)
tm.flow(predictor, model, features)
tm.flow(model, predictor, prediction)

# response
tm.flow(predictor, dispatcher, prediction, protocol="https")
tm.flow(dispatcher, operator, diversion_request, prediction, label="SCADA HMI")
tm.flow(operator, dispatcher, diversion_approval, label="SCADA HMI")
tm.flow(dispatcher, scada, commands, protocol="opc-ua")
tm.flow(scada, plcs, commands, protocol="dnp3")

# retraining and release
tm.flow(feature_store, training, features, label="monthly offline snapshot")
tm.flow(historian, training, history, protocol="https", label="spill events for labels")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, protocol="https", label="approves release")
tm.flow(registry, predictor, weights, label="load approved version")
