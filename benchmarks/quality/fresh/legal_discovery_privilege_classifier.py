"""E-discovery privilege classifier: the first design, before any security review.

The firm's litigation support team collects documents from clients' mailboxes and
shared drives for a matter (a forensic collection over SFTP from the client's
environment). A processing pipeline de-duplicates them, extracts text and loads
them into the review document store. A privilege classifier scores every document
and marks those likely to be attorney-client privileged or work product.
Associates review the marked documents in the firm's review platform (SSO login,
matter-based access groups, audit trail) and confirm or overturn each call before
the production set goes to opposing counsel over SFTP with a privilege log.
Reviewers' decisions are collected per matter and retrain that matter's copy of
the classifier; a litigation support engineer promotes the retrained model from
the registry. Everything except the reviewers' browsers runs in the firm's
e-discovery enclave; the document store is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-discovery privilege classifier",
    profile=tg.RiskProfile.HIGH,
    description="Marks likely-privileged documents in client collections for associate review "
    "before production; retrained per matter from reviewers' decisions.",
)

# ---------------------------------------------------------------- data assets
collected = tg.Data(
    "Collected client documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Emails, attachments and files from custodians' mailboxes and drives.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
processed = tg.Data(
    "Processed documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="De-duplicated documents with extracted text and metadata, per matter.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
priv_scores = tg.Data(
    "Privilege scores and marks",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decisions = tg.Data(
    "Reviewer privilege decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Per-matter training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Document text paired with the reviewer's privileged / not privileged call.",
)
weights = tg.Data(
    "Matter classifier artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="TF-IDF + logistic regression pipeline saved with joblib.",
)
promotion = tg.Data(
    "Model promotion request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
production_set = tg.Data(
    "Production set",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Non-privileged documents, Bates-stamped, for opposing counsel.",
)
priv_log = tg.Data("Privilege log", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Client environment", trust=tg.Trust.PARTNER):
    # Where the evidence lives: the client's mail tenant and file shares.
    client_source = tm.add(
        tg.DataSource(
            "Client mailboxes and drives",
            origin=tg.Origin.PARTNER,
            provides={collected},
            description="Custodian mailboxes and shares, collected under a legal hold.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The receiving party: gets the production and the privilege log.
    opposing = tm.add(tg.Actor("Opposing counsel", role="receiving party"))

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Reviewers: confirm or overturn each privilege mark.
    associate = tm.add(tg.Actor("Review associate", role="associate"))
    # Runs collections, retraining and model promotion for each matter.
    engineer = tm.add(tg.Actor("Litigation support engineer", role="lit support", privileged=True))

    with tm.boundary("E-discovery enclave", trust=tg.Trust.RESTRICTED):
        # Dedupes, extracts text and metadata, and loads the review store.
        processing = tm.add(tg.Pipeline("Processing pipeline", stage=tg.Stage.INGESTION))
        # The review database: every document of every matter, with its marks.
        doc_store = tm.add(
            tg.DataStore(
                "Review document store",
                stores={processed, priv_scores, decisions},
                controls={c.EncryptionAtRest(key_management="firm HSM-backed KMS")},
            )
        )
        # Scores each document; marks above the threshold go to associates.
        classifier = tm.add(
            tg.Model(
                "Privilege classifier",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="One copy per matter; a score above 0.5 marks a document for review.",
                controls={
                    c.HumanInTheLoop(
                        approver="review associate",
                        note="only documents marked likely privileged are reviewed",
                    )
                },
            )
        )
        # The web review platform associates work in.
        review_app = tm.add(
            tg.Endpoint(
                "Review platform",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="firm SSO (OIDC)"),
                    c.RBAC(note="matter-based access groups"),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Accumulates reviewer decisions as training examples per matter.
        decision_set = tm.add(tg.Dataset("Per-matter decision set", stores={training_set}))
        # Refits the matter's classifier when enough new decisions arrive.
        retraining = tm.add(tg.Pipeline("Per-matter retraining", stage=tg.Stage.TRAINING))
        # Holds each matter's model versions.
        registry = tm.add(
            tg.ModelRegistry(
                "Matter model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )
        # Builds the Bates-stamped production and the privilege log, sends it out.
        producer = tm.add(tg.Service("Production export service"))

# ---------------------------------------------------------------- flows
tm.flow(client_source, processing, collected, protocol="sftp", label="forensic collection")
tm.flow(processing, doc_store, processed)
tm.flow(doc_store, classifier, processed)
tm.flow(classifier, doc_store, priv_scores, label="privilege marks")

tm.flow(doc_store, review_app, processed, priv_scores)
tm.flow(review_app, doc_store, decisions)
tm.flow(review_app, associate, processed, priv_scores, protocol="https")
tm.flow(associate, review_app, decisions, protocol="https")

tm.flow(doc_store, decision_set, processed, decisions, label="reviewed documents")
tm.flow(decision_set, retraining, training_set)
tm.flow(retraining, registry, weights)
tm.flow(engineer, registry, promotion, protocol="https", label="promotes matter model")
tm.flow(registry, classifier, weights, label="deploy")

tm.flow(doc_store, producer, processed, decisions, label="documents cleared for production")
tm.flow(producer, opposing, production_set, priv_log, protocol="sftp")
