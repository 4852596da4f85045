"""Voice chat toxicity moderation for an online multiplayer game: first design.

Players talk in match and party voice through the game client. The voice relay
forwards each stream to the other players and taps a copy to a self-hosted speech
recognition model (open weights, fine-tuned on game slang). A toxicity classifier
scores each transcript segment; above a threshold the enforcement service mutes
the speaker and flags repeat offenders' accounts, keeping the clip and transcript
around each action. Players appeal on the player portal; contracted moderators at
a BPO office review clips in the moderation console and uphold or overturn.
Decided cases become labels for the classifier's monthly retraining. Everything
runs in our game cloud. Voice is encrypted to the relay, the portal uses game
account login, moderators use SSO with roles and audit logs, and clips are
encrypted at rest and deleted after 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Game voice chat toxicity moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Real-time transcription and toxicity scoring of player voice chat, "
    "with automatic mutes, player appeals and moderator review.",
)

# ---------------------------------------------------------------- data assets
voice = tg.Data(
    "Player voice stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live Opus audio of a speaker, tied to the player id.",
)
transcript = tg.Data("Transcript segments", kind="model-output", sensitivity=tg.Sensitivity.PII)
tox_score = tg.Data("Toxicity scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
sanction = tg.Data(
    "Mute and flag actions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
clips = tg.Data(
    "Evidence clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio clip and transcript around each enforcement action.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
appeal = tg.Data("Player appeal", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Appeal decision", kind="labels", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Toxicity training labels",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
account = tg.Data("Player account standing", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can make a free account; some players are abusive, some are minors.
    player = tm.add(tg.Actor("Player", role="player"))
    # The game running on players' PCs and consoles captures the microphone.
    client = tm.add(tg.Device("Game client", fleet=True))

with tm.boundary("Game cloud", trust=tg.Trust.INTERNAL):
    # Mixes and forwards voice between players; taps a copy for moderation.
    relay = tm.add(
        tg.Service(
            "Voice relay",
            internet_facing=True,
            controls={c.RateLimiting(note="per-connection bitrate cap")},
        )
    )
    # Public player portal; the appeals page is one of its routes.
    portal = tm.add(
        tg.Endpoint(
            "Player appeals portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="game account OAuth")},
        )
    )
    # Stores account standing: mutes, flags, strikes.
    accounts = tm.add(tg.DataStore("Player account service", stores={account}))
    # Web console where moderators listen to clips and decide appeals.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={
                c.Authentication(method="SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Moderation ML", trust=tg.Trust.INTERNAL):
        # Self-hosted speech-to-text, fine-tuned on in-game vocabulary.
        asr = tm.add(
            tg.Model(
                "Speech recognition model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Whisper-family model fine-tuned on game voice.",
            )
        )
        # Scores each transcript segment for harassment, slurs and threats.
        classifier = tm.add(
            tg.Model(
                "Toxicity classifier",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
            )
        )
        # Applies mutes and flags automatically when a score crosses the threshold.
        enforcement = tm.add(
            tg.Service(
                "Enforcement service",
                controls={c.Contestability(note="every action can be appealed on the portal")},
            )
        )
        # Evidence for appeals and the source of new labels.
        clip_store = tm.add(
            tg.DataStore(
                "Clip store",
                stores={clips},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=90),
                },
            )
        )
        # Confirmed and overturned cases, with their clips' transcripts.
        training_set = tm.add(tg.Dataset("Toxicity label set", stores={labels}))
        # Monthly retraining of the classifier.
        training = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING))
        # Holds classifier versions; serving loads the latest one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Moderation BPO office", trust=tg.Trust.PARTNER):
    # Contracted moderators who review appeals.
    moderator = tm.add(tg.Actor("Moderator", role="moderator"))

# ---------------------------------------------------------------- flows
tm.flow(player, client, voice, label="microphone")
tm.flow(client, relay, voice, protocol="dtls-srtp")
tm.flow(relay, client, voice, protocol="dtls-srtp", label="other players' voice")
tm.flow(client, player, voice, label="speakers")

tm.flow(relay, asr, voice, protocol="grpc", label="tapped copy")
tm.flow(asr, classifier, transcript)
tm.flow(classifier, enforcement, tox_score, transcript)
tm.flow(enforcement, relay, sanction, label="mute speaker")
tm.flow(enforcement, accounts, sanction, label="flag account")
tm.flow(relay, clip_store, clips, label="buffered audio around the action")
tm.flow(enforcement, clip_store, transcript, sanction)
tm.flow(accounts, client, account, protocol="https", label="mute and strike notices")

tm.flow(player, portal, appeal, protocol="https")
tm.flow(portal, player, decision, protocol="https")
tm.flow(portal, console, appeal, label="appeal queue")
tm.flow(clip_store, console, clips)
tm.flow(moderator, console, decision, protocol="https")
tm.flow(console, moderator, clips, appeal, protocol="https")
tm.flow(console, portal, decision)
tm.flow(console, accounts, decision, label="lift or uphold")
tm.flow(console, training_set, labels, label="confirmed and overturned cases")

tm.flow(training_set, training, labels)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy latest")
