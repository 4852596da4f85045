"""Solar farm panel-cleaning robot scheduler: the first design, before any security review.

A solar farm operator runs waterless cleaning robots that travel along each tracker row.
A soiling-loss model in the operator's analytics cloud estimates, per block, how much
energy dust is costing, from inverter string data in the site historian and from a
commercial weather forecast (rain, dust, wind). A scheduling service weighs that loss
against forecast rain and wind and writes a nightly cleaning plan; the plan goes down to
the site through a DMZ gateway, and the site SCADA server turns it into start and stop
commands for the robots over the plant's Modbus network. The O&M supervisor sees the
plan and the forecasts on a dashboard and can add blackout windows or pause rows.
A data scientist retrains the model monthly from the telemetry lake.
Controls in this design: the robots' own firmware limits (wind stop, obstacle bumpers,
end-of-row switches), a client-certificate link between the gateway and the cloud,
signed and encrypted OPC UA inside the site, SSO with MFA on the dashboard, schema checks
on ingestion, encryption of the lake, versioned models and a log of every dispatched plan.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Solar farm panel-cleaning robot scheduler",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts soiling losses and dispatches panel-cleaning robots through site SCADA.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Inverter string telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="String currents, DC/AC power, irradiance and module temperature, 5-minute.",
)
weather = tg.Data(
    "Weather and dust forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
robot_status = tg.Data(
    "Robot status and cleaning log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which rows each robot cleaned and when, battery state, faults.",
)
features = tg.Data("Soiling features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_data = tg.Data(
    "Soiling training history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Telemetry, weather and cleaning events joined per block, two years back.",
)
training_code = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Soiling model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
forecast = tg.Data(
    "Soiling loss forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
plan = tg.Data(
    "Cleaning plan",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Rows to clean, start times and robot assignments for the coming night.",
)
commands = tg.Data(
    "Robot start and stop commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
overrides = tg.Data(
    "Supervisor overrides",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Blackout windows, paused rows, maintenance crews on site.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API: rain, dust and wind by site coordinates.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Solar site OT network", trust=tg.Trust.RESTRICTED):
    # The string inverters, polled by SCADA for power and current per string.
    inverters = tm.add(
        tg.DataSource("String inverter telemetry", origin=tg.Origin.INTERNAL, provides={telemetry})
    )
    # Site SCADA: polls the inverters, keeps the historian, commands the robots.
    scada = tm.add(tg.Service("Site SCADA server"))
    # Time-series historian of the plant's telemetry.
    historian = tm.add(tg.DataStore("Plant historian", stores={telemetry, robot_status}))
    # One robot per tracker row; the vendor firmware enforces its own limits.
    robots = tm.add(
        tg.Device(
            "Panel-cleaning robots",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="firmware stops above 15 m/s wind, obstacle bumpers, "
                    "end-of-row limit switches, returns to dock on lost link"
                )
            },
        )
    )

with tm.boundary("Site DMZ", trust=tg.Trust.INTERNAL):
    # The only path between the site and the cloud; connects outbound only.
    gateway = tm.add(tg.Service("Site DMZ gateway"))

with tm.boundary("Analytics cloud", trust=tg.Trust.INTERNAL):
    # Joins telemetry, robot logs and weather into features and history.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Long-term store of telemetry, weather, cleaning logs and features.
    lake = tm.add(
        tg.DataStore(
            "Telemetry lake",
            stores={telemetry, weather, robot_status, features, training_data},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining job run by the data scientist.
    training = tm.add(tg.Pipeline("Soiling model training", stage=tg.Stage.TRAINING))
    # Holds the trained model versions that the forecaster loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Predicts energy lost to soiling per block over the next days.
    soiling_model = tm.add(
        tg.Model("Soiling loss model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Optimiser (no LLM) that turns forecasts into a nightly cleaning plan.
    scheduler = tm.add(
        tg.Service(
            "Cleaning scheduler",
            description="Mixed-integer optimiser: expected energy recovered vs. rain and wind windows.",
            controls={c.AuditLogging(retention_days=365, note="every plan sent to site")},
        )
    )
    # Web dashboard for O&M staff.
    dashboard = tm.add(
        tg.Endpoint(
            "O&M dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Site O&M supervisor, responsible for crews and robots on site.
    supervisor = tm.add(tg.Actor("O&M supervisor", role="operations"))
    # Builds and retrains the soiling model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# plant telemetry
tm.flow(inverters, scada, telemetry, protocol="modbus")
tm.flow(scada, historian, telemetry, robot_status)
tm.flow(historian, gateway, telemetry, robot_status, protocol="opc-ua+sign-encrypt")
tm.flow(gateway, ingestion, telemetry, robot_status, protocol="mtls")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, lake, telemetry, weather, robot_status, features, training_data)

# training
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(lake, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(registry, soiling_model, model_artifact, label="load approved version")

# forecasting and scheduling
tm.flow(lake, scheduler, features, weather, robot_status)
tm.flow(scheduler, soiling_model, features)
tm.flow(soiling_model, scheduler, forecast)

# supervisor
tm.flow(supervisor, dashboard, overrides, protocol="https")
tm.flow(dashboard, supervisor, plan, forecast, protocol="https")
tm.flow(dashboard, scheduler, overrides)
tm.flow(scheduler, dashboard, plan, forecast)

# dispatch to site
tm.flow(scheduler, gateway, plan, protocol="mtls", label="nightly plan, pulled by the gateway")
tm.flow(gateway, scada, plan, protocol="opc-ua+sign-encrypt")
tm.flow(scada, robots, commands, protocol="modbus")
tm.flow(robots, scada, robot_status, protocol="modbus")
