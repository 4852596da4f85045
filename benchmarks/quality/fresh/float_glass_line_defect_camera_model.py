"""Float glass line defect inspection: the first design, before any security review.

Line-scan cameras mounted over the float glass ribbon stream frames to a vision
inference server in the plant OT network. A defect classifier supplied by the
camera vendor labels bubbles, stones and scratches with a confidence, and the
server sends a grade and cut instruction for each plate to the cutting line
controller over OPC UA, which cuts, downgrades or scraps the plate; plates with
no verdict are routed to the manual inspection rack. Defect images go to an
image store; quality engineers review samples in a relabelling tool on the
corporate network, and the relabelled set is uploaded by SFTP to the vendor,
which retrains the model and pushes new versions through the OT remote access
gateway (vendor VPN account). Plate grades are kept in the quality records
database, from which certificates are generated and published on a customer
portal where customers sign in with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Float glass line defect inspection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Vendor-supplied vision model grades glass plates on the float line and drives "
        "the cutting line's downgrade and scrap decisions; results feed customer "
        "quality certificates."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Glass ribbon scan frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
verdict = tg.Data(
    "Defect class and confidence",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cut_instruction = tg.Data(
    "Plate grade and cut instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tracking = tg.Data("Plate tracking events", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
samples = tg.Data(
    "Defect sample images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cropped images of flagged defects with the model's class; process know-how.",
)
labels = tg.Data(
    "Relabelled defect samples",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Defect model artifact",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
health_logs = tg.Data(
    "Inspection system health logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
quality_records = tg.Data(
    "Plate quality records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
certificate = tg.Data(
    "Quality certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
cert_request = tg.Data("Certificate request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Glazing and automotive customers download certificates for their orders.
    customer = tm.add(tg.Actor("Customer quality contact", role="customer"))

with tm.boundary("Camera vendor", trust=tg.Trust.PARTNER):
    # The vendor retrains the classifier on our relabelled samples.
    vendor_training = tm.add(
        tg.Pipeline(
            "Vendor model retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="vendor regression test on a held-out defect set")},
        )
    )
    # The vendor's service that ships new model versions to our line.
    vendor_update = tm.add(
        tg.ExternalService(
            "Vendor model update service",
            description="Pushes new classifier versions and collects health logs.",
        )
    )

with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Line-scan cameras over the ribbon, the eyes of the inspection system.
    cameras = tm.add(tg.Device("Line-scan cameras", fleet=True))
    # Runs the classifier on each frame and turns verdicts into cut instructions.
    vision = tm.add(
        tg.Service(
            "Vision inference server",
            controls={c.ModelVersioning(note="keeps the previous model version for rollback")},
        )
    )
    # The vendor-supplied classifier; its verdicts decide what is scrapped.
    classifier = tm.add(
        tg.Model(
            "Glass defect classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="CNN trained by the camera vendor; classes bubble, stone, scratch, none.",
        )
    )
    # Cuts the ribbon into plates and diverts downgraded or scrapped plates.
    cutter = tm.add(
        tg.Service(
            "Cutting line controller",
            controls={
                c.FailClosed(fallback="plates without a verdict go to the manual inspection rack")
            },
        )
    )
    # The way in for the vendor's remote updates.
    gateway = tm.add(
        tg.Service(
            "OT remote access gateway",
            controls={
                c.Authentication(method="vendor VPN account with password"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Keeps cropped defect images for review.
    image_store = tm.add(tg.DataStore("Defect image store", stores={samples}))
    # MES quality records: the grade of every plate, the basis of certificates.
    quality_db = tm.add(
        tg.DataStore(
            "Quality records database",
            stores={quality_records},
            controls={c.DataVersioning(note="nightly backup")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Quality engineers who check samples and correct the model's classes.
    engineer = tm.add(tg.Actor("Quality engineer", role="quality engineer"))
    # Web tool for reviewing samples and relabelling them.
    review_tool = tm.add(
        tg.Pipeline(
            "Sample review and relabelling tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="corporate Active Directory sign-in"), c.RBAC()},
        )
    )
    # The relabelled set exported to the vendor for retraining.
    label_set = tm.add(tg.Dataset("Relabelled sample set", stores={labels, samples}))
    # Builds certificates per order from the quality records.
    cert_generator = tm.add(tg.Service("Certificate generator"))

with tm.boundary("Customer portal hosting", trust=tg.Trust.INTERNAL):
    # Where customers sign in and fetch their certificates.
    portal = tm.add(
        tg.Endpoint(
            "Customer certificate portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# inspection on the line
tm.flow(cameras, vision, frames, protocol="GigE Vision")
tm.flow(vision, classifier, frames, protocol="local")
tm.flow(classifier, vision, verdict, protocol="local")
tm.flow(vision, cutter, cut_instruction, protocol="opc-ua")
tm.flow(cutter, vision, tracking, protocol="opc-ua")
tm.flow(vision, image_store, samples)
tm.flow(vision, quality_db, quality_records)

# review and relabelling
tm.flow(image_store, review_tool, samples, protocol="https")
tm.flow(review_tool, engineer, samples, protocol="https")
tm.flow(engineer, review_tool, labels, protocol="https")
tm.flow(review_tool, label_set, labels, samples)

# vendor retraining and remote update
tm.flow(label_set, vendor_training, labels, samples, protocol="sftp")
tm.flow(vendor_training, vendor_update, model_file)
tm.flow(vendor_update, gateway, model_file, protocol="ipsec")
tm.flow(gateway, vision, model_file, protocol="https")
tm.flow(vision, gateway, health_logs, protocol="https")
tm.flow(gateway, vendor_update, health_logs, protocol="ipsec")

# quality certificates
tm.flow(quality_db, cert_generator, quality_records)
tm.flow(cert_generator, portal, certificate, protocol="https")
tm.flow(customer, portal, cert_request, protocol="https")
tm.flow(portal, customer, certificate, protocol="https")
