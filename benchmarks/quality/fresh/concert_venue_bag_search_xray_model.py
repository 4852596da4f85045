"""Concert venue bag screening: the first design, before any security review.

A UK arena screens every bag at its entrance lanes with X-ray scanners. Each
scanner sends its images over the lane network to an edge server in the venue
server room, where an object detector, fine-tuned by our ML team from an open-weights
base model, boxes knives, guns, pyrotechnics and other prohibited items. The
screener at each lane sees every image with the highlights on a screening console
(vendor software, one shared operator PIN per lane) and decides whether the bag is
cleared or sent for a hand search; the search officer records what was found, and
confiscations and ejections go to the incident log. Images, detections and search
outcomes are archived for 30 days and exported weekly to a cloud ML workspace for
retraining; the training pipeline validates each model before it enters a
versioned registry, from which it is deployed to the edge server before events.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Concert venue bag screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="X-ray bag screening at venue entrances with a prohibited-item detector.",
)

# ---------------------------------------------------------------- data assets
bag = tg.Data("Bag contents", description="The physical bag a guest puts on the conveyor.")
xray_images = tg.Data(
    "X-ray bag images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Dual-energy images of each bag, with lane and timestamp.",
)
detections = tg.Data(
    "Prohibited item detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Bounding boxes, item classes and confidence scores per image.",
)
annotated = tg.Data("Annotated bag image", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
screening_decision = tg.Data("Screening decision", kind="records", description="Clear or search.")
search_request = tg.Data("Hand search request", kind="records")
search_outcome = tg.Data(
    "Search outcome",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the hand search found, per bag.",
)
incident = tg.Data(
    "Incident reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confiscations, ejections and police referrals, with guest name and ticket ID.",
)
training_images = tg.Data(
    "Labelled X-ray images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
labels = tg.Data(
    "Search outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
base_weights = tg.Data("Base detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle")
training_code = tg.Data("Training code and configuration", kind="code")
weights = tg.Data(
    "Prohibited item detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Venue public area", trust=tg.Trust.UNTRUSTED):
    # Any ticket holder; some will try to get prohibited items past the lanes.
    guest = tm.add(tg.Actor("Concertgoer", role="guest"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights base detector is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Entrance lanes", trust=tg.Trust.INTERNAL):
    # Contracted security staff reading the X-ray images.
    screener = tm.add(tg.Actor("X-ray screener", role="security staff"))
    # Contracted security staff doing the hand searches.
    search_officer = tm.add(tg.Actor("Bag search officer", role="security staff"))
    # The conveyor X-ray machines, one per lane.
    scanners = tm.add(
        tg.Device("Entrance X-ray scanners", description="Vendor dual-energy conveyor scanners.")
    )
    # The screen at each lane where images, highlights and outcomes meet.
    console = tm.add(
        tg.Endpoint(
            "Screening console",
            purpose=tg.EndpointPurpose.API,
            description="Lane workstation app; the screener decides every bag.",
            controls={
                c.Authentication(method="shared operator PIN per lane"),
                c.HumanInTheLoop(approver="the lane's X-ray screener reviews every image"),
            },
        )
    )

with tm.boundary("Venue server room", trust=tg.Trust.RESTRICTED):
    # Receives images from all lanes, runs the detector, feeds the consoles.
    edge = tm.add(
        tg.Service("Screening edge server", description="GPU server shared by all lanes.")
    )
    # The detector that highlights prohibited items.
    detector = tm.add(
        tg.Model(
            "Prohibited item detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights object detector fine-tuned on our own bag images.",
        )
    )
    # Short-term archive of images and what happened to each bag.
    archive = tm.add(
        tg.DataStore(
            "Screening image archive",
            stores={xray_images, detections, screening_decision, search_outcome},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # The venue's security incident log.
    incident_log = tm.add(tg.DataStore("Incident log", stores={incident}, controls={c.RBAC()}))

with tm.boundary("Cloud ML workspace", trust=tg.Trust.INTERNAL):
    # Images from past events labelled with what the hand search found.
    dataset = tm.add(tg.Dataset("Bag image training set", stores={training_images, labels}))
    # Fine-tunes the detector and checks it against held-out event images.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={c.ModelValidation()},
        )
    )
    # Versioned detector releases for the edge server.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs training and deploys detector versions before events.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(guest, scanners, bag, label="bag placed on the conveyor in person")
tm.flow(scanners, edge, xray_images, protocol="dicos", label="lane network")
tm.flow(edge, detector, xray_images)
tm.flow(detector, edge, detections)
tm.flow(edge, console, annotated, detections, protocol="http")
tm.flow(console, screener, annotated, label="on the lane screen")
tm.flow(screener, console, screening_decision, label="on the lane screen")
tm.flow(console, edge, screening_decision, search_outcome, protocol="http")
tm.flow(console, search_officer, search_request, label="on the lane screen")
tm.flow(search_officer, console, search_outcome, incident, label="on the lane screen")
tm.flow(console, incident_log, incident, protocol="https")
tm.flow(edge, archive, xray_images, detections, screening_decision, search_outcome)

tm.flow(archive, dataset, training_images, labels, protocol="https", label="weekly export")
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(dataset, training, training_images, labels)
tm.flow(ml_engineer, training, training_code, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, protocol="https", label="deploy before each event")
