"""Bus driver fatigue wearable: the first design, before any security review.

Our bus company (UK and Irish depots) gives every driver a wristband that
measures heart rate, heart-rate variability and wrist movement. During a shift
the wristband pairs over Bluetooth LE with the telematics gateway in the bus
cab, which forwards one-minute samples over the cellular network to an
ingestion API in our cloud, authenticated with the gateway's client
certificate. A scoring service joins the samples with the driver's roster
(shift start, hours driven, breaks) and asks a fatigue model for a score every
five minutes. Scores above the alert threshold raise an alert on the depot
controller's dashboard; the controller decides whether to call the driver on
the bus radio and send a relief driver. Raw samples are kept for 30 days.
Controllers record whether each alert was real, and those outcomes are the
labels for quarterly retraining, with models versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus driver fatigue wearable model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores driver fatigue from wristband data during shifts and alerts depot controllers.",
)

# ---------------------------------------------------------------- data assets
samples = tg.Data(
    "Heart-rate and movement samples",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Per-minute heart rate, HRV and accelerometer summaries, tagged with wristband id.",
)
roster = tg.Data(
    "Driver roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver, wristband pairing, duty, shift start, hours driven and breaks.",
)
features = tg.Data(
    "Fatigue feature window",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Thirty-minute window of physiological signals plus time on duty.",
)
score = tg.Data("Fatigue score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
alert = tg.Data(
    "Fatigue alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Driver, bus, route, score and the last hour of heart rate.",
)
voice = tg.Data("Radio call", kind="media", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data(
    "Alert outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Controller's note: driver relieved, driver fine, or no answer.",
)
training_rows = tg.Data(
    "Labeled fatigue windows", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
weights = tg.Data("Fatigue model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Bus fleet",
    trust=tg.Trust.UNTRUSTED,
    description="Buses on the road and parked at depots; cellular links.",
):
    # The employee wearing the wristband; answers the radio call.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # Issued to each driver; paired to whichever bus they drive.
    wristband = tm.add(tg.Device("Fatigue wristband", fleet=True))
    # Existing in-cab telematics unit; gains a BLE relay for the wristband.
    gateway = tm.add(
        tg.Device(
            "In-cab telematics gateway",
            fleet=True,
            description="Holds a client certificate provisioned by the telematics vendor.",
        )
    )

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Receives samples from every bus.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="gateway client certificate")},
        )
    )
    # Raw samples, kept for a month for investigations and retraining.
    sample_store = tm.add(
        tg.DataStore(
            "Wearable sample store",
            stores={samples},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Builds the feature windows and calls the model every five minutes per driver.
    scorer = tm.add(tg.Service("Fatigue scoring service"))
    # The fatigue classifier.
    model = tm.add(
        tg.Model(
            "Fatigue model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Small 1D convolutional network exported to ONNX.",
        )
    )
    # Existing rostering system: who drives which bus, and since when.
    rostering = tm.add(
        tg.DataSource("Rostering system", origin=tg.Origin.INTERNAL, provides={roster})
    )
    # Shows alerts to controllers and records their outcomes.
    dashboard = tm.add(
        tg.Service(
            "Controller dashboard",
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.HumanInTheLoop(approver="depot controller"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past windows joined with alert outcomes.
        dataset = tm.add(tg.Dataset("Labeled fatigue dataset", stores={training_rows, outcome}))
        # Quarterly retraining.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts the scoring service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Watches alerts, calls drivers and arranges relief.
    controller = tm.add(tg.Actor("Depot controller", role="controller"))
    # Existing voice radio dispatch console used to call buses.
    radio = tm.add(tg.Service("Bus radio dispatch"))

# ---------------------------------------------------------------- flows
# Samples from the bus
tm.flow(driver, wristband, samples, label="worn during shift")
tm.flow(wristband, gateway, samples, protocol="ble")
tm.flow(gateway, ingest, samples, protocol="mtls")
tm.flow(ingest, sample_store, samples)

# Scoring
tm.flow(sample_store, scorer, samples)
tm.flow(rostering, scorer, roster)
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, dashboard, alert, label="score above threshold")

# Controller and driver
tm.flow(dashboard, controller, alert, protocol="https")
tm.flow(controller, dashboard, outcome, protocol="https", label="records what happened")
tm.flow(controller, radio, voice, label="calls the bus")
tm.flow(radio, gateway, voice, label="radio over cellular")
tm.flow(gateway, driver, voice, label="cab speaker")
tm.flow(driver, gateway, voice, label="cab microphone")
tm.flow(gateway, radio, voice)
tm.flow(radio, controller, voice)

# Retraining
tm.flow(dashboard, dataset, outcome)
tm.flow(sample_store, dataset, samples, label="windows around each alert")
tm.flow(rostering, dataset, roster)
tm.flow(dataset, training, training_rows, outcome)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load current version")
