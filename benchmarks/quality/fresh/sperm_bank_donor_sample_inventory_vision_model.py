"""Donor sample inventory vision model: the first design, before any security review.

The fertility bank keeps donor semen straws in liquid-nitrogen dewars, in canisters
and canes. A camera rig over each dewar's workstation photographs every canister
as an embryologist lifts it. An ingest service on the lab network stores the
images; a reconciliation service sends them to an in-house vision model that reads
the straw labels (donor code, batch, straw number) and the canister and cane
positions, and compares the readings with the cryo inventory database. Matches
update the last-seen record; mismatches are flagged in a review console where an
embryologist checks the image and confirms or corrects the inventory. Confirmed
corrections become labelled crops for a monthly fine-tuning run that starts from
open weights and stores checkpoints in a model registry. Embryologists sign in with
their lab directory account; the inventory keeps an audit trail for traceability.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Donor sample inventory vision model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vision model that reads straw labels and canister positions in cryogenic "
        "storage to keep the donor sample inventory, flagging mismatches to embryologists."
    ),
)

# ---------------------------------------------------------------- data assets
dewar_images = tg.Data(
    "Canister and straw images",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Stills of lifted canisters, canes and straw labels showing donor codes.",
)
label_readings = tg.Data(
    "Straw label and position readings",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Donor code, batch, straw number, canister and cane position, confidence.",
)
inventory_records = tg.Data(
    "Donor sample inventory records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description=(
        "Per straw: pseudonymous donor code, batch, location, quarantine and release "
        "status, allocation; linked to donor screening results held elsewhere."
    ),
)
inventory_update = tg.Data(
    "Inventory updates",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Last-seen positions and confirmed corrections.",
)
mismatch_flags = tg.Data(
    "Mismatch flags",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Reading, expected inventory entry and the image it came from.",
)
corrections = tg.Data(
    "Embryologist corrections",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_crops = tg.Data(
    "Labelled label crops",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Cropped straw-label images with their confirmed text and position.",
)
base_weights = tg.Data(
    "Open OCR base weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
checkpoint = tg.Data(
    "Fine-tuned model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Source of the pretrained text-recognition and detection weights.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
    # Handle the dewars and resolve every mismatch the model flags.
    embryologist = tm.add(tg.Actor("Embryologist", role="embryologist"))
    # Runs the fine-tuning and promotes new checkpoints.
    engineer = tm.add(tg.Actor("Lab informatics engineer", role="informatics", privileged=True))

    with tm.boundary("Cryostore room", trust=tg.Trust.RESTRICTED):
        # One fixed camera rig per dewar workstation, in the badge-controlled store.
        camera = tm.add(
            tg.Device(
                "Dewar workstation camera",
                fleet=True,
                description="IP camera with ring light over the canister lift point.",
            )
        )

    # Pulls stills from the cameras when a canister lift is detected.
    ingest = tm.add(tg.Service("Image ingest service"))
    # Raw images, kept as evidence of each inventory check.
    image_store = tm.add(tg.DataStore("Dewar image store", stores={dewar_images}))
    # The vision model itself, on the lab GPU server.
    model = tm.add(
        tg.Model(
            "Straw label reading model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Detects straws and canes and reads printed and handwritten labels.",
        )
    )
    # Compares readings with the inventory and decides what is a mismatch.
    reconciler = tm.add(
        tg.Service(
            "Inventory reconciliation service",
            controls={
                c.HumanInTheLoop(
                    approver="embryologist",
                    note="mismatches only; matching reads update last-seen automatically",
                )
            },
        )
    )
    # The bank's system of record for every straw in storage.
    inventory_db = tm.add(
        tg.DataStore(
            "Cryo inventory database",
            stores={inventory_records},
            controls={c.AuditLogging(retention_days=10950), c.RBAC()},
        )
    )
    # Where embryologists see flagged mismatches next to the image.
    console = tm.add(
        tg.Endpoint(
            "Mismatch review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="lab directory username and password")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Confirmed crops and corrections for retraining.
        dataset = tm.add(
            tg.Dataset("Label crop training set", stores={training_crops, corrections})
        )
        # Monthly fine-tuning on the lab GPU server.
        finetune = tm.add(
            tg.Pipeline(
                "Monthly fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Checkpoints, each promoted by the engineer.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={checkpoint},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(camera, ingest, dewar_images, protocol="rtsp")
tm.flow(ingest, image_store, dewar_images)
tm.flow(image_store, reconciler, dewar_images)
tm.flow(reconciler, model, dewar_images)
tm.flow(model, reconciler, label_readings)
tm.flow(inventory_db, reconciler, inventory_records, label="expected contents")
tm.flow(reconciler, inventory_db, inventory_update, label="last-seen positions")
tm.flow(reconciler, console, mismatch_flags, dewar_images)

tm.flow(console, embryologist, mismatch_flags, dewar_images, protocol="https")
tm.flow(embryologist, console, corrections, protocol="https")
tm.flow(console, inventory_db, inventory_update, label="confirmed corrections")
tm.flow(inventory_db, console, inventory_records)

tm.flow(console, dataset, corrections)
tm.flow(image_store, dataset, training_crops)
tm.flow(dataset, finetune, training_crops, corrections)
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(finetune, registry, checkpoint)
tm.flow(engineer, registry, release_approval, label="promotes a version")
tm.flow(registry, model, checkpoint, label="deploy")
