"""Money-mule account detection: the first design, before any security review.

A European retail bank wants to find accounts used as money mules. A graph
pipeline joins the payment network (who pays whom, from the payments hub) with
device and session data from mobile and web banking (which accounts share
devices and IP addresses) and with the mule-account list a fraud-intelligence
consortium of banks shares with us each day. A graph neural network scores
every account touched by a new payment; above the threshold the scoring
service freezes the account's outgoing payments at once and opens a case for
the financial-crime team, whose analysts release the freeze or confirm the
account as a mule. Their outcomes become the labels for monthly retraining.
It all runs in the bank's data centre. Customers sign in with strong customer
authentication, the feature store is encrypted and role-restricted, model risk
validates each model before release, and case handling is audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Money-mule account graph model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores accounts for mule activity from payment and device graphs and "
    "freezes outgoing payments on high scores pending analyst review.",
)

# ---------------------------------------------------------------- data assets
payment_instruction = tg.Data(
    "Payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Payer, payee account, amount and reference, as the customer enters it.",
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.PII)
device_data = tg.Data(
    "Device and session data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Device fingerprint, IP address, app version and login times per session.",
)
payment_events = tg.Data(
    "Payment events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Settled and pending payments between accounts, ours and other banks'.",
)
mule_intel = tg.Data(
    "Consortium mule intelligence",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accounts that member banks have confirmed or suspect as mules.",
)
graph_features = tg.Data(
    "Account graph features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-account neighbourhoods, shared-device edges and flow statistics.",
)
mule_score = tg.Data(
    "Mule risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
freeze = tg.Data(
    "Outgoing payment freeze",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alert_case = tg.Data(
    "Mule alert case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The account, its score, the top contributing edges and recent payments.",
)
case_decision = tg.Data(
    "Case decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Release the freeze, or confirm mule and keep the account blocked.",
)
release = tg.Data(
    "Freeze release decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
labels = tg.Data(
    "Mule labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_config = tg.Data("Training run configuration", kind="code")
gnn_weights = tg.Data(
    "GNN model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Retail customers paying from the mobile app or web banking; mules among them.
    customer = tm.add(tg.Actor("Bank customer", role="retail customer"))

with tm.boundary("Fraud intelligence consortium", trust=tg.Trust.PARTNER):
    # Shared mule-account list from other banks, delivered as a daily file.
    consortium = tm.add(
        tg.DataSource(
            "Consortium mule feed",
            origin=tg.Origin.PARTNER,
            provides={mule_intel},
            description="Daily SFTP file of accounts flagged by member banks.",
        )
    )

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    with tm.boundary("Digital channels", trust=tg.Trust.INTERNAL):
        # Existing mobile and web banking back end: where payments start and where
        # device and session data are collected.
        digital = tm.add(
            tg.Service(
                "Digital banking platform",
                controls={
                    c.Authentication(
                        method="customer ID and passcode with SCA: app approval or "
                        "biometrics on a bound device at every sign-in"
                    ),
                    c.RateLimiting(requests_per_minute=120),
                },
            )
        )

    with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
        # Existing payments hub: executes payments and applies or lifts freezes.
        payments = tm.add(
            tg.Service(
                "Payments hub",
                description="Routes outgoing payments to the schemes; holds those of "
                "frozen accounts.",
                controls={c.AuditLogging()},
            )
        )

    with tm.boundary("Financial crime analytics", trust=tg.Trust.INTERNAL):
        # Builds the account graph from payments, devices and consortium data.
        graph_pipeline = tm.add(
            tg.Pipeline(
                "Graph feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                description="Spark job with open-source graph libraries; updates edges "
                "every few minutes.",
            )
        )
        # Online and offline graph features per account.
        feature_store = tm.add(
            tg.FeatureStore(
                "Account graph feature store",
                stores={graph_features},
                online=True,
                controls={c.RBAC(), c.EncryptionAtRest(key_management="bank HSM-backed KMS")},
            )
        )
        # Event-driven scorer: applies the threshold and triggers the freeze.
        scoring = tm.add(
            tg.Service(
                "Mule scoring service",
                description="Scores the accounts on each new payment event; above 0.85 "
                "freezes outgoing payments and opens a case.",
            )
        )
        # The graph model itself.
        gnn = tm.add(
            tg.Model(
                "Mule detection GNN",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Graph neural network giving each account a mule probability.",
            )
        )

        with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
            # Cases with analyst outcomes and the features at the time of the alert.
            label_set = tm.add(tg.Dataset("Labelled mule cases", stores={labels, graph_features}))
            # Monthly retraining, validated by model risk before release.
            training = tm.add(
                tg.Pipeline(
                    "GNN training pipeline",
                    stage=tg.Stage.TRAINING,
                    third_party_packages=True,
                    controls={c.ModelValidation(note="model risk validation before release")},
                )
            )
            # Versioned model checkpoints for serving.
            registry = tm.add(
                tg.ModelRegistry(
                    "Model registry", stores={gnn_weights}, controls={c.ModelVersioning()}
                )
            )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Case management tool the financial-crime team already uses.
    case_mgmt = tm.add(
        tg.Service(
            "Financial crime case management",
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.Authentication(method="corporate SSO with MFA"),
                c.HumanInTheLoop(
                    approver="financial crime analyst",
                    note="decides release or mule confirmation after the freeze; the "
                    "freeze itself applies automatically",
                ),
            },
        )
    )
    # Reviews frozen accounts and decides the outcome.
    analyst = tm.add(tg.Actor("Financial crime analyst", role="analyst"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, digital, payment_instruction, device_data, protocol="https")
tm.flow(digital, customer, payment_status, protocol="https")
tm.flow(digital, payments, payment_instruction, protocol="https")
tm.flow(payments, digital, payment_status, protocol="https")

tm.flow(digital, graph_pipeline, device_data, protocol="kafka")
tm.flow(payments, graph_pipeline, payment_events, protocol="kafka")
tm.flow(consortium, graph_pipeline, mule_intel, protocol="sftp", label="daily file")
tm.flow(graph_pipeline, feature_store, graph_features)

tm.flow(payments, scoring, payment_events, protocol="kafka", label="new payment events")
tm.flow(feature_store, scoring, graph_features, label="online lookup")
tm.flow(scoring, gnn, graph_features)
tm.flow(gnn, scoring, mule_score)
tm.flow(scoring, payments, freeze, protocol="https", label="freeze outgoing payments")
tm.flow(scoring, case_mgmt, alert_case, protocol="https")

tm.flow(case_mgmt, analyst, alert_case, protocol="https")
tm.flow(analyst, case_mgmt, case_decision, protocol="https")
tm.flow(case_mgmt, payments, release, protocol="https", label="lift freeze")

tm.flow(case_mgmt, label_set, labels, label="case outcomes")
tm.flow(feature_store, label_set, graph_features, label="offline snapshot")
tm.flow(label_set, training, labels, graph_features)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, gnn_weights)
tm.flow(registry, gnn, gnn_weights, label="deploy")
