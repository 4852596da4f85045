"""Cafe loyalty app with stamp-abuse flags: the first design, before any security review.

A small chain of four independent cafes is replacing paper stamp cards with an app.
Members sign up in the app with an e-mail magic link, and the app shows a QR code
for their card. At the till the barista scans the code with the till tablet, which
adds a stamp per drink, or redeems a free drink once ten stamps are collected.
The till tablets, the loyalty API, its database and an owner dashboard run on a
small managed cloud platform; push notifications go through the app-store push
service. Each night a job scores every member's and every till's stamp pattern with
an anomaly model (an in-house isolation forest, retrained monthly) and flags
unusual ones (many stamps in minutes, stamps outside opening hours, one barista
stamping the same few cards) on the owner's dashboard. The owner decides what to
do; nothing is voided automatically. Tills sign in with a per-till API key and
baristas with their own PIN, all traffic is HTTPS, and the database is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cafe loyalty app with stamp-abuse flags",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="App stamp cards for a small cafe chain, with nightly anomaly flags for the owner.",
)

# ---------------------------------------------------------------- data assets
member_sign_in = tg.Data(
    "Member sign-in request",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail address and the magic-link token sent to it.",
)
member_account = tg.Data(
    "Member account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, favourite cafe and push token.",
)
member_qr = tg.Data(
    "Member card QR code",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Static member card id encoded as a QR code; shown on screen at the till.",
)
stamp_event = tg.Data(
    "Stamp event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member card id, cafe, till, barista, time and number of stamps.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
redemption = tg.Data("Free drink redemption", kind="records", sensitivity=tg.Sensitivity.PII)
balance = tg.Data("Stamp balance", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
till_entry = tg.Data(
    "Barista till entry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Barista PIN, drinks to stamp or the redeem button.",
)
till_key = tg.Data("Till API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
stamp_history = tg.Data("Stamp history", kind="records", sensitivity=tg.Sensitivity.PII)
pattern_features = tg.Data(
    "Stamp pattern features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per member and per barista: stamps per hour, gaps, off-hours share, card overlap.",
)
flags = tg.Data(
    "Unusual stamp pattern flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Anomaly score and the member cards and baristas involved.",
)
owner_decision = tg.Data(
    "Owner review decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dismiss, void stamps or suspend a card.",
)
notification = tg.Data("Push notification", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Anomaly model file", format="pickle", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and join the scheme.
    customer = tm.add(tg.Actor("Loyalty member", role="customer"))
    # The iOS/Android app that holds the member's card and QR code.
    member_app = tm.add(tg.Device("Member loyalty app", description="Phone app for members."))

with tm.boundary("Cafe counter", trust=tg.Trust.INTERNAL):
    # Staff at the till, who scan cards and hand out free drinks.
    barista = tm.add(tg.Actor("Barista", role="cafe staff"))
    # A tablet per till running the loyalty till app, on the cafe's Wi-Fi.
    till = tm.add(
        tg.Device(
            "Till tablet",
            description="Scans member QR codes with the camera; stamps and redeems.",
            controls={c.Authentication(method="per-till API key; baristas enter their own PIN")},
        )
    )

with tm.boundary("Loyalty cloud", trust=tg.Trust.INTERNAL):
    # The API both the member app and the till tablets call.
    api = tm.add(
        tg.Endpoint(
            "Loyalty API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail magic link for members; per-till API key for tills")
            },
        )
    )
    # Members, cards, stamps, redemptions, flags and review decisions.
    db = tm.add(
        tg.DataStore(
            "Loyalty database",
            stores={member_account, stamp_event, redemption, flags, owner_decision, till_key},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Nightly job that builds pattern features and scores them.
    nightly_job = tm.add(tg.Service("Nightly stamp review job"))
    # Isolation forest over per-member and per-barista stamp patterns.
    anomaly_model = tm.add(
        tg.Model(
            "Stamp anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Isolation forest flagging unusual stamping; advisory only.",
        )
    )
    # Web dashboard where the owner reviews flags and acts on them.
    dashboard = tm.add(
        tg.Service(
            "Owner dashboard",
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(approver="the owner", note="flags only advise; the owner decides"),
            },
        )
    )
    # Monthly job that refits the anomaly model on recent history.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Bucket the nightly job loads the current model file from.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={weights}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # The owner of the chain, who runs the scheme and reviews flags.
    owner = tm.add(tg.Actor("Cafe owner", role="owner", privileged=True))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Apple and Google push services for "free drink earned" messages.
    push = tm.add(tg.ExternalService("App push notification service"))

# ---------------------------------------------------------------- flows
tm.flow(customer, member_app, member_sign_in, label="types e-mail, opens link")
tm.flow(member_app, api, member_sign_in, protocol="https")
tm.flow(api, member_app, member_account, member_qr, balance, protocol="https")
tm.flow(member_app, customer, member_qr, balance, label="on the phone screen")

tm.flow(member_app, till, member_qr, label="QR shown on screen, scanned at the counter")
tm.flow(barista, till, till_entry, label="taps in at the counter")
tm.flow(till, barista, balance, label="on the panel")
tm.flow(till, api, till_key, member_qr, stamp_event, redemption, protocol="https")
tm.flow(api, till, balance, protocol="https", label="balance and redeem result")

tm.flow(api, db, member_account, stamp_event, redemption)
tm.flow(db, api, member_account, stamp_event, till_key, label="card lookup")
tm.flow(api, push, notification, protocol="https")
tm.flow(push, member_app, notification, protocol="https")

tm.flow(db, nightly_job, stamp_history, label="nightly export")
tm.flow(nightly_job, anomaly_model, pattern_features)
tm.flow(anomaly_model, nightly_job, flags)
tm.flow(nightly_job, db, flags)
tm.flow(model_bucket, anomaly_model, weights, label="loaded each night")

tm.flow(db, dashboard, flags, stamp_history)
tm.flow(dashboard, owner, flags, stamp_history, protocol="https")
tm.flow(owner, dashboard, owner_decision, protocol="https")
tm.flow(dashboard, db, owner_decision)

tm.flow(db, retraining, stamp_history, label="monthly export")
tm.flow(retraining, model_bucket, weights)
