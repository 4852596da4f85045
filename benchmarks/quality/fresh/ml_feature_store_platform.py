"""Bank feature store platform: the first design, before any security review.

A central feature store shared by the bank's data science teams. Teams declare
features as code (Python feature definitions) in a Git repository; on merge a
CI/CD pipeline registers them in the feature registry and deploys the jobs that
compute them. Streaming jobs (Flink) read card and account transactions from the
core banking event bus; batch jobs (Spark) read customer and account history from
the data warehouse. Features land in an online store (Redis) for low-latency
lookups and an offline store (Delta tables on object storage) for training.
The fraud and credit scoring services fetch feature vectors from a gRPC serving
API; data scientists build point-in-time training sets from the offline store.
Controls in this design: pull-request review on the definitions repo, vault-held
deploy credentials, service-account tokens on the serving API, schema-registry
checks on the event stream, KMS encryption and versioning on the offline store,
and the warehouse's existing encryption, roles and audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "ML feature store platform",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Shared online and offline feature store feeding the bank's fraud and credit "
        "scoring models and the data science teams' training jobs."
    ),
)

# ---------------------------------------------------------------- data assets
definitions = tg.Data(
    "Feature definitions",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Python feature views: sources, transformations, entity keys, TTLs.",
)
review = tg.Data("Pull-request approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_code = tg.Data(
    "Feature job packages",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Built Flink and Spark job artifacts generated from the definitions.",
)
transactions = tg.Data(
    "Transaction events",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Card and account transactions; card numbers are tokenised upstream.",
)
history = tg.Data(
    "Customer and account history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Balances, products, repayment history and demographics from the warehouse.",
)
features = tg.Data(
    "Customer features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Per-customer and per-account aggregates keyed by customer id.",
)
lookup = tg.Data(
    "Feature lookup request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Entity keys (customer id, account id) and the feature service name.",
)
vector = tg.Data("Feature vector", kind="features", sensitivity=tg.Sensitivity.PII)
entity_frame = tg.Data(
    "Labelled entity list",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Customer ids, event timestamps and outcome labels for a point-in-time join.",
)
training_set = tg.Data(
    "Point-in-time training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_job = tg.Data("Training job spec", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Members of the data science teams who write feature definitions and train models.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist"))
    # The platform team reviews feature definitions and operates the stores.
    platform_engineer = tm.add(
        tg.Actor("Feature platform engineer", role="platform engineer", privileged=True)
    )

with tm.boundary("Developer tooling", trust=tg.Trust.INTERNAL):
    # Feature definitions as code: the single source of truth for what gets computed.
    repo = tm.add(
        tg.DataStore(
            "Feature definitions repository",
            stores={definitions},
            description="Self-hosted GitLab; protected main branch.",
            controls={
                c.ConfigValidation(note="merge to main needs one approving review"),
                c.RBAC(note="write access per team project"),
            },
        )
    )
    # Turns merged definitions into registry entries and deployed feature jobs.
    cicd = tm.add(
        tg.Pipeline(
            "Feature CI/CD pipeline",
            stage=tg.Stage.DEPLOYMENT,
            third_party_packages=True,
            description="Lints definitions, builds job images from PyPI dependencies, deploys.",
            controls={
                c.SecretsManagement(note="deploy credentials fetched from Vault"),
                c.ConfigValidation(note="definitions linted and validated against the registry"),
            },
        )
    )

with tm.boundary("Core banking data", trust=tg.Trust.RESTRICTED):
    # Enterprise Kafka bus: the source of real-time transaction events.
    event_bus = tm.add(
        tg.DataSource(
            "Transaction event bus",
            origin=tg.Origin.INTERNAL,
            provides={transactions},
            description="Kafka topics published by the core banking and card systems.",
        )
    )
    # Enterprise data warehouse: the source of batch features.
    warehouse = tm.add(
        tg.DataStore(
            "Data warehouse",
            stores={history, transactions},
            controls={
                c.EncryptionAtRest(key_management="KMS"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Feature platform", trust=tg.Trust.INTERNAL):
    # Metadata catalogue of registered features, read by serving and by the teams.
    registry = tm.add(
        tg.DataStore(
            "Feature registry",
            stores={definitions},
            controls={c.RBAC(note="only the CI/CD service account can write")},
        )
    )
    # Flink jobs computing real-time aggregates (velocity, spend windows).
    streaming_jobs = tm.add(
        tg.Pipeline(
            "Streaming feature jobs",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="Avro schemas from the bus's schema registry")},
        )
    )
    # Spark jobs computing daily aggregates from warehouse history.
    batch_jobs = tm.add(
        tg.Pipeline(
            "Batch feature jobs",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="PySpark with team-supplied UDF libraries.",
        )
    )
    # Low-latency key-value store answering lookups at scoring time.
    online_store = tm.add(
        tg.FeatureStore(
            "Online feature store",
            stores={features},
            online=True,
            description="Redis cluster; latest value per entity with TTLs.",
        )
    )
    # Historical feature values for point-in-time correct training sets.
    offline_store = tm.add(
        tg.FeatureStore(
            "Offline feature store",
            stores={features},
            online=False,
            description="Delta tables on object storage.",
            controls={
                c.EncryptionAtRest(key_management="KMS"),
                c.DataVersioning(note="Delta time travel"),
                c.RBAC(note="read access per team"),
            },
        )
    )
    # gRPC API the scoring services call for feature vectors.
    serving_api = tm.add(
        tg.Endpoint(
            "Feature serving API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="service-account JWT")},
        )
    )

with tm.boundary("Scoring platform", trust=tg.Trust.INTERNAL):
    # Real-time fraud model: the main online consumer of streaming features.
    fraud_model = tm.add(
        tg.Model(
            "Fraud scoring model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Declines or holds card payments above a score threshold.",
        )
    )
    # Credit decisioning model: consumes batch features at application time.
    credit_model = tm.add(
        tg.Model(
            "Credit scoring model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores loan and card applications.",
            controls={c.ExplainabilityLogging(note="reason codes stored per decision")},
        )
    )

with tm.boundary("Data science workbench", trust=tg.Trust.INTERNAL):
    # Team training jobs that build training sets from the offline store.
    training = tm.add(tg.Pipeline("Model training jobs", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
# Feature definitions as code
tm.flow(data_scientist, repo, definitions, protocol="ssh", label="push branch")
tm.flow(platform_engineer, repo, review, protocol="https", label="approve merge request")
tm.flow(repo, cicd, definitions, protocol="https", label="on merge to main")
tm.flow(cicd, registry, definitions, label="register feature views")
tm.flow(cicd, streaming_jobs, job_code, label="deploy")
tm.flow(cicd, batch_jobs, job_code, label="deploy")
tm.flow(registry, data_scientist, definitions, protocol="https", label="browse catalogue")
tm.flow(registry, serving_api, definitions, label="feature service metadata")

# Computing features
tm.flow(
    event_bus,
    streaming_jobs,
    transactions,
    protocol="tls",
    controls={c.Authentication(method="SASL/SCRAM")},
    label="Kafka consumer",
)
tm.flow(streaming_jobs, online_store, features)
tm.flow(streaming_jobs, offline_store, features, label="append feature log")
tm.flow(warehouse, batch_jobs, history, transactions, protocol="tls", label="nightly extract")
tm.flow(batch_jobs, offline_store, features)
tm.flow(batch_jobs, online_store, features, label="daily materialisation")

# Online serving
tm.flow(fraud_model, serving_api, lookup, protocol="grpc")
tm.flow(serving_api, fraud_model, vector, protocol="grpc")
tm.flow(credit_model, serving_api, lookup, protocol="grpc")
tm.flow(serving_api, credit_model, vector, protocol="grpc")
tm.flow(serving_api, online_store, lookup)
tm.flow(online_store, serving_api, vector)

# Offline training
tm.flow(data_scientist, training, training_job, protocol="https", label="launch from notebook")
tm.flow(training, offline_store, entity_frame, label="point-in-time join")
tm.flow(offline_store, training, training_set)
