"""Greenhouse tomato pollination robots: the first design, before any security review.

Robots we build ride the heating-pipe rails between tomato rows in a grower's
glasshouse and vibrate open flowers to pollinate them. Each robot runs a flower
detection model on its own computer to find open trusses in its camera frames.
A fleet manager on a site server in the glasshouse schedules which robot works
which rows; growers set pollination targets and watch progress from a tablet app
on the site Wi-Fi. A site gateway keeps an outbound link to our cloud: the update
service pushes new detection models and robot firmware through it, and robot
telemetry with sampled camera frames goes back for support and retraining.
Controls in this design: the drive controller enforces end-of-rail stops, a speed
cap and a hardware e-stop; firmware images are signed and verified on the robot
(model files are not); the gateway talks to our cloud over mutual TLS with a
per-site certificate; growers sign in to the fleet manager with a password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greenhouse tomato pollination robots",
    profile=tg.RiskProfile.LOW,
    description="Pipe-rail robots pollinating tomatoes, scheduled on site, updated from the maker's cloud.",
)

# ---------------------------------------------------------------- data assets
targets = tg.Data(
    "Pollination targets",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rows, visits per week and working hours the grower wants.",
)
progress = tg.Data("Pollination progress", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
row_schedule = tg.Data(
    "Row schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which robot drives which pipe rail, and when.",
)
camera_frames = tg.Data("Camera frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Open flower detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes of open flowers; the arm vibrates each truss found.",
)
robot_telemetry = tg.Data(
    "Robot telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Position, battery, faults, flowers found and pollinated per row.",
)
sampled_frames = tg.Data(
    "Sampled camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A few frames per row uploaded for retraining; may show workers in the aisle.",
)
training_images = tg.Data(
    "Labelled flower images", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_file = tg.Data(
    "Flower detection model file",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
firmware = tg.Data(
    "Robot firmware image",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
release = tg.Data("Update release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Glasshouse site network", trust=tg.Trust.INTERNAL):
    # The grower's crop manager, who decides what gets pollinated.
    grower = tm.add(tg.Actor("Grower", role="crop manager"))
    # Android tablet with our app, on the glasshouse Wi-Fi.
    tablet = tm.add(tg.Device("Grower tablet app", fleet=False))
    # Site server: turns targets into row schedules and collects progress.
    fleet_manager = tm.add(
        tg.Service(
            "Fleet manager",
            controls={c.Authentication(method="username and password")},
        )
    )
    # Local database of the rail map, schedules and pollination logs.
    site_db = tm.add(
        tg.DataStore("Site database", stores={row_schedule, progress, robot_telemetry})
    )
    # The only component that talks to our cloud; relays updates and telemetry.
    gateway = tm.add(tg.Service("Site gateway"))

    with tm.boundary("Robot onboard computer", trust=tg.Trust.INTERNAL):
        # The pipe-rail robot: drive, camera and vibrating arm, many per site.
        robot = tm.add(
            tg.Device(
                "Pollination robot",
                fleet=True,
                controls={
                    c.SafetyLimits(
                        limits="end-of-rail sensors, 0.5 m/s speed cap and hardware e-stop in the drive controller"
                    ),
                    c.SignedModels(note="firmware images only; model files are not signed"),
                },
            )
        )
        # On-robot detector that finds open flowers in each frame.
        detector = tm.add(
            tg.Model(
                "Flower detection model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Small YOLO-style detector run with ONNX Runtime on the robot.",
            )
        )

with tm.boundary("Robot maker cloud", trust=tg.Trust.INTERNAL):
    # Pushes model and firmware releases to every site gateway.
    update_service = tm.add(tg.Service("Update service"))
    # Telemetry and sampled frames from all sites, for support and retraining.
    telemetry_store = tm.add(
        tg.DataStore(
            "Fleet telemetry store",
            stores={robot_telemetry, sampled_frames},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Labelled frames the detector is trained on.
    image_set = tm.add(tg.Dataset("Flower image dataset", stores={training_images}))
    # Retrains the detector and exports it to ONNX.
    training = tm.add(tg.Pipeline("Detector training", stage=tg.Stage.TRAINING))
    # Holds model files and firmware images for release.
    registry = tm.add(
        tg.ModelRegistry(
            "Release registry", stores={model_file, firmware}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Maker office", trust=tg.Trust.INTERNAL):
    # Engineer who approves and starts a release to the fleet.
    engineer = tm.add(tg.Actor("Release engineer", role="robotics engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Grower targets and progress
tm.flow(grower, tablet, targets, label="sets targets")
tm.flow(tablet, fleet_manager, targets, protocol="https")
tm.flow(fleet_manager, tablet, progress, protocol="https")
tm.flow(tablet, grower, progress, label="views progress")

# Scheduling and robot work
tm.flow(fleet_manager, site_db, row_schedule, progress)
tm.flow(site_db, fleet_manager, row_schedule, progress)
tm.flow(fleet_manager, robot, row_schedule, protocol="mqtt")
tm.flow(robot, fleet_manager, robot_telemetry, protocol="mqtt")
tm.flow(robot, detector, camera_frames, protocol="local")
tm.flow(detector, robot, detections, protocol="local")

# Link to the maker's cloud
tm.flow(fleet_manager, gateway, robot_telemetry, sampled_frames)
tm.flow(gateway, telemetry_store, robot_telemetry, sampled_frames, protocol="mtls")
tm.flow(update_service, gateway, model_file, firmware, protocol="mtls")
tm.flow(gateway, robot, firmware, protocol="https", label="firmware update")
tm.flow(gateway, robot, model_file, protocol="https", label="model update")

# Retraining and release
tm.flow(telemetry_store, image_set, sampled_frames, label="frames picked and labelled")
tm.flow(image_set, training, training_images)
tm.flow(training, registry, model_file)
tm.flow(engineer, registry, firmware, protocol="https", label="uploads firmware build")
tm.flow(engineer, update_service, release, protocol="https", label="starts rollout")
tm.flow(registry, update_service, model_file, firmware)
