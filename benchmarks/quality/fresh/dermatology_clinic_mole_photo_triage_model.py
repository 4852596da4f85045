"""Dermatology mole photo triage: the first design, before any security review.

GPs who see a patient with a worrying mole take dermatoscope photos with a
dermatoscope attached to a practice smartphone app and send them, with a short
referral, to the hospital dermatology service through a referral portal on the
health network. A triage service stores the photos, runs an in-house melanoma
risk classifier on them and puts each referral with its risk score on a
worklist. Consultant dermatologists review the photos and score and set the
appointment priority, which is booked in the patient administration system.
The classifier is retrained each quarter by the clinic's data science team from
past photos labelled with histopathology outcomes from the laboratory system.
Controls in this design: GP smartcard sign-in to the portal, TLS on the links
from practices, staff sign-in and roles on the worklist, encryption of the
photo store, audit logs on the referral database, and clinical validation of
each model before a data scientist publishes it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dermatology mole photo triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Melanoma risk scores on GP dermatoscope photos, used to prioritise appointments.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Dermoscopy photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Close-up and dermatoscope images of the lesion, with body site.",
)
referral = tg.Data(
    "Referral details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, NHS number, date of birth, lesion history and GP notes.",
)
risk_score = tg.Data(
    "Melanoma risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
worklist = tg.Data("Triage worklist entries", kind="records", sensitivity=tg.Sensitivity.REGULATED)
priority = tg.Data(
    "Appointment priority decision", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
status = tg.Data("Referral status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
outcomes = tg.Data(
    "Histopathology outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled lesion images", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("GP practices", trust=tg.Trust.PARTNER):
    # The referring GP, who examines the patient and decides to refer.
    gp = tm.add(tg.Actor("GP", role="referring clinician"))
    # Practice smartphones with a dermatoscope lens and the capture app on them.
    capture_app = tm.add(
        tg.Device(
            "Dermatoscope capture app",
            fleet=True,
            description="Practice phone app that takes and uploads the dermatoscope photos.",
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Where GPs submit referrals and photos, over the health network.
    portal = tm.add(
        tg.Endpoint(
            "Referral portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="NHS smartcard (CIS2)")},
        )
    )
    # Receives each referral, stores it, asks the model for a score, queues it.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Stores photos and referral, calls the classifier, writes the worklist.",
        )
    )
    # The model that scores melanoma risk from the photos.
    classifier = tm.add(
        tg.Model(
            "Melanoma risk classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN fine-tuned on the clinic's biopsy-confirmed images; 0-1 risk.",
            controls={c.HumanInTheLoop(approver="consultant dermatologist")},
        )
    )
    # The dermatologists' view of the queue, ordered by score.
    worklist_ui = tm.add(
        tg.Endpoint(
            "Dermatologist worklist",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="hospital Active Directory sign-in"),
                c.RBAC(),
            },
        )
    )
    # Consultants who read the photos and scores and set the priority.
    dermatologist = tm.add(tg.Actor("Dermatologist", role="consultant dermatologist"))
    # The hospital's existing system of record for clinic appointments.
    pas = tm.add(tg.DataStore("Patient administration system (PAS)", stores={priority}))

    with tm.boundary("Clinical data zone", trust=tg.Trust.RESTRICTED):
        # Every photo received, kept for the clinical record and for training.
        image_store = tm.add(
            tg.DataStore(
                "Dermoscopy image store",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Referrals, their scores and the worklist the dermatologists work from.
        referral_db = tm.add(
            tg.DataStore(
                "Referral database",
                stores={referral, risk_score, worklist},
                controls={c.AuditLogging()},
            )
        )
        # The pathology lab system, source of the biopsy results used as labels.
        lims = tm.add(
            tg.DataSource(
                "Histopathology LIMS",
                origin=tg.Origin.INTERNAL,
                provides={outcomes},
            )
        )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Past photos joined to their biopsy outcomes.
        dataset = tm.add(tg.Dataset("Lesion training set", stores={training_set}))
        # Quarterly retraining and clinical validation run.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="sensitivity checked on a held-out set")},
            )
        )
        # Versions of the classifier waiting for or in service.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        # Runs retraining and publishes approved versions.
        data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Referral from the practice
tm.flow(gp, capture_app, photos, label="takes photos")
tm.flow(capture_app, portal, photos, protocol="https")
tm.flow(gp, portal, referral, protocol="https")
tm.flow(portal, triage, referral, photos)
tm.flow(triage, image_store, photos)
tm.flow(triage, classifier, photos)
tm.flow(classifier, triage, risk_score)
tm.flow(triage, referral_db, referral, risk_score, worklist)
tm.flow(referral_db, portal, status)
tm.flow(portal, gp, status, protocol="https")

# Triage by the dermatologists
tm.flow(referral_db, worklist_ui, worklist, referral, risk_score)
tm.flow(image_store, worklist_ui, photos)
tm.flow(worklist_ui, dermatologist, worklist, photos, risk_score, protocol="https")
tm.flow(dermatologist, worklist_ui, priority, protocol="https")
tm.flow(worklist_ui, referral_db, priority)
tm.flow(worklist_ui, pas, priority, protocol="mllp", label="HL7 booking request")

# Retraining
tm.flow(image_store, dataset, training_set, label="quarterly export")
tm.flow(lims, dataset, outcomes, protocol="sftp")
tm.flow(dataset, training, training_set, outcomes)
tm.flow(data_scientist, training, train_config)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy")
