"""Optician chain retinal photo screening: the first design, before any security review.

Every eye test in our high-street stores now includes a retinal photograph taken
with a fundus camera attached to the store imaging workstation. The workstation
sends the photos to a screening API in the head office cloud, where an image model
flags signs of diabetic retinopathy, glaucoma and macular disease. The optometrist
sees the flags on the workstation and decides whether to refer; referral letters
go to the hospital eye service over NHSmail, which also carries the outcome letters
back. Every photo is uploaded nightly to a head office archive. Each quarter an
audit pipeline pseudonymises a sample with referral outcomes, clinical auditors
grade it, and the set goes by SFTP to a university research partner who retrains
the model; the new checkpoint comes back into our model registry and is deployed
after clinical validation. Staff sign in to the clinical record system with their
own accounts; the store API uses a per-store key; stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Optician chain retinal photo screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Model flags eye disease on retinal photos; optometrists decide on referral.",
)

# ---------------------------------------------------------------- data assets
retinal_photos = tg.Data(
    "Retinal photographs",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Fundus images tagged with the exam id; health data of the patient.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
screening_flags = tg.Data(
    "Screening flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-condition flags (retinopathy, glaucoma, macular) with heatmaps.",
)
eye_test_record = tg.Data(
    "Eye test record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient details, history, findings, flags and the referral decision.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
findings = tg.Data(
    "Optometrist findings and referral decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
referral_letter = tg.Data("Referral letter", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
outcome_letter = tg.Data(
    "Hospital outcome letter", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
audit_images = tg.Data(
    "Pseudonymised audit image set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Quarterly sample of photos with flags and referral outcomes, names removed.",
)
grading_labels = tg.Data(
    "Auditor grading labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
checkpoint = tg.Data(
    "Screening model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint delivered by the research partner.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The person having the eye test, photographed in the store's test room.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Takes the retinal photos during every eye test.
    camera = tm.add(tg.Device("Fundus camera", fleet=True))
    # Camera vendor's capture software plus our screening client; shows the flags.
    workstation = tm.add(
        tg.Service(
            "Store imaging workstation",
            description="Uploads photos for screening and sends referral e-mails.",
            controls={
                c.HumanInTheLoop(
                    approver="the optometrist who did the eye test",
                    note="the model's flags are advice; the optometrist decides every referral",
                )
            },
        )
    )
    # Makes the clinical decision on every flag.
    optometrist = tm.add(tg.Actor("Optometrist", role="clinician"))

with tm.boundary("Head office cloud", trust=tg.Trust.INTERNAL):
    # Receives photos from every store and returns the model's flags.
    screening_api = tm.add(
        tg.Endpoint(
            "Screening API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={c.Authentication(method="per-store API key")},
        )
    )
    # The image model that flags possible disease.
    model = tm.add(
        tg.Model(
            "Retinal screening model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="CNN trained with the research partner on our own graded photos.",
        )
    )
    # The chain's record of every eye test, used by all stores.
    records = tm.add(
        tg.DataStore(
            "Patient clinical records",
            stores={eye_test_record, outcome_letter},
            controls={
                c.Authentication(method="individual staff username and password"),
                c.RBAC(),
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(),
            },
        )
    )
    # Holds the deployed and candidate checkpoints.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={checkpoint},
            controls={
                c.ModelVersioning(),
                c.ModelValidation(note="clinical safety officer signs off a validation run"),
            },
        )
    )

    with tm.boundary("Audit and research data", trust=tg.Trust.RESTRICTED):
        # All retinal photos from all stores, kept for the quarterly audit.
        archive = tm.add(
            tg.DataStore(
                "Retinal image archive",
                stores={retinal_photos, screening_flags},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Quarterly job: samples, pseudonymises and packages the audit set.
        audit_pipeline = tm.add(
            tg.Pipeline(
                "Quarterly audit export",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.DataMinimization(note="names, dates of birth and NHS numbers removed"),
                    c.ImpactAssessment(basis="legitimate interests; Art. 9(2)(h) and 9(2)(j)"),
                },
            )
        )
        # The graded set that goes to the research partner.
        audit_set = tm.add(
            tg.Dataset("Audit and retraining set", stores={audit_images, grading_labels})
        )
        # Clinical governance optometrists who grade the sample.
        auditor = tm.add(tg.Actor("Clinical auditor", role="clinical governance"))

with tm.boundary("Research partner", trust=tg.Trust.PARTNER):
    # The university's training environment, where the model is retrained.
    retraining = tm.add(
        tg.Pipeline("Partner retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )

with tm.boundary("NHS", trust=tg.Trust.PARTNER):
    # Secure NHS e-mail used for referrals and outcome letters.
    nhsmail = tm.add(tg.ExternalService("NHSmail"))
    # Hospital eye clinic that receives referrals.
    hospital = tm.add(tg.Actor("Hospital eye service", role="hospital clinician"))

# ---------------------------------------------------------------- flows
tm.flow(patient, camera, retinal_photos, label="photographed in the test room")
tm.flow(camera, workstation, retinal_photos, protocol="usb")
tm.flow(workstation, screening_api, retinal_photos, protocol="https")
tm.flow(screening_api, model, retinal_photos)
tm.flow(model, screening_api, screening_flags)
tm.flow(screening_api, workstation, screening_flags, protocol="https")

tm.flow(workstation, optometrist, retinal_photos, screening_flags, label="on screen")
tm.flow(optometrist, workstation, findings, label="records findings and decision")
tm.flow(workstation, records, eye_test_record, protocol="https")
tm.flow(records, workstation, eye_test_record, protocol="https", label="patient history")

tm.flow(workstation, nhsmail, referral_letter, protocol="smtps")
tm.flow(nhsmail, hospital, referral_letter, protocol="smtps")
tm.flow(hospital, nhsmail, outcome_letter, protocol="smtps")
tm.flow(nhsmail, workstation, outcome_letter, protocol="smtps")
tm.flow(workstation, records, outcome_letter, protocol="https", label="filed outcome")

tm.flow(
    workstation, archive, retinal_photos, screening_flags, protocol="https", label="nightly upload"
)
tm.flow(archive, audit_pipeline, retinal_photos, screening_flags, label="quarterly extract")
tm.flow(records, audit_pipeline, eye_test_record, label="quarterly extract")
tm.flow(audit_pipeline, auditor, audit_images, label="sample to grade")
tm.flow(auditor, audit_pipeline, grading_labels)
tm.flow(audit_pipeline, audit_set, audit_images, grading_labels)
tm.flow(audit_set, retraining, audit_images, grading_labels, protocol="sftp")
tm.flow(retraining, registry, checkpoint, protocol="sftp")
tm.flow(registry, model, checkpoint, label="deploy")
