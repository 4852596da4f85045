"""Automaton conservation forecasting: the first design, before any security review.

A museum of mechanical music wants to service its automata, singing-bird boxes and
cylinder music boxes before they wear out rather than after. Each object on show has
a run-hour counter on its drive, the galleries have humidity sensors, and a small
microphone beside each object records every scheduled performance. A gateway on the
gallery network collects the readings over MQTT and a back-office NAS keeps them with
the recordings, copied nightly to a cloud archive bucket. A feature pipeline turns
the audio into tempo-drift and spectral features, joins them with run-hours, humidity
and past treatments from the collection management system, and a training job fits a
regressor that predicts hours to next conservation. The conservation scheduler shows
the forecasts and proposed work orders to conservators, who confirm or dismiss them.
Controls in this design: staff sign in to the scheduler with the museum's SSO and
MFA, the collection system is role-based, the cloud bucket is encrypted at rest and
models are versioned in the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Automaton conservation forecasting",
    profile=tg.RiskProfile.LOW,
    description="Predicts when automata and music boxes need conservation from "
    "run-hours, humidity and performance recordings.",
)

# ---------------------------------------------------------------- data assets
run_hours = tg.Data(
    "Run-hour counter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cumulative drive run-time per object, sent every 10 minutes.",
)
humidity = tg.Data(
    "Gallery humidity readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Relative humidity and temperature per showcase.",
)
recordings = tg.Data(
    "Performance recordings",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="One audio clip per performance; the gallery microphones also pick up "
    "visitors and guides talking nearby.",
)
treatments = tg.Data(
    "Conservation treatment records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Past repairs, cleaning and re-tuning per object, with dates and condition grades.",
)
features = tg.Data(
    "Wear features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tempo drift, pitch stability, mechanical noise bands, run-hours and humidity exposure.",
)
training_set = tg.Data(
    "Conservation training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wear features labelled with hours until the next treatment.",
)
model_file = tg.Data(
    "Forecast model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient-boosting regressor saved with joblib.",
)
forecasts = tg.Data(
    "Conservation forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted hours to next conservation per object.",
)
work_orders = tg.Data(
    "Proposed work orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which object to take off display and when.",
)
decisions = tg.Data(
    "Conservator decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed, rescheduled or dismissed work orders.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Gallery network", trust=tg.Trust.INTERNAL):
    # One counter per object on display, wired to the drive motor or spring barrel.
    counters = tm.add(tg.Device("Run-hour counters", fleet=True))
    # Battery sensors in each showcase; humidity is the main driver of leather and glue decay.
    hygrometers = tm.add(tg.Device("Showcase humidity sensors", fleet=True))
    # A microphone and recorder beside each object capture every scheduled performance.
    microphones = tm.add(tg.Device("Performance recorders", fleet=True))
    # Collects the counter and humidity messages and forwards them to the back office.
    gateway = tm.add(
        tg.Service(
            "Gallery sensor gateway",
            description="Small Linux box running an MQTT broker and a forwarder.",
        )
    )

with tm.boundary("Museum back office", trust=tg.Trust.INTERNAL):
    # Conservation staff who act on the schedule and record treatments.
    conservator = tm.add(tg.Actor("Conservator", role="conservation staff"))
    # The one person who builds, trains and releases the model.
    engineer = tm.add(tg.Actor("Digital collections engineer", role="ml engineer", privileged=True))
    # Keeps raw readings and recordings on site; the source for features.
    nas = tm.add(
        tg.DataStore("Telemetry and recordings NAS", stores={run_hours, humidity, recordings})
    )
    # System of record for objects and their conservation history: the labels.
    cms = tm.add(
        tg.DataStore(
            "Collection management system",
            stores={treatments, work_orders},
            controls={tg.controls.RBAC()},
        )
    )
    # Extracts audio and exposure features and assembles the training set.
    feature_job = tm.add(tg.Pipeline("Feature extraction job", stage=tg.Stage.PREPROCESSING))
    # The labelled history the model is trained on.
    dataset = tm.add(tg.Dataset("Conservation training dataset", stores={training_set}))
    # Monthly retraining run by the engineer on the back-office server.
    training = tm.add(tg.Pipeline("Model training job", stage=tg.Stage.TRAINING))
    # Holds trained versions; the scheduler loads the one marked current.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # The forecasting model itself, served inside the scheduler process.
    model = tm.add(
        tg.Model(
            "Conservation forecast model",
            task=tg.Task.REGRESSOR,
            description="Predicts run-hours remaining before an object needs conservation.",
        )
    )
    # Web app that turns forecasts into proposed work orders for the conservators.
    scheduler = tm.add(
        tg.Service(
            "Conservation scheduler",
            controls={tg.controls.Authentication(method="museum SSO with MFA")},
        )
    )

with tm.boundary("Cloud storage provider", trust=tg.Trust.PARTNER):
    # Long-term archive of recordings, also kept as part of the sound heritage collection.
    archive = tm.add(
        tg.DataStore(
            "Recording archive bucket",
            stores={recordings},
            controls={tg.controls.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(counters, gateway, run_hours, protocol="mqtt")
tm.flow(hygrometers, gateway, humidity, protocol="mqtt")
tm.flow(gateway, nas, run_hours, humidity, protocol="https")
tm.flow(microphones, nas, recordings, protocol="smb", label="upload after each performance")
tm.flow(nas, archive, recordings, protocol="https", label="nightly archive copy")

tm.flow(nas, feature_job, run_hours, humidity, recordings, label="nightly batch")
tm.flow(cms, feature_job, treatments, label="nightly export")
tm.flow(feature_job, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(engineer, training, label="starts monthly retraining")
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load current version")

tm.flow(feature_job, scheduler, features, label="latest features per object")
tm.flow(scheduler, model, features)
tm.flow(model, scheduler, forecasts)
tm.flow(scheduler, conservator, forecasts, work_orders, protocol="https")
tm.flow(conservator, scheduler, decisions, protocol="https")
tm.flow(scheduler, cms, work_orders, label="confirmed work orders")
tm.flow(conservator, cms, treatments, label="records completed treatment")
