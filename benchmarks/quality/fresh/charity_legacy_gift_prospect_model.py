"""Legacy gift prospect model: the first design, before any security review.

The charity's legacy team wants to know which supporters are most likely to leave
a gift in their will, so that they can start a conversation with the right people.
Every night an extract job copies supporter records and gift history from the
hosted fundraising CRM into an analytics warehouse in the charity's Azure tenant,
leaving out supporters who have objected to profiling. Licensed postcode-level
geodemographic segments and the monthly file of notified legacies from a legacy
notification service land in the warehouse too. A data analyst prepares features,
trains a gradient-boosted classifier each quarter and registers it; a monthly
scoring job scores every active supporter, writes the score back to the CRM and
publishes a ranked prospect list that legacy fundraisers see in a dashboard. The
fundraisers record the outcome of each contact in the CRM. Staff sign in with
Microsoft 365 and MFA; the warehouse is encrypted at rest and access is by role.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legacy gift prospect model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Scores supporters' likelihood of leaving a gift in their will for the legacy team.",
)

# ---------------------------------------------------------------- data assets
supporters = tg.Data(
    "Supporter records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Name, address, date of birth, contact preferences and communication history.",
)
gifts = tg.Data(
    "Gift history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Donations, regular giving, Gift Aid status and event participation.",
)
segments = tg.Data(
    "Geodemographic segments",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed postcode-level lifestyle and affluence classifications.",
)
notifications = tg.Data(
    "Legacy notifications",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Wills naming the charity, with the deceased's name, address and executor.",
)
features = tg.Data("Supporter features", kind="features", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Legacy labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Which past supporters left a legacy or pledged one.",
)
model_code = tg.Data("Training code and configuration", kind="code")
artifact = tg.Data("Model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
scores = tg.Data("Legacy propensity scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
prospects = tg.Data(
    "Legacy prospect list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Top-ranked supporters with score band, age band and recent giving.",
)
outcomes = tg.Data(
    "Contact outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What came of each legacy conversation: pledge, considering, not interested.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("CRM vendor (SaaS)", trust=tg.Trust.PARTNER):
    # The fundraising CRM: the charity's record of every supporter and gift.
    crm = tm.add(
        tg.DataStore(
            "Fundraising CRM",
            stores={supporters, gifts, scores, outcomes},
            controls={
                c.Authentication(method="vendor ID single sign-on with MFA"),
                c.RBAC(note="CRM security roles per fundraising team"),
            },
        )
    )

with tm.boundary("Data suppliers", trust=tg.Trust.PARTNER):
    # Licensed segments that add affluence and life-stage signals by postcode.
    geodemo = tm.add(
        tg.DataSource("Geodemographic data provider", origin=tg.Origin.VENDOR, provides={segments})
    )
    # The source of known legacies, which become the training labels.
    notifier = tm.add(
        tg.DataSource(
            "Legacy notification service", origin=tg.Origin.PARTNER, provides={notifications}
        )
    )

with tm.boundary("Charity Azure tenant", trust=tg.Trust.INTERNAL):
    # Copies CRM data into the warehouse for analysis.
    extract = tm.add(
        tg.Pipeline(
            "Nightly CRM extract",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(
                    note="drops supporters who objected to profiling, deceased records and free-text notes"
                )
            },
        )
    )
    # Analytics copy of supporter data, bought-in data, features and prospect lists.
    warehouse = tm.add(
        tg.DataStore(
            "Supporter analytics warehouse",
            stores={supporters, gifts, segments, notifications, features, prospects},
            controls={
                c.EncryptionAtRest(key_management="Azure SQL transparent data encryption"),
                c.RBAC(note="analytics team and dashboard service account"),
            },
        )
    )
    # Joins the sources into one feature row per supporter, with labels for training.
    feature_prep = tm.add(tg.Pipeline("Feature preparation", stage=tg.Stage.PREPROCESSING))
    # Snapshot the quarterly retraining reads.
    training_set = tm.add(tg.Dataset("Legacy training set", stores={features, labels}))
    # Quarterly retraining in Azure Machine Learning with open-source libraries.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Keeps each trained version so scoring can use a known one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # The propensity model itself.
    model = tm.add(
        tg.Model(
            "Legacy propensity model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees scoring the likelihood of a gift in a will.",
            controls={
                c.ImpactAssessment(
                    basis="legitimate interests, with a legitimate interests assessment"
                ),
            },
        )
    )
    # Runs the model over all active supporters once a month.
    scoring = tm.add(tg.Service("Monthly scoring job"))

with tm.boundary("Charity Microsoft 365", trust=tg.Trust.INTERNAL):
    # Where the legacy team sees who to contact.
    dashboard = tm.add(
        tg.Endpoint(
            "Legacy prospect dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="legacy team workspace"),
            },
        )
    )
    # Fundraisers who contact supporters about legacy giving.
    fundraiser = tm.add(tg.Actor("Legacy fundraiser", role="fundraiser"))
    # Builds features, trains and registers the model.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(crm, extract, supporters, gifts, protocol="https", label="nightly API export")
tm.flow(extract, warehouse, supporters, gifts)
tm.flow(geodemo, warehouse, segments, protocol="sftp", label="annual licensed file")
tm.flow(notifier, warehouse, notifications, protocol="sftp", label="monthly file")

tm.flow(warehouse, feature_prep, supporters, gifts, segments, notifications)
tm.flow(feature_prep, warehouse, features, label="scoring feature table")
tm.flow(feature_prep, training_set, features, labels)
tm.flow(training_set, training, features, labels)
tm.flow(analyst, training, model_code, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load registered version")

tm.flow(warehouse, scoring, features, label="monthly batch")
tm.flow(scoring, model, features)
tm.flow(model, scoring, scores)
tm.flow(scoring, crm, scores, protocol="https", label="score field write-back")
tm.flow(scoring, warehouse, prospects)

tm.flow(warehouse, dashboard, prospects, protocol="https")
tm.flow(dashboard, fundraiser, prospects, protocol="https")
tm.flow(crm, fundraiser, supporters, gifts, protocol="https")
tm.flow(fundraiser, crm, outcomes, protocol="https")
