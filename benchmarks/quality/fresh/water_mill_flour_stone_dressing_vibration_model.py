"""Millstone dressing predictor: the first design, before any security review.

A heritage trust's working water mill grinds flour for sale on two pairs of
French burr stones. Stones must be re-dressed as their furrows wear, and the head
miller wants warning before the flour coarsens. An accelerometer and a speed
sensor on the stone spindle feed a small gateway in the mill, which uploads
readings over the mill's 4G router to the trust's cloud account with its own API
key. The miller enters sieve-test fineness results and dressing dates in a web
dashboard. A nightly job joins these with the public river-level feed, and a
gradient-boosted model predicts the milling hours left before each pair needs
dressing, shown as advice on the dashboard; the miller decides. A volunteer data
scientist retrains the model from home and promotes versions from the registry.
The ingestion API checks its key and the reading schema, the dashboard has
e-mail and password sign-in, and registry models are versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Millstone dressing predictor",
    profile=tg.RiskProfile.LOW,
    description="Advises a heritage water mill's miller when to dress the millstones.",
)

# ---------------------------------------------------------------- data assets
vibration = tg.Data(
    "Spindle vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accelerometer spectra from the stone spindle, every ten seconds while grinding.",
)
speed = tg.Data("Stone speed readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sieve_results = tg.Data(
    "Flour sieve-test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Share of each batch passing each mesh, entered after each grind.",
)
dressing_records = tg.Data(
    "Stone dressing records",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Date each stone pair was dressed and the running hours since the last one.",
)
river_levels = tg.Data("River level readings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
wear_features = tg.Data("Stone wear features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_examples = tg.Data(
    "Wear training examples", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
training_config = tg.Data(
    "Training notebook and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data("Wear model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
promotion = tg.Data(
    "Promotion of a model version", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
advice = tg.Data(
    "Dressing advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted milling hours left per stone pair, with the trend behind it.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public river-level API: the head of water changes wheel and stone speed.
    river_feed = tm.add(
        tg.DataSource(
            "River level feed",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={river_levels},
            description="The environment agency's open flood-monitoring readings for the gauge upstream.",
        )
    )
    # Volunteer who built the model; works from a home laptop.
    data_scientist = tm.add(
        tg.Actor("Volunteer data scientist", role="volunteer data scientist", privileged=True)
    )

with tm.boundary("Mill building", trust=tg.Trust.INTERNAL):
    # Sensor unit clamped to the bridge tree under the stone spindle, one per stone pair.
    sensor = tm.add(tg.Device("Spindle vibration and speed sensor", fleet=False))
    # Raspberry Pi that samples the sensors, buffers and uploads readings.
    gateway = tm.add(tg.Service("Mill sensor gateway"))
    # The head miller runs the stones and decides when to have them dressed.
    miller = tm.add(tg.Actor("Head miller", role="miller"))

with tm.boundary("Trust cloud account", trust=tg.Trust.INTERNAL):
    # Receives reading batches from the gateway.
    ingest_api = tm.add(
        tg.Endpoint(
            "Reading ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-gateway API key"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Time series of all sensor readings.
    reading_store = tm.add(tg.DataStore("Sensor reading store", stores={vibration, speed}))
    # Sieve tests and dressing dates the miller types in.
    mill_log = tm.add(tg.DataStore("Mill log", stores={sieve_results, dressing_records}))
    # Web dashboard for the miller: log entry, charts and the dressing advice.
    dashboard = tm.add(
        tg.Service(
            "Miller's dashboard",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Nightly job joining readings, sieve tests and river levels into features.
    feature_job = tm.add(tg.Pipeline("Nightly feature job", stage=tg.Stage.PREPROCESSING))
    # Past features labelled with the hours until the next dressing.
    training_set = tm.add(tg.Dataset("Wear training set", stores={training_examples}))
    # Retraining run by the volunteer when new dressing records come in.
    training_job = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds each trained model version as a joblib file.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # The predictor: gradient-boosted regressor on the nightly features.
    wear_model = tm.add(
        tg.Model(
            "Stone wear model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts milling hours left before each stone pair needs dressing.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensor, gateway, vibration, speed, protocol="usb")
tm.flow(gateway, ingest_api, vibration, speed, protocol="https")
tm.flow(ingest_api, reading_store, vibration, speed)

tm.flow(miller, dashboard, sieve_results, dressing_records, protocol="https")
tm.flow(dashboard, mill_log, sieve_results, dressing_records)
tm.flow(mill_log, dashboard, sieve_results, dressing_records, label="history charts")

tm.flow(reading_store, feature_job, vibration, speed)
tm.flow(mill_log, feature_job, sieve_results, dressing_records)
tm.flow(river_feed, feature_job, river_levels, protocol="https")
tm.flow(feature_job, training_set, training_examples)
tm.flow(feature_job, wear_model, wear_features, label="nightly scoring")

tm.flow(data_scientist, training_job, training_config, protocol="https")
tm.flow(training_set, training_job, training_examples)
tm.flow(training_job, registry, model_file)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, wear_model, model_file, label="deploy")

tm.flow(wear_model, dashboard, advice)
tm.flow(dashboard, miller, advice, protocol="https")
