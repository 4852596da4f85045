"""Mobile game cheat detector: the first design, before any security review.

Our mobile shooter ships with a client-side integrity SDK that reports root and
jailbreak status, tampered binaries and hooking frameworks alongside ordinary
gameplay telemetry (inputs, shot accuracy, movement, match results). Clients send
both, signed by the SDK, to the game API gateway, which lands them in the
telemetry lake. An hourly job turns the telemetry into per-account features; the
enforcement service scores them with an in-house cheat classifier and bans every
account above a score threshold automatically, keeping an evidence bundle per ban.
Banned players appeal through a web portal; support agents review the evidence in
their console and can lift a ban. Bans and appeal outcomes become labels for a
weekly retraining job that publishes the model to a registry. Players are global,
EU included, so GDPR applies. Existing controls: player login on the gateway and
portal, gateway quotas, SSO and roles for support staff, ban logging, and
encryption at rest on the player databases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile game cheat detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Automatic cheat bans from gameplay telemetry and client integrity signals, "
    "with a player appeal process and retraining from outcomes.",
)

# ---------------------------------------------------------------- data assets
gameplay = tg.Data("Gameplay input", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
telemetry = tg.Data(
    "Gameplay telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account id, device id, IP address, match events and input timings.",
)
integrity = tg.Data(
    "Integrity signals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Root/jailbreak, tamper and hook detections from the client SDK, per device.",
)
account_status = tg.Data("Account status", sensitivity=tg.Sensitivity.PII, kind="records")
ban_notice = tg.Data("Ban notice", sensitivity=tg.Sensitivity.PII, kind="records")
features = tg.Data("Cheat features", sensitivity=tg.Sensitivity.PII, kind="features")
cheat_score = tg.Data("Cheat score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
ban = tg.Data(
    "Ban decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
evidence = tg.Data(
    "Ban evidence bundle",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Score, top features and integrity flags that triggered the ban.",
)
appeal = tg.Data(
    "Player appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text explanation, contact email and optional screenshots.",
)
appeal_outcome = tg.Data("Appeal outcome", sensitivity=tg.Sensitivity.PII, kind="labels")
labels = tg.Data(
    "Cheat labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Upheld bans as positives, overturned bans as negatives.",
)
training_set = tg.Data(
    "Labeled feature snapshots", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
weights = tg.Data("Cheat model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
promotion = tg.Data("Promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Player devices", trust=tg.Trust.UNTRUSTED):
    # Any player, cheaters included; they also use the appeal portal from here.
    player = tm.add(tg.Actor("Player", role="player"))
    # The shipped game with the integrity SDK; runs on hardware the cheater controls.
    client = tm.add(
        tg.Device(
            "Game client with integrity SDK",
            description="iOS and Android builds; the SDK collects and signs integrity signals.",
        )
    )

with tm.boundary("Game backend", trust=tg.Trust.INTERNAL):
    # Single public entry for game sessions and telemetry uploads.
    gateway = tm.add(
        tg.Endpoint(
            "Game API gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="player session token"),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # Raw telemetry kept 90 days for scoring and for evidence.
    lake = tm.add(
        tg.DataStore(
            "Telemetry lake",
            stores={telemetry, integrity},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Player accounts, including ban status checked at every login.
    accounts = tm.add(
        tg.DataStore(
            "Player account database",
            stores={account_status, ban},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Hourly batch that aggregates telemetry into per-account features.
    feature_job = tm.add(tg.Pipeline("Hourly feature job", stage=tg.Stage.PREPROCESSING))
    # Applies the threshold: scores each account and bans automatically above it.
    enforcement = tm.add(
        tg.Service(
            "Enforcement service",
            description="Bans accounts whose cheat score is above 0.95; no human before the ban.",
            controls={
                c.AuditLogging(retention_days=365),
                c.ExplainabilityLogging(note="an evidence bundle is written for every ban"),
                c.Contestability(note="banned players can appeal to support"),
            },
        )
    )
    # The in-house classifier behind the bans.
    model = tm.add(
        tg.Model(
            "Cheat classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over gameplay and integrity features.",
        )
    )
    # Evidence bundles and appeal cases, read by support and by retraining.
    cases = tm.add(
        tg.DataStore("Ban and appeal case store", stores={evidence, appeal, appeal_outcome})
    )
    # Public web form where banned players contest a ban and see the result.
    portal = tm.add(
        tg.Endpoint(
            "Appeal portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="player account login")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labels from bans and appeals joined with the feature snapshots.
        dataset = tm.add(tg.Dataset("Cheat training set", stores={labels, training_set}))
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Versioned models the enforcement service loads from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews appeals and can lift bans.
    support = tm.add(tg.Actor("Support agent", role="player support"))
    # Internal tool showing evidence and recording appeal decisions.
    console = tm.add(
        tg.Service(
            "Support console",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Owns the model; promotes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(player, client, gameplay, label="plays")
tm.flow(
    client,
    gateway,
    telemetry,
    integrity,
    protocol="https",
    controls={c.MessageIntegrity(note="SDK signs each batch with a key embedded in the app")},
)
tm.flow(gateway, client, ban_notice, protocol="https", label="session refused when banned")
tm.flow(accounts, gateway, account_status, label="login check")
tm.flow(gateway, lake, telemetry, integrity)

tm.flow(lake, feature_job, telemetry, integrity)
tm.flow(feature_job, enforcement, features)
tm.flow(enforcement, model, features)
tm.flow(model, enforcement, cheat_score)
tm.flow(enforcement, accounts, ban, label="ban above threshold")
tm.flow(enforcement, cases, evidence)

tm.flow(player, portal, appeal, protocol="https")
tm.flow(portal, player, appeal_outcome, protocol="https")
tm.flow(portal, cases, appeal)
tm.flow(cases, portal, appeal_outcome, label="appeal status")
tm.flow(cases, console, evidence, appeal)
tm.flow(console, support, evidence, appeal, label="case view")
tm.flow(support, console, appeal_outcome, label="uphold or overturn")
tm.flow(console, cases, appeal_outcome)
tm.flow(console, accounts, ban, label="lift ban")

tm.flow(cases, dataset, labels, label="bans and appeal outcomes")
tm.flow(feature_job, dataset, training_set, label="feature snapshots")
tm.flow(dataset, training, labels, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, label="promotes version")
tm.flow(registry, model, weights, label="deploy")
