"""Supplier risk scorer: the first design, before any security review.

The procurement team of a manufacturer gets a risk score for every active
supplier once a month. A monthly ingestion job pulls the supplier master and the
history of supplier incidents from the ERP, credit-bureau reports that we buy
from a data vendor (a file drop over SFTP), shipment-delay records from our
logistics platform and news-sentiment scores from a media-monitoring API, and
joins them into supplier features in the analytics warehouse. A gradient-boosted
model that the procurement data scientist trains in-house turns the features
into a risk score and its main drivers; a monthly scoring job writes them to a
score table that buyers read in a BI dashboard before deciding where to place
orders. Everything but the vendors runs in the company's analytics VPC; the
dashboard sits on the corporate network behind single sign-on. The scores are
advisory: a buyer makes each sourcing decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Supplier risk scorer",
    profile=tg.RiskProfile.HIGH,
    description="Monthly supplier risk scores and drivers that steer procurement sourcing decisions.",
)

# ---------------------------------------------------------------- data assets
supplier_master = tg.Data(
    "Supplier master and incident history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier ids, spend, contracts, and recorded quality or delivery incidents.",
)
credit_reports = tg.Data(
    "Credit-bureau reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Licensed credit ratings, payment behaviour and filings per supplier.",
)
shipment_delays = tg.Data(
    "Shipment delay records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Planned versus actual delivery dates per purchase order line.",
)
supplier_names = tg.Data(
    "Monitored supplier list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier names and aliases sent to the media-monitoring API.",
)
news_sentiment = tg.Data(
    "News sentiment scores",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-supplier sentiment and event flags derived by the vendor from public news.",
)
features = tg.Data(
    "Supplier features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcomes = tg.Data(
    "Supplier disruption outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Whether a supplier later failed, was late or went insolvent, from ERP incidents.",
)
training_code = tg.Data(
    "Training notebook and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scores = tg.Data(
    "Supplier risk scores and drivers",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
dashboard_query = tg.Data("Dashboard filter", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Credit data vendor", trust=tg.Trust.PARTNER):
    # Bought credit-bureau data: the strongest financial signal on each supplier.
    credit_vendor = tm.add(
        tg.DataSource(
            "Credit data vendor",
            origin=tg.Origin.VENDOR,
            provides={credit_reports},
            description="Drops a monthly file of reports for our supplier list on its SFTP server.",
            controls={
                c.SupplierAssessment(note="vetted by procurement when the licence was signed")
            },
        )
    )

with tm.boundary("Logistics platform", trust=tg.Trust.PARTNER):
    # Our 3PL's platform: where shipment delays are recorded.
    logistics = tm.add(
        tg.DataSource(
            "Logistics platform",
            origin=tg.Origin.PARTNER,
            provides={shipment_delays},
            description="Shipment tracking SaaS run by our logistics provider; read with an API key.",
        )
    )

with tm.boundary("Media-monitoring vendor", trust=tg.Trust.PARTNER):
    # Turns public news about our suppliers into sentiment scores.
    media_api = tm.add(
        tg.ExternalService(
            "Media-monitoring API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Queried with supplier names; returns sentiment and event flags.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people who read the scores and decide where orders go.
    buyer = tm.add(tg.Actor("Buyer", role="procurement buyer"))
    # Builds and promotes the model; has write access to the analytics platform.
    data_scientist = tm.add(
        tg.Actor("Procurement data scientist", role="ml engineer", privileged=True)
    )
    # System of record for suppliers and incidents, and the source of the labels.
    erp = tm.add(tg.DataSource("ERP", origin=tg.Origin.INTERNAL, provides={supplier_master}))
    # BI dashboard the buyers use; shows scores and drivers per supplier.
    dashboard = tm.add(
        tg.Endpoint(
            "Supplier risk dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(note="procurement role only"),
            },
        )
    )

with tm.boundary("Analytics VPC", trust=tg.Trust.INTERNAL):
    # Monthly job that pulls and joins the three external feeds with ERP data.
    ingestion = tm.add(
        tg.Pipeline(
            "Monthly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="vendor file layout checked before load")},
        )
    )
    # Warehouse tables of joined supplier features and outcomes, kept monthly.
    warehouse = tm.add(
        tg.FeatureStore(
            "Analytics warehouse",
            online=False,
            stores={features, outcomes, credit_reports, shipment_delays, news_sentiment},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Retrains the model quarterly from warehouse history.
    training = tm.add(
        tg.Pipeline(
            "Model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the last 12 months before promotion")},
        )
    )
    # MLflow registry holding the promoted model versions.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )
    # The in-house risk model, loaded by the scoring job.
    risk_model = tm.add(
        tg.Model(
            "Supplier risk model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees with SHAP drivers per supplier.",
            controls={c.HumanInTheLoop(approver="the buyer placing the order")},
        )
    )
    # Monthly batch job that scores every active supplier.
    scoring = tm.add(tg.Service("Monthly scoring job"))
    # Table of current and past scores that the dashboard reads.
    score_store = tm.add(tg.DataStore("Score table", stores={scores}))

# ---------------------------------------------------------------- flows
# ingestion
tm.flow(credit_vendor, ingestion, credit_reports, protocol="sftp", label="monthly file")
tm.flow(logistics, ingestion, shipment_delays, protocol="https")
tm.flow(ingestion, media_api, supplier_names, protocol="https")
tm.flow(media_api, ingestion, news_sentiment, protocol="https")
tm.flow(erp, ingestion, supplier_master, protocol="https", label="ERP extract")
tm.flow(ingestion, warehouse, features, outcomes, credit_reports, shipment_delays, news_sentiment)

# training and promotion
tm.flow(data_scientist, training, training_code)
tm.flow(warehouse, training, features, outcomes)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, approval, label="promotes a version")
tm.flow(registry, risk_model, weights, label="load promoted version")

# monthly scoring
tm.flow(warehouse, scoring, features)
tm.flow(scoring, risk_model, features)
tm.flow(risk_model, scoring, scores)
tm.flow(scoring, score_store, scores)

# buyers
tm.flow(score_store, dashboard, scores)
tm.flow(buyer, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, buyer, scores, protocol="https")
