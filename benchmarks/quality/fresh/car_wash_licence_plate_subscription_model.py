"""Car wash licence plate subscription recognition: the first design.

A UK chain of 40 drive-through car washes sells monthly unlimited-wash plans. Members
sign up in a web portal, register their cars' number plates and pay by recurring card
payment through a payment provider. At each site an entrance camera films arriving
cars; a vendor-supplied plate recognition model on the site's edge box reads the plate,
and a site controller checks it against a local copy of the active members' plates and
opens the wash bay barrier. Cars it does not recognise, or reads it is unsure of, go to
the site attendant's tablet with a snapshot: the attendant sells a single wash or opens
the bay by hand. A cloud sync service pushes the member plate list to sites and collects
visit records. Controls so far: TLS on cloud links, member e-mail and password sign-in,
per-site API keys, the payment webhook signature check, encrypted cloud databases, the
bay staying shut when no read arrives, and a PIN the attendants at a site share.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Car wash licence plate subscription recognition",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Recognises subscription members' cars by number plate and opens the wash bay.",
)

# ---------------------------------------------------------------- data assets
member_details = tg.Data(
    "Member account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, plan and the registered number plates.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
subscription_setup = tg.Data(
    "Subscription setup request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_status = tg.Data(
    "Subscription payment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
plate_list = tg.Data(
    "Active member plate list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Number plates with an active, paid plan, and the member id.",
)
vehicle = tg.Data("Vehicle at entrance", kind="media", sensitivity=tg.Sensitivity.PII)
plate_images = tg.Data(
    "Entrance camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of the car's front; the driver is often visible through the windscreen.",
)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Plate text and the model's confidence.",
)
open_command = tg.Data("Bay open command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
unrecognised = tg.Data(
    "Unrecognised vehicle alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Snapshot, plate read and confidence, for the attendant.",
)
manual_open = tg.Data(
    "Manual open decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Attendant opens the bay, or records a single wash sold at the kiosk.",
)
visits = tg.Data(
    "Wash visit records",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Site, time, plate read, member id, snapshot and whether the bay was opened.",
)
model_update = tg.Data(
    "Plate recognition model update",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Subscribers managing their plan and plates from their own phone or PC.
    member = tm.add(tg.Actor("Member", role="subscription member"))

with tm.boundary("Forecourt", trust=tg.Trust.UNTRUSTED):
    # Anyone driving up to the entrance lane, member or not.
    driver = tm.add(tg.Actor("Driver", role="driver at the entrance"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Recurring card billing; the card form is the provider's hosted page.
    payments = tm.add(tg.ExternalService("Payment provider", description="Recurring card billing."))

with tm.boundary("ANPR vendor", trust=tg.Trust.PARTNER):
    # Supplies and updates the plate recognition model on the edge boxes.
    vendor = tm.add(
        tg.ExternalService(
            "ANPR vendor update service",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Pushes new model versions to each site's edge box.",
        )
    )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Sign-up, plate registration, plan changes and wash history.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # System of record for members and their plates.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_details, payment_status},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sends each site its plate list and gathers the sites' visit records.
    sync = tm.add(
        tg.Service(
            "Site sync service",
            controls={tg.controls.Authentication(method="per-site API key")},
        )
    )
    # Visit history for reporting, disputes and the member's wash history.
    visit_store = tm.add(
        tg.DataStore(
            "Visit log store",
            stores={visits},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Site network", trust=tg.Trust.INTERNAL):
    # IP camera over the entrance lane.
    camera = tm.add(tg.Device("Entrance camera"))
    # Vendor's plate detector and reader, run on the site edge box.
    plate_model = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Vendor-supplied ANPR model deployed on the edge box; "
            "finds the plate in each frame and reads its characters.",
        )
    )
    # Decides whether to open the bay from the plate read and the local plate list.
    controller = tm.add(
        tg.Service(
            "Site controller",
            description="Opens the bay for a read above the confidence threshold that matches "
            "an active plate; otherwise alerts the attendant's tablet.",
            controls={
                tg.controls.FailClosed(
                    fallback="the bay stays shut and the attendant is alerted when no read arrives"
                )
            },
        )
    )
    # Local copy of the plate list, so the site works when broadband drops.
    plate_cache = tm.add(tg.DataStore("Site plate list cache", stores={plate_list}))
    # The barrier in front of the wash bay.
    barrier = tm.add(tg.Device("Wash bay barrier", fleet=True))
    # Attendant's tablet app for unrecognised cars.
    tablet = tm.add(
        tg.Device(
            "Attendant tablet",
            controls={tg.controls.Authentication(method="site PIN shared by attendants")},
        )
    )
    # Staff member on shift at the site.
    attendant = tm.add(tg.Actor("Site attendant", role="attendant"))

# ---------------------------------------------------------------- flows
# membership and billing
tm.flow(member, portal, member_details, protocol="https")
tm.flow(portal, member, member_details, visits, protocol="https")
tm.flow(member, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(portal, payments, subscription_setup, protocol="https")
tm.flow(
    payments,
    portal,
    payment_status,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="webhook signature verified")},
)
tm.flow(portal, member_db, member_details, payment_status)
tm.flow(member_db, portal, member_details, payment_status)
tm.flow(visit_store, portal, visits, label="member's wash history")

# plate list to the sites
tm.flow(member_db, sync, plate_list, label="sync every 15 minutes")
tm.flow(sync, controller, plate_list, protocol="https")
tm.flow(controller, plate_cache, plate_list)
tm.flow(plate_cache, controller, plate_list, label="plate lookup")

# at the entrance
tm.flow(driver, camera, vehicle, label="drives into the entrance lane in person")
tm.flow(camera, plate_model, plate_images, protocol="rtsp")
tm.flow(plate_model, controller, plate_read)
tm.flow(controller, barrier, open_command, label="relay contact")
tm.flow(controller, tablet, unrecognised, protocol="https")
tm.flow(attendant, tablet, manual_open, label="on the touchscreen")
tm.flow(tablet, attendant, unrecognised, label="on the touchscreen")
tm.flow(tablet, controller, manual_open, protocol="https")

# visit records and model updates
tm.flow(controller, sync, visits, protocol="https")
tm.flow(sync, visit_store, visits)
tm.flow(vendor, plate_model, model_update, protocol="https")
