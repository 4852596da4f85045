"""Esports online qualifiers: anti-cheat telemetry and cheat detection (first design).

A European esports tournament organiser runs online qualifiers for a PC shooter. Players
register and sign in on the organiser's tournament platform with their game account, and
must run the organiser's anti-cheat client during qualifier matches. The client sends
gameplay telemetry, input timing and an integrity scan of the PC to an ingest API in the
organiser's cloud, where a stream job turns it into per-match features. A detection model
scores each match; matches above a threshold go to a case queue that remote referees
review, with the match results from the game publisher's API beside them, before they
disqualify anyone on the platform. Players may appeal through the platform; a head referee
decides appeals. Telemetry and cases are kept for the season, and confirmed cases from
past seasons retrain the model. Controls: TLS, player sign-in via the publisher's OIDC,
ingest rate limits and schema checks, encrypted storage, referee SSO with 2SV and roles,
a referee decision before any disqualification, an appeal route, and audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Esports qualifier anti-cheat telemetry and detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Anti-cheat client telemetry scored by a cheat detection model; referees review "
        "flagged matches before disqualification, players can appeal."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Gameplay telemetry and input timing",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Aim traces, mouse and key timing, view angles, tied to the player's account.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
integrity_scan = tg.Data(
    "PC integrity scan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Running processes, loaded drivers and hardware IDs of the player's PC.",
)
session_token = tg.Data(
    "Player session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
features = tg.Data("Per-match telemetry features", kind="features", sensitivity=tg.Sensitivity.PII)
cheat_score = tg.Data(
    "Cheat likelihood score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flagged_case = tg.Data(
    "Flagged match case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player, match, score, the features behind it and links to the raw telemetry.",
)
match_results = tg.Data(
    "Match results and round events", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
referee_decision = tg.Data(
    "Referee decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sanction = tg.Data("Disqualification notice", kind="records", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Player appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The player's statement, optionally with a video of their screen or hands.",
)
appeal_outcome = tg.Data("Appeal outcome", kind="records", sensitivity=tg.Sensitivity.PII)
player_account = tg.Data(
    "Player account and registration", kind="records", sensitivity=tg.Sensitivity.PII
)
labels = tg.Data(
    "Confirmed cheat labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Cheat detection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Players' PCs", trust=tg.Trust.UNTRUSTED):
    # Competitors in the online qualifiers, playing from home.
    player = tm.add(tg.Actor("Player", role="competitor"))
    # Our client, installed on every player's PC, running during qualifier matches.
    client = tm.add(
        tg.Device(
            "Anti-cheat client",
            fleet=True,
            description="Organiser's Windows client; collects telemetry and a PC scan during matches.",
        )
    )

with tm.boundary("Referees' home PCs", trust=tg.Trust.UNTRUSTED):
    # Freelance referees reviewing cases remotely from their own machines.
    referee = tm.add(tg.Actor("Referee", role="referee"))
    # Decides appeals; never the referee who made the original decision.
    head_referee = tm.add(tg.Actor("Head referee", role="head referee", privileged=True))

with tm.boundary("Game publisher", trust=tg.Trust.PARTNER):
    # The publisher's match API: official results and round events per match,
    # and the game account sign-in the platform uses.
    publisher = tm.add(
        tg.ExternalService(
            "Publisher match and account API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Organiser cloud", trust=tg.Trust.INTERNAL):
    # Player registration, brackets, results, sanctions and the appeal form.
    platform = tm.add(
        tg.Service(
            "Tournament platform",
            internet_facing=True,
            description="Web app for players: registration, brackets, sanctions and appeals.",
            controls={
                c.Authentication(method="OIDC sign-in with the player's game publisher account"),
                c.Contestability(note="players appeal a disqualification within 7 days"),
            },
        )
    )
    # Receives client uploads during matches.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="player session token issued by the tournament platform"),
                c.RateLimiting(requests_per_minute=600, note="per player session"),
                c.SchemaEnforcement(note="protobuf schema, size limits per batch"),
            },
        )
    )
    # Streaming job that builds per-match features from the raw telemetry.
    feature_job = tm.add(tg.Pipeline("Telemetry feature job", stage=tg.Stage.PREPROCESSING))
    # Season store of raw telemetry, scans, features and cases.
    telemetry_store = tm.add(
        tg.DataStore(
            "Season anti-cheat store",
            stores={telemetry, integrity_scan, features},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.RetentionLimits(days=200, note="deleted after the season ends"),
            },
        )
    )
    # Scores each completed qualifier match for each player.
    detector = tm.add(
        tg.Model(
            "Cheat detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model; matches scoring above 0.8 are queued for referees.",
            controls={c.ModelVersioning()},
        )
    )
    # Web console: the queue of flagged matches, evidence viewer, decision form.
    case_review = tm.add(
        tg.Service(
            "Referee case console",
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(),
                c.HumanInTheLoop(approver="a referee decides every flagged match"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Cases, referee decisions and appeals for the season.
    case_db = tm.add(
        tg.DataStore(
            "Case and appeals database",
            stores={flagged_case, referee_decision, appeal, appeal_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Player accounts and registrations.
    account_db = tm.add(tg.DataStore("Player account database", stores={player_account}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Training set built from referee-confirmed cases of past seasons.
        label_set = tm.add(tg.Dataset("Confirmed case training set", stores={labels, features}))
        # Retrains the detector between seasons; an ML engineer deploys the result.
        training = tm.add(
            tg.Pipeline(
                "Off-season retraining",
                stage=tg.Stage.TRAINING,
                controls={c.DataSanitization(note="only cases upheld after the appeal window")},
            )
        )

# ---------------------------------------------------------------- flows
# Sign-in and registration
tm.flow(player, platform, player_account, protocol="https")
tm.flow(platform, publisher, player_account, label="OIDC sign-in", protocol="oidc")
tm.flow(publisher, platform, session_token, label="ID token", protocol="oidc")
tm.flow(platform, account_db, player_account)
tm.flow(account_db, platform, player_account)
tm.flow(platform, client, session_token, protocol="https")

# Telemetry during matches
tm.flow(client, ingest, telemetry, integrity_scan, session_token, protocol="https")
tm.flow(ingest, telemetry_store, telemetry, integrity_scan)
tm.flow(telemetry_store, feature_job, telemetry)
tm.flow(feature_job, telemetry_store, features)
tm.flow(feature_job, detector, features)
tm.flow(detector, case_review, cheat_score, flagged_case, label="matches above threshold")

# Referee review
tm.flow(publisher, case_review, match_results, protocol="https")
tm.flow(telemetry_store, case_review, telemetry, integrity_scan, features, label="evidence")
tm.flow(case_review, referee, flagged_case, telemetry, match_results, protocol="https")
tm.flow(referee, case_review, referee_decision, protocol="https")
tm.flow(case_review, case_db, flagged_case, referee_decision)
tm.flow(case_review, platform, sanction, label="disqualification")
tm.flow(platform, player, sanction, protocol="https")

# Appeals
tm.flow(player, platform, appeal, protocol="https")
tm.flow(platform, case_db, appeal)
tm.flow(case_db, case_review, appeal, flagged_case, referee_decision)
tm.flow(case_review, head_referee, appeal, flagged_case, protocol="https")
tm.flow(head_referee, case_review, appeal_outcome, protocol="https")
tm.flow(case_review, case_db, appeal_outcome)
tm.flow(case_review, platform, appeal_outcome)
tm.flow(platform, player, appeal_outcome, protocol="https")

# Off-season retraining
tm.flow(case_db, label_set, labels, label="upheld cases")
tm.flow(telemetry_store, label_set, features)
tm.flow(label_set, training, labels, features)
tm.flow(training, detector, model_artifact, label="deploy")
