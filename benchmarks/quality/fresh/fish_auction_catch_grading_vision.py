"""Fish auction catch grading: the first design, before any security review.

A fish auction in an EU North Sea port photographs every box of fish as it comes
off the landing line. A grading service sends each photo to an in-house vision
model that grades species, size class and freshness; the grade is written to the
lot database and shown on the electronic auction clock. Registered buyers follow
the clock and bid remotely through the auction portal, which vessel owners also
use to declare their landings, keep their bank details and read their statements.
Quality inspectors on the auction floor can overrule a grade from an inspection
console; their corrections, with the archived photos, feed a monthly retraining
of the grading model. After each sale the settlement system pays the vessels per
box through the auction's bank. Controls in this design: buyer and vessel-owner
sign-in on the portal, TLS to the portal and SFTP to the bank, role-based access
and an audit log on the inspection console, a finance clerk releasing each
payment run, and an evaluation of every retrained model before it is deployed.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fish auction catch grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vision grading of landed fish boxes for a remote-bidding clock auction "
    "and per-box settlement with fishing vessels.",
)

# ---------------------------------------------------------------- data assets
box_photo = tg.Data(
    "Fish box photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top-down photo of one box with its box tag (vessel and landing number).",
)
grade = tg.Data(
    "Catch grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Species, size class and freshness grade with the model's confidence.",
)
landing = tg.Data(
    "Landing declaration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vessel, trip and expected boxes per species, declared before landing.",
)
lot = tg.Data(
    "Lot records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Each box: vessel, grade, weight, photo reference and sale result.",
)
override = tg.Data(
    "Inspector grade override",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
listing = tg.Data("Clock lot listing", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bid = tg.Data(
    "Buyer bid",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sale = tg.Data("Sale result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
buyer_account = tg.Data(
    "Buyer account and credit limit",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registered buyer's contact, company and purchase credit limit.",
)
bank_details = tg.Data(
    "Vessel owner bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
statement = tg.Data("Vessel settlement statement", kind="records", sensitivity=tg.Sensitivity.PII)
payment_file = tg.Data(
    "Vessel payment file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weights = tg.Data("Grading model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Fish merchants, processors and exporters registered to bid from their offices.
    buyer = tm.add(tg.Actor("Registered buyer", role="buyer"))
    # Skippers and vessel owners who land at the auction and are paid per box.
    vessel_owner = tm.add(tg.Actor("Vessel owner", role="supplier"))

with tm.boundary("Auction bank", trust=tg.Trust.PARTNER):
    # The auction's bank executes the payment file for the vessels.
    bank = tm.add(
        tg.ExternalService("Auction bank", description="Receives payment files over SFTP.")
    )

with tm.boundary("Auction hall network", trust=tg.Trust.INTERNAL):
    # Fixed cameras over each landing line, one photo per box as it passes the scale.
    camera = tm.add(tg.Device("Landing line camera", fleet=True))
    # Auction staff who check boxes on the floor and can overrule the model's grade.
    inspector = tm.add(tg.Actor("Quality inspector", role="inspector"))
    # Web app on floor tablets: shows the photo and grade, takes overrides.
    console = tm.add(
        tg.Service(
            "Inspection console",
            controls={
                tg.controls.RBAC(note="only inspectors may change grades"),
                tg.controls.AuditLogging(note="every override is logged with the inspector's id"),
            },
        )
    )

with tm.boundary("Auction data centre", trust=tg.Trust.INTERNAL):
    # Receives box photos, calls the model and writes grades to the lot database.
    grading = tm.add(tg.Service("Grading service"))
    # The vision model that grades species, size and freshness from one photo.
    model = tm.add(
        tg.Model(
            "Catch grading vision model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN fine-tuned on the auction's own graded photos; "
            "the grade sets the box's price band on the clock.",
        )
    )
    # System of record for every box from landing to sale.
    lot_db = tm.add(tg.DataStore("Lot database", stores={lot, landing, override}))
    # Every photo is kept: evidence for disputes and training data for the model.
    archive = tm.add(tg.Dataset("Box photo archive", stores={box_photo}, purpose="training"))
    # Monthly fine-tuning on photos whose grade an inspector corrected.
    retraining = tm.add(
        tg.Pipeline(
            "Grading model retraining",
            stage=tg.Stage.TRAINING,
            controls={
                tg.controls.ModelValidation(
                    note="hold-out accuracy per species checked before deploy"
                )
            },
        )
    )
    # Runs the descending-price clock, matches bids to lots and records sales.
    clock = tm.add(tg.Service("Auction clock service"))
    # Buyer and vessel-owner accounts, credit limits and bank details.
    accounts = tm.add(tg.DataStore("Account store", stores={buyer_account, bank_details}))
    # Computes per-box payments to vessels and produces the daily payment file.
    settlement = tm.add(
        tg.Service(
            "Settlement system",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="auction finance clerk",
                    note="the clerk releases each daily payment run to the bank",
                )
            },
        )
    )

with tm.boundary("Auction DMZ", trust=tg.Trust.INTERNAL):
    # The one internet-facing component: remote bidding and the vessel owners' pages.
    portal = tm.add(
        tg.Endpoint(
            "Auction portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="username and password")},
        )
    )

# ---------------------------------------------------------------- flows
# grading at landing
tm.flow(camera, grading, box_photo, protocol="http")
tm.flow(grading, model, box_photo)
tm.flow(model, grading, grade)
tm.flow(grading, archive, box_photo)
tm.flow(grading, lot_db, grade)

# landing declarations
tm.flow(vessel_owner, portal, landing, protocol="https")
tm.flow(portal, lot_db, landing)

# inspector overrides
tm.flow(lot_db, console, lot, grade, label="boxes to inspect")
tm.flow(archive, console, box_photo)
tm.flow(inspector, console, override, protocol="https")
tm.flow(console, inspector, box_photo, grade, protocol="https")
tm.flow(console, lot_db, override)

# retraining
tm.flow(archive, retraining, box_photo)
tm.flow(lot_db, retraining, override)
tm.flow(retraining, model, weights, label="deploy")

# the clock and remote bidding
tm.flow(lot_db, clock, listing)
tm.flow(accounts, clock, buyer_account, label="credit limits")
tm.flow(clock, portal, listing, sale, protocol="wss")
tm.flow(portal, buyer, listing, sale, protocol="wss")
tm.flow(buyer, portal, bid, protocol="wss")
tm.flow(portal, clock, bid, protocol="wss")
tm.flow(clock, lot_db, sale)

# accounts
tm.flow(buyer, portal, buyer_account, protocol="https", label="registration")
tm.flow(vessel_owner, portal, bank_details, protocol="https")
tm.flow(portal, accounts, buyer_account, bank_details)

# settlement
tm.flow(lot_db, settlement, sale, lot)
tm.flow(accounts, settlement, bank_details)
tm.flow(settlement, bank, payment_file, protocol="sftp")
tm.flow(settlement, portal, statement)
tm.flow(portal, vessel_owner, statement, protocol="https")
