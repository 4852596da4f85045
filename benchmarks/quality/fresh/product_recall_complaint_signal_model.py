"""Product safety signal detection: the first design, before any security review.

A consumer electronics maker wants early warning of safety defects such as
overheating batteries. Customer complaints arrive through the support portal
and land in the CRM; returns (RMA) records with failure codes come from the ERP;
a social-listening vendor pushes posts that mention our products. A nightly
ingestion job normalises all three into a signal data lake, an open-weights
embedding model turns the text into vectors, and an in-house clustering model
groups them into candidate defect clusters with a severity score. Product safety
engineers review the clusters on an internal dashboard (corporate SSO), drill into
the underlying complaints, and record recall decisions in the recall case system;
they file the reports to regulators themselves through the regulator's portal.
The model only surfaces clusters: every recall decision is made by an engineer.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Product recall complaint signal model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Clusters complaints, returns and social posts to spot product safety defects.",
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Customer complaint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, address, product serial number and free-text description.",
)
acknowledgement = tg.Data(
    "Complaint acknowledgement", sensitivity=tg.Sensitivity.PII, kind="records"
)
returns = tg.Data(
    "Returns records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="RMA number, customer address, serial, failure code and technician notes.",
)
social_posts = tg.Data(
    "Social media posts",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Public posts and photos that mention our products, with author handles.",
)
signal_records = tg.Data(
    "Normalised signal records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
embeddings = tg.Data(
    "Signal text embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
clusters = tg.Data(
    "Defect clusters",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Candidate defect clusters with product, failure mode, member count and severity score.",
)
review_notes = tg.Data(
    "Engineer review notes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="feedback"
)
recall_decision = tg.Data(
    "Recall decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
regulator_report = tg.Data(
    "Regulatory defect report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hazard description, affected units and corrective action, filed with the regulator.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buyers of our devices who report a problem.
    customer = tm.add(tg.Actor("Customer", role="consumer"))

with tm.boundary("Social listening vendor", trust=tg.Trust.PARTNER):
    # The vendor crawls public social platforms and pushes matching posts to us.
    social_feed = tm.add(
        tg.DataSource(
            "Social listening feed",
            origin=tg.Origin.VENDOR,
            provides={social_posts},
            description="Keyword and product-name matches from public social platforms.",
        )
    )

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # Where product safety reports are filed (e.g. CPSC, EU Safety Gate).
    regulator_portal = tm.add(
        tg.ExternalService(
            "Regulator reporting portal",
            description="Government web portal for mandatory defect and recall reports.",
        )
    )

with tm.boundary("Customer service platform", trust=tg.Trust.INTERNAL):
    # The public web form and chat where complaints are submitted.
    support_portal = tm.add(
        tg.Endpoint(
            "Support portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # The system of record for complaints, used by support agents too.
    crm = tm.add(
        tg.DataStore(
            "CRM complaint database",
            stores={complaint},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("ERP", trust=tg.Trust.INTERNAL):
    # Returns processing: technicians record failure codes on returned units.
    returns_system = tm.add(
        tg.DataSource("Returns management system", origin=tg.Origin.INTERNAL, provides={returns})
    )

with tm.boundary("Quality analytics platform", trust=tg.Trust.INTERNAL):
    # Nightly batch that pulls the three sources and normalises them.
    ingestion = tm.add(
        tg.Pipeline(
            "Signal ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={tg.controls.SchemaEnforcement()},
        )
    )
    # Holds the normalised records the models and engineers work from.
    data_lake = tm.add(
        tg.DataStore(
            "Signal data lake",
            stores={signal_records, embeddings},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sentence-embedding model downloaded from a public hub, run in-house.
    embedder = tm.add(
        tg.Model(
            "Text embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Groups similar signals and scores how likely each cluster is a safety defect.
    clusterer = tm.add(
        tg.Model(
            "Defect clustering model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="HDBSCAN over embeddings plus a severity scorer for hazard keywords.",
            controls={
                tg.controls.HumanInTheLoop(approver="product safety engineer"),
            },
        )
    )
    # Results table the dashboard reads.
    cluster_store = tm.add(tg.DataStore("Cluster store", stores={clusters}))
    # Internal web app where engineers triage clusters.
    dashboard = tm.add(
        tg.Service(
            "Safety review dashboard",
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides whether a cluster is a real hazard and whether to recall.
    engineer = tm.add(tg.Actor("Product safety engineer", role="safety engineer"))
    # Record of investigations, decisions and evidence for each recall.
    recall_cases = tm.add(
        tg.DataStore(
            "Recall case system",
            stores={recall_decision, review_notes},
            controls={tg.controls.AuditLogging(retention_days=3650)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, support_portal, complaint, protocol="https")
tm.flow(support_portal, customer, acknowledgement, protocol="https")
tm.flow(support_portal, crm, complaint)

tm.flow(crm, ingestion, complaint, label="nightly export")
tm.flow(returns_system, ingestion, returns, label="nightly export")
tm.flow(social_feed, ingestion, social_posts, protocol="https", label="vendor webhook")
tm.flow(ingestion, data_lake, signal_records)

tm.flow(data_lake, embedder, signal_records)
tm.flow(embedder, data_lake, embeddings)
tm.flow(data_lake, clusterer, embeddings, signal_records)
tm.flow(clusterer, cluster_store, clusters)

tm.flow(cluster_store, dashboard, clusters)
tm.flow(data_lake, dashboard, signal_records, label="drill-down to complaints")
tm.flow(dashboard, engineer, clusters, signal_records, protocol="https")
tm.flow(engineer, dashboard, review_notes, recall_decision, protocol="https")
tm.flow(dashboard, recall_cases, review_notes, recall_decision)

tm.flow(engineer, regulator_portal, regulator_report, protocol="https", label="files report")
