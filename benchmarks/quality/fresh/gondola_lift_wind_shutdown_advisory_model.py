"""Gondola lift wind shutdown advisory model: the first design, before any security review.

An Austrian ski resort runs a ten-seat gondola whose operators must slow or stop it when
wind gets too strong. This system gives them up to 45 minutes' warning: a gradient-boosted
model, trained in-house, predicts the chance that gusts at any tower pass the slow-down and
stop thresholds, from the tower anemometers (read from the SCADA historian) and the
national weather service's forecast. The advisory appears on the control room dashboard
and is sent by SMS to the duty operations manager; the lift operator decides every speed
change or stop at the lift's own control desk. The lift's safety PLC keeps its own wind
interlock, independent of the model. The advisory service runs on a server in the resort's
operations network; retraining runs monthly in the resort's cloud account. Controls in this
design: the PLC interlock, operator decision, TLS to the weather API and SMS gateway,
directory sign-in and logging on the dashboard, and a backtest before a model is promoted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gondola lift wind shutdown advisory",
    profile=tg.RiskProfile.HIGH,
    frameworks={"eu-ai-act-high-risk"},
    description="Gust forecasts that advise lift operators when to slow or stop a gondola.",
)

# ---------------------------------------------------------------- data assets
wind_readings = tg.Data(
    "Tower wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wind speed and direction every second from each tower anemometer.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lift_status = tg.Data(
    "Lift status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Running speed, stops, interlock trips.",
)
weather_forecast = tg.Data(
    "Weather service wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
wind_features = tg.Data("Wind features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
gust_probability = tg.Data(
    "Gust exceedance probability",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
advisory = tg.Data(
    "Wind shutdown advisory",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Green / slow-down / stop advisory per tower with the predicted gusts.",
)
sms_alert = tg.Data("Wind advisory SMS", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data(
    "Operator acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Operator id, time and the action taken for each advisory.",
)
lift_command = tg.Data(
    "Lift speed and stop command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Wind and shutdown history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past readings, archived forecasts and recorded slow-downs and stops.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Gust model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Lift control network", trust=tg.Trust.RESTRICTED):
    # Ultrasonic anemometers on the summit station and the exposed towers.
    anemometers = tm.add(tg.Device("Tower anemometers", fleet=True))
    # The manufacturer's lift controller with its safety PLC and the operator desk.
    lift_control = tm.add(
        tg.Service(
            "Lift control system",
            controls={
                c.SafetyLimits(
                    limits="safety PLC slows the lift at 15 m/s and stops it at 20 m/s "
                    "measured at any tower, whatever the advisory says"
                )
            },
        )
    )

with tm.boundary("Resort operations network", trust=tg.Trust.INTERNAL):
    # SCADA historian mirrored out of the lift network through the OT firewall.
    historian = tm.add(tg.DataStore("SCADA historian", stores={wind_readings, lift_status}))
    # Builds features every minute, runs the model, publishes the advisory.
    advisory_service = tm.add(
        tg.Service(
            "Wind advisory service",
            controls={
                c.HumanInTheLoop(
                    approver="lift operator on duty",
                    note="the model only advises; the operator decides every slow-down or stop",
                )
            },
        )
    )
    # The gust model, loaded in the advisory service's process.
    gust_model = tm.add(
        tg.Model(
            "Gust exceedance model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Predicts the probability of gusts above 15 and 20 m/s in 15, 30, 45 minutes.",
        )
    )
    # Web dashboard on the control room screens.
    dashboard = tm.add(
        tg.Endpoint(
            "Control room advisory dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resort Active Directory password"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Lift control room", trust=tg.Trust.INTERNAL):
    # Watches the dashboard and runs the lift from the control desk.
    operator = tm.add(tg.Actor("Lift operator", role="operator"))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Duty manager on the mountain, reached by SMS.
    ops_manager = tm.add(tg.Actor("Duty operations manager", role="manager"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # The national weather service's point forecast API for the lift's coordinates.
    weather_api = tm.add(
        tg.ExternalService("National weather forecast API", provides="data-provider")
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway used by the resort for staff alerts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Resort cloud account", trust=tg.Trust.INTERNAL):
    # Archive of readings, forecasts and recorded stops to train on.
    training_set = tm.add(tg.Dataset("Wind history dataset", stores={history}))
    # Monthly retraining job; installs its Python packages from PyPI at each run.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Bucket of model versions; the advisory service pulls the promoted one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={model_artifact},
            controls={c.ModelValidation(note="backtest on last winter's storms before promotion")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Contract data scientist who maintains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# live readings and the advisory
tm.flow(anemometers, lift_control, wind_readings, protocol="modbus")
tm.flow(lift_control, historian, wind_readings, lift_status, protocol="opc-ua")
tm.flow(historian, advisory_service, wind_readings, lift_status, protocol="sql")
tm.flow(weather_api, advisory_service, weather_forecast, protocol="https", controls={tls})
tm.flow(advisory_service, gust_model, wind_features)
tm.flow(gust_model, advisory_service, gust_probability)
tm.flow(advisory_service, dashboard, advisory)
tm.flow(dashboard, operator, advisory, protocol="https")
tm.flow(operator, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, advisory_service, acknowledgement)
tm.flow(advisory_service, sms_gateway, sms_alert, protocol="https", controls={tls})
tm.flow(sms_gateway, ops_manager, sms_alert, protocol="sms")
tm.flow(operator, lift_control, lift_command, label="control desk")

# retraining
tm.flow(
    historian, training_set, wind_readings, lift_status, protocol="https", label="nightly export"
)
tm.flow(
    advisory_service,
    training_set,
    weather_forecast,
    acknowledgement,
    protocol="https",
    label="archive",
)
tm.flow(training_set, training, history)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, advisory_service, model_artifact, protocol="https", label="pull promoted model")
