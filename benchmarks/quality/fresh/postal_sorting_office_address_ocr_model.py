"""Postal address recognition: the first design, before any security review.

The postal operator's letter and flat sorting machines photograph every item as it
passes. A recognition service in each mail centre sends the image to an in-house
address OCR model that reads handwritten and printed addresses, matches the reading
against the national postcode address file and assigns the item a delivery route,
which the sorting machine's controller turns into a stacker bin. Items the model
cannot read with enough confidence are queued to a central video coding service,
where staff at an outsourced video coding centre key the address from the image in
a browser. Keyed items are kept for 30 days and exported monthly as labelled samples
to retrain the model; an ML engineer approves each new model before it is deployed.
Controls in this design: individual sign-in and audit logging for video coders,
HTTPS between sites, image retention limits and pre-promotion read-rate validation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Postal address recognition",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Reads addresses on mail items and assigns delivery routes; "
    "unreadable items go to remote video coders.",
)

# ---------------------------------------------------------------- data assets
item_image = tg.Data(
    "Mail item image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Grey-scale image of the item face: addressee name, address, sender.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
address_reading = tg.Data(
    "Address reading with confidence",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
address_query = tg.Data("Address lookup query", kind="records", sensitivity=tg.Sensitivity.PII)
address_file = tg.Data(
    "Postcode address file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every delivery point in the country with its postcode and walk sequence.",
)
route_plan = tg.Data("Delivery route plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sort_assignment = tg.Data(
    "Sort bin assignment",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
coding_task = tg.Data(
    "Video coding task",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The item image with its ID tag, shown to a coder.",
)
keyed_address = tg.Data("Keyed address", kind="records", sensitivity=tg.Sensitivity.PII)
samples = tg.Data(
    "Labelled address samples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Item images paired with the address the coder keyed.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
checkpoint = tg.Data(
    "OCR model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Mail centre network", trust=tg.Trust.INTERNAL):
    # One line-scan camera per sorting machine; captures every item face.
    camera = tm.add(tg.Device("Sorting machine camera", fleet=True))
    # The sorter's own control system: diverts each item to the bin it is given.
    sorter = tm.add(tg.Service("Sorting machine controller"))
    # Per-centre server that runs recognition while the item travels the machine.
    recognition = tm.add(
        tg.Service(
            "Address recognition service",
            description="Calls the OCR model, matches the reading to the address file, "
            "assigns a route; low-confidence items go to video coding.",
        )
    )
    # The model itself, served on the same mail-centre GPU servers.
    ocr = tm.add(
        tg.Model(
            "Address OCR model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Handwriting and print recognition of the address block.",
        )
    )

with tm.boundary("Central data centre", trust=tg.Trust.INTERNAL):
    # National reference of delivery points, refreshed from the address management unit.
    address_db = tm.add(tg.DataStore("Postcode address database", stores={address_file}))
    # Delivery office walk routes, maintained by operations planning.
    route_db = tm.add(tg.DataStore("Delivery route database", stores={route_plan}))
    # Central queue serving unreadable items to coders in a browser client.
    coding = tm.add(
        tg.Endpoint(
            "Video coding service",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual username and password"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Images of coded items with the keyed address, kept for re-feeds and retraining.
    image_store = tm.add(
        tg.DataStore(
            "Coded item image store",
            stores={coding_task, keyed_address},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Monthly snapshot of coded images used to retrain the OCR model.
    dataset = tm.add(tg.Dataset("Address training set", stores={samples}))
    # GPU training job; scores each candidate on a held-out read-rate test set.
    training = tm.add(
        tg.Pipeline(
            "OCR training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="read-rate and mis-sort regression test")},
        )
    )
    # Holds versioned checkpoints that mail centres pull on deployment.
    registry = tm.add(
        tg.ModelRegistry("OCR model registry", stores={checkpoint}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: runs training and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Video coding contractor", trust=tg.Trust.PARTNER):
    # Outsourced staff keying addresses the model could not read.
    coder = tm.add(tg.Actor("Video coder", role="video coding operator"))

# ---------------------------------------------------------------- flows
tm.flow(camera, recognition, item_image, protocol="gige-vision")
tm.flow(recognition, ocr, item_image)
tm.flow(ocr, recognition, address_reading)
tm.flow(recognition, address_db, address_query, protocol="https")
tm.flow(address_db, recognition, address_file, protocol="https", label="matched delivery point")
tm.flow(route_db, recognition, route_plan, protocol="https", label="nightly sync")
tm.flow(recognition, sorter, sort_assignment, protocol="tcp")

tm.flow(recognition, coding, coding_task, protocol="https", label="unreadable items")
tm.flow(coding, coder, coding_task, protocol="https")
tm.flow(coder, coding, keyed_address, protocol="https")
tm.flow(coding, recognition, keyed_address, protocol="https")
tm.flow(coding, image_store, coding_task, keyed_address)

tm.flow(image_store, dataset, samples, label="monthly export")
tm.flow(dataset, training, samples)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, checkpoint)
tm.flow(ml_engineer, registry, release_approval, label="approves release")
tm.flow(registry, ocr, checkpoint, protocol="https", label="deploy")
