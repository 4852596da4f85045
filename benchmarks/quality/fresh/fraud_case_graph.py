"""Fraud ring detection on an entity graph: the first design, before any security review.

A nightly job builds a graph of accounts, devices and transactions from the
payments ledger stream and from device signals collected by our checkout SDK.
A graph neural network, trained in-house with PyTorch Geometric and stored as a
torch checkpoint in the model registry, scores the graph each night and writes
flagged rings to the case database. Fraud investigators review each ring in the
case tool (staff SSO, role-based access, audit log of every action) and decide
whether to freeze the accounts; only an investigator can trigger a freeze, via
the account service. Merchants whose accounts are frozen can dispute the freeze
in the merchant portal (password plus one-time code); disputes land in the case
queue. Investigator outcomes, including dispute reversals, are exported weekly
as labels for retraining. The graph store and case database are encrypted at
rest; models are versioned in the registry and backtested before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fraud ring case graph",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description=(
        "Nightly GNN scoring of an account/device/transaction graph, investigator "
        "review and account freezes, merchant disputes, outcomes fed back as labels."
    ),
)

# ---------------------------------------------------------------- data assets
transactions = tg.Data(
    "Payment transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Ledger events with tokenised card numbers, amounts, merchant and account ids.",
)
device_signals = tg.Data(
    "Device signals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Device fingerprint, IP, user agent and session attributes from the checkout SDK.",
)
entity_graph = tg.Data(
    "Entity graph",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account, device and transaction nodes with their links.",
)
subgraphs = tg.Data("Graph features and subgraphs", kind="features", sensitivity=tg.Sensitivity.PII)
ring_scores = tg.Data("Ring scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
cases = tg.Data(
    "Flagged ring cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ring members, scores, evidence subgraph, investigator decision.",
)
decision = tg.Data("Investigator decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
freeze_cmd = tg.Data(
    "Freeze command",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
account_state = tg.Data("Account state", kind="records", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data(
    "Freeze dispute",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Merchant's explanation and uploaded evidence (invoices, IDs, bank letters).",
)
dispute_outcome = tg.Data(
    "Dispute outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labels = tg.Data(
    "Ring labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_graph = tg.Data(
    "Labelled graph snapshot", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
weights = tg.Data("GNN checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Merchants sign up online; some of them are the fraudsters the graph is hunting.
    merchant = tm.add(tg.Actor("Merchant", role="merchant"))
    # Signals our checkout SDK sends from shoppers' browsers and phones.
    sdk_signals = tm.add(
        tg.DataSource(
            "Checkout SDK device signals", origin=tg.Origin.USER_UPLOAD, provides={device_signals}
        )
    )

with tm.boundary("Payments core", trust=tg.Trust.RESTRICTED):
    # The system of record for payments; its event stream feeds the graph.
    ledger = tm.add(
        tg.DataSource("Payments ledger stream", origin=tg.Origin.INTERNAL, provides={transactions})
    )
    # Owns account status; the only place a freeze is applied.
    account_service = tm.add(
        tg.Service("Account service", controls={c.Authentication(method="service token")})
    )

with tm.boundary("Risk data platform", trust=tg.Trust.INTERNAL):
    # Nightly Spark job joining ledger events and device signals into graph updates.
    graph_builder = tm.add(tg.Pipeline("Graph build job", stage=tg.Stage.PREPROCESSING))
    # Graph database holding the account/device/transaction graph.
    graph_store = tm.add(
        tg.DataStore(
            "Entity graph store",
            stores={entity_graph},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Batch job that runs the GNN over the graph and opens cases for high-scoring rings.
    scoring_job = tm.add(tg.Service("Nightly ring scoring job"))
    # The in-house GNN; its output triggers investigation, and investigators decide freezes.
    gnn = tm.add(
        tg.Model(
            "Fraud ring GNN",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(approver="fraud investigator", note="no automatic freezes"),
                c.ModelValidation(note="backtest on the last month before promotion"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly export of closed cases joined with the graph snapshot as training data.
        label_export = tm.add(tg.Pipeline("Label export job", stage=tg.Stage.LABELING))
        # Versioned labelled graph snapshots used for training.
        train_set = tm.add(tg.Dataset("Labelled graph dataset", stores={training_graph, labels}))
        # GNN training with PyTorch Geometric on GPU nodes.
        trainer = tm.add(
            tg.Pipeline("GNN training job", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Registry of trained checkpoints; the scoring job loads the promoted version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Fraud operations", trust=tg.Trust.INTERNAL):
    # Investigators working flagged rings from the corporate network.
    investigator = tm.add(tg.Actor("Fraud investigator", role="investigator", privileged=True))
    # Case tool: ring review, graph exploration, freeze and dispute handling.
    case_tool = tm.add(
        tg.Service(
            "Case tool",
            controls={
                c.Authentication(method="staff SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555, note="every view, freeze and dispute decision"),
            },
        )
    )
    # Cases, decisions and disputes.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={cases, dispute, dispute_outcome},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

with tm.boundary("Merchant DMZ", trust=tg.Trust.INTERNAL):
    # Existing merchant portal, extended with a page to dispute a freeze.
    portal = tm.add(
        tg.Endpoint(
            "Merchant portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="password + one-time code")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(ledger, graph_builder, transactions, protocol="kafka")
tm.flow(sdk_signals, graph_builder, device_signals, protocol="https")
tm.flow(graph_builder, graph_store, entity_graph)

tm.flow(graph_store, scoring_job, subgraphs)
tm.flow(registry, gnn, weights, label="nightly load of promoted version")
tm.flow(scoring_job, gnn, subgraphs)
tm.flow(gnn, scoring_job, ring_scores)
tm.flow(scoring_job, case_db, cases, label="rings above threshold")

tm.flow(case_db, case_tool, cases, dispute)
tm.flow(case_tool, case_db, decision, dispute_outcome)
tm.flow(graph_store, case_tool, entity_graph, label="ring neighbourhood")
tm.flow(case_tool, investigator, cases, dispute, protocol="https")
tm.flow(investigator, case_tool, decision, protocol="https")
tm.flow(case_tool, account_service, freeze_cmd, protocol="https")
tm.flow(account_service, case_tool, account_state, protocol="https")

tm.flow(merchant, portal, dispute, protocol="https")
tm.flow(portal, merchant, dispute_outcome, account_state, protocol="https")
tm.flow(portal, case_db, dispute)
tm.flow(case_db, portal, dispute_outcome)
tm.flow(account_service, portal, account_state, protocol="https")

tm.flow(case_db, label_export, cases, decision, dispute_outcome)
tm.flow(graph_store, label_export, entity_graph, label="snapshot")
tm.flow(label_export, train_set, training_graph, labels)
tm.flow(train_set, trainer, training_graph, labels)
tm.flow(trainer, registry, weights)
