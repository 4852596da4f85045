"""Retinal photo referral triage: the first design, before any security review.

A UK chain of opticians takes fundus photographs in its branches as part of routine
eye tests. Each branch's camera saves the images to the capture workstation, which
uploads them with the patient's identifiers to the chain's central cloud platform.
There an in-house classifier scores each photo for signs of diabetic retinopathy and
puts the result on a triage worklist. The branch optometrist opens the worklist in a
web review app, looks at the photos and the score, and confirms or rejects every
referral; confirmed referrals go to the hospital eye service as a referral letter
with the images, and the decision is written to the patient record. Confirmed and
rejected cases are exported monthly as labels for retraining, which the data science
team runs in a separate ML environment; a new model is released from the registry
only after a clinical validation run. Staff sign in with the company SSO and MFA,
workstations with a per-branch API key; a DPIA covers the processing of health data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retinal photo referral triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Diabetic retinopathy scoring of branch fundus photos, confirmed by optometrists.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Fundus photographs",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
visit = tg.Data(
    "Patient visit details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient id, name, date of birth, diabetic status and the eye-test visit.",
)
patient_record = tg.Data(
    "Patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
score = tg.Data(
    "Retinopathy score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Probability of referable diabetic retinopathy per eye.",
)
worklist_entry = tg.Data(
    "Triage worklist entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Visit, score and triage priority awaiting the optometrist.",
)
decision = tg.Data(
    "Optometrist referral decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
referral_letter = tg.Data(
    "Referral letter with images",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
labels = tg.Data(
    "Confirmed retinopathy grades",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Graded training images",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
weights = tg.Data(
    "Retinopathy model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Optical assistant who takes the photos and keys in the patient.
    assistant = tm.add(tg.Actor("Optical assistant", role="retail optical staff"))
    # Registered optometrist at the branch, responsible for the referral.
    optometrist = tm.add(tg.Actor("Optometrist", role="clinician"))
    # Fundus camera in each test room.
    camera = tm.add(tg.Device("Fundus camera", description="One per branch test room."))
    # Branch PC running the camera vendor's capture software and our upload agent.
    workstation = tm.add(
        tg.Device(
            "Capture workstation",
            description="Windows PC in each branch; uploads new images to the central platform.",
        )
    )

with tm.boundary("Central cloud platform", trust=tg.Trust.INTERNAL):
    # Receives image uploads from every branch.
    ingest_api = tm.add(
        tg.Endpoint(
            "Image upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-branch API key")},
        )
    )
    # Object store holding every photo taken.
    image_store = tm.add(
        tg.DataStore(
            "Retinal image store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Runs the model on each new upload and files the result.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={
                c.ImpactAssessment(basis="provision of health care, Art. 9(2)(h)"),
            },
        )
    )
    # The diabetic retinopathy classifier in serving.
    model = tm.add(
        tg.Model(
            "Retinopathy triage model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN on fundus images; scores above the threshold are flagged for referral.",
            controls={c.HumanInTheLoop(approver="the branch optometrist, for every referral")},
        )
    )
    # Cases waiting for an optometrist, and their outcomes.
    worklist = tm.add(
        tg.DataStore(
            "Triage worklist database",
            stores={worklist_entry, decision},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Web app optometrists use to review flagged cases.
    review_app = tm.add(
        tg.Endpoint(
            "Optometrist review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # The chain's practice management system, the record of every patient.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={patient_record},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Images with confirmed grades, exported monthly.
        training_set = tm.add(tg.Dataset("Graded image dataset", stores={training_images, labels}))
        # Retraining job run by the data science team.
        training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
        # Registry that serving loads released models from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={
                    c.ModelValidation(note="clinical validation run before release"),
                    c.ModelVersioning(),
                },
            )
        )

with tm.boundary("NHS network", trust=tg.Trust.PARTNER):
    # The hospital eye service's referral inbox.
    hes = tm.add(tg.ExternalService("Hospital eye service referrals"))

# ---------------------------------------------------------------- flows
# Capture in the branch
tm.flow(pms, workstation, patient_record, protocol="https", label="patient lookup")
tm.flow(assistant, workstation, visit, label="keyed in at capture")
tm.flow(camera, workstation, photos, protocol="dicom")
tm.flow(workstation, ingest_api, photos, visit, protocol="https")

# Scoring
tm.flow(ingest_api, image_store, photos)
tm.flow(ingest_api, triage, visit, label="new upload")
tm.flow(image_store, triage, photos)
tm.flow(triage, model, photos)
tm.flow(model, triage, score)
tm.flow(triage, worklist, worklist_entry)

# Optometrist review and referral
tm.flow(worklist, review_app, worklist_entry)
tm.flow(image_store, review_app, photos)
tm.flow(review_app, optometrist, worklist_entry, photos, protocol="https")
tm.flow(optometrist, review_app, decision, protocol="https")
tm.flow(review_app, worklist, decision)
tm.flow(review_app, pms, decision, label="recorded on the patient")
tm.flow(review_app, hes, referral_letter, protocol="https")

# Retraining
tm.flow(worklist, training_set, labels, label="monthly export")
tm.flow(image_store, training_set, training_images, label="monthly export")
tm.flow(training_set, training, training_images, labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="release")
