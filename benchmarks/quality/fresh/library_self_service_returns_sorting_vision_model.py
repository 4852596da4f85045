"""Self-service returns sorter: the first design, before any security review.

Patrons drop books, DVDs and audiobooks into the returns slot of a branch library.
Inside the machine an RFID reader reads each item's tag and a camera photographs
its cover; a cover recognition model on the machine's embedded PC confirms the
item matches its tag, picks a sort bin and flags things that are not library stock.
The sorting service checks each item in with the hosted library management system
(SIP2 over the branch VPN), drives the conveyor's bin diverters and shows a receipt
on the kiosk screen. Unrecognised items and their photos go to an exceptions bin
and a cloud image store, where branch staff correct them in a review console; the
corrections, catalogue records and a vendor's cover image feed make the training
set for a monthly retraining job, whose ONNX model machines pull from a registry.
The conveyor has hardware interlocks, staff sign in with council SSO and MFA,
and cloud traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Library returns sorter",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Cover and RFID recognition on the self-service returns machine, "
    "sorting returns into bins and flagging items that are not library stock.",
)

# ---------------------------------------------------------------- data assets
returned_item = tg.Data(
    "Returned item",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Whatever a patron puts in the slot: library stock or anything else.",
)
tag_read = tg.Data(
    "RFID tag data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Item barcode, owner library code and security bit (ISO 28560, unencrypted).",
)
cover_image = tg.Data("Cover image", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
sort_decision = tg.Data(
    "Sort decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bin for the item, cover-to-tag match and a not-library-stock flag.",
)
checkin_request = tg.Data("Check-in request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
checkin_result = tg.Data(
    "Check-in result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Loan closed, fines, hold or transit status; for holds, the waiting patron's id.",
)
diverter_command = tg.Data(
    "Bin diverter command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
receipt = tg.Data(
    "Return receipt",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Titles accepted, shown on screen and optionally printed.",
)
exceptions = tg.Data(
    "Exception photos and records",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of unrecognised or non-stock items (can show patrons' own "
    "belongings or papers) with the tag read and the model's decision.",
)
corrections = tg.Data("Staff sort corrections", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
catalogue = tg.Data(
    "Catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bibliographic records, item barcodes, collection and shelving codes.",
)
vendor_covers = tg.Data("Publisher cover images", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
training_set = tg.Data(
    "Cover training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data("Cover model", sensitivity=tg.Sensitivity.INTERNAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Branch public area", trust=tg.Trust.UNTRUSTED):
    # Anyone may use the returns slot, inside or outside opening hours.
    patron = tm.add(tg.Actor("Patron", role="library user"))

with tm.boundary("Returns machine", trust=tg.Trust.INTERNAL):
    # Reads the item's RFID tag as it enters the slot.
    rfid = tm.add(tg.Device("RFID reader", fleet=True))
    # Photographs the front cover on the intake belt.
    camera = tm.add(tg.Device("Cover camera", fleet=True))
    # Tells the patron what was accepted; prints a receipt on request.
    screen = tm.add(tg.Device("Kiosk screen and receipt printer", fleet=True))
    # Moves items to bins; motor drive has hatch and jam interlocks in hardware.
    conveyor = tm.add(
        tg.Device(
            "Conveyor and bin diverters",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="motor drive stops the belt on an open hatch, jam or e-stop, "
                    "independent of the PC"
                )
            },
        )
    )
    # The machine's control software on the embedded PC.
    sorter = tm.add(
        tg.Service(
            "Sorting service",
            description="Reads tag and image, asks the model, checks in, drives the diverters.",
            controls={
                c.FailClosed(
                    fallback="items go to the exceptions bin when the model or the LMS "
                    "does not answer"
                )
            },
        )
    )
    # Recognises the cover, checks it matches the tag, and picks the bin.
    model = tm.add(
        tg.Model(
            "Cover recognition model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned image classifier over cover embeddings, run on the machine.",
        )
    )

with tm.boundary("LMS vendor", trust=tg.Trust.PARTNER):
    # The hosted library management system: loans, holds, catalogue.
    lms = tm.add(tg.ExternalService("Library management system", provides="data-provider"))
    # Publisher cover images licensed from a book data vendor.
    cover_feed = tm.add(
        tg.DataSource("Book cover data feed", origin=tg.Origin.VENDOR, provides={vendor_covers})
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Empty the bins, deal with exceptions, correct mis-sorts.
    staff = tm.add(tg.Actor("Branch staff", role="library assistant"))

with tm.boundary("Library service cloud", trust=tg.Trust.INTERNAL):
    # Staff view exception photos and record the right bin or "not ours".
    console = tm.add(
        tg.Endpoint(
            "Sort review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council Entra ID single sign-on with MFA")},
        )
    )
    # Exception photos uploaded by every machine.
    image_store = tm.add(
        tg.DataStore(
            "Exception image store",
            stores={exceptions},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Labelled covers for retraining.
    dataset = tm.add(tg.Dataset("Cover training dataset", stores={training_set}))
    # Monthly fine-tuning job on new stock and corrections.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Versioned model files the machines pull overnight.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
# A return at the machine.
tm.flow(patron, rfid, returned_item, label="placed in the returns slot")
tm.flow(patron, camera, returned_item, label="placed in the returns slot")
tm.flow(rfid, sorter, tag_read, protocol="usb")
tm.flow(camera, sorter, cover_image, protocol="usb")
tm.flow(sorter, model, cover_image, tag_read)
tm.flow(model, sorter, sort_decision)
tm.flow(sorter, lms, checkin_request, protocol="sip2", label="check-in over the branch VPN")
tm.flow(lms, sorter, checkin_result, protocol="sip2", label="check-in over the branch VPN")
tm.flow(sorter, conveyor, diverter_command, protocol="modbus")
tm.flow(sorter, screen, receipt, protocol="local")
tm.flow(screen, patron, receipt, label="on the kiosk screen or printed")

# Exceptions and corrections.
tm.flow(sorter, image_store, exceptions, protocol="https")
tm.flow(image_store, console, exceptions)
tm.flow(console, staff, exceptions, protocol="https")
tm.flow(staff, console, corrections, protocol="https")
tm.flow(console, dataset, corrections)

# Retraining and model updates.
tm.flow(lms, dataset, catalogue, protocol="https", label="nightly catalogue export")
tm.flow(cover_feed, dataset, vendor_covers, protocol="https")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_file)
tm.flow(registry, sorter, model_file, protocol="https", label="overnight model update")
tm.flow(sorter, model, model_file, label="loads the new model")
