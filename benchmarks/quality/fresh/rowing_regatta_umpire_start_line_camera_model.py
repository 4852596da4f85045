"""Regatta start-line monitor: the first design, before any security review.

At a multi-lane rowing regatta, cameras on the start pontoons and the bank film
the start line. An edge server in the start tower decodes the video and runs an
open-weights object detector, fine-tuned by our technical volunteer, that finds
each boat's bow. A flagging service compares bow positions with the calibrated
start line and lane buoys and with the moment the start signal fires, and flags
possible false starts and lane infringements. Each flag, with a short clip, goes
through an alert relay in the regatta's cloud account to the tablet of the umpire
following the race on the launch, over the mobile network; the umpire makes the
call and records a ruling. Flags, clips and rulings are kept for the race jury.
Cameras stream RTSP on the wired start-area network; the relay uses HTTPS and a
per-tablet API key. The umpire decides every call: the system only advises.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regatta start-line monitor",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera-based false-start and lane-infringement flags for regatta umpires.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Start line video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live footage of crews at the start; athletes, some of them juniors, are recognisable.",
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
start_time = tg.Data(
    "Start signal time",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "Bow position detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
calibration = tg.Data(
    "Start line and lane calibration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
race_draw = tg.Data(
    "Race draw",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Race number, crews and the lane each is drawn in.",
)
flag = tg.Data(
    "Infringement flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Race, lane, crew, type (false start or lane) and time of the suspected infringement.",
)
clip = tg.Data("Flag video clip", kind="media", sensitivity=tg.Sensitivity.PII)
ruling = tg.Data("Umpire ruling", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Detector weights",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PyTorch checkpoint of the fine-tuned bow detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Where the base detector and our fine-tuned checkpoint are downloaded from.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Start area network", trust=tg.Trust.INTERNAL):
    # Fixed cameras on the start pontoons and the bank, looking along the start line.
    cameras = tm.add(tg.Device("Start line cameras", fleet=True))
    # The start light and hooter box; it stamps the moment the start is given.
    start_unit = tm.add(tg.Device("Start signal unit", fleet=False))
    # Race control officer in the start tower: loads the draw for each race.
    race_control = tm.add(tg.Actor("Race control officer", role="race official"))
    # Volunteer who installs the model and calibrates cameras before the regatta.
    tech = tm.add(tg.Actor("Technical volunteer", role="technical volunteer", privileged=True))

    with tm.boundary("Start tower edge server", trust=tg.Trust.INTERNAL):
        # Pulls the RTSP streams and decodes frames for the detector.
        ingest = tm.add(tg.Service("Video ingest service"))
        # Finds boat bows in each frame.
        detector = tm.add(
            tg.Model(
                "Bow detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Open-weights object detector fine-tuned on footage from past regattas.",
            )
        )
        # Local copy of the checkpoint the detector loads.
        model_files = tm.add(
            tg.ModelRegistry(
                "Model file store",
                stores={weights},
                controls={c.ModelVersioning(note="checkpoint pinned by file name per regatta")},
            )
        )
        # Start line and lane geometry plus the draw of the current race.
        course_config = tm.add(
            tg.DataStore("Course configuration", stores={calibration, race_draw})
        )
        # Turns detections into flags against the start line, lanes and start time.
        flagging = tm.add(
            tg.Service(
                "Infringement flagging service",
                controls={
                    c.HumanInTheLoop(
                        approver="the umpire on the launch",
                        note="flags only advise; the umpire makes every call",
                    )
                },
            )
        )

with tm.boundary("Regatta cloud account", trust=tg.Trust.INTERNAL):
    # Reachable over the mobile network, so the launch's tablet can receive flags.
    relay = tm.add(
        tg.Endpoint(
            "Alert relay",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # Flags, clips and rulings kept for the race jury and any appeal.
    event_store = tm.add(tg.DataStore("Flag and clip store", stores={flag, clip, ruling}))

with tm.boundary("Umpire launch", trust=tg.Trust.INTERNAL):
    # Regatta-owned tablet on the launch following the race, on a 4G SIM.
    tablet = tm.add(tg.Device("Umpire tablet", fleet=True))
    # The umpire following the race; decides false starts and lane infringements.
    umpire = tm.add(tg.Actor("Umpire", role="umpire"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(hub, model_files, weights, protocol="https", label="downloaded by the technical volunteer")
tm.flow(model_files, detector, weights, label="loaded at start-up")
tm.flow(
    tech, course_config, calibration, protocol="http", label="local web page on the edge server"
)
tm.flow(
    race_control,
    course_config,
    race_draw,
    protocol="http",
    label="local web page on the edge server",
)

tm.flow(cameras, ingest, video, protocol="rtsp")
tm.flow(ingest, detector, frames)
tm.flow(detector, flagging, detections)
tm.flow(ingest, flagging, clip, label="clip around the flagged moment")
tm.flow(start_unit, flagging, start_time, protocol="serial")
tm.flow(course_config, flagging, calibration, race_draw)

tm.flow(
    flagging,
    relay,
    flag,
    clip,
    protocol="https",
    controls={tls},
    label="via the start tower 4G router",
)
tm.flow(relay, tablet, flag, clip, protocol="https", controls={tls})
tm.flow(tablet, umpire, flag, clip, label="on the tablet screen")
tm.flow(umpire, tablet, ruling, label="on the tablet screen")
tm.flow(tablet, relay, ruling, protocol="https", controls={tls})
tm.flow(relay, event_store, flag, clip, ruling)
