"""Retinal photo grading and referral for a chain of high-street opticians: first design.

At an eye test an optical assistant takes retinal photographs with the store's fundus
camera. The capture workstation in the store uploads them to the chain's image archive
in its cloud tenancy. A grading integration service sends pseudonymised images (a study
id, no name or NHS number) to a model vendor's cloud model that grades signs of diabetic
retinopathy and maculopathy and returns a grade with a confidence score. The grade is
filed on the patient's record in the practice management system, where the optometrist
reviews it beside the photos and decides whether to refer. A referral the optometrist
confirms is sent by the referral service to the NHS e-Referral Service, from which the
hospital eye service picks it up; the patient gets a printed copy. Staff sign in to the
practice management system with individual accounts and roles; stores are encrypted at
rest with the cloud provider's keys; links leaving the store use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Opticians chain retinal photo referral model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vendor model grades diabetic retinopathy on retinal photos taken at eye tests; "
        "the optometrist decides on referral to the hospital eye service via NHS e-RS."
    ),
)

# ---------------------------------------------------------------- data assets
patient_details = tg.Data(
    "Patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, address, date of birth, NHS number, GP, diabetes status, eye test results.",
)
retinal_photos = tg.Data(
    "Retinal photographs",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Colour fundus images of both eyes, tagged with the patient's record number.",
)
grading_request = tg.Data(
    "Pseudonymised grading request",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Retinal images with a study id, age band and diabetes type; no name or NHS number.",
)
dr_grade = tg.Data(
    "Retinopathy grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Retinopathy and maculopathy grade per eye, with a confidence score.",
)
referral_decision = tg.Data(
    "Referral decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The optometrist's decision, urgency and clinical notes.",
)
referral_letter = tg.Data(
    "Referral letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Referral to the hospital eye service with findings and attached photos.",
)
referral_status = tg.Data(
    "Referral status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="e-RS unique booking reference number (UBRN) and acceptance or rejection.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The person having the eye test; photographed in the chair, handed a copy of the referral.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Takes the photos and keys in the patient's details at reception.
    assistant = tm.add(tg.Actor("Optical assistant", role="store staff"))
    # Registered clinician who reviews the grade and makes the referral decision.
    optometrist = tm.add(tg.Actor("Optometrist", role="clinician"))
    # One fundus camera per test room across the estate.
    camera = tm.add(tg.Device("Fundus camera", fleet=True))
    # Runs the camera maker's capture software and uploads the images to head office.
    workstation = tm.add(
        tg.Service(
            "Store imaging workstation",
            description="Windows PC beside the camera; watches the camera's export folder.",
        )
    )

with tm.boundary("Head office cloud", trust=tg.Trust.INTERNAL):
    # The chain's clinical application: records, grading review and referral decision.
    pms = tm.add(
        tg.Service(
            "Practice management system",
            controls={
                c.Authentication(method="individual staff username and password"),
                c.RBAC(note="assistant and optometrist roles"),
                c.AuditLogging(),
            },
        )
    )
    # Database behind the practice management system.
    record_db = tm.add(
        tg.DataStore(
            "Patient record database",
            stores={patient_details, dr_grade, referral_decision, referral_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage holding every retinal photo the chain takes.
    archive = tm.add(
        tg.DataStore(
            "Retinal image archive",
            stores={retinal_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Strips identifiers, calls the vendor's grading API and files the grade back.
    integration = tm.add(
        tg.Service(
            "Grading integration service",
            controls={c.DataMinimization(note="study id instead of name and NHS number")},
        )
    )
    # Builds the referral from the optometrist's decision and submits it to e-RS.
    referral_svc = tm.add(
        tg.Service(
            "Referral service",
            controls={c.HumanInTheLoop(approver="the optometrist who tested the patient")},
        )
    )

with tm.boundary("Grading vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's diabetic retinopathy grading model, reached through its API.
    grading_model = tm.add(
        tg.Model(
            "Diabetic retinopathy grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="UKCA-marked grading software run by the vendor as a service.",
            controls={c.SupplierAssessment(note="DPIA and vendor's DSPT assessment reviewed")},
        )
    )

with tm.boundary("NHS network", trust=tg.Trust.PARTNER):
    # National referral service the hospital eye service receives referrals through.
    ers = tm.add(tg.ExternalService("NHS e-Referral Service"))
    # Triages referrals at the hospital eye service.
    hospital = tm.add(tg.Actor("Hospital eye service clinician", role="ophthalmologist"))

# ---------------------------------------------------------------- flows
tm.flow(assistant, pms, patient_details, protocol="https", label="registers the eye test")
tm.flow(patient, camera, retinal_photos, label="photographed in person")
tm.flow(camera, workstation, retinal_photos, protocol="dicom")
tm.flow(workstation, archive, retinal_photos, protocol="https")

tm.flow(archive, integration, retinal_photos)
tm.flow(pms, integration, patient_details, label="age and diabetes status")
tm.flow(integration, grading_model, grading_request, protocol="https")
tm.flow(grading_model, integration, dr_grade, protocol="https")
tm.flow(integration, pms, dr_grade)

tm.flow(pms, record_db, patient_details, dr_grade, referral_decision, referral_status)
tm.flow(record_db, pms, patient_details, dr_grade, referral_decision, referral_status)
tm.flow(archive, pms, retinal_photos, label="photos for review")
tm.flow(pms, optometrist, patient_details, retinal_photos, dr_grade, protocol="https")
tm.flow(optometrist, pms, referral_decision, protocol="https")

tm.flow(pms, referral_svc, patient_details, referral_decision)
tm.flow(archive, referral_svc, retinal_photos, label="photos attached to the referral")
tm.flow(
    referral_svc,
    ers,
    referral_letter,
    protocol="HL7 FHIR over HTTPS",
    controls={c.Authentication(method="NHS smartcard (CIS2) of the referring optometrist")},
)
tm.flow(ers, referral_svc, referral_status, protocol="https")
tm.flow(referral_svc, pms, referral_status)
tm.flow(referral_svc, patient, referral_letter, label="printed copy handed to the patient")
tm.flow(ers, hospital, referral_letter, protocol="https")
