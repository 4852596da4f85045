"""Seller payout risk model: the first design, before any security review.

An online marketplace operating in the EU pays sellers their sales proceeds on a
schedule. Before each payout is released, the payout service asks an in-house risk model
to score it from seller features (account age, listing spikes, chargeback rate, order
patterns) built from the marketplace database and the payment provider's chargeback feed.
Payouts above a threshold are held automatically and queued for the trust and safety team,
who release or cancel them in a review console. Sellers see a hold reason code in their
dashboard and can upload documents (ID, supplier invoices, tracking proof) to appeal. The
model is retrained nightly on past chargebacks and reviewer decisions; an ML engineer
promotes new versions from the registry. Controls in this design: TLS on external
connections, seller sign-in with a second factor on new devices, SSO and roles with audit
logs on the review console, encryption of appeal documents, reviewer release of held
payouts, and versioned models.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Online marketplace seller payout risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Holds risky seller payouts for trust and safety review; sellers can appeal.",
)

# ---------------------------------------------------------------- data assets
seller_records = tg.Data(
    "Seller accounts and activity",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Seller profile, listings, orders and payout history.",
)
bank_details = tg.Data(
    "Seller payout bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chargebacks = tg.Data(
    "Chargeback records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data("Seller risk features", kind="features", sensitivity=tg.Sensitivity.PII)
payout_request = tg.Data("Scheduled payout", kind="records", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data(
    "Payout risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
hold_reason = tg.Data(
    "Hold reason and payout status", kind="records", sensitivity=tg.Sensitivity.PII
)
held_case = tg.Data(
    "Held payout case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Payout, score, top reason codes, seller history and any appeal.",
)
appeal_docs = tg.Data(
    "Appeal documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="ID scans, supplier invoices, shipping proof uploaded as PDF or images.",
)
review_decision = tg.Data(
    "Reviewer decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Release or cancel, with a fraud / not-fraud label and a note.",
)
payout_instruction = tg.Data("Payout instruction", kind="records", sensitivity=tg.Sensitivity.PII)
payout_confirmation = tg.Data(
    "Payout confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_set = tg.Data(
    "Labelled payout history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, fraudsters included.
    seller = tm.add(tg.Actor("Seller", role="seller"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card disputes raised by buyers, per order, as the acquirer reports them.
    chargeback_feed = tm.add(
        tg.DataSource(
            "Chargeback feed",
            origin=tg.Origin.PARTNER,
            provides={chargebacks},
            description="Daily dispute file and webhooks from the payment provider.",
        )
    )
    # Sends the money to the seller's bank account.
    payout_api = tm.add(
        tg.ExternalService(
            "Payment provider payout API",
            description="Executes bank transfers the marketplace instructs.",
        )
    )

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # Seller-facing web app: payouts, hold reasons, bank details and appeal uploads.
    dashboard = tm.add(
        tg.Service(
            "Seller dashboard",
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password, SMS code at sign-in from a new device"
                ),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # System of record for sellers, listings, orders and payouts.
    marketplace_db = tm.add(
        tg.DataStore("Marketplace database", stores={seller_records, bank_details})
    )
    # Turns activity and chargebacks into per-seller features.
    feature_job = tm.add(tg.Pipeline("Seller feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Online features for scoring, offline snapshots for training.
    feature_store = tm.add(tg.FeatureStore("Seller feature store", stores={features}, online=True))
    # Runs the payout schedule and decides release or hold from the score.
    payout_service = tm.add(
        tg.Service(
            "Payout service",
            description="Scores each scheduled payout; above the threshold it holds the payout.",
            controls={
                c.HumanInTheLoop(approver="trust and safety reviewer"),
                c.Contestability(note="sellers see a reason code and can appeal with documents"),
            },
        )
    )
    # The risk model that flags payouts as likely fraud.
    risk_model = tm.add(
        tg.Model(
            "Payout fraud risk model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            returns_scores=True,
            description="Gradient-boosted trees; score above 0.8 holds the payout.",
        )
    )

    with tm.boundary("Appeals data", trust=tg.Trust.RESTRICTED):
        # Documents sellers upload to contest a hold.
        appeal_store = tm.add(
            tg.DataStore(
                "Appeal document store",
                stores={appeal_docs},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Past payouts joined with chargebacks and reviewer decisions.
    dataset = tm.add(tg.Dataset("Payout training set", stores={training_set}))
    # Retrains the model every night.
    training = tm.add(tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING))
    # Versions of the risk model; the payout service loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal tool where held payouts and appeals are worked.
    console = tm.add(
        tg.Service(
            "Trust and safety review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Reviews held payouts and appeals, releases or cancels them.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="reviewer"))
    # Owns the model and promotes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# seller side
tm.flow(seller, dashboard, bank_details, appeal_docs, protocol="https", controls={tls})
tm.flow(dashboard, seller, hold_reason, protocol="https", controls={tls})
tm.flow(dashboard, marketplace_db, bank_details)
tm.flow(dashboard, appeal_store, appeal_docs)

# features
tm.flow(marketplace_db, feature_job, seller_records)
tm.flow(chargeback_feed, feature_job, chargebacks, protocol="https", controls={tls})
tm.flow(feature_job, feature_store, features)

# scoring and payout
tm.flow(marketplace_db, payout_service, payout_request, bank_details, label="payout schedule")
tm.flow(feature_store, payout_service, features, label="online lookup")
tm.flow(payout_service, risk_model, features)
tm.flow(risk_model, payout_service, risk_score)
tm.flow(payout_service, marketplace_db, hold_reason, label="payout status")
tm.flow(marketplace_db, dashboard, hold_reason, seller_records)
tm.flow(payout_service, payout_api, payout_instruction, protocol="https", controls={tls})
tm.flow(payout_api, payout_service, payout_confirmation, protocol="https", controls={tls})

# review
tm.flow(payout_service, console, held_case, protocol="https")
tm.flow(appeal_store, console, appeal_docs, protocol="https")
tm.flow(console, reviewer, held_case, appeal_docs)
tm.flow(reviewer, console, review_decision)
tm.flow(console, payout_service, review_decision, protocol="https", label="release or cancel")

# nightly retraining
tm.flow(console, dataset, review_decision)
tm.flow(feature_store, dataset, features, label="offline snapshot")
tm.flow(chargeback_feed, dataset, chargebacks, protocol="https", controls={tls})
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, label="promotes a version")
tm.flow(registry, risk_model, model_artifact, label="deploy")
