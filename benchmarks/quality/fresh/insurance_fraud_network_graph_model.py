"""Fraud ring detection: the first design, before any security review.

A UK motor insurer wants to find organised fraud rings (staged accidents, the
same drivers, witnesses, phone numbers, vehicles and repair garages recurring
across claims) that single-claim rules miss. Each night an entity-resolution
pipeline reads the claims system and an industry claims and vehicle data feed,
merges people, addresses, phones, vehicles and garages into one entity graph,
and a scoring job runs a graph neural network over every connected network.
Networks above the referral threshold go to the counter-fraud team's case queue,
and payments on their open claims are put on hold automatically; investigators
review each network in a workbench and decide whether to decline claims or
report to the police, and their outcomes become the labels for retraining.
Everything runs in the insurer's data centre; investigators sign in with SSO
and MFA, access is role-based and the graph store is encrypted. A DPIA covers
the profiling.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Insurance fraud network graph model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Graph model that links claims, people, vehicles and garages to detect "
    "organised fraud rings and refers them to investigators.",
)

# ---------------------------------------------------------------- data assets
claims = tg.Data(
    "Claim records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Policyholders, third parties, witnesses, vehicles, repairers, solicitors; "
    "injury details for personal injury claims.",
)
industry_data = tg.Data(
    "Industry claims history and vehicle data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Prior claims across insurers for the people and vehicles named, and vehicle records.",
)
entity_graph = tg.Data(
    "Entity graph",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Resolved people, addresses, phones, vehicles, garages and claims, and the links between them.",
)
subgraphs = tg.Data(
    "Network subgraphs and features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Each connected network with node and edge features.",
)
scores = tg.Data(
    "Network risk scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
referrals = tg.Data(
    "Referred networks",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Network, score, the highest-weighted links and the open claims in it.",
)
hold = tg.Data("Claim payment hold", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
outcomes = tg.Data(
    "Investigation outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Confirmed ring, not fraud, or inconclusive, with the investigator's notes.",
)
training_set = tg.Data(
    "Labelled historical networks",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
weights = tg.Data(
    "GNN model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint saved with torch.save.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_config = tg.Data("Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Industry data provider", trust=tg.Trust.PARTNER):
    # Shared claims history and vehicle records from across the market.
    provider = tm.add(
        tg.ExternalService(
            "Industry claims and vehicle data feed",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Insurer data centre", trust=tg.Trust.INTERNAL):
    # System of record for claims; where payments are made and held.
    claims_system = tm.add(
        tg.DataStore(
            "Claims system",
            stores={claims},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE with HSM keys")},
        )
    )

    with tm.boundary("Counter-fraud analytics", trust=tg.Trust.RESTRICTED):
        # Resolves duplicate people, addresses and vehicles into entities and builds the graph.
        resolver = tm.add(
            tg.Pipeline(
                "Nightly entity resolution and graph build",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
            )
        )
        # The linked graph of claims, people, vehicles and garages.
        graph_db = tm.add(
            tg.DataStore(
                "Entity graph database",
                stores={entity_graph, referrals},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="HSM-backed keys")},
            )
        )
        # Runs the model over every connected network and raises referrals and holds.
        scoring = tm.add(
            tg.Service(
                "Nightly network scoring job",
                description="Scores each connected network; above the threshold it refers the "
                "network and puts payments on its open claims on hold.",
            )
        )
        # Graph neural network that scores how ring-like a network is.
        gnn = tm.add(
            tg.Model(
                "Fraud ring GNN",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Graph neural network; scores each network for organised claims fraud.",
                controls={
                    c.ImpactAssessment(
                        basis="DPIA: prevention of fraud, DPA 2018 Sch. 1 para 14; "
                        "criminal offence data, Sch. 1 para 14 and 33"
                    )
                },
            )
        )
        # Networks with investigation outcomes, kept for retraining.
        dataset = tm.add(tg.Dataset("Labelled network dataset", stores={training_set}))
        # Quarterly retraining of the GNN on new outcomes.
        training = tm.add(
            tg.Pipeline("GNN training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the trained model; the scoring job loads the one tagged production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Investigators explore referred networks and record outcomes.
        workbench = tm.add(
            tg.Endpoint(
                "Investigator workbench",
                purpose=tg.EndpointPurpose.API,
                description="Graph visualisation of each referred network and case notes.",
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(note="counter-fraud team only"),
                    c.AuditLogging(retention_days=2555),
                    c.HumanInTheLoop(
                        approver="counter-fraud investigator",
                        note="an investigator decides every claim decline and police report; "
                        "payment holds are placed automatically",
                    ),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews referred networks and decides what happens to the claims.
    investigator = tm.add(tg.Actor("Counter-fraud investigator", role="investigator"))
    # Builds, trains and releases the model.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Graph build
tm.flow(claims_system, resolver, claims, protocol="tls", label="nightly export")
tm.flow(provider, resolver, industry_data, protocol="sftp", label="nightly file drop")
tm.flow(resolver, graph_db, entity_graph)

# Scoring and referral
tm.flow(graph_db, scoring, entity_graph, label="nightly batch")
tm.flow(scoring, gnn, subgraphs)
tm.flow(gnn, scoring, scores)
tm.flow(scoring, graph_db, referrals)
tm.flow(scoring, claims_system, hold, protocol="tls")

# Investigation
tm.flow(graph_db, workbench, referrals, entity_graph)
tm.flow(claims_system, workbench, claims, protocol="tls")
tm.flow(workbench, investigator, referrals, entity_graph, claims, protocol="https")
tm.flow(investigator, workbench, outcomes, protocol="https")
tm.flow(workbench, claims_system, outcomes, protocol="tls", label="decline or release hold")
tm.flow(workbench, dataset, outcomes)

# Retraining and release
tm.flow(graph_db, dataset, entity_graph, label="snapshot of referred networks")
tm.flow(dataset, training, training_set)
tm.flow(scientist, training, run_config, protocol="ssh", label="launches runs")
tm.flow(training, registry, weights)
tm.flow(scientist, registry, release, protocol="https", label="tags production version")
tm.flow(registry, scoring, weights, label="loads production model")
