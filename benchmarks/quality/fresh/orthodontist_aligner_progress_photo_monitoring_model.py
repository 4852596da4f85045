"""Aligner progress photo monitoring: the first design, before any security review.

A US orthodontic practice treats patients with clear aligners. Each week the
patient takes photos of their teeth with the practice's phone app, which uploads
them to the practice's cloud tenant. A monitoring service sends the photos, with
the planned aligner stage from the practice management system, to an aligner
vendor's hosted model that scores aligner fit and tooth movement. Weeks the model
does not flag tell the patient to move on to the next aligner; flagged weeks go
to a review queue, where the orthodontist looks at the photos and can change the
treatment plan or book a visit in the practice management system. Patients get
reminders and instructions through a messaging provider's push and SMS service.
Patients sign in to the app with e-mail and password; staff use the practice's
SSO with MFA. Photos are encrypted at rest, the vendor and the messaging provider
have signed business associate agreements, and external traffic uses TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aligner progress photo monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Weekly patient photos of aligner treatment checked by a vendor model; "
        "flagged cases reviewed by the orthodontist."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Weekly intraoral progress photos",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Five guided photos of the teeth with the aligners in, per week.",
)
treatment_plan = tg.Data(
    "Treatment plan and aligner stage",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
assessment = tg.Data(
    "Aligner fit and tooth movement assessment",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Per-tooth tracking scores, unseated-aligner flag and an overall go/no-go.",
)
flagged_case = tg.Data("Flagged case", sensitivity=tg.Sensitivity.REGULATED, kind="records")
review_decision = tg.Data(
    "Orthodontist review decision",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Continue, hold the current aligner, change the plan, or book a visit.",
)
appointment = tg.Data("Appointment booking", sensitivity=tg.Sensitivity.PII, kind="records")
patient_message = tg.Data(
    "Patient instruction message",
    sensitivity=tg.Sensitivity.PII,
    description="Photo reminders, 'move to aligner N' instructions and visit invitations.",
)
upload_status = tg.Data("Upload status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The patient (often a teenager, with a parent's account) takes the photos.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The practice's app on the patient's own phone: guides the photos and uploads them.
    phone_app = tm.add(
        tg.Device(
            "Patient phone app",
            fleet=True,
            description="iOS and Android app with a photo guide overlay and push notifications.",
        )
    )

with tm.boundary("Practice cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives photo sets from the app.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="patient e-mail and password"),
                c.InputValidation(note="JPEG/HEIC only, size and count limits per set"),
            },
        )
    )
    # Orchestrates each weekly check: stores photos, calls the vendor, routes the result.
    monitoring = tm.add(
        tg.Service(
            "Monitoring service",
            description=(
                "Sends each photo set with the planned aligner stage to the vendor model; "
                "unflagged weeks advance the patient to the next aligner, flagged weeks "
                "go to the review queue."
            ),
            controls={
                c.HumanInTheLoop(
                    approver="the treating orthodontist",
                    note="flagged weeks only; unflagged weeks advance automatically",
                ),
            },
        )
    )
    # Keeps every photo set for the clinical record and for later comparison.
    photo_store = tm.add(
        tg.DataStore(
            "Progress photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Queue of weeks the model flagged, with the model's assessment.
    review_queue = tm.add(tg.DataStore("Case review queue", stores={flagged_case, assessment}))
    # Web app where the orthodontist works through flagged cases.
    review_portal = tm.add(
        tg.Service(
            "Orthodontist review portal",
            controls={
                c.Authentication(method="practice SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Practice office network", trust=tg.Trust.INTERNAL):
    # Reviews flagged cases and decides on plan changes and visits.
    orthodontist = tm.add(tg.Actor("Orthodontist", role="clinician"))
    # System of record for patients, treatment plans and the appointment book.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={treatment_plan, appointment},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Aligner vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted vision model; we send photos and get scores back.
    fit_model = tm.add(
        tg.Model(
            "Aligner fit and tooth movement model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Compares the photos with the planned tooth positions for the current stage.",
            controls={c.SupplierAssessment(note="BAA signed with the aligner vendor")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends push notifications and SMS to patients.
    messaging = tm.add(
        tg.ExternalService(
            "Push and SMS notification service",
            controls={c.SupplierAssessment(note="BAA signed with the messaging provider")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(patient, phone_app, photos, label="takes weekly photos")
tm.flow(phone_app, upload_api, photos, protocol="https", controls={tls})
tm.flow(upload_api, phone_app, upload_status, protocol="https", controls={tls})
tm.flow(upload_api, monitoring, photos)
tm.flow(monitoring, photo_store, photos)

tm.flow(pms, monitoring, treatment_plan, label="planned aligner stage")
tm.flow(monitoring, fit_model, photos, treatment_plan, protocol="https", controls={tls})
tm.flow(fit_model, monitoring, assessment, protocol="https", controls={tls})
tm.flow(monitoring, review_queue, flagged_case, assessment, label="flagged weeks")

tm.flow(review_queue, review_portal, flagged_case, assessment)
tm.flow(photo_store, review_portal, photos)
tm.flow(pms, review_portal, treatment_plan)
tm.flow(review_portal, orthodontist, flagged_case, photos, assessment, protocol="https")
tm.flow(orthodontist, review_portal, review_decision, protocol="https")
tm.flow(review_portal, pms, treatment_plan, appointment, label="plan change or visit booking")
tm.flow(review_portal, review_queue, review_decision, label="closes the case")

tm.flow(
    monitoring,
    messaging,
    patient_message,
    protocol="https",
    controls={tls},
    label="reminders and next-aligner instructions",
)
tm.flow(
    review_portal,
    messaging,
    patient_message,
    protocol="https",
    controls={tls},
    label="orthodontist's instruction or visit invitation",
)
tm.flow(messaging, phone_app, patient_message, protocol="https", label="push or SMS")
tm.flow(phone_app, patient, patient_message)
