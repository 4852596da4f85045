"""Pool drowning detection: the first design, before any security review.

A public leisure centre fits underwater cameras in the pool walls and overhead
cameras above the main pool. Their streams go over the pool hall camera network
to an edge video server in the plant room, where an in-house detection model
tracks swimmers and flags anyone motionless under water or showing distress
movements. An alert dispatcher turns a detection into an alarm on the poolside
lifeguards' wristbands, through a radio base station; lifeguards acknowledge on
the wristband. Clips around each alert are kept on site for 30 days, and the
duty manager reviews alerts on a dashboard on the office LAN, marking each true
or false. Reviewed clips are exported nightly to the company's cloud account,
where the model is retrained, evaluated and published to a registry from which
the edge server pulls new versions. Controls: staff sign-in on the dashboard,
CCTV retention limits, camera-feed health monitoring and pre-release evaluation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pool drowning detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Underwater and overhead cameras, a distress detector and lifeguard wristband alerts.",
)

# ---------------------------------------------------------------- data assets
swimmers_in_view = tg.Data("Swimmers in camera view", sensitivity=tg.Sensitivity.PII, kind="media")
underwater_video = tg.Data(
    "Underwater video streams",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Swimmers, including children, filmed below the surface.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
overhead_video = tg.Data(
    "Overhead video streams",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
frames = tg.Data("Decoded video frames", sensitivity=tg.Sensitivity.PII, kind="features")
detections = tg.Data(
    "Distress detections",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Track id, pool zone, seconds submerged and a distress score.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
distress_event = tg.Data(
    "Distress event",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
wristband_alert = tg.Data(
    "Lifeguard distress alert",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Alarm level and pool zone shown on the wristband.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Alert acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
live_view = tg.Data("Live pool view", sensitivity=tg.Sensitivity.PII, kind="media")
incident_clips = tg.Data(
    "Incident clips",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="30 seconds either side of each alert, from every camera covering the zone.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
alert_history = tg.Data("Alert history", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
review_outcome = tg.Data(
    "Alert review outcome",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="feedback",
    description="True alarm, false alarm or missed event, with a note.",
)
training_clips = tg.Data(
    "Labelled incident clips",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
run_config = tg.Data(
    "Training run configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
release_approval = tg.Data(
    "Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
weights = tg.Data(
    "Distress detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pool hall", trust=tg.Trust.UNTRUSTED):
    # Members of the public in the water: the people the system watches over.
    swimmer = tm.add(tg.Actor("Swimmer", role="pool user"))

with tm.boundary("Pool hall camera network", trust=tg.Trust.INTERNAL):
    # Wall-niche cameras that see swimmers below the surface.
    underwater_cams = tm.add(tg.Device("Underwater cameras", fleet=True))
    # Ceiling cameras that cover the surface and the deep end from above.
    overhead_cams = tm.add(tg.Device("Overhead cameras", fleet=True))
    # Vendor radio base station that pages the wristbands.
    base_station = tm.add(tg.Device("Wristband radio base station", fleet=False))
    # Worn by each lifeguard on poolside duty; vibrates and shows the zone.
    wristbands = tm.add(tg.Device("Lifeguard wristbands", fleet=True))
    # Lifeguards on poolside: they respond to every alert.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))

with tm.boundary("Plant room servers", trust=tg.Trust.RESTRICTED):
    # Receives the camera streams, decodes frames, runs the model, cuts clips.
    edge_server = tm.add(
        tg.Service(
            "Edge video server",
            description="GPU box in the plant room; runs the detector on every frame.",
            controls={
                c.AnomalyDetection(
                    note="camera feed watchdog: raises a dashboard warning when a stream drops"
                )
            },
        )
    )
    # The detector itself: the reason the system exists.
    detector = tm.add(
        tg.Model(
            "Swimmer distress detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Tracks swimmers and flags motionless-underwater and distress movements.",
        )
    )
    # Turns detections into alarms on the wristbands and events on the dashboard.
    dispatcher = tm.add(tg.Service("Alert dispatcher"))
    # On-site clip archive, kept under the centre's CCTV policy.
    clip_store = tm.add(
        tg.DataStore(
            "Incident clip store",
            stores={incident_clips, alert_history, review_outcome},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Leisure centre office LAN", trust=tg.Trust.INTERNAL):
    # Web dashboard where the duty manager watches alerts and reviews clips.
    dashboard = tm.add(
        tg.Endpoint(
            "Duty manager dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual staff username and password"),
                c.RBAC(),
            },
        )
    )
    # Responsible for the pool session; reviews every alert afterwards.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager"))

with tm.boundary("Company cloud ML account", trust=tg.Trust.INTERNAL):
    # Reviewed clips with their labels, the training set for the detector.
    dataset = tm.add(tg.Dataset("Incident clip training set", stores={training_clips}))
    # Retrains and evaluates the detector on new labelled clips.
    training = tm.add(
        tg.Pipeline(
            "Detector retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="recall on held-out real and staged incidents must not drop")
            },
        )
    )
    # Published detector versions the edge servers pull.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry", stores={weights}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and releases the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(swimmer, underwater_cams, swimmers_in_view, label="in view")
tm.flow(swimmer, overhead_cams, swimmers_in_view, label="in view")
tm.flow(underwater_cams, edge_server, underwater_video, protocol="rtsp")
tm.flow(overhead_cams, edge_server, overhead_video, protocol="rtsp")

tm.flow(edge_server, detector, frames)
tm.flow(detector, edge_server, detections)
tm.flow(edge_server, dispatcher, distress_event)
tm.flow(edge_server, clip_store, incident_clips)

tm.flow(dispatcher, base_station, wristband_alert, protocol="http")
tm.flow(base_station, wristbands, wristband_alert, protocol="uhf")
tm.flow(wristbands, lifeguard, wristband_alert, label="vibrates and shows zone on the panel")
tm.flow(lifeguard, wristbands, acknowledgement, label="button on the panel")
tm.flow(wristbands, base_station, acknowledgement, protocol="uhf")
tm.flow(base_station, dispatcher, acknowledgement, protocol="http")
tm.flow(dispatcher, clip_store, alert_history)

tm.flow(dispatcher, dashboard, distress_event, protocol="https")
tm.flow(edge_server, dashboard, live_view, protocol="https")
tm.flow(clip_store, dashboard, incident_clips, alert_history, protocol="https")
tm.flow(dashboard, duty_manager, live_view, incident_clips, alert_history, protocol="https")
tm.flow(duty_manager, dashboard, review_outcome, protocol="https")
tm.flow(dashboard, clip_store, review_outcome, protocol="https")

tm.flow(
    clip_store, dataset, training_clips, protocol="https", label="nightly export of reviewed clips"
)
tm.flow(dataset, training, training_clips)
tm.flow(ml_engineer, training, run_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https")
tm.flow(registry, detector, weights, protocol="https", label="edge server pulls new version")
