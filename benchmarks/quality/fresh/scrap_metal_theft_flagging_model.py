"""Scrap metal theft flagging: the first design, before any security review.

Our recycler runs several UK yards that buy scrap from the public and from trade
sellers. At each sale the yard ticketing terminal collects the weighbridge reading,
photos of the load from the weighbridge camera and a scan of the seller's ID, as
the Scrap Metal Dealers Act already requires. It sends them to a scoring endpoint
in our cloud, where an in-house model flags loads that look stolen (catalytic
converters, stripped cable, manhole covers, memorials) using the images, the
seller's history and the police and industry theft alert feed. A flagged sale is
held; a yard supervisor reviews it, and confirmed flags are reported to the police
portal before any bank transfer is made. Staff outcomes become labels for monthly
retraining. Controls in this design: TLS to the cloud and partners, staff sign-in
on the terminals, an API key for the endpoint, encrypted transaction records kept
three years, and supervisor review of every flag.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scrap metal theft flagging",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags likely stolen metal at the weighbridge before sellers are paid.",
)

# ---------------------------------------------------------------- data assets
weight = tg.Data(
    "Weighbridge reading",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
load_images = tg.Data(
    "Load images",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Photos of the load and the vehicle, including its number plate.",
)
id_scan = tg.Data(
    "Seller ID scan",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
seller_details = tg.Data(
    "Seller details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address, vehicle registration and bank account for payment.",
)
transaction = tg.Data(
    "Sale record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Ticket with seller, material grades, weights, images, price and outcome.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
scoring_request = tg.Data("Scoring request", sensitivity=tg.Sensitivity.PII, kind="features")
theft_score = tg.Data(
    "Theft risk score",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="A 0-100 score and the material categories that triggered it.",
)
alerts = tg.Data(
    "Theft alerts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Recent reported thefts of metal by area and material.",
)
outcome_label = tg.Data(
    "Review outcome",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    description="Supervisor decision and later police outcome for each flagged sale.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
police_report = tg.Data("Police report", sensitivity=tg.Sensitivity.PII, kind="records")
payout = tg.Data(
    "Bank payment instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payment_status = tg.Data("Payment status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_set = tg.Data("Training examples", sensitivity=tg.Sensitivity.PII, kind="training-data")
weights = tg.Data("Model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Weighbridge lane", trust=tg.Trust.UNTRUSTED):
    # Members of the public and trade sellers bringing metal in; some bring stolen metal.
    seller = tm.add(tg.Actor("Seller", role="seller"))

with tm.boundary("Yard site network", trust=tg.Trust.INTERNAL):
    # Weighs each vehicle in and out; the indicator is wired to the terminal.
    weighbridge = tm.add(tg.Device("Weighbridge", fleet=True))
    # Photographs the load on the weighbridge for the sale record.
    camera = tm.add(tg.Device("Weighbridge camera", fleet=True))
    # Scans the passport or driving licence every seller must show.
    id_scanner = tm.add(tg.Device("ID scanner", fleet=True))
    # Yard ticketing app: builds the sale, shows the flag, files reports and pays.
    terminal = tm.add(
        tg.Service(
            "Yard ticketing terminal",
            controls={c.Authentication(method="username and password")},
        )
    )
    # Weighs, grades and pays loads; supervisors review flags.
    staff = tm.add(tg.Actor("Yard staff", role="yard staff and supervisors"))

with tm.boundary("Recycler cloud", trust=tg.Trust.INTERNAL):
    # Scores each sale; the terminals call it before payment.
    endpoint = tm.add(
        tg.Endpoint(
            "Theft scoring endpoint",
            returns_scores=True,
            controls={c.Authentication(method="static API key per yard")},
        )
    )
    # Image model plus sale features; its flag holds the payment.
    model = tm.add(
        tg.Model(
            "Theft flagging model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(
                    approver="yard supervisor",
                    note="flagged sales are held until a supervisor reviews them",
                )
            },
        )
    )
    # Every sale, with the seller's ID, kept for the statutory period.
    sales_db = tm.add(
        tg.DataStore(
            "Sales records database",
            stores={transaction, seller_details, id_scan},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=1095, note="three years, as the Act requires"),
            },
        )
    )
    # Bucket of load photos and ID images referenced by the sale records.
    image_store = tm.add(tg.DataStore("Image bucket", stores={load_images, id_scan}))
    # Past sales with their review and police outcomes.
    dataset = tm.add(tg.Dataset("Labelled sales dataset", stores={training_set}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Versions of the trained model that the endpoint loads.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

with tm.boundary("Police and industry partners", trust=tg.Trust.PARTNER):
    # Where flagged sales are reported.
    police = tm.add(tg.ExternalService("Police reporting portal"))
    # Regional metal theft alerts from the police and the industry body.
    alert_feed = tm.add(
        tg.DataSource("Metal theft alert feed", origin=tg.Origin.PARTNER, provides={alerts})
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Sellers must be paid by bank transfer, never cash.
    bank = tm.add(tg.ExternalService("Business banking API"))

# ---------------------------------------------------------------- flows
# at the weighbridge
tm.flow(seller, id_scanner, id_scan, label="shows ID")
tm.flow(seller, staff, seller_details, label="at the counter")
tm.flow(weighbridge, terminal, weight, protocol="serial")
tm.flow(camera, terminal, load_images, protocol="rtsp")
tm.flow(id_scanner, terminal, id_scan, protocol="usb")
tm.flow(staff, terminal, seller_details, transaction)

# scoring
tm.flow(terminal, endpoint, scoring_request, load_images, protocol="https")
tm.flow(sales_db, endpoint, transaction, label="seller history")
tm.flow(alert_feed, endpoint, alerts, protocol="https", label="hourly pull")
tm.flow(endpoint, model, scoring_request, load_images, alerts)
tm.flow(model, endpoint, theft_score)
tm.flow(endpoint, terminal, theft_score, protocol="https")
tm.flow(terminal, staff, theft_score, transaction, label="flag shown on screen")

# record keeping
tm.flow(terminal, sales_db, transaction, seller_details, id_scan, protocol="https")
tm.flow(sales_db, terminal, transaction, seller_details, protocol="https")
tm.flow(terminal, image_store, load_images, id_scan, protocol="https")

# review, report and pay
tm.flow(staff, terminal, outcome_label, label="supervisor review")
tm.flow(terminal, sales_db, outcome_label, protocol="https")
tm.flow(terminal, police, police_report, load_images, id_scan, protocol="https")
tm.flow(terminal, bank, payout, protocol="https")
tm.flow(bank, terminal, payment_status, protocol="https")

# retraining
tm.flow(sales_db, dataset, transaction, outcome_label, label="monthly export")
tm.flow(image_store, dataset, load_images)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load on deploy")
