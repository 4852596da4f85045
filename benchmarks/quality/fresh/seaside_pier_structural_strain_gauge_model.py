"""Seaside pier structural monitoring: the first design, before any security review.

The pier trust has fitted strain gauges and tilt sensors to the cast-iron legs of
its Victorian pier. Data loggers under the deck read them every second and send
telemetry over 4G (MQTT over TLS, per-logger certificates) to the trust's cloud
account, where it lands in a time-series store. An alerting service combines the
latest readings with a marine forecast of wave height and tide, and asks an
in-house structural response model whether the legs are loaded or moving beyond
what the conditions explain. On overload or movement it texts the consulting
structural engineer and the duty manager, and in high seas it closes deck sections:
a command goes to the site gateway in the pier office, which drives the barrier PLC
that lowers gates and lights "section closed" signs. The engineer and the duty
manager watch readings and reopen sections on a web dashboard; the model is
recalibrated quarterly from stored readings and signed off by the engineer.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seaside pier structural monitoring",
    profile=tg.RiskProfile.HIGH,
    description="Watches strain and tilt on a Victorian pier's legs, warns the engineer "
    "and closes deck sections in high seas.",
)

# ---------------------------------------------------------------- data assets
strain_readings = tg.Data(
    "Strain gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tilt_readings = tg.Data(
    "Tilt sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Leg sensor telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Batched strain and tilt readings with logger id and timestamps.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data(
    "Wave and tide forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Significant wave height, swell period, wind and tide level for the pier.",
)
features = tg.Data(
    "Leg loading features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rolling 10-minute strain and tilt statistics per leg with sea state.",
)
anomaly_scores = tg.Data("Leg overload and movement scores", kind="model-output")
alert = tg.Data(
    "Overload and movement alert message",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
contacts = tg.Data(
    "On-call contact numbers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Mobile numbers of the engineer and the duty managers.",
)
closure_command = tg.Data(
    "Deck section closure command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
closure_status = tg.Data("Barrier and sign status", kind="records")
reopen_decision = tg.Data(
    "Section reopening approval",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
thresholds = tg.Data(
    "Alert thresholds",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
event_log = tg.Data("Alert and closure history", kind="logs")
history = tg.Data(
    "Historical leg readings",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_artifact = tg.Data("Structural response model file", format="pickle")
sign_off = tg.Data("Calibration sign-off", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Pier substructure", trust=tg.Trust.INTERNAL):
    # Foil strain gauges bonded to the cast-iron legs and bracing.
    gauges = tm.add(tg.Device("Strain gauges", fleet=True))
    # Biaxial inclinometers on the leg heads to catch settlement or lean.
    tilt = tm.add(tg.Device("Tilt sensors", fleet=True))
    # One logger per leg group; reads the sensors and sends over 4G.
    loggers = tm.add(tg.Device("Leg data loggers", fleet=True))

with tm.boundary("Pier office LAN", trust=tg.Trust.INTERNAL):
    # Small industrial PC that keeps an outbound link to the cloud and relays commands.
    site_gateway = tm.add(tg.Service("Pier site gateway"))
    # Drives the deck-section barrier gates and "section closed" signs.
    barrier_plc = tm.add(
        tg.Service(
            "Deck barrier PLC",
            controls={
                c.SafetyLimits(
                    limits="gate motors stop on obstruction; key switch at each gate overrides"
                )
            },
        )
    )
    # Trust staff on duty at the pier; can close or reopen at the control panel.
    duty_manager = tm.add(tg.Actor("Pier duty manager", role="duty manager"))

with tm.boundary("Trust cloud account", trust=tg.Trust.INTERNAL):
    # IoT ingestion: accepts telemetry only from enrolled loggers.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-logger X.509 device certificates"),
                c.SchemaEnforcement(note="payload schema and physical range checks per channel"),
            },
        )
    )
    # Time-series database of every reading, kept for trend analysis.
    ts_store = tm.add(
        tg.DataStore(
            "Time-series store",
            stores={telemetry, history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Decides when to alert and when to close sections; holds thresholds and contacts.
    alerting = tm.add(
        tg.Service(
            "Alerting and closure service",
            description="Scores the latest window, applies the engineer's thresholds, "
            "sends alerts and closure commands.",
            controls={c.AuditLogging()},
        )
    )
    # Expected-response model: flags strain or tilt the sea state does not explain.
    model = tm.add(
        tg.Model(
            "Structural response model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted regression of strain per leg on tide and waves; "
            "residuals above threshold flag overload or movement.",
        )
    )
    # Record of alerts, closures and reopenings for the engineer's reports.
    alert_log = tm.add(tg.DataStore("Alert and closure log", stores={event_log}))
    # Web dashboard for the engineer and the duty managers.
    dashboard = tm.add(
        tg.Endpoint(
            "Monitoring dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="engineer sets thresholds; duty managers view and reopen"),
            },
        )
    )
    # Quarterly refit of the model from stored readings.
    calibration = tm.add(
        tg.Pipeline(
            "Quarterly calibration job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="engineer compares fit against the load test")},
        )
    )

with tm.boundary("Consulting engineers", trust=tg.Trust.PARTNER):
    # The trust's retained structural engineer, working from their own office.
    engineer = tm.add(tg.Actor("Structural engineer", role="consulting engineer"))

with tm.boundary("Marine data provider", trust=tg.Trust.PARTNER):
    # Commercial marine forecast API for the pier's location.
    marine = tm.add(
        tg.DataSource("Marine forecast feed", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends alert texts to the on-call numbers.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(gauges, loggers, strain_readings, label="wired bridge circuit")
tm.flow(tilt, loggers, tilt_readings, label="wired RS-485")
tm.flow(loggers, ingestion, telemetry, protocol="mqtt+tls", label="over 4G")
tm.flow(ingestion, ts_store, telemetry)

tm.flow(ts_store, alerting, telemetry, label="latest 10-minute window")
tm.flow(marine, alerting, forecast, protocol="https")
tm.flow(alerting, model, features)
tm.flow(model, alerting, anomaly_scores)
tm.flow(alerting, alert_log, event_log)

tm.flow(alerting, sms, alert, contacts, protocol="https")
tm.flow(sms, engineer, alert, protocol="sms")
tm.flow(sms, duty_manager, alert, protocol="sms")

tm.flow(alerting, site_gateway, closure_command, protocol="mqtt+tls")
tm.flow(site_gateway, barrier_plc, closure_command, protocol="modbus")
tm.flow(barrier_plc, site_gateway, closure_status, protocol="modbus")
tm.flow(site_gateway, alerting, closure_status, protocol="mqtt+tls")
tm.flow(duty_manager, barrier_plc, closure_command, label="key switch on the panel")

tm.flow(ts_store, dashboard, telemetry)
tm.flow(alert_log, dashboard, event_log)
tm.flow(dashboard, engineer, telemetry, event_log, protocol="https")
tm.flow(engineer, dashboard, thresholds, reopen_decision, protocol="https")
tm.flow(dashboard, duty_manager, telemetry, event_log, protocol="https")
tm.flow(duty_manager, dashboard, reopen_decision, protocol="https")
tm.flow(dashboard, alerting, thresholds, reopen_decision)

tm.flow(ts_store, calibration, history, label="quarterly export")
tm.flow(engineer, calibration, sign_off, protocol="https")
tm.flow(calibration, model, model_artifact, label="deploy")
