"""Keyboard next-word prediction with federated learning: the first design.

Our Android and iOS keyboard app suggests the next word with a small on-device
language model. To improve it without collecting what people type, we train it by
federated learning: the app keeps a short rolling cache of typed text on the phone
(password fields and incognito mode are never cached), and when a phone is idle,
charging and on Wi-Fi it checks in with our cloud, downloads the current global
model and a training task, trains locally and uploads only a weight delta. Check-ins
carry a Play Integrity / App Attest token and are rate limited per device. The
aggregation server combines the deltas of each round with secure aggregation, and
the round orchestrator writes a new global checkpoint to the model registry. An
evaluation pipeline scores each checkpoint on held-out public text, and an ML
engineer approves a release, which is published to phones through a CDN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile keyboard federated next-word model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Next-word suggestions from an on-device model trained by federated learning "
        "across users' phones, with updates aggregated in the vendor's cloud."
    ),
)

# ---------------------------------------------------------------- data assets
typed_text = tg.Data(
    "Typed text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="low", availability="low"),
    description="Everything the user types in any app: messages, searches, notes.",
)
training_examples = tg.Data(
    "Local training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Rolling cache of recent typed sentences, kept on the phone only.",
)
typing_context = tg.Data("Typing context", kind="features", sensitivity=tg.Sensitivity.PII)
suggestions = tg.Data("Next-word suggestions", kind="model-output", sensitivity=tg.Sensitivity.PII)
check_in = tg.Data(
    "Check-in request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Installation id, app and model version, eligibility (idle, charging, Wi-Fi).",
)
training_task = tg.Data(
    "Training task",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Round id, learning rate, local epochs and example count.",
)
device_model = tg.Data(
    "On-device model file",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="TFLite export of the global model, used for local training and suggestions.",
)
model_update = tg.Data(
    "Model update",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Weight delta one phone computed from its local typing, masked for aggregation.",
)
aggregate = tg.Data(
    "Aggregated round update",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkpoint = tg.Data(
    "Global model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="savedmodel",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
round_config = tg.Data("Round configuration", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
public_text = tg.Data("Public text corpus", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC)
eval_report = tg.Data("Evaluation report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("User phones", trust=tg.Trust.UNTRUSTED):
    # The person typing; every keystroke passes through the keyboard.
    user = tm.add(tg.Actor("Phone user", role="keyboard user"))
    # The keyboard app on millions of phones; also runs the local training step.
    keyboard = tm.add(
        tg.Device(
            "Keyboard app",
            fleet=True,
            trains_locally=True,
            description="Android and iOS smartphone keyboard with the federated training runtime.",
            controls={
                c.FederatedLearning(note="typed text never leaves the phone"),
                c.DataMinimization(note="password fields and incognito mode are not cached"),
            },
        )
    )
    # Local cache the training step reads; app-private storage.
    typing_cache = tm.add(
        tg.DataStore(
            "On-device typing cache",
            stores={training_examples},
            controls={
                c.EncryptionAtRest(key_management="OS file-based encryption"),
                c.RetentionLimits(days=14),
            },
        )
    )
    # The next-word model itself, run by the app for each keystroke.
    nwp_model = tm.add(
        tg.Model(
            "Next-word prediction model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Small LSTM language model; returns the top three next words.",
        )
    )

with tm.boundary("CDN provider", trust=tg.Trust.PARTNER):
    # Serves released model files to phones worldwide.
    cdn = tm.add(tg.ExternalService("Model CDN", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Public datasets", trust=tg.Trust.UNTRUSTED):
    # Licensed public text, used to pretrain the first model and for evaluation.
    corpus = tm.add(
        tg.DataSource(
            "Public text corpora",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_text},
        )
    )

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Where phones check in, get their task and upload their update.
    fl_endpoint = tm.add(
        tg.Endpoint(
            "Federated check-in endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Play Integrity / App Attest device attestation token"),
                c.RateLimiting(requests_per_minute=2, note="per installation id"),
            },
        )
    )
    # Combines the updates of a round; sees only the sum.
    aggregator = tm.add(
        tg.Service(
            "Federated aggregation server",
            controls={
                c.SecureAggregation(),
                c.FederatedLearning(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Plans rounds, applies the aggregated update and writes checkpoints.
        orchestrator = tm.add(tg.Pipeline("Federated round orchestrator", stage=tg.Stage.TRAINING))
        # Versioned global checkpoints.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={checkpoint, device_model},
                controls={c.ModelVersioning()},
            )
        )
        # Held-out public sentences for scoring each checkpoint.
        eval_set = tm.add(
            tg.Dataset("Proxy evaluation set", stores={public_text}, purpose="evaluation")
        )
        # Perplexity and top-3 accuracy gates before a release is proposed.
        evaluator = tm.add(
            tg.Pipeline(
                "Checkpoint evaluation",
                stage=tg.Stage.EVALUATION,
                controls={c.ModelValidation(note="perplexity and top-3 accuracy thresholds")},
            )
        )
        # Converts an approved checkpoint to TFLite and publishes it.
        release = tm.add(
            tg.Pipeline(
                "Model release pipeline",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="an ML engineer")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Configures rounds, reads evaluations and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# on the phone
tm.flow(user, keyboard, typed_text, protocol="local")
tm.flow(keyboard, typing_cache, training_examples, protocol="local")
tm.flow(typing_cache, keyboard, training_examples, protocol="local", label="local training")
tm.flow(keyboard, nwp_model, typing_context, protocol="local")
tm.flow(nwp_model, keyboard, suggestions, protocol="local")
tm.flow(keyboard, user, suggestions, protocol="local")

# federated rounds
tm.flow(keyboard, fl_endpoint, check_in, protocol="https")
tm.flow(fl_endpoint, keyboard, training_task, device_model, protocol="https")
tm.flow(keyboard, fl_endpoint, model_update, protocol="https", label="upload update")
tm.flow(fl_endpoint, aggregator, model_update)
tm.flow(aggregator, orchestrator, aggregate)
tm.flow(orchestrator, fl_endpoint, training_task, device_model, label="next round")
tm.flow(ml_engineer, orchestrator, round_config, protocol="https")
tm.flow(corpus, orchestrator, public_text, protocol="https", label="initial pretraining")
tm.flow(orchestrator, registry, checkpoint, device_model)

# evaluation and release
tm.flow(corpus, eval_set, public_text, protocol="https")
tm.flow(eval_set, evaluator, public_text)
tm.flow(registry, evaluator, checkpoint)
tm.flow(evaluator, ml_engineer, eval_report, protocol="https")
tm.flow(ml_engineer, release, release_approval, protocol="https")
tm.flow(registry, release, device_model)
tm.flow(release, cdn, device_model, protocol="https")
tm.flow(cdn, keyboard, device_model, protocol="https", label="model download")
tm.flow(keyboard, nwp_model, device_model, protocol="local", label="load model")
