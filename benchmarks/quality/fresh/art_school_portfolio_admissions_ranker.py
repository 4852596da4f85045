"""Art school portfolio admissions ranker: the first design.

Applicants to our art academy in the Netherlands submit an application form and
a portfolio of 10-20 works (images and short videos) through the admissions
portal. A preprocessing job embeds every work with an open-weights image
embedding model pulled from a public model hub, and an in-house ranker trained
on the last five years of admission decisions scores each portfolio. Faculty
panels see the ranked list, the scores and the works in a review dashboard and
make every admission decision themselves; the decisions go back to applicants
through the portal. Each cycle's decisions are added to the historical dataset
and a data scientist retrains the ranker once a year. Applicants sign in with
e-mail and password and uploads are checked for type and size; staff use the
academy's SSO with roles; stored portfolios are encrypted; ranker versions are
pinned in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Art school portfolio admissions ranker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Ranks applicants' art portfolios for faculty admission panels.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, nationality, prior education, artist statement.",
)
works = tg.Data(
    "Portfolio works",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Images and short videos of the applicant's art, often with self-portraits.",
)
embeddings = tg.Data("Portfolio embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
rank_score = tg.Data(
    "Portfolio rank score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
decision = tg.Data(
    "Admission decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
history = tg.Data(
    "Past admission outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Embeddings of past portfolios with the panel's scores and decisions.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
ranker_weights = tg.Data(
    "Ranker artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
embedder_weights = tg.Data(
    "Embedding model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective students, from anywhere, applying for the coming year.
    applicant = tm.add(tg.Actor("Applicant", role="applicant"))
    # Public model hub the open-weights embedding model is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Academy cloud", trust=tg.Trust.INTERNAL):
    # Public admissions website and API: forms, uploads, status and decisions.
    portal = tm.add(
        tg.Endpoint(
            "Admissions portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type, size and count limits on uploads"),
            },
        )
    )
    # Faculty web app showing the ranked list, scores and works.
    dashboard = tm.add(
        tg.Service(
            "Faculty review dashboard",
            controls={
                c.Authentication(method="academy SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="faculty admissions panel"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the uploaded images and videos.
        portfolio_store = tm.add(
            tg.DataStore(
                "Portfolio store",
                stores={works},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Applications, embeddings, scores and decisions for the current cycle.
        applicant_db = tm.add(
            tg.DataStore(
                "Applicant database",
                stores={application, embeddings, rank_score, decision},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Embeds each uploaded work and hands the embeddings to the ranker.
        embed_job = tm.add(tg.Pipeline("Portfolio embedding job", stage=tg.Stage.PREPROCESSING))
        # Open-weights image embedding model run on our own GPUs.
        embedder = tm.add(
            tg.Model(
                "Image embedding model",
                task=tg.Task.EMBEDDING,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )
        # Scores each portfolio from its embeddings; the panel sees the score.
        ranker = tm.add(
            tg.Model(
                "Portfolio ranker",
                task=tg.Task.RANKER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted ranker over pooled work embeddings.",
            )
        )
        # Past cycles' portfolios and outcomes, the ranker's training data.
        history_set = tm.add(tg.Dataset("Historical admissions dataset", stores={history}))
        # Yearly retraining of the ranker.
        training = tm.add(tg.Pipeline("Ranker training", stage=tg.Stage.TRAINING))
        # Versioned ranker artifacts and the downloaded embedding model.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={ranker_weights, embedder_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Academy network", trust=tg.Trust.INTERNAL):
    # Teaching staff on the admissions panels who decide.
    faculty = tm.add(tg.Actor("Faculty reviewer", role="admissions panel member"))
    # Builds and retrains the ranker.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, works, protocol="https")
tm.flow(portal, applicant, status, decision, protocol="https")
tm.flow(portal, portfolio_store, works)
tm.flow(portal, applicant_db, application)
tm.flow(applicant_db, portal, status, decision)

tm.flow(portfolio_store, embed_job, works)
tm.flow(embed_job, embedder, works)
tm.flow(embedder, embed_job, embeddings)
tm.flow(embed_job, applicant_db, embeddings)
tm.flow(embed_job, ranker, embeddings)
tm.flow(ranker, applicant_db, rank_score)

tm.flow(applicant_db, dashboard, application, rank_score)
tm.flow(portfolio_store, dashboard, works)
tm.flow(dashboard, faculty, application, rank_score, works, protocol="https")
tm.flow(faculty, dashboard, decision, protocol="https")
tm.flow(dashboard, applicant_db, decision)

tm.flow(applicant_db, history_set, history, label="end of admission cycle")
tm.flow(history_set, training, history)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, ranker_weights)
tm.flow(registry, ranker, ranker_weights, label="load pinned version")
tm.flow(hub, registry, embedder_weights, protocol="https", label="data scientist imports it")
tm.flow(registry, embedder, embedder_weights)
