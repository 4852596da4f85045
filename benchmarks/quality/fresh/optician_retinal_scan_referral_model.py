"""Optician retinal scan referral: the first design, before any security review.

A chain of optician shops photographs patients' retinas with fundus cameras. The
camera writes each image to the shop's imaging PC, which looks the patient up in
the chain's practice management system and uploads the photos to a central
upload gateway in our cloud. There a retinal risk model, licensed from a medical
AI vendor and run on our own servers, scores each eye for diabetic retinopathy
and glaucoma risk. Optometrists review the photos and scores in a clinical review
web app and decide whether to refer; the referral service writes a referral
letter and sends it to the hospital eye clinic's e-referral inbox, and e-mails
the patient their result through an e-mail delivery provider. Staff sign in with
the company's SSO with MFA, the clinical stores are encrypted, every referral is
an optometrist's decision, and uploads and partner calls go over HTTPS. New model
versions are downloaded from the vendor's release portal and deployed by a pipeline.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Optician retinal scan referral",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="AI risk scoring of fundus photos in optician shops, with optometrist-decided "
    "referrals to hospital eye clinics and results e-mailed to patients.",
)

# ---------------------------------------------------------------- data assets
retinal_photos = tg.Data(
    "Retinal photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Fundus images of both eyes, DICOM, with the patient id in the header.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_details = tg.Data(
    "Patient details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, date of birth, e-mail, GP, diabetes status and history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
risk_scores = tg.Data(
    "Retinopathy and glaucoma risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
referral_decision = tg.Data(
    "Referral decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Refer urgently, refer routinely or no referral, with the optometrist's notes.",
)
referral_letter = tg.Data(
    "Referral letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Letter to the eye clinic with findings, scores and the photos attached.",
)
referral_ack = tg.Data("Referral acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
result_email = tg.Data(
    "Result e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The patient's result and whether they have been referred.",
)
model_weights = tg.Data(
    "Retinal risk model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Vendor-trained model release, licensed to the chain.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients receive their results by e-mail at whatever mailbox they gave us.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("E-mail delivery provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail SaaS that delivers result e-mails to patients.
    email_provider = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Hospital network", trust=tg.Trust.PARTNER):
    # The eye clinics' electronic referral inbox; referrals are how patients reach them.
    eye_clinic = tm.add(
        tg.ExternalService(
            "Hospital eye clinic e-referral inbox",
            description="Receives referral letters over the regional e-referral API.",
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Where the medical AI vendor publishes each certified model release.
    vendor_portal = tm.add(tg.ExternalService("Model vendor release portal", provides="model-hub"))

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # The fundus camera in each shop takes the retinal photos.
    camera = tm.add(tg.Device("Fundus camera", fleet=True))
    # A PC in each shop receives images from the camera and uploads them to the cloud.
    imaging_pc = tm.add(
        tg.Service(
            "Shop imaging PC",
            description="Windows PC running the camera's capture software and our upload agent.",
        )
    )
    # Optometrists review scores and decide referrals; only they may refer.
    optometrist = tm.add(tg.Actor("Optometrist", role="clinician"))

with tm.boundary("Clinical cloud", trust=tg.Trust.INTERNAL):
    # Existing chain-wide practice management system: the source of patient records.
    pms = tm.add(
        tg.DataSource(
            "Practice management system",
            origin=tg.Origin.INTERNAL,
            provides={patient_details},
        )
    )
    # Receives uploads from every shop, has them scored and files the results.
    upload_gateway = tm.add(
        tg.Endpoint(
            "Image upload gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-shop API key")},
        )
    )
    # The model that scores each image for retinopathy and glaucoma risk.
    risk_model = tm.add(
        tg.Model(
            "Retinal risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-trained CNN run on our own GPU servers; weights licensed.",
            controls={c.ModelCards(note="vendor's instructions for use and clinical evaluation")},
        )
    )
    # Web app where optometrists see photos and scores and record their decision.
    review_app = tm.add(
        tg.Service(
            "Clinical review app",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2920),
            },
        )
    )
    # Turns a referral decision into a letter for the clinic and an e-mail for the patient.
    referral_service = tm.add(
        tg.Service(
            "Referral service",
            controls={c.HumanInTheLoop(approver="the optometrist who reviewed the scan")},
        )
    )
    # Pulls new vendor releases and deploys them to the scoring servers.
    deploy_pipeline = tm.add(tg.Pipeline("Model deployment pipeline", stage=tg.Stage.DEPLOYMENT))
    # Keeps each deployed model version so that scores can be traced to a version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_weights},
            controls={c.ModelVersioning()},
        )
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Every retinal photo uploaded by the shops.
        image_store = tm.add(
            tg.DataStore(
                "Retinal image store",
                stores={retinal_photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Patient records with their scores, decisions and referral status.
        records_db = tm.add(
            tg.DataStore(
                "Screening records database",
                stores={patient_details, risk_scores, referral_decision, referral_ack},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# capture and upload
tm.flow(camera, imaging_pc, retinal_photos, protocol="dicom", label="capture")
tm.flow(pms, imaging_pc, patient_details, protocol="https", label="patient lookup")
tm.flow(imaging_pc, upload_gateway, retinal_photos, patient_details, protocol="https")
tm.flow(upload_gateway, image_store, retinal_photos)
tm.flow(upload_gateway, records_db, patient_details, risk_scores)

# scoring
tm.flow(upload_gateway, risk_model, retinal_photos, label="score request")
tm.flow(risk_model, upload_gateway, risk_scores)

# optometrist review
tm.flow(image_store, review_app, retinal_photos)
tm.flow(records_db, review_app, patient_details, risk_scores)
tm.flow(review_app, optometrist, retinal_photos, patient_details, risk_scores, protocol="https")
tm.flow(optometrist, review_app, referral_decision, protocol="https")
tm.flow(review_app, records_db, referral_decision)
tm.flow(review_app, referral_service, referral_decision)

# referral and results
tm.flow(records_db, referral_service, patient_details, risk_scores)
tm.flow(image_store, referral_service, retinal_photos, label="photos to attach")
tm.flow(referral_service, eye_clinic, referral_letter, protocol="https")
tm.flow(eye_clinic, referral_service, referral_ack, protocol="https")
tm.flow(referral_service, records_db, referral_ack)
tm.flow(referral_service, email_provider, result_email, protocol="https")
tm.flow(email_provider, patient, result_email, protocol="smtp+starttls")

# model releases
tm.flow(vendor_portal, deploy_pipeline, model_weights, protocol="https", label="new release")
tm.flow(deploy_pipeline, registry, model_weights)
tm.flow(registry, risk_model, model_weights, label="load")
