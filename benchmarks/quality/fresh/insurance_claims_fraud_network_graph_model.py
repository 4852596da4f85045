"""Claims fraud network graph: the first design, before any security review.

The motor and home claims division wants to find organised fraud rings (staged
accidents, crash-for-cash, inflated repair and injury claims) that single-claim
scoring misses. Every night an entity-resolution job reads new and open claims
from the claims management system, matches claimants, vehicles, garages, hire
firms, solicitors, addresses and phone numbers across claims, and merges them
into an entity graph held in a graph database in the analytics VPC. It also
loads the industry fraud register extract that member insurers share over SFTP.
A nightly scoring job cuts the graph into connected clusters and a graph neural
network scores each cluster; clusters above the referral threshold are written
as referrals to the Special Investigations Unit's case system. Investigators
open referrals in a graph workbench (corporate SSO with MFA), decide whether to
investigate, and record outcomes, which become the labels for quarterly
retraining by the data science team. No claim is declined on the score alone.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Claims fraud network graph",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Links claims, claimants, garages, solicitors and phone numbers into a graph "
        "and refers suspected fraud rings to the Special Investigations Unit."
    ),
)

# ---------------------------------------------------------------- data assets
claims = tg.Data(
    "Claim records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claims with claimant, vehicle, address, phone, garage, hire firm and solicitor.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
industry_intel = tg.Data(
    "Industry fraud register extract",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="People, vehicles and firms linked to confirmed fraud by member insurers.",
)
graph = tg.Data(
    "Entity graph",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resolved people, firms, vehicles, addresses and phone numbers, and their links.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
cluster_features = tg.Data(
    "Cluster subgraph features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
)
ring_scores = tg.Data(
    "Fraud ring scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
referrals = tg.Data(
    "Fraud ring referrals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cluster, member claims and the score; suspicion of fraud about named people.",
)
outcomes = tg.Data(
    "Investigation outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
fraud_markers = tg.Data("Confirmed fraud markers", kind="records", sensitivity=tg.Sensitivity.PII)
training_graph = tg.Data(
    "Labelled historic claims graph",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
weights = tg.Data(
    "Graph model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Industry fraud data exchange", trust=tg.Trust.PARTNER):
    # The shared register member insurers pool confirmed fraud into and read from.
    exchange = tm.add(
        tg.ExternalService(
            "Industry fraud register",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Run by the insurers' fraud bureau; daily extracts over SFTP.",
        )
    )

with tm.boundary("Core insurance platform", trust=tg.Trust.INTERNAL):
    # The existing system of record for claims: the graph's main source.
    claims_system = tm.add(
        tg.DataStore(
            "Claims management system",
            stores={claims, fraud_markers},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )

with tm.boundary("Analytics VPC", trust=tg.Trust.INTERNAL):
    # Matches the same person, firm or phone number across claims (fuzzy matching).
    resolver = tm.add(
        tg.Pipeline(
            "Entity resolution job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Nightly; builds and updates the entity graph from claims and the register.",
        )
    )
    # Where the linked entities live; the workbench and scoring read it.
    graph_db = tm.add(
        tg.DataStore(
            "Entity graph database",
            stores={graph},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Cuts the graph into clusters, asks the model, and writes referrals.
    scoring_job = tm.add(
        tg.Service(
            "Nightly cluster scoring job",
            description="Scores every changed cluster and refers those above the threshold.",
        )
    )
    # The graph neural network that scores how ring-like a cluster is.
    ring_model = tm.add(
        tg.Model(
            "Fraud ring graph model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="GraphSAGE classifier over cluster subgraphs, trained in-house.",
            controls={c.HumanInTheLoop(approver="SIU investigator decides whether to investigate")},
        )
    )
    # Historic clusters with investigation outcomes, for retraining.
    training_set = tm.add(
        tg.Dataset("Ring training set", stores={training_graph, outcomes}, purpose="training")
    )
    # Quarterly retraining run by the data science team.
    training = tm.add(
        tg.Pipeline("Graph model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of the trained model that the scoring job loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("SIU systems", trust=tg.Trust.INTERNAL):
    # The Special Investigations Unit's case system: referrals in, outcomes out.
    case_system = tm.add(
        tg.DataStore(
            "SIU case management system",
            stores={referrals, outcomes},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Web UI where investigators explore a referred cluster's graph and record outcomes.
    workbench = tm.add(
        tg.Endpoint(
            "Graph investigation workbench",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews referrals, investigates, and records the outcome.
    investigator = tm.add(tg.Actor("SIU investigator", role="fraud investigator"))
    # Builds and retrains the model; can change training code and the registry.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(claims_system, resolver, claims, label="nightly extract")
tm.flow(exchange, resolver, industry_intel, protocol="sftp", label="daily register extract")
tm.flow(resolver, graph_db, graph)

tm.flow(graph_db, scoring_job, graph, label="nightly changed clusters")
tm.flow(scoring_job, ring_model, cluster_features)
tm.flow(ring_model, scoring_job, ring_scores)
tm.flow(scoring_job, case_system, referrals)

tm.flow(case_system, workbench, referrals)
tm.flow(graph_db, workbench, graph, label="cluster neighbourhood")
tm.flow(workbench, investigator, referrals, graph, protocol="https")
tm.flow(investigator, workbench, outcomes, protocol="https")
tm.flow(workbench, case_system, outcomes)

tm.flow(case_system, claims_system, fraud_markers, label="confirmed fraud marked on claims")
tm.flow(case_system, exchange, fraud_markers, protocol="sftp", label="confirmed fraud submissions")

tm.flow(case_system, training_set, outcomes, label="quarterly export")
tm.flow(graph_db, training_set, training_graph, label="quarterly snapshot")
tm.flow(training_set, training, training_graph, outcomes)
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, ring_model, weights, label="load approved version")
