"""Grain silo fire-risk sensing: the first design, before any security review.

The agricultural cooperative runs grain silos at a dozen member sites. Temperature
cables and CO/CO2 gas sensors in each silo report over Modbus to a site gateway,
which also drives the PLC that switches the aeration fans. Gateways publish the
readings to a cloud IoT broker over MQTT with TLS and per-gateway X.509
certificates. A risk scoring service combines the readings with a weather feed
and runs an in-house model that detects early self-heating; rising risk raises
alerts that go to silo managers as push notifications and SMS. Managers use the
cooperative's phone app (e-mail and password, role-based access to their own
sites) to see trends and start aeration remotely; each command is audit-logged
and goes back down through the broker and gateway. The model is retrained each
season from stored telemetry and logged incidents, and published to a registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Grain silo fire risk sensor model",
    profile=tg.RiskProfile.HIGH,
    description="Early self-heating detection in grain silos, with remote aeration control.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Silo sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature per cable node, CO and CO2 levels, every five minutes.",
)
weather = tg.Data("Weather observations and forecast", sensitivity=tg.Sensitivity.PUBLIC)
risk_score = tg.Data(
    "Self-heating risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Fire-risk alert",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
contacts = tg.Data("Manager contact details", kind="records", sensitivity=tg.Sensitivity.PII)
stock = tg.Data(
    "Silo stock and trend data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Grain type, fill level and temperature history per silo: commercially sensitive.",
)
command = tg.Data(
    "Aeration command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fan_state = tg.Data("Fan status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
login = tg.Data("Manager login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
history = tg.Data(
    "Telemetry history with incident labels",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Silo sites", trust=tg.Trust.INTERNAL):
    # Temperature cables and gas sensors hanging in every silo.
    sensors = tm.add(tg.Device("Silo sensors", description="RS-485 Modbus RTU probes."))
    # PLC in the fan house that switches the aeration fans.
    fan_plc = tm.add(tg.Device("Aeration fan controller"))
    # Industrial gateway per site: polls sensors, relays commands, cellular uplink.
    gateway = tm.add(
        tg.Service(
            "Site gateway",
            description="Polls sensors, buffers during outages, publishes over LTE.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial weather API: ambient temperature and humidity are model inputs.
    weather_api = tm.add(tg.ExternalService("Weather API", provides="data-provider"))

with tm.boundary("Notification providers", trust=tg.Trust.PARTNER):
    # SMS gateway and push service, so alerts reach managers without the app open.
    notifier = tm.add(tg.ExternalService("SMS and push provider"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Silo manager at a member site, usually on a phone in the yard.
    manager = tm.add(tg.Actor("Silo manager", role="site manager"))
    # The cooperative's app on managers' own phones.
    manager_app = tm.add(tg.Device("Manager phone app"))

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Managed MQTT broker: telemetry up, commands down.
    broker = tm.add(
        tg.Endpoint(
            "IoT broker",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.MutualAuthentication(note="X.509 certificate per gateway")},
        )
    )
    # Time-series database of all readings, scores and fan states.
    tsdb = tm.add(
        tg.DataStore(
            "Telemetry database",
            stores={readings, risk_score, fan_state, stock, history},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Builds features from recent readings and weather, calls the model.
    scoring = tm.add(tg.Service("Risk scoring service"))
    # Gradient-boosted model over temperature gradients and CO rise.
    risk_model = tm.add(
        tg.Model(
            "Self-heating detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Missing a hot spot can end in a silo fire or dust explosion.",
        )
    )
    # Decides who to alert and escalates when nobody acknowledges.
    alerting = tm.add(tg.Service("Alerting service"))
    # Backend for the manager app: dashboards, acknowledgements, aeration commands.
    app_api = tm.add(
        tg.Endpoint(
            "Manager app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(note="managers see and control only their own sites"),
                tg.controls.AuditLogging(retention_days=365, note="every aeration command"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Seasonal retraining on history labelled with past heating incidents.
        training = tm.add(
            tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model files the scoring service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, protocol="modbus")
tm.flow(gateway, fan_plc, command, protocol="modbus")
tm.flow(fan_plc, gateway, fan_state, protocol="modbus")

uplink_tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")
tm.flow(gateway, broker, readings, fan_state, protocol="mqtts", controls={uplink_tls})
tm.flow(broker, gateway, command, protocol="mqtts", controls={uplink_tls})
tm.flow(broker, tsdb, readings, fan_state)

tm.flow(tsdb, scoring, readings, label="last 72 hours")
tm.flow(weather_api, scoring, weather, protocol="https")
tm.flow(scoring, risk_model, readings, weather)
tm.flow(risk_model, scoring, risk_score)
tm.flow(scoring, tsdb, risk_score)
tm.flow(scoring, alerting, risk_score, label="risk above threshold")

tm.flow(alerting, notifier, alert, contacts, protocol="https")
tm.flow(notifier, manager_app, alert, label="push")
tm.flow(notifier, manager, alert, label="SMS")

tm.flow(manager, manager_app, login, command, label="start aeration")
tm.flow(manager_app, manager, alert, stock, risk_score, fan_state)
tm.flow(manager_app, app_api, login, command, protocol="https")
tm.flow(app_api, manager_app, stock, risk_score, fan_state, protocol="https")
tm.flow(tsdb, app_api, stock, risk_score, fan_state)
tm.flow(app_api, alerting, alert, label="acknowledgement")
tm.flow(app_api, broker, command, label="publish to site command topic")

tm.flow(tsdb, training, history, label="season export")
tm.flow(training, registry, weights)
tm.flow(registry, risk_model, weights, label="deploy")
