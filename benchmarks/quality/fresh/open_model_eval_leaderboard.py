"""Open-weights model leaderboard run by a research nonprofit: the first design.

Anyone with a model-hub account can submit an open-weights model by its hub
link and revision through the leaderboard web app, after logging in with the
hub's OAuth. Submissions wait in a queue; a scheduler dispatches each one as an
evaluation job to the nonprofit's GPU cluster, where the evaluation harness
downloads the model snapshot (weights and any custom modeling code) from the
hub into a model cache, installs the harness's Python dependencies, loads the
model and runs it against held-out benchmark sets that are never published.
Scores and per-sample outputs go to a results store, and the web app publishes
the scores on a public leaderboard. Maintainers log in to flag, hide and remove
suspicious entries and curate the benchmark sets. The web app limits
submissions per account and checks links before queuing them; the benchmark
sets are versioned and readable only by the core maintainers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Open model evaluation leaderboard",
    profile=tg.RiskProfile.LOW,
    description="Public leaderboard that evaluates submitted open-weights models on "
    "held-out benchmarks on a GPU cluster and publishes the scores.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Model submission",
    kind="records",
    description="Hub link, revision, precision, model type and the submitter's hub username.",
)
hub_token = tg.Data("Hub OAuth token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
identity_claims = tg.Data("Hub identity claims", kind="records", sensitivity=tg.Sensitivity.PII)
submission_status = tg.Data("Submission status", kind="records")
queued_job = tg.Data(
    "Evaluation job spec",
    kind="records",
    description="Model reference, revision, benchmark versions and resource class.",
)
model_reference = tg.Data("Model reference and revision", kind="records", sensitivity="public")
weights = tg.Data(
    "Submitted model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="unknown",
    description="Whatever the hub repository holds: safetensors, PyTorch .bin or other files.",
)
model_code = tg.Data(
    "Custom modeling code",
    kind="code",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Python files in the model repository, loaded for custom architectures.",
)
packages = tg.Data("Harness Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
benchmark_items = tg.Data(
    "Held-out benchmark items",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Questions and reference answers; leaking them would let models train on the test.",
)
eval_prompts = tg.Data("Benchmark prompts", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
generations = tg.Data(
    "Model generations", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
results = tg.Data(
    "Scores and per-sample outputs",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
published_scores = tg.Data(
    "Published leaderboard scores",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
page_request = tg.Data("Leaderboard page request", sensitivity=tg.Sensitivity.PUBLIC)
moderation = tg.Data(
    "Moderation action",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Flag, hide or remove an entry, with the reason.",
)
flagged_entries = tg.Data(
    "Flagged entries with details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
benchmark_update = tg.Data(
    "Benchmark set update",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a hub account: labs, hobbyists, and people gaming the board.
    submitter = tm.add(tg.Actor("Model submitter", role="submitter"))
    # Readers of the public leaderboard, no account needed.
    visitor = tm.add(tg.Actor("Leaderboard visitor", role="visitor"))

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Where submitted models live; its repositories are written by their owners.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))
    # The hub's OAuth, used to tie each submission to a hub account.
    hub_oauth = tm.add(
        tg.ExternalService("Hub OAuth", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # PyPI: the harness installs its dependencies when a job starts.
    pypi = tm.add(
        tg.ExternalService("Python package index", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("Nonprofit cloud", trust=tg.Trust.INTERNAL):
    # Public site: submission form, leaderboard pages and the maintainers' admin views.
    web_app = tm.add(
        tg.Endpoint(
            "Leaderboard web app",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="hub OAuth for submitters and maintainers"),
                c.RateLimiting(note="a few submissions per account per week"),
                c.InputValidation(note="the hub link must resolve to a public model repository"),
                c.AuditLogging(note="moderation actions"),
            },
        )
    )
    # Queue and history of every submission and its state.
    submission_db = tm.add(tg.DataStore("Submission database", stores={submission, queued_job}))
    # Picks queued submissions and dispatches evaluation jobs to the cluster.
    scheduler = tm.add(tg.Service("Evaluation scheduler"))
    # Everything the evaluations produced, the leaderboard's source.
    results_store = tm.add(tg.DataStore("Results store", stores={results}))

with tm.boundary("GPU cluster", trust=tg.Trust.INTERNAL):
    # Downloads, loads and scores one submitted model per job.
    harness = tm.add(
        tg.Pipeline(
            "Evaluation harness",
            stage=tg.Stage.EVALUATION,
            third_party_packages=True,
            description="Runs in a fresh container per job on a shared GPU node.",
        )
    )
    # Hub snapshots on the cluster's shared disk, so re-runs do not download again.
    model_cache = tm.add(tg.DataStore("Model cache", stores={weights, model_code}))
    # The submitted model while it runs inside the job.
    candidate = tm.add(
        tg.Model(
            "Submitted model under evaluation",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )

    with tm.boundary("Benchmark vault", trust=tg.Trust.RESTRICTED):
        # The held-out test sets that make the scores meaningful.
        benchmarks = tm.add(
            tg.Dataset(
                "Held-out benchmark sets",
                purpose="evaluation",
                stores={benchmark_items},
                controls={
                    c.RBAC(note="readable only by core maintainers and the harness account"),
                    c.DataVersioning(),
                },
            )
        )

with tm.boundary("Maintainer workstations", trust=tg.Trust.INTERNAL):
    # Nonprofit staff who moderate entries and curate the benchmarks.
    maintainer = tm.add(tg.Actor("Leaderboard maintainer", role="maintainer", privileged=True))

# ---------------------------------------------------------------- flows
# submission and login
tm.flow(submitter, hub_oauth, hub_token, protocol="https", label="log in")
tm.flow(hub_oauth, submitter, hub_token, protocol="https")
tm.flow(submitter, web_app, submission, hub_token, protocol="https")
tm.flow(web_app, hub_oauth, hub_token, protocol="https", label="validate token")
tm.flow(hub_oauth, web_app, identity_claims, protocol="https")
tm.flow(web_app, submitter, submission_status, protocol="https")
tm.flow(web_app, submission_db, submission)
tm.flow(submission_db, web_app, submission_status)

# evaluation
tm.flow(submission_db, scheduler, queued_job)
tm.flow(scheduler, submission_db, submission_status, label="running, finished, failed")
tm.flow(scheduler, harness, queued_job, protocol="https")
tm.flow(harness, hub, model_reference, protocol="https", label="snapshot download")
tm.flow(hub, model_cache, weights, model_code, protocol="https")
tm.flow(pypi, harness, packages, protocol="https", label="pip install at job start")
tm.flow(model_cache, candidate, weights, model_code, label="load")
tm.flow(benchmarks, harness, benchmark_items)
tm.flow(harness, candidate, eval_prompts)
tm.flow(candidate, harness, generations)
tm.flow(harness, results_store, results, protocol="https")
tm.flow(harness, scheduler, submission_status, protocol="https", label="job finished")

# publishing and moderation
tm.flow(results_store, web_app, results)
tm.flow(visitor, web_app, page_request, protocol="https")
tm.flow(web_app, visitor, published_scores, protocol="https")
tm.flow(web_app, maintainer, flagged_entries, protocol="https")
tm.flow(maintainer, web_app, moderation, protocol="https")
tm.flow(web_app, results_store, moderation, label="hide or remove entry")
tm.flow(maintainer, benchmarks, benchmark_update, protocol="ssh")
