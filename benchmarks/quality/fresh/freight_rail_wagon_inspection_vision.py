"""Freight wagon inspection by camera: the first design, before any security review.

Camera portals beside the main line photograph every passing freight wagon: line-scan
cameras for wheels and brakes, area cameras for couplers, and an AEI tag reader for
the wagon number. An edge gateway in the trackside cabinet bundles the images with
the wagon number and uploads them over the railway's WAN to the operations data
centre, where an ingestion service archives them and calls an in-house defect
detection model. Detections above threshold become alerts in the yard maintenance
planning system; planners check the wagon in the fleet register and send inspectors,
who confirm or reject the defect from a tablet. Confirmed defects are boxed in a
labelling tool and join the training set; the model is fine-tuned from a public
pretrained backbone, versioned in a registry and evaluated before an ML engineer
promotes it. Planning-system users sign in with corporate SSO and roles; the
portals authenticate to ingestion with a per-portal API key.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Freight wagon inspection vision",
    profile=tg.RiskProfile.HIGH,
    description="Trackside cameras and a defect detector that alert yard maintenance planners.",
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Wagon images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wheel, brake and coupler images; occasionally a person near the track.",
)
wagon_id = tg.Data(
    "Wagon number read",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="AEI tag read, axle count and passing time.",
)
portal_key = tg.Data("Portal API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
detections = tg.Data(
    "Defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Boxes, defect class (wheel, brake, coupler) and confidence.",
)
alert = tg.Data(
    "Defect alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fleet_records = tg.Data(
    "Wagon fleet records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Owner, keeper, maintenance history and bad-order status per wagon.",
)
work_order = tg.Data("Inspection work order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
findings = tg.Data(
    "Inspection findings",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Inspector's confirm or reject, with notes and a photo.",
)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_data = tg.Data("Training images and labels", kind="training-data")
backbone = tg.Data(
    "Pretrained backbone weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="ImageNet-pretrained torchvision checkpoint (.pth).",
)
weights = tg.Data(
    "Defect model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch .pt checkpoint.",
)
approval = tg.Data("Promotion approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Source of the pretrained backbone the detector is fine-tuned from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary(
    "Trackside portals",
    trust=tg.Trust.INTERNAL,
    description="Unmanned lineside cabinets on the railway's operational WAN.",
):
    # Cameras, lighting and AEI reader at each portal site.
    portal = tm.add(
        tg.Device(
            "Camera portal",
            fleet=True,
            description="Line-scan and area cameras triggered by wheel sensors, plus AEI reader.",
        )
    )
    # Industrial PC in the cabinet that bundles and uploads each train's images.
    gateway = tm.add(
        tg.Service(
            "Portal edge gateway",
            description="Stitches frames, attaches the wagon number, buffers when the WAN is down.",
        )
    )

with tm.boundary("Operations data centre", trust=tg.Trust.INTERNAL):
    # Receives uploads, archives them and requests detection.
    ingestion = tm.add(
        tg.Pipeline(
            "Image ingestion service",
            stage=tg.Stage.INGESTION,
            controls={
                c.Authentication(method="per-portal API key"),
                c.InputValidation(note="image format, size and wagon-number format checks"),
            },
        )
    )
    # Every image kept for audit and for later labelling.
    archive = tm.add(
        tg.DataStore(
            "Wagon image archive",
            stores={images, wagon_id, detections},
            controls={c.EncryptionAtRest(key_management="storage array encryption")},
        )
    )
    # Serves the detector to the ingestion service.
    inference = tm.add(tg.Endpoint("Detection service", purpose=tg.EndpointPurpose.INFERENCE))
    # The detector itself; a missed cracked wheel can derail a train.
    detector = tm.add(
        tg.Model(
            "Wagon defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector for wheel flats, brake shoe wear and coupler damage.",
        )
    )
    # Existing maintenance planning application: alert queue and work orders.
    planning = tm.add(
        tg.Service(
            "Maintenance planning system",
            controls={c.Authentication(method="corporate SSO"), c.RBAC(), c.AuditLogging()},
        )
    )
    # Existing register of every wagon that runs on the network.
    fleet_register = tm.add(tg.DataStore("Wagon fleet register", stores={fleet_records}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Annotators draw boxes on images of defects the inspectors confirmed.
        labelling = tm.add(tg.Pipeline("Defect labelling tool", stage=tg.Stage.LABELING))
        training_set = tm.add(tg.Dataset("Defect training set", stores={training_data, labels}))
        # Monthly fine-tuning job on a GPU node.
        training = tm.add(
            tg.Pipeline(
                "Fine-tuning pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="recall on a held-out set of confirmed defects")},
            )
        )
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Yard", trust=tg.Trust.INTERNAL):
    # Triages alerts and sends inspectors to the wagon.
    planner = tm.add(tg.Actor("Maintenance planner", role="yard maintenance planner"))
    # Walks to the wagon and confirms or rejects the defect from a tablet.
    inspector = tm.add(tg.Actor("Wagon inspector", role="carriage and wagon inspector"))

with tm.boundary("ML team", trust=tg.Trust.INTERNAL):
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(portal, gateway, images, wagon_id, label="per train pass")
tm.flow(gateway, ingestion, images, wagon_id, portal_key, protocol="https", label="upload")
tm.flow(ingestion, archive, images, wagon_id)
tm.flow(ingestion, inference, images, wagon_id)
tm.flow(inference, detector, images)
tm.flow(detector, inference, detections)
tm.flow(inference, ingestion, detections)
tm.flow(ingestion, archive, detections, label="store detections")
tm.flow(ingestion, planning, alert, protocol="https", label="detections above threshold")

tm.flow(planning, fleet_register, wagon_id, label="look up wagon")
tm.flow(fleet_register, planning, fleet_records)
tm.flow(planning, fleet_register, findings, label="bad-order status")
tm.flow(archive, planning, images, label="alert thumbnails")
tm.flow(planning, planner, alert, images, fleet_records, protocol="https")
tm.flow(planner, planning, work_order, protocol="https", label="dispatch inspector")
tm.flow(planning, inspector, work_order, protocol="https")
tm.flow(inspector, planning, findings, protocol="https", label="confirm or reject")

tm.flow(planning, labelling, findings, label="confirmed defects")
tm.flow(archive, labelling, images)
tm.flow(labelling, training_set, training_data, labels)
tm.flow(training_set, training, training_data, labels)
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, protocol="https", label="promote version")
tm.flow(registry, detector, weights, label="deploy")
