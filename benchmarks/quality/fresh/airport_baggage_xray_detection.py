"""Checked-baggage X-ray threat detection: the first design, before any security review.

A European airport adds a vendor's computer-vision model to its hold-baggage
screening. The CT/X-ray scanners in the baggage hall send each bag's images, with
the bag tag id from the baggage handling system, to an image gateway on the isolated
screening network. An on-premises inference server runs the vendor's detector and
marks suspected prohibited items with boxes and threat scores. Flagged bags appear
on the screeners' workstations in the remote screening room; a certified screener
decides clear or reject, and the decision goes back to the baggage handling system.
Flagged images, with the screener's decision as the label, are kept in an archive
and sent to the vendor by SFTP to retrain the model. The vendor publishes model
updates on its update service; they land in a local registry, are acceptance-tested
on the airport's test set and deployed only after the security manager approves.
Screeners log in with smart cards, are trained on the tool, and decisions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Checked-baggage X-ray threat detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Vendor CV model flags prohibited items in hold-baggage X-ray images for screeners.",
)

# ---------------------------------------------------------------- data assets
xray_images = tg.Data(
    "X-ray bag images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Multi-view CT/X-ray images of a bag's contents, linked to its bag tag.",
)
bag_record = tg.Data(
    "Bag tag record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bag tag number, flight and passenger name record reference.",
)
detections = tg.Data(
    "Detection result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Boxes, item classes and threat scores for one bag.",
)
decision = tg.Data(
    "Screener decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
flagged_images = tg.Data(
    "Flagged bag images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
labels = tg.Data(
    "Screener decision labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_package = tg.Data(
    "Detector model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Vendor-trained weights and detection thresholds.",
)
approval = tg.Data("Deployment approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Screening network", trust=tg.Trust.RESTRICTED):
    # The CT/X-ray machines on the baggage conveyor lines.
    scanners = tm.add(
        tg.Device(
            "X-ray scanners",
            fleet=True,
            description="Certified hold-baggage CT/X-ray machines, one per conveyor line.",
        )
    )
    # Joins each image set to its bag tag and queues it for inference.
    gateway = tm.add(tg.Service("Image acquisition gateway"))
    # Serves the detector to the gateway on local GPUs.
    inference = tm.add(
        tg.Endpoint(
            "Detection inference server",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
        )
    )
    # The vendor's prohibited-item detector; its flags steer a security decision.
    detector = tm.add(
        tg.Model(
            "Prohibited-item detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Licensed vendor weights, run on premises.",
        )
    )
    # Shows flagged bags and records the screener's decision.
    workstation = tm.add(
        tg.Service(
            "Screener workstation",
            controls={
                c.Authentication(method="smart card"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Certified screeners in the remote screening room make the call.
    screener = tm.add(
        tg.Actor(
            "Screener",
            role="certified security screener",
            controls={c.UserTraining(note="recurrent training covers the detector's limits")},
        )
    )
    # Flagged images and decisions kept for retraining.
    archive = tm.add(
        tg.Dataset(
            "Flagged image archive",
            stores={flagged_images, labels},
            purpose="training",
            controls={c.RBAC()},
        )
    )
    # Holds the model versions received from the vendor.
    registry = tm.add(
        tg.ModelRegistry(
            "Local model registry",
            stores={model_package},
            controls={c.ModelVersioning()},
        )
    )
    # Installs an approved model version on the inference server.
    deploy = tm.add(
        tg.Pipeline(
            "Model update deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.ModelValidation(note="site acceptance test on the airport's threat-image set"),
                c.HumanInTheLoop(approver="airport security manager"),
            },
        )
    )

with tm.boundary("Airport operations network", trust=tg.Trust.INTERNAL):
    # Routes bags and receives the clear or reject decision.
    bhs = tm.add(tg.Service("Baggage handling system"))
    # Signs off each model update.
    manager = tm.add(
        tg.Actor("Security manager", role="screening security manager", privileged=True)
    )

with tm.boundary("Screening vendor", trust=tg.Trust.PARTNER):
    # Publishes new model versions to its customers.
    update_service = tm.add(
        tg.ExternalService("Vendor update service", provides=tg.ExternalCategory.MODEL_HUB)
    )
    # Retrains the detector on images collected from customer airports.
    retraining = tm.add(tg.Pipeline("Vendor retraining pipeline", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tm.flow(scanners, gateway, xray_images)
tm.flow(bhs, gateway, bag_record, label="bag tag for the scanned bag")
tm.flow(gateway, inference, xray_images, bag_record)
tm.flow(inference, detector, xray_images)
tm.flow(detector, inference, detections)
tm.flow(inference, workstation, xray_images, detections, label="flagged bags")
tm.flow(workstation, screener, xray_images, detections)
tm.flow(screener, workstation, decision)
tm.flow(workstation, bhs, decision, label="clear or reject")
tm.flow(workstation, archive, flagged_images, labels)

tm.flow(archive, retraining, flagged_images, labels, protocol="sftp", label="monthly export")
tm.flow(retraining, update_service, model_package)
tm.flow(update_service, registry, model_package, protocol="https", label="update download")
tm.flow(registry, deploy, model_package)
tm.flow(manager, deploy, approval, label="approves update")
tm.flow(deploy, detector, model_package, label="install")
