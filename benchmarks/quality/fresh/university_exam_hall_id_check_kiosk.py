"""Exam hall ID check kiosk: the first design, before any security review.

At the door of each exam hall, students tap their university ID card on a kiosk
tablet, which also takes a photo of their face. The kiosk sends both to a
check-in API on the campus network. The API matches the live photo against the
student's enrolment photo with a face verification model we run ourselves
(open weights, on a university GPU server), checks that the student is
registered for this exam in this hall, and shows the seat number. A mismatch or
missing registration sends the student to the invigilator, whose tablet shows
the alert and lets them admit the student by hand. Photos and registrations are
copied nightly from the student records system. Controls in this design: a
per-kiosk API key, fail-closed handling when matching is down, SSO for staff,
encrypted photo storage and a retention limit on check-in records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Exam hall ID check kiosk",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face-matched ID check and seat allocation at university exam hall doors.",
)

# ---------------------------------------------------------------- data assets
card_id = tg.Data("Student card number", kind="records", sensitivity=tg.Sensitivity.PII)
live_photo = tg.Data(
    "Live face capture",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biometric: the photo taken at the kiosk door.",
)
enrolment_photo = tg.Data(
    "Enrolment photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The ID-card photo of every student, biometric data.",
)
registrations = tg.Data(
    "Exam registrations and seating",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
match_result = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
checkin_result = tg.Data(
    "Check-in result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seat number, or 'please see the invigilator'.",
)
alert = tg.Data(
    "Mismatch alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Student name, enrolment photo, live photo and the reason for the alert.",
)
manual_admit = tg.Data("Invigilator manual admit", kind="records", sensitivity=tg.Sensitivity.PII)
attendance = tg.Data(
    "Attendance records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who checked in where and when, the match score, manual admits and live photos.",
)
staff_token = tg.Data("Staff SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Exam hall", trust=tg.Trust.UNTRUSTED):
    # Anyone at the door can stand in front of the kiosk, impersonators included.
    student = tm.add(tg.Actor("Student", role="exam candidate"))
    # Locked-down tablet on a stand at each hall door, on campus Wi-Fi.
    kiosk = tm.add(
        tg.Device(
            "Check-in kiosk",
            fleet=True,
            description="Android tablet in kiosk mode with NFC reader and front camera.",
        )
    )
    # Invigilators handle alerts and manual admits on a handheld tablet.
    invigilator_tablet = tm.add(tg.Device("Invigilator tablet", fleet=True))
    invigilator = tm.add(tg.Actor("Invigilator", role="exam invigilator"))

with tm.boundary("Campus data centre", trust=tg.Trust.INTERNAL):
    # Single entry point for kiosks and invigilator tablets.
    checkin_api = tm.add(
        tg.Endpoint(
            "Check-in API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-kiosk API key"),
                c.FailClosed(
                    fallback="kiosk sends the student to the invigilator for a manual ID check"
                ),
            },
        )
    )
    # 1:1 face match of the live capture against the enrolment photo.
    face_model = tm.add(
        tg.Model(
            "Face verification model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights face embedding model; match above a fixed threshold.",
        )
    )
    # Local copy of the student photos, so matching does not depend on the SIS.
    photo_store = tm.add(
        tg.DataStore(
            "Enrolment photo store",
            stores={enrolment_photo},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )
    # Which exam each student sits, in which hall and seat.
    roster = tm.add(tg.DataStore("Exam roster database", stores={registrations}))
    # Check-in history kept for exam board disputes and misconduct cases.
    attendance_store = tm.add(
        tg.DataStore(
            "Attendance store",
            stores={attendance},
            controls={c.RetentionLimits(days=180)},
        )
    )
    # Copies photos and registrations from the SIS every night.
    sync = tm.add(tg.Pipeline("Nightly student records sync", stage=tg.Stage.INGESTION))
    # Exams office web screen for attendance and incident follow-up.
    dashboard = tm.add(
        tg.Endpoint(
            "Exams office dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Registry systems", trust=tg.Trust.INTERNAL):
    # System of record for students, photos and exam entries.
    sis = tm.add(
        tg.DataSource(
            "Student records system",
            origin=tg.Origin.INTERNAL,
            provides={enrolment_photo, registrations},
        )
    )
    exams_officer = tm.add(tg.Actor("Exams officer", role="exams office staff", privileged=True))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The university's cloud directory used for staff sign-in.
    idp = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

# ---------------------------------------------------------------- flows
# reference data, nightly
tm.flow(sis, sync, enrolment_photo, registrations, protocol="https")
tm.flow(sync, photo_store, enrolment_photo)
tm.flow(sync, roster, registrations)

# check-in at the door
tm.flow(student, kiosk, card_id, label="taps ID card")
tm.flow(student, kiosk, live_photo, label="face capture")
tm.flow(kiosk, checkin_api, card_id, live_photo, protocol="https")
tm.flow(photo_store, checkin_api, enrolment_photo)
tm.flow(checkin_api, face_model, live_photo, enrolment_photo)
tm.flow(face_model, checkin_api, match_result)
tm.flow(checkin_api, roster, card_id, label="registration lookup")
tm.flow(roster, checkin_api, registrations)
tm.flow(checkin_api, kiosk, checkin_result, protocol="https")
tm.flow(kiosk, student, checkin_result, label="seat number on screen")

# invigilator handling
tm.flow(checkin_api, invigilator_tablet, alert, protocol="https")
tm.flow(invigilator_tablet, invigilator, alert)
tm.flow(invigilator, invigilator_tablet, manual_admit)
tm.flow(invigilator_tablet, checkin_api, manual_admit, protocol="https")

# records and follow-up
tm.flow(checkin_api, attendance_store, attendance)
tm.flow(attendance_store, dashboard, attendance)
tm.flow(dashboard, exams_officer, attendance, protocol="https")
tm.flow(exams_officer, idp, staff_token, protocol="https", label="staff sign-in")
tm.flow(idp, dashboard, staff_token, protocol="https", label="OIDC token")
