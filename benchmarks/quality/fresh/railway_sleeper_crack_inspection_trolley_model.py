"""Sleeper and fastening inspection trolley: the first design, before any security review.

The railway infrastructure manager runs a small fleet of push/motorised inspection
trolleys fitted with downward-looking line-scan cameras. An edge computer on each
trolley runs an in-house detector that flags cracked concrete sleepers and loose or
missing rail fastenings, tagging each detection with a GNSS/odometry chainage.
The operator starts a run for a line section on the trolley's touchscreen.
Detections and image crops are uploaded over 4G (HTTPS, per-trolley API key) to an
upload endpoint in the rail data centre and kept in an image store. Track maintenance
engineers review detections in a web app (corporate SSO with MFA) and confirm each
one before a work order is raised in the enterprise asset management system (EAM).
Their verdicts become labels for retraining; new detector versions are promoted
from a model registry after an evaluation gate and pushed back to the trolleys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sleeper crack inspection trolley",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Line-scan camera trolley detecting cracked sleepers and loose fastenings, "
        "raising track maintenance work orders after engineer review."
    ),
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Line-scan sleeper images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
position = tg.Data(
    "GNSS and odometry position fix",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Latitude/longitude and track chainage from the wheel odometer.",
)
run_details = tg.Data(
    "Inspection run details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line section, track, direction and operator staff number.",
)
run_status = tg.Data("Run status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Sleeper defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Defect class, confidence, chainage and image crop per suspect sleeper.",
)
verdicts = tg.Data(
    "Engineer review verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
work_orders = tg.Data(
    "Track maintenance work orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
asset_register = tg.Data(
    "Sleeper and fastening asset register extract",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
training_images = tg.Data(
    "Labelled sleeper image set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
detector_weights = tg.Data(
    "Sleeper detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
approval = tg.Data("Detector release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Inspection trolley", trust=tg.Trust.INTERNAL):
    # The sensor head: two line-scan cameras with strobe lighting over each rail.
    cameras = tm.add(tg.Device("Line-scan camera rig", fleet=True))
    # Tags every image line with where on the network it was taken.
    gnss = tm.add(tg.Device("GNSS and odometry unit", fleet=True))
    # Rail staff walking or driving the trolley along the closed line.
    operator = tm.add(tg.Actor("Trolley operator", role="track inspection operator"))
    # Rugged PC on the trolley: buffers images, runs the detector, uploads results.
    edge = tm.add(
        tg.Service(
            "Trolley edge computer",
            description="Runs the detector on the line-scan stream and queues uploads over 4G.",
        )
    )
    # The detector itself, executed on the trolley's GPU.
    detector = tm.add(
        tg.Model(
            "Sleeper defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags cracked concrete sleepers and loose or missing fastenings.",
        )
    )

with tm.boundary("Rail data centre", trust=tg.Trust.INTERNAL):
    # Where trolleys post their detections and image crops.
    upload = tm.add(
        tg.Endpoint(
            "Inspection upload endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-trolley API key")},
        )
    )
    # Holds every uploaded image crop and detection for review and audit.
    image_store = tm.add(tg.DataStore("Inspection image store", stores={images, detections}))
    # Web app where engineers confirm or reject each detection.
    review = tm.add(
        tg.Service(
            "Defect review service",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.HumanInTheLoop(
                    approver="track maintenance engineer",
                    note="every detection is confirmed before a work order is raised",
                ),
            },
        )
    )
    # The existing enterprise asset management system: asset register and work orders.
    eam = tm.add(
        tg.DataStore(
            "Enterprise asset management system",
            stores={work_orders, asset_register},
            controls={c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Confirmed and rejected crops, kept for retraining.
        dataset = tm.add(tg.Dataset("Labelled sleeper dataset", stores={training_images}))
        # Periodic retraining of the detector on the labelled crops.
        training = tm.add(tg.Pipeline("Detector training pipeline", stage=tg.Stage.TRAINING))
        # Versioned detector builds.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model registry",
                stores={detector_weights},
                controls={c.ModelVersioning()},
            )
        )
        # Pushes an approved detector version to the trolleys.
        deploy = tm.add(
            tg.Pipeline(
                "Trolley model deployment",
                stage=tg.Stage.DEPLOYMENT,
                controls={
                    c.ModelValidation(note="hold-out set of confirmed defects must not regress")
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews detections and decides on maintenance work.
    engineer = tm.add(tg.Actor("Track maintenance engineer", role="track engineer"))
    # Owns the detector: trains it and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# on the trolley
tm.flow(cameras, edge, images)
tm.flow(gnss, edge, position)
tm.flow(operator, edge, run_details, label="starts a run")
tm.flow(edge, operator, run_status, label="live run status")
tm.flow(edge, detector, images)
tm.flow(detector, edge, detections)

# upload over 4G
tm.flow(edge, upload, detections, images, run_details, protocol="https", label="4G upload")
tm.flow(upload, image_store, detections, images, run_details)

# review and work orders
tm.flow(image_store, review, detections, images)
tm.flow(review, engineer, detections, images, protocol="https")
tm.flow(engineer, review, verdicts, protocol="https")
tm.flow(eam, review, asset_register, protocol="https", label="chainage to asset id")
tm.flow(review, eam, work_orders, protocol="https", label="raise work order")

# retraining and release
tm.flow(review, dataset, verdicts, images, label="reviewed crops")
tm.flow(dataset, training, training_images)
tm.flow(training, registry, detector_weights)
tm.flow(ml_engineer, deploy, approval, label="approves release")
tm.flow(registry, deploy, detector_weights)
tm.flow(deploy, edge, detector_weights, protocol="https", label="over 4G or depot Wi-Fi")
