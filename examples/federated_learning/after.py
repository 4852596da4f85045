"""Federated learning on devices: the same system after a security review.

Same architecture as before.py. The review added: device attestation and
mutual TLS so only genuine app installs join a round, differential privacy and
secure aggregation so no single update reveals what someone typed, Byzantine-
robust aggregation and anomaly detection against poisoned updates, a rate
limit on how often a device contributes, validation of every round before it
ships, and signed, versioned global models that phones verify before install.

    threatgraph analyze examples/federated_learning/after.py
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Federated keyboard model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Next-word prediction trained across phones with federated averaging.",
)

TLS = c.EncryptionInTransit(protocol="TLS 1.3")

# ---------------------------------------------------------------- data assets
typing = tg.Data(
    "Typing history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="What people type; never meant to leave the phone.",
)
update = tg.Data(
    "Model update",
    format="safetensors",
    sensitivity=tg.Sensitivity.PII,
    description="Weight deltas; they can leak the data they were computed from.",
)
global_model = tg.Data(
    "Global model",
    format="onnx",
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
            controls={
                c.FederatedLearning(),
                c.DifferentialPrivacy(epsilon=8.0, note="local clipping and noise"),
                c.Authentication(method="platform attestation"),
            },
        )
    )
    keyboard_model = tm.add(
        tg.Model(
            "On-device keyboard model",
            task=tg.Task.GENERATIVE,
            description="Suggests words.",
            controls={
                c.SignedModels(note="verified before install"),
                c.OutputFiltering(),
                c.RedTeaming(note="extraction of typed phrases, per model version"),
            },
        )
    )
    user = tm.add(tg.Actor("Phone user", role="end user"))

with tm.boundary("FL backend", trust=tg.Trust.INTERNAL):
    aggregator = tm.add(
        tg.Service(
            "Aggregation server",
            description="Selects devices for each round and averages their updates.",
            controls={
                c.RobustAggregation(note="norm clipping, trimmed mean"),
                c.SecureAggregation(),
                c.InputValidation(note="update shape, dtype and norm checks"),
                c.RBAC(note="the server's role can write only the candidate model"),
                c.DifferentialPrivacy(note="central noise per round"),
                c.AnomalyDetection(note="reject outlier updates"),
                c.RateLimiting(note="one contribution per device per day"),
                c.AuditLogging(),
            },
        )
    )
    distribution = tm.add(
        tg.Endpoint(
            "Model distribution endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.AuditLogging(),
                c.Authentication(method="platform attestation"),
                c.RateLimiting(),
            },
        )
    )

    with tm.boundary("Model operations", trust=tg.Trust.RESTRICTED):
        evaluation = tm.add(
            tg.Pipeline(
                "Round evaluation",
                stage=tg.Stage.EVALUATION,
                controls={
                    c.AuditLogging(),
                    c.ModelValidation(note="quality and canary-phrase tests"),
                },
            )
        )
        eval_set = tm.add(
            tg.Dataset(
                "Proxy evaluation set",
                stores={holdout},
                purpose="evaluation",
                controls={c.RBAC(), c.DataVersioning()},
            )
        )
        registry = tm.add(
            tg.ModelRegistry(
                "Global model registry",
                stores={global_model},
                controls={
                    c.SignedModels(),
                    c.ModelVersioning(),
                    c.ImmutableArtifacts(),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    ml_engineer = tm.add(
        tg.Actor(
            "ML engineer",
            role="ml engineer",
            privileged=True,
            controls={c.Authentication(method="SSO + hardware key"), c.MultiPartyApproval()},
        )
    )

# ---------------------------------------------------------------- flows
DEVICE_LINK = {TLS, c.MutualAuthentication(), c.MessageIntegrity()}

tm.flow(user, phones, typing, label="typing")
tm.flow(phones, aggregator, update, protocol="https", label="upload update", controls=DEVICE_LINK)
tm.flow(aggregator, evaluation, global_model, controls={TLS})
tm.flow(eval_set, evaluation, holdout, controls={TLS})
tm.flow(evaluation, registry, global_model, metrics, controls={TLS})
tm.flow(ml_engineer, registry, commands, label="starts rounds, rolls back", controls={TLS})
tm.flow(registry, distribution, global_model, controls={TLS})
tm.flow(
    distribution,
    phones,
    global_model,
    protocol="https",
    label="push global model",
    controls={TLS, c.SignedModels(), c.SafeSerialization(note="flat tensor format, no pickle")},
)
tm.flow(phones, keyboard_model, global_model, label="install", controls={c.SignedModels()})
tm.flow(user, keyboard_model, typing, label="keystrokes")
tm.flow(keyboard_model, user, suggestions, label="suggestions")
