"""Urban tree risk survey: the first design, before any security review.

The city council's tree officers survey street trees with a council-managed
tablet app. Each photo goes to a survey API in the council's cloud tenancy,
where a vision model scores visible defects (cracks, fungal fruiting bodies,
dead branches) and suggests a risk category and inspection interval. The
officer confirms or changes the suggestion; the confirmed record is kept in the
tree inventory, and high-risk trees raise work orders that the arboriculture
contractor picks up in a contractor portal and closes with after-work photos.
Residents report trees through a form on the council website with a photo,
which the model pre-screens to prioritise officer visits. The model is retrained
from the officers' confirmed categories and promoted by a council data scientist.
Officers sign in with council SSO and MFA; the contractor portal uses a
username and password; photos are encrypted at rest; all external traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Urban tree risk survey",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vision-assisted street tree risk surveys, work orders and resident reports.",
)

# ---------------------------------------------------------------- data assets
survey_photo = tg.Data(
    "Tree survey photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Street-level photos of trees; passers-by and vehicles can appear in them.",
)
resident_report = tg.Data(
    "Resident tree report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, description of the concern, resident's name and e-mail.",
)
resident_photo = tg.Data("Resident tree photo", kind="media", sensitivity=tg.Sensitivity.PII)
assessment = tg.Data(
    "Defect assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Defect scores, suggested risk category and inspection interval.",
)
survey_record = tg.Data(
    "Confirmed survey record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Tree id, location, officer-confirmed risk category and next inspection date.",
)
tree_records = tg.Data(
    "Tree inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Survey history and open resident reports for the trees near the officer.",
)
labels = tg.Data(
    "Confirmed risk categories",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_photos = tg.Data(
    "Training photos", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tree location, required works and deadline for the contractor.",
)
after_photo = tg.Data("After-work photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
completion = tg.Data("Work completion status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Defect model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public reporting a tree they are worried about.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Arboriculture contractor", trust=tg.Trust.PARTNER):
    # The contracted tree surgery firm that carries out the works.
    contractor = tm.add(tg.Actor("Arboriculture contractor", role="contractor crew"))

with tm.boundary("Council field devices", trust=tg.Trust.INTERNAL):
    # Council tree officers doing street surveys.
    officer = tm.add(tg.Actor("Tree officer", role="tree officer"))
    # Council-managed tablets running the survey app, used on mobile data in the street.
    tablet = tm.add(
        tg.Device(
            "Survey tablet app",
            fleet=True,
            description="Android tablets enrolled in the council's device management.",
            controls={c.EncryptionAtRest(key_management="device encryption enforced by MDM")},
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web form on the council website where residents report a tree.
    report_form = tm.add(
        tg.Endpoint(
            "Tree report web form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="image type and size checks on the upload")},
        )
    )
    # Backend the tablet app talks to: photos in, assessments out, confirmations back.
    survey_api = tm.add(
        tg.Endpoint(
            "Survey API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(note="tree officer role only"),
            },
        )
    )
    # Scores visible defects; the officer confirms or overrides every suggestion.
    vision = tm.add(
        tg.Model(
            "Tree defect detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned CNN detecting cracks, fungal fruiting bodies and dead wood.",
            controls={c.HumanInTheLoop(approver="tree officer")},
        )
    )
    # System of record for every street tree and its survey history.
    inventory = tm.add(
        tg.DataStore(
            "Tree inventory database",
            stores={survey_record, tree_records, resident_report, labels},
            controls={c.RBAC()},
        )
    )
    # Object storage for survey, resident and after-work photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={survey_photo, resident_photo, after_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Raises work orders for trees confirmed as high risk and tracks them to completion.
    work_orders = tm.add(
        tg.Service(
            "Work order service", description="Creates and tracks arboriculture work orders."
        )
    )
    # Web portal where the contractor sees its work orders and uploads after-work photos.
    contractor_portal = tm.add(
        tg.Endpoint(
            "Contractor portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )

    with tm.boundary("Council ML workspace", trust=tg.Trust.INTERNAL):
        # Photos paired with the officers' confirmed categories.
        training_set = tm.add(
            tg.Dataset("Tree defect training set", stores={training_photos, labels})
        )
        # Periodic retraining on the latest confirmed surveys.
        retraining = tm.add(
            tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds trained checkpoints; serving loads the promoted version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Reviews evaluation metrics and promotes a new model version.
    data_scientist = tm.add(
        tg.Actor("Council data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
# Officer survey loop
tm.flow(officer, tablet, survey_photo, label="photographs the tree on the tablet")
tm.flow(tablet, survey_api, survey_photo, protocol="https")
tm.flow(survey_api, photo_store, survey_photo)
tm.flow(survey_api, vision, survey_photo)
tm.flow(vision, survey_api, assessment)
tm.flow(survey_api, tablet, assessment, protocol="https")
tm.flow(inventory, survey_api, tree_records)
tm.flow(survey_api, tablet, tree_records, protocol="https", label="nearby trees and history")
tm.flow(tablet, officer, assessment, tree_records, label="shown on the tablet")
tm.flow(officer, tablet, survey_record, label="confirms or changes the category on the tablet")
tm.flow(tablet, survey_api, survey_record, protocol="https")
tm.flow(survey_api, inventory, survey_record)

# Resident reports
tm.flow(resident, report_form, resident_report, resident_photo, protocol="https")
tm.flow(report_form, photo_store, resident_photo)
tm.flow(report_form, vision, resident_photo, label="pre-screen to prioritise visits")
tm.flow(vision, report_form, assessment)
tm.flow(report_form, inventory, resident_report, assessment)

# Work orders
tm.flow(survey_api, work_orders, survey_record, label="high-risk trees")
tm.flow(work_orders, contractor_portal, work_order)
tm.flow(contractor_portal, contractor, work_order, protocol="https")
tm.flow(contractor, contractor_portal, after_photo, completion, protocol="https")
tm.flow(contractor_portal, photo_store, after_photo)
tm.flow(contractor_portal, work_orders, completion)
tm.flow(work_orders, inventory, completion)

# Retraining
tm.flow(inventory, training_set, labels, label="confirmed categories")
tm.flow(photo_store, training_set, training_photos)
tm.flow(training_set, retraining, training_photos, labels)
tm.flow(retraining, registry, weights)
tm.flow(data_scientist, registry, release, label="promotes a version")
tm.flow(registry, vision, weights, label="deploy")
