"""Kiln crack prediction: the first design, before any security review.

A community pottery studio with three electric kilns wants to lose fewer pieces
to cracking. The kiln controllers already upload every firing's thermocouple log
to the kiln maker's cloud; a nightly job pulls those logs through the maker's API
and joins them with the clay batch data the studio owner types in and the notes
potters add for each piece (clay body, wall thickness, drying time, glaze).
A small gradient-boosted classifier, retrained monthly from past firings and the
outcomes the kiln technician records after unloading, scores each piece in a
planned load for crack risk. The technician sees the scores in the studio web
app and decides shelf positions and the firing schedule; the model only advises.
Everything of ours runs on one rented cloud server. Members sign in to the web
app with e-mail and password; roles keep potters to their own pieces. The
database is backed up nightly by the hosting provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pottery kiln crack prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Advises the kiln technician which pieces in a planned load are likely to crack.",
)

# ---------------------------------------------------------------- data assets
firing_logs = tg.Data(
    "Kiln thermocouple logs",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature every 30 s per thermocouple, segment ramps and holds, per firing.",
)
clay_batches = tg.Data(
    "Clay batch data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Supplier batch number, clay body, moisture and shrinkage figures.",
)
piece_notes = tg.Data(
    "Potters' piece notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per piece: maker's name, clay body, wall thickness, drying days, glaze.",
)
member_accounts = tg.Data(
    "Member sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Members' names, e-mail addresses and password hashes.",
)
planned_load = tg.Data(
    "Planned kiln load",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which pieces go in which kiln, on which shelf, with which firing schedule.",
)
outcomes = tg.Data(
    "Firing outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cracked, dunted or sound, recorded per piece by the technician after unloading.",
)
features = tg.Data(
    "Piece and firing features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
training_set = tg.Data(
    "Historical firings training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
crack_scores = tg.Data(
    "Crack risk scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Crack model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
retrain_request = tg.Data("Retraining request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Studio members add notes about their pieces from home or from the studio.
    potter = tm.add(tg.Actor("Potter", role="studio member"))

with tm.boundary("Studio premises", trust=tg.Trust.INTERNAL):
    # The three kilns' controllers: they run the firing and log the thermocouples.
    kilns = tm.add(
        tg.Device(
            "Kiln controllers",
            fleet=True,
            description="Three electric kilns with Wi-Fi controllers that upload each firing log.",
        )
    )
    # Loads and unloads the kilns; the person the predictions are for.
    technician = tm.add(tg.Actor("Kiln technician", role="kiln technician"))
    # Runs the studio, enters clay batches and kicks off retraining.
    owner = tm.add(tg.Actor("Studio owner", role="studio owner", privileged=True))

with tm.boundary("Kiln maker cloud", trust=tg.Trust.PARTNER):
    # The kiln maker's monitoring service, where the controllers send their logs.
    kiln_cloud = tm.add(
        tg.ExternalService(
            "Kiln maker monitoring cloud",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Keeps firing logs per kiln; read through an API key issued to the studio.",
        )
    )

with tm.boundary("Studio cloud server", trust=tg.Trust.INTERNAL):
    # Members' notes, the technician's load planning and the crack scores in one app.
    web_app = tm.add(
        tg.Service(
            "Studio web app",
            description="Piece notes, clay batch entry, load planning and crack risk view.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="potters see and edit only their own pieces"),
                c.EncryptionInTransit(protocol="TLS 1.2"),
            },
        )
    )
    # The studio's single Postgres database for pieces, batches, logs and outcomes.
    studio_db = tm.add(
        tg.DataStore(
            "Studio database",
            stores={
                firing_logs,
                clay_batches,
                piece_notes,
                member_accounts,
                planned_load,
                outcomes,
            },
            controls={c.DataVersioning(note="hosting provider's nightly backups, kept 7 days")},
        )
    )
    # Pulls new firing logs from the kiln maker and builds features each night.
    ingest = tm.add(
        tg.Pipeline(
            "Nightly firing log ingestion job",
            stage=tg.Stage.INGESTION,
            description="Cron job: fetches logs via the maker's API, joins notes and batches.",
        )
    )
    # Past firings with their outcomes, as a Parquet file on the server's disk.
    dataset = tm.add(tg.Dataset("Historical firings dataset", stores={training_set}))
    # Monthly retraining script, started by the owner from the admin page.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # A folder of joblib files; the app loads the newest one at start-up.
    registry = tm.add(tg.ModelRegistry("Model folder", stores={weights}))
    # Gradient-boosted classifier giving each planned piece a probability of cracking.
    model = tm.add(
        tg.Model(
            "Crack risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Scores each piece in a planned load; advice for the technician only.",
            controls={
                c.HumanInTheLoop(approver="the kiln technician, who decides loading and schedule")
            },
        )
    )

# ---------------------------------------------------------------- flows
# firing logs: kiln -> maker's cloud -> our nightly job -> database
tm.flow(kilns, kiln_cloud, firing_logs, protocol="https", label="upload after each firing")
tm.flow(kiln_cloud, ingest, firing_logs, protocol="https", label="nightly API pull")
tm.flow(ingest, studio_db, firing_logs)

# members and staff use the web app
tm.flow(potter, web_app, piece_notes, member_accounts, protocol="https")
tm.flow(web_app, potter, piece_notes, crack_scores, protocol="https", label="own pieces")
tm.flow(owner, web_app, clay_batches, protocol="https")
tm.flow(owner, web_app, retrain_request, protocol="https", label="start retraining")
tm.flow(technician, web_app, planned_load, outcomes, protocol="https")
tm.flow(web_app, technician, crack_scores, planned_load, protocol="https")
tm.flow(web_app, studio_db, piece_notes, clay_batches, planned_load, outcomes, member_accounts)
tm.flow(studio_db, web_app, piece_notes, clay_batches, planned_load, member_accounts, firing_logs)

# training
tm.flow(studio_db, ingest, piece_notes, clay_batches, outcomes, label="nightly export")
tm.flow(ingest, dataset, training_set)
tm.flow(web_app, training, retrain_request)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load newest at start-up")

# scoring a planned load
tm.flow(web_app, model, features)
tm.flow(model, web_app, crack_scores)
