"""Body shop paint defect vision: the first design, before any security review.

An auto body shop chain checks every repaired panel as the car leaves the paint booth.
Cameras at the booth exit stream to an edge box on the shop LAN, where a vision model
flags runs, orange peel and colour mismatch and shows the result on the booth display.
The edge box posts a pass or fail verdict for the repair order to the chain's job
management system in the cloud, which will not release the car to the customer until
every panel passes or a shop supervisor overrides the fail. Each night the edge box
uploads its buffered images and detections to cloud storage; paint QA specialists label
them, a retraining pipeline builds a new ONNX model, and an ML engineer promotes it in
the registry, from which the edge boxes pull it. Staff sign in to the job system with
the chain's SSO, overrides are audit-logged, traffic leaving the shop uses HTTPS and
the cloud image set is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Body shop paint defect vision",
    profile=tg.RiskProfile.LOW,
    description="Edge vision check on repaired paint that gates vehicle release in the job system.",
)

# ---------------------------------------------------------------- data assets
panel_images = tg.Data(
    "Panel images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booth exit stills of the repaired panels; may show the plate and staff.",
)
detections = tg.Data(
    "Paint defect detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
job_context = tg.Data(
    "Booth job context",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Repair order number, vehicle, paint code and the panels repaired.",
)
job_scan = tg.Data("Repair order scan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
verdict = tg.Data(
    "Panel inspection verdict",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
override = tg.Data("Supervisor override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
repair_order = tg.Data(
    "Repair orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name and phone, vehicle, insurer claim and job status.",
)
pickup_notice = tg.Data("Pickup notice", kind="records", sensitivity=tg.Sensitivity.PII)
defect_labels = tg.Data(
    "Paint defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Paint defect model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Vehicle owner, told by text message when the car can be collected.
    customer = tm.add(tg.Actor("Vehicle owner", role="customer"))

with tm.boundary("Shop floor network", trust=tg.Trust.INTERNAL):
    # IP cameras and lights at each paint booth exit.
    cameras = tm.add(tg.Device("Booth exit cameras", fleet=True))
    # Scans the repair order at the booth and sees the defect overlay.
    technician = tm.add(tg.Actor("Paint technician", role="shop staff"))
    # Can release a car whose panels failed, after a look at the panel.
    supervisor = tm.add(tg.Actor("Shop supervisor", role="shop supervisor", privileged=True))
    # Small GPU box per shop: runs the model and reports verdicts.
    edge_box = tm.add(
        tg.Service(
            "Edge inspection box",
            description="Grabs frames, runs the model, shows results, posts verdicts.",
        )
    )
    # Detector for runs, orange peel and colour mismatch.
    model = tm.add(
        tg.Model(
            "Paint defect model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Flags runs, orange peel and colour mismatch; a fail blocks release.",
        )
    )
    # Images and detections kept on the edge box until the nightly upload.
    buffer = tm.add(tg.DataStore("Edge image buffer", stores={panel_images, detections}))

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Repair orders and release gating for every shop.
    job_system = tm.add(
        tg.Service(
            "Job management system",
            controls={
                c.Authentication(method="chain SSO"),
                c.RBAC(),
                c.AuditLogging(note="supervisor overrides are logged with the user"),
            },
        )
    )
    # Database behind the job system.
    job_db = tm.add(tg.DataStore("Job database", stores={repair_order, verdict, override}))
    # Receives each shop's nightly upload of images and detections.
    sync = tm.add(tg.Pipeline("Nightly image sync", stage=tg.Stage.INGESTION))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # All synced images with their labels.
        image_set = tm.add(
            tg.Dataset(
                "Paint image training set",
                stores={panel_images, detections, defect_labels},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Web labeling tool the QA specialists use.
        labeling = tm.add(tg.Pipeline("Defect labeling tool", stage=tg.Stage.LABELING))
        # Retrains the detector on the labelled set.
        training = tm.add(tg.Pipeline("Retraining pipeline", stage=tg.Stage.TRAINING))
        # Versions of the model; edge boxes pull the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate office", trust=tg.Trust.INTERNAL):
    # Paint experts who label defects in the synced images.
    labeler = tm.add(tg.Actor("Paint QA specialist", role="labeler"))
    # Runs retraining and promotes models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# At the booth.
tm.flow(cameras, edge_box, panel_images, protocol="rtsp")
tm.flow(technician, edge_box, job_scan, label="barcode scan at the booth")
tm.flow(job_system, edge_box, job_context, protocol="https")
tm.flow(edge_box, model, panel_images)
tm.flow(model, edge_box, detections)
tm.flow(edge_box, technician, detections, label="defect overlay on booth display")
tm.flow(edge_box, buffer, panel_images, detections)

# Release gating.
tm.flow(edge_box, job_system, verdict, protocol="https")
tm.flow(job_system, job_db, repair_order, verdict, override)
tm.flow(job_db, job_system, repair_order, verdict, override)
tm.flow(job_system, supervisor, repair_order, verdict, protocol="https")
tm.flow(supervisor, job_system, override, protocol="https")
tm.flow(job_system, customer, pickup_notice, protocol="sms")

# Nightly sync, labeling and retraining.
tm.flow(buffer, sync, panel_images, detections, protocol="https", label="nightly upload")
tm.flow(sync, image_set, panel_images, detections)
tm.flow(image_set, labeling, panel_images, detections)
tm.flow(labeling, labeler, panel_images, detections, protocol="https")
tm.flow(labeler, labeling, defect_labels, protocol="https")
tm.flow(labeling, image_set, defect_labels)
tm.flow(image_set, training, panel_images, defect_labels)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, model, model_artifact, protocol="https", label="edge box pulls new model")
