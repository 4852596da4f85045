"""Cabin-baggage X-ray threat detection: the first design, before any security review.

Passengers put their cabin bags in trays at the security checkpoint. Each lane's X-ray
scanner sends its multi-view images to a detection service in the airport's security
data centre, where an in-house detector marks possible threat items (knives, guns,
IED components, liquids) with a box, a category and a confidence. The screening
workstation shows the image with the highlights to the operator, who clears the bag
or sends it for a manual search; high-confidence firearm and explosive detections are
diverted to the search lane by the tray return system without waiting for the
operator. Search officers recall the image at the search station and record what
they found. Images, detections, decisions and search outcomes are archived for 30
days; annotators label a sample of them, which joins the vendor's threat image library
for retraining. Operators sign in with a badge and PIN and their decisions are logged;
each model version passes the national test set before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cabin-baggage X-ray threat detection",
    profile=tg.RiskProfile.HIGH,
    description="Detector that highlights threat items on X-ray images at the checkpoint "
    "and sends bags for manual search.",
)

# ---------------------------------------------------------------- data assets
cabin_bag = tg.Data(
    "Cabin bag",
    description="The physical bag and its contents, in a tray on the belt.",
)
xray_images = tg.Data(
    "X-ray bag images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Multi-view dual-energy images of one tray, keyed by tray id.",
)
detections = tg.Data(
    "Threat detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Boxes around possible threat items, with category and confidence.",
)
divert_instruction = tg.Data(
    "Divert instruction",
    kind="records",
    description="Send this tray to the search lane (from a high-confidence detection).",
)
operator_decision = tg.Data(
    "Operator search decision",
    kind="records",
    description="Clear or search, with the operator id and the tray id.",
)
search_outcome = tg.Data(
    "Manual search outcome",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What the search found (item category, location in bag), officer id.",
)
annotations = tg.Data(
    "Threat annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled training images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
vendor_library = tg.Data(
    "Vendor threat image library",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Images of staged bags with real and simulated threat items.",
)
training_config = tg.Data("Training configuration", kind="code")
model_weights = tg.Data(
    "Detection model weights",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Checkpoint public area", trust=tg.Trust.UNTRUSTED):
    # The person whose bag is screened; someone may try to get an item past the lane.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("Vendor", trust=tg.Trust.PARTNER):
    # The X-ray vendor's library of staged threat images, delivered for retraining.
    vendor_source = tm.add(
        tg.DataSource(
            "Vendor threat image library",
            id="vendor-image-library",
            origin=tg.Origin.VENDOR,
            provides={vendor_library},
        )
    )

with tm.boundary("Screening network", trust=tg.Trust.INTERNAL):
    # One scanner per lane: produces the images everything else works from.
    scanner = tm.add(
        tg.Device(
            "X-ray scanner",
            fleet=True,
            description="Dual-view cabin-baggage X-ray machine, one per lane.",
        )
    )
    # Operator and search-station screens: show images with highlights, take decisions.
    workstation = tm.add(
        tg.Service(
            "Screening workstation",
            description="Operator screens at the lanes and image recall at search stations.",
            controls={
                c.Authentication(method="personal ID badge and PIN"),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(
                    approver="screening operator",
                    note="the operator clears or sends to search every bag the model "
                    "has not already diverted",
                ),
            },
        )
    )
    # Moves trays to the search lane when told to.
    tray_controller = tm.add(
        tg.Service(
            "Tray divert controller",
            description="Controller of the automated tray return system's divert gate.",
        )
    )
    # Looks at every image and decides clear or search.
    operator = tm.add(tg.Actor("Screening operator", role="screening operator"))
    # Searches diverted bags by hand and records what was found.
    search_officer = tm.add(tg.Actor("Search officer", role="security officer"))

with tm.boundary("Security data centre", trust=tg.Trust.RESTRICTED):
    # Receives each lane's images, runs the detector and fans out the results.
    detection_service = tm.add(
        tg.Endpoint(
            "Detection service",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
        )
    )
    # The detector itself: boxes, categories and confidences per image.
    model = tm.add(
        tg.Model(
            "Threat item detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector over X-ray images; firearm and explosive "
            "detections above 0.9 divert the tray automatically.",
            controls={
                c.ModelValidation(note="national certification test set run before release"),
            },
        )
    )
    # Keeps images, detections, decisions and outcomes for audit and relabelling.
    archive = tm.add(
        tg.DataStore(
            "Screening image archive",
            stores={xray_images, detections, operator_decision, search_outcome},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="on-premises HSM"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # The versions of the detector that serving loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("ML development environment", trust=tg.Trust.INTERNAL):
    # Pulls a sample of archived images and has annotators draw the threat boxes.
    labeling = tm.add(tg.Pipeline("Annotation pipeline", stage=tg.Stage.LABELING))
    # Curated images with boxes: archive samples plus the vendor library.
    dataset = tm.add(
        tg.Dataset(
            "Labelled image library",
            stores={training_images, annotations, vendor_library},
        )
    )
    # Retrains the detector and exports ONNX weights.
    training = tm.add(tg.Pipeline("Detector training", stage=tg.Stage.TRAINING))
    # Seconded screeners who label threat items on images.
    annotator = tm.add(tg.Actor("Image annotator", role="image annotator"))
    # Builds and releases the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# screening
tm.flow(passenger, scanner, cabin_bag, label="bag placed in a tray by hand")
tm.flow(scanner, detection_service, xray_images, protocol="dicos")
tm.flow(detection_service, model, xray_images)
tm.flow(model, detection_service, detections)
tm.flow(detection_service, workstation, xray_images, detections, protocol="https")
tm.flow(detection_service, tray_controller, divert_instruction, protocol="opc-ua")
tm.flow(workstation, operator, xray_images, detections, label="shown on the operator's screen")
tm.flow(operator, workstation, operator_decision, label="clear or search")
tm.flow(workstation, tray_controller, operator_decision, protocol="opc-ua")
tm.flow(tray_controller, search_officer, cabin_bag, label="diverted tray")
tm.flow(
    workstation, search_officer, xray_images, detections, label="image recall at search station"
)
tm.flow(search_officer, workstation, search_outcome, label="records what was found")

# archive
tm.flow(detection_service, archive, xray_images, detections)
tm.flow(workstation, archive, operator_decision, search_outcome, protocol="https")

# retraining
tm.flow(archive, labeling, xray_images, search_outcome, label="weekly sample export")
tm.flow(labeling, annotator, xray_images)
tm.flow(annotator, labeling, annotations)
tm.flow(labeling, dataset, training_images, annotations)
tm.flow(vendor_source, dataset, vendor_library, protocol="sftp", label="quarterly delivery")
tm.flow(dataset, training, training_images, annotations, vendor_library)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, model_weights)
tm.flow(registry, detection_service, model_weights, label="deploy released version")
