"""Game chat moderation: the first design, before any security review.

Players chat in-game through the game client, which keeps a WebSocket open to our
chat service. Every message is scored by a toxicity classifier that we fine-tuned
from an open-weights text model downloaded from a public model hub; messages above
the threshold are hidden from other players and logged as flags. A sanctions
service counts flags per player and mutes a player automatically after repeated
flags. Muted players can appeal on a web page; human moderators review appeals and
flagged messages in a moderation web console and uphold or lift mutes. Each month
the moderators' decisions are exported as labels and the classifier is fine-tuned
again on them, evaluated on a holdout set and published to a model registry that
serving loads from. Everything runs in the game's cloud account; players sign in
with their game account, moderators with company SSO, and chat is rate limited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Game chat moderation",
    profile=tg.RiskProfile.LOW,
    description=(
        "Toxicity classifier hides in-game chat messages and auto-mutes repeat offenders; "
        "appeals go to human moderators whose decisions retrain the classifier monthly."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Chat message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text typed by a player, with player id, match id and channel.",
)
chat_feed = tg.Data(
    "Delivered chat and mute notices",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Messages that passed moderation, plus system notices such as 'you are muted'.",
)
verdict = tg.Data(
    "Toxicity verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-category toxicity scores and the hide/show decision.",
)
flags = tg.Data(
    "Flag events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged messages with their scores, player id and time.",
)
sanction = tg.Data(
    "Mute status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-player mute state, reason, start and expiry.",
)
appeal = tg.Data(
    "Appeal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The player's statement contesting a mute or a hidden message.",
)
moderator_decision = tg.Data(
    "Moderator decision",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Uphold or overturn, with the corrected toxicity label for the message.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Fine-tuning set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged messages joined with moderator labels, accumulated month by month.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Open-weights base model",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="safetensors",
    description="A public multilingual encoder downloaded from the model hub.",
)
classifier_weights = tg.Data(
    "Fine-tuned classifier",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="safetensors",
)
train_config = tg.Data(
    "Training run configuration",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hyperparameters, thresholds and the go/no-go for publishing.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who owns the game can chat, including trolls and spammers.
    player = tm.add(tg.Actor("Player", role="player"))
    # The installed game; it runs on players' machines and can be modified.
    client = tm.add(tg.Device("Game client", fleet=True))
    # Public hub the base model is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Game backend", trust=tg.Trust.INTERNAL):
    # Relays chat between players and hides messages the classifier flags.
    chat = tm.add(
        tg.Service(
            "Chat service",
            internet_facing=True,
            controls={
                c.Authentication(method="game session token"),
                c.RateLimiting(requests_per_minute=30, note="per-player message throttle"),
            },
        )
    )
    # Scores every message for toxicity before it is delivered.
    classifier = tm.add(
        tg.Model(
            "Toxicity classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights encoder fine-tuned in-house; served on GPU nodes.",
        )
    )
    # Counts flags per player and applies automatic mutes.
    sanctions = tm.add(
        tg.Service(
            "Sanctions service",
            description="Mutes a player for 24 hours after three flags in an hour.",
            controls={c.Contestability(note="muted players can appeal to a moderator")},
        )
    )
    # Stores flagged messages and their scores for moderators and retraining.
    flag_store = tm.add(
        tg.DataStore(
            "Flag log",
            stores={flags},
            controls={c.EncryptionAtRest(key_management="cloud provider default")},
        )
    )
    # Player accounts with their mute status and open appeals.
    player_db = tm.add(tg.DataStore("Player sanctions database", stores={sanction, appeal}))
    # Web page where a muted player submits an appeal and sees its outcome.
    appeals = tm.add(
        tg.Endpoint(
            "Appeals page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="game account login (OAuth)")},
        )
    )
    # Web console where moderators review appeals and flagged messages.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={
                c.Authentication(method="company SSO"),
                c.RBAC(note="moderator and lead roles"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Moderator-labelled messages used for the monthly fine-tune.
        dataset = tm.add(
            tg.Dataset("Moderation label set", stores={training_set}, purpose="fine-tuning")
        )
        # Monthly fine-tuning job; installs its Python dependencies at run time.
        finetune = tm.add(
            tg.Pipeline(
                "Monthly fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="holdout accuracy and false-positive rate check")},
            )
        )
        # Versioned classifier weights that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={classifier_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust-and-safety staff who decide appeals; their calls become training labels.
    moderator = tm.add(tg.Actor("Human moderator", role="moderator"))
    # Runs and publishes the monthly fine-tune.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# In-game chat
tm.flow(player, client, message)
tm.flow(client, player, chat_feed)
tm.flow(client, chat, message, protocol="wss")
tm.flow(chat, client, chat_feed, protocol="wss")
tm.flow(chat, classifier, message)
tm.flow(classifier, chat, verdict)
tm.flow(chat, flag_store, flags)
tm.flow(chat, sanctions, flags)
tm.flow(flag_store, sanctions, flags, label="recent flag count")
tm.flow(sanctions, player_db, sanction)
tm.flow(sanctions, chat, sanction, label="enforce mute")

# Appeals
tm.flow(player, appeals, appeal, protocol="https")
tm.flow(appeals, player, sanction, protocol="https", label="appeal outcome")
tm.flow(appeals, player_db, appeal)
tm.flow(player_db, appeals, sanction)
tm.flow(player_db, console, appeal, sanction)
tm.flow(flag_store, console, flags)
tm.flow(console, moderator, appeal, flags, protocol="https")
tm.flow(moderator, console, moderator_decision, protocol="https")
tm.flow(console, player_db, sanction, label="uphold or lift mute")
tm.flow(console, dataset, moderator_decision, training_set, label="export labels")

# Monthly retraining
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(dataset, finetune, training_set)
tm.flow(ml_engineer, finetune, train_config)
tm.flow(finetune, registry, classifier_weights)
tm.flow(registry, classifier, classifier_weights, label="load on deploy")
