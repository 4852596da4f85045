"""Esports league anti-cheat scoring: the first design, before any security review.

Players in the league's European pro and challenger divisions play official matches
on their own PCs. The league's game client plug-in streams match telemetry (input
timings, aim traces, a list of running processes and a hardware fingerprint) to a
telemetry ingest API in the league's cloud; the game publisher's tournament server
pushes the authoritative server-side match log at the end of each match. After a match
a scoring service builds features from both, asks an in-house cheat-detection model for
a score, and opens a review case for matches above the threshold. Referees review the
case in a web console and decide on sanctions, which are recorded in the disciplinary
records and e-mailed to the player. Referee verdicts become labels for retraining; an
ML engineer promotes new model versions from the registry. Controls in this design:
session-token authentication, rate limits and a schema on the ingest API, encryption
at rest of the telemetry lake, SSO with MFA and role-based access for referees, a
referee decision before any sanction, and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Esports league anti-cheat telemetry model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores official-match telemetry for cheating; referees decide sanctions.",
)

# ---------------------------------------------------------------- data assets
gameplay = tg.Data(
    "Gameplay input",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Keyboard, mouse and controller input the player gives the game.",
)
client_telemetry = tg.Data(
    "Client match telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Input timings, aim traces, running-process list and hardware "
    "fingerprint, keyed by the player's league account.",
)
server_log = tg.Data(
    "Server match log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Authoritative positions, hits and kill events from the tournament server.",
)
features = tg.Data("Match features", kind="features", sensitivity=tg.Sensitivity.PII)
cheat_score = tg.Data("Cheat score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
review_case = tg.Data(
    "Flagged match case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Score, top feature contributions, telemetry excerpts and the match replay link.",
)
verdict = tg.Data(
    "Referee verdict",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
sanction = tg.Data(
    "Sanction decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Forfeit, suspension or ban, with the reasons and the appeal deadline.",
)
sanction_notice = tg.Data("Sanction notice", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Verdict labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_telemetry = tg.Data(
    "Historical match telemetry", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Cheat model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The competitor whose matches are scored; the one with a reason to cheat.
    player = tm.add(tg.Actor("Player", role="league competitor"))
    # The game with the league's telemetry plug-in, on the player's own PC.
    game_client = tm.add(
        tg.Device(
            "Player game client",
            fleet=True,
            description="Game client plus the league plug-in, on players' own Windows PCs.",
        )
    )

with tm.boundary("Game publisher", trust=tg.Trust.PARTNER):
    # The publisher runs the official tournament servers and shares their match logs.
    tournament_server = tm.add(
        tg.ExternalService(
            "Publisher tournament server",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Authoritative game server for official matches.",
        )
    )

with tm.boundary("League cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for client telemetry and server logs.
    ingest_api = tm.add(
        tg.Endpoint(
            "Telemetry ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-match session token issued at league client login"),
                c.RateLimiting(requests_per_minute=600),
                c.SchemaEnforcement(),
            },
        )
    )
    # Raw telemetry and server logs kept for scoring, appeals and retraining.
    telemetry_lake = tm.add(
        tg.DataStore(
            "Telemetry lake",
            stores={client_telemetry, server_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds features after each match and asks the model for a score.
    scoring = tm.add(
        tg.Service(
            "Match scoring service",
            description="Runs when a match ends; opens a case above the review threshold.",
            controls={c.ExplainabilityLogging()},
        )
    )
    # The cheat detector itself; its flags put players' careers at stake.
    cheat_model = tm.add(
        tg.Model(
            "Cheat detection model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores each player-match for aimbot, triggerbot and macro use.",
        )
    )
    # Queue of flagged matches and the referees' verdicts on them.
    case_store = tm.add(tg.DataStore("Review case store", stores={review_case, verdict}))
    # Where referees look at the evidence and decide.
    referee_console = tm.add(
        tg.Endpoint(
            "Referee review console",
            purpose=tg.EndpointPurpose.API,
            description="Web app listing flagged matches with evidence and replay links.",
            controls={
                c.Authentication(method="league SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
                c.HumanInTheLoop(approver="the match's assigned referee"),
            },
        )
    )

    with tm.boundary("Integrity office", trust=tg.Trust.RESTRICTED):
        # The league's official record of sanctions, used for appeals and eligibility.
        disciplinary = tm.add(
            tg.DataStore(
                "Disciplinary records",
                stores={sanction},
                controls={c.RBAC()},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Verdict labels joined with the telemetry of the matches they judge.
    training_set = tm.add(
        tg.Dataset("Labeled match set", stores={labels, training_telemetry}, purpose="training")
    )
    # Monthly retraining of the detector.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Holds every trained version; scoring loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("League operations network", trust=tg.Trust.INTERNAL):
    # League officials who review flagged matches and decide sanctions.
    referee = tm.add(tg.Actor("Referee", role="league referee"))
    # Owns the model and promotes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(player, game_client, gameplay, label="plays the match on own PC")
tm.flow(game_client, ingest_api, client_telemetry, protocol="https")
tm.flow(tournament_server, ingest_api, server_log, protocol="https", label="end-of-match push")
tm.flow(ingest_api, telemetry_lake, client_telemetry, server_log)

tm.flow(telemetry_lake, scoring, client_telemetry, server_log, label="on match end")
tm.flow(scoring, cheat_model, features)
tm.flow(cheat_model, scoring, cheat_score)
tm.flow(scoring, case_store, review_case, label="score above review threshold")

tm.flow(case_store, referee_console, review_case)
tm.flow(referee_console, referee, review_case, protocol="https")
tm.flow(referee, referee_console, verdict, protocol="https")
tm.flow(referee_console, case_store, verdict)
tm.flow(referee_console, disciplinary, sanction)
tm.flow(disciplinary, referee_console, sanction, label="player's sanction history")
tm.flow(referee_console, player, sanction_notice, protocol="smtps", label="e-mailed notice")

tm.flow(case_store, training_set, labels, label="weekly export")
tm.flow(telemetry_lake, training_set, training_telemetry, label="weekly export")
tm.flow(training_set, training, labels, training_telemetry)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="promotes a version")
tm.flow(registry, cheat_model, model_artifact, label="deploy")
