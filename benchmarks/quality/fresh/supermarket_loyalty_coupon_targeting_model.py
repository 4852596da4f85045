"""Supermarket loyalty coupon targeting: the first design, before any security review.

Loyalty members scan their card or app at the till. Each night the store tills
upload the day's baskets, with coupon redemptions, to the cloud data platform,
where an ingestion job loads them into the customer data warehouse next to the
member profiles. Once a week a data scientist retrains a propensity model on a
snapshot of basket history and redemptions; the model is kept in a registry and
deployed from it. A weekly selection job then scores every member against the
offers marketing has put in the coupon catalogue, writes each member's chosen
coupons to the coupon wallet and sends a push notification through a hosted push
provider. Members see and activate their coupons in the mobile app, which talks
to the mobile API (e-mail and password sign-in); tills check the wallet when a
coupon is redeemed. The warehouse is encrypted and role-restricted, training uses
pseudonymised member ids, and a per-member coupon cap is enforced by the job.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Supermarket loyalty coupon targeting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly personalised coupons for loyalty members, chosen from their baskets.",
)

# ---------------------------------------------------------------- data assets
card_scan = tg.Data(
    "Loyalty card scan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Loyalty card number and coupon barcodes scanned at the till.",
)
baskets = tg.Data(
    "Basket transactions",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Line items, store, time, loyalty card number and coupons redeemed.",
)
profiles = tg.Data(
    "Member profiles",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone number, postcode, marketing preferences.",
)
training_snapshot = tg.Data(
    "Basket history snapshot",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="52 weeks of baskets and redemptions keyed by pseudonymised member id.",
)
train_config = tg.Data("Training configuration", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Coupon model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM ranker saved with joblib.",
)
catalogue = tg.Data(
    "Coupon offers and budgets",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Offer, discount value, eligible products, campaign budget and dates.",
)
member_features = tg.Data("Member basket features", sensitivity=tg.Sensitivity.PII, kind="features")
propensity = tg.Data(
    "Coupon propensity scores", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
issued = tg.Data(
    "Issued coupons",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Which coupons each member holds, their expiry and activation state.",
)
push_message = tg.Data(
    "Coupon push message",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Device push token and the text 'You have new coupons'.",
)
activation = tg.Data("Coupon activation request", sensitivity=tg.Sensitivity.PII, kind="records")
credentials = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shopper; anyone can sign up for the loyalty scheme.
    member = tm.add(tg.Actor("Loyalty member", role="shopper"))
    # The supermarket's app on members' own phones: shows and activates coupons.
    app = tm.add(
        tg.Device("Loyalty mobile app", description="iOS and Android app on members' phones.")
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Hosted push notification service (APNs/FCM relay) used to announce new coupons.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Tills capture every basket and redeem coupons against the wallet.
    tills = tm.add(tg.Device("Store tills", description="POS tills in every store."))

with tm.boundary("Cloud data platform", trust=tg.Trust.INTERNAL):
    # Backend for the app: sign-in, coupon list, activation.
    mobile_api = tm.add(
        tg.Endpoint(
            "Mobile API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Nightly job that loads the tills' upload files into the warehouse.
    ingestion = tm.add(tg.Pipeline("Nightly basket ingestion", stage=tg.Stage.INGESTION))
    # System of record for baskets and member profiles.
    warehouse = tm.add(
        tg.DataStore(
            "Customer data warehouse",
            stores={baskets, profiles, credentials},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Offers and budgets that marketing sets up for each campaign.
    coupon_catalogue = tm.add(tg.DataStore("Coupon catalogue", stores={catalogue}))
    # Weekly batch that scores members and picks each one's coupons.
    selection = tm.add(
        tg.Service(
            "Weekly coupon selection job",
            description="Scores every active member against live offers and picks the top five.",
            controls={
                c.TransactionLimits(
                    limit="at most five coupons per member per week, within each campaign budget"
                )
            },
        )
    )
    # Coupons issued to each member, read by the app and the tills.
    wallet = tm.add(tg.DataStore("Coupon wallet store", stores={issued}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly retraining on pseudonymised basket history.
        training = tm.add(
            tg.Pipeline(
                "Weekly model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.DataMinimization(note="member ids pseudonymised before export")},
            )
        )
        # Keeps trained model versions for deployment and rollback.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
        )
        # Ranks offers for a member by how likely they are to redeem them.
        model = tm.add(
            tg.Model(
                "Coupon propensity model",
                task=tg.Task.RANKER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Sets up offers, discounts and campaign budgets.
    marketer = tm.add(tg.Actor("Marketing manager", role="marketing"))
    # Builds and retrains the model.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# in store
tm.flow(member, tills, card_scan, label="scanned at the till")
tm.flow(tills, ingestion, baskets, protocol="sftp", label="nightly upload")
tm.flow(ingestion, warehouse, baskets)
tm.flow(tills, wallet, card_scan, protocol="https", label="coupon check at redemption")
tm.flow(wallet, tills, issued, protocol="https", label="coupons valid for the card")

# training
tm.flow(warehouse, training, training_snapshot, label="weekly snapshot")
tm.flow(scientist, training, train_config)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="deploy")

# weekly selection
tm.flow(marketer, coupon_catalogue, catalogue)
tm.flow(coupon_catalogue, selection, catalogue)
tm.flow(warehouse, selection, baskets, label="weekly batch")
tm.flow(selection, model, member_features)
tm.flow(model, selection, propensity)
tm.flow(selection, wallet, issued)
tm.flow(selection, push, push_message, protocol="https")
tm.flow(push, app, push_message, protocol="https")

# the app
tm.flow(member, app, credentials, activation)
tm.flow(app, mobile_api, credentials, activation, protocol="https")
tm.flow(mobile_api, warehouse, credentials, label="sign-in check")
tm.flow(warehouse, mobile_api, profiles)
tm.flow(wallet, mobile_api, issued)
tm.flow(mobile_api, wallet, activation)
tm.flow(mobile_api, app, issued, profiles, protocol="https")
tm.flow(app, member, issued)
