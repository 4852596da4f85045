"""Brewery fermentation anomaly model: the first design.

A craft brewery with twelve jacketed fermenters wants early warning of stuck
fermentations (gravity stops falling) and runaway ones (temperature climbing past
the yeast's range). Temperature probes are wired to the tank controller PLC,
which switches each jacket's glycol solenoid valve; floating hydrometers report
gravity over the brewery Wi-Fi. An edge gateway reads both and streams them to
the brewery's cloud account, where a monitoring service scores each tank every
five minutes with an in-house anomaly model, pushes alerts to brewers' phones
and, without waiting for anyone, nudges a tank's cooling setpoint back toward its
recipe curve, clamped to a window the head brewer sets. Brewers label past
batches in a dashboard and the labels retrain the model monthly. Controls:
certificate-based TLS between gateway and cloud, setpoint clamping in the
monitoring service, dashboard sign-in and the cloud provider's storage encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brewery fermentation anomaly model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Flags stuck or runaway fermentations from tank temperature and gravity, "
        "and adjusts glycol cooling setpoints within limits."
    ),
)

# ---------------------------------------------------------------- data assets
temperature = tg.Data("Tank temperature readings", kind="records")
gravity = tg.Data("Gravity readings", kind="records")
valve_state = tg.Data("Valve state and setpoints", kind="records")
setpoint_command = tg.Data(
    "Cooling setpoint command",
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data("Fermentation feature window", kind="features")
anomaly_score = tg.Data("Anomaly score and type", kind="model-output")
profiles = tg.Data(
    "Batch recipe profiles and setpoint limits",
    kind="records",
    description="Target temperature curve per batch and the window adjustments must stay in.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alert = tg.Data("Fermentation alert", description="Tank, batch, anomaly type and action taken.")
action_log = tg.Data("Adjustment log", kind="logs")
tank_status = tg.Data("Tank status view", kind="records")
labels = tg.Data("Brewer batch labels", kind="labels")
training_set = tg.Data("Labelled batch history", kind="training-data")
model_file = tg.Data(
    "Anomaly model artifact", format="pickle", description="scikit-learn model saved with joblib."
)

# ---------------------------------------------------------------- elements
with tm.boundary("Brewery floor network", trust=tg.Trust.INTERNAL):
    # RTD probes in each tank's thermowell, wired into the controller.
    probes = tm.add(tg.Device("Tank temperature probes"))
    # Floating Wi-Fi hydrometers, one per active tank.
    hydrometers = tm.add(tg.Device("Floating gravity hydrometers"))
    # The tank controller: holds setpoints and switches the glycol valves.
    plc = tm.add(
        tg.Service(
            "Glycol valve PLC",
            description="Tank controller driving each jacket's glycol solenoid valve.",
        )
    )
    # Small industrial PC bridging the floor network to the cloud.
    gateway = tm.add(tg.Service("Brewery edge gateway"))

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # Time-series store of every reading and every automatic adjustment.
    readings_db = tm.add(
        tg.DataStore(
            "Fermentation readings database",
            stores={temperature, gravity, valve_state, anomaly_score, action_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Recipe temperature curves and the head brewer's setpoint window.
    profile_store = tm.add(tg.DataStore("Batch profile store", stores={profiles}))
    # Scores every tank every five minutes and acts on the result.
    monitor = tm.add(
        tg.Service(
            "Fermentation monitoring service",
            controls={
                c.SafetyLimits(
                    limits="setpoint changes clamped to the batch window, at most 2 °C "
                    "from the recipe curve and one change per 30 minutes per tank"
                )
            },
        )
    )
    # In-house anomaly detector trained on the brewery's own batches.
    model = tm.add(
        tg.Model(
            "Fermentation anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Isolation forest plus gravity-slope rules; labels stuck or runaway.",
        )
    )
    # Web dashboard for tank status, labelling and profile setup.
    dashboard = tm.add(
        tg.Endpoint(
            "Brewer dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual e-mail and password accounts")},
        )
    )
    # Labelled past batches used for retraining.
    batch_history = tm.add(tg.Dataset("Labelled batch history", stores={training_set, labels}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Bucket holding the trained model files the monitor loads.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={model_file}))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push notifications to the brewers' phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brewers on shift or on call, on their own phones.
    brewer = tm.add(tg.Actor("Brewer", role="brewer"))
    # Sets recipe profiles and the setpoint windows.
    head_brewer = tm.add(tg.Actor("Head brewer", role="head brewer", privileged=True))

# ---------------------------------------------------------------- flows
# sensing and control on the brewery floor
tm.flow(probes, plc, temperature, label="wired RTD")
tm.flow(plc, gateway, temperature, valve_state, protocol="modbus")
tm.flow(hydrometers, gateway, gravity, protocol="http", label="brewery Wi-Fi")
tm.flow(gateway, plc, setpoint_command, protocol="modbus")

# gateway to and from the cloud
device_cert = c.MutualAuthentication(note="per-gateway X.509 certificate on the IoT broker")
tm.flow(
    gateway,
    readings_db,
    temperature,
    gravity,
    valve_state,
    protocol="mqtts",
    controls={device_cert},
)
tm.flow(monitor, gateway, setpoint_command, protocol="mqtts", controls={device_cert})

# scoring and acting
tm.flow(readings_db, monitor, temperature, gravity, valve_state, label="every five minutes")
tm.flow(profile_store, monitor, profiles)
tm.flow(monitor, model, features)
tm.flow(model, monitor, anomaly_score)
tm.flow(monitor, readings_db, anomaly_score, action_log)
tm.flow(monitor, push, alert, protocol="https")
tm.flow(push, brewer, alert, protocol="https")
tm.flow(push, head_brewer, alert, protocol="https")

# dashboard
tm.flow(readings_db, dashboard, temperature, gravity, anomaly_score, action_log)
tm.flow(dashboard, brewer, tank_status, protocol="https")
tm.flow(dashboard, head_brewer, tank_status, protocol="https")
tm.flow(brewer, dashboard, labels, protocol="https")
tm.flow(head_brewer, dashboard, profiles, labels, protocol="https")
tm.flow(dashboard, profile_store, profiles)
tm.flow(profile_store, dashboard, profiles)
tm.flow(dashboard, batch_history, labels)

# retraining
tm.flow(readings_db, batch_history, training_set, label="monthly export")
tm.flow(batch_history, training, training_set, labels)
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, model, model_file, label="loaded at start-up")
