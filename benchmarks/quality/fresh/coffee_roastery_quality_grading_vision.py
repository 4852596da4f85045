"""Coffee roastery quality grading: the first design, before any security review.

Our roasting plant grades every batch as it leaves the roaster. Line cameras photograph
the cooling tray and a near-infrared spectrometer measures the beans; an edge gateway on
the plant-floor network joins both with the roaster controller's batch log and sends them
to an in-house vision model on the plant inference server, which returns a roast-level
grade, a defect count and a confidence. Grades and images are written to the batch
record database on the office network. Batches the model grades out of spec are held for
a quality technician, who confirms or overrides the grade in the QA review app (company
SSO, roles). In-spec grades go straight into the certificate of analysis (CoA), which a
generator publishes to the wholesale customer portal in our cloud account, where
customers sign in with e-mail and password. Reviewed batches are copied into a labelled
image set; an ML engineer retrains the model in a cloud workspace and pushes the ONNX
artifact to a registry, from which the plant inference server loads it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coffee roastery quality grading",
    profile=tg.RiskProfile.LOW,
    description="Vision and spectroscopy grading of roast batches feeding customers' certificates of analysis.",
)

# ---------------------------------------------------------------- data assets
batch_images = tg.Data("Batch images", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
spectra = tg.Data("NIR spectra", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
roast_log = tg.Data(
    "Roast batch log",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Batch id, green-coffee lot, profile, charge and drop temperatures.",
)
grade = tg.Data(
    "Batch grade",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Roast level (Agtron-equivalent), defect count and model confidence.",
)
batch_record = tg.Data(
    "Batch quality record",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review = tg.Data("QA review decision", sensitivity=tg.Sensitivity.INTERNAL, kind="labels")
coa = tg.Data(
    "Certificate of analysis",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
coa_request = tg.Data("CoA request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_set = tg.Data(
    "Labelled roast images", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
weights = tg.Data("Grading model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
train_job = tg.Data("Training job config", sensitivity=tg.Sensitivity.INTERNAL, kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Plant floor network", trust=tg.Trust.INTERNAL):
    # Fixed industrial cameras above each cooling tray: the visual input to grading.
    cameras = tm.add(tg.Device("Line cameras", fleet=True))
    # Inline NIR spectrometer: measures roast colour/degree the cameras cannot see.
    spectrometer = tm.add(tg.Device("NIR spectrometer", fleet=False))
    # The roaster's PLC/SCADA: source of the batch id and roast profile for each batch.
    roaster_ctl = tm.add(
        tg.DataSource("Roaster control system", origin=tg.Origin.INTERNAL, provides={roast_log})
    )
    # Industrial PC that collects camera frames, spectra and the batch log per batch.
    gateway = tm.add(
        tg.Service(
            "Edge capture gateway",
            description="Joins frames, spectra and batch log; calls the model; writes the result.",
        )
    )
    # The grading model itself, served on the plant inference server.
    grader = tm.add(
        tg.Model(
            "Roast grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN on images plus a spectral head; outputs roast level and defects.",
            controls={
                c.HumanInTheLoop(
                    approver="quality technician",
                    note="only batches graded out of spec are held for review; in-spec grades are not reviewed",
                ),
                c.ModelVersioning(note="the gateway pins the model version it calls"),
            },
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # System of record for every batch's grade, images and QA decision.
    batch_db = tm.add(
        tg.DataStore(
            "Batch record database",
            stores={batch_record, grade, batch_images, review},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # Web app where QA staff work the queue of out-of-spec batches.
    qa_app = tm.add(
        tg.Service(
            "QA review app",
            controls={
                c.Authentication(method="company SSO (Microsoft Entra ID)"),
                c.RBAC(note="quality role required to override a grade"),
            },
        )
    )
    # The people who confirm or override out-of-spec grades.
    technician = tm.add(tg.Actor("Quality technician", role="quality staff"))
    # Turns batch grades into the per-shipment certificate of analysis.
    coa_gen = tm.add(tg.Service("CoA generator", description="Renders a PDF CoA per shipment."))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Where wholesale customers download CoAs for their shipments.
    portal = tm.add(
        tg.Endpoint(
            "Customer CoA portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Curated images with QA-confirmed grades for retraining.
    label_set = tm.add(tg.Dataset("Labelled roast image set", stores={training_set}))
    # Retraining job on a cloud GPU VM, started by the ML engineer.
    training = tm.add(tg.Pipeline("Grading model training", stage=tg.Stage.TRAINING))
    # Object-storage registry the plant inference server pulls models from.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Wholesale buyers (cafés, retailers) who receive a CoA with each shipment.
    customer = tm.add(tg.Actor("Wholesale customer", role="customer"))

with tm.boundary("Engineering laptops", trust=tg.Trust.INTERNAL):
    # Builds, trains and ships the grading model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, gateway, batch_images, protocol="rtsp")
tm.flow(spectrometer, gateway, spectra, protocol="opc-ua")
tm.flow(roaster_ctl, gateway, roast_log, protocol="opc-ua")
tm.flow(gateway, grader, batch_images, spectra, protocol="grpc")
tm.flow(grader, gateway, grade, protocol="grpc")
tm.flow(gateway, batch_db, grade, batch_images, batch_record)

tm.flow(batch_db, qa_app, batch_record, grade, batch_images, label="out-of-spec queue")
tm.flow(qa_app, batch_db, review, label="confirm or override")
tm.flow(technician, qa_app, review, protocol="https")
tm.flow(qa_app, technician, batch_record, batch_images, protocol="https")

tm.flow(batch_db, coa_gen, batch_record, grade)
tm.flow(coa_gen, portal, coa, protocol="https")
tm.flow(customer, portal, coa_request, protocol="https")
tm.flow(portal, customer, coa, protocol="https")

tm.flow(batch_db, label_set, batch_images, review, protocol="https", label="weekly export")
tm.flow(label_set, training, training_set)
tm.flow(ml_engineer, training, train_job, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, grader, weights, protocol="https", label="model pull")
