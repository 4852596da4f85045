"""Self-checkout missed-scan detection: the first design, before any security review.

A UK supermarket chain adds a vision model to its self-checkout lanes. An overhead
camera above each till watches the scanning area; an edge box in each store joins
the video with the till's scan events and the bagging-area scale readings, and a
detector flags likely missed scans and item switching (a cheap barcode scanned for
a dear item). A flag never blocks the sale: it pops up on the lane colleague's
handheld with a short clip, and the colleague decides whether to do a check at the
till and records what they found. Clips of flagged events are kept in the store
for 30 days. Flagged clips and colleague outcomes are uploaded to the retail cloud,
where loss-prevention analysts label them and a monthly job retrains the detector;
new versions go through a registry and are pushed back to the stores' edge boxes.
Colleagues sign in to handhelds with their own badge, uploads use TLS, and the
clip store is limited by role; there is no signing of model releases yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Self-checkout missed-scan detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera and scale-based detection of missed scans and item switching "
    "at self-checkout, prompting a colleague check at the till.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Checkout camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overhead view of the scanning area; shoppers' hands, items and often faces.",
)
scans = tg.Data(
    "Till scan events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Barcode, price, till id and time of every scan; loyalty card id when used.",
)
weights = tg.Data("Bagging scale readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
catalogue = tg.Data(
    "Product catalogue with expected weights",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alert = tg.Data(
    "Missed-scan alert with clip",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Lane, suspected item, confidence and a 10-second clip.",
)
clips = tg.Data("Flagged event clips", kind="media", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data(
    "Colleague check outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed, false alarm or shopper declined, entered after the check.",
)
training_set = tg.Data(
    "Labelled checkout clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
detector_weights = tg.Data(
    "Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Store floor", trust=tg.Trust.UNTRUSTED):
    # The shopper scans their own items; some will try to beat the system.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Existing self-checkout till with its bagging-area scale.
    till = tm.add(
        tg.Device(
            "Self-checkout till",
            description="Vendor till software; emits scan and scale events on the store LAN.",
        )
    )
    # New overhead IP camera, one per lane.
    camera = tm.add(tg.Device("Overhead checkout camera"))
    # In-store edge box: joins video, scans and scale readings and runs the detector.
    edge = tm.add(
        tg.Service(
            "Lane monitoring service",
            description="Runs on the store edge box; raises an alert when the detector flags a lane.",
            controls={
                c.HumanInTheLoop(
                    approver="lane colleague",
                    note="an alert only asks for a check; the colleague decides and the sale is never blocked",
                ),
            },
        )
    )
    # The vision model itself, served on the edge box's GPU.
    detector = tm.add(
        tg.Model(
            "Missed-scan detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Video action model plus scan/weight mismatch features; flags missed "
            "scans and item switching.",
        )
    )
    # Local copy of the product master, synced nightly, for expected weights.
    product_db = tm.add(tg.DataStore("Store product catalogue", stores={catalogue}))
    # Short clips of every flagged event, kept in store for disputes and review.
    clip_store = tm.add(
        tg.DataStore(
            "Store clip store",
            stores={clips, outcome},
            controls={c.RetentionLimits(days=30), c.RBAC()},
        )
    )
    # Colleague handheld showing lane alerts.
    handheld = tm.add(
        tg.Device(
            "Colleague handheld",
            controls={c.Authentication(method="colleague's own badge tap and PIN")},
        )
    )
    # The colleague who supervises the self-checkout bank.
    colleague = tm.add(tg.Actor("Lane colleague", role="store colleague"))

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Pulls flagged clips and outcomes from every store into the training set.
    upload = tm.add(tg.Pipeline("Clip upload pipeline", stage=tg.Stage.INGESTION))
    # Central labelled set that the retraining job reads.
    dataset = tm.add(tg.Dataset("Checkout clip training set", stores={training_set}))
    # Monthly retraining of the detector.
    training = tm.add(tg.Pipeline("Monthly detector retraining", stage=tg.Stage.TRAINING))
    # Versions of the detector, pushed out to stores from here.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry",
            stores={detector_weights},
            controls={c.ModelVersioning()},
        )
    )
    # Loss-prevention analyst who labels clips and watches store alert rates.
    analyst = tm.add(tg.Actor("Loss-prevention analyst", role="analyst"))

# ---------------------------------------------------------------- flows
tm.flow(shopper, till, scans, label="scans items at the touchscreen")
tm.flow(camera, edge, frames, protocol="rtsp")
tm.flow(till, edge, scans, weights)
tm.flow(product_db, edge, catalogue, label="expected weight lookup")
tm.flow(edge, detector, frames, scans, weights)
tm.flow(detector, edge, alert)
tm.flow(edge, clip_store, clips)
tm.flow(edge, handheld, alert, protocol="https")
tm.flow(handheld, colleague, alert)
tm.flow(colleague, handheld, outcome)
tm.flow(handheld, edge, outcome, protocol="https")
tm.flow(edge, clip_store, outcome, id="lane-monitoring-service->store-clip-store:outcome")

tm.flow(
    clip_store,
    upload,
    clips,
    outcome,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="nightly upload",
)
tm.flow(analyst, dataset, outcome, label="labels clips")
tm.flow(upload, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, detector_weights)
tm.flow(
    registry,
    detector,
    detector_weights,
    protocol="https",
    label="push new version to store edge boxes",
)
