"""Wind turbine icing shutdown advisor: the first design, before any security review.

A 40-turbine onshore wind farm in a cold climate. Blade icing costs output and,
worse, can throw ice onto the access roads and footpaths near the turbines. The
advisor tells the remote control room, per turbine, when to stop for icing and
when it is safe to restart. Turbine sensors feed the turbine controllers; the
site SCADA server polls them and writes to the site historian, which pushes
telemetry to our cloud analytics account every minute. There it is joined with
a commercial weather forecast, scored by an in-house icing model, and turned into
stop/restart advice on a control-room dashboard. Operators decide and send any
stop command through the SCADA HMI themselves; the advisor commands nothing.
Advice and operators' icing observations are kept and feed monthly retraining.
Controls: SSO with MFA on the dashboard, HTTPS to the cloud, schema checks at
ingestion, the turbine OEM's own protection system, versioned data and models.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Wind turbine icing shutdown advisor",
    profile=tg.RiskProfile.HIGH,
    description="Advises the control room when to stop and restart turbines for blade icing.",
)

# ---------------------------------------------------------------- data assets
sensor_readings = tg.Data(
    "Turbine sensor readings",
    kind="records",
    description="Nacelle anemometer, temperature, humidity, blade ice detector, vibration.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
scada_telemetry = tg.Data(
    "SCADA telemetry",
    kind="records",
    description="10-second turbine data: sensors, power output, rotor speed, status codes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
stop_command = tg.Data(
    "Turbine stop and restart command",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather_forecast = tg.Data(
    "Weather forecast",
    kind="records",
    description="Hourly site forecast: temperature, humidity, liquid water content, wind.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
icing_features = tg.Data("Icing features", kind="features")
icing_risk = tg.Data(
    "Icing risk score",
    kind="model-output",
    description="Per-turbine probability of blade icing in the next hour.",
)
advice = tg.Data(
    "Stop and restart advice",
    kind="model-output",
    description="Per-turbine advice with the score and the main drivers behind it.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
icing_observations = tg.Data(
    "Operator icing observations",
    kind="labels",
    description="Confirmed icing events: camera checks, site visits, ice detector alarms.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
advice_log = tg.Data("Advice and action log", kind="logs")
training_data = tg.Data(
    "Icing training data",
    kind="training-data",
    description="Historical telemetry and forecasts joined with confirmed icing events.",
)
model_artifact = tg.Data(
    "Icing model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Wind farm OT network", trust=tg.Trust.RESTRICTED):
    # Sensors on each nacelle and blade root, wired into the turbine controller.
    sensors = tm.add(tg.Device("Turbine sensors", fleet=True))
    # The OEM controller in each turbine: runs the turbine and obeys stop commands.
    controller = tm.add(
        tg.Service(
            "Turbine controller",
            description="OEM turbine PLC in each nacelle.",
            controls={
                c.SafetyLimits(
                    limits="OEM protection system stops the rotor on imbalance or "
                    "vibration limits, whatever SCADA sends"
                )
            },
        )
    )
    # Site SCADA: polls the turbines and carries operators' commands to them.
    scada = tm.add(
        tg.Service(
            "Site SCADA server",
            description="OEM SCADA with the HMI the control room uses remotely.",
            controls={c.Authentication(method="named operator accounts with password")},
        )
    )
    # Time-series archive of all turbine data; also the export point to the cloud.
    historian = tm.add(tg.DataStore("Site historian", stores={scada_telemetry}))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial met service with an icing-oriented site forecast.
    weather = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides="data-provider",
            description="Commercial forecast for the farm's coordinates, polled hourly.",
        )
    )

with tm.boundary("Cloud analytics account", trust=tg.Trust.INTERNAL):
    # Receives historian pushes and forecasts, checks them, builds features.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry and forecast ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="types and physical ranges per signal")},
        )
    )
    # Latest features per turbine for scoring, and their history for training.
    feature_store = tm.add(tg.FeatureStore("Icing feature store", stores={icing_features}))
    # In-house icing classifier, scored every 10 minutes per turbine.
    icing_model = tm.add(
        tg.Model(
            "Icing risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees on telemetry and forecast features.",
            controls={c.ModelVersioning()},
        )
    )
    # Turns scores into stop/restart advice with hysteresis and explanations.
    advisor = tm.add(
        tg.Service(
            "Shutdown advisory service",
            description="Applies stop and restart thresholds and publishes advice.",
            controls={c.HumanInTheLoop(approver="control room operator")},
        )
    )
    # Web dashboard the control room watches; operators also log icing they confirm.
    dashboard = tm.add(
        tg.Endpoint(
            "Control room dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # What was advised and what operators did, kept for review and as labels.
    advice_store = tm.add(
        tg.DataStore("Advice history store", stores={advice_log, icing_observations})
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Historical features joined with confirmed icing events.
        training_set = tm.add(
            tg.Dataset(
                "Icing training set",
                stores={training_data, icing_observations},
                controls={c.DataVersioning()},
            )
        )
        # Monthly retraining job run by the data team.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds each trained version; the serving side loads the promoted one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Remote control room", trust=tg.Trust.INTERNAL):
    # Operators who decide whether to stop or restart turbines.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, controller, sensor_readings, label="hardwired signals")
tm.flow(controller, scada, scada_telemetry, protocol="opc-ua")
tm.flow(scada, controller, stop_command, protocol="opc-ua")
tm.flow(scada, historian, scada_telemetry)

tm.flow(historian, ingestion, scada_telemetry, protocol="https", label="one-minute push")
tm.flow(weather, ingestion, weather_forecast, protocol="https", label="hourly poll")
tm.flow(ingestion, feature_store, icing_features)
tm.flow(feature_store, icing_model, icing_features)
tm.flow(icing_model, advisor, icing_risk)
tm.flow(advisor, dashboard, advice)
tm.flow(advisor, advice_store, advice_log)
tm.flow(dashboard, operator, advice, protocol="https")
tm.flow(operator, dashboard, icing_observations, protocol="https")
tm.flow(dashboard, advice_store, icing_observations, advice_log)
tm.flow(operator, scada, stop_command, protocol="https", label="SCADA HMI over remote access")

tm.flow(feature_store, training_set, training_data, label="monthly snapshot")
tm.flow(advice_store, training_set, icing_observations)
tm.flow(training_set, training, training_data, icing_observations)
tm.flow(training, registry, model_artifact)
tm.flow(registry, icing_model, model_artifact, label="load promoted version")
