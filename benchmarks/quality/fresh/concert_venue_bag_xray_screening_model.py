"""Concert venue bag X-ray screening: the first design, before any security review.

An arena operator adds an object-detection model to the bag X-ray scanners at its
entrances. Each scanner sends its images over the venue LAN to an on-site inference
server, where a vendor-supplied detector marks possible weapons, pyrotechnics and
power banks; the marked image appears on the scanner console, and the screening
staff (signed in with badge and PIN) accept or dismiss every alert. Staff still see
every bag image, with or without a highlight. Images of alerts and the staff decision
are kept in an alert image store for 30 days, then deleted. A statistics service
counts alerts per entrance for the security manager's dashboard (behind the venue's
single sign-on) and sends anonymised alert statistics to the scanner vendor's cloud
portal. Each quarter the venue IT administrator downloads the vendor's model update
from that portal and installs it on the inference server, keeping the previous
version for rollback.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Concert venue bag X-ray screening model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "AI-assisted bag X-ray screening at arena entrances, with vendor model updates "
        "and per-entrance alert statistics."
    ),
)

# ---------------------------------------------------------------- data assets
xray_images = tg.Data(
    "Bag X-ray images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Images of attendees' bag contents, tagged with lane and time.",
)
detections = tg.Data(
    "Detection alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Boxes and classes (weapon, pyrotechnic, power bank) with scores.",
)
staff_decision = tg.Data(
    "Staff alert decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accept (bag searched) or dismiss, per alert.",
)
alert_records = tg.Data(
    "Alert images and decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
entrance_stats = tg.Data(
    "Alert rates per entrance", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
vendor_stats = tg.Data(
    "Anonymised alert statistics", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
model_update = tg.Data(
    "Detector model update",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
install_approval = tg.Data(
    "Update install approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Entrance screening lanes", trust=tg.Trust.INTERNAL):
        # Takes an image of every bag at an entrance lane.
        scanner = tm.add(tg.Device("Bag X-ray scanner", fleet=True))
        # Shows the image with highlights; staff accept or dismiss alerts here.
        console = tm.add(
            tg.Device(
                "Scanner console",
                fleet=True,
                controls={
                    c.Authentication(method="staff badge and PIN"),
                    c.HumanInTheLoop(approver="screening staff accept or dismiss each alert"),
                },
            )
        )
        # Screeners at the lanes; they decide which bags are searched.
        staff = tm.add(tg.Actor("Screening staff", role="security screener"))

    with tm.boundary("Venue server room", trust=tg.Trust.RESTRICTED):
        # Receives images from every lane, runs the detector, returns highlights.
        server = tm.add(tg.Service("On-site inference server"))
        # The vendor's object detector, run locally.
        detector = tm.add(
            tg.Model(
                "Prohibited item detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                returns_scores=True,
                description="Vendor-trained weights delivered to the venue and run on-site.",
            )
        )
        # Alert images and staff decisions, kept 30 days.
        alert_store = tm.add(
            tg.DataStore(
                "Alert image store",
                stores={alert_records},
                controls={c.RetentionLimits(days=30), c.RBAC()},
            )
        )
        # Holds the installed and the previous detector versions.
        model_store = tm.add(
            tg.ModelRegistry(
                "Local model store", stores={model_update}, controls={c.ModelVersioning()}
            )
        )
        # Quarterly install of the vendor's update.
        updater = tm.add(
            tg.Pipeline(
                "Quarterly model update",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="venue IT administrator")},
            )
        )
        # Aggregates alerts per entrance and builds the vendor's anonymised report.
        stats = tm.add(tg.Service("Alert statistics service", controls={c.DataMinimization()}))

    with tm.boundary("Venue office network", trust=tg.Trust.INTERNAL):
        # Alert rates per entrance for the security manager.
        dashboard = tm.add(
            tg.Service(
                "Alert rate dashboard",
                controls={c.Authentication(method="venue single sign-on"), c.RBAC()},
            )
        )
        # Watches alert rates to staff entrances and spot problems.
        manager = tm.add(tg.Actor("Security manager", role="venue security manager"))
        # Installs vendor updates and runs the server.
        it_admin = tm.add(tg.Actor("Venue IT administrator", role="IT admin", privileged=True))

with tm.boundary("Scanner vendor cloud", trust=tg.Trust.PARTNER):
    # Where the vendor publishes model updates and collects statistics.
    portal = tm.add(tg.ExternalService("Vendor cloud portal", provides="model-hub"))

# ---------------------------------------------------------------- flows
# screening
tm.flow(scanner, server, xray_images, protocol="grpc")
tm.flow(server, detector, xray_images)
tm.flow(detector, server, detections)
tm.flow(server, console, xray_images, detections, protocol="grpc")
tm.flow(scanner, console, xray_images, label="raw image view")
tm.flow(console, staff, xray_images, detections, label="alert on screen")
tm.flow(staff, console, staff_decision)
tm.flow(console, server, staff_decision, protocol="grpc")
tm.flow(server, alert_store, alert_records)

# statistics
tm.flow(alert_store, stats, alert_records)
tm.flow(stats, dashboard, entrance_stats, protocol="https")
tm.flow(dashboard, manager, entrance_stats, protocol="https")
tm.flow(stats, portal, vendor_stats, protocol="https")

# model updates
tm.flow(portal, updater, model_update, protocol="https", label="quarterly download")
tm.flow(it_admin, updater, install_approval)
tm.flow(updater, model_store, model_update)
tm.flow(model_store, detector, model_update, label="load on restart")
