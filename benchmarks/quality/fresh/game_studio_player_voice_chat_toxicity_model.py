"""Voice chat toxicity moderation: the first design, before any security review.

Players of the studio's online game (worldwide, EU players and teenagers among
them) talk in party and match voice chat. The game client sends voice to the
studio's voice servers, which forward the audio of matchmade lobbies to a
moderation service in the studio's cloud. There an open-weights speech-to-text
model transcribes it and an in-house classifier scores each utterance for abuse.
Above a score threshold the moderation service mutes the speaker automatically
for up to 24 hours; repeated or severe cases, and player reports filed from the
client, become cases that Trust & Safety moderators review in a console before
any ban. Moderator verdicts label the examples the classifier is retrained on,
and new versions go through a model registry. Players sign in with their game
account; moderators use studio SSO with MFA; clips and transcripts are kept
encrypted for 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Player voice chat toxicity moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Transcribes and scores players' voice chat for abuse, mutes automatically "
        "and sends bans to human review."
    ),
)

# ---------------------------------------------------------------- data assets
voice = tg.Data(
    "Player voice audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live voice chat of players, tagged with their account and match ids.",
)
clips = tg.Data("Voice chat clips", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Voice transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
scores = tg.Data(
    "Toxicity scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-utterance scores for harassment, hate speech and threats, by player.",
)
report = tg.Data(
    "Player report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reporter, reported player, match id, reason and free-text comment.",
)
session_token = tg.Data("Game session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
mute = tg.Data("Automatic mute", kind="records", sensitivity=tg.Sensitivity.PII)
case = tg.Data(
    "Moderation case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Clips, transcripts, scores and reports gathered for one player.",
)
ban = tg.Data("Ban ruling", kind="records", sensitivity=tg.Sensitivity.PII)
sanctions = tg.Data(
    "Player sanctions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
labels = tg.Data("Moderator labels", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL)
examples = tg.Data(
    "Labeled transcripts",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Transcripts with the moderators' verdicts, used to retrain the classifier.",
)
weights = tg.Data(
    "Toxicity classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Players speak, are muted or banned, and file reports.
    player = tm.add(tg.Actor("Player", role="player"))
    # The game running on the player's PC or console: captures the microphone.
    client = tm.add(
        tg.Device(
            "Game client",
            description="Game on the player's PC or console; captures and plays voice, files reports.",
        )
    )

with tm.boundary("Game backend", trust=tg.Trust.INTERNAL):
    # Relays voice between players in a party or match, and applies mutes.
    voice_server = tm.add(
        tg.Service(
            "Voice chat servers",
            internet_facing=True,
            description="Mix and relay voice; forward matchmade-lobby audio to moderation.",
            controls={c.Authentication(method="game session token from account sign-in")},
        )
    )
    # Where clients file player reports.
    report_api = tm.add(
        tg.Endpoint(
            "Player report API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="game session token from account sign-in"),
                c.RateLimiting(requests_per_minute=10, note="per account"),
            },
        )
    )
    # Holds mutes and bans, and tells the voice and game servers to enforce them.
    sanctions_svc = tm.add(
        tg.Service(
            "Sanctions service",
            controls={
                c.HumanInTheLoop(
                    approver="Trust & Safety moderator",
                    note="bans only; mutes of up to 24 hours apply automatically",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Moderation platform", trust=tg.Trust.INTERNAL):
    # Streams audio through transcription and scoring, and opens cases.
    moderation = tm.add(
        tg.Service(
            "Voice moderation service",
            description="Transcribes and scores audio, mutes above the threshold, opens cases.",
        )
    )
    # Open-weights speech-to-text model served on the studio's GPUs.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # The in-house abuse classifier whose score triggers automatic mutes.
    classifier = tm.add(
        tg.Model(
            "Voice toxicity classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores transcripts for abuse; above 0.9 the speaker is muted.",
        )
    )
    # Clips, transcripts, scores and reports kept for review and appeals.
    case_store = tm.add(
        tg.DataStore(
            "Moderation case store",
            stores={case, clips, transcript, scores},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Where moderators review cases and rule on bans.
    console = tm.add(
        tg.Endpoint(
            "Moderation review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="studio SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Studio corporate network", trust=tg.Trust.INTERNAL):
    # Trust & Safety staff and contractors who decide bans.
    moderator = tm.add(tg.Actor("Trust & Safety moderator", role="moderator"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Moderator-labeled transcripts the classifier is retrained on.
    train_set = tm.add(tg.Dataset("Labeled voice transcript set", stores={examples}))
    # Monthly retraining of the classifier.
    training = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING))
    # Versions of the classifier; the serving version is pinned here.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Voice
tm.flow(player, client, voice, label="microphone")
tm.flow(client, player, voice, label="speakers")
tm.flow(client, voice_server, session_token, voice, protocol="dtls-srtp")
tm.flow(voice_server, client, voice, protocol="dtls-srtp")
tm.flow(voice_server, moderation, clips, protocol="grpc", label="matchmade-lobby audio")

# Transcription and scoring
tm.flow(moderation, stt, clips)
tm.flow(stt, moderation, transcript)
tm.flow(moderation, classifier, transcript)
tm.flow(classifier, moderation, scores)
tm.flow(moderation, sanctions_svc, mute, protocol="https", label="score above threshold")
tm.flow(moderation, case_store, case, clips, transcript, scores)

# Reports
tm.flow(player, client, report, label="in-game report menu")
tm.flow(client, report_api, session_token, report, protocol="https")
tm.flow(report_api, moderation, report, protocol="https")

# Human review of bans
tm.flow(case_store, console, case, clips, transcript, scores)
tm.flow(console, moderator, case, protocol="https")
tm.flow(moderator, console, ban, labels, protocol="https")
tm.flow(console, sanctions_svc, ban, protocol="https")
tm.flow(sanctions_svc, voice_server, sanctions, protocol="https", label="enforce mute or ban")
tm.flow(sanctions_svc, client, sanctions, protocol="https", label="mute or ban notice")

# Retraining
tm.flow(console, train_set, examples, label="verdicts with transcripts")
tm.flow(train_set, training, examples)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy pinned version")
