"""Federated learning on devices: the first design, before any security review.

A keyboard app learns next-word prediction without collecting what people
type. Millions of phones train on their own data and send model updates to an
aggregation server, which averages them into a new global model. The model is
evaluated, stored in a registry and pushed back to the phones through a
distribution endpoint.

    threatgraph analyze examples/federated_learning/before.py
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Federated keyboard model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Next-word prediction trained across phones with federated averaging.",
)

# ---------------------------------------------------------------- data assets
typing = tg.Data(
    "Typing history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="What people type; never meant to leave the phone.",
)
update = tg.Data(
    "Model update",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.PII,
    description="Weight deltas; they can leak the data they were computed from.",
)
global_model = tg.Data(
    "Global model",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
holdout = tg.Data("Proxy evaluation set", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data")
metrics = tg.Data("Round metrics", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
commands = tg.Data("Round commands", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
suggestions = tg.Data("Word suggestions", sensitivity=tg.Sensitivity.PII, kind="model-output")

# ---------------------------------------------------------------- elements
with tm.boundary("User devices", trust=tg.Trust.UNTRUSTED):
    # Any phone can join, including rooted phones and emulators run by an attacker.
    phones = tm.add(
        tg.Device(
            "Phones",
            fleet=True,
            trains_locally=True,
            description="Train on local typing history while charging on Wi-Fi.",
        )
    )
    keyboard_model = tm.add(
        tg.Model("On-device keyboard model", task=tg.Task.GENERATIVE, description="Suggests words.")
    )
    user = tm.add(tg.Actor("Phone user", role="end user"))

with tm.boundary("FL backend", trust=tg.Trust.INTERNAL):
    aggregator = tm.add(
        tg.Service(
            "Aggregation server",
            description="Selects devices for each round and averages their updates.",
        )
    )
    distribution = tm.add(
        tg.Endpoint("Model distribution endpoint", purpose=tg.EndpointPurpose.API)
    )

    with tm.boundary("Model operations", trust=tg.Trust.INTERNAL):
        evaluation = tm.add(tg.Pipeline("Round evaluation", stage=tg.Stage.EVALUATION))
        eval_set = tm.add(
            tg.Dataset("Proxy evaluation set", stores={holdout}, purpose="evaluation")
        )
        registry = tm.add(tg.ModelRegistry("Global model registry", stores={global_model}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(user, phones, typing, label="typing")
tm.flow(phones, aggregator, update, protocol="https", label="upload update")
tm.flow(aggregator, evaluation, global_model)
tm.flow(eval_set, evaluation, holdout)
tm.flow(evaluation, registry, global_model, metrics)
tm.flow(ml_engineer, registry, commands, label="starts rounds, rolls back")
tm.flow(registry, distribution, global_model)
tm.flow(distribution, phones, global_model, protocol="https", label="push global model")
tm.flow(phones, keyboard_model, global_model, label="install")
tm.flow(user, keyboard_model, typing, label="keystrokes")
tm.flow(keyboard_model, user, suggestions, label="suggestions")
