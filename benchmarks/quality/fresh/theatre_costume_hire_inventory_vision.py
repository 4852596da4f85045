"""Costume condition grading: the first design, before any security review.

A theatre costume hire company hires costumes to theatres, schools and private
customers. When a costume comes back, a wardrobe assistant at the returns bench
scans its barcode and photographs it on a shop tablet, which uploads the photos
to our cloud project. A grading service runs an in-house vision model,
fine-tuned from an open-weights backbone, that finds stains, tears and missing
trims and proposes a condition grade. The wardrobe supervisor reviews each
result on a dashboard (Google Workspace SSO), corrects grades and approves any
damage charge against the hirer's deposit before it is posted to the hire
database and e-mailed to the hirer. Corrected grades become training labels; a
freelance ML contractor retrains the model and stores versions in a registry.
Hirer records are personal data of UK and EU customers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre costume hire condition grading",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Photographs returned costumes, grades condition and finds damage with a vision model.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Returned costume photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Four to eight photos per costume on the returns bench, with the costume barcode.",
)
detections = tg.Data(
    "Damage detections and proposed grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boxes for stains, tears and missing trims, and a grade from A to D.",
)
hire_records = tg.Data(
    "Hire records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Costume, hirer name, organisation, contact details, hire dates and deposit.",
)
grade_review = tg.Data(
    "Reviewed grade and damage charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The supervisor's final grade, repair note and charge against the hirer's deposit.",
)
damage_report = tg.Data("Damage report e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
grade_labels = tg.Data("Corrected grade labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
training_images = tg.Data(
    "Labelled costume images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
backbone = tg.Data(
    "Pretrained vision backbone", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
grading_model_artifact = tg.Data(
    "Damage model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint saved with torch.save.",
)
upload_receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_code = tg.Data(
    "Training notebooks and scripts", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Theatres, schools and private customers who hired the costume.
    hirer = tm.add(tg.Actor("Costume hirer", role="customer"))
    # Public model hub the backbone weights are downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends damage reports to hirers.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("ML contractor", trust=tg.Trust.PARTNER):
    # Freelance ML developer who retrains and ships the model.
    contractor = tm.add(tg.Actor("Freelance ML contractor", role="ml engineer", privileged=True))

with tm.boundary("Costume warehouse", trust=tg.Trust.INTERNAL):
    # Staff at the returns bench who photograph every returned costume.
    assistant = tm.add(tg.Actor("Wardrobe assistant", role="wardrobe staff"))
    # Reviews the model's grades and approves damage charges.
    supervisor = tm.add(tg.Actor("Wardrobe supervisor", role="wardrobe supervisor"))
    # Two shop tablets on stands above the returns bench, running the returns web app.
    tablet = tm.add(tg.Device("Returns bench tablet", fleet=False))

with tm.boundary("Cloud project", trust=tg.Trust.INTERNAL):
    # Receives photo uploads from the tablets.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared returns-desk account password")},
        )
    )
    # Object storage bucket holding every returned-costume photo.
    photo_bucket = tm.add(
        tg.DataStore(
            "Costume photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the model on each new upload and files the result against the costume.
    grading = tm.add(tg.Service("Condition grading service"))
    # Finds damage and proposes a condition grade from the photos.
    damage_model = tm.add(
        tg.Model(
            "Costume damage detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned from an open-weights vision backbone.",
        )
    )
    # Supervisor's review queue: photos, detections, hire record, charge approval.
    dashboard = tm.add(
        tg.Service(
            "Grade review dashboard",
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.HumanInTheLoop(approver="wardrobe supervisor", note="every damage charge"),
            },
        )
    )
    # The company's costume inventory and hire bookings.
    hire_db = tm.add(
        tg.DataStore("Hire and inventory database", stores={hire_records, grade_review})
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos with the supervisor's corrected grades, for retraining.
        training_set = tm.add(
            tg.Dataset("Labelled costume image set", stores={training_images, grade_labels})
        )
        # Fine-tunes the backbone on the labelled set; run by the contractor on a GPU VM.
        training = tm.add(
            tg.Pipeline(
                "Model fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Versioned checkpoints; the grading service loads the one tagged live.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={grading_model_artifact}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(assistant, tablet, photos, label="photographs costume on the bench")
tm.flow(tablet, upload_api, photos, protocol="https")
tm.flow(upload_api, photo_bucket, photos)
tm.flow(photo_bucket, grading, photos)
tm.flow(grading, damage_model, photos)
tm.flow(damage_model, grading, detections)
tm.flow(grading, dashboard, detections)
tm.flow(upload_api, tablet, upload_receipt, protocol="https")

tm.flow(photo_bucket, dashboard, photos)
tm.flow(hire_db, dashboard, hire_records)
tm.flow(dashboard, supervisor, photos, detections, hire_records, protocol="https")
tm.flow(supervisor, dashboard, grade_review, protocol="https")
tm.flow(dashboard, hire_db, grade_review)
tm.flow(dashboard, email, damage_report, protocol="https")
tm.flow(email, hirer, damage_report, protocol="smtp")

tm.flow(dashboard, training_set, grade_labels)
tm.flow(photo_bucket, training_set, training_images, label="weekly export of reviewed photos")
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(contractor, training, training_code, protocol="ssh")
tm.flow(training_set, training, training_images, grade_labels)
tm.flow(training, registry, grading_model_artifact)
tm.flow(registry, damage_model, grading_model_artifact, label="load live version")
