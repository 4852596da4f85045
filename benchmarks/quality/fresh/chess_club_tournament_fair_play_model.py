"""Tournament fair-play screening: the first design, before any security review.

A national chess federation in the EU screens rated tournaments for possible
computer assistance. After each round, tournament organisers upload the games
(PGN) to a federation web portal; at larger events a relay laptop at the venue
also pushes the live moves from the electronic boards. The games are matched to
players' federation records and archived. An analysis service replays every game
through a pinned version of an open-source chess engine, measures how often each
player's moves match the engine's choices and how much they lose against it, and
a screening model calibrated on past games turns that, with the player's rating,
into a fair-play score. Scores above the threshold become flags in a case store,
which federation fair-play arbiters review in a web console (SSO with TOTP, roles,
audit log); only an arbiter can open a case, and confirmed cases are fed back into
the reference games used to recalibrate the model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tournament fair-play screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Compares tournament players' moves with engine choices and flags possible "
        "computer assistance for the federation's fair-play arbiters."
    ),
)

# ---------------------------------------------------------------- data assets
games = tg.Data(
    "Tournament game scores",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="PGN of each game with player names, federation ids and clock times.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
live_moves = tg.Data(
    "Live board moves",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Moves and clock readings relayed from electronic boards during a round.",
)
upload_status = tg.Data("Upload status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
player_records = tg.Data(
    "Player ratings and profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Federation id, name, club, date of birth and rating history.",
)
positions = tg.Data("Game positions", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
engine_evals = tg.Data(
    "Engine evaluations",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Best moves and centipawn evaluations for each position.",
)
move_metrics = tg.Data(
    "Per-player engine-match metrics",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Engine top-move match rate, average centipawn loss, rating and move times.",
)
fair_play_score = tg.Data(
    "Fair-play score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
flags = tg.Data(
    "Fair-play flags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Players scored above the threshold, with the per-move evidence behind the score.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
arbiter_findings = tg.Data(
    "Arbiter case findings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The arbiter's notes and whether a case is opened, dismissed or confirmed.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
reference_games = tg.Data(
    "Reference games",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Metrics from past rated games, including confirmed cheating cases.",
)
screening_params = tg.Data(
    "Screening model file",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="scikit-learn model saved with joblib by the calibration job.",
)
engine_release = tg.Data(
    "Engine binary and network file",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.PUBLIC,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club and event organisers upload each round's games; anyone can register an event.
    organiser = tm.add(tg.Actor("Tournament organiser", role="event organiser"))
    # Volunteer fair-play arbiters appointed by the federation work from home.
    arbiter = tm.add(tg.Actor("Fair-play arbiter", role="fair-play arbiter"))
    # Public release page of the open-source engine; upgrades are downloaded by hand.
    engine_source = tm.add(tg.ExternalService("Engine release downloads", provides="model-hub"))

with tm.boundary("Tournament venue", trust=tg.Trust.PARTNER):
    # Organiser-run laptops reading the electronic boards at larger events.
    relay = tm.add(
        tg.Device(
            "Venue board relay laptop",
            fleet=True,
            description="Runs the board vendor's relay software and pushes moves each few seconds.",
        )
    )

with tm.boundary("Federation membership system", trust=tg.Trust.INTERNAL):
    # The existing membership and rating system; the source of player identities and ratings.
    member_db = tm.add(tg.DataStore("Member and rating database", stores={player_records}))

with tm.boundary("Federation cloud", trust=tg.Trust.INTERNAL):
    # Where organisers and relay laptops send games.
    portal = tm.add(
        tg.Endpoint(
            "Game upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="organiser e-mail and password; per-event API key for relay laptops"
                ),
            },
        )
    )
    # Parses PGN and matches players to their federation records.
    ingestion = tm.add(
        tg.Pipeline(
            "PGN ingestion",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={
                c.SchemaEnforcement(note="PGN parser rejects illegal moves and unknown tags")
            },
        )
    )
    # Every game of every screened event, kept for re-analysis and appeals.
    archive = tm.add(
        tg.DataStore(
            "Game archive",
            stores={games},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Replays each game through the engine and computes the per-player metrics.
    analysis = tm.add(
        tg.Service(
            "Engine analysis service",
            description="Runs after each round; queues the round's games and analyses them at fixed depth.",
        )
    )
    # Pinned engine version, so that an analysis can be reproduced for an appeal.
    engine = tm.add(
        tg.Model(
            "Chess engine",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-source engine with its neural evaluation network.",
            controls={c.ModelVersioning(note="engine release and network file pinned per season")},
        )
    )
    # Turns the metrics into a fair-play score relative to the player's rating.
    screening = tm.add(
        tg.Model(
            "Fair-play screening model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Flags possible computer assistance; an arbiter decides what happens.",
            controls={
                c.HumanInTheLoop(approver="a fair-play arbiter, before any case is opened"),
                c.ExplainabilityLogging(note="each flag stores the moves and metrics behind it"),
            },
        )
    )
    # Recalibrates the screening model each quarter.
    calibration = tm.add(tg.Pipeline("Quarterly calibration job", stage=tg.Stage.TRAINING))
    # Arbiters' web console for reviewing flags and recording findings.
    console = tm.add(
        tg.Endpoint(
            "Fair-play review console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="federation SSO with TOTP"),
                c.RBAC(note="fair-play arbiters and the fair-play commission only"),
                c.AuditLogging(retention_days=730),
            },
        )
    )

    with tm.boundary("Fair-play data", trust=tg.Trust.RESTRICTED):
        # Flags and arbiter findings: allegations about named players.
        case_store = tm.add(
            tg.DataStore(
                "Fair-play case store",
                stores={flags, arbiter_findings},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(),
                },
            )
        )
        # Past games and confirmed cases the model is calibrated on.
        reference_set = tm.add(
            tg.Dataset("Reference game set", stores={reference_games}, purpose="training")
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(organiser, portal, games, protocol="https", controls={tls}, label="round upload")
tm.flow(portal, organiser, upload_status, protocol="https", controls={tls})
tm.flow(relay, portal, live_moves, protocol="https", controls={tls}, label="live relay")
tm.flow(portal, ingestion, games, live_moves)
tm.flow(member_db, ingestion, player_records, protocol="https", label="player id lookup")
tm.flow(ingestion, archive, games)

tm.flow(archive, analysis, games, label="round batch")
tm.flow(member_db, analysis, player_records, protocol="https", label="ratings")
tm.flow(analysis, engine, positions, protocol="local")
tm.flow(engine, analysis, engine_evals, protocol="local")
tm.flow(analysis, screening, move_metrics)
tm.flow(screening, analysis, fair_play_score)
tm.flow(analysis, case_store, flags, label="scores above threshold")

tm.flow(case_store, console, flags)
tm.flow(archive, console, games, label="game replay")
tm.flow(console, case_store, arbiter_findings)
tm.flow(console, arbiter, flags, games, protocol="https", controls={tls})
tm.flow(arbiter, console, arbiter_findings, protocol="https", controls={tls})

tm.flow(case_store, reference_set, arbiter_findings, reference_games, label="confirmed cases")
tm.flow(reference_set, calibration, reference_games)
tm.flow(calibration, screening, screening_params, label="deploy new calibration")
tm.flow(engine_source, engine, engine_release, protocol="https", label="manual upgrade")
