"""Airport security tray X-ray threat detection: the first design, before any security review.

At the airport's central security checkpoint, passengers put cabin bags, liquids and
electronics in trays that pass through CT X-ray scanners. Each tray image goes to a
screening image server on the isolated lane network, which asks an in-house threat
detection model to highlight possible prohibited items (weapons, explosives, large
liquids) with a box and a confidence. The screener at the lane sees the image with the
highlights and alone decides whether the tray goes to manual search; that decision
diverts the tray on the conveyor. Images, highlights and decisions are archived; image
analysts label archived trays, which together with a vendor's library of threat images
form the training set. The ML team retrains the model, keeps versions in a registry,
and a security manager approves each release after certification testing. Screeners
sign in with their own badge and PIN and are trained on the model's limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport security tray X-ray threat detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "A detection model highlights possible prohibited items in cabin-bag tray X-ray "
        "images for screeners, who decide on manual searches."
    ),
)

# ---------------------------------------------------------------- data assets
tray = tg.Data(
    "Cabin bag tray",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The physical tray and its contents as the passenger loads it.",
)
xray_image = tg.Data(
    "Tray X-ray image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Multi-view CT image of one tray, in the scanner vendor's format.",
)
highlights = tg.Data(
    "Threat highlights",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Boxes around possible prohibited items, each with a category and confidence.",
)
annotated_image = tg.Data(
    "Annotated tray image", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_decision = tg.Data(
    "Screener search decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clear or send to manual search, with the screener's id.",
)
divert_command = tg.Data("Tray divert command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
screening_record = tg.Data(
    "Screening record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Image, highlights, decision, lane, time and screener id for each tray.",
)
analyst_labels = tg.Data(
    "Threat labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
labelled_images = tg.Data(
    "Labelled tray images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
threat_library = tg.Data(
    "Threat image library",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="X-ray images of real and replica weapons, IED parts and other prohibited items.",
)
weights = tg.Data("Detection model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release_request = tg.Data("Release request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Checkpoint passenger side", trust=tg.Trust.UNTRUSTED):
    # Any passenger, including one trying to get a prohibited item through.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("Threat image vendor", trust=tg.Trust.PARTNER):
    # Licensed library of threat-item X-ray images, delivered quarterly.
    vendor_library = tm.add(
        tg.DataSource(
            "Vendor threat image library",
            origin=tg.Origin.VENDOR,
            provides={threat_library},
        )
    )

with tm.boundary("Security lane network", trust=tg.Trust.RESTRICTED):
    # CT X-ray scanners, one per lane.
    scanner = tm.add(tg.Device("Lane CT X-ray scanner", fleet=True))
    # Receives every tray image, calls the model and routes results to the screener.
    image_server = tm.add(
        tg.Service(
            "Screening image server",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Object detector that highlights possible prohibited items; it decides nothing itself.
    detector = tm.add(
        tg.Model(
            "Prohibited item detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            controls={c.ModelVersioning()},
            description="Trained in-house; highlights for the screener, who makes the search decision.",
        )
    )
    # The screen at each lane where the screener reads the image and decides.
    display = tm.add(
        tg.Device(
            "Lane screener display",
            fleet=True,
            controls={
                c.Authentication(method="own staff badge and individual PIN"),
                c.UserTraining(
                    note="screeners are certified and taught not to rely on highlights alone"
                ),
            },
        )
    )
    # Conveyor that sends a tray to the manual search bench or back to the passenger.
    conveyor = tm.add(tg.Device("Tray divert conveyor", fleet=True))
    # Certified security officer who reads images and decides on manual search.
    screener = tm.add(tg.Actor("Security screener", role="screener"))

with tm.boundary("Airport ML platform", trust=tg.Trust.INTERNAL):
    # Archive of screening records, for audit and as the source of training images.
    archive = tm.add(
        tg.DataStore(
            "Screening image archive",
            stores={screening_record},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="airport KMS")},
        )
    )
    # Tool where image analysts mark the true threat items in archived trays.
    labeling = tm.add(tg.Pipeline("Tray image labeling", stage=tg.Stage.LABELING))
    # Image analysts from the security training unit.
    analyst = tm.add(tg.Actor("Image analyst", role="labeller"))
    # Labelled archive trays plus vendor threat images.
    training_set = tm.add(
        tg.Dataset(
            "Detector training set",
            stores={labelled_images, threat_library},
            controls={c.DataVersioning()},
        )
    )
    # GPU retraining job run by the ML team.
    training = tm.add(
        tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned store of trained detectors.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry", stores={weights}, controls={c.ModelVersioning()}
        )
    )
    # Pushes an approved model version to the lane network.
    deployment = tm.add(
        tg.Pipeline(
            "Lane model rollout",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.HumanInTheLoop(approver="airport security manager"),
                c.ModelValidation(note="certification test set run before each release"),
            },
        )
    )
    # ML engineer who trains models and prepares releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(passenger, scanner, tray, label="loads tray at the lane, in person")
tm.flow(scanner, image_server, xray_image, protocol="tcp")
tm.flow(image_server, detector, xray_image, protocol="grpc")
tm.flow(detector, image_server, highlights, protocol="grpc")
tm.flow(image_server, display, annotated_image, highlights)
tm.flow(display, screener, annotated_image, highlights, label="on the panel")
tm.flow(screener, display, search_decision, label="on the panel")
tm.flow(display, image_server, search_decision)
tm.flow(image_server, conveyor, divert_command)

tm.flow(
    image_server, archive, screening_record, protocol="https", label="batch upload after each shift"
)
tm.flow(archive, labeling, screening_record)
tm.flow(analyst, labeling, analyst_labels, protocol="https")
tm.flow(labeling, training_set, labelled_images)
tm.flow(vendor_library, training_set, threat_library, protocol="sftp", label="quarterly delivery")
tm.flow(training_set, training, labelled_images, threat_library)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, deployment, release_request, protocol="https", label="requests release")
tm.flow(registry, deployment, weights)
tm.flow(deployment, detector, weights, protocol="https", label="rollout to lanes")
