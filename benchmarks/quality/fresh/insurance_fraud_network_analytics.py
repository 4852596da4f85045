"""Insurance fraud network analytics: the first design, before any security review.

A European motor and injury insurer wants to find organised fraud rings, not
just single suspicious claims. Every night an ingestion job pulls new and updated
claims from the claims system and a partner feed of repair shops, clinics and
doctors, resolves entities (people, vehicles, addresses, phones, bank accounts,
providers) and writes them into a graph database. A graph neural network scores
connected components as suspected rings and puts high scores in an alert queue.
Special-investigation (SIU) analysts work the alerts in an internal workbench:
they explore the graph, open cases, record findings and refer confirmed rings to
the industry fraud bureau. No claim is denied by the model; an analyst opens
every case. Each month the closed investigations become labels and the model is
retrained, validated by backtest and registered by a data scientist.
Controls: SSO with MFA, roles and an access audit trail on the workbench, schema
checks on ingestion, encrypted stores, versioned models, analyst review of every alert.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Insurance fraud network analytics",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Graph model scoring suspected fraud rings among claims, claimants, "
    "repair shops and doctors, with an SIU investigation workbench.",
)

# ---------------------------------------------------------------- data assets
claims = tg.Data(
    "Claim records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Claimant identity, policy, vehicle, bank details, injury and treatment details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
provider_data = tg.Data(
    "Repair shop and medical provider data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Provider registry, licences, ownership links, prior bureau flags.",
)
entity_graph = tg.Data(
    "Entity graph",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Resolved people, vehicles, addresses, phones, accounts and providers with their links.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
subgraph_features = tg.Data("Subgraph features", kind="features", sensitivity=tg.Sensitivity.PII)
ring_scores = tg.Data(
    "Ring suspicion scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
alerts = tg.Data("Ring alerts", kind="records", sensitivity=tg.Sensitivity.PII)
case_files = tg.Data(
    "Investigation case files",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Analyst notes, evidence, interview records and case outcome.",
)
outcome_labels = tg.Data(
    "Closed-case outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
graph_snapshot = tg.Data(
    "Monthly graph snapshot", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
model_artifact = tg.Data(
    "Ring model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch Geometric checkpoint written with torch.save.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
referral = tg.Data(
    "Fraud bureau referral pack", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # System of record for claims; exposes a nightly change export.
    claims_system = tm.add(
        tg.DataSource("Claims system export", origin=tg.Origin.INTERNAL, provides={claims})
    )

with tm.boundary("Industry partners", trust=tg.Trust.PARTNER):
    # Commercial provider registry that links repair shops, clinics and their owners.
    provider_feed = tm.add(
        tg.DataSource(
            "Provider registry feed",
            origin=tg.Origin.PARTNER,
            provides={provider_data},
            description="Weekly file drop of repair shops, clinics and practitioners.",
        )
    )
    # Industry fraud bureau that receives referrals of confirmed rings.
    fraud_bureau = tm.add(tg.ExternalService("Industry fraud bureau"))

with tm.boundary("Fraud analytics environment", trust=tg.Trust.INTERNAL):
    # Entity resolution and graph building; runs nightly.
    ingestion = tm.add(
        tg.Pipeline(
            "Graph ingestion and entity resolution",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="claims export and provider file schemas")},
        )
    )
    # Scores connected components as suspected rings; never acts on a claim itself.
    ring_model = tm.add(
        tg.Model(
            "Ring scoring graph model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="GNN over claim subgraphs; scores above threshold raise an alert.",
            controls={c.HumanInTheLoop(approver="SIU analyst opens every case")},
        )
    )
    # Internal web app where SIU analysts triage alerts, explore the graph and run cases.
    workbench = tm.add(
        tg.Service(
            "SIU investigation workbench",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

    with tm.boundary("SIU data zone", trust=tg.Trust.RESTRICTED):
        # The entity graph the model and the analysts read.
        graph_db = tm.add(
            tg.DataStore(
                "Entity graph database",
                stores={entity_graph},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Alert queue, case files and outcomes.
        case_store = tm.add(
            tg.DataStore(
                "Case management store",
                stores={alerts, case_files, outcome_labels},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Monthly training set: graph snapshot joined with closed-case outcomes.
    training_set = tm.add(tg.Dataset("Ring training set", stores={graph_snapshot, outcome_labels}))
    # Monthly retraining job; backtests on the last quarter's closed cases.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly ring model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against last quarter's closed cases")},
        )
    )
    # Holds model versions that the scoring job loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Investigators who decide whether an alert becomes a case.
    analyst = tm.add(tg.Actor("SIU analyst", role="special investigator"))
    # Owns the model: launches retraining and registers the new version.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# graph building
tm.flow(claims_system, ingestion, claims, label="nightly change export")
tm.flow(provider_feed, ingestion, provider_data, protocol="sftp", label="weekly file drop")
tm.flow(ingestion, graph_db, entity_graph)

# scoring
tm.flow(graph_db, ring_model, subgraph_features)
tm.flow(ring_model, case_store, ring_scores, alerts, label="scores above threshold")

# investigation
tm.flow(case_store, workbench, alerts, case_files)
tm.flow(graph_db, workbench, entity_graph, label="graph exploration")
tm.flow(workbench, case_store, case_files, outcome_labels)
tm.flow(analyst, workbench, case_files, protocol="https")
tm.flow(workbench, analyst, alerts, entity_graph, case_files, protocol="https")
tm.flow(workbench, fraud_bureau, referral, protocol="https")

# monthly retraining
tm.flow(case_store, training_set, outcome_labels, label="closed investigations")
tm.flow(graph_db, training_set, graph_snapshot)
tm.flow(training_set, retraining, graph_snapshot, outcome_labels)
tm.flow(data_scientist, retraining, training_config, protocol="https")
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, ring_model, model_artifact, label="load registered version")
