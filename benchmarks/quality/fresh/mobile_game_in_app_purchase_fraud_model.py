"""In-app purchase fraud model for a mobile game studio: the first design, before any security review.

Players buy premium currency and items in the studio's iOS and Android game through the
app stores' billing. The game client sends each store receipt to our purchase API, which
validates it with the store's server API and grants the entitlement; the stores also post
refund and revocation notifications to the same API, which takes the refunded items back.
Gameplay telemetry from the client lands in a player data warehouse next to the purchase
and refund history. A feature pipeline builds per-player behaviour and payment features in
a feature store, and a scoring service scores every purchase after it is granted with an
in-house classifier, sending high scores (suspected stolen-card purchases, receipt replay,
refund abuse) to the trust and safety console. Analysts there, signed in with Google
Workspace SSO, review each case and decide on item removal or suspension; their outcomes
and store refunds are the labels for a weekly retraining job. Players are worldwide,
including the EU, so GDPR applies; card data stays with the stores.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile game in-app purchase fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags fraudulent in-app purchases and refund abuse from store receipts and "
    "player behaviour, for review by trust and safety analysts.",
)

# ---------------------------------------------------------------- data assets
purchase_request = tg.Data("Store purchase request", kind="records", sensitivity="pii")
receipt = tg.Data(
    "Store purchase receipt",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Signed store receipt or purchase token, product id, store order id.",
)
validation = tg.Data("Receipt validation result", kind="records", sensitivity="pii")
refund_notice = tg.Data(
    "Store refund notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="App Store server notification or Play voided-purchase notification.",
)
grant = tg.Data("Entitlement grant", kind="records", sensitivity=tg.Sensitivity.PII)
telemetry = tg.Data(
    "Gameplay telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player id, device id, IP address, sessions, progression and spend events.",
)
purchase_history = tg.Data(
    "Purchase and refund history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
purchase_event = tg.Data("Purchase event for scoring", kind="records", sensitivity="pii")
features = tg.Data(
    "Player fraud features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Pseudonymous per-player and per-device behaviour and payment features.",
)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
case = tg.Data("Flagged purchase case", kind="records", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data(
    "Review outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
enforcement = tg.Data(
    "Account enforcement action",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item or currency removal, or account suspension, for one player.",
)
training_set = tg.Data("Fraud training snapshot", kind="training-data", sensitivity="pii")
artifact = tg.Data("Fraud model artifact", format="pickle", sensitivity="confidential")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the game, fraudsters and refund abusers included.
    player = tm.add(tg.Actor("Player", role="player"))
    # The game on the player's phone: buys through the store SDK, talks to our backend.
    client = tm.add(
        tg.Device(
            "Mobile game app",
            fleet=True,
            description="iOS and Android game client on players' phones.",
        )
    )

with tm.boundary("App stores", trust=tg.Trust.PARTNER):
    # Apple App Store and Google Play: take the payment, issue receipts, process refunds.
    store = tm.add(
        tg.ExternalService(
            "App store billing",
            description="App Store Server API and Google Play Developer API, plus their "
            "server-to-server refund notifications.",
        )
    )

with tm.boundary("Studio cloud", trust=tg.Trust.INTERNAL):
    # Game backend API that validates receipts, grants items and receives refund notices.
    purchase_api = tm.add(
        tg.Endpoint(
            "Purchase API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="player session token from the game login"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Player accounts, wallets and owned items: what fraud or a refund changes.
    entitlements = tm.add(
        tg.DataStore(
            "Player accounts and entitlements DB",
            stores={grant, enforcement},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Receives gameplay events from the clients.
    ingestion = tm.add(tg.Pipeline("Telemetry ingestion", stage=tg.Stage.INGESTION))
    # Analytics warehouse: behaviour, purchases, refunds and review outcomes.
    warehouse = tm.add(
        tg.DataStore(
            "Player data warehouse",
            stores={telemetry, purchase_history, outcome, training_set},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="analytics, data science and trust and safety roles"),
            },
        )
    )
    # Turns warehouse history into online features every hour.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Online features the scoring service reads per player and device.
    feature_store = tm.add(tg.FeatureStore("Fraud feature store", stores={features}, online=True))
    # Scores each granted purchase asynchronously and raises cases above the threshold.
    scoring = tm.add(
        tg.Service(
            "Fraud scoring service",
            description="Consumes purchase events after the grant; cases above 0.8 go to review.",
        )
    )
    # The classifier itself.
    model = tm.add(
        tg.Model(
            "Purchase fraud model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="XGBoost classifier for stolen-card purchases, receipt replay and "
            "refund abuse.",
        )
    )
    # Review queue and case tools for the trust and safety team.
    console = tm.add(
        tg.Endpoint(
            "Trust and safety console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="a trust and safety analyst, for every enforcement"),
            },
        )
    )
    # Weekly retraining from the warehouse snapshot.
    training = tm.add(
        tg.Pipeline(
            "Weekly fraud model retraining", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Keeps each trained model version; serving loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # Reviews flagged purchases and decides what happens to the account.
    analyst = tm.add(tg.Actor("Trust and safety analyst", role="analyst"))

# ---------------------------------------------------------------- flows
# buying
tm.flow(player, client, purchase_request, label="taps buy on the touchscreen")
tm.flow(client, store, purchase_request, protocol="https", label="store billing SDK")
tm.flow(store, client, receipt, protocol="https")
tm.flow(client, purchase_api, receipt, protocol="https")
tm.flow(purchase_api, store, receipt, protocol="https", label="server-side validation")
tm.flow(store, purchase_api, validation, protocol="https")
tm.flow(purchase_api, entitlements, grant)
tm.flow(purchase_api, client, grant, protocol="https")
tm.flow(store, purchase_api, refund_notice, protocol="https", label="refund webhook")
tm.flow(purchase_api, entitlements, enforcement, label="revoke refunded items")

# behaviour and history
tm.flow(client, ingestion, telemetry, protocol="https")
tm.flow(ingestion, warehouse, telemetry)
tm.flow(purchase_api, warehouse, purchase_history)
tm.flow(warehouse, feature_job, telemetry, purchase_history, label="hourly batch")
tm.flow(feature_job, feature_store, features)

# scoring and review
tm.flow(purchase_api, scoring, purchase_event, label="purchase event queue")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, console, case)
tm.flow(console, analyst, case, protocol="https")
tm.flow(analyst, console, outcome, enforcement, protocol="https")
tm.flow(console, entitlements, enforcement)
tm.flow(console, warehouse, outcome)

# retraining
tm.flow(warehouse, training, training_set, label="weekly export")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
