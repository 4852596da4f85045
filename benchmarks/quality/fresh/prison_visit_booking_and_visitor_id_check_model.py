"""Prison visit booking and gate ID check: the first design, before any security review.

Families and friends of people in a UK prison book social visits on a public
website. They give the prisoner's number, pick a slot and upload a photo of
their photo ID; the booking service checks them against the prisoner's approved
visitor list in the prison records system, refers anyone not yet approved to the
visits clerk, and sends confirmations by e-mail and SMS through a notification
provider. On the day, a camera at the visitors' centre gate takes a live image
of each visitor, and a face-matching model on the prison network compares it
with the uploaded ID photo; the gate officer sees the booking and the match
result, searches the visitor and admits or turns them away, and the admission
is logged. Controls in this design: e-mail and password sign-in with rate
limiting, encrypted booking store, staff sign-in with role-based access, the
officer's decision at the gate, and an audit log of admissions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison visit booking and visitor ID check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Online visit booking for prisoners' families, with a face match of each "
        "visitor to their uploaded ID photo at the gate."
    ),
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Visit booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor names and dates of birth, prisoner number, chosen slot.",
)
id_photo = tg.Data(
    "Visitor ID document photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photo of a passport or driving licence; used as the face reference.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data(
    "Booking confirmation message", kind="records", sensitivity=tg.Sensitivity.PII
)
approved_visitors = tg.Data(
    "Approved visitor list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Who each prisoner may receive, and visit restrictions or bans.",
)
booking_record = tg.Data(
    "Visit booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
referral = tg.Data("Unapproved visitor referral", kind="records", sensitivity=tg.Sensitivity.PII)
clerk_decision = tg.Data(
    "Visitor approval decision", kind="records", sensitivity=tg.Sensitivity.PII
)
live_face = tg.Data(
    "Live face image",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Still taken by the gate camera as the visitor stands at the desk.",
)
match_result = tg.Data(
    "Face match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Match or no match, with the similarity score.",
)
booking_reference = tg.Data("Booking reference", kind="records", sensitivity=tg.Sensitivity.PII)
gate_view = tg.Data("Gate check screen", kind="records", sensitivity=tg.Sensitivity.PII)
admission = tg.Data(
    "Admission record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Family members and friends who book visits and later arrive at the gate.
    visitor = tm.add(tg.Actor("Visitor", role="member of the public"))

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Government notification service that sends the e-mails and text messages.
    notify = tm.add(tg.ExternalService("E-mail and SMS notification service"))

with tm.boundary("Public cloud hosting", trust=tg.Trust.INTERNAL):
    # The public booking website where visitors sign in, book and upload ID.
    website = tm.add(
        tg.Endpoint(
            "Visit booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Checks each booking against the approved visitor list and allocates the slot.
    booking_service = tm.add(
        tg.Service("Booking service", controls={c.RBAC(note="visits clerks and gate staff roles")})
    )
    # Bookings and the uploaded ID photos, kept for the gate check.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={booking_record, id_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Prison network", trust=tg.Trust.RESTRICTED):
    # The prison's system of record for prisoners, including their approved visitors.
    prison_records = tm.add(
        tg.DataStore("Prisoner records system", stores={approved_visitors}, controls={c.RBAC()})
    )
    # Staff who decide whether a visitor not yet on the list may be approved.
    clerk = tm.add(tg.Actor("Visits clerk", role="visits staff"))
    # Fixed camera over the gate desk that takes the visitor's live image.
    camera = tm.add(tg.Device("Gate camera", fleet=False))
    # Gate desk application: looks up the booking, asks the face model, records admission.
    gate_app = tm.add(
        tg.Service(
            "Gate check application",
            controls={
                c.Authentication(method="individual staff account and password"),
                c.HumanInTheLoop(approver="gate officer"),
            },
        )
    )
    # Vendor-supplied face-matching model run on the gate server.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Licensed vendor SDK with its model files, hosted on our gate server.",
        )
    )
    # Officer who checks the visitor, searches them and admits or refuses entry.
    officer = tm.add(tg.Actor("Gate officer", role="prison officer"))
    # Who was admitted, when, and on which booking.
    admissions_log = tm.add(
        tg.DataStore(
            "Admissions log",
            stores={admission},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(visitor, website, booking_request, id_photo, protocol="https")
tm.flow(website, visitor, confirmation, protocol="https")
tm.flow(website, booking_service, booking_request, id_photo, protocol="https")
tm.flow(booking_service, website, confirmation, protocol="https")
tm.flow(
    prison_records,
    booking_service,
    approved_visitors,
    protocol="https",
    label="approved list lookup",
)
tm.flow(booking_service, bookings_db, booking_record, id_photo)
tm.flow(bookings_db, booking_service, booking_record)
tm.flow(booking_service, clerk, referral, protocol="https")
tm.flow(clerk, booking_service, clerk_decision, protocol="https")
tm.flow(clerk, prison_records, approved_visitors, label="adds approved visitor")
tm.flow(booking_service, notify, notification, protocol="https")
tm.flow(notify, visitor, notification, protocol="sms")

tm.flow(visitor, officer, booking_reference, label="in person at the gate")
tm.flow(visitor, camera, live_face, label="in person at the gate")
tm.flow(camera, gate_app, live_face, protocol="rtsp")
tm.flow(officer, gate_app, booking_reference)
tm.flow(bookings_db, gate_app, booking_record, id_photo, protocol="https")
tm.flow(gate_app, face_model, live_face, id_photo)
tm.flow(face_model, gate_app, match_result)
tm.flow(gate_app, officer, gate_view, match_result)
tm.flow(officer, gate_app, admission, label="admit or refuse")
tm.flow(gate_app, admissions_log, admission)
