"""Livestock auction buyer credit risk: the first design, before any security review.

An Irish livestock mart settles with sellers before buyers pay, so it carries the
buyers' credit risk. Buyers (farmers, dealers, factory agents, many of them sole
traders) apply for credit in a web portal, signing in with e-mail and password.
The evening before each sale a scoring job in the mart's cloud tenancy reads the
buyer accounts, the settlement history exported from the office sales ledger and a
credit bureau report, asks an in-house model for a default score and sets each
buyer's bidding limit. Limits go to the clerking system in the mart office, which
sale clerks check at the ring; the credit controller approves limits above
EUR 50,000 and can override any. The data scientist retrains the model monthly
from settlement outcomes into a versioned registry. Traffic is TLS, the cloud
database is encrypted at rest, the clerking system has roles and an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Livestock auction buyer credit risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Scores buyers' credit risk before each sale and sets their bidding limits.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Buyer credit application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, trading address, herd number, trade references, requested limit.",
)
buyer_records = tg.Data(
    "Buyer account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
limit_notice = tg.Data("Bidding limit notice", kind="records", sensitivity=tg.Sensitivity.PII)
bureau_request = tg.Data("Credit check request", kind="records", sensitivity=tg.Sensitivity.PII)
credit_report = tg.Data(
    "Commercial credit report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bureau report: judgments, filed accounts, payment behaviour with other traders.",
)
settlement_history = tg.Data(
    "Settlement history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per buyer: purchases, days to pay, arrears and bad debts written off.",
)
features = tg.Data("Buyer credit features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Credit risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
limits = tg.Data(
    "Bidding limits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
limit_review = tg.Data("Limit review queue", kind="records", sensitivity=tg.Sensitivity.PII)
override = tg.Data("Limit override", kind="records", sensitivity=tg.Sensitivity.PII)
ring_check = tg.Data("Buyer number check", kind="records", sensitivity=tg.Sensitivity.PII)
purchases = tg.Data("Lot purchases", kind="records", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Labelled settlement outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past buyer features labelled with whether they paid within terms.",
)
train_config = tg.Data("Training code and configuration", kind="code")
artifact = tg.Data(
    "Credit model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers, dealers and factory agents who want to bid on credit.
    buyer = tm.add(tg.Actor("Buyer", role="livestock buyer"))

with tm.boundary("Credit bureau", trust=tg.Trust.PARTNER):
    # Commercial credit reports, paid per check over the bureau's API.
    bureau = tm.add(
        tg.ExternalService("Credit bureau API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Mart cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where buyers register, apply for credit and see their current limit.
    portal = tm.add(
        tg.Endpoint(
            "Buyer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The buyer master data the portal writes and the scoring job reads.
    buyer_db = tm.add(
        tg.DataStore(
            "Buyer accounts database",
            stores={buyer_records},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the evening before each sale: builds features, scores, sets limits.
    scoring_job = tm.add(
        tg.Service(
            "Pre-sale scoring job",
            description="Scores every active buyer and maps the score to a bidding limit.",
            controls={
                c.HumanInTheLoop(
                    approver="credit controller", above="EUR 50,000 bidding limit per buyer"
                )
            },
        )
    )
    # The credit model itself, served in-process to the scoring job.
    model = tm.add(
        tg.Model(
            "Buyer credit risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees giving a probability of late or non-payment.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Joins ledger history with past limits into a labelled set each month.
        feature_prep = tm.add(
            tg.Pipeline("Monthly feature preparation", stage=tg.Stage.PREPROCESSING)
        )
        # The labelled history the model is trained on.
        dataset = tm.add(tg.Dataset("Credit training set", stores={training_set}))
        # Monthly retraining, started by the data scientist.
        training = tm.add(
            tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model files the scoring job loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Mart office network", trust=tg.Trust.INTERNAL):
    # The mart's accounting package: what each buyer bought and paid.
    ledger = tm.add(tg.DataStore("Sales ledger", stores={settlement_history, purchases}))
    # Existing clerking system used at the sale ring and in the credit office.
    clerking = tm.add(
        tg.Service(
            "Auction clerking system",
            description="Holds the sale catalogue, buyer numbers and their bidding limits.",
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Reviews high limits, handles appeals and overrides limits.
    controller = tm.add(tg.Actor("Credit controller", role="credit controller"))
    # Checks a bidder's number and limit as lots are knocked down.
    clerk = tm.add(tg.Actor("Sale clerk", role="sale clerk"))
    # Builds and retrains the model; can change what gets deployed.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# registration and credit application
tm.flow(buyer, portal, application, protocol="https")
tm.flow(portal, buyer, limit_notice, protocol="https")
tm.flow(portal, buyer_db, buyer_records)
tm.flow(buyer_db, portal, buyer_records, limit_notice)

# pre-sale scoring
tm.flow(buyer_db, scoring_job, buyer_records, label="pre-sale batch read")
tm.flow(ledger, scoring_job, settlement_history, protocol="https", label="nightly export")
tm.flow(scoring_job, bureau, bureau_request, protocol="https")
tm.flow(bureau, scoring_job, credit_report, protocol="https")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, score)
tm.flow(scoring_job, buyer_db, limit_notice, label="current limit for the portal")
tm.flow(scoring_job, clerking, limits, protocol="https")

# credit office and sale ring
tm.flow(clerking, controller, limit_review)
tm.flow(controller, clerking, override)
tm.flow(clerk, clerking, ring_check)
tm.flow(clerking, clerk, limits)
tm.flow(clerking, ledger, purchases, label="sale day close")

# monthly retraining
tm.flow(ledger, feature_prep, settlement_history, protocol="https", label="monthly export")
tm.flow(feature_prep, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(scientist, training, train_config, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load at job start")
