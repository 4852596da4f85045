"""Cable car wind shutdown advisor: the first design, before any security review.

A mountain cable car gets an advisor that warns of gusts before they reach the
line. Ultrasonic anemometers on the towers report wind speed and direction over
the line's fibre link (Modbus) to a telemetry gateway in the valley station. An
advisory service combines the last minutes of readings with the national weather
service forecast, asks an in-house gust model for the peak gust over the next ten
minutes and, above the configured thresholds, advises slowing or stopping the line.
The advice appears on the operations server's console; the duty operator decides,
and the operations server sends the chosen speed to the drive controller (a PLC)
over OPC UA. Readings are kept in a wind history store; engineers in the valley
office retrain the model each autumn and publish it through a model registry.
Operators sign in with named accounts, every decision is logged, the gateway
range-checks readings and a new model is backtested on past storms before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cable car wind shutdown advisor",
    profile=tg.RiskProfile.HIGH,
    description="Gust prediction advising the cable car operator to slow or stop the line.",
)

# ---------------------------------------------------------------- data assets
wind_readings = tg.Data(
    "Tower wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wind speed and direction per tower, once a second.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather_forecast = tg.Data(
    "Weather service forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
gust_features = tg.Data("Gust model features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
gust_forecast = tg.Data(
    "Predicted peak gust",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
advisory = tg.Data(
    "Slow or stop advisory",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
operator_decision = tg.Data(
    "Operator speed decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
speed_command = tg.Data(
    "Drive speed command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
line_status = tg.Data("Line status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
decision_log = tg.Data(
    "Advisory and decision log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
wind_history = tg.Data(
    "Wind history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Several winters of tower readings with the forecasts of the time.",
)
model_artifact = tg.Data(
    "Gust model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
thresholds = tg.Data(
    "Advisory thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Regional forecast that gives the model the synoptic picture beyond the line.
    weather = tm.add(
        tg.DataSource(
            "National weather service API",
            origin=tg.Origin.VENDOR,
            provides={weather_forecast},
        )
    )

with tm.boundary("Line towers", trust=tg.Trust.INTERNAL):
    # The sensors the whole advisor depends on; mounted on the tower heads.
    anemometers = tm.add(
        tg.Device(
            "Tower anemometers",
            fleet=True,
            description="Ultrasonic anemometers on six towers, polled over the line's fibre.",
        )
    )

with tm.boundary("Valley station OT network", trust=tg.Trust.INTERNAL):
    # Polls the anemometers and checks that readings are in physical range.
    gateway = tm.add(
        tg.Service(
            "Telemetry gateway",
            controls={c.SchemaEnforcement(note="range and plausibility checks per sensor")},
        )
    )
    # Keeps readings and the decision log for retraining and incident review.
    history = tm.add(
        tg.DataStore(
            "Wind history store",
            stores={wind_history, decision_log},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # Builds features, calls the model and applies the slow/stop thresholds.
    advisor = tm.add(tg.Service("Advisory service"))
    # Predicts the peak gust over the next ten minutes along the line.
    gust_model = tm.add(
        tg.Model(
            "Gust prediction model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees over the last minutes of readings and the forecast.",
            controls={c.ModelValidation(note="backtested on past storm days before release")},
        )
    )
    # The ropeway control system: shows the advice and sends the chosen speed to the drive.
    ops_server = tm.add(
        tg.Service(
            "Operations server",
            controls={
                c.Authentication(method="named Windows domain accounts"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
                c.HumanInTheLoop(approver="the duty operator"),
            },
        )
    )
    # Decides whether to slow or stop; the advisor never acts on its own.
    operator = tm.add(tg.Actor("Duty operator", role="cable car operator"))

    with tm.boundary("Drive control cabinet", trust=tg.Trust.RESTRICTED):
        # The main drive PLC; its own hard-wired safety chain stays outside this design.
        drive = tm.add(
            tg.Service(
                "Drive controller",
                description="PLC that sets the haul rope speed from the operations server's setpoint.",
            )
        )

with tm.boundary("Engineering office network", trust=tg.Trust.INTERNAL):
    # Retrains the gust model each autumn from the accumulated wind history.
    training = tm.add(tg.Pipeline("Gust model retraining", stage=tg.Stage.TRAINING))
    # Holds released model versions that the advisory host loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Runs retraining, releases models and maintains the thresholds.
    engineer = tm.add(tg.Actor("Ropeway engineer", role="engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(anemometers, gateway, wind_readings, protocol="modbus", label="1 s polling")
tm.flow(gateway, advisor, wind_readings)
tm.flow(gateway, history, wind_readings)
tm.flow(weather, advisor, weather_forecast, protocol="https", label="every 15 min")
tm.flow(advisor, gust_model, gust_features)
tm.flow(gust_model, advisor, gust_forecast)
tm.flow(advisor, ops_server, advisory, gust_forecast)
tm.flow(ops_server, operator, advisory, line_status, label="console alarm")
tm.flow(operator, ops_server, operator_decision)
tm.flow(ops_server, drive, speed_command, protocol="opc-ua")
tm.flow(drive, ops_server, line_status, protocol="opc-ua")
tm.flow(ops_server, history, decision_log)

tm.flow(history, training, wind_history, protocol="sftp", label="nightly export")
tm.flow(engineer, training, label="starts retraining")
tm.flow(training, registry, model_artifact)
tm.flow(registry, gust_model, model_artifact, protocol="https", label="deploy released version")
tm.flow(engineer, advisor, thresholds, label="threshold configuration")
