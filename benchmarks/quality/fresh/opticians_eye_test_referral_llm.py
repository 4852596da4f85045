"""Optician referral letter drafting: the first design, before any security review.

A chain of opticians in England wants an LLM to draft referral letters to hospital
eye services. During a sight test the optometrist writes clinical notes in the
chain's practice management system and takes retinal photos on the store's
retinal camera; the camera uploads them to the camera vendor's cloud, where the
vendor's screening model returns glaucoma and diabetic-retinopathy risk scores.
When a referral is needed, a drafting service sends the notes, photos and scores
to a hosted LLM and stores the draft against the patient's record. The
optometrist edits and signs the letter in the clinical web app, which submits it
to the NHS e-Referral Service. Patients book sight tests on the public booking
site and a notification job e-mails them their results and referral status.
Staff sign in with single sign-on and MFA; records are encrypted and audited,
and the LLM vendor was assessed and contracted under a UK data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Optician eye test referral LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted referral letters to hospital eye services, "
    "edited and signed by the optometrist and sent through NHS e-RS.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, contact details, store and time slot.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data("Appointment record", kind="records", sensitivity=tg.Sensitivity.PII)
notes = tg.Data(
    "Optometrist clinical notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
photos = tg.Data(
    "Retinal photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
scores = tg.Data(
    "Glaucoma and retinopathy risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_record = tg.Data(
    "Patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
prompt = tg.Data(
    "Referral drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Letter template, notes, retinal photos and risk scores for one patient.",
)
draft = tg.Data("Draft referral letter", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
signed_letter = tg.Data(
    "Signed referral letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
edits = tg.Data(
    "Letter edits and signature",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
referral_status = tg.Data("Referral status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
results_email = tg.Data(
    "Results and referral status e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients book sight tests and receive their results by e-mail.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # The optometrist examines the patient, reviews the draft and signs the letter.
    optometrist = tm.add(tg.Actor("Optometrist", role="optometrist"))
    # Fundus camera in each consulting room, with the vendor's capture software.
    camera = tm.add(tg.Device("Retinal camera", fleet=True))

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's screening model, hosted by the vendor and scoring each upload.
    screening = tm.add(
        tg.Model(
            "Retinal screening model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Scores glaucoma and diabetic-retinopathy risk from retinal photos.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that writes the letter from the notes, photos and scores.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="UK-region deployment; no retention or training on our data by contract.",
            controls={c.SupplierAssessment(note="DPA and DSPT-aligned vendor review")},
        )
    )

with tm.boundary("NHS network", trust=tg.Trust.PARTNER):
    # NHS e-Referral Service: carries the signed letter to the hospital eye service.
    ers = tm.add(tg.ExternalService("NHS e-Referral Service"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers results to patients.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Public booking site for sight tests; guests book without an account.
    booking_site = tm.add(
        tg.Endpoint(
            "Online booking site",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(), c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Clinical web app the optometrists use in store: notes, drafts, signing, e-RS submission.
    clinical_app = tm.add(
        tg.Endpoint(
            "Clinical web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Calls the LLM for a draft when the optometrist asks for a referral letter.
    drafter = tm.add(
        tg.Service(
            "Referral drafting service",
            controls={
                c.HumanInTheLoop(approver="the optometrist, who edits and signs every letter"),
                c.AuditLogging(retention_days=2920),
            },
        )
    )
    # Nightly job that e-mails patients their results and referral status.
    notifier = tm.add(tg.Service("Nightly patient notification job"))

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Practice management system: appointments, notes, photos, scores, letters.
        pms = tm.add(
            tg.DataStore(
                "Practice management system",
                stores={
                    appointment,
                    notes,
                    photos,
                    scores,
                    patient_record,
                    draft,
                    signed_letter,
                    referral_status,
                },
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=2920),
                    c.RBAC(),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(patient, booking_site, booking, protocol="https")
tm.flow(booking_site, patient, confirmation, protocol="https")
tm.flow(booking_site, pms, appointment)

tm.flow(optometrist, camera, label="captures images in the consulting room")
tm.flow(camera, screening, photos, protocol="https")
tm.flow(screening, camera, scores, protocol="https")
tm.flow(camera, pms, photos, scores, protocol="https")

tm.flow(optometrist, clinical_app, notes, edits, protocol="https")
tm.flow(clinical_app, optometrist, patient_record, draft, protocol="https")
tm.flow(clinical_app, pms, notes, edits)
tm.flow(pms, clinical_app, patient_record, draft)

tm.flow(clinical_app, drafter, patient_record, label="draft a referral")
tm.flow(pms, drafter, notes, photos, scores)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, pms, draft)

tm.flow(pms, clinical_app, signed_letter, label="signed letter for submission")
tm.flow(clinical_app, ers, signed_letter, protocol="https")
tm.flow(ers, clinical_app, referral_status, protocol="https")
tm.flow(clinical_app, pms, referral_status, label="referral status update")

tm.flow(pms, notifier, patient_record, referral_status)
tm.flow(notifier, mailer, results_email, protocol="https")
tm.flow(mailer, patient, results_email, protocol="smtp")
