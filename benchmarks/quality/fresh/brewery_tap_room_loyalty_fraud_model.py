"""Tap room loyalty abuse model: the first design, before any security review.

Our brewery runs a loyalty app for its tap room in Dublin. A member opens the app
and scans the QR code on the bar after buying a pint; the app sends the scan to
our loyalty API, which adds a stamp, and ten stamps earn a free pint. Some members
share one account between friends or photograph the bar code and scan it from
home, so stamps are collected without drinks being bought. Each night a job joins
the day's app scans with the till sales our EPOS vendor exports, builds features
per account, and a small in-house classifier scores every account for abuse. The
flagged accounts appear on a review dashboard where the tap room manager decides
whether to void stamps or suspend the account; those decisions become the labels
for a monthly retraining run. Everything runs in one cloud project. Members sign
in with e-mail and password, the API is rate limited, the database is encrypted
by the cloud provider, and no account is suspended without the manager's decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tap room loyalty abuse model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Nightly scoring of loyalty accounts for shared use and fake stamps, "
    "from app scans and till sales, reviewed by the tap room manager.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Member sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail address and password typed into the app.",
)
member = tg.Data(
    "Member account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, date of birth (over-18 check), phone model, sign-up date.",
)
scan = tg.Data(
    "Stamp scan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member id, bar QR code payload, time, app install id and coarse location.",
)
balance = tg.Data("Stamp balance and rewards", kind="records", sensitivity=tg.Sensitivity.PII)
till_sales = tg.Data(
    "Till sales",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Itemised orders with time, till number and bartender id; "
    "card payments run on a separate terminal and are not in it.",
)
features = tg.Data(
    "Account scan features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Scans per visit, scans without a matching till sale, installs per "
    "account, distance from the tap room, scan times outside opening hours.",
)
score = tg.Data("Abuse score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flags = tg.Data(
    "Flagged accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accounts above the review threshold, with their scan history.",
)
decision = tg.Data(
    "Review decision",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Manager's verdict per flagged account: clear, void stamps or suspend.",
)
weights = tg.Data("Abuse model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any adult can download the app and sign up, abusers included.
    customer = tm.add(tg.Actor("Tap room member", role="loyalty member"))
    # The member's own phone running our app; it reads the QR code on the bar.
    app = tm.add(
        tg.Device(
            "Loyalty app",
            description="iOS and Android app on the member's phone; scans the bar QR code.",
        )
    )

with tm.boundary("Tap room", trust=tg.Trust.INTERNAL):
    # Bartenders ring up every order on the till.
    bartender = tm.add(tg.Actor("Bartender", role="bar staff"))
    # The EPOS till behind the bar; the source of truth for what was actually sold.
    till = tm.add(
        tg.Device(
            "Bar till",
            fleet=False,
            description="EPOS touchscreen till on the tap room network.",
            controls={c.Authentication(method="each bartender's own clerk PIN")},
        )
    )

with tm.boundary("Brewery office", trust=tg.Trust.INTERNAL):
    # Reviews flagged accounts and decides what happens to them.
    manager = tm.add(tg.Actor("Tap room manager", role="tap room manager", privileged=True))

with tm.boundary("EPOS vendor cloud", trust=tg.Trust.PARTNER):
    # The till vendor's cloud back office; it offers a nightly sales export API.
    epos = tm.add(
        tg.ExternalService(
            "EPOS back office",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="SaaS back office of the till vendor, read with an API key.",
        )
    )

with tm.boundary("Loyalty cloud project", trust=tg.Trust.INTERNAL):
    # What the app talks to: sign-in, stamp scans, balances.
    api = tm.add(
        tg.Endpoint(
            "Loyalty API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Members, stamps, rewards, flags and the manager's decisions.
    loyalty_db = tm.add(
        tg.DataStore(
            "Loyalty database",
            stores={member, scan, balance, flags, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Joins yesterday's scans with the till sales and computes per-account features.
    feature_job = tm.add(tg.Pipeline("Nightly feature job", stage=tg.Stage.PREPROCESSING))
    # Offline feature table the scoring and training runs read.
    feature_store = tm.add(
        tg.FeatureStore("Account feature table", stores={features}, online=False)
    )
    # Scores every active account after the feature job finishes.
    scoring_job = tm.add(tg.Service("Nightly scoring job"))
    # The classifier itself, loaded by the scoring job.
    model = tm.add(
        tg.Model(
            "Loyalty abuse model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees scoring shared accounts and fake stamps.",
        )
    )
    # Web page where the manager works through the flagged accounts.
    dashboard = tm.add(
        tg.Service(
            "Abuse review dashboard",
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.HumanInTheLoop(approver="the tap room manager"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Features joined with past review decisions.
        training_set = tm.add(tg.Dataset("Labelled account history", stores={features, decision}))
        # Monthly retraining notebook job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Bucket holding the trained model files.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

# ---------------------------------------------------------------- flows
tm.flow(customer, app, sign_in, label="signs in")
tm.flow(app, api, sign_in, scan, protocol="https")
tm.flow(api, app, balance, protocol="https")
tm.flow(app, customer, balance)
tm.flow(api, loyalty_db, member, scan)
tm.flow(loyalty_db, api, member, balance)

tm.flow(bartender, till, till_sales, label="rings up orders")
tm.flow(till, epos, till_sales, protocol="https")
tm.flow(epos, feature_job, till_sales, protocol="https", label="nightly sales export")
tm.flow(loyalty_db, feature_job, scan, label="nightly export")
tm.flow(feature_job, feature_store, features)

tm.flow(feature_store, scoring_job, features)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, score)
tm.flow(scoring_job, loyalty_db, flags)

tm.flow(loyalty_db, dashboard, flags)
tm.flow(dashboard, manager, flags, protocol="https")
tm.flow(manager, dashboard, decision, protocol="https")
tm.flow(dashboard, loyalty_db, decision, label="voids stamps or suspends account")

tm.flow(loyalty_db, training_set, decision, label="monthly export")
tm.flow(feature_store, training_set, features)
tm.flow(training_set, training, features, decision)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loaded at the start of each scoring run")
