"""Chess platform cheat detection: the first design, before any security review.

Players on our online chess platform play rated games from the browser or the
mobile app; the game server relays moves over websockets and archives every
finished game with its move times and client focus events. After each game an
engine-analysis pipeline runs Stockfish over the moves and computes fair-play
features (engine-match rate, centipawn loss, move-time patterns), and a scoring
service asks an in-house gradient-boosted model for a cheating score. Accounts
above the threshold go to a case queue that the fair-play team works through in
an internal review console (company SSO, roles, audit log). Only a person closes
an account; closing it also refunds the rating points the cheater took from
opponents. Closed players are told by e-mail and can appeal through an appeals
form. Confirmed and cleared cases become labels for a weekly retraining job whose
models are versioned in a registry. Players are worldwide, many in the EU.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Chess platform cheat detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags engine-assisted players for fair-play review, account closure and rating refunds.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Player sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
moves = tg.Data(
    "Moves and clock times",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Each move with the time spent on it, sent live during a game.",
)
game_records = tg.Data(
    "Game records with telemetry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Finished games (PGN), move timestamps, account ids, IP address and tab-focus events.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data(
    "Fair-play features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Engine-match rate, average centipawn loss and move-time statistics per player.",
)
score = tg.Data("Cheating score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
cases = tg.Data(
    "Fair-play cases",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Accounts above the threshold, with the games and evidence behind the score.",
)
review_decision = tg.Data(
    "Review decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
closure = tg.Data("Account closure decision", sensitivity=tg.Sensitivity.PII, kind="records")
refund = tg.Data(
    "Rating refund order",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Rating points to give back to each opponent of the closed account.",
)
notice = tg.Data("Closure notice", sensitivity=tg.Sensitivity.PII, kind="documents")
appeal = tg.Data(
    "Player appeal",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="The player's explanation and any attachments they send.",
)
appeal_outcome = tg.Data("Appeal outcome", sensitivity=tg.Sensitivity.PII, kind="documents")
labels = tg.Data(
    "Fair-play labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Cheat model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can sign up and play, including people who run an engine beside the board.
    player = tm.add(tg.Actor("Player", role="chess player"))

with tm.boundary("Platform cloud", trust=tg.Trust.INTERNAL):
    # Relays moves between the two players and keeps the clocks; the only place games are played.
    game_server = tm.add(
        tg.Service(
            "Game server",
            description="Websocket game server behind the public load balancer.",
            controls={tg.controls.Authentication(method="e-mail and password, optional TOTP")},
        )
    )
    # Every finished game, the raw material for fair-play analysis.
    game_archive = tm.add(tg.DataStore("Game archive", stores={game_records}))
    # Owns accounts: closes them on a fair-play decision and e-mails the player.
    account_service = tm.add(
        tg.Service(
            "Account service",
            controls={tg.controls.HumanInTheLoop(approver="fair-play analyst")},
        )
    )
    # Recomputes ratings; gives opponents back the points lost to a closed account.
    rating_service = tm.add(tg.Service("Rating service"))
    # Public form where a closed player contests the decision.
    appeals = tm.add(
        tg.Endpoint(
            "Appeals form",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password, optional TOTP"),
                tg.controls.Contestability(
                    note="a second fair-play analyst re-reviews each appeal"
                ),
            },
        )
    )

    with tm.boundary("Fair-play zone", trust=tg.Trust.RESTRICTED):
        # Runs Stockfish over each finished game and turns it into per-player features.
        engine_pipeline = tm.add(
            tg.Pipeline(
                "Engine analysis pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
            )
        )
        # Features per player across recent games, for scoring and training.
        feature_store = tm.add(
            tg.FeatureStore("Fair-play feature store", stores={features}, online=False)
        )
        # The detector itself: probability that a player used engine help.
        model = tm.add(
            tg.Model(
                "Cheat detection model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees over engine-match and timing features.",
            )
        )
        # Scores players after each game and opens a case above the threshold.
        scoring = tm.add(tg.Service("Fair-play scoring service"))
        # Open and closed cases, with review notes and appeals.
        case_store = tm.add(
            tg.DataStore(
                "Fair-play case store",
                stores={cases, review_decision, appeal},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Where the fair-play team looks at evidence and decides.
        console = tm.add(
            tg.Endpoint(
                "Fair-play review console",
                purpose=tg.EndpointPurpose.API,
                controls={
                    tg.controls.Authentication(method="company SSO (OIDC) with MFA"),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(retention_days=730),
                },
            )
        )
        # Weekly retraining on confirmed and cleared cases.
        training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
        # Versioned model artifacts; scoring loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Fair-play team member who reviews cases and appeals.
    analyst = tm.add(tg.Actor("Fair-play analyst", role="fair-play team", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(player, game_server, sign_in, moves, protocol="wss")
tm.flow(game_server, player, moves, protocol="wss", label="opponent moves and clocks")
tm.flow(game_server, game_archive, game_records)
tm.flow(game_archive, engine_pipeline, game_records)
tm.flow(engine_pipeline, feature_store, features)
tm.flow(feature_store, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, case_store, cases, label="score above threshold")

tm.flow(case_store, console, cases, appeal)
tm.flow(console, case_store, review_decision)
tm.flow(console, analyst, cases, appeal, protocol="https")
tm.flow(analyst, console, review_decision, protocol="https")
tm.flow(console, account_service, closure)
tm.flow(console, rating_service, refund)
tm.flow(account_service, player, notice, protocol="smtp+starttls", label="closure e-mail")

tm.flow(player, appeals, sign_in, appeal, protocol="https")
tm.flow(appeals, case_store, appeal)
tm.flow(console, appeals, appeal_outcome)
tm.flow(appeals, player, appeal_outcome, protocol="https")

tm.flow(case_store, training, labels, label="confirmed and cleared cases")
tm.flow(feature_store, training, features)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load promoted version")
