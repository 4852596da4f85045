"""Planogram compliance from shelf photos: the first design, before any security review.

A supermarket chain wants its shelves to match the planograms head office publishes.
Store colleagues scan a bay label with the store handheld app and photograph the bay.
The photo goes to a shelf photo API in the retail cloud; a compliance service sends it to
an in-house product recognition model, compares what the model sees with the bay's
planogram and records gaps (missing, misplaced or wrongly faced products, wrong shelf
labels). Each gap becomes a fix-up task in the store task platform, a SaaS product the
stores already use, which pushes tasks back to the handhelds. Space planners publish
planograms and read compliance reports. The model is retrained from sampled shelf
photos labelled by an outsourced annotation vendor and from suppliers' product images.
Colleagues sign in with their own SSO account on managed handhelds; photos are encrypted
at rest and deleted after 90 days; the task platform key is kept in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Planogram compliance shelf vision",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Store staff photograph shelves; a vision model checks them against the "
        "planogram and fix-up tasks are created for the gaps."
    ),
)

# ---------------------------------------------------------------- data assets
bay_scan = tg.Data(
    "Bay scan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Store, aisle and bay id from the shelf label barcode, and the colleague id.",
)
shelf_photos = tg.Data(
    "Shelf photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of a shelf bay; shoppers or colleagues are sometimes in frame.",
)
detections = tg.Data(
    "Product detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recognised products with positions, facings and shelf label reads.",
)
planograms = tg.Data(
    "Planograms",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bay layouts per store format, including supplier-funded placements.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bay_result = tg.Data("Bay compliance result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
compliance_results = tg.Data(
    "Compliance results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Compliance per bay, store and region over time.",
)
fixup_tasks = tg.Data(
    "Fix-up tasks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What to move, fill or relabel on which bay, with a due time.",
)
task_completion = tg.Data(
    "Task completion",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Done or not possible, with the completing colleague's id and a time.",
)
task_status = tg.Data("Task status", kind="records", sensitivity=tg.Sensitivity.PII)
compliance_report = tg.Data(
    "Compliance report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
packshots = tg.Data(
    "Product packshots",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Supplier product images with GTINs, from the product data pool.",
)
sampled_photos = tg.Data(
    "Sampled shelf photos for labelling", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
labels = tg.Data(
    "Product bounding-box labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled shelf images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Recognition model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Exported to ONNX for serving.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Store estate", trust=tg.Trust.INTERNAL):
    # Takes the photos and works the fix-up tasks.
    colleague = tm.add(tg.Actor("Store colleague", role="store staff"))
    # Company-managed handhelds running the store app.
    handheld = tm.add(
        tg.Device(
            "Store handheld app",
            description="MDM-managed store handhelds on store Wi-Fi and 4G.",
        )
    )

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Receives bay photos from the handhelds and returns the bay result.
    photo_api = tm.add(
        tg.Endpoint(
            "Shelf photo API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="colleague SSO (OIDC), own username and password"),
                c.InputValidation(note="JPEG only, size and resolution limits"),
            },
        )
    )
    # Photos as uploaded, for the audit trail of a result and for labelling samples.
    photo_store = tm.add(
        tg.DataStore(
            "Shelf photo store",
            stores={shelf_photos},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Recognises products and shelf labels in a bay photo.
    recogniser = tm.add(
        tg.Model(
            "Product recognition model",
            task=tg.Task.DETECTOR,
            description="Object detector fine-tuned in-house on our range.",
        )
    )
    # Compares detections with the planogram, scores the bay and raises tasks.
    compliance = tm.add(
        tg.Service(
            "Planogram compliance service",
            controls={c.SecretsManagement(note="task platform API key in the cloud vault")},
        )
    )
    # The current planogram for every bay in every store.
    planogram_db = tm.add(tg.DataStore("Planogram database", stores={planograms}))
    # History of compliance results, read by head office reporting.
    results_store = tm.add(
        tg.DataStore(
            "Compliance results store",
            stores={compliance_results},
            controls={c.RBAC(note="reporting roles by region")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Where annotators draw product boxes on sampled photos and packshots.
        labelling = tm.add(
            tg.Pipeline(
                "Labelling tool",
                stage=tg.Stage.LABELING,
                controls={
                    c.Authentication(method="vendor annotator accounts, e-mail and password")
                },
            )
        )
        # The labelled images the detector is trained on.
        training_set = tm.add(
            tg.Dataset("Shelf image training set", stores={training_images, labels})
        )
        # Monthly fine-tuning when the range changes.
        training = tm.add(
            tg.Pipeline(
                "Recognition model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="mAP on held-out bays must not drop")},
            )
        )
        # Model versions the serving side loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Publishes planograms and follows compliance by store.
    planner = tm.add(tg.Actor("Space planner", role="space planning"))

with tm.boundary("Task platform vendor", trust=tg.Trust.PARTNER):
    # The stores' existing task management SaaS.
    task_platform = tm.add(tg.ExternalService("Store task platform"))

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Outsourced labelling team.
    annotator = tm.add(tg.Actor("Vendor annotator", role="annotator"))

with tm.boundary("Supplier data pool", trust=tg.Trust.PARTNER):
    # Product images for new lines before they reach the shelves.
    product_feed = tm.add(
        tg.DataSource("Product image feed", origin=tg.Origin.PARTNER, provides={packshots})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")
tm.flow(
    colleague, handheld, bay_scan, shelf_photos, label="scans the bay label and photographs the bay"
)
tm.flow(handheld, photo_api, bay_scan, shelf_photos, protocol="https", controls={tls})
tm.flow(photo_api, photo_store, shelf_photos)
tm.flow(photo_api, compliance, bay_scan, shelf_photos)
tm.flow(compliance, recogniser, shelf_photos)
tm.flow(recogniser, compliance, detections)
tm.flow(planogram_db, compliance, planograms)
tm.flow(compliance, results_store, compliance_results)
tm.flow(compliance, photo_api, bay_result)
tm.flow(photo_api, handheld, bay_result, protocol="https", controls={tls})
tm.flow(handheld, colleague, bay_result, fixup_tasks, label="shown on the handheld")

tm.flow(compliance, task_platform, fixup_tasks, protocol="https", controls={tls})
tm.flow(task_platform, handheld, fixup_tasks, protocol="https", controls={tls})
tm.flow(colleague, handheld, task_completion, label="marks the task done")
tm.flow(handheld, task_platform, task_completion, protocol="https", controls={tls})
tm.flow(task_platform, compliance, task_status, protocol="https", label="hourly task status sync")

tm.flow(planner, planogram_db, planograms, protocol="https", label="publishes planograms")
tm.flow(results_store, planner, compliance_report, protocol="https")

tm.flow(photo_store, labelling, sampled_photos, label="weekly sample")
tm.flow(product_feed, labelling, packshots, protocol="sftp")
tm.flow(labelling, annotator, sampled_photos, packshots, protocol="https")
tm.flow(annotator, labelling, labels, protocol="https")
tm.flow(labelling, training_set, training_images, labels)
tm.flow(training_set, training, training_images, labels)
tm.flow(training, registry, weights)
tm.flow(registry, recogniser, weights, label="deploy")
