"""Germination test counting: the first design, before any security review.

A national seed bank tests the viability of its stored accessions by germinating
samples on trays in growth cabinets. Lab technicians photograph each tray at
fixed intervals on an imaging station in the lab, which saves the photos with
the tray barcode to a file share. An ingest service files them in an image
store, and a counting service runs an in-house seed detector (fine-tuned from a
public pretrained checkpoint) that counts germinated seeds on each tray and
writes the germination percentage to the collection database. Samples below
the viability threshold appear in the curator dashboard, where a curator decides
which accessions to send for regeneration. Technicians correct counts in an
annotation tool, and those annotations train new model versions; all of it
runs on the seed bank's own servers. Controls: staff sign in with directory
accounts, the curator approves every regeneration, the collection database has
role-based access and nightly backups, and training data and models are versioned.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Seed bank germination test counting",
    profile=tg.RiskProfile.LOW,
    description="Counts germinated seeds on test tray photos to pick accessions for regeneration.",
)

# ---------------------------------------------------------------- data assets
tray_info = tg.Data(
    "Tray barcode and test metadata",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accession number, test id, day of test and seeds sown.",
)
tray_photos = tg.Data(
    "Germination tray photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
detections = tg.Data(
    "Seed detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A box and germinated / not germinated class per seed.",
)
germination_results = tg.Data(
    "Germination test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
accessions = tg.Data(
    "Accession records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Passport data including collection sites of rare wild species, "
    "seed stock levels and viability history.",
)
regeneration_decision = tg.Data(
    "Regeneration decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
annotations = tg.Data(
    "Seed count annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
pretrained = tg.Data(
    "Pretrained detector checkpoint",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
)
weights = tg.Data(
    "Seed counter model weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Source of the pretrained object detection checkpoint we fine-tune.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Seed bank lab network", trust=tg.Trust.INTERNAL):
    # Sows the tests, photographs the trays and corrects counts.
    technician = tm.add(tg.Actor("Lab technician", role="seed testing technician"))
    # Camera rig over a light table with a PC; two of them in the lab.
    imaging_station = tm.add(
        tg.Device(
            "Tray imaging station",
            fleet=False,
            description="Fixed camera and barcode scanner attached to a Windows PC.",
        )
    )

with tm.boundary("Seed bank server room", trust=tg.Trust.INTERNAL):
    # Watches the file share and files new photos by tray and test.
    ingest = tm.add(tg.Service("Photo ingest service"))
    # Every tray photo taken during a test, kept for audit.
    image_store = tm.add(tg.DataStore("Tray image store", stores={tray_photos}))
    # Runs the detector on each new photo and computes germination percentages.
    counting_service = tm.add(tg.Service("Germination counting service"))
    # Counts seeds and classifies each as germinated or not.
    counter = tm.add(
        tg.Model(
            "Germinated seed counter",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="YOLO-style detector fine-tuned on our own tray photos.",
        )
    )
    # The seed bank's system of record for accessions and viability tests.
    collection_db = tm.add(
        tg.DataStore(
            "Collection management database",
            stores={accessions, germination_results, regeneration_decision},
            controls={
                c.RBAC(),
                c.DataVersioning(note="nightly backups kept for 90 days"),
            },
        )
    )
    # Lists samples below the viability threshold for the curator to act on.
    dashboard = tm.add(
        tg.Endpoint(
            "Curator dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="directory username and password"),
                c.HumanInTheLoop(approver="the collection curator, for every regeneration"),
            },
        )
    )
    # Web tool where technicians check and correct the boxes on tray photos.
    annotation_tool = tm.add(
        tg.Service(
            "Annotation tool",
            controls={c.Authentication(method="directory username and password")},
        )
    )
    # Corrected tray photos with their annotations, for training.
    training_set = tm.add(
        tg.Dataset(
            "Annotated tray dataset",
            stores={tray_photos, annotations},
            controls={c.DataVersioning()},
        )
    )
    # Fine-tunes the detector on the annotated trays on a GPU server.
    training = tm.add(
        tg.Pipeline(
            "Detector fine-tuning pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Folder of versioned weights on the shared server.
    registry = tm.add(
        tg.ModelRegistry("Model weights store", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Seed bank office network", trust=tg.Trust.INTERNAL):
    # Decides which accessions are regenerated in the field.
    curator = tm.add(tg.Actor("Collection curator", role="curator"))
    # Maintains and retrains the counting model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(technician, imaging_station, tray_info, label="scans tray barcode at the station")
tm.flow(imaging_station, ingest, tray_photos, tray_info, protocol="smb", label="file share")
tm.flow(ingest, image_store, tray_photos)
tm.flow(ingest, collection_db, tray_info)

tm.flow(image_store, counting_service, tray_photos)
tm.flow(counting_service, counter, tray_photos)
tm.flow(counter, counting_service, detections)
tm.flow(collection_db, counting_service, tray_info, label="seeds sown per test")
tm.flow(counting_service, collection_db, germination_results)

tm.flow(collection_db, dashboard, accessions, germination_results)
tm.flow(dashboard, curator, accessions, germination_results, protocol="https")
tm.flow(curator, dashboard, regeneration_decision, protocol="https")
tm.flow(dashboard, collection_db, regeneration_decision)

tm.flow(image_store, annotation_tool, tray_photos)
tm.flow(counting_service, annotation_tool, detections, label="pre-filled boxes")
tm.flow(annotation_tool, technician, tray_photos, detections, protocol="https")
tm.flow(technician, annotation_tool, annotations, protocol="https")
tm.flow(annotation_tool, training_set, tray_photos, annotations)

tm.flow(model_hub, training, pretrained, protocol="https")
tm.flow(training_set, training, tray_photos, annotations)
tm.flow(data_scientist, training, label="starts a fine-tuning run", protocol="ssh")
tm.flow(training, registry, weights)
tm.flow(registry, counter, weights, label="deploy")
