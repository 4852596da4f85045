"""Crypto wallet scam warnings: the first design, before any security review.

Our non-custodial mobile wallet (keys stay on the phone) checks every outgoing
transfer for scam risk before the user signs it. The app sends the destination
address, asset, amount and the free-text memo to a risk API in our cloud. A risk
service joins them with the user's transfer history and with address reputation
features built from public chain data and a licensed blockchain-analytics feed,
and a gradient-boosted classifier scores the transfer. The app shows a warning
for medium risk; for high risk the signed transaction is held by our relay for
24 hours (the user can cancel) before it is broadcast through a hosted node
provider. Users can report scams from the app; trust-and-safety analysts label
the reports, and a weekly job retrains the model. Users are mostly in the EU.
Controls so far: per-device signed requests and rate limits on the API, address
format checks, KMS encryption of the history database, a secrets vault for the
vendor key, audit logs on the relay and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crypto wallet transaction scam warnings",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores outgoing wallet transfers for scam risk and warns, or delays the broadcast.",
)

# ---------------------------------------------------------------- data assets
transfer = tg.Data(
    "Outgoing transfer details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Destination address, asset, amount and the memo the user typed or pasted.",
)
risk_features = tg.Data("Transfer risk features", kind="features", sensitivity=tg.Sensitivity.PII)
verdict = tg.Data(
    "Scam risk verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Risk band, the reasons shown to the user, and whether to delay.",
)
history = tg.Data(
    "User transfer history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chain_data = tg.Data("On-chain transaction data", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
address_intel = tg.Data(
    "Address reputation feed",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed labels of addresses tied to scams, mixers and sanctioned entities.",
)
address_features = tg.Data(
    "Address risk features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
signed_tx = tg.Data(
    "Signed transaction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
cancel = tg.Data("Transfer cancellation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
broadcast_status = tg.Data("Broadcast status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scam_report = tg.Data("Scam report", kind="feedback", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Scam labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled transfer training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
artifact = tg.Data(
    "Scam model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The wallet owner, who may be talking to a scammer while sending.
    user = tm.add(tg.Actor("Wallet user", role="end user"))
    # Our app on the user's own phone; it holds the keys and signs transfers.
    app = tm.add(
        tg.Device("Wallet mobile app", description="iOS and Android app on the user's phone.")
    )

with tm.boundary("Blockchain vendors", trust=tg.Trust.PARTNER):
    # Licensed feed of known scam and high-risk addresses.
    analytics = tm.add(
        tg.ExternalService("Blockchain analytics provider", provides="data-provider")
    )
    # Hosted RPC node: broadcasts transactions and serves public chain data.
    node = tm.add(tg.ExternalService("Hosted node provider"))

with tm.boundary("Wallet cloud", trust=tg.Trust.INTERNAL):
    # Public entry point of the backend for the app.
    api = tm.add(
        tg.Endpoint(
            "Wallet risk API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="requests signed with the per-device key created at wallet setup"
                ),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="address format and checksum checks"),
            },
        )
    )
    # Builds features for each transfer, calls the model, maps the score to a band.
    risk = tm.add(
        tg.Service(
            "Transfer risk service",
            description="If scoring does not answer within 2 seconds the app proceeds without a warning.",
        )
    )
    # The scam classifier itself.
    model = tm.add(
        tg.Model(
            "Scam risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores a transfer from the address, the user's history and the memo text.",
        )
    )
    # Past transfers per wallet, with the verdicts they got.
    history_db = tm.add(
        tg.DataStore(
            "Transfer history database",
            stores={history, transfer},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Address reputation features for online lookup.
    features = tm.add(tg.FeatureStore("Address feature store", stores={address_features}))
    # Turns chain data and the vendor feed into address features every few minutes.
    ingestion = tm.add(
        tg.Pipeline(
            "Address feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SecretsManagement(note="vendor API key in the cloud vault")},
        )
    )
    # Holds high-risk signed transfers for the delay, then broadcasts them.
    relay = tm.add(tg.Service("Transaction relay", controls={c.AuditLogging(retention_days=365)}))
    # Signed transfers waiting out their 24-hour delay.
    held = tm.add(tg.DataStore("Delayed transfer queue", stores={signed_tx}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Scam reports, analyst labels and history snapshots for training.
        dataset = tm.add(
            tg.Dataset("Scam training set", stores={scam_report, labels, training_set})
        )
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Where serving loads the current model version from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews user scam reports and labels them.
    analyst = tm.add(tg.Actor("Trust and safety analyst", role="analyst"))

# ---------------------------------------------------------------- flows
# scoring a transfer
tm.flow(user, app, transfer, label="typed or pasted in the send screen")
tm.flow(app, api, transfer, protocol="https")
tm.flow(api, risk, transfer)
tm.flow(history_db, risk, history)
tm.flow(features, risk, address_features, label="online lookup")
tm.flow(risk, model, risk_features)
tm.flow(model, risk, verdict)
tm.flow(risk, history_db, transfer, verdict, label="records the scored transfer")
tm.flow(risk, api, verdict)
tm.flow(api, app, verdict, protocol="https")
tm.flow(app, user, verdict, label="warning or delay notice on screen")

# sending, holding and broadcasting
tm.flow(app, api, signed_tx, cancel, protocol="https", label="after the user confirms or cancels")
tm.flow(api, relay, signed_tx, verdict, cancel)
tm.flow(relay, held, signed_tx, label="held for 24 hours")
tm.flow(held, relay, signed_tx, label="released when the delay ends")
tm.flow(relay, node, signed_tx, protocol="https")
tm.flow(node, relay, broadcast_status, protocol="https")
tm.flow(relay, api, broadcast_status)
tm.flow(api, app, broadcast_status, protocol="https")

# address features
tm.flow(node, ingestion, chain_data, protocol="https")
tm.flow(analytics, ingestion, address_intel, protocol="https")
tm.flow(ingestion, features, address_features)

# reports, labels and retraining
tm.flow(user, app, scam_report, label="report a scam in the app")
tm.flow(app, api, scam_report, protocol="https")
tm.flow(api, dataset, scam_report)
tm.flow(dataset, analyst, scam_report, protocol="https", label="labelling console")
tm.flow(analyst, dataset, labels, protocol="https", label="labelling console")
tm.flow(history_db, dataset, training_set, label="weekly export")
tm.flow(features, dataset, address_features, label="weekly snapshot")
tm.flow(dataset, training, training_set, labels, address_features)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
