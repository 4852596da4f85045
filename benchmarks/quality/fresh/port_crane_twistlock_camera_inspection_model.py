"""Twistlock release check on ship-to-shore cranes: the first design, before review.

When a crane discharges a container from a vessel, the lashing crew must first have
released the twistlocks joining it to the container below; a lift with a lock still
engaged drags the lower box up or tips it onto the quay. Cameras on each spreader film
the four corner castings, and a lift check service on the crane's edge computer runs an
in-house detector on the frames once the spreader has locked on. If any corner still
shows an engaged twistlock it withdraws the lift permit the crane PLC reads over
Profinet, so hoisting is blocked, and shows the frame on the cab HMI; the operator may
override after a visual check. The terminal operating system supplies the move list and
receives stop events; stop images go to an event store that the ML team labels for
retraining, and approved detector versions are pushed back to the cranes. The PLC keeps
its existing load-cell overload cut-out. If the check is offline the crane reverts to
normal operation on the operator's own checks. The integrator maintains the edge
computers remotely over the terminal's site-to-site VPN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crane twistlock camera inspection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Checks from spreader cameras that twistlocks are released before containers "
        "are lifted off ships, and stops the lift if not."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data("Corner casting video", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
frames = tg.Data(
    "Corner casting frames",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Four frames, one per corner, taken when the spreader reports locked on.",
)
detections = tg.Data(
    "Twistlock state detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
spreader_status = tg.Data(
    "Spreader and hoist status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Landed, locked-on, hoist position and load cell readings.",
)
lift_permit = tg.Data(
    "Lift permit",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data("Twistlock alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data("Operator override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
move_list = tg.Data("Container move list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
stop_events = tg.Data("Lift stop events", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stop_images = tg.Data("Stop event images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Twistlock labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Twistlock detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
rollout_request = tg.Data(
    "Detector rollout request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
remote_session = tg.Data("Remote maintenance session", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Integrator", trust=tg.Trust.PARTNER):
    # The supplier of the camera kit and edge software, on a support contract.
    integrator = tm.add(tg.ExternalService("Integrator remote support"))

with tm.boundary("Crane control network", trust=tg.Trust.RESTRICTED):
    # IP cameras on the spreader, one looking at each corner casting.
    cameras = tm.add(tg.Device("Spreader cameras", fleet=True))
    # Industrial PC in the crane's electrical room; decides whether the lift may start.
    lift_check = tm.add(
        tg.Service(
            "Lift check service",
            description="Runs on the crane edge computer; sets or withdraws the lift permit from the detections.",
        )
    )
    # Object detector finding each twistlock and classifying it engaged or released.
    detector = tm.add(
        tg.Model(
            "Twistlock detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags any corner where a twistlock is still engaged before hoisting.",
        )
    )
    # Existing crane controller; blocks hoist-up while the lift permit is withdrawn.
    plc = tm.add(
        tg.Service(
            "Crane PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC overload cut-out on the spreader load cells stops the hoist above rated load"
                ),
            },
        )
    )
    # Touchscreen in the operator's cab showing the alert frame and the override button.
    hmi = tm.add(tg.Device("Cab HMI panel", fleet=True))
    # Drives the crane; the last person to see the lift before it happens.
    operator = tm.add(tg.Actor("Crane operator", role="crane operator"))

with tm.boundary("Terminal IT network", trust=tg.Trust.INTERNAL):
    # Plans every container move; tells the crane which box is next.
    tos = tm.add(tg.Service("Terminal operating system"))
    # Keeps every stop with its frames for incident review and training.
    event_store = tm.add(tg.DataStore("Stop event store", stores={stop_events, stop_images}))
    # Labelled corner images from stops and sampled normal lifts.
    training_set = tm.add(tg.Dataset("Twistlock training set", stores={stop_images, labels}))
    # Quarterly retraining of the detector on a GPU workstation.
    training = tm.add(tg.Pipeline("Detector training", stage=tg.Stage.TRAINING))
    # Detector versions, by version number.
    registry = tm.add(
        tg.ModelRegistry("Detector registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes an approved detector version to every crane's edge computer.
    rollout = tm.add(
        tg.Pipeline(
            "Detector rollout",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.ModelValidation(note="recall on the held-out stop images must not drop"),
                c.HumanInTheLoop(approver="terminal engineering manager"),
            },
        )
    )
    # Labels stop images and runs training and rollout.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, lift_check, video, protocol="rtsp")
tm.flow(plc, lift_check, spreader_status, protocol="profinet")
tm.flow(lift_check, detector, frames)
tm.flow(detector, lift_check, detections)
tm.flow(lift_check, plc, lift_permit, protocol="profinet")
tm.flow(lift_check, hmi, alert, protocol="http")
tm.flow(hmi, operator, alert, label="on the cab touchscreen")
tm.flow(operator, hmi, override, label="on the cab touchscreen")
tm.flow(hmi, plc, override, protocol="profinet")

tm.flow(tos, lift_check, move_list, protocol="https")
tm.flow(lift_check, tos, stop_events, protocol="https")
tm.flow(lift_check, event_store, stop_events, stop_images, protocol="https")

tm.flow(event_store, training_set, stop_images, label="stop images for labelling")
tm.flow(ml_engineer, training_set, labels)
tm.flow(training_set, training, stop_images, labels)
tm.flow(training, registry, weights)
tm.flow(registry, rollout, weights)
tm.flow(ml_engineer, rollout, rollout_request)
tm.flow(rollout, detector, weights, protocol="https", label="deploy to each crane")

tm.flow(
    integrator,
    lift_check,
    remote_session,
    protocol="ipsec",
    label="remote maintenance via site-to-site VPN",
)
