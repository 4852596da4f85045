"""Automated book return sorter: the first design, before any security review.

A Dutch university library is replacing its manual returns desk with a sorter in
the basement below the 24-hour return slot in the lobby. Books dropped in the slot
ride an induction belt past two cameras; a spine label reader, a vision model the
library's systems team fine-tuned from an open-weights OCR model, reads the call
number and item barcode from the spine label. A sort decision service on the edge
PC beside the sorter checks the item in on the cloud library services platform and
tells the vendor's robot arm and conveyor which bin to drop it in (shelf range,
holds, other branch). Low-confidence reads, and every book when the reader or the
platform does not answer, go to an exception bin; circulation staff see those on an
exception console, key the call number and check the book in by hand. Their
corrections and the spine images are exported weekly to retrain the reader. The
sorter vendor maintains the robot over a VPN. Controls: university SSO with MFA on
the console, the vendor PLC's light curtain and e-stop, versioned model releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Library book return sorter",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Robot sorter for returned library books, routed by a vision model "
    "that reads spine labels, with staff handling exceptions.",
)

# ---------------------------------------------------------------- data assets
returned_book = tg.Data(
    "Returned book",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The physical book, with its call-number spine label and barcode.",
)
spine_images = tg.Data(
    "Spine images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera frames of each book on the belt; now and then a hand in shot.",
)
label_read = tg.Data(
    "Call number read",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Call number, item barcode and a confidence per field.",
)
checkin = tg.Data("Check-in request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
item_status = tg.Data(
    "Item status and holds",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shelf location, branch, and whether a patron (by card number) holds it.",
)
bin_command = tg.Data(
    "Bin routing command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sorter_status = tg.Data("Sorter status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
exception_case = tg.Data(
    "Exception case",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spine images, the model's read and why the book was not sorted.",
)
correction = tg.Data(
    "Staff call number correction",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
manual_checkin = tg.Data("Manual check-in", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_examples = tg.Data(
    "Labelled spine examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
release_approval = tg.Data("Model release approval", kind="records")
reader_weights = tg.Data(
    "Spine reader weights",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PyTorch checkpoint of the fine-tuned reader.",
)
remote_session = tg.Data("Remote maintenance session", sensitivity=tg.Sensitivity.INTERNAL)
diagnostics = tg.Data("Sorter diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Library lobby", trust=tg.Trust.UNTRUSTED):
    # Anyone in the building can drop a book (or anything else) in the slot.
    patron = tm.add(tg.Actor("Library patron", role="student or staff borrower"))

with tm.boundary("Sorter room", trust=tg.Trust.INTERNAL):
    # Two industrial cameras over the induction belt, USB to the edge PC.
    cameras = tm.add(
        tg.Device("Return chute cameras", fleet=False, description="Induction belt cameras.")
    )
    # Reads the spine label; runs on the edge PC's GPU.
    reader = tm.add(
        tg.Model(
            "Spine label reader",
            task=tg.Task.DETECTOR,
            description="Finds the spine label and reads call number and barcode; "
            "fine-tuned from an open-weights OCR model.",
        )
    )
    # Decides the bin from the read and the platform's answer.
    sorter_service = tm.add(
        tg.Service(
            "Sort decision service",
            description="Runs on the edge PC; checks the item in and picks its bin.",
            controls={
                c.FailClosed(
                    fallback="books go to the exception bin when the read is low-confidence "
                    "or the reader or the platform does not answer"
                )
            },
        )
    )
    # The vendor's conveyor, robot arm and bins, driven by its own PLC.
    robot = tm.add(
        tg.Device(
            "Sorting robot and conveyor",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="vendor PLC stops belt and arm on light-curtain break or e-stop"
                )
            },
        )
    )

with tm.boundary("Library services platform", trust=tg.Trust.PARTNER):
    # Cloud integrated library system: catalogue, loans, holds, fines.
    lsp = tm.add(
        tg.ExternalService(
            "Library services platform",
            description="Vendor-hosted ILS; the check-in API takes an institution API key.",
        )
    )

with tm.boundary("Sorter vendor", trust=tg.Trust.PARTNER):
    # The robot supplier's support desk, which patches and tunes the sorter.
    vendor_support = tm.add(tg.ExternalService("Sorter vendor remote support"))

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Web app where staff resolve the exception bin.
    console = tm.add(
        tg.Service(
            "Exception handling console",
            controls={c.Authentication(method="university SSO with MFA")},
        )
    )
    # Circulation staff empty the exception bin and re-shelve.
    staff = tm.add(tg.Actor("Circulation staff", role="library staff"))
    # Library systems developer who retrains and releases the reader.
    developer = tm.add(tg.Actor("Library systems developer", role="ml maintainer", privileged=True))

with tm.boundary("University data centre", trust=tg.Trust.INTERNAL):
    # Keeps spine images of low-confidence reads with staff corrections.
    image_store = tm.add(tg.DataStore("Spine image store", stores={exception_case, correction}))
    # Weekly export of corrected reads used to fine-tune the reader.
    training_set = tm.add(tg.Dataset("Spine label training set", stores={training_examples}))
    # GPU job on the university cluster that fine-tunes the reader.
    training = tm.add(tg.Pipeline("Reader retraining pipeline", stage=tg.Stage.TRAINING))
    # Release versions of the reader that the edge PC pulls.
    registry = tm.add(
        tg.ModelRegistry(
            "Reader model registry",
            stores={reader_weights},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(patron, cameras, returned_book, label="dropped in the return slot by hand")
tm.flow(cameras, sorter_service, spine_images, protocol="usb")
tm.flow(sorter_service, reader, spine_images, protocol="local")
tm.flow(reader, sorter_service, label_read, protocol="local")

tm.flow(
    sorter_service,
    lsp,
    checkin,
    protocol="https",
    controls={c.Authentication(method="institution API key")},
)
tm.flow(lsp, sorter_service, item_status, protocol="https")

tm.flow(sorter_service, robot, bin_command, protocol="modbus")
tm.flow(robot, sorter_service, sorter_status, protocol="modbus")

tm.flow(sorter_service, console, exception_case, protocol="https")
tm.flow(sorter_service, image_store, exception_case, protocol="https")
tm.flow(console, staff, exception_case, protocol="https")
tm.flow(staff, console, correction, protocol="https")
tm.flow(console, image_store, correction, protocol="https")
tm.flow(console, lsp, manual_checkin, protocol="https")

tm.flow(image_store, training_set, training_examples, label="weekly export")
tm.flow(training_set, training, training_examples)
tm.flow(developer, training, training_config)
tm.flow(training, registry, reader_weights)
tm.flow(developer, registry, release_approval, label="promotes a version")
tm.flow(registry, reader, reader_weights, protocol="https", label="edge PC pulls the release")

tm.flow(vendor_support, robot, remote_session, protocol="ipsec", label="vendor VPN")
tm.flow(robot, vendor_support, diagnostics, protocol="ipsec")
