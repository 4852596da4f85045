"""Ride restraint check by vision: the first design, before any security review.

On a roller coaster's loading station, fixed cameras above the platform look at
every seat of the train in the station. An edge server in the ride's control
cabinet runs an in-house detector that decides, seat by seat, whether each lap
bar is down and locked, and tells the ride PLC "all clear" over Modbus TCP. The
safety-rated PLC will not dispatch the train until the lap-bar lock switches,
the vision all-clear and the operator's dispatch button all agree. Ride
operators see the seat-by-seat result and a picture of any flagged seat on the
operator console. Frames of failed checks are kept for a short time on the
edge server; ride systems engineers copy them to the engineering network,
label them and retrain the detector, and deploy approved model versions to the
ride by hand through a jump host. The camera vendor can reach the edge server
over SSH for remote support. Controls: PLC interlocks and fail-safe dispatch
logic, an operator key switch, check-result logging, model acceptance tests.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ride restraint vision check",
    profile=tg.RiskProfile.HIGH,
    description="Camera check that every lap bar is locked before a coaster train is dispatched.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Station camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of the seated riders and their lap bars, guests of all ages.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
seat_status = tg.Data(
    "Seat restraint status",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
all_clear = tg.Data(
    "Vision all-clear signal",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cycle_trigger = tg.Data("Station cycle state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
check_result = tg.Data(
    "Check result display",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-seat pass or fail with a snapshot of any flagged seat.",
)
dispatch_cmd = tg.Data(
    "Dispatch command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ride_state = tg.Data(
    "Ride state and permissives", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
failed_frames = tg.Data("Failed-check frames", kind="media", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Restraint labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Restraint detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
diag_logs = tg.Data("Edge server diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
detector_config = tg.Data(
    "Detector configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera calibration, seat regions and decision thresholds.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ride control network", trust=tg.Trust.RESTRICTED):
    # Fixed cameras over the loading platform, one per row of seats.
    cameras = tm.add(
        tg.Device("Station cameras", fleet=True, description="PoE IP cameras over each seat row.")
    )
    # Runs the detector next to the ride, so the check does not depend on the park network.
    vision_server = tm.add(
        tg.Service(
            "Vision edge server",
            description="Grabs frames when the train stops, runs the detector, reports to the PLC.",
            controls={c.AuditLogging(retention_days=365, note="every check result, for ride logs")},
        )
    )
    # The model that says whether each lap bar is locked.
    detector = tm.add(
        tg.Model(
            "Restraint detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned object detector: lap bar locked / not locked / seat empty.",
            controls={
                c.ModelValidation(
                    note="acceptance test on every seat of every train before go-live"
                ),
                c.ModelVersioning(),
            },
        )
    )
    # The ride's safety-rated controller: it alone dispatches the train.
    plc = tm.add(
        tg.Service(
            "Ride PLC",
            description="Safety PLC holding the dispatch interlock.",
            controls={
                c.SafetyLimits(
                    limits="dispatch needs lap-bar lock switches, vision all-clear and operator "
                    "dispatch; lost vision heartbeat blocks dispatch"
                ),
                c.HumanInTheLoop(approver="ride operator presses dispatch after a visual check"),
            },
        )
    )
    # The operator's panel at the station: shows the check and sends dispatch.
    console = tm.add(
        tg.Device(
            "Operator console",
            fleet=False,
            description="Touch-panel HMI and dispatch buttons at the station.",
            controls={c.Authentication(method="operator key switch on the panel")},
        )
    )
    # Short-term store of frames from failed checks, for incident review and retraining.
    image_store = tm.add(
        tg.DataStore(
            "Failed-check image store",
            stores={failed_frames},
            controls={c.RetentionLimits(days=90), c.RBAC()},
        )
    )
    operator = tm.add(tg.Actor("Ride operator", role="ride operator"))

with tm.boundary("Engineering network", trust=tg.Trust.INTERNAL):
    # Labelled station images the detector is retrained on.
    dataset = tm.add(tg.Dataset("Restraint training set", stores={failed_frames, labels}))
    # Retrains the detector on a GPU workstation when new failure cases are labelled.
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
    # Holds approved detector versions that may go to the ride.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}, controls={c.RBAC()}))
    # Labels images, approves releases and deploys them to the ride.
    engineer = tm.add(tg.Actor("Ride systems engineer", role="engineer", privileged=True))

with tm.boundary("Camera vendor", trust=tg.Trust.PARTNER):
    # The vision vendor's support desk, which diagnoses the edge server remotely.
    vendor = tm.add(
        tg.ExternalService("Vision vendor support", description="Remote support under contract.")
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, vision_server, frames, protocol="rtsp")
tm.flow(plc, vision_server, cycle_trigger, protocol="modbus", label="train stopped, check now")
tm.flow(vision_server, detector, frames)
tm.flow(detector, vision_server, seat_status)
tm.flow(vision_server, plc, all_clear, protocol="modbus")
tm.flow(vision_server, console, check_result, protocol="http")
tm.flow(plc, console, ride_state, protocol="profinet")
tm.flow(console, operator, check_result, ride_state, label="shown on screen")
tm.flow(operator, console, dispatch_cmd, label="dispatch button")
tm.flow(console, plc, dispatch_cmd, protocol="profinet")
tm.flow(vision_server, image_store, failed_frames, protocol="local")

tm.flow(image_store, dataset, failed_frames, protocol="sftp", label="weekly copy")
tm.flow(engineer, dataset, labels, label="labels failed checks")
tm.flow(dataset, training, failed_frames, labels)
tm.flow(training, registry, weights)
tm.flow(engineer, registry, approval, label="approves release")
tm.flow(registry, detector, weights, protocol="sftp", label="manual deploy via jump host")

tm.flow(vision_server, vendor, diag_logs, protocol="ssh", label="remote support")
tm.flow(vendor, vision_server, detector_config, protocol="ssh", label="remote support")
