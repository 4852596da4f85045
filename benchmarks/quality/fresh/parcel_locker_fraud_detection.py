"""Parcel locker fraud detection: the first design, before any security review.

We run a network of self-service parcel lockers in several EU countries.
Customers get a collection code in our mobile app and type it on the locker's
keypad. Before a compartment opens, the locker sends the collection attempt to
the collection service in our cloud, which asks a fraud model to score it
(stolen or shared codes, account takeovers, customers who repeatedly claim
items went missing). Above a threshold the collection is blocked and the parcel
is held; the customer can appeal in the app, and agents at our outsourced
contact centre review appeals in a web console and can lift the block.
Lockers talk to the cloud over mutual TLS with device certificates; the app API
needs a signed-in account and is rate limited; agents sign in through our SSO.
Appeal outcomes become labels for a monthly retraining job whose models are
versioned in a registry and loaded by the scoring service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parcel locker fraud detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores each locker collection for fraud; blocks suspicious ones, with appeals.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Customer account and parcel records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, phone, e-mail, addresses, parcels, their lockers and collection codes.",
)
code = tg.Data(
    "Collection code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Six-digit code (and QR) that opens one compartment.",
)
claim = tg.Data(
    "Missing-item claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer's claim that a parcel was not in the compartment.",
)
attempt = tg.Data(
    "Collection attempt",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Locker id, compartment, entered code, time, app session and device id.",
)
unlock = tg.Data("Unlock or hold command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Collection fraud features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Account age, recent logins and device changes, claim history, locker history.",
)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
decision = tg.Data(
    "Collection decision record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Attempt, score, threshold and outcome for each collection.",
)
appeal = tg.Data(
    "Appeal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer's free-text explanation and optional photo of ID.",
)
outcome = tg.Data(
    "Appeal outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Agent's verdict: genuine customer or fraud; reused as a training label.",
)
training_rows = tg.Data(
    "Labeled collection history", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People collecting parcels with the mobile app; fraudsters sign up too.
    customer = tm.add(tg.Actor("Customer", role="parcel recipient"))

with tm.boundary(
    "Locker sites",
    trust=tg.Trust.UNTRUSTED,
    description="Lockers at petrol stations, supermarkets and streets, on cellular links.",
):
    # The physical lockers: keypad, screen, compartments, cellular modem.
    lockers = tm.add(
        tg.Device(
            "Parcel lockers",
            fleet=True,
            description="About 4,000 lockers; each holds a device certificate issued at install.",
        )
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Backend of the mobile app: accounts, parcels, codes, claims and appeals.
    app_api = tm.add(
        tg.Endpoint(
            "Customer app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Decides whether a locker opens: validates the code, gets a score, applies the threshold.
    collection = tm.add(
        tg.Service(
            "Collection service",
            description="Blocks the collection and holds the parcel when the score is above 0.8.",
            controls={c.Contestability(note="customers can appeal a block in the app")},
        )
    )
    # The fraud model itself, served next to the collection service.
    model = tm.add(
        tg.Model(
            "Collection fraud model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted trees over account, device, claim and locker features.",
        )
    )
    # Online features the model needs at collection time.
    feature_store = tm.add(tg.FeatureStore("Fraud feature store", stores={features}, online=True))
    # Computes features from account, claim and collection events.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # System of record for customers, parcels, codes and claims.
    parcel_db = tm.add(
        tg.DataStore(
            "Parcel and account database",
            stores={account, code, claim},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every decision and every appeal, for the agents and for retraining.
    case_store = tm.add(
        tg.DataStore(
            "Decision and appeal store",
            stores={decision, appeal, outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web console where contact-centre agents work the appeal queue.
    console = tm.add(
        tg.Service(
            "Appeals console",
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Snapshot of past collections joined with appeal outcomes.
        dataset = tm.add(tg.Dataset("Labeled collections dataset", stores={training_rows, outcome}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Where trained models are versioned; the collection service loads the approved one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary(
    "Contact centre", trust=tg.Trust.PARTNER, description="Outsourced customer service."
):
    # Reviews appeals and lifts blocks.
    agent = tm.add(tg.Actor("Customer service agent", role="support agent"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: features, thresholds, retraining.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Customer and app
tm.flow(customer, app_api, claim, appeal, protocol="https", label="sign-in, claims, appeals")
tm.flow(app_api, customer, code, decision, protocol="https", label="collection code, block notice")
tm.flow(app_api, parcel_db, account, claim)
tm.flow(parcel_db, app_api, account, code)
tm.flow(app_api, case_store, appeal, label="new appeal")
tm.flow(case_store, app_api, outcome, label="appeal status")

# Collection at the locker
tm.flow(customer, lockers, code, label="keypad entry or QR scan")
tm.flow(lockers, collection, attempt, protocol="mtls")
tm.flow(collection, parcel_db, attempt, label="code check")
tm.flow(parcel_db, collection, account, code)
tm.flow(collection, feature_store, attempt, label="feature lookup")
tm.flow(feature_store, collection, features)
tm.flow(collection, model, features)
tm.flow(model, collection, score)
tm.flow(collection, lockers, unlock, protocol="mtls")
tm.flow(collection, case_store, decision)

# Features
tm.flow(parcel_db, feature_job, account, claim, label="change events")
tm.flow(case_store, feature_job, decision)
tm.flow(feature_job, feature_store, features)

# Appeals
tm.flow(agent, console, outcome, protocol="https", label="reviews and decides")
tm.flow(console, agent, appeal, decision, protocol="https")
tm.flow(case_store, console, appeal, decision)
tm.flow(console, case_store, outcome)
tm.flow(console, parcel_db, unlock, label="lift block")

# Retraining
tm.flow(case_store, dataset, decision, outcome)
tm.flow(feature_store, dataset, features, label="offline snapshot")
tm.flow(dataset, training, training_rows, outcome)
tm.flow(scientist, training, training_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load approved version")
