"""Freight wagon wheel defect detection: the first design, before any security review.

Wayside detector sites beside the main lines photograph the wheels of every passing
wagon, listen to its bearings with acoustic sensors and read its RFID wagon tag. A
wayside edge server in the trackside cabinet sends each train's wheel images to the
sensor vendor's cloud platform, whose vision model returns flats and cracks found.
The edge server applies our alarm thresholds: a severe defect raises an alarm on the
control centre console, and the rail traffic controller calls the driver to stop the
train; lesser defects become work orders in the maintenance system the depots use.
The vendor keeps the images, has its staff label them, and retrains and redeploys
the model itself, also from the inspection outcomes the depots record. Controls:
TLS and a per-site API key to the vendor, sign-in on the console and the maintenance
system, vendor regression tests and versioned model releases.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Freight wagon wheel defect detection",
    profile=tg.RiskProfile.HIGH,
    description="Wayside cameras and a vendor-hosted vision model flag wheel flats and "
    "cracks; severe defects make the control centre stop the train.",
)

# ---------------------------------------------------------------- data assets
wheel_images = tg.Data(
    "Wheel images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="High-speed photographs of each wheel tread and flange of a passing train.",
)
acoustic_readings = tg.Data(
    "Acoustic bearing readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tag_reads = tg.Data(
    "Wagon tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wagon numbers and axle order read from the RFID tags of the passing train.",
)
detections = tg.Data(
    "Wheel defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per wheel: defect type (flat, crack, shelling), size estimate and confidence.",
)
alarm = tg.Data(
    "Severe defect alarm",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Train id, wagon, axle and defect that breach the stop threshold.",
)
acknowledgement = tg.Data("Alarm acknowledgement", kind="records")
stop_instruction = tg.Data(
    "Stop-and-examine instruction",
    kind="media",
    description="The controller's spoken instruction to the driver to stop the train.",
)
work_order = tg.Data("Wheel work order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inspection_outcome = tg.Data(
    "Depot inspection outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the depot found on the flagged wheel: confirmed, measured, or no defect.",
)
image_labels = tg.Data(
    "Wheel image labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
detector_weights = tg.Data(
    "Defect model artifact",
    format="unknown",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The vendor's packaged detector; its serialization is the vendor's choice.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Trackside detector site", trust=tg.Trust.INTERNAL):
    # Line-scan cameras triggered by wheel sensors: the primary input to the detector.
    cameras = tm.add(tg.Device("Wheel imaging cameras", fleet=True))
    # Acoustic bearing detectors: a second, independent signal of wheel and bearing faults.
    acoustic = tm.add(tg.Device("Acoustic bearing sensors", fleet=True))
    # RFID reader: ties each image and reading to a wagon number.
    tag_reader = tm.add(tg.Device("Wagon tag reader", fleet=True))
    # Cabinet server: bundles passages, calls the vendor, applies alarm thresholds.
    edge = tm.add(
        tg.Service(
            "Wayside edge server",
            description="Builds the train passage record, sends images to the vendor, "
            "combines detections with acoustic readings and raises alarms and work orders.",
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Sensor vendor platform", trust=tg.Trust.PARTNER):
    # The vendor's API that receives images and inspection outcomes from every site.
    ingestion = tm.add(
        tg.Endpoint(
            "Vendor image ingestion API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={tg.controls.Authentication(method="per-site API key issued by the vendor")},
        )
    )
    # The vision model: detects flats, cracks and shelling on wheel images.
    detector = tm.add(
        tg.Model(
            "Wheel defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="The vendor's convolutional detector; its output decides whether "
            "a train is stopped.",
        )
    )
    # All images the vendor keeps, with labels, for retraining.
    archive = tm.add(
        tg.Dataset(
            "Wheel image archive",
            stores={wheel_images, image_labels, inspection_outcome},
            controls={tg.controls.EncryptionAtRest(key_management="vendor cloud KMS")},
        )
    )
    # Vendor staff who label defects on archived images.
    annotator = tm.add(tg.Actor("Vendor image annotator", role="labeler"))
    # Periodic retraining of the detector on the grown archive.
    retraining = tm.add(
        tg.Pipeline(
            "Vendor retraining pipeline",
            stage=tg.Stage.TRAINING,
            controls={
                tg.controls.ModelValidation(note="vendor regression test set before release")
            },
        )
    )
    # Where the vendor keeps released detector versions and deploys from.
    registry = tm.add(
        tg.ModelRegistry(
            "Vendor model registry",
            stores={detector_weights},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Control centre", trust=tg.Trust.RESTRICTED):
    # Where severe-defect alarms appear for the controller on duty.
    console = tm.add(
        tg.Service(
            "Defect alarm console",
            controls={
                tg.controls.Authentication(method="control centre workstation sign-in"),
                tg.controls.HumanInTheLoop(approver="rail traffic controller"),
            },
        )
    )
    # The person who decides to stop the train.
    controller = tm.add(tg.Actor("Rail traffic controller", role="controller"))

with tm.boundary("Train cab", trust=tg.Trust.INTERNAL):
    # Driver of the freight train, reached over the railway's GSM-R network.
    driver = tm.add(tg.Actor("Train driver", role="driver"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Enterprise asset management system that holds wheel work orders for the depots.
    maintenance = tm.add(
        tg.Service(
            "Maintenance management system",
            controls={
                tg.controls.Authentication(method="corporate SSO"),
                tg.controls.RBAC(),
            },
        )
    )
    # Depot staff who inspect and repair flagged wheelsets.
    technician = tm.add(tg.Actor("Depot technician", role="maintenance staff"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, wheel_images, label="per-axle image capture")
tm.flow(acoustic, edge, acoustic_readings)
tm.flow(tag_reader, edge, tag_reads)

tm.flow(edge, ingestion, wheel_images, tag_reads, protocol="https", label="train passage")
tm.flow(ingestion, detector, wheel_images)
tm.flow(detector, ingestion, detections)
tm.flow(ingestion, edge, detections, protocol="https")
tm.flow(ingestion, archive, wheel_images, inspection_outcome)

tm.flow(edge, console, alarm, protocol="https")
tm.flow(console, edge, acknowledgement, protocol="https")
tm.flow(console, controller, alarm, label="alarm on screen")
tm.flow(controller, console, acknowledgement, label="acknowledges")
tm.flow(controller, driver, stop_instruction, protocol="gsm voice", label="GSM-R call")

tm.flow(edge, maintenance, work_order, protocol="https")
tm.flow(maintenance, technician, work_order, protocol="https")
tm.flow(technician, maintenance, inspection_outcome, protocol="https")
tm.flow(maintenance, ingestion, inspection_outcome, protocol="https", label="weekly export")

tm.flow(annotator, archive, image_labels, protocol="https")
tm.flow(archive, retraining, wheel_images, image_labels, inspection_outcome)
tm.flow(retraining, registry, detector_weights)
tm.flow(registry, detector, detector_weights, label="vendor deploys new version")
