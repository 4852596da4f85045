"""Vet clinic X-ray triage model: the first design, before any security review.

Our group of veterinary clinics sends its radiographs to contracted teleradiologists.
Digital X-ray units in each clinic send DICOM studies to a clinic gateway, which uploads
them to the cloud image archive. A triage service picks up each new study, runs our
in-house classifier for urgent findings (GI obstruction, pneumothorax, pleural effusion,
fractures) and moves flagged studies to the top of the radiologists' worklist, with the
flag and its score shown beside the image. Radiologists report through the worklist web
app; reports and flags go to the practice management system (a vendor SaaS) where the
clinic vet sees them. Finalised reports are parsed into labels for quarterly retraining.
Controls in this design: radiologist sign-in with TOTP and roles on the worklist, HTTPS
uploads, an encrypted archive, owner names stripped from training images, a held-out
evaluation before each model release, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vet clinic X-ray triage",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Flags urgent findings on clinic radiographs and reorders the teleradiology "
        "worklist; retrained from radiologists' reports."
    ),
)

# ---------------------------------------------------------------- data assets
study = tg.Data(
    "X-ray study",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="DICOM images; the header holds the pet's name, species, breed and the owner's surname.",
)
clinical_history = tg.Data(
    "Clinical history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Presenting signs and referral question, with owner contact details.",
)
image_tensor = tg.Data(
    "Preprocessed radiograph", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
triage_flag = tg.Data(
    "Triage flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Suspected finding class and urgency score per study.",
)
worklist = tg.Data("Prioritised worklist", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
report = tg.Data(
    "Radiology report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_images = tg.Data(
    "De-identified training radiographs",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
labels = tg.Data(
    "Finding labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Triage model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
release = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Digital radiography units, one or two per clinic, producing the studies.
    xray = tm.add(
        tg.Device("Clinic DR X-ray unit", description="Vendor DR panel and acquisition console.")
    )
    # Collects studies on the clinic LAN and uploads them to the cloud archive.
    gateway = tm.add(tg.Service("Clinic DICOM gateway"))
    # Takes the radiographs, reads the flag and the report, treats the animal.
    vet = tm.add(tg.Actor("Clinic vet", role="veterinarian"))

with tm.boundary("Cloud imaging platform", trust=tg.Trust.INTERNAL):
    # Long-term store of every study; source for the triage service and the viewer.
    archive = tm.add(
        tg.DataStore(
            "Cloud image archive",
            stores={study},
            controls={c.EncryptionAtRest(key_management="cloud-provider managed keys")},
        )
    )
    # Watches for new studies, preprocesses them, calls the model, posts the flag.
    triage = tm.add(tg.Service("Triage service"))
    # The model this design is about.
    model = tm.add(
        tg.Model(
            "Urgent finding triage model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="CNN over thoracic and abdominal radiographs of dogs and cats; scores above 0.7 jump the queue.",
            controls={
                c.ModelValidation(note="held-out test set per finding class before each release")
            },
        )
    )
    # Web app where radiologists see the ordered worklist, view images and write reports.
    radiology_app = tm.add(
        tg.Endpoint(
            "Radiology worklist app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Turns finalised reports into finding labels and pairs them with de-identified images.
        labelling = tm.add(
            tg.Pipeline(
                "Report label extraction",
                stage=tg.Stage.LABELING,
                controls={c.DataMinimization(note="DICOM headers stripped of owner and pet names")},
            )
        )
        # Images and labels the model is trained and evaluated on.
        dataset = tm.add(tg.Dataset("Triage training set", stores={training_images, labels}))
        # Quarterly retraining job using open-source imaging libraries.
        training = tm.add(
            tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned store that serving loads the model from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs retraining and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Teleradiology provider", trust=tg.Trust.PARTNER):
    # Contracted board-certified radiologists reading from home or their own practice.
    radiologist = tm.add(tg.Actor("Teleradiologist", role="contract radiologist"))

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # The clinics' SaaS practice management system: patient records, referrals, results.
    pms = tm.add(tg.ExternalService("Practice management system"))

# ---------------------------------------------------------------- flows
tm.flow(xray, gateway, study, protocol="dicom")
tm.flow(gateway, vet, study, protocol="dicom", label="local viewer")
tm.flow(gateway, archive, study, protocol="https", label="DICOMweb upload")

tm.flow(archive, triage, study, label="new study notification and fetch")
tm.flow(triage, model, image_tensor)
tm.flow(model, triage, triage_flag)
tm.flow(triage, radiology_app, triage_flag, label="reorders worklist")

tm.flow(vet, pms, clinical_history, protocol="https", label="requests a read")
tm.flow(pms, radiology_app, clinical_history, protocol="https")
tm.flow(archive, radiology_app, study, label="viewer")
tm.flow(
    radiology_app, radiologist, worklist, study, triage_flag, clinical_history, protocol="https"
)
tm.flow(radiologist, radiology_app, report, protocol="https")
tm.flow(radiology_app, pms, report, triage_flag, protocol="https")
tm.flow(pms, vet, report, triage_flag, protocol="https")

tm.flow(radiology_app, labelling, report, label="finalised reports")
tm.flow(archive, labelling, study)
tm.flow(labelling, dataset, training_images, labels)
tm.flow(dataset, training, training_images, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, protocol="https", label="approves release")
tm.flow(registry, model, weights, label="deploy")
