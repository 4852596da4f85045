"""Cashierless store checkout: the first design, before any security review.

A US grocery chain runs walk-in, walk-out stores. Shoppers register in the store
app and add a card, which the app tokenises directly with the payment processor.
At the entry gate the shopper scans a QR code from the app; the gate checks it
with the shopper API and opens a session. In the store, ceiling cameras and shelf
weight sensors feed an edge tracking service on the store network, where in-house
vision models follow each shopper and attribute picked and returned items to the
session. When the shopper leaves, the virtual cart goes to the checkout service in
the cloud, which charges the stored card token and publishes the receipt. Shoppers
can dispute a receipt in the app; a human review team looks at the dispute with
the relevant footage clips and can refund. The app API requires login, the review
console uses corporate SSO, the orders database is encrypted at rest, and store
footage is kept for 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cashierless store checkout",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Camera and sensor tracking of shoppers, automatic charging and human dispute review.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data("Shopper account", kind="records", sensitivity=tg.Sensitivity.PII)
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PAN, expiry and CVV typed into the app's payment SDK.",
)
card_token = tg.Data(
    "Payment token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Processor token for the card on file.",
)
entry_code = tg.Data(
    "Entry QR code",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Short-lived code shown in the app and scanned at the gate.",
)
session = tg.Data(
    "Store session",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shopper id bound to a track id at the entry gate.",
)
video = tg.Data(
    "Camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
weights = tg.Data("Shelf weight events", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
attributions = tg.Data(
    "Pick attributions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Item, shopper track, pick or put-back, confidence.",
)
cart = tg.Data(
    "Virtual cart",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
charge = tg.Data(
    "Charge request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Token, amount and order id; refunds too.",
)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
receipt = tg.Data("Receipt", kind="records", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data("Receipt dispute", kind="records", sensitivity=tg.Sensitivity.PII)
clip = tg.Data(
    "Dispute footage clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Camera clips of the shopper's track around the disputed items.",
)
decision = tg.Data("Review decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The shopper, in the store and on their own phone.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))
    # Our app on shoppers' phones: account, card, entry code, receipts, disputes.
    app = tm.add(tg.Device("Store app", fleet=True, description="iOS and Android app."))

with tm.boundary("Store edge network", trust=tg.Trust.INTERNAL):
    # Ceiling cameras covering the whole sales floor.
    cameras = tm.add(tg.Device("Ceiling cameras", fleet=True))
    # Load cells under each shelf facing: detect picks and put-backs.
    sensors = tm.add(tg.Device("Shelf weight sensors", fleet=True))
    # Turnstile with QR reader: binds an app account to a new track.
    gate = tm.add(tg.Service("Entry gate", description="QR reader and turnstile controller."))
    # Edge server: multi-camera tracking, sensor fusion, builds the virtual cart.
    tracker = tm.add(
        tg.Service(
            "Edge tracking service",
            description="Runs the vision models on GPUs in the store back room.",
        )
    )
    # In-house models that follow shoppers and decide who took which item.
    vision = tm.add(
        tg.Model(
            "Item attribution vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Person tracking and hand-shelf interaction detection.",
        )
    )
    # Rolling video buffer, source of dispute clips.
    footage = tm.add(
        tg.DataStore(
            "Store footage buffer",
            stores={video},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Backend of the store app.
    shopper_api = tm.add(
        tg.Endpoint(
            "Shopper API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="app login with OAuth tokens")},
        )
    )
    # Prices the cart, charges the card token, issues receipts and refunds.
    checkout = tm.add(
        tg.Service(
            "Checkout service",
            controls={c.Contestability(note="shoppers can dispute any receipt in the app")},
        )
    )
    # Accounts, payment tokens, sessions, receipts and disputes.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={account, card_token, session, receipt, dispute, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal web tool where reviewers handle disputes.
    console = tm.add(
        tg.Endpoint(
            "Dispute review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO")},
        )
    )

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Tokenises cards and processes charges and refunds.
    processor = tm.add(tg.ExternalService("Payment processor", provides="generic"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Human review team for disputed receipts.
    reviewer = tm.add(tg.Actor("Dispute reviewer", role="review team"))

# ---------------------------------------------------------------- flows
# Registration and card on file
tm.flow(shopper, app, account, card, dispute)
tm.flow(app, processor, card, protocol="https", label="card tokenisation")
tm.flow(processor, app, card_token, protocol="https")
tm.flow(app, shopper_api, account, card_token, dispute, protocol="https")
tm.flow(shopper_api, app, entry_code, receipt, protocol="https")
tm.flow(shopper_api, orders_db, account, card_token, dispute)
tm.flow(orders_db, shopper_api, account, receipt)

# Entering the store
tm.flow(app, gate, entry_code, label="QR scan")
tm.flow(gate, shopper_api, entry_code, protocol="https", label="validate code")
tm.flow(shopper_api, gate, session, protocol="https")
tm.flow(gate, tracker, session, label="session start")

# Tracking in the store
tm.flow(shopper, cameras, video, label="filmed on the sales floor")
tm.flow(cameras, tracker, video, protocol="rtsp")
tm.flow(sensors, tracker, weights, protocol="mqtt")
tm.flow(tracker, vision, video, weights, protocol="local")
tm.flow(vision, tracker, attributions, protocol="local")
tm.flow(tracker, footage, video)

# Leaving and paying
tm.flow(tracker, checkout, cart, session, protocol="https", label="cart on exit")
tm.flow(orders_db, checkout, card_token, account)
tm.flow(checkout, orders_db, receipt, session)
tm.flow(checkout, processor, charge, protocol="https")
tm.flow(processor, checkout, charge_result, protocol="https")

# Disputes
tm.flow(orders_db, console, dispute, receipt, session)
tm.flow(footage, console, clip, protocol="https", label="clip export")
tm.flow(console, reviewer, dispute, receipt, clip, protocol="https")
tm.flow(reviewer, console, decision, protocol="https")
tm.flow(console, orders_db, decision)
tm.flow(console, checkout, decision, label="refund or adjustment")
