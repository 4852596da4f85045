"""Prior-art classification model: the first design, before any security review.

A European national patent office wants to pre-classify every new application into
CPC technology classes and to give its examiners a ranked list of prior-art documents
to start the search from. Applications arrive through the existing e-filing system and
are kept in the dossier store. A text extraction job pulls the abstract, claims and
description out of each filing; a suggestion service sends that text to an in-house
fine-tuned classifier (top classes with confidence scores) and to an open-weights
embedding model, and searches a vector index of published patents (bulk data from other
offices) and licensed non-patent literature. Suggestions are written back to the dossier
and shown in the examiner workbench (office SSO with smartcard, role-based access), where
examiners confirm or change the classes and pick citations; their decisions feed monthly
retraining. Everything runs in the office's own data centre; the dossier store is
encrypted and audit-logged, and models are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Patent prior-art classification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Classifies incoming patent applications into technology classes and suggests "
        "prior art to examiners."
    ),
)

# ---------------------------------------------------------------- data assets
filing = tg.Data(
    "Unpublished patent application",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="XML and PDF filing: claims, description, drawings; secret until publication.",
)
biblio = tg.Data(
    "Applicant and inventor details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names and addresses of applicants, inventors and representatives.",
)
app_text = tg.Data(
    "Extracted application text",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Abstract, claims and description as plain text.",
)
class_suggestions = tg.Data(
    "Suggested CPC classes",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Top five classes with confidence scores.",
)
query_embedding = tg.Data(
    "Application embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
candidates = tg.Data(
    "Prior-art candidates", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
art_suggestions = tg.Data(
    "Suggested prior-art documents",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ranked publication numbers with the matching passages.",
)
published = tg.Data(
    "Published patent documents", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
npl = tg.Data(
    "Licensed non-patent literature",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Journal articles and standards under a licence that forbids redistribution.",
)
corpus_embeddings = tg.Data(
    "Prior-art embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
decisions = tg.Data(
    "Examiner classification decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Final CPC classes and the citations the examiner kept.",
)
training_examples = tg.Data(
    "Classified application corpus",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Text of past applications, some still unpublished, with their final classes.",
)
classifier_weights = tg.Data(
    "Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
embedder_weights = tg.Data(
    "Embedding model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public internet", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights embedding model is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Patent office data exchange", trust=tg.Trust.PARTNER):
    # Weekly bulk publication data from other patent offices.
    patent_feed = tm.add(
        tg.DataSource("Published patent bulk feed", origin=tg.Origin.PARTNER, provides={published})
    )

with tm.boundary("Literature vendor", trust=tg.Trust.PARTNER):
    # Licensed scientific literature, delivered as full text.
    npl_feed = tm.add(
        tg.DataSource("Non-patent literature feed", origin=tg.Origin.VENDOR, provides={npl})
    )

with tm.boundary("Office data centre", trust=tg.Trust.INTERNAL):
    # Existing system where applicants and attorneys upload filings.
    efiling = tm.add(
        tg.DataSource(
            "E-filing system",
            origin=tg.Origin.USER_UPLOAD,
            provides={filing, biblio},
            description="Existing online filing service; out of scope except for its output.",
        )
    )

    with tm.boundary("Dossier zone", trust=tg.Trust.RESTRICTED):
        # The system of record for every application file.
        dossiers = tm.add(
            tg.DataStore(
                "Application dossier store",
                stores={filing, biblio, class_suggestions, art_suggestions, decisions},
                controls={
                    c.EncryptionAtRest(key_management="office HSM"),
                    c.AuditLogging(retention_days=3650),
                    c.RBAC(),
                },
            )
        )

    # Pulls plain text out of the XML and PDF filings.
    extraction = tm.add(tg.Pipeline("Text extraction job", stage=tg.Stage.PREPROCESSING))
    # Orchestrates classification and prior-art search for each new filing.
    suggester = tm.add(tg.Service("Suggestion service"))
    # Fine-tuned transformer that predicts CPC classes.
    classifier = tm.add(
        tg.Model(
            "CPC classification model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Turns application text and prior-art documents into vectors.
    embedder = tm.add(
        tg.Model(
            "Patent embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS
        )
    )
    # Nearest-neighbour search over the prior-art corpus.
    index = tm.add(
        tg.VectorStore("Prior-art vector index", stores={corpus_embeddings, published, npl})
    )
    # Embeds new publications and literature as they arrive.
    indexer = tm.add(tg.Pipeline("Corpus indexing job", stage=tg.Stage.INGESTION))
    # Web application examiners work in.
    workbench = tm.add(
        tg.Service(
            "Examiner workbench",
            controls={c.Authentication(method="office SSO with smartcard"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past applications with their confirmed classes.
        train_set = tm.add(tg.Dataset("Classification training set", stores={training_examples}))
        # Monthly fine-tuning of the classifier.
        training = tm.add(
            tg.Pipeline(
                "Classifier fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation()},
            )
        )
        # Versions of both models that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={classifier_weights, embedder_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Examines the application and decides the classes and the citations.
    examiner = tm.add(tg.Actor("Patent examiner", role="examiner"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# New filings
tm.flow(efiling, dossiers, filing, biblio, protocol="https", controls={tls})
tm.flow(dossiers, extraction, filing)
tm.flow(extraction, suggester, app_text)
tm.flow(suggester, classifier, app_text)
tm.flow(classifier, suggester, class_suggestions)
tm.flow(suggester, embedder, app_text)
tm.flow(embedder, suggester, query_embedding)
tm.flow(suggester, index, query_embedding, label="similarity search")
tm.flow(index, suggester, candidates)
tm.flow(suggester, dossiers, class_suggestions, art_suggestions)

# Examiners
tm.flow(dossiers, workbench, filing, biblio, class_suggestions, art_suggestions)
tm.flow(
    workbench,
    examiner,
    filing,
    biblio,
    class_suggestions,
    art_suggestions,
    protocol="https",
    controls={tls},
)
tm.flow(examiner, workbench, decisions, protocol="https", controls={tls})
tm.flow(workbench, dossiers, decisions)

# Prior-art corpus
tm.flow(patent_feed, indexer, published, protocol="sftp")
tm.flow(npl_feed, indexer, npl, protocol="https", controls={tls})
tm.flow(indexer, embedder, published, npl)
tm.flow(embedder, indexer, corpus_embeddings)
tm.flow(indexer, index, corpus_embeddings, published, npl)

# Retraining and model release
tm.flow(dossiers, train_set, training_examples, label="monthly export of classified files")
tm.flow(train_set, training, training_examples)
tm.flow(training, registry, classifier_weights)
tm.flow(hub, registry, embedder_weights, protocol="https", label="manual download")
tm.flow(registry, classifier, classifier_weights)
tm.flow(registry, embedder, embedder_weights)
