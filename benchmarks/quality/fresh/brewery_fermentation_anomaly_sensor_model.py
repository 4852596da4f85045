"""Fermentation watch: the first design, before any security review.

A craft brewery's fermenters carry temperature and pressure probes wired to the
cellar PLC, which runs the glycol valves to each tank's setpoint, and floating
digital hydrometers that report gravity over Bluetooth to an edge gateway. The
gateway polls the PLC over Modbus TCP and publishes all readings over MQTT (TLS,
per-gateway X.509 certificate) to a small cloud account, where they land in a
time-series database. Every five minutes a scoring service compares each tank's
curve with the batch plan from the brewery management SaaS, runs an anomaly model
and, on a stuck or runaway fermentation, texts the brewer on shift; for a runaway
it also lowers the glycol setpoint itself, never more than 2 °C from the recipe
profile, and the PLC clamps every setpoint to its own range. Brewers see tanks and
alerts on a web dashboard (Google Workspace sign-in), change setpoints there and
mark alerts true or false; those labels and the history retrain the model monthly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fermentation watch",
    profile=tg.RiskProfile.LOW,
    description="Anomaly alerts on fermentation tanks, with automatic glycol setpoint trims.",
)

# ---------------------------------------------------------------- data assets
probe_readings = tg.Data(
    "Tank temperature and pressure readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gravity_readings = tg.Data(
    "Tank gravity readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tank_telemetry = tg.Data(
    "Tank telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, pressure, gravity, current setpoint and glycol valve state per tank.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
batch_plan = tg.Data(
    "Batch plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Recipe, yeast strain, target gravities and fermentation temperature profile per tank.",
)
features = tg.Data(
    "Fermentation curve features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
anomaly_score = tg.Data("Anomaly score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
setpoint = tg.Data(
    "Glycol setpoint command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data("Fermentation alert", sensitivity=tg.Sensitivity.INTERNAL)
alert_sms = tg.Data(
    "Alert text message",
    sensitivity=tg.Sensitivity.PII,
    description="Tank, problem and readings, sent to the on-shift brewer's mobile number.",
)
alert_labels = tg.Data(
    "Alert labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Brewer's verdict on each alert: real problem or false alarm.",
)
training_set = tg.Data(
    "Labelled fermentation history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Anomaly model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
dashboard_view = tg.Data("Tank charts and alerts", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brewers check tanks and answer alerts from their phones, on site or at home.
    brewer = tm.add(tg.Actor("Brewer", role="brewer"))

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # Brewery management software where batches and recipes are planned.
    brewery_saas = tm.add(
        tg.ExternalService("Brewery management SaaS", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sends alert texts to the on-shift brewer.
    sms = tm.add(tg.ExternalService("SMS gateway service"))

with tm.boundary("Cellar OT network", trust=tg.Trust.INTERNAL):
    # Probes and hydrometers in each fermenter.
    sensors = tm.add(
        tg.Device(
            "Fermenter sensors",
            fleet=True,
            description="RTD temperature probes, pressure transducers and floating hydrometers.",
        )
    )
    # Runs each tank's glycol valve to its setpoint; the brewery's existing controller.
    plc = tm.add(
        tg.Service(
            "Cellar PLC",
            description="Temperature control loops for the glycol jacket valves of every tank.",
            controls={c.SafetyLimits(limits="PLC clamps every tank setpoint to -1 to 22 °C")},
        )
    )
    # Edge box that collects readings and relays setpoint changes to the PLC.
    gateway = tm.add(tg.Service("Edge sensor gateway"))

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # Managed MQTT broker the gateway connects out to.
    broker = tm.add(tg.Service("IoT message broker"))
    # History of readings and alerts for scoring, charts and training.
    tsdb = tm.add(tg.DataStore("Time-series database", stores={tank_telemetry, alert}))
    # Scores each tank every five minutes, raises alerts, trims setpoints.
    scorer = tm.add(
        tg.Service(
            "Fermentation scoring service",
            description="Builds curve features, calls the model, decides alerts and setpoint trims.",
            controls={
                c.SafetyLimits(
                    limits="automatic trims only lower the setpoint, at most 2 °C below the recipe profile"
                )
            },
        )
    )
    # Anomaly detector over each tank's temperature, gravity and pressure curves.
    model = tm.add(
        tg.Model(
            "Fermentation anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="scikit-learn gradient-boosted classifier of stuck and runaway fermentations.",
        )
    )
    # Web dashboard for brewers: charts, alert handling, manual setpoints.
    dashboard = tm.add(
        tg.Endpoint(
            "Brewer dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in (OIDC)")},
        )
    )
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Past fermentations with brewer labels.
    dataset = tm.add(
        tg.Dataset("Labelled fermentation dataset", stores={training_set, alert_labels})
    )
    # Trained model files the scoring service loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={weights},
            controls={c.ModelVersioning(note="scoring service pins a model version")},
        )
    )

# ---------------------------------------------------------------- flows
mqtt_link = {
    c.EncryptionInTransit(protocol="TLS 1.2"),
    c.MutualAuthentication(note="per-gateway X.509 certificate"),
}

tm.flow(sensors, plc, probe_readings, protocol="4-20mA", label="wired probes")
tm.flow(sensors, gateway, gravity_readings, protocol="bluetooth", label="hydrometers")
tm.flow(plc, gateway, tank_telemetry, protocol="modbus-tcp", label="polled every 30 s")
tm.flow(gateway, plc, setpoint, protocol="modbus-tcp", label="setpoint write")

tm.flow(gateway, broker, tank_telemetry, protocol="mqtt", controls=mqtt_link)
tm.flow(broker, gateway, setpoint, protocol="mqtt", controls=mqtt_link)
tm.flow(broker, tsdb, tank_telemetry)

tm.flow(tsdb, scorer, tank_telemetry, label="last 48 h per tank")
tm.flow(brewery_saas, scorer, batch_plan, protocol="https", label="API pull of active batches")
tm.flow(scorer, model, features)
tm.flow(model, scorer, anomaly_score)
tm.flow(scorer, tsdb, alert)
tm.flow(scorer, broker, setpoint, label="automatic trim")
tm.flow(scorer, sms, alert_sms, protocol="https")
tm.flow(sms, brewer, alert_sms, protocol="sms")

tm.flow(brewer, dashboard, setpoint, alert_labels, protocol="https")
tm.flow(dashboard, brewer, dashboard_view, protocol="https")
tm.flow(tsdb, dashboard, tank_telemetry, alert)
tm.flow(dashboard, broker, setpoint, label="manual setpoint")
tm.flow(dashboard, dataset, alert_labels)

tm.flow(tsdb, dataset, training_set, label="monthly export")
tm.flow(dataset, training, training_set, alert_labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load pinned version")
