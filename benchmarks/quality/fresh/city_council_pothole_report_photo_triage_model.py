"""City council pothole photo triage: the first design, before any security review.

Residents report potholes in the council's reporting app: they take a photo, drop a
pin and add an optional description and their e-mail address for updates. Reports
reach an intake API in the council's cloud tenancy, which keeps the photo in object
storage and hands the report to a triage service. The triage service asks an
in-house image classifier for a severity grade (1 to 5 with a confidence) and writes
the defect with its repair priority into the highways defect register, which orders
the inspectors' worklist and sends works orders to the term maintenance contractor.
Inspectors measure each defect on site; their confirmed grades and the photos are
joined into a training set, and the data team retrains the model each quarter by
fine-tuning a pretrained backbone from a public model hub. Controls: rate limiting
and file checks at intake, default encryption of the photo bucket, staff sign-in
with MFA, roles and an audit trail in the register, a held-out evaluation before a
model is registered, versioned models, and SFTP to the contractor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City council pothole report photo triage model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Grades pothole severity from residents' photos to prioritise highway repairs.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Pothole report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Location pin, description, optional reporter e-mail address.",
)
photo = tg.Data(
    "Pothole photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Street photo with GPS metadata; may show passers-by, houses and number plates.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
report_status = tg.Data(
    "Report reference and status", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
grade = tg.Data(
    "Severity grade",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Grade 1-5 and the model's confidence.",
)
defect_record = tg.Data(
    "Defect record with repair priority",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
worklist = tg.Data("Inspection worklist", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
inspection = tg.Data(
    "Inspection measurements",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Depth, width, confirmed category and response time set by the inspector.",
)
confirmed_grades = tg.Data(
    "Inspector-confirmed severity labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_photos = tg.Data(
    "Labelled training photos", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
works_order = tg.Data("Works order", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
completion = tg.Data(
    "Repair completion notice", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
backbone = tg.Data(
    "Pretrained backbone weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch checkpoint of an ImageNet-pretrained vision backbone.",
)
weights = tg.Data(
    "Severity model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in the city can report a pothole; no account is needed.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))
    # The council's reporting app on residents' own phones.
    app = tm.add(
        tg.Device("Reporting app", description="Council app on residents' iOS and Android phones.")
    )

with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained vision backbone we fine-tune comes from.
    hub = tm.add(tg.ExternalService("Model hub", provides="model-hub"))

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # The term contractor that fills the potholes in priority order.
    contractor = tm.add(tg.ExternalService("Highways maintenance contractor"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives reports and photos from the app and gives back a reference and status.
    intake_api = tm.add(
        tg.Endpoint(
            "Report intake API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=10, note="per app install"),
                c.InputValidation(note="JPEG or PNG only, 10 MB maximum, pin inside the city"),
            },
        )
    )
    # Object storage bucket for the original photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Glue between intake, the model and the register; maps grade to repair priority.
    triage = tm.add(tg.Service("Triage service"))
    # The image classifier that grades severity from the photo.
    model = tm.add(
        tg.Model(
            "Pothole severity model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned CNN; grades 4-5 are put on the 24-hour response list.",
        )
    )

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Joins inspectors' confirmed grades to the original photos.
        dataset_builder = tm.add(tg.Pipeline("Training set builder", stage=tg.Stage.LABELING))
        # The labelled photos the model is trained and tested on.
        training_set = tm.add(
            tg.Dataset("Labelled pothole photos", stores={training_photos, confirmed_grades})
        )
        # Quarterly fine-tuning job; checks accuracy on a held-out set before registering.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out inspector-graded photos")},
            )
        )
        # Keeps every trained version so a bad one can be rolled back.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # The highways asset management system: defects, priorities, inspections, works orders.
    register = tm.add(
        tg.DataStore(
            "Highways defect register",
            stores={defect_record, inspection, works_order},
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Visits defects in priority order and records what is really there.
    inspector = tm.add(tg.Actor("Highways inspector", role="inspector"))
    # Runs retraining and deploys new model versions.
    data_scientist = tm.add(tg.Actor("Council data scientist", role="data team", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(resident, app, report, photo, label="takes photo and drops a pin")
tm.flow(app, resident, report_status, label="shown in the app")
tm.flow(app, intake_api, report, photo, protocol="https")
tm.flow(intake_api, app, report_status, protocol="https")

tm.flow(intake_api, photo_store, photo)
tm.flow(intake_api, triage, report)
tm.flow(photo_store, triage, photo)
tm.flow(triage, model, photo)
tm.flow(model, triage, grade)
tm.flow(triage, register, defect_record, protocol="https")
tm.flow(register, intake_api, report_status, protocol="https", label="status lookups")

tm.flow(register, inspector, worklist, protocol="https", label="inspection app")
tm.flow(inspector, register, inspection, protocol="https", label="inspection app")
tm.flow(register, contractor, works_order, protocol="sftp", label="nightly file")
tm.flow(contractor, register, completion, protocol="sftp")

tm.flow(register, dataset_builder, inspection)
tm.flow(photo_store, dataset_builder, photo)
tm.flow(dataset_builder, training_set, training_photos, confirmed_grades)
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training_set, training, training_photos, confirmed_grades)
tm.flow(data_scientist, training, training_config, label="starts the quarterly run")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deployed by the data scientist")
