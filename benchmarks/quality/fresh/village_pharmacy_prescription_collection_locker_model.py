"""Village pharmacy collection locker: the first design, before any security review.

A village pharmacy in England installs a through-the-wall locker so that
patients can collect dispensed prescriptions out of hours. A dispenser loads
each bag into a compartment from the locker vendor's back-office portal; the
vendor's cloud service then texts the patient a six-digit collection code.
The patient types the code at the locker keypad and the compartment opens.
For controlled drugs the locker camera also takes a face image, and a face
verification model in the vendor cloud compares it with the photo the patient
gave at the counter when they opted in; only a match opens the compartment.
Collections are logged and copied to the pharmacy's controlled drugs register.
Staff sign in to the portal with their own password; the locker authenticates
to the cloud with a per-locker API key over HTTPS; patient photos are
encrypted at rest and the photo processing is covered by a DPIA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village pharmacy prescription collection locker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Out-of-hours prescription locker with a face check for controlled drugs.",
)

# ---------------------------------------------------------------- data assets
prescriptions = tg.Data(
    "Dispensed prescriptions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, mobile number, items and whether any item is a controlled drug.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
collection_job = tg.Data(
    "Locker collection job",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Compartment number, patient name and mobile, controlled-drug flag.",
)
collection_code = tg.Data(
    "Collection code",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Six-digit code, valid until the bag is collected or returned to stock.",
)
code_sms = tg.Data(
    "Collection code text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient's mobile number, pharmacy name and the collection code.",
)
face_capture = tg.Data(
    "Locker face capture",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Still image of the collector taken at the locker.",
)
enrolled_photo = tg.Data(
    "Enrolled patient photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo taken at the counter with the patient's consent.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
match_result = tg.Data(
    "Face match score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
unlock = tg.Data(
    "Compartment unlock command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
collection_events = tg.Data(
    "Collection events",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who collected what and when, with the face match outcome for controlled drugs.",
)
cd_entries = tg.Data(
    "Controlled drug supply entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Street", trust=tg.Trust.UNTRUSTED):
    # Collects at any hour; may also send a relative with the code.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS service that delivers collection codes.
    sms = tm.add(tg.ExternalService("SMS gateway", description="Commercial bulk SMS API."))

with tm.boundary("Pharmacy shopfront", trust=tg.Trust.INTERNAL):
    # The locker bank in the shop wall: keypad, screen, camera, compartment locks, 4G router.
    locker = tm.add(
        tg.Device(
            "Collection locker",
            fleet=False,
            description="24 compartments; keypad, touchscreen and a camera above the keypad.",
        )
    )

with tm.boundary("Pharmacy back office", trust=tg.Trust.INTERNAL):
    # Responsible pharmacist: enrols patient photos, checks controlled drug collections.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="responsible pharmacist", privileged=True))
    # Loads dispensed bags into the locker compartments.
    dispenser = tm.add(tg.Actor("Dispenser", role="dispensing assistant"))
    # The pharmacy's dispensing system: source of ready prescriptions.
    pmr = tm.add(tg.DataStore("Patient medication record system", stores={prescriptions}))
    # Legally required record of every controlled drug supplied.
    cd_register = tm.add(tg.DataStore("Electronic controlled drugs register", stores={cd_entries}))

with tm.boundary("Locker vendor cloud", trust=tg.Trust.PARTNER):
    # Where staff load compartments, enrol photos and see collections.
    portal = tm.add(
        tg.Endpoint(
            "Locker back-office portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual staff e-mail and password"),
                c.RBAC(note="only pharmacist accounts can enrol photos"),
            },
        )
    )
    # Issues codes, sends texts, checks codes and decides whether a compartment opens.
    locker_service = tm.add(
        tg.Service(
            "Locker management service",
            description="Vendor's multi-pharmacy service; opens a compartment on a valid code "
            "and, for controlled drugs, a face match above threshold.",
            controls={
                c.Authentication(method="per-locker API key"),
                c.FailClosed(
                    fallback="controlled drug compartments stay shut if the face check errors; "
                    "patient is told to collect at the counter"
                ),
            },
        )
    )
    # Compares the locker capture with the enrolled photo.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights face embedding model hosted by the locker vendor; "
            "cosine similarity against a fixed threshold.",
            controls={c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)")},
        )
    )
    # Enrolled photos of patients who opted in to locker collection of controlled drugs.
    photo_store = tm.add(
        tg.DataStore(
            "Patient photo store",
            stores={enrolled_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Every code entry, face check and door opening.
    collection_log = tm.add(
        tg.DataStore(
            "Collection log",
            stores={collection_events},
            controls={c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
# loading the locker
tm.flow(pharmacist, pmr, prescriptions, label="dispensing")
tm.flow(pmr, portal, prescriptions, protocol="https", label="ready for collection")
tm.flow(dispenser, portal, collection_job, protocol="https", label="loads compartment")
tm.flow(portal, locker_service, collection_job, protocol="https")

# the code reaches the patient
tm.flow(locker_service, sms, code_sms, protocol="https")
tm.flow(sms, patient, code_sms, protocol="sms")

# photo enrolment at the counter
tm.flow(pharmacist, portal, enrolled_photo, protocol="https", label="counter webcam enrolment")
tm.flow(portal, photo_store, enrolled_photo)

# collection at the locker
tm.flow(patient, locker, collection_code, label="typed at the keypad")
tm.flow(patient, locker, face_capture, label="camera at the locker")
tm.flow(locker, locker_service, collection_code, face_capture, protocol="https", label="over 4G")
tm.flow(locker_service, face_model, face_capture)
tm.flow(photo_store, face_model, enrolled_photo)
tm.flow(face_model, locker_service, match_result)
tm.flow(locker_service, locker, unlock, protocol="https", label="over 4G")

# records
tm.flow(locker_service, collection_log, collection_events)
tm.flow(collection_log, portal, collection_events)
tm.flow(portal, pharmacist, collection_events, protocol="https")
tm.flow(portal, cd_register, cd_entries, protocol="https", label="daily export")
