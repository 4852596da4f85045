"""Prison visits booking and entrance ID check: the first design, before any security review.

Families and friends book social visits to a prisoner on a public booking website,
signing in with e-mail and password and uploading a recent photo of themselves with
each booking. The booking service checks the visitor against the prisoner's approved
visitor list from the national prisoner records system; a visits administrator reviews
first-time visitors, and confirmations go out by text and e-mail through a
notification gateway. On the day, visitors hand their photo ID to an officer at the
visits hall entrance, who scans it. An entrance check service on the prison network
runs a licensed face-matching model, comparing the face on the ID with the booking
photo, and shows the result on the officer's tablet; the officer confirms or refuses
entry, and every decision is written to an admissions log. The booking side runs in
the prison service's cloud tenancy over TLS, with its database encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison visits booking and entrance ID check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online visit booking with a face-matching check of visitors' photo ID "
    "against their booking photo, confirmed by an officer at the visits hall entrance.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Visit booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor's name, date of birth, address, phone, the prisoner number and the chosen slot.",
)
booking_photo = tg.Data(
    "Visitor booking photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A recent face photo the visitor uploads; used for biometric matching.",
)
bookings = tg.Data(
    "Visit bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
visitor_list = tg.Data(
    "Approved visitor list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each prisoner's approved visitors, restrictions and current location.",
)
booking_status = tg.Data("Booking status page", kind="records", sensitivity=tg.Sensitivity.PII)
pending_bookings = tg.Data(
    "First-time visitor bookings", kind="records", sensitivity=tg.Sensitivity.PII
)
booking_approval = tg.Data("Booking approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
confirmation = tg.Data(
    "Booking confirmation message", kind="records", sensitivity=tg.Sensitivity.PII
)
expected_visitors = tg.Data(
    "Expected visitors with booking photos",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The day's confirmed bookings and the visitors' booking photos.",
)
id_document = tg.Data(
    "Visitor photo ID",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Passport, driving licence or other photo ID the visitor brings.",
)
id_scan = tg.Data(
    "Photo ID scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Image of the ID document, including its photo of the holder.",
)
match_pair = tg.Data(
    "Face match pair",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The face cropped from the ID scan and the booking photo.",
)
match_score = tg.Data(
    "Face match score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
match_result = tg.Data(
    "ID match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor, booking, both photos side by side and match / no match.",
)
entry_decision = tg.Data("Officer entry decision", kind="records", sensitivity=tg.Sensitivity.PII)
admission_record = tg.Data(
    "Admission record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who was checked, the model's result, the officer's decision and when.",
)
attendance = tg.Data("Visit attendance", kind="records", sensitivity=tg.Sensitivity.PII)
model_update = tg.Data(
    "Face matching model update", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Family members and friends who book visits and then come to the prison.
    visitor = tm.add(tg.Actor("Visitor", role="prison visitor"))
    # The biometric vendor's download service for model updates.
    vendor = tm.add(
        tg.ExternalService("Face matching vendor", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("National prison systems", trust=tg.Trust.PARTNER):
    # The central system of record for prisoners and their approved visitors.
    prisoner_records = tm.add(
        tg.ExternalService(
            "National prisoner records system", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )
    # Shared government text and e-mail sending service.
    notify = tm.add(tg.ExternalService("Notification gateway"))

with tm.boundary("Prison service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public booking site for visitors.
    booking_site = tm.add(
        tg.Endpoint(
            "Visits booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo upload limited to JPEG/PNG under 5 MB"),
            },
        )
    )
    # Books slots, checks the approved visitor list and hands the day's list to the prison.
    booking_service = tm.add(
        tg.Service(
            "Visit booking service",
            description="Creates bookings against available slots and the prisoner's approved visitor list.",
        )
    )
    # Bookings and booking photos.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings, booking_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Prison network", trust=tg.Trust.INTERNAL):
    # Visits booking team who review first-time visitors.
    administrator = tm.add(tg.Actor("Visits administrator", role="visits booking staff"))

    with tm.boundary("Visits hall entrance", trust=tg.Trust.INTERNAL):
        # Checks each visitor's ID and decides whether they go in.
        officer = tm.add(tg.Actor("Visits officer", role="prison officer"))
        # Desk scanner that images the ID document.
        scanner = tm.add(tg.Device("ID document scanner", fleet=False))
        # Managed tablet showing each match result for the officer to confirm.
        tablet = tm.add(
            tg.Device(
                "Officer tablet",
                fleet=False,
                controls={c.Authentication(method="officer's own network login")},
            )
        )

    with tm.boundary("Prison server room", trust=tg.Trust.RESTRICTED):
        # Runs the match for each scanned ID and records the officer's decision.
        entrance_service = tm.add(
            tg.Service(
                "Entrance check service",
                controls={
                    c.HumanInTheLoop(approver="visits officer confirms every match or refusal")
                },
            )
        )
        # Vendor-licensed 1:1 face verification model, run on our own server.
        face_model = tm.add(
            tg.Model(
                "Face matching model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Licensed vendor model delivered as a model file; compares two face images.",
            )
        )
        # Record of every check and decision, for complaints and security reviews.
        admissions_log = tm.add(
            tg.DataStore(
                "Admissions log",
                stores={admission_record},
                controls={c.AuditLogging()},
            )
        )

# ---------------------------------------------------------------- flows
# Booking a visit.
tm.flow(visitor, booking_site, booking_request, booking_photo, protocol="https")
tm.flow(booking_site, visitor, booking_status, protocol="https")
tm.flow(booking_site, booking_service, booking_request, booking_photo)
tm.flow(booking_service, booking_site, booking_status)
tm.flow(booking_service, bookings_db, bookings, booking_photo)
tm.flow(bookings_db, booking_service, bookings, booking_photo)
tm.flow(prisoner_records, booking_service, visitor_list, protocol="https")
tm.flow(booking_service, administrator, pending_bookings, protocol="https")
tm.flow(administrator, booking_service, booking_approval, protocol="https")
tm.flow(booking_service, notify, confirmation, protocol="https")
tm.flow(notify, visitor, confirmation, protocol="sms")

# On the day, at the visits hall entrance.
tm.flow(booking_service, entrance_service, expected_visitors, protocol="https", label="daily sync")
tm.flow(visitor, officer, id_document, label="handed at the entrance desk")
tm.flow(officer, scanner, id_document, label="placed on the scanner by hand")
tm.flow(scanner, entrance_service, id_scan, protocol="https")
tm.flow(entrance_service, face_model, match_pair)
tm.flow(face_model, entrance_service, match_score)
tm.flow(entrance_service, tablet, match_result, protocol="https")
tm.flow(tablet, officer, match_result, label="on the tablet screen")
tm.flow(officer, tablet, entry_decision, label="on the tablet screen")
tm.flow(tablet, entrance_service, entry_decision, protocol="https")
tm.flow(entrance_service, admissions_log, admission_record)
tm.flow(entrance_service, booking_service, attendance, protocol="https")

# Model updates from the vendor.
tm.flow(vendor, face_model, model_update, protocol="https")
