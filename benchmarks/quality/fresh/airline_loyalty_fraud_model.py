"""Airline loyalty fraud model: the first design, before any security review.

Members of our frequent-flyer programme redeem points (award flights, upgrades,
partner vouchers) and change their account details (email, phone, password,
nominees) through the website and app. The loyalty service sends every such
event to a fraud scoring endpoint; an in-house gradient-boosted model, trained on
past account takeovers, scores it from behavioural features. Above the threshold
the redemption is blocked and a case opens for the fraud team. Blocked members
can phone the contact centre, where an agent checks their identity with security
questions and lifts the block. Case outcomes and lifted blocks become labels for
monthly retraining, and new models go through the registry into serving.
EU members (GDPR). Controls: login with an email one-time code on account changes,
API rate limits, staff SSO and roles, case audit trail, encrypted member data, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline loyalty fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Fraud scoring of points redemptions and account changes, with blocks "
    "reviewed by the fraud team and lifted by the contact centre.",
)

# ---------------------------------------------------------------- data assets
member_request = tg.Data(
    "Redemption or account change",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Award booking, voucher order, or change of email, phone, password or nominee.",
)
request_outcome = tg.Data("Request outcome", kind="records", sensitivity=tg.Sensitivity.PII)
member_account = tg.Data(
    "Member account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Profile, contact details, points balance, nominees, block status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
activity_events = tg.Data(
    "Account activity events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Logins, device and IP, redemptions, profile changes.",
)
features = tg.Data("Behavioural features", kind="features", sensitivity=tg.Sensitivity.PII)
scoring_request = tg.Data("Scoring request", kind="records", sensitivity=tg.Sensitivity.PII)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
fraud_case = tg.Data(
    "Fraud case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The blocked event, its score, the member's account and history.",
)
case_decision = tg.Data("Case decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
block_release = tg.Data(
    "Block release",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
caller_answers = tg.Data(
    "Caller identity answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Membership number, date of birth, recent flights given over the phone.",
)
ato_labels = tg.Data(
    "Account-takeover labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Programme member on the website or app; also whoever has stolen their login.
    member = tm.add(tg.Actor("Loyalty member", role="member"))

with tm.boundary("Loyalty platform", trust=tg.Trust.INTERNAL):
    # Public API behind the website and app.
    api = tm.add(
        tg.Endpoint(
            "Loyalty API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password; email one-time code on account changes"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Business logic for redemptions and profile changes; enforces blocks.
    loyalty = tm.add(
        tg.Service(
            "Loyalty service",
            description="Points ledger, redemptions, profile changes, block flags.",
        )
    )
    # System of record for members and their points.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Fraud platform", trust=tg.Trust.INTERNAL):
    # Scores each redemption and account change synchronously.
    scoring = tm.add(tg.Endpoint("Fraud scoring endpoint", returns_scores=True))
    # The model itself: a score above the threshold blocks the request.
    model = tm.add(
        tg.Model(
            "Account-takeover model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; score above 0.85 blocks the redemption.",
        )
    )
    # Turns the activity stream into per-member behavioural features.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Online features for scoring, offline snapshots for training.
    feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}, online=True))
    # Queue and workbench for blocked events, used by the fraud team.
    cases = tm.add(
        tg.Service(
            "Fraud case manager",
            controls={c.AuditLogging(retention_days=365), c.RBAC()},
        )
    )
    # Labelled history of confirmed takeovers and false positives.
    training_set = tm.add(tg.Dataset("ATO training set", stores={ato_labels, features}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts; serving loads the promoted version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Investigates blocked redemptions and confirms or clears them.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud team"))
    # Takes calls from members and can lift a block after identity checks.
    agent = tm.add(tg.Actor("Contact centre agent", role="contact centre"))
    # Agent desktop: member lookup and the "lift block" action.
    console = tm.add(
        tg.Service(
            "Contact centre console",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# member requests
tm.flow(member, api, member_request, protocol="https")
tm.flow(api, member, request_outcome, protocol="https")
tm.flow(api, loyalty, member_request)
tm.flow(loyalty, api, request_outcome)
tm.flow(loyalty, member_db, member_account)
tm.flow(member_db, loyalty, member_account)

# scoring
tm.flow(loyalty, scoring, scoring_request)
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, model, features)
tm.flow(model, scoring, fraud_score)
tm.flow(scoring, loyalty, fraud_score)

# features
tm.flow(loyalty, feature_job, activity_events, protocol="kafka")
tm.flow(feature_job, feature_store, features)

# fraud team
tm.flow(loyalty, cases, fraud_case, label="blocked events")
tm.flow(cases, analyst, fraud_case, protocol="https")
tm.flow(analyst, cases, case_decision, protocol="https")
tm.flow(cases, loyalty, block_release, label="cleared cases")

# contact centre
tm.flow(member, agent, caller_answers, label="phone call")
tm.flow(agent, console, caller_answers, block_release, protocol="https")
tm.flow(member_db, console, member_account)
tm.flow(console, agent, member_account, protocol="https")
tm.flow(console, loyalty, block_release, label="lift block")

# training
tm.flow(cases, training_set, ato_labels, label="confirmed takeovers and cleared blocks")
tm.flow(console, training_set, ato_labels, label="blocks lifted by the contact centre")
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, ato_labels, features)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
