"""Teledermatology triage: the first design, before any security review.

GP practices refer patients with suspicious skin lesions by photographing the
lesion with a dermatoscope on a practice-managed phone app and submitting the
referral over HSCN to the trust's referral portal. A triage orchestrator in the
trust's cloud tenant stores the photos, runs an in-house lesion classifier that
scores each referral (suspected cancer, routine, advice-and-guidance) and puts it
on the dermatology worklist in priority order. A consultant dermatologist reviews
every referral and confirms the outcome, which is written to the EPR and sent back
to the practice as a letter. The classifier was fine-tuned by the trust's AI team
on historical teledermatology photos labelled with histopathology results.
Clinicians sign in with NHS CIS2; photos are encrypted at rest; the worklist is
role-based and audited; the model was clinically validated before go-live.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Teledermatology triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="GP skin lesion referrals triaged by a classifier for dermatologist review.",
)

# ---------------------------------------------------------------- data assets
referral = tg.Data(
    "Skin lesion referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient identifiers, NHS number, clinical history and the GP's concern.",
)
photos = tg.Data(
    "Dermoscopic lesion photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
receipt = tg.Data("Referral receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
triage = tg.Data(
    "Triage category and malignancy score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
outcome = tg.Data(
    "Dermatologist triage outcome", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
letter = tg.Data("Outcome letter to GP", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
sign_in = tg.Data("CIS2 sign-in", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL)
id_token = tg.Data(
    "CIS2 identity token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_images = tg.Data(
    "Historical lesion photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past teledermatology referrals' photos with a study ID in place of the NHS number.",
)
histology = tg.Data(
    "Histopathology diagnoses",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Triage model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("GP practice", trust=tg.Trust.PARTNER):
    # The referring GP examines the patient and photographs the lesion.
    gp = tm.add(tg.Actor("GP", role="referring clinician"))
    # Practice-managed phone with a clip-on dermatoscope and the referral app.
    app = tm.add(
        tg.Device(
            "Practice dermoscopy phone app",
            fleet=True,
            description="Captures photos and the referral form; uploads over HSCN.",
        )
    )
    # Where outcome letters land in the practice's clinical document workflow.
    inbox = tm.add(tg.ExternalService("Practice document inbox", provides="generic"))

with tm.boundary("NHS national services", trust=tg.Trust.PARTNER):
    # National identity service every clinician signs in through.
    cis2 = tm.add(tg.ExternalService("NHS CIS2 identity service", provides="identity-provider"))

with tm.boundary("Trust cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives referrals from practices; the only way in for GPs.
    portal = tm.add(
        tg.Endpoint(
            "Referral portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="NHS CIS2 smartcard or authenticator app")},
        )
    )
    # Stores each referral, asks the model for a triage score, queues the case.
    orchestrator = tm.add(
        tg.Service(
            "Triage orchestrator",
            description="Saves the referral and photos, scores them, adds the case to the worklist.",
        )
    )
    # Web app dermatologists work the queue from; the model only orders it.
    worklist = tm.add(
        tg.Endpoint(
            "Dermatology review worklist",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS CIS2 smartcard"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="consultant dermatologist",
                    note="every referral's category is confirmed or changed by a dermatologist",
                ),
            },
        )
    )

    with tm.boundary("Clinical data zone", trust=tg.Trust.RESTRICTED):
        # Referral records and photos, kept for the clinical record and for review.
        image_store = tm.add(
            tg.DataStore(
                "Lesion image store",
                stores={referral, photos},
                controls={c.EncryptionAtRest(key_management="Azure Key Vault"), c.RBAC()},
            )
        )
        # In-house classifier over the photos; its score sets queue priority.
        model = tm.add(
            tg.Model(
                "Lesion triage model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="CNN fine-tuned from an open backbone; flags suspected melanoma and SCC.",
                controls={
                    c.ModelValidation(
                        note="retrospective validation against histopathology before go-live"
                    )
                },
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Historical referrals with biopsy results, used to train the classifier.
        dataset = tm.add(
            tg.Dataset(
                "Lesion training set",
                stores={training_images, histology},
                purpose="training",
                controls={c.DataMinimization(note="NHS number replaced by a study ID")},
            )
        )
        # Fine-tunes the classifier; PyTorch and image libraries from PyPI.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Versioned checkpoints; serving loads the approved one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}, controls={c.RBAC()}))

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Reviews each case on the worklist and decides the pathway.
    dermatologist = tm.add(tg.Actor("Consultant dermatologist", role="clinician"))
    # The trust's system of record for the outcome and for biopsy results.
    epr = tm.add(tg.DataStore("Electronic patient record", stores={outcome, histology}))
    # Trust AI team member who trains and releases model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(gp, cis2, sign_in, protocol="https")
tm.flow(cis2, portal, id_token, protocol="oidc")
tm.flow(dermatologist, cis2, sign_in, protocol="https")
tm.flow(cis2, worklist, id_token, protocol="oidc")

# Referral
tm.flow(gp, app, referral, photos, label="captured on the practice phone")
tm.flow(app, portal, referral, photos, protocol="https", label="over HSCN")
tm.flow(portal, app, receipt, protocol="https")
tm.flow(portal, orchestrator, referral, photos)
tm.flow(orchestrator, image_store, referral, photos)
tm.flow(orchestrator, model, photos)
tm.flow(model, orchestrator, triage)
tm.flow(orchestrator, worklist, referral, triage, label="queued by priority")

# Review and outcome
tm.flow(image_store, worklist, photos, referral)
tm.flow(worklist, dermatologist, referral, photos, triage, protocol="https")
tm.flow(dermatologist, worklist, outcome, protocol="https")
tm.flow(worklist, epr, outcome, protocol="HL7 FHIR over HTTPS")
tm.flow(worklist, inbox, letter, protocol="https", label="sent via NHS MESH")
tm.flow(inbox, gp, letter, protocol="https")

# Training and release
tm.flow(image_store, dataset, training_images, label="historical export")
tm.flow(epr, dataset, histology, label="annual research export")
tm.flow(dataset, training, training_images, histology)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="approves version for serving")
tm.flow(registry, model, weights, label="deploy")
