"""Hive disease photo triage: the first design, before any security review.

The national bee inspection unit lets registered beekeepers report a suspect colony
from their phone: they photograph brood frames in the apiary and upload them, with
the apiary and a short note, through a mobile app that signs in with the e-mail
and password of their register account. The upload API (government cloud tenancy)
checks file type and size, keeps the photos in an encrypted bucket and hands each
submission to a triage service. The service runs an in-house vision model,
fine-tuned from open weights, that scores each photo for suspected American or
European foulbrood, and queues every submission by score for the regional bee
inspector. Inspectors sign in to a triage dashboard with government SSO and MFA,
look at the photos and the apiary record, and decide whether to visit; the decision
goes to the beekeeper through a hosted e-mail and text-message service. Inspector
diagnoses, confirmed on visits, are exported monthly to retrain the model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hive disease photo triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Beekeepers upload brood-frame photos; a vision model flags suspected "
        "foulbrood for a bee inspector, who decides on a visit."
    ),
)

# ---------------------------------------------------------------- data assets
brood_photos = tg.Data(
    "Brood-frame photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Phone photos of brood frames; EXIF data, GPS included, is kept.",
)
submission = tg.Data(
    "Suspect colony report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Beekeeper account, apiary reference, colony and free-text note.",
)
apiary_records = tg.Data(
    "Apiary register records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Beekeeper names, addresses, phone numbers and apiary locations.",
)
disease_score = tg.Data(
    "Foulbrood suspicion score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
triage_cases = tg.Data(
    "Triage cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Submission, photo references, model score and queue position.",
)
visit_decision = tg.Data("Visit decision", kind="records", sensitivity=tg.Sensitivity.PII)
diagnosis_labels = tg.Data(
    "Inspector diagnosis labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
visit_notice = tg.Data("Visit notice", kind="documents", sensitivity=tg.Sensitivity.PII)
training_images = tg.Data(
    "Labelled brood-frame images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Foulbrood detector weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint written by torch.save.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any registered beekeeper, hobbyist or commercial; registration is self-service.
    beekeeper = tm.add(tg.Actor("Beekeeper", role="registered beekeeper"))
    # The reporting app on the beekeeper's own phone: camera capture and upload.
    phone_app = tm.add(
        tg.Device(
            "Beekeeper phone app",
            fleet=True,
            description="iOS and Android app; the beekeeper's own smartphone.",
        )
    )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Hosted government notification service that sends e-mails and text messages.
    notify = tm.add(
        tg.ExternalService(
            "E-mail and SMS notification service",
            description="Sends the visit notice to the beekeeper's registered contact.",
        )
    )

with tm.boundary("Government cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public API the app uploads to; the only component beekeepers reach.
    upload_api = tm.add(
        tg.Endpoint(
            "Report upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="register account e-mail and password"),
                c.InputValidation(note="JPEG/HEIC only, 20 MB per photo, 10 photos per report"),
                c.EncryptionInTransit(protocol="TLS 1.2"),
            },
        )
    )
    # Object bucket holding the uploaded photos for the inspector and for retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Frame photo bucket",
            stores={brood_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # The existing national register of beekeepers and apiaries, reused read-only.
    register = tm.add(
        tg.DataStore(
            "Apiary register",
            stores={apiary_records},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Orchestrates scoring: fetches photos and apiary, calls the model, queues the case.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Scores each new report and assigns it to the regional inspector.",
        )
    )
    # The vision model; its score only orders the queue, the inspector decides.
    detector = tm.add(
        tg.Model(
            "Foulbrood detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights vision backbone fine-tuned on inspector-confirmed frames.",
            controls={
                c.HumanInTheLoop(approver="the regional bee inspector decides every visit"),
            },
        )
    )
    # Queue of scored reports per region, with the inspector's decisions.
    case_store = tm.add(
        tg.DataStore(
            "Triage case database", stores={triage_cases, visit_decision, diagnosis_labels}
        )
    )
    # Web dashboard inspectors use from the office or the field.
    dashboard = tm.add(
        tg.Endpoint(
            "Inspector triage dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="government SSO (OIDC) with MFA"),
                c.RBAC(note="inspectors see their region's queue"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Images with confirmed diagnoses, exported monthly from the case database.
        train_set = tm.add(tg.Dataset("Labelled frame image set", stores={training_images}))
        # Fine-tunes the detector on the labelled set.
        training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
        # Versioned checkpoints; the ML engineer deploys an approved version.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Inspection unit staff", trust=tg.Trust.INTERNAL):
    # Seasonal and regional bee inspectors; decide visits and record diagnoses.
    inspector = tm.add(tg.Actor("Bee inspector", role="regional bee inspector"))
    # Maintains and deploys the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(beekeeper, phone_app, brood_photos, submission, label="photographs frames in the apiary")
tm.flow(phone_app, upload_api, brood_photos, submission, protocol="https")
tm.flow(upload_api, phone_app, submission, protocol="https", label="upload receipt")
tm.flow(upload_api, photo_store, brood_photos)
tm.flow(upload_api, triage, submission)

tm.flow(photo_store, triage, brood_photos)
tm.flow(register, triage, apiary_records, label="apiary and region lookup")
tm.flow(triage, detector, brood_photos)
tm.flow(detector, triage, disease_score)
tm.flow(triage, case_store, triage_cases)

tm.flow(case_store, dashboard, triage_cases)
tm.flow(photo_store, dashboard, brood_photos)
tm.flow(register, dashboard, apiary_records)
tm.flow(dashboard, inspector, triage_cases, brood_photos, apiary_records, protocol="https")
tm.flow(inspector, dashboard, visit_decision, diagnosis_labels, protocol="https")
tm.flow(dashboard, case_store, visit_decision, diagnosis_labels)
tm.flow(dashboard, notify, visit_notice, protocol="https")
tm.flow(notify, beekeeper, visit_notice, protocol="smtp", label="e-mail or text message")

tm.flow(case_store, train_set, diagnosis_labels, label="monthly export")
tm.flow(photo_store, train_set, brood_photos, label="monthly export")
tm.flow(train_set, training, training_images)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, weights, label="approves and deploys a version")
tm.flow(registry, detector, weights, label="deploy")
