"""Library book-return sorting: the first design, before any security review.

A city public library in the EU replaces its manual returns desk with an
automated returns machine built into the lobby wall. Patrons put items on the
intake belt; a camera photographs each one and an on-machine vision model
identifies it (cover, spine label and barcode), then the machine controller
tells the conveyor PLC which bin to drop it into. A returns service on the
library's server checks the item in with the hosted library management system
over SIP2, which closes the loan and says whether the item has a hold, and sends
the patron an e-mail receipt through an e-mail delivery provider. Items the
model cannot identify go to an exception bin; their photos wait in a queue for
circulation staff, who identify them on a staff console. Those labels feed a
quarterly retraining job that ships a new ONNX model to the machine. Controls:
staff login and roles on the console, a SIP2 account, HTTPS to the e-mail API.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Library book-return sorting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Automated returns machine: a camera model identifies and sorts returned items "
    "and the loan is closed in the library system.",
)

# ---------------------------------------------------------------- data assets
item_image = tg.Data(
    "Returned item photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the item on the belt; can show slips, notes or hands left with it.",
)
recognition = tg.Data(
    "Item identification", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
bin_command = tg.Data(
    "Bin routing command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="high"),
)
return_session = tg.Data(
    "Return session",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Touchscreen start and finish; no patron login needed.",
)
screen_receipt = tg.Data(
    "On-screen return summary", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
checkin = tg.Data("Check-in request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
loan_record = tg.Data(
    "Loan and patron record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Closed loan, hold status, patron name and e-mail address returned by SIP2.",
)
email_receipt = tg.Data(
    "E-mail return receipt",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Patron e-mail address and the titles returned.",
)
exception_item = tg.Data(
    "Unrecognised item record",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo and belt slot of an item sent to the exception bin.",
)
staff_label = tg.Data(
    "Staff item identification",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Item recognition model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Library lobby", trust=tg.Trust.UNTRUSTED):
    # Anyone walking in can use the machine; no library card is needed to return.
    patron = tm.add(tg.Actor("Patron", role="library patron"))

with tm.boundary("Returns machine", trust=tg.Trust.INTERNAL):
    # Camera over the intake belt.
    camera = tm.add(
        tg.DataSource("Intake camera", origin=tg.Origin.USER_UPLOAD, provides={item_image})
    )
    # Small vision classifier on the machine's embedded PC.
    recogniser = tm.add(
        tg.Model(
            "Item recognition model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned from a public image backbone on the library's own item photos.",
        )
    )
    # Runs the touchscreen, the camera and the model, and decides the bin.
    controller = tm.add(tg.Service("Machine controller"))
    # Drives the belt and the bin diverters.
    plc = tm.add(tg.Service("Sorter conveyor PLC"))

with tm.boundary("Library server room", trust=tg.Trust.INTERNAL):
    # Checks items in, handles exceptions and sends receipts.
    returns_svc = tm.add(tg.Service("Returns service"))
    # Photos of items waiting for staff identification.
    exception_queue = tm.add(
        tg.DataStore(
            "Exception queue",
            stores={exception_item},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Staff-confirmed photos and identifications used for retraining.
    training_set = tm.add(tg.Dataset("Labelled item photos", stores={item_image, staff_label}))
    # Quarterly retraining job that exports an ONNX model for the machine.
    retraining = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Web page where staff identify items from the exception bin.
    console = tm.add(
        tg.Service(
            "Staff exception console",
            controls={
                c.Authentication(method="library staff directory password"),
                c.RBAC(note="circulation role only"),
            },
        )
    )
    # Circulation staff who empty the exception bin and identify items.
    staff = tm.add(tg.Actor("Circulation staff", role="circulation staff"))

with tm.boundary("Library system vendor", trust=tg.Trust.PARTNER):
    # The hosted integrated library system that holds loans and patron accounts.
    ils = tm.add(tg.ExternalService("Library management system", provides="generic"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers receipts.
    mailer = tm.add(tg.ExternalService("E-mail delivery service", provides="generic"))

# ---------------------------------------------------------------- flows
tm.flow(patron, controller, return_session, label="touchscreen")
tm.flow(controller, patron, screen_receipt, label="touchscreen")
tm.flow(camera, controller, item_image)
tm.flow(controller, recogniser, item_image)
tm.flow(recogniser, controller, recognition)
tm.flow(controller, plc, bin_command, protocol="modbus")

tm.flow(controller, returns_svc, recognition, exception_item, protocol="https")
tm.flow(returns_svc, controller, bin_command, label="hold or local bin", protocol="https")
tm.flow(
    returns_svc,
    ils,
    checkin,
    protocol="sip2",
    controls={c.Authentication(method="SIP2 login and password")},
)
tm.flow(ils, returns_svc, loan_record, protocol="sip2")
tm.flow(returns_svc, mailer, email_receipt, protocol="https")
tm.flow(mailer, patron, email_receipt, protocol="smtp")

tm.flow(returns_svc, exception_queue, exception_item)
tm.flow(exception_queue, console, exception_item)
tm.flow(console, staff, exception_item)
tm.flow(staff, console, staff_label)
tm.flow(console, returns_svc, staff_label, label="manual check-in")
tm.flow(console, training_set, item_image, staff_label)
tm.flow(training_set, retraining, item_image, staff_label)
tm.flow(retraining, recogniser, weights, label="ship new model to the machine")
