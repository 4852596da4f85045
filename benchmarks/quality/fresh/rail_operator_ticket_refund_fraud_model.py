"""Rail operator ticket refund fraud model: the first design, before any security review.

Customers ask for refunds on unused or delayed tickets through the operator's website
and app, signed in to their customer account. The refund service in the operator's
cloud collects the request, the ticket's sale and gate-line records from the ticket
retailing supplier, the account's history and the payment history held by the payment
service provider (card tokens only: no card numbers reach us), turns them into features
and asks an in-house fraud model for a score. Refunds scored under the threshold are paid
back to the original card through the PSP straight away; the others are held in a case
queue that revenue protection analysts work in a review console, releasing or rejecting
each. Analysts' outcomes become labels for a monthly retraining job; an ML engineer
promotes new versions from the model registry. The request API is rate limited and
validates its input, staff sign in with SSO and MFA, the case store is encrypted, and
all calls to the supplier and the PSP use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rail operator ticket refund fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores ticket refund requests for fraud and holds suspicious ones for analyst review.",
)

# ---------------------------------------------------------------- data assets
refund_request = tg.Data(
    "Refund request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ticket reference, reason (unused, delay, cancellation), amount and account.",
)
refund_status = tg.Data("Refund status", kind="records", sensitivity=tg.Sensitivity.PII)
account = tg.Data(
    "Customer account data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact details, account age, past refunds and claims.",
)
journeys = tg.Data(
    "Ticket sale and gate-line records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Where and when the ticket was bought and whether it passed a gate.",
)
payment_history = tg.Data(
    "Payment history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="PSP card token, card BIN and last four digits, chargebacks and prior refunds.",
)
features = tg.Data("Refund features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Refund fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_instruction = tg.Data(
    "Refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount and the PSP token of the card the ticket was paid with.",
)
refund_result = tg.Data(
    "PSP refund result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
held_case = tg.Data(
    "Held refund case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Analyst review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
labels = tg.Data(
    "Refund fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_data = tg.Data(
    "Historical refund features", kind="training-data", sensitivity=tg.Sensitivity.PII
)
artifact = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open an account and ask for a refund, fraudsters included.
    customer = tm.add(tg.Actor("Customer", role="passenger"))

with tm.boundary("Ticket retailing supplier", trust=tg.Trust.PARTNER):
    # The supplier's retail and gate-line platform: who bought what, and where it was used.
    retail = tm.add(
        tg.DataSource(
            "Ticket retailing platform",
            origin=tg.Origin.PARTNER,
            provides={journeys},
            description="Supplier-run sales and gate-line system, queried per ticket over its API.",
        )
    )

with tm.boundary("Payment service provider", trust=tg.Trust.PARTNER):
    # Holds the card details; returns payment history and pays refunds to the card.
    psp = tm.add(
        tg.ExternalService("Payment service provider", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Public entry point of the refund journey on the website and app.
    refund_api = tm.add(
        tg.Endpoint(
            "Refund request API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
            },
        )
    )
    # Orchestrates each request: gathers data, asks for a score, pays or holds.
    refund_service = tm.add(
        tg.Service(
            "Refund service",
            description="Builds the feature vector, pays refunds scored under the threshold, holds the rest.",
            controls={
                c.HumanInTheLoop(
                    approver="a revenue protection analyst",
                    note="held refunds only; refunds under the threshold are paid automatically",
                ),
            },
        )
    )
    # Customer accounts and their refund history.
    accounts_db = tm.add(tg.DataStore("Customer accounts database", stores={account}))
    # Internal inference endpoint in front of the model.
    scoring = tm.add(tg.Endpoint("Refund scoring endpoint", returns_scores=True))
    # Gradient-boosted classifier trained on past refund outcomes.
    model = tm.add(
        tg.Model(
            "Refund fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="A score above the threshold holds the refund for review.",
        )
    )
    # Queue of held refunds and their outcomes.
    case_store = tm.add(
        tg.DataStore(
            "Held refund case store",
            stores={held_case, review_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where analysts work held cases.
    console = tm.add(
        tg.Service(
            "Refund review console",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Past requests joined with analyst outcomes.
    dataset = tm.add(tg.Dataset("Labeled refund history", stores={labels, training_data}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Versions of the trained model.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Releases or rejects held refunds.
    analyst = tm.add(tg.Actor("Revenue protection analyst", role="analyst"))
    # Trains and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, refund_api, refund_request, protocol="https")
tm.flow(refund_api, refund_service, refund_request)
tm.flow(refund_service, refund_api, refund_status)
tm.flow(refund_api, customer, refund_status, protocol="https")

tm.flow(refund_service, retail, refund_request, protocol="https", label="ticket lookup")
tm.flow(retail, refund_service, journeys, protocol="https")
tm.flow(accounts_db, refund_service, account)
tm.flow(refund_service, accounts_db, account, label="refund history update")
tm.flow(psp, refund_service, payment_history, protocol="https")

tm.flow(refund_service, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, refund_service, score)

tm.flow(refund_service, psp, refund_instruction, protocol="https")
tm.flow(psp, refund_service, refund_result, protocol="https")

tm.flow(refund_service, case_store, held_case, label="scores above the threshold")
tm.flow(case_store, console, held_case)
tm.flow(console, analyst, held_case, protocol="https")
tm.flow(analyst, console, review_decision, protocol="https")
tm.flow(console, case_store, review_decision)
tm.flow(console, refund_service, review_decision, label="release or reject")

tm.flow(case_store, dataset, held_case, review_decision, label="monthly export")
tm.flow(dataset, training, labels, training_data)
tm.flow(training, registry, artifact)
tm.flow(ml_engineer, registry, promotion, label="promotes a version")
tm.flow(registry, model, artifact, label="deploy")
