"""Brewery taproom loyalty churn model: the first design, before any security review.

A craft brewery with three taprooms in the Netherlands runs a loyalty programme:
members sign up in the brewery's web app and scan their loyalty QR code at the till
on each visit. Every night an ETL job pulls visits from the POS vendor's API and
member profiles from the loyalty database, and builds recency, frequency and spend
features in the brewery's cloud warehouse. A freelance data scientist retrains a
gradient-boosted churn classifier monthly and saves it to a storage bucket. Each
week a scoring job scores every member, lists those likely to lapse with their
consent status, and the marketing manager picks an offer and approves the list
before it is uploaded to the e-mail marketing platform that sends the offers.
Controls in this design: member sign-in, encryption at rest on the loyalty
database, manager approval of each campaign, and only e-mail, first name and offer
code sent to the e-mail platform.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brewery taproom loyalty churn model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts which loyalty members will lapse and sends them win-back offers.",
)

# ---------------------------------------------------------------- data assets
member_profile = tg.Data(
    "Member profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, date of birth, home taproom and marketing consent.",
)
app_view = tg.Data("Points balance and offers", kind="records", sensitivity=tg.Sensitivity.PII)
qr_scan = tg.Data("Loyalty QR scan", kind="records", sensitivity=tg.Sensitivity.PII)
visits = tg.Data(
    "Taproom visits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Loyalty id, taproom, time, items and totals; no card data.",
)
engagement = tg.Data("E-mail engagement events", kind="feedback", sensitivity=tg.Sensitivity.PII)
features = tg.Data(
    "Member behaviour features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Days since last visit, visits per month, spend, beer styles, e-mail opens.",
)
labels = tg.Data(
    "Lapsed labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="No visit within 90 days of the snapshot date.",
)
training_code = tg.Data("Training notebook", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data("Churn model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
scores = tg.Data("Churn scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
at_risk_list = tg.Data("At-risk member list", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data(
    "Campaign approval and offer", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
audience = tg.Data(
    "Offer audience",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail address, first name and a single-use offer code.",
)
offer_email = tg.Data("Offer e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Loyalty members, on their phones and in the taprooms.
    member = tm.add(tg.Actor("Loyalty member", role="member"))

with tm.boundary("POS vendor", trust=tg.Trust.PARTNER):
    # The till system's cloud; visits are exported through the vendor's API.
    pos = tm.add(
        tg.DataSource(
            "Taproom POS",
            origin=tg.Origin.PARTNER,
            provides={visits},
            description="Hosted point of sale used at the three taproom bars.",
        )
    )

with tm.boundary("E-mail marketing vendor", trust=tg.Trust.PARTNER):
    # Sends the offers and reports opens and clicks.
    email_platform = tm.add(tg.ExternalService("E-mail marketing platform"))

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # Web app where members sign up, see points and offers.
    loyalty_app = tm.add(
        tg.Service(
            "Loyalty web app",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Members and their consent choices.
    member_db = tm.add(
        tg.DataStore(
            "Loyalty member database",
            stores={member_profile},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Nightly job joining POS visits, profiles and e-mail engagement.
    etl = tm.add(tg.Pipeline("Nightly loyalty ETL", stage=tg.Stage.PREPROCESSING))
    # Feature tables in the warehouse, read in batch only.
    feature_store = tm.add(
        tg.FeatureStore("Warehouse feature tables", stores={features}, online=False)
    )
    # Monthly snapshot of features with lapsed labels.
    training_set = tm.add(tg.Dataset("Churn training snapshot", stores={features, labels}))
    # Monthly retraining run from the data scientist's notebook.
    training = tm.add(
        tg.Pipeline("Churn model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Storage bucket holding model files by date.
    model_bucket = tm.add(tg.ModelRegistry("Model storage bucket", stores={artifact}))
    # The churn classifier, loaded by the scoring job.
    churn_model = tm.add(
        tg.Model(
            "Churn classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees giving each member a 60-day lapse probability.",
        )
    )
    # Weekly batch scoring and audience building.
    scoring_job = tm.add(
        tg.Service(
            "Weekly scoring job",
            controls={
                c.HumanInTheLoop(approver="marketing manager approves each campaign list"),
                c.DataMinimization(note="only e-mail, first name and offer code leave the brewery"),
            },
        )
    )

with tm.boundary("Brewery office", trust=tg.Trust.INTERNAL):
    # Chooses the offer and approves who gets it.
    marketing_manager = tm.add(tg.Actor("Marketing manager", role="marketing manager"))
    # Freelancer who builds and retrains the model.
    data_scientist = tm.add(
        tg.Actor("Freelance data scientist", role="contractor", privileged=True)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# members
tm.flow(member, loyalty_app, member_profile, protocol="https", controls={tls})
tm.flow(loyalty_app, member, app_view, protocol="https", controls={tls})
tm.flow(loyalty_app, member_db, member_profile)
tm.flow(member_db, loyalty_app, member_profile)
tm.flow(member, pos, qr_scan, label="scans loyalty QR at the till")

# nightly features
tm.flow(pos, etl, visits, protocol="https", controls={tls}, label="nightly export")
tm.flow(member_db, etl, member_profile)
tm.flow(email_platform, etl, engagement, protocol="https", controls={tls})
tm.flow(etl, feature_store, features)

# training
tm.flow(feature_store, training_set, features, label="monthly snapshot")
tm.flow(etl, training_set, labels)
tm.flow(training_set, training, features, labels)
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, model_bucket, artifact)
tm.flow(model_bucket, churn_model, artifact, label="load latest")

# weekly scoring and offers
tm.flow(feature_store, scoring_job, features)
tm.flow(scoring_job, churn_model, features)
tm.flow(churn_model, scoring_job, scores)
tm.flow(member_db, scoring_job, member_profile, label="e-mail and consent")
tm.flow(scoring_job, marketing_manager, at_risk_list, label="review sheet")
tm.flow(marketing_manager, scoring_job, approval)
tm.flow(scoring_job, email_platform, audience, protocol="https", controls={tls})
tm.flow(email_platform, member, offer_email, protocol="smtp")
tm.flow(scoring_job, loyalty_app, audience, label="offer codes shown in the app")
