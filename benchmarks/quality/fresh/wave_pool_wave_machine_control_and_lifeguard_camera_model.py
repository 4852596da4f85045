"""Wave pool distress detection: the first design, before any security review.

A leisure centre's wave pool gets overhead and underwater cameras. On an edge
server in the plant room, a detection service decodes the camera streams and runs
an in-house model that spots swimmers in difficulty. When it does, the service
tells the wave machine's PLC over the plant network to stop the waves and sends an
alert through the on-site paging transmitter to the lifeguards' pagers. Lifeguards
look, deal with the swimmer and restart the waves from the key-switched panel at
the lifeguard station; the PLC keeps its hardwired emergency stops and amplitude
limits whatever it is told. Each detection is saved with a short clip, which the
duty manager reviews from the office as true or false alarm; the reviewed clips
go nightly to our ML cloud, where the model is retrained and published to a model
registry that the edge server pulls new versions from.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wave pool distress detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera model that stops the wave machine and pages lifeguards when a swimmer is in difficulty.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Pool camera footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of swimmers, children included, in swimwear.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
detection = tg.Data(
    "Distress detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pool zone, confidence and time of a swimmer judged to be in difficulty.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stop_command = tg.Data(
    "Wave stop command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
restart_command = tg.Data(
    "Wave restart command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wave_status = tg.Data("Wave machine status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
blower_drive = tg.Data("Blower drive signal", sensitivity=tg.Sensitivity.INTERNAL)
pager_alert = tg.Data(
    "Lifeguard pager alert",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clips = tg.Data(
    "Detection clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Twenty seconds of footage around each detection.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
event_log = tg.Data(
    "Detection and wave event log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
review_labels = tg.Data(
    "Alarm review labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Distress detection model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pool hall", trust=tg.Trust.UNTRUSTED):
    # The people the cameras watch; members of the public, many of them children.
    swimmer = tm.add(tg.Actor("Swimmer", role="pool user"))

with tm.boundary("Poolside", trust=tg.Trust.INTERNAL):
    # Trained staff on the lifeguard chairs; they have the final say on the waves.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))
    # Pagers clipped to each lifeguard: the way an alert reaches them over the noise.
    pagers = tm.add(tg.Device("Lifeguard pagers", fleet=True))
    # The wave start/stop panel at the lifeguard station, wired to the PLC.
    panel = tm.add(
        tg.Device(
            "Wave control panel",
            fleet=False,
            description="Touch panel at the lifeguard station, enabled by a key switch.",
            controls={c.Authentication(method="key switch held by the lifeguard on duty")},
        )
    )

with tm.boundary("Camera network", trust=tg.Trust.INTERNAL):
    # Overhead and underwater cameras on their own VLAN.
    cameras = tm.add(
        tg.Device(
            "Pool cameras", fleet=True, description="Six overhead and four underwater IP cameras."
        )
    )

with tm.boundary("Plant room network", trust=tg.Trust.INTERNAL):
    # Decodes the streams, runs the model, decides to stop the waves and page the lifeguards.
    detector_svc = tm.add(
        tg.Service(
            "Distress detection service",
            description="Edge server in the plant room; stops the waves and pages on a detection.",
        )
    )
    # The model itself, loaded by the detection service on the same edge server.
    model = tm.add(
        tg.Model(
            "Swimmer distress detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Tracks swimmers and flags motionless or struggling ones.",
            controls={
                c.ModelValidation(note="evaluated on held-out pool footage before each release")
            },
        )
    )
    # The existing PLC that drives the wave machine; we add a stop input for the detector.
    plc = tm.add(
        tg.Service(
            "Wave machine controller",
            description="PLC running the wave cycle.",
            controls={
                c.SafetyLimits(
                    limits="hardwired poolside emergency stops; wave height and cycle fixed in the PLC program"
                )
            },
        )
    )
    # The air blowers that make the waves.
    blowers = tm.add(tg.Device("Wave machine blowers", fleet=False))
    # On-site paging base station that sends alerts to the pagers by radio.
    paging = tm.add(tg.Service("Paging transmitter"))
    # Keeps every detection, clip, stop and restart for review.
    event_store = tm.add(
        tg.DataStore(
            "Detection event store",
            stores={clips, event_log, review_labels},
            controls={
                c.AuditLogging(retention_days=365),
                c.RetentionLimits(
                    days=30, note="clips deleted after 30 days; the event log is kept a year"
                ),
            },
        )
    )

with tm.boundary("Centre office network", trust=tg.Trust.INTERNAL):
    # Reviews each detection the next morning as true or false alarm.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager"))
    # Web page on the edge server where clips are watched and labelled.
    review_console = tm.add(
        tg.Endpoint(
            "Alarm review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="centre staff username and password"),
                c.RBAC(note="duty managers only"),
            },
        )
    )

with tm.boundary("ML cloud", trust=tg.Trust.INTERNAL):
    # Retrains the model each week from the reviewed clips.
    training = tm.add(tg.Pipeline("Distress model retraining", stage=tg.Stage.TRAINING))
    # Published model versions the edge server pulls from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(swimmer, cameras, footage, label="filmed in the pool")
tm.flow(cameras, detector_svc, footage, protocol="rtsp")
tm.flow(detector_svc, model, frames, protocol="local")
tm.flow(model, detector_svc, detection, protocol="local")

tm.flow(detector_svc, plc, stop_command, protocol="modbus")
tm.flow(plc, detector_svc, wave_status, protocol="modbus")
tm.flow(plc, blowers, blower_drive, label="wired drive signal")

tm.flow(detector_svc, paging, pager_alert, protocol="http")
tm.flow(paging, pagers, pager_alert, protocol="pocsag radio")
tm.flow(pagers, lifeguard, pager_alert, label="pager display")

tm.flow(lifeguard, panel, restart_command, label="on the panel")
tm.flow(panel, plc, restart_command, protocol="modbus")
tm.flow(plc, panel, wave_status, protocol="modbus")
tm.flow(panel, lifeguard, wave_status, label="on the panel")

tm.flow(detector_svc, event_store, clips, event_log)
tm.flow(event_store, review_console, clips, event_log)
tm.flow(review_console, duty_manager, clips, protocol="https")
tm.flow(duty_manager, review_console, review_labels, protocol="https")
tm.flow(review_console, event_store, review_labels)

tm.flow(event_store, training, clips, review_labels, protocol="https", label="nightly export")
tm.flow(training, registry, model_artifact, protocol="https")
tm.flow(registry, detector_svc, model_artifact, protocol="https", label="model update pull")
