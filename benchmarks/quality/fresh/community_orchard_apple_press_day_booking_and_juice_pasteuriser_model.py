"""Community orchard press days: slot booking and pasteurisation check, first design.

Our community orchard group runs apple-pressing days in a shared barn. Members sign in
to the group's website (e-mail and password) to book a pressing slot; a volunteer
coordinator publishes the slots and sees who has booked, and confirmations go out by
e-mail. The juice is pasteurised in the barn; a small Raspberry Pi controller with a
temperature probe holds the heater at its setpoint (a hardware cut-out stops overheating)
and uploads each batch's temperature and hold-time log over the barn's 4G router to a
batch API on the same web host, using an API key in its config file. A check service runs a
small in-house classifier on every completed batch and flags those that may not have
been pasteurised properly; the batch lead reviews flagged batches on the website, and
unflagged ones are released straight away. The controller polls for released batches
and prints their bottle labels; the release list is e-mailed to the village shop. The
model is retrained now and then in a volunteer's notebook from batch logs and lab results.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Community orchard press day booking and juice pasteuriser model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Member slot booking for pressing days, and a model that flags juice "
    "batches that may be under-pasteurised before their bottles are labelled for sale.",
)

# ---------------------------------------------------------------- data assets
member_details = tg.Data(
    "Member details",
    sensitivity="pii",
    kind="records",
    description="Name, e-mail, phone, postcode, membership status.",
)
member_login = tg.Data("Member sign-in credentials", sensitivity="secret", kind="credentials")
slot_booking = tg.Data("Pressing slot booking", sensitivity="pii", kind="records")
slot_schedule = tg.Data("Press day slot schedule", sensitivity="public", kind="records")
booking_list = tg.Data("Press day booking list", sensitivity="pii", kind="records")
confirmation = tg.Data("Booking confirmation e-mail", sensitivity="pii", kind="records")
batch_log = tg.Data(
    "Batch temperature and hold-time log",
    sensitivity="internal",
    kind="records",
    description="Juice temperature every 5 seconds, time held above 72 C, batch code, volume.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
controller_key = tg.Data("Controller API key", sensitivity="secret", kind="credentials")
batch_features = tg.Data("Batch log features", sensitivity="internal", kind="features")
batch_flag = tg.Data(
    "Under-pasteurisation flag",
    sensitivity="internal",
    kind="model-output",
    description="Probability that the batch did not reach temperature for the hold time.",
)
batch_status = tg.Data(
    "Batch release status",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
release_decision = tg.Data("Batch lead release decision", sensitivity="internal", kind="records")
labels = tg.Data(
    "Bottle labels",
    sensitivity="public",
    kind="documents",
    description="Batch code, pressing date, best-before and the 'pasteurised' statement.",
)
release_list = tg.Data("Released batch list for the shop", sensitivity="internal", kind="records")
lab_results = tg.Data(
    "Lab pasteurisation test results",
    sensitivity="internal",
    kind="labels",
    description="Occasional phosphatase and microbial tests on sample bottles.",
)
log_export = tg.Data("Batch log export", sensitivity="internal", kind="training-data")
model_file = tg.Data("Pasteurisation model file", sensitivity="internal", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Orchard group members booking a slot to press their own apples.
    member = tm.add(tg.Actor("Orchard member", role="member"))
    # Volunteer who sets up press days and slots from home.
    coordinator = tm.add(
        tg.Actor("Volunteer coordinator", role="press day coordinator", privileged=True)
    )
    # Volunteer responsible for pasteurising; reviews flagged batches from a phone.
    batch_lead = tm.add(tg.Actor("Batch lead", role="pasteurisation volunteer"))
    # The village shop that sells the bottled juice.
    shop = tm.add(tg.Actor("Village shop", role="shopkeeper"))

with tm.boundary("Testing lab", trust="partner"):
    # A local food lab that tests sample bottles a few times a season.
    lab = tm.add(tg.DataSource("Food testing lab", origin="partner", provides={lab_results}))

with tm.boundary("E-mail provider", trust="partner"):
    # Transactional e-mail for booking confirmations and the shop's release list.
    mail = tm.add(tg.ExternalService("E-mail sending service"))

with tm.boundary("Web host", trust="internal", description="One small VPS at a hosting company."):
    # The group's website: member booking pages and the volunteer dashboard.
    web_app = tm.add(
        tg.Endpoint(
            "Orchard website",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Members, slots and bookings.
    member_db = tm.add(
        tg.DataStore(
            "Member and booking database",
            stores={member_details, member_login, slot_booking},
            controls={c.EncryptionAtRest(key_management="hosting provider disk encryption")},
        )
    )
    # Receives batch logs from the barn controller and tells it which batches are released.
    batch_api = tm.add(
        tg.Endpoint(
            "Batch log API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="static API key in the controller's config file"),
                c.SchemaEnforcement(note="JSON schema check on uploaded batch logs"),
            },
        )
    )
    # Batch logs, flags and release status, kept for food-safety records.
    batch_db = tm.add(tg.DataStore("Batch log store", stores={batch_log, batch_flag, batch_status}))
    # Runs the model on each completed batch and sets its release status.
    check_service = tm.add(
        tg.Service(
            "Pasteurisation check service",
            controls={
                c.HumanInTheLoop(
                    approver="the batch lead",
                    note="flagged batches only; unflagged batches are released automatically",
                )
            },
        )
    )
    # Small gradient-boosted classifier over the temperature curve and hold time.
    model = tm.add(
        tg.Model(
            "Pasteurisation check model",
            task="classifier",
            origin="in-house",
            returns_scores=True,
            high_stakes=True,
            description="A missed flag means under-pasteurised juice is labelled and sold.",
        )
    )

with tm.boundary(
    "Press barn", trust="internal", description="Shared barn, online through a 4G router."
):
    # Runs the heater to its setpoint, logs juice temperature and prints labels.
    controller = tm.add(
        tg.Device(
            "Pasteuriser controller",
            fleet=False,
            description="Raspberry Pi with a food-grade probe, heater relay and USB label printer.",
            controls={c.SafetyLimits(limits="hardware over-temperature cut-out at 90 C")},
        )
    )
    # USB thermal printer for the bottle labels.
    printer = tm.add(tg.Device("Bottle label printer", fleet=False))

with tm.boundary("Volunteer laptop", trust="internal"):
    # Jupyter notebook a volunteer uses to retrain the model once or twice a season.
    training = tm.add(tg.Pipeline("Model retraining notebook", stage="training"))

# ---------------------------------------------------------------- flows
# Member booking
tm.flow(member, web_app, member_login, slot_booking, protocol="https", label="sign in and book")
tm.flow(web_app, member, slot_schedule, slot_booking, protocol="https")
tm.flow(web_app, member_db, member_details, slot_booking)
tm.flow(member_db, web_app, member_details, member_login, slot_booking)
tm.flow(web_app, mail, confirmation, protocol="https")
tm.flow(mail, member, confirmation, protocol="smtp")

# Coordinator
tm.flow(coordinator, web_app, member_login, slot_schedule, protocol="https")
tm.flow(web_app, coordinator, booking_list, protocol="https")

# Batch logging and checking
tm.flow(
    controller, batch_api, batch_log, controller_key, protocol="https", label="after each batch"
)
tm.flow(batch_api, batch_db, batch_log)
tm.flow(batch_db, check_service, batch_log)
tm.flow(check_service, model, batch_features)
tm.flow(model, check_service, batch_flag)
tm.flow(check_service, batch_db, batch_flag, batch_status)

# Batch lead review and release
tm.flow(batch_db, web_app, batch_log, batch_flag, batch_status)
tm.flow(web_app, batch_lead, batch_log, batch_flag, protocol="https", label="flagged batches")
tm.flow(batch_lead, web_app, member_login, release_decision, protocol="https")
tm.flow(web_app, batch_db, batch_status, label="release or discard")

# Labelling and the shop
tm.flow(controller, batch_api, controller_key, label="poll for released batches", protocol="https")
tm.flow(batch_api, controller, batch_status, protocol="https")
tm.flow(batch_db, batch_api, batch_status)
tm.flow(controller, printer, labels, protocol="usb")
tm.flow(web_app, mail, release_list, protocol="https")
tm.flow(mail, shop, release_list, protocol="smtp")

# Retraining
tm.flow(batch_db, training, log_export, protocol="https", label="CSV download")
tm.flow(lab, training, lab_results, protocol="smtp", label="PDF results by e-mail, typed in")
tm.flow(training, model, model_file, protocol="sftp", label="upload new model file")
