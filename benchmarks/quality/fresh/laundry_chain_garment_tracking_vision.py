"""Garment tracking and rewash vision for a commercial laundry chain: first design.

The laundry washes linen and uniforms for hotels and hospitals. On each plant's
sorting line, RFID readers read every garment's tag while cameras photograph it;
a line service joins the tag read to the image and asks an in-house vision model,
served on an edge GPU box in the plant, whether the item is stained or damaged.
Flagged items are diverted to the rewash lane through the line PLC. Line
supervisors watch the flags on a console next to the line and override the
model's calls; their overrides are kept with the images and used as labels when
the ML team retrains the model in the cloud account. Per-garment counts go up to
a cloud database, from which a billing service produces invoices and a customer
portal shows each client its own linen counts and invoices. The portal signs
clients in with e-mail and password and scopes data by client account; traffic
leaving the plant uses HTTPS and the cloud database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Laundry garment tracking vision",
    profile=tg.RiskProfile.LOW,
    description="RFID and camera garment tracking with a stain/damage model and a client portal.",
)

# ---------------------------------------------------------------- data assets
tag_reads = tg.Data("RFID tag reads", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
garment_images = tg.Data("Garment images", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
rewash_flags = tg.Data(
    "Stain and damage flags", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
divert_commands = tg.Data("Divert commands", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
overrides = tg.Data(
    "Supervisor overrides",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled garment images", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
model_artifact = tg.Data(
    "Stain model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL)
garment_records = tg.Data(
    "Garment tracking records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Per client: garment ids, wash cycles, rewash and reject events.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
linen_counts = tg.Data("Linen counts", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
invoices = tg.Data(
    "Invoices",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
portal_login = tg.Data("Client portal login", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
client_contacts = tg.Data(
    "Client user accounts",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names and work e-mail addresses of hotel and hospital staff.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Housekeeping and linen managers at client hotels and hospitals.
    client_user = tm.add(tg.Actor("Client linen manager", role="customer"))

with tm.boundary("Laundry plant network", trust=tg.Trust.INTERNAL):
    # Fixed cameras over the sorting conveyor; one image per garment.
    cameras = tm.add(tg.Device("Sorting line cameras", fleet=True))
    # UHF RFID gates that read the tag sewn into every garment.
    rfid = tm.add(tg.Device("RFID readers", fleet=True))
    # Joins tag reads to images, calls the model and drives the rewash diverter.
    line_service = tm.add(
        tg.Service(
            "Line tracking service",
            description="Runs on the plant's edge server; buffers records when the uplink is down.",
        )
    )
    # The stain and damage detector, served with ONNX Runtime on the edge GPU box.
    stain_model = tm.add(
        tg.Model(
            "Stain and damage model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Flags stained, torn or worn items for rewash or rejection.",
            controls={c.ModelVersioning()},
        )
    )
    # The conveyor PLC that moves flagged items onto the rewash lane.
    plc = tm.add(tg.Service("Sorting line PLC"))
    # Touchscreen next to the line where supervisors see flags and override them.
    console = tm.add(
        tg.Service(
            "Supervisor console",
            controls={c.Authentication(method="badge tap")},
        )
    )
    # Keeps garment images and the supervisors' override decisions for retraining.
    image_archive = tm.add(tg.DataStore("Plant image archive", stores={garment_images, overrides}))
    # Decides rewash or release when the model is wrong.
    supervisor = tm.add(tg.Actor("Line supervisor", role="operator"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Clients sign in here to see their linen counts and invoices.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Central record of every garment, per client, fed by all plants.
    tracking_db = tm.add(
        tg.DataStore(
            "Garment tracking database",
            stores={garment_records, linen_counts, invoices, client_contacts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly job that prices washes, rewashes and replacements per contract.
    billing = tm.add(tg.Service("Billing service"))

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Retrains the stain model on the labelled images from the plants.
        training = tm.add(tg.Pipeline("Stain model retraining", stage=tg.Stage.TRAINING))
        # Holds model versions that the plants' edge boxes pull.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))
        # Runs retraining and promotes a new version to the plants.
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Sorting line
tm.flow(cameras, line_service, garment_images, protocol="rtsp")
tm.flow(rfid, line_service, tag_reads)
tm.flow(line_service, stain_model, garment_images)
tm.flow(stain_model, line_service, rewash_flags)
tm.flow(line_service, plc, divert_commands, protocol="modbus")
tm.flow(line_service, image_archive, garment_images)

# Supervisor overrides
tm.flow(line_service, console, rewash_flags, garment_images)
tm.flow(console, supervisor, rewash_flags, garment_images)
tm.flow(supervisor, console, overrides)
tm.flow(console, line_service, overrides)
tm.flow(line_service, image_archive, overrides, label="override decisions")

# Plant to cloud
tm.flow(line_service, tracking_db, garment_records, protocol="https")
tm.flow(tracking_db, billing, garment_records)
tm.flow(billing, tracking_db, invoices)

# Customer portal
tm.flow(client_user, portal, portal_login, protocol="https")
tm.flow(portal, tracking_db, client_contacts, label="account and client lookup")
tm.flow(tracking_db, portal, linen_counts, invoices)
tm.flow(portal, client_user, linen_counts, invoices, protocol="https")

# Retraining and release
tm.flow(image_archive, training, training_images, protocol="https", label="nightly upload")
tm.flow(ml_engineer, training, label="starts retraining")
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, label="promotes version")
tm.flow(registry, stain_model, model_artifact, protocol="https", label="edge pull")
