"""Federated keyboard prediction: the first design, before any security review.

Our mobile keyboard app suggests the next word with a small language model that
runs on the phone. What people type never leaves the phone: the app keeps a
local cache of recent typing and, while the phone is idle and charging, trains
the current model on it and uploads a model update to our federated-learning
check-in endpoint. Each week the aggregation server combines the updates of the
round into a new global model using secure aggregation (the server only sees the
sum of masked updates, not any one phone's); there is no differential privacy
yet. The candidate goes into the model registry, is evaluated on a proxy text
corpus, and a release engineer approves it before the release pipeline pushes
it to a third-party CDN, from which phones download it. Traffic is TLS, the
check-in endpoint paces how often a phone may take part, the registry keeps
immutable versions, and the typing cache uses the phone's encrypted storage.
Users worldwide, including the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Federated keyboard prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-device next-word prediction trained by weekly federated learning.",
)

# ---------------------------------------------------------------- data assets
keystrokes = tg.Data(
    "Typed text",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Everything typed with the keyboard (messages, searches, notes), kept on the phone.",
)
context = tg.Data("Typing context", kind="prompt", sensitivity=tg.Sensitivity.PII)
suggestions = tg.Data("Next-word suggestions", kind="model-output", sensitivity=tg.Sensitivity.PII)
round_plan = tg.Data(
    "Training round plan",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Round id, model version to train, hyperparameters, secure-aggregation setup.",
)
update = tg.Data(
    "Model update",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Weight deltas from one phone's local training, masked for secure aggregation.",
)
aggregate = tg.Data(
    "Aggregated update",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The round's summed updates applied to the previous global model.",
)
global_model = tg.Data(
    "Global keyboard model",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="TFLite flatbuffer of the weekly model, shipped to every phone.",
)
proxy_corpus = tg.Data(
    "Proxy evaluation corpus",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed public text used to measure prediction quality.",
)
metrics = tg.Data("Evaluation metrics", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("User phones", trust=tg.Trust.UNTRUSTED):
    # The person typing; the source of all training data.
    typist = tm.add(tg.Actor("Keyboard user", role="app user"))
    # The keyboard app on millions of phones; trains locally and uploads updates.
    keyboard = tm.add(
        tg.Device(
            "Keyboard app",
            fleet=True,
            trains_locally=True,
            description="Trains only when idle, charging and on unmetered Wi-Fi.",
            controls={c.FederatedLearning(note="typed text never leaves the phone")},
        )
    )
    # The small language model that makes the suggestions, inside the app.
    predictor = tm.add(
        tg.Model(
            "On-device language model",
            task=tg.Task.GENERATIVE,
            description="A few million parameters, run with TFLite.",
        )
    )
    # Recent typing kept for local training, in the app's private storage.
    typing_cache = tm.add(
        tg.DataStore(
            "Local typing cache",
            stores={keystrokes},
            description="Rolling window of recent typing; password fields are not recorded.",
            controls={c.EncryptionAtRest(key_management="Android Keystore / iOS Data Protection")},
        )
    )

with tm.boundary("CDN provider", trust=tg.Trust.PARTNER):
    # Serves the published model to phones around the world.
    cdn = tm.add(
        tg.ExternalService(
            "Model CDN",
            description="Third-party CDN; phones fetch the latest model from a fixed URL.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Where phones check in for a round and upload their updates.
    checkin = tm.add(
        tg.Endpoint(
            "FL check-in endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=1, note="pace steering: one round per phone")
            },
        )
    )
    # Combines the week's updates into a new global model.
    aggregator = tm.add(
        tg.Service(
            "Aggregation server",
            description="Secure aggregation: only the sum of masked updates is ever decrypted. "
            "No differential privacy yet.",
            controls={c.FederatedLearning()},
        )
    )
    # Holds every candidate and released global model.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={global_model},
            controls={c.ModelVersioning()},
        )
    )
    # Scores each candidate against the proxy corpus and the previous release.
    evaluation = tm.add(
        tg.Pipeline(
            "Candidate evaluation",
            stage=tg.Stage.EVALUATION,
            controls={
                c.ModelValidation(note="next-word accuracy and regression against last release")
            },
        )
    )
    # The held-out text the evaluation runs on.
    eval_set = tm.add(
        tg.Dataset("Proxy evaluation set", purpose="evaluation", stores={proxy_corpus})
    )
    # Publishes an approved model to the CDN.
    release = tm.add(
        tg.Pipeline(
            "Release pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="release engineer")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the evaluation results and approves each weekly release.
    engineer = tm.add(tg.Actor("Release engineer", role="release engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(typist, keyboard, keystrokes, protocol="local")
tm.flow(keyboard, typist, suggestions, protocol="local")
tm.flow(keyboard, predictor, context, protocol="local")
tm.flow(predictor, keyboard, suggestions, protocol="local")
tm.flow(keyboard, typing_cache, keystrokes, protocol="local")
tm.flow(typing_cache, keyboard, keystrokes, protocol="local", label="local training")

tm.flow(keyboard, checkin, update, protocol="https", label="weekly round")
tm.flow(checkin, keyboard, round_plan, protocol="https")
tm.flow(checkin, aggregator, update)
tm.flow(aggregator, registry, aggregate, global_model, label="new candidate")
tm.flow(registry, aggregator, global_model, label="previous global model")

tm.flow(registry, evaluation, global_model)
tm.flow(eval_set, evaluation, proxy_corpus)
tm.flow(evaluation, registry, metrics)
tm.flow(evaluation, engineer, metrics, protocol="https")
tm.flow(engineer, release, approval, protocol="https", label="approves release")
tm.flow(registry, release, global_model)
tm.flow(release, cdn, global_model, protocol="https")
tm.flow(cdn, keyboard, global_model, protocol="https", label="model download")
tm.flow(keyboard, predictor, global_model, protocol="local", label="load new model")
