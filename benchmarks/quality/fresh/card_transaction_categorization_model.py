"""Card transaction categorization: the first design, before any security review.

The bank's mobile app shows customers a budgeting view of their card spending by
category (groceries, travel, eating out, ...). Every settled card transaction is
read from the card ledger stream by a categorization service, which asks a
third-party merchant-data API for a clean merchant name and hints, then runs our
in-house classifier and stores the category with the transaction. Customers can
re-categorise a transaction in the app; the correction is saved and, once a month,
exported with the transaction features into a training set from which a retraining
job builds a new model for an ML engineer to promote from the registry.
All of it runs in the bank's cloud account, except the enrichment vendor.
Controls in this design: app login with strong customer authentication and rate
limits at the API gateway, schema checks on corrections, the vendor went through
vendor due diligence, encryption at rest of categorised transactions, versioned
models with a manual promotion after a holdout evaluation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Card transaction categorization",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Spending categories for the mobile budgeting view, retrained monthly from customer corrections.",
)

# ---------------------------------------------------------------- data assets
transactions = tg.Data(
    "Card transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Card token, customer id, amount, merchant descriptor, MCC, location, time.",
)
merchant_query = tg.Data(
    "Merchant lookup",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Raw merchant descriptor, MCC, city and country; no customer id.",
)
merchant_info = tg.Data(
    "Merchant enrichment",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Clean merchant name, logo URL, vendor category hint.",
)
features = tg.Data("Transaction features", kind="features", sensitivity=tg.Sensitivity.PII)
prediction = tg.Data(
    "Predicted category",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Top category with class probabilities; low confidence shows 'Other'.",
)
categorised = tg.Data(
    "Categorised transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
budget_request = tg.Data("Budget view request", kind="records", sensitivity=tg.Sensitivity.PII)
budget_view = tg.Data("Budget view", kind="records", sensitivity=tg.Sensitivity.PII)
correction = tg.Data(
    "Category correction",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Transaction id and the category the customer chose.",
)
training_set = tg.Data(
    "Correction training set",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Customer corrections joined with their transaction features.",
)
model_artifact = tg.Data(
    "Categorizer model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A retail banking customer looking at their spending.
    customer = tm.add(tg.Actor("Customer", role="bank customer"))
    # The bank's iOS and Android app on customers' phones.
    app = tm.add(tg.Device("Mobile banking app", fleet=True))

with tm.boundary("Enrichment vendor", trust=tg.Trust.PARTNER):
    # Third-party merchant database that cleans up card descriptors.
    enrichment_api = tm.add(
        tg.ExternalService(
            "Merchant enrichment API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="bank vendor due diligence and DPA")},
        )
    )

with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
    # Settled card transactions, published by the card processing platform.
    ledger = tm.add(
        tg.DataSource(
            "Card ledger stream",
            origin=tg.Origin.INTERNAL,
            provides={transactions},
            description="Kafka topic of settled card transactions.",
        )
    )

with tm.boundary("Bank cloud", trust=tg.Trust.INTERNAL):
    # Front door for all mobile app API calls.
    gateway = tm.add(
        tg.Endpoint(
            "Mobile API gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app login with PSD2 strong customer authentication"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Builds the budgeting view and takes re-categorisations.
    budgeting = tm.add(
        tg.Service(
            "Budgeting service",
            controls={c.InputValidation(note="correction must name a known category")},
        )
    )
    # Consumes the ledger, enriches, calls the model, writes the category.
    categorizer = tm.add(tg.Service("Categorization service"))
    # The classifier itself, loaded from the registry.
    model = tm.add(
        tg.Model(
            "Category classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees over descriptor tokens, MCC, amount and enrichment.",
        )
    )
    # Transactions with their category and any customer override.
    txn_store = tm.add(
        tg.DataStore(
            "Categorised transaction store",
            stores={categorised, correction},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly snapshot of corrections for retraining.
        corrections_ds = tm.add(tg.Dataset("Corrections dataset", stores={training_set}))
        # Monthly job that retrains and scores the model on a holdout.
        retraining = tm.add(
            tg.Pipeline(
                "Monthly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="holdout accuracy must not drop")},
            )
        )
        # Where model versions live until promoted to serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={
                    c.ModelVersioning(),
                    c.HumanInTheLoop(approver="ML engineer"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the evaluation and promotes a new version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# categorization of new transactions
tm.flow(ledger, categorizer, transactions, protocol="kafka")
tm.flow(categorizer, enrichment_api, merchant_query, protocol="https")
tm.flow(enrichment_api, categorizer, merchant_info, protocol="https")
tm.flow(categorizer, model, features)
tm.flow(model, categorizer, prediction)
tm.flow(categorizer, txn_store, categorised, features)

# budgeting view and corrections in the app
tm.flow(customer, app, budget_request, correction, label="taps")
tm.flow(app, customer, budget_view, label="screen")
tm.flow(app, gateway, budget_request, correction, protocol="https")
tm.flow(gateway, app, budget_view, protocol="https")
tm.flow(gateway, budgeting, budget_request, correction)
tm.flow(budgeting, gateway, budget_view)
tm.flow(txn_store, budgeting, categorised)
tm.flow(budgeting, txn_store, correction, label="re-categorise")

# monthly retraining
tm.flow(txn_store, corrections_ds, training_set, label="monthly export")
tm.flow(corrections_ds, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(ml_engineer, registry, approval, label="promotes version")
tm.flow(registry, model, model_artifact, label="load promoted version")
