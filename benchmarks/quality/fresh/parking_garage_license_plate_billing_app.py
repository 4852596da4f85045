"""Ticketless parking with number-plate billing: the first design, before any security review.

A parking operator runs garages in the Netherlands and Germany. Entry and exit
cameras stream to an edge gateway in each garage, where a plate-reading model
turns frames into plate text. The gateway reports entry and exit events to the
cloud backend, which uses a matching model to tie a (possibly misread) plate to a
registered app account, opens the barrier for known accounts, and bills each stay
automatically through a payment provider that holds the card on file. Drivers sign
up in the mobile app with e-mail and password, register plates and a card (entered
in the provider's SDK, so we only hold a token), see their stays and dispute
charges. Attendants in the garage booths review disputes with the plate photos in
a dispute console and can issue refunds. The database is encrypted at rest, plate
photos are kept for 90 days, and the cloud runs in the operator's own VPC.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Parking garage plate recognition and billing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Cameras read number plates, a model matches them to app accounts, "
    "and stays are charged automatically; drivers dispute charges in the app.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Camera frames",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Entry and exit video frames showing the vehicle, plate and often the driver.",
)
plate_read = tg.Data(
    "Plate read",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Plate text, OCR confidence, garage, lane and timestamp.",
)
plate_photo = tg.Data("Plate photo", sensitivity=tg.Sensitivity.PII, kind="media")
gate_decision = tg.Data(
    "Barrier decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
match_request = tg.Data(
    "Plate match request",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="The plate read and the candidate registered plates.",
)
match = tg.Data(
    "Account match",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Matched account id and match score.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
accounts = tg.Data(
    "Driver accounts",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, password hash, registered plates and payment token.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
stays = tg.Data(
    "Parking stays",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Entry and exit times per plate and garage: a location history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
charge = tg.Data(
    "Charge request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Payment token, amount and stay reference.",
)
payment_result = tg.Data(
    "Payment result webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Entered in the provider's SDK; never reaches our backend.",
)
payment_token = tg.Data(
    "Payment token", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
app_request = tg.Data(
    "App request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Sign-in, profile, plates, payment token and dispute submissions.",
)
app_response = tg.Data(
    "App response",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Stays, receipts and dispute outcomes.",
)
dispute = tg.Data(
    "Charge dispute",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The driver's reason and the stay, with free text.",
)
refund = tg.Data("Refund decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parks, pays through the app, and disputes charges.
    driver = tm.add(tg.Actor("Driver", role="app customer"))
    # The operator's iOS and Android app on drivers' phones.
    app = tm.add(tg.Device("Driver mobile app", fleet=True))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Stores cards, returns tokens and executes charges and refunds.
    psp = tm.add(tg.ExternalService("Payment provider", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Garage site network", trust=tg.Trust.INTERNAL):
    # IP camera over the entry lane.
    entry_cam = tm.add(tg.Device("Entry camera", fleet=True))
    # IP camera over the exit lane.
    exit_cam = tm.add(tg.Device("Exit camera", fleet=True))
    # Per-garage box that runs plate reading and drives the barriers.
    gateway = tm.add(tg.Service("Garage edge gateway"))
    # Reads plate text from camera frames on the gateway.
    ocr = tm.add(tg.Model("Plate reading model", task=tg.Task.DETECTOR, returns_scores=True))
    # Opens the entry and exit barriers.
    barrier = tm.add(tg.Device("Barrier controller", fleet=True))
    # Staff in the garage booth who handle disputes and help stuck drivers.
    attendant = tm.add(tg.Actor("Garage attendant", role="attendant"))

with tm.boundary("Operator cloud VPC", trust=tg.Trust.INTERNAL):
    # Public API for the app and for the garage gateways.
    api = tm.add(
        tg.Endpoint(
            "Parking backend API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Ties a plate read to a registered account despite OCR errors.
    matcher = tm.add(
        tg.Model(
            "Plate-to-account matching model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Fuzzy match over registered plates; the best match above a threshold is billed.",
        )
    )
    # Prices closed stays and charges or refunds them.
    billing = tm.add(
        tg.Service(
            "Billing service",
            controls={c.Contestability(note="drivers can dispute any charge in the app")},
        )
    )
    # Accounts and stays.
    db = tm.add(
        tg.DataStore(
            "Accounts and stays database",
            stores={accounts, stays},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Entry and exit photos kept as evidence for disputes.
    photos = tm.add(
        tg.DataStore(
            "Plate photo store",
            stores={plate_photo},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Web app where attendants review disputes and issue refunds.
    console = tm.add(
        tg.Service(
            "Dispute console",
            controls={c.Authentication(method="company SSO")},
        )
    )

# ---------------------------------------------------------------- flows
# In the garage
tm.flow(entry_cam, gateway, frames, protocol="rtsp")
tm.flow(exit_cam, gateway, frames, protocol="rtsp")
tm.flow(gateway, ocr, frames, protocol="local")
tm.flow(ocr, gateway, plate_read, protocol="local")
tm.flow(gateway, barrier, gate_decision, label="open barrier")

# Gateway to cloud
tm.flow(gateway, api, plate_read, protocol="https", label="entry and exit events")
tm.flow(api, gateway, gate_decision, protocol="https")
tm.flow(gateway, photos, plate_photo, protocol="https")

# Matching and billing
tm.flow(api, matcher, match_request)
tm.flow(matcher, api, match)
tm.flow(api, db, stays, accounts)
tm.flow(db, api, stays, accounts)
tm.flow(api, billing, stays, label="closed stay")
tm.flow(db, billing, accounts, label="payment token")
tm.flow(billing, db, stays, label="charge status")
tm.flow(billing, psp, charge, refund, protocol="https", label="charges and refunds")
tm.flow(psp, billing, payment_result, protocol="https", label="payment webhook")

# Driver and app
tm.flow(driver, app, app_request, card)
tm.flow(app, driver, app_response)
tm.flow(app, psp, card, protocol="https", label="card entry in provider SDK")
tm.flow(psp, app, payment_token, protocol="https")
tm.flow(app, api, app_request, protocol="https")
tm.flow(api, app, app_response, protocol="https")

# Disputes
tm.flow(api, console, dispute)
tm.flow(photos, console, plate_photo)
tm.flow(db, console, stays)
tm.flow(console, attendant, dispute, plate_photo, stays, protocol="https")
tm.flow(attendant, console, refund, protocol="https")
tm.flow(console, billing, refund)
tm.flow(console, api, refund, label="dispute outcome for the app")
