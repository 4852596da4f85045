"""Cabin bag X-ray threat detection: the first design, before any security review.

At the airport's central security checkpoint, passengers put their cabin bags on the
belt of a CT X-ray scanner. Each lane scanner sends its bag images to an image
gateway in the airport's security operations data centre, which asks an in-house
object detection model (served on an on-premises GPU inference service) to mark
possible threat items (knives, guns, explosives, liquids) with boxes and scores.
The screener at the lane sees every image with the model's marks on a review console
and decides whether the bag goes to a hand search; the search officer records what
the search found. Images, marks, decisions and search outcomes are kept in a
screening record store. The airport's ML team retrains the model on searched bags and
on a licensed threat image library from an aviation security supplier, and an ML
engineer promotes new versions through a registry. Screeners sign in with their own
badge and PIN; the lane network is segregated from the airport's office network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cabin bag X-ray threat detection",
    profile=tg.RiskProfile.HIGH,
    description="An in-house detector flags possible threat items on cabin bag X-ray "
    "images; screeners decide whether each bag is searched.",
)

# ---------------------------------------------------------------- data assets
bag = tg.Data(
    "Cabin bag presented for screening",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The physical bag and its contents, as the passenger puts it on the belt.",
)
xray_image = tg.Data(
    "Bag X-ray image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Multi-view CT volume of one cabin bag, in DICOS format, with lane and time.",
)
detections = tg.Data(
    "Threat item detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Boxes around possible threat items, each with a category and a score.",
)
screening_decision = tg.Data(
    "Screening decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clear or search, with the screener's staff number, lane and time.",
)
search_outcome = tg.Data(
    "Hand search outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="What the search officer found in the bag, if anything.",
)
threat_library = tg.Data(
    "Threat item image library",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Licensed X-ray images of real and replica threat items, restricted "
    "aviation security information.",
)
training_set = tg.Data(
    "Labelled bag image set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detector model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Terminal public area", trust=tg.Trust.UNTRUSTED):
    # Anyone with a boarding pass reaches the belt, including someone hiding an item.
    passenger = tm.add(tg.Actor("Passenger", role="traveller"))

with tm.boundary("Supplier", trust=tg.Trust.PARTNER):
    # The aviation security supplier licenses the threat images we train on.
    library_supplier = tm.add(
        tg.DataSource(
            "Threat image library supplier",
            origin=tg.Origin.VENDOR,
            provides={threat_library},
            description="Quarterly library updates, downloaded over SFTP.",
        )
    )

with tm.boundary("Checkpoint lane network", trust=tg.Trust.INTERNAL):
    # The CT scanners that image each cabin bag.
    scanner = tm.add(
        tg.Device(
            "Lane CT X-ray scanner",
            fleet=True,
            description="Twelve lane scanners from one manufacturer, on a segregated VLAN.",
        )
    )
    # Where the screener looks at each bag with the model's marks.
    console = tm.add(
        tg.Service(
            "Screener review console",
            description="Shows every bag image with the detections overlaid; the screener "
            "clicks clear or search. Search officers record outcomes on the same console.",
            controls={
                c.Authentication(method="individual staff badge and own PIN"),
                c.RBAC(note="screener, search officer and supervisor roles"),
                c.HumanInTheLoop(
                    approver="the lane screener",
                    note="the screener views every image, flagged or not, and decides "
                    "whether the bag is searched",
                ),
            },
        )
    )
    # Security staff who make and act on the decision.
    screener = tm.add(tg.Actor("Screener", role="security screener"))
    search_officer = tm.add(tg.Actor("Search officer", role="security officer"))

with tm.boundary("Security operations data centre", trust=tg.Trust.RESTRICTED):
    # Receives images from all lanes and routes them to the detector and the consoles.
    gateway = tm.add(
        tg.Service(
            "Image gateway",
            description="Receives DICOS images, calls the detector, forwards image and "
            "detections to the lane's console.",
            controls={c.InputValidation(note="DICOS header and size checks")},
        )
    )
    # Serves the detector on the on-premises GPU server.
    inference = tm.add(
        tg.Endpoint(
            "Detection inference service",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            description="If it does not answer within 2 s the image is shown unmarked.",
        )
    )
    # The model that flags possible threat items.
    detector = tm.add(
        tg.Model(
            "Bag threat item detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detection network over CT volumes; flags items above a "
            "per-category score threshold.",
            controls={c.ModelVersioning()},
        )
    )
    # Record of every screening, for audit, performance review and retraining.
    records = tm.add(
        tg.DataStore(
            "Screening record store",
            stores={xray_image, detections, screening_decision, search_outcome},
            controls={
                c.AuditLogging(),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Security ML environment", trust=tg.Trust.INTERNAL):
    # Searched bags with their outcomes plus the licensed library.
    dataset = tm.add(
        tg.Dataset(
            "Detector training set",
            stores={training_set, threat_library},
            purpose=tg.DatasetPurpose.TRAINING,
            controls={c.DataVersioning()},
        )
    )
    # Retrains the detector on the GPU cluster.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="detection rate and false alarm rate on a held-out set per threat category"
                )
            },
        )
    )
    # Holds trained versions until one is promoted.
    registry = tm.add(tg.ModelRegistry("Detector model registry", stores={weights}))
    # Copies an approved version onto the inference server.
    deploy = tm.add(tg.Pipeline("Model deployment job", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Airport corporate network", trust=tg.Trust.INTERNAL):
    # Builds and releases detector versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(passenger, scanner, bag, label="bag placed on the belt in person")
tm.flow(scanner, gateway, xray_image, protocol="dicom")
tm.flow(gateway, inference, xray_image, protocol="grpc")
tm.flow(inference, detector, xray_image)
tm.flow(detector, inference, detections)
tm.flow(inference, gateway, detections, protocol="grpc")
tm.flow(gateway, console, xray_image, detections, protocol="https")
tm.flow(console, screener, xray_image, detections, label="shown on the lane screen")
tm.flow(screener, console, screening_decision, label="clear or search, on the panel")
tm.flow(console, search_officer, xray_image, detections, label="shown at the search table")
tm.flow(search_officer, console, search_outcome, label="entered on the panel")
tm.flow(
    console, records, xray_image, detections, screening_decision, search_outcome, protocol="https"
)

tm.flow(records, dataset, training_set, label="weekly export of searched bags")
tm.flow(library_supplier, dataset, threat_library, protocol="sftp")
tm.flow(dataset, training, training_set, threat_library)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, deploy, release_approval, label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, detector, weights, label="deploy")
