"""Regional airport security lanes: X-ray threat detection aid, first design.

Passengers put their cabin bags through the X-ray scanner in each of the four
security lanes. The scanner sends every image to the lane screening server in
the checkpoint equipment room, which runs the vendor's threat detection model and
shows the image with boxes around possible threats on the screener's workstation.
The screener decides whether the bag goes to a manual search and records the
decision and the search result. Images, flags and decisions are kept in a local
archive; a nightly job exports them (screener IDs removed) to the X-ray vendor,
who retrains the model and publishes regulator-certified updates that the lane
server installs. The aviation regulator's inspectors push covert test bags through
the lanes; the security manager reports each test's outcome to the regulator.
Controls: badge-and-PIN sign-in for screeners, the screener decides every search,
signed and version-pinned model updates, certification testing of each release,
SFTP to the vendor, a 30-day local archive under role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional airport security lane X-ray threat detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Cabin-bag X-ray threat flags for screeners; images and decisions "
    "retrain the vendor's model; the regulator tests lanes with covert bags.",
)

# ---------------------------------------------------------------- data assets
bag = tg.Data(
    "Cabin bag contents",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the passenger packed, as the scanner sees it.",
)
test_bag = tg.Data(
    "Covert test bag",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A bag with a concealed test article, unannounced to the lane staff.",
)
xray_image = tg.Data(
    "Cabin bag X-ray image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Multi-view image with lane id and timestamp; not linked to the passenger.",
)
threat_flags = tg.Data(
    "Threat detection flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Boxes and threat categories (knife, gun part, IED component, liquid).",
)
decision = tg.Data(
    "Screener search decision",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Clear or search, the search result, and the screener's staff id.",
)
performance = tg.Data(
    "Lane and screener performance records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Throughput, search rates and covert test results per lane and screener.",
)
covert_report = tg.Data(
    "Covert test outcome report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
training_export = tg.Data(
    "Image and decision training export",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Images, model flags and screener decisions, staff ids removed.",
)
model_package = tg.Data(
    "Threat detection model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Terminal landside", trust=tg.Trust.UNTRUSTED):
    # Any traveller can put any bag on the belt, including one built to evade detection.
    passenger = tm.add(tg.Actor("Passenger", role="traveller"))

with tm.boundary("Aviation regulator", trust=tg.Trust.PARTNER):
    # The regulator's inspectors run unannounced covert tests and receive the outcomes.
    inspector = tm.add(tg.Actor("Regulator covert test inspector", role="inspector"))

with tm.boundary("Security checkpoint network", trust=tg.Trust.INTERNAL):
    # One cabin-bag X-ray machine per lane; the image source for everything downstream.
    scanner = tm.add(
        tg.Device(
            "Lane X-ray scanner",
            fleet=True,
            description="Dual-view cabin baggage X-ray, four lanes.",
        )
    )
    # Where the screener sees the image and the flags and records the decision.
    workstation = tm.add(
        tg.Device(
            "Screener workstation",
            fleet=True,
            controls={
                c.Authentication(method="individual staff badge and own PIN"),
                c.UserTraining(note="certified screener training, including the aid's limits"),
            },
        )
    )
    # The certified screener: the aid only flags, the screener decides.
    screener = tm.add(tg.Actor("Screener", role="security screener"))
    # Runs the checkpoint, reviews lane statistics and reports covert tests.
    manager = tm.add(tg.Actor("Security manager", role="checkpoint manager", privileged=True))
    # Web console for lane statistics and covert test records.
    console = tm.add(
        tg.Service(
            "Checkpoint management console",
            controls={
                c.Authentication(method="individual airport directory account and password"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Checkpoint equipment room", trust=tg.Trust.RESTRICTED):
        # Receives images, calls the model, routes image and flags to the lane display.
        lane_server = tm.add(
            tg.Service(
                "Lane screening server",
                controls={c.AuditLogging(note="every image, flag and decision, for the regulator")},
            )
        )
        # The vendor's detector, running on the lane server's GPU.
        detector = tm.add(
            tg.Model(
                "Cabin bag threat detection model",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                description="Trained by the X-ray vendor on images from its customer "
                "airports; flags possible threats for the screener.",
                controls={
                    c.HumanInTheLoop(approver="the screener on the lane decides every search"),
                    c.SignedModels(note="vendor-signed packages, verified before install"),
                    c.ModelVersioning(note="only the regulator-certified version is installed"),
                },
            )
        )
        # Local copy of images, flags and decisions for audit and the vendor export.
        archive = tm.add(
            tg.DataStore(
                "Image and decision archive",
                stores={xray_image, threat_flags, decision, performance},
                controls={c.RBAC(), c.RetentionLimits(days=30)},
            )
        )
        # Nightly export of the day's images and decisions to the vendor.
        export_job = tm.add(
            tg.Service(
                "Nightly training export job",
                controls={c.DataMinimization(note="screener staff ids removed before export")},
            )
        )

with tm.boundary("X-ray vendor cloud", trust=tg.Trust.PARTNER):
    # Pooled training images from all the vendor's customer airports.
    vendor_dataset = tm.add(
        tg.Dataset("Vendor training image set", stores={training_export}, purpose="training")
    )
    # The vendor's retraining of the detector.
    vendor_training = tm.add(tg.Pipeline("Vendor detector retraining", stage=tg.Stage.TRAINING))
    # Where certified releases are published for airports to install.
    vendor_release = tm.add(
        tg.ModelRegistry(
            "Vendor model release service",
            stores={model_package},
            controls={c.ModelValidation(note="each release passes regulator certification tests")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(passenger, scanner, bag, label="bag placed in a tray on the belt")
tm.flow(inspector, scanner, test_bag, label="test bag placed in a tray on the belt")
tm.flow(scanner, lane_server, xray_image)
tm.flow(lane_server, detector, xray_image)
tm.flow(detector, lane_server, threat_flags)
tm.flow(lane_server, workstation, xray_image, threat_flags)
tm.flow(workstation, screener, xray_image, threat_flags, label="shown on the lane display")
tm.flow(screener, workstation, decision, label="clear or search, and the search result")
tm.flow(workstation, lane_server, decision)
tm.flow(lane_server, archive, xray_image, threat_flags, decision)

tm.flow(archive, console, performance, label="daily lane statistics")
tm.flow(manager, console, performance, label="records covert test outcomes")
tm.flow(console, manager, performance, covert_report, protocol="https")
tm.flow(manager, inspector, covert_report, protocol="smtp+starttls", label="e-mailed report")

tm.flow(archive, export_job, xray_image, threat_flags, decision, label="nightly export")
tm.flow(export_job, vendor_dataset, training_export, protocol="sftp")
tm.flow(vendor_dataset, vendor_training, training_export)
tm.flow(vendor_training, vendor_release, model_package)
tm.flow(vendor_release, lane_server, model_package, protocol="https", label="certified update")
tm.flow(lane_server, detector, model_package, label="install")
