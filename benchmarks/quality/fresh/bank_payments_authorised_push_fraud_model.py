"""Authorised push payment (APP) scam scoring for outgoing Faster Payments: first design.

Retail customers send Faster Payments from the mobile banking app. Before submitting
a payment, the payments orchestrator runs a Confirmation of Payee check with the
scheme and asks an in-house model, served in the payments platform, how likely the
payment is to be an APP scam. Features come from an online feature store filled from
core banking transaction history. Payments scored above the hold threshold are parked
in fraud case management, and a fraud operations agent phones the customer back
before releasing or cancelling them; the rest go straight to Faster Payments.
Confirmed outcomes and customers' scam reports label monthly retraining on the ML
platform; a data scientist promotes versions from the registry. Customers sign in on
a registered device, staff use SSO with MFA, and the scheme links use mutual TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bank APP scam payment scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores outgoing Faster Payments for APP scam risk and holds risky ones for a call-back.",
)

# ---------------------------------------------------------------- data assets
payment = tg.Data(
    "Payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, reference, payer account and the payee's sort code, account number and name.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
session = tg.Data(
    "Device and session signals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Device id, app session length, whether a call was active, typing cadence.",
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.PII)
scam_report = tg.Data(
    "Customer scam report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A customer's report that a payment they made was a scam (reimbursement claim).",
)
cop_request = tg.Data("Payee name check request", kind="records", sensitivity=tg.Sensitivity.PII)
cop_result = tg.Data(
    "Confirmation of Payee result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Match, close match or no match against the payee bank's account name.",
)
scoring_request = tg.Data(
    "Scoring request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The payment, session signals and CoP result for one payment.",
)
history = tg.Data(
    "Account transaction history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
features = tg.Data(
    "Payer and payee features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Payer spending profile, payee first-seen date, payee inbound mule indicators.",
)
score = tg.Data(
    "APP scam risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Probability of scam and the top reason codes.",
)
fps_message = tg.Data(
    "Faster Payments message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
held_case = tg.Data(
    "Held payment case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The held payment, its score and reason codes, and the customer's phone number.",
)
callback_answers = tg.Data(
    "Call-back conversation",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The agent's questions about the payment and the customer's answers.",
)
release_decision = tg.Data(
    "Release decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Release or cancel, with the agent's id and notes.",
)
labels = tg.Data(
    "Scam outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "APP scam model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The account holder making the payment, possibly under a scammer's instructions.
    customer = tm.add(tg.Actor("Bank customer", role="retail customer"))

with tm.boundary("Faster Payments scheme", trust=tg.Trust.PARTNER):
    # The scheme's central infrastructure, reached through the bank's gateway connection.
    fps = tm.add(
        tg.ExternalService(
            "Faster Payments central infrastructure",
            description="Clears and settles the payment to the payee's bank.",
        )
    )
    # Confirmation of Payee: checks the payee name against the receiving bank's records.
    cop = tm.add(
        tg.ExternalService(
            "Confirmation of Payee service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Name check answered by the payee's bank through the CoP directory.",
        )
    )

with tm.boundary("Bank DMZ", trust=tg.Trust.INTERNAL):
    # The mobile banking back end the app talks to.
    mobile_api = tm.add(
        tg.Endpoint(
            "Mobile banking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="biometric or app passcode on a registered device"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )

with tm.boundary("Payments platform", trust=tg.Trust.INTERNAL):
    # Sequences CoP, scoring and submission, and holds payments above the threshold.
    orchestrator = tm.add(
        tg.Service(
            "Payments orchestrator",
            description="Submits payments under the hold threshold; parks the others for a call-back.",
            controls={
                c.HumanInTheLoop(
                    approver="fraud operations agent after a call-back",
                    note="only payments scored above the hold threshold wait for the agent",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Serves the scam model to the orchestrator within the payment's latency budget.
    scoring = tm.add(tg.Endpoint("APP scam scoring endpoint", returns_scores=True))
    # The scam classifier itself.
    model = tm.add(
        tg.Model(
            "APP scam model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score above the threshold holds the payment.",
            controls={c.ModelValidation(note="independent model risk validation before first use")},
        )
    )
    # Low-latency lookup of payer and payee features.
    feature_store = tm.add(
        tg.FeatureStore(
            "Payments feature store", stores={features}, online=True, controls={c.RBAC()}
        )
    )
    # Recomputes features from posted transactions every few minutes.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))

    with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
        # The bank's ledger of accounts and transactions.
        core = tm.add(
            tg.DataStore(
                "Core banking ledger",
                stores={history, payment},
                controls={
                    c.EncryptionAtRest(key_management="HSM-backed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Fraud operations", trust=tg.Trust.INTERNAL):
    # Where held payments and scam reports are worked.
    cases = tm.add(
        tg.Service(
            "Fraud case management",
            description="Queue of held payments and scam reports; records each release decision.",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Calls the customer back and decides to release or cancel a held payment.
    agent = tm.add(tg.Actor("Fraud operations agent", role="fraud operations"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Labelled history of scored payments and their confirmed outcomes.
    train_set = tm.add(tg.Dataset("APP scam training set", stores={labels, features}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Versions of the scam model awaiting or in production.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
    # Owns the model: tunes training and promotes new versions.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# making a payment
tm.flow(customer, mobile_api, payment, session, protocol="https")
tm.flow(mobile_api, orchestrator, payment, session, protocol="https")
tm.flow(orchestrator, cop, cop_request, protocol="mtls")
tm.flow(cop, orchestrator, cop_result, protocol="mtls")
tm.flow(orchestrator, scoring, scoring_request, protocol="grpc")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, model, features, scoring_request)
tm.flow(model, scoring, score)
tm.flow(scoring, orchestrator, score, protocol="grpc")
tm.flow(orchestrator, core, payment, label="debit posted")
tm.flow(orchestrator, fps, fps_message, protocol="mtls")
tm.flow(fps, orchestrator, payment_status, protocol="mtls")
tm.flow(orchestrator, mobile_api, payment_status, protocol="https")
tm.flow(mobile_api, customer, payment_status, protocol="https")

# features
tm.flow(core, feature_job, history, label="transaction stream")
tm.flow(feature_job, feature_store, features)

# holding and the call-back
tm.flow(orchestrator, cases, held_case, score)
tm.flow(cases, agent, held_case, protocol="https")
tm.flow(agent, customer, callback_answers, protocol="phone", label="call-back")
tm.flow(customer, agent, callback_answers, protocol="phone", label="call-back")
tm.flow(agent, cases, release_decision, protocol="https")
tm.flow(cases, orchestrator, release_decision)

# scam reports and retraining
tm.flow(customer, mobile_api, scam_report, protocol="https", label="reports a scam")
tm.flow(mobile_api, cases, scam_report)
tm.flow(cases, train_set, labels, label="confirmed outcomes")
tm.flow(feature_store, train_set, features, label="offline snapshot")
tm.flow(train_set, training, labels, features)
tm.flow(scientist, training, train_config)
tm.flow(training, registry, weights)
tm.flow(scientist, registry, promotion, label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
