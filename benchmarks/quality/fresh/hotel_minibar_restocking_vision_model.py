"""Hotel minibar restocking vision model: the first design, before any security review.

Our European hotel chain is replacing manual minibar checks with small cameras inside
each minibar fridge. When the fridge door closes, the camera takes a picture of the
shelves and publishes it over MQTT on the property's IoT network to an edge gateway,
which forwards it over HTTPS (with a per-property API key) to an ingestion endpoint in
the chain's cloud. A product-detection model that we fine-tune ourselves compares the
picture with the last one and says which items were taken. A charge service prices
them from the minibar catalogue and posts the charge to the guest's folio in the
vendor-hosted property management system (PMS) through its OAuth-protected API, with
no person in the loop; guests dispute charges at the front desk, where an agent can
reverse them. The same detections feed a housekeeping scheduler that sends restocking
tasks to room attendants' phones. Images are kept encrypted for 30 days and sampled
into a labelled training set for nightly retraining; posted charges are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel minibar restocking vision model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-fridge cameras and a vision model charge minibar items to guest "
    "folios and schedule restocking.",
)

# ---------------------------------------------------------------- data assets
fridge_images = tg.Data(
    "Minibar fridge images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Shelf pictures taken on door close; can show a guest's hands or the room.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
detections = tg.Data(
    "Detected item removals",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Room number, items taken and confidence per item.",
)
catalogue = tg.Data("Minibar catalogue and prices", kind="records", sensitivity="internal")
stay_status = tg.Data(
    "Room and stay status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the room is occupied, by which reservation, do-not-disturb, check-out date.",
)
folio_charge = tg.Data(
    "Minibar folio charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
folio = tg.Data("Guest folio", kind="records", sensitivity=tg.Sensitivity.PII)
adjustment = tg.Data("Charge adjustment", kind="records", sensitivity=tg.Sensitivity.PII)
restock_items = tg.Data("Items to restock", kind="records", sensitivity="internal")
restock_tasks = tg.Data("Restocking tasks", kind="records", sensitivity="internal")
restock_done = tg.Data("Restock confirmation", kind="records", sensitivity="internal")
labelled_images = tg.Data(
    "Labelled fridge images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Guest rooms", trust=tg.Trust.UNTRUSTED):
    # The guest takes items from the minibar and sees the charges on their folio.
    guest = tm.add(tg.Actor("Hotel guest", role="guest"))
    # One camera inside each minibar fridge; guests have physical access to it.
    camera = tm.add(
        tg.Device(
            "Minibar fridge camera",
            fleet=True,
            description="Battery-backed camera board in the fridge door, on the IoT Wi-Fi.",
        )
    )

with tm.boundary("Property network", trust=tg.Trust.INTERNAL):
    # Per-hotel box that collects camera pictures and forwards them to the cloud.
    gateway = tm.add(
        tg.Service(
            "Minibar edge gateway",
            description="MQTT broker and uploader in the hotel's server room.",
        )
    )
    # Restocks fridges following the tasks on the housekeeping app.
    attendant = tm.add(tg.Actor("Room attendant", role="housekeeping staff"))
    # Handles guest disputes and reverses wrong charges in the PMS.
    front_desk = tm.add(tg.Actor("Front desk agent", role="front office staff"))

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # System of record for reservations and guest folios, hosted by the PMS vendor.
    pms = tm.add(
        tg.ExternalService(
            "Property management system",
            provides=tg.ExternalCategory.GENERIC,
            description="Vendor-hosted PMS with a REST API for postings and room status.",
        )
    )

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Receives pictures from every property's gateway.
    ingest = tm.add(
        tg.Endpoint(
            "Image ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-property API key")},
        )
    )
    # Keeps pictures as evidence for disputes and as a pool for training samples.
    image_store = tm.add(
        tg.DataStore(
            "Fridge image store",
            stores={fridge_images},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Decides which items were taken: its output turns straight into money charged.
    detector = tm.add(
        tg.Model(
            "Minibar product detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Object detector fine-tuned in-house on our own product range.",
        )
    )
    # Prices detections and posts them to the folio automatically.
    charge_service = tm.add(
        tg.Service(
            "Minibar charge service",
            description="Posts a charge when an item is detected as taken above a confidence threshold.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Product list and per-hotel prices maintained by food and beverage.
    catalogue_db = tm.add(tg.DataStore("Minibar catalogue", stores={catalogue}))
    # Turns detections into restocking tasks, timed around room occupancy.
    scheduler = tm.add(tg.Service("Housekeeping restock scheduler"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Sampled fridge pictures labelled by the ML team.
        dataset = tm.add(tg.Dataset("Labelled fridge image set", stores={labelled_images}))
        # Nightly fine-tuning of the detector.
        training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.FINE_TUNING))
        # Versioned checkpoints that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(camera, gateway, fridge_images, protocol="mqtt", label="picture on door close")
tm.flow(gateway, ingest, fridge_images, protocol="https")
tm.flow(ingest, image_store, fridge_images)
tm.flow(ingest, detector, fridge_images)
tm.flow(image_store, detector, fridge_images, label="previous picture of the same fridge")
tm.flow(detector, charge_service, detections)

tm.flow(catalogue_db, charge_service, catalogue)
tm.flow(pms, charge_service, stay_status, protocol="https", label="room status lookup")
tm.flow(
    charge_service,
    pms,
    folio_charge,
    protocol="https",
    controls={c.Authentication(method="OAuth client credentials")},
    label="post charge",
)
tm.flow(charge_service, scheduler, restock_items)
tm.flow(pms, scheduler, stay_status, protocol="https", label="occupancy and do-not-disturb")
tm.flow(scheduler, attendant, restock_tasks, protocol="https", label="housekeeping app")
tm.flow(attendant, scheduler, restock_done, protocol="https", label="housekeeping app")

tm.flow(pms, front_desk, folio, protocol="https")
tm.flow(front_desk, pms, adjustment, protocol="https", label="reverse disputed charge")
tm.flow(pms, guest, folio, label="folio e-mailed at check-out")

tm.flow(image_store, dataset, labelled_images, label="sampled and labelled by ML team")
tm.flow(dataset, training, labelled_images)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
