"""Damp and mould photo triage: the first design, before any security review.

Tenants of a social housing landlord report damp and mould in the repairs app on
their phones: they describe the problem, name the room and attach photos. The
repairs API (in the landlord's cloud tenancy, behind the tenant portal sign-in)
stores the photos and hands the report to a triage service. The service asks an
in-house image classifier for a severity grade (1-4), combines it with the
household's vulnerability flags from the housing management system (young
children, respiratory conditions) and writes a prioritised work order into the
repairs scheduling system, which books a surveyor visit and shows the
appointment in the app. Severe or low-confidence grades wait for a repairs
coordinator to confirm. Surveyors record their on-site grade, which is exported
weekly with the photos to retrain the model on a backbone downloaded from a
public model hub. Controls in this design: tenant sign-in, upload checks, TLS,
encryption of the photo bucket, role-based access on the housing system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Damp and mould photo triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Grades damp and mould severity from tenants' repair photos and prioritises "
        "surveyor visits for a social housing landlord."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Damp and mould photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken inside tenants' homes; occupants and belongings may be in shot.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
report = tg.Data(
    "Repair report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenancy reference, address, room, free-text description of the problem.",
)
grade = tg.Data(
    "Severity grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Grade 1-4 with the model's confidence, tied to the property.",
)
vulnerability = tg.Data(
    "Household vulnerability flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Children under five, respiratory and other health conditions in the household.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
work_order = tg.Data(
    "Prioritised work order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, grade, priority band and target visit date.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
priority_override = tg.Data("Priority override", kind="records", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data("Visit appointment", kind="records", sensitivity=tg.Sensitivity.PII)
inspection = tg.Data(
    "Surveyor inspection grade",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="The surveyor's on-site severity grade and notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_examples = tg.Data(
    "Graded photo examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant photos paired with surveyor-confirmed grades.",
)
backbone = tg.Data(
    "Pretrained image backbone",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="safetensors",
)
weights = tg.Data(
    "Severity model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint written with torch.save.",
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Tenant devices", trust=tg.Trust.UNTRUSTED):
    # The person reporting the problem in their own home.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))
    # The landlord's repairs app, installed on tenants' own phones.
    tenant_app = tm.add(
        tg.Device(
            "Tenant repairs app",
            fleet=True,
            description="iOS and Android phone app; takes photos with the phone camera.",
        )
    )

with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained image backbone is downloaded from before fine-tuning.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Landlord cloud tenancy", trust=tg.Trust.INTERNAL):
    # The app's back end: tenant sign-in, report intake and photo upload.
    repairs_api = tm.add(
        tg.Endpoint(
            "Repairs API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="tenant portal account: e-mail and password"),
                c.InputValidation(note="JPEG/HEIC only, 15 MB per photo, up to 6 photos"),
            },
        )
    )
    # Keeps every uploaded photo for triage, surveyors and retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Repair photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS, provider-managed key")},
        )
    )
    # Turns a report into a priority: grade from the model plus household vulnerability.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description=(
                "Sets the priority band from the grade and the vulnerability flags; "
                "grade 1-3 work orders go to scheduling directly."
            ),
            controls={
                c.HumanInTheLoop(
                    approver="repairs coordinator",
                    note="only grade 4 or confidence below 0.6; other grades are scheduled automatically",
                )
            },
        )
    )
    # The image classifier that grades severity from the photos.
    severity_model = tm.add(
        tg.Model(
            "Damp and mould severity model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="ConvNeXt fine-tuned on graded photos; outputs grade 1-4 with probabilities.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos with surveyor grades, the ground truth for retraining.
        training_set = tm.add(tg.Dataset("Graded photo training set", stores={training_examples}))
        # Quarterly fine-tuning job run by the data scientist.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="accuracy on a held-out set of surveyed cases")},
            )
        )
        # Holds model versions; the serving container loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # System of record for tenancies, including the household's vulnerability flags.
    housing_system = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={vulnerability, report},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Work orders, surveyor diaries and appointment booking.
    scheduling = tm.add(
        tg.Service(
            "Repairs scheduling system",
            description="Books surveyor visits by priority band; pushes job sheets to surveyors.",
        )
    )
    # Reviews the triage queue and can move a job up or down.
    coordinator = tm.add(tg.Actor("Repairs coordinator", role="repairs staff"))
    # Visits the home, confirms the grade and records the inspection.
    surveyor = tm.add(tg.Actor("Surveyor", role="damp and mould surveyor"))
    # Builds, evaluates and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Reporting
tm.flow(tenant, tenant_app, report, photos, label="takes photos and describes the problem")
tm.flow(tenant_app, repairs_api, report, photos, protocol="https")
tm.flow(
    repairs_api, tenant_app, appointment, protocol="https", label="report status and visit slot"
)
tm.flow(tenant_app, tenant, appointment, label="shown in the app")
tm.flow(repairs_api, photo_store, photos)
tm.flow(repairs_api, triage, report)

# Triage
tm.flow(photo_store, triage, photos)
tm.flow(triage, severity_model, photos)
tm.flow(severity_model, triage, grade)
tm.flow(triage, housing_system, report, protocol="https", label="looks up tenancy by reference")
tm.flow(housing_system, triage, vulnerability, protocol="https")
tm.flow(triage, coordinator, report, grade, protocol="https", label="severe or uncertain cases")
tm.flow(
    coordinator, triage, priority_override, protocol="https", label="confirms or changes priority"
)
tm.flow(triage, scheduling, work_order, protocol="https")

# Scheduling and the visit
tm.flow(scheduling, repairs_api, appointment, protocol="https")
tm.flow(scheduling, coordinator, work_order, protocol="https")
tm.flow(coordinator, scheduling, priority_override, protocol="https")
tm.flow(scheduling, surveyor, work_order, protocol="https", label="job sheet on the mobile app")
tm.flow(photo_store, surveyor, photos, protocol="https", label="photos on the job sheet")
tm.flow(surveyor, scheduling, inspection, protocol="https")

# Retraining
tm.flow(scheduling, training_set, inspection, label="weekly export")
tm.flow(photo_store, training_set, photos, label="weekly export")
tm.flow(training_set, training, training_examples)
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, severity_model, weights, label="deploy")
