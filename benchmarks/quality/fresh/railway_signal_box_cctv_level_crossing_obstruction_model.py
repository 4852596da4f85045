"""Level crossing obstruction detection: the first design, before any security review.

The railway's manually controlled barrier level crossings each have CCTV cameras
looking along the road and across the crossing deck. When a train approaches, the
signaller asks for the crossing sequence; a detection server in the signal box runs
an obstruction model on the camera frames before the barriers come down (nothing
under the booms) and again once they are down (nothing trapped on the deck).
The verdict and annotated frames appear on the signaller's CCTV workstation beside
the live pictures; the signaller looks at them and presses "crossing clear", and
only then does the interlocking clear the protecting signal (never unless the
barriers are proved down). Video and verdicts are kept 31 days for incidents.
The vendor's field engineer loads new model versions on site during planned
maintenance; the previous version is kept for rollback.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Level crossing CCTV obstruction detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An obstruction model checks crossing CCTV before the signaller "
    "confirms the crossing clear and the interlocking clears the signal.",
)

# ---------------------------------------------------------------- data assets
scene = tg.Data(
    "Crossing scene",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Road users, pedestrians and vehicles on and around the crossing.",
)
video = tg.Data(
    "Crossing CCTV video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Live streams from the crossing cameras; faces and number plates are visible.",
)
frames = tg.Data(
    "Decoded camera frames",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Frames from each camera, resized for the model.",
)
verdict = tg.Data(
    "Obstruction verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Clear or obstructed per detection zone, with boxes drawn on the frames.",
)
check_request = tg.Data("Crossing check request", kind="records")
lower_request = tg.Data(
    "Lower barriers request",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clear_confirmation = tg.Data(
    "Crossing clear confirmation",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="The signaller's crossing-clear button press.",
)
barrier_command = tg.Data(
    "Barrier lower command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
barrier_status = tg.Data(
    "Barriers down proved",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
signal_command = tg.Data(
    "Signal aspect command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
indications = tg.Data(
    "Panel indications",
    kind="records",
    description="Barrier, crossing and signal state shown to the signaller.",
)
recording = tg.Data(
    "Crossing recordings and verdict log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
)
model_package = tg.Data(
    "Obstruction model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public highway", trust=tg.Trust.UNTRUSTED):
    # The people and vehicles the cameras see; they send nothing but their image.
    crossing_users = tm.add(tg.Actor("Crossing users", role="road user"))

with tm.boundary("Lineside crossing site", trust=tg.Trust.INTERNAL):
    # Fixed cameras on masts at the crossing, fibre back to the signal box.
    cameras = tm.add(
        tg.Device(
            "Crossing CCTV cameras",
            fleet=True,
            description="Two to four IP cameras per crossing, on lineside fibre.",
        )
    )
    # Drives the barrier booms and road lights, and proves the barriers down.
    crossing_controller = tm.add(
        tg.Service(
            "Crossing barrier controller",
            description="Relay-based crossing equipment in the lineside cabinet.",
        )
    )
    # The signal protecting the crossing; it shows proceed only when the interlocking says so.
    protecting_signal = tm.add(tg.Device("Protecting signal", fleet=True))

with tm.boundary("Signal box", trust=tg.Trust.INTERNAL):
    # The person who operates the crossing and decides it is clear.
    signaller = tm.add(tg.Actor("Signaller", role="signaller"))
    # CCTV monitors and crossing controls at the signaller's desk.
    workstation = tm.add(
        tg.Endpoint(
            "Signaller CCTV workstation",
            purpose=tg.EndpointPurpose.API,
            description="Shows live pictures, the model's verdict and annotated frames.",
            controls={
                tg.controls.Authentication(method="signaller's own smartcard and PIN"),
                tg.controls.HumanInTheLoop(
                    approver="the signaller",
                    note="the signaller views the images and presses crossing clear",
                ),
            },
        )
    )
    # Runs the model on demand for each crossing sequence and logs what it saw.
    detection_server = tm.add(
        tg.Service(
            "Obstruction detection server",
            description="GPU server in the equipment room; pulls camera streams.",
            controls={tg.controls.AuditLogging(retention_days=31)},
        )
    )
    # The vendor's obstruction detector.
    obstruction_model = tm.add(
        tg.Model(
            "Crossing obstruction model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Detects vehicles, people and objects in the crossing zones; "
            "the vendor's proprietary weights, delivered as a package and run locally.",
        )
    )
    # Keeps the installed and previous model versions for rollback.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model package store",
            stores={model_package},
            controls={
                tg.controls.ModelVersioning(note="previous version kept for rollback"),
                tg.controls.Authentication(method="vendor maintenance account with password"),
            },
        )
    )
    # Video and verdicts kept for incident investigation.
    recording_store = tm.add(
        tg.DataStore(
            "CCTV recording store",
            stores={recording},
            controls={
                tg.controls.RetentionLimits(days=31),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("Signalling safety system", trust=tg.Trust.RESTRICTED):
        # The safety-critical interlocking that sequences barriers and signal.
        interlocking = tm.add(
            tg.Service(
                "Signalling interlocking",
                description="SIL 4 interlocking for the area; controls the crossing and its signal.",
                controls={
                    tg.controls.SafetyLimits(
                        limits="the interlocking will not clear the protecting signal unless "
                        "the barriers are proved down and crossing clear has been pressed"
                    )
                },
            )
        )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The vendor's engineer who installs model updates during planned maintenance.
    vendor_engineer = tm.add(
        tg.Actor("Vendor field engineer", role="vendor field engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(crossing_users, cameras, scene, label="in view of the cameras")
tm.flow(cameras, detection_server, video, protocol="rtsp")
tm.flow(cameras, workstation, video, protocol="rtsp", label="live pictures")

tm.flow(signaller, workstation, lower_request, clear_confirmation, label="at the desk")
tm.flow(workstation, signaller, video, verdict, indications, label="on the monitors")
tm.flow(workstation, detection_server, check_request, protocol="https")
tm.flow(detection_server, obstruction_model, frames)
tm.flow(obstruction_model, detection_server, verdict)
tm.flow(detection_server, workstation, verdict, protocol="https")
tm.flow(detection_server, recording_store, recording)
tm.flow(recording_store, workstation, recording, label="replay after an incident")

tm.flow(workstation, interlocking, lower_request, clear_confirmation)
tm.flow(interlocking, workstation, indications)
tm.flow(interlocking, crossing_controller, barrier_command, label="hard-wired circuit")
tm.flow(crossing_controller, interlocking, barrier_status, label="hard-wired circuit")
tm.flow(interlocking, protecting_signal, signal_command, label="hard-wired circuit")

tm.flow(
    vendor_engineer,
    model_store,
    model_package,
    protocol="usb",
    label="loaded on site during planned maintenance",
)
tm.flow(model_store, obstruction_model, model_package, label="loaded at restart")
