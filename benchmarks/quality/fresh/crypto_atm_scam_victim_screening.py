"""Crypto ATM scam-victim screening: the first design, before any security review.

We operate about 900 bitcoin ATMs in US convenience stores. Before a cash deposit
is converted and sent, the kiosk sends the transaction (amount, destination
wallet, the customer ID from our SMS phone-number verification, the customer's
age) and a short clip from the kiosk camera to a scoring service in our cloud.
The service asks a third-party blockchain analytics API how risky the destination
wallet is, and an in-house model scores how likely it is that the customer is
being coached by a scammer. Below the threshold the coins are sent from our hot
wallet; above it the kiosk shows a warning screen and the transaction is held
until a compliance analyst has called the customer and released or refunded it.
Analysts' decisions become labels for a monthly retraining job. Kiosks call the
cloud API over TLS with a per-kiosk API key; the analyst console uses SSO with
MFA; per-customer daily limits apply to every deposit.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Crypto ATM scam-victim screening",
    profile=tg.RiskProfile.HIGH,
    description="Scores bitcoin ATM deposits for scam coaching and holds risky ones for a call.",
)

# ---------------------------------------------------------------- data assets
deposit = tg.Data(
    "Deposit request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, destination wallet address, customer ID and age.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
clip = tg.Data(
    "Kiosk camera clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few seconds of video of the customer at the kiosk during the deposit.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
phone = tg.Data("Phone number and one-time code", kind="records", sensitivity=tg.Sensitivity.PII)
verification = tg.Data(
    "Phone verification result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Verified or not, with our customer ID for that number.",
)
wallet_query = tg.Data(
    "Destination wallet address", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
wallet_risk = tg.Data(
    "Wallet risk rating",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The analytics vendor's risk category and exposure for the wallet.",
)
features = tg.Data(
    "Scoring features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Transaction, customer history, age and wallet risk features.",
)
score = tg.Data(
    "Scam risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
kiosk_instruction = tg.Data(
    "Kiosk instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Proceed, or show the warning screen and hold.",
)
transactions = tg.Data(
    "Transaction records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every deposit with its score, hold status and outcome (BSA record keeping).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case = tg.Data(
    "Held case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The held transaction, its score, wallet risk and customer phone number.",
)
analyst_decision = tg.Data(
    "Analyst release decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Release, refund or refuse, with the call notes.",
)
call = tg.Data("Compliance call", kind="media", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Scam labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_rows = tg.Data(
    "Historical transactions and features", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Scam model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
send = tg.Data(
    "Send instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount of bitcoin and the destination wallet.",
)
btc_tx = tg.Data("Signed bitcoin transaction", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Convenience stores", trust=tg.Trust.UNTRUSTED):
    # The person depositing cash; possibly on the phone with a scammer.
    customer = tm.add(tg.Actor("ATM customer", role="customer"))
    # ~900 kiosks in stores we do not control; each has a camera and a cash acceptor.
    kiosk = tm.add(
        tg.Device(
            "Bitcoin ATM kiosk",
            fleet=True,
            description="Kiosk app on an embedded PC with a bill validator, touchscreen and camera.",
        )
    )

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # SMS one-time-code service that ties a phone number to a customer ID.
    phone_verify = tm.add(
        tg.ExternalService("Phone verification service", provides="identity-provider")
    )
    # Third-party wallet screening: risk category and exposure of the destination.
    chain_analytics = tm.add(
        tg.ExternalService(
            "Blockchain analytics API",
            provides="data-provider",
            controls={tg.controls.SupplierAssessment(note="vendor contract and SOC 2 report")},
        )
    )

with tm.boundary("Public bitcoin network", trust=tg.Trust.UNTRUSTED):
    # Where sends become final; nothing can be recalled once broadcast.
    bitcoin = tm.add(tg.ExternalService("Bitcoin network"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Entry point for all kiosk traffic.
    kiosk_api = tm.add(
        tg.Endpoint(
            "Kiosk API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-kiosk API key"),
                tg.controls.SchemaEnforcement(),
            },
        )
    )
    # Orchestrates a deposit: enrichment, scoring, hold-or-send, records.
    txn_service = tm.add(
        tg.Service(
            "Transaction screening service",
            description="Enriches the deposit, calls the model, applies the threshold, "
            "holds or sends.",
            controls={
                tg.controls.TransactionLimits(limit="USD 3,000 per customer per day"),
                tg.controls.HumanInTheLoop(
                    approver="compliance analyst", above="scam risk score threshold"
                ),
                tg.controls.AuditLogging(retention_days=1825),
            },
        )
    )
    # The scam-coaching model; its score decides whether a customer's money is held.
    scam_model = tm.add(
        tg.Model(
            "Scam coaching risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over transaction features plus a video "
            "embedding of the clip (phone held to ear, looking at notes).",
        )
    )
    # Clips are kept for scoring and for analysts to watch before calling.
    clip_store = tm.add(
        tg.DataStore(
            "Kiosk clip store",
            stores={clip},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # System of record for deposits and their outcomes.
    txn_db = tm.add(
        tg.DataStore(
            "Transaction database",
            stores={transactions},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sends the bitcoin for deposits that are released.
    hot_wallet = tm.add(
        tg.Service(
            "Hot wallet service",
            description="Signs and broadcasts sends from the operator's hot wallet.",
            controls={tg.controls.SecretsManagement(note="signing key in a cloud HSM")},
        )
    )
    # Queue and console where analysts work held transactions.
    console = tm.add(
        tg.Service(
            "Compliance case console",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labels from analyst outcomes joined to past transactions.
        training_set = tm.add(tg.Dataset("Scam training set", stores={labels, training_rows}))
        # Monthly job that retrains the model on the latest labels.
        retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
        # Versions of the model that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
            )
        )

with tm.boundary("Compliance office", trust=tg.Trust.INTERNAL):
    # Calls held customers and decides whether to release the deposit.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance analyst"))

# ---------------------------------------------------------------- flows
tm.flow(customer, kiosk, deposit, phone, label="cash, wallet QR code, phone number")
tm.flow(kiosk, customer, kiosk_instruction, label="warning screen or receipt")

tm.flow(kiosk, kiosk_api, phone, protocol="https")
tm.flow(kiosk_api, phone_verify, phone, protocol="https")
tm.flow(phone_verify, customer, phone, protocol="sms", label="one-time code")
tm.flow(phone_verify, kiosk_api, verification, protocol="https")
tm.flow(kiosk_api, kiosk, verification, protocol="https")

tm.flow(kiosk, kiosk_api, deposit, clip, protocol="https")
tm.flow(kiosk_api, clip_store, clip)
tm.flow(kiosk_api, txn_service, deposit)
tm.flow(txn_service, chain_analytics, wallet_query, protocol="https")
tm.flow(chain_analytics, txn_service, wallet_risk, protocol="https")
tm.flow(txn_service, scam_model, features)
tm.flow(clip_store, scam_model, clip)
tm.flow(scam_model, txn_service, score)
tm.flow(txn_service, txn_db, transactions)
tm.flow(txn_service, kiosk_api, kiosk_instruction)
tm.flow(kiosk_api, kiosk, kiosk_instruction, protocol="https")

tm.flow(txn_service, console, case, label="score above threshold")
tm.flow(clip_store, console, clip)
tm.flow(console, analyst, case, clip, protocol="https")
tm.flow(analyst, customer, call, protocol="phone call")
tm.flow(analyst, console, analyst_decision, protocol="https")
tm.flow(console, txn_service, analyst_decision)

tm.flow(txn_service, hot_wallet, send)
tm.flow(hot_wallet, bitcoin, btc_tx, protocol="bitcoin p2p")

tm.flow(console, training_set, labels)
tm.flow(txn_db, training_set, training_rows, label="monthly export")
tm.flow(training_set, retraining, labels, training_rows)
tm.flow(retraining, registry, weights)
tm.flow(registry, scam_model, weights, label="deploy")
