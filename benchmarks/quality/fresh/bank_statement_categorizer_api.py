"""Bank statement categorizer API: the first design, before any security review.

We are an open-banking aggregator in the EU. Fintech partner apps (budgeting,
lending and accounting apps) call our REST categorization API from their backends
with batches of their users' bank transactions: booking text, amount, date,
counterparty IBAN and a pseudonymous account id. A text-classification model
assigns each transaction a spending category and a merchant, helped by a merchant
directory lookup, and the API returns the category, merchant and a confidence.
Partners can POST corrections when their users re-categorise a transaction; these
are stored and, once a month, merged with our in-house labelled set (labelled by
our own annotation team) to retrain the model. An ML engineer looks at the
evaluation report and promotes the new version in the registry.
The API sits behind a gateway with OAuth2 client-credentials authentication,
per-partner quotas and OpenAPI schema validation; stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bank statement categorizer API",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Categorizes partners' users' bank transactions; retrained monthly from "
    "partner corrections and an in-house labelled set.",
)

# ---------------------------------------------------------------- data assets
transactions = tg.Data(
    "Bank transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
    description="Booking text, amount, date, counterparty IBAN, pseudonymous account id.",
)
normalized = tg.Data(
    "Normalized transaction text",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Cleaned booking text and amount bucket sent to the classifier.",
)
prediction = tg.Data(
    "Category prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Category, merchant id and confidence per transaction.",
)
result = tg.Data(
    "Categorization result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The transactions' ids with category, merchant name and confidence.",
)
merchants = tg.Data(
    "Merchant directory entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
corrections = tg.Data(
    "Partner corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Transaction text with the category or merchant the end user chose instead.",
)
inhouse_labels = tg.Data(
    "In-house labelled transactions",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Monthly training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Categorizer model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="TF-IDF and linear classifier pipeline saved with joblib.",
)
request_log = tg.Data("API request log", kind="logs", sensitivity=tg.Sensitivity.PII)
promotion = tg.Data("Promotion decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Partner infrastructure", trust=tg.Trust.PARTNER):
    # Onboarded fintech apps; their backends call us on behalf of their end users.
    partner = tm.add(tg.Actor("Partner app backend", role="fintech partner", human=False))

with tm.boundary("Aggregator production VPC", trust=tg.Trust.INTERNAL):
    # The only public entry point: OAuth2 client credentials, quotas, schema checks.
    gateway = tm.add(
        tg.Endpoint(
            "Categorization API gateway",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="OAuth2 client credentials"),
                c.RateLimiting(requests_per_minute=600, note="per partner client id"),
                c.InputValidation(note="OpenAPI schema validation of request bodies"),
            },
        )
    )
    # Normalizes text, looks up merchants, calls the model, accepts corrections.
    categorizer = tm.add(
        tg.Service(
            "Categorization service",
            description="Cleans booking text, calls the classifier, resolves merchants.",
        )
    )
    # The text classifier serving category and merchant predictions.
    model = tm.add(
        tg.Model(
            "Transaction categorizer model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Canonical merchant names, logos and default categories, curated by our team.
    merchant_db = tm.add(
        tg.DataStore(
            "Merchant directory",
            stores={merchants},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Corrections partners send back, kept for the monthly retraining.
    corrections_db = tm.add(
        tg.DataStore(
            "Corrections store",
            stores={corrections},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Request and response log for partner support and billing.
    log_store = tm.add(
        tg.DataStore(
            "Request log store",
            stores={request_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("ML training account", trust=tg.Trust.INTERNAL):
    # Our own labelled transactions, the ground truth for each retraining.
    labelled_set = tm.add(
        tg.Dataset(
            "In-house labelled set",
            stores={inhouse_labels},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Merges the month's corrections with the labelled set and deduplicates.
    builder = tm.add(tg.Pipeline("Training set builder", stage=tg.Stage.PREPROCESSING))
    # Monthly retraining job, evaluated on a held-out slice of the in-house set.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="accuracy on held-out in-house labels")},
        )
    )
    # Versions of the categorizer; serving loads the one tagged production.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={
                c.ModelVersioning(),
                c.HumanInTheLoop(approver="ML engineer reviewing the evaluation report"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Our annotation team labels sampled transactions.
    annotator = tm.add(tg.Actor("Annotation team", role="labeler"))
    # Runs retraining and promotes new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(partner, gateway, transactions, protocol="https", label="categorize request")
tm.flow(gateway, partner, result, protocol="https", label="categorize response")
tm.flow(partner, gateway, corrections, protocol="https", label="corrections")

tm.flow(gateway, categorizer, transactions)
tm.flow(gateway, categorizer, corrections, label="corrections")
tm.flow(categorizer, gateway, result)

tm.flow(categorizer, model, normalized)
tm.flow(model, categorizer, prediction)
tm.flow(categorizer, merchant_db, prediction, label="merchant lookup")
tm.flow(merchant_db, categorizer, merchants)
tm.flow(categorizer, log_store, request_log)
tm.flow(categorizer, corrections_db, corrections)

tm.flow(annotator, labelled_set, inhouse_labels, protocol="https")
tm.flow(corrections_db, builder, corrections, protocol="https", label="monthly export")
tm.flow(labelled_set, builder, inhouse_labels)
tm.flow(builder, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, model, weights, protocol="https", label="deploy")
