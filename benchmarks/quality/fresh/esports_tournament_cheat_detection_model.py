"""Esports tournament cheat detection: the first design, before any security review.

An esports tournament organiser based in the EU requires every registered player
to install its anti-cheat client on the Windows PC they compete from. During
tournament matches the client streams game telemetry (inputs, aim traces, process
list) and periodic screenshots over HTTPS to an ingestion API in the organiser's
cloud, authenticated with a per-install client key. After each match a scoring
service asks an in-house model for aimbot and wallhack scores. High-scoring
matches land in a case review console where tournament admins (company SSO with
MFA, role-based access, audited) look at the evidence and decide on bans, which
are written to the sanctions database and enforced by the tournament platform.
Banned players appeal through an appeals portal; an independent integrity panel
decides appeals in the same console. Confirmed verdicts become training labels
for periodic retraining; models are versioned in a registry.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Esports tournament cheat detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Anti-cheat telemetry and screenshots scored by a model; admins ban, a panel hears appeals.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Game telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Per-player input events, aim traces, hardware IDs and running processes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
screenshots = tg.Data(
    "Player screenshots",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Periodic full-screen captures of the player's PC during matches.",
)
match_features = tg.Data("Match features", kind="features", sensitivity=tg.Sensitivity.PII)
cheat_scores = tg.Data(
    "Aimbot and wallhack scores", kind="model-output", sensitivity=tg.Sensitivity.PII
)
cases = tg.Data("Flagged match cases", kind="records", sensitivity=tg.Sensitivity.PII)
ban_decision = tg.Data(
    "Ban decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
player_standing = tg.Data("Player sanction status", kind="records", sensitivity=tg.Sensitivity.PII)
registration = tg.Data(
    "Player registration and match check-in", kind="records", sensitivity=tg.Sensitivity.PII
)
ban_notice = tg.Data("Ban notice", kind="documents", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data("Ban appeal", kind="documents", sensitivity=tg.Sensitivity.PII)
appeal_decision = tg.Data("Appeal decision", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Confirmed cheat verdict labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Cheat model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered competitors; some of them will try to cheat or to dodge a ban.
    player = tm.add(tg.Actor("Player", role="tournament competitor"))

with tm.boundary("Player PCs", trust=tg.Trust.UNTRUSTED):
    # The organiser's client runs on hardware the player fully controls.
    client = tm.add(
        tg.Device(
            "Anti-cheat client",
            fleet=True,
            description="Windows PC client required for every tournament match; captures "
            "telemetry and screenshots.",
        )
    )

with tm.boundary("Integrity panel", trust=tg.Trust.PARTNER):
    # Independent panel members (not staff) who hear ban appeals.
    panel = tm.add(tg.Actor("Integrity panel member", role="appeal reviewer"))

with tm.boundary("Anti-cheat cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for the clients' uploads.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="per-install client key issued when the player links the client"
                ),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # Raw evidence kept for scoring, review, appeals and retraining.
    evidence_store = tm.add(
        tg.DataStore(
            "Telemetry and screenshot store",
            stores={telemetry, screenshots},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds match features after each match and calls the model.
    scoring = tm.add(
        tg.Service(
            "Match scoring service",
            description="Runs when a match ends; flags matches above a threshold.",
        )
    )
    # Scores each player's match for aimbot and wallhack patterns.
    model = tm.add(
        tg.Model(
            "Cheat detection model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees plus a sequence model over aim traces.",
        )
    )
    # Where admins review flagged matches and the panel hears appeals.
    console = tm.add(
        tg.Service(
            "Case review console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(approver="tournament admin"),
            },
        )
    )
    # Who is banned, until when, and appeal outcomes.
    sanctions_db = tm.add(
        tg.DataStore("Sanctions database", stores={ban_decision, appeal_decision})
    )
    # Existing registration and match platform; refuses banned players.
    platform = tm.add(
        tg.Service(
            "Tournament platform",
            internet_facing=True,
            controls={c.Authentication(method="player account e-mail and password")},
        )
    )
    # Players submit an appeal against a ban.
    appeals = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="player account e-mail and password"),
                c.Contestability(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Periodic retraining on confirmed verdicts.
        training = tm.add(tg.Pipeline("Cheat model retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts promoted to scoring.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Organiser office", trust=tg.Trust.INTERNAL):
    # Staff who decide bans from the flagged cases.
    admin = tm.add(tg.Actor("Tournament admin", role="integrity staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(player, platform, registration, protocol="https")
tm.flow(platform, player, ban_notice, protocol="https")

tm.flow(client, ingest, telemetry, screenshots, protocol="https")
tm.flow(ingest, evidence_store, telemetry, screenshots)
tm.flow(evidence_store, scoring, telemetry)
tm.flow(scoring, model, match_features)
tm.flow(model, scoring, cheat_scores)
tm.flow(scoring, console, cases, cheat_scores, label="scores above review threshold")

tm.flow(evidence_store, console, telemetry, screenshots, label="evidence for review")
tm.flow(console, admin, cases, telemetry, screenshots, protocol="https")
tm.flow(admin, console, ban_decision, protocol="https")
tm.flow(console, sanctions_db, ban_decision)
tm.flow(sanctions_db, platform, player_standing, label="ban enforcement")

tm.flow(player, appeals, appeal, protocol="https")
tm.flow(appeals, console, appeal)
tm.flow(console, panel, appeal, cases, screenshots, protocol="https")
tm.flow(panel, console, appeal_decision, protocol="https")
tm.flow(console, sanctions_db, appeal_decision)
tm.flow(sanctions_db, appeals, appeal_decision, label="appeal outcome")
tm.flow(appeals, player, appeal_decision, protocol="https")

tm.flow(console, training, labels, label="confirmed verdicts")
tm.flow(evidence_store, training, telemetry)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
