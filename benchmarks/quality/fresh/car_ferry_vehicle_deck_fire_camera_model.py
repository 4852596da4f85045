"""Vehicle deck fire detection: the first design, before any security review.

A ferry operator fits thermal cameras beside the existing CCTV cameras on the vehicle
decks of its ro-pax ships, to catch smoke and overheating vehicles (electric-car
battery fires above all) earlier than the smoke detectors do. On each ship a
detection server on the CCTV network reads both camera streams and runs an in-house
detection model; an alert with a snapshot and the camera position goes to a new
alert console on the bridge. The officer of the watch checks the live view, then
decides whether to send the fire patrol or start the drencher system: the model only
alerts. A heartbeat from the detection server raises a fault alarm on the bridge when
it stops. Alert clips and the officer's outcome are kept on board and synced to the
shore office over the satellite link, where safety analysts label them and the fleet
ML team retrains and releases the model, which is synced back to every ship.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vehicle deck fire detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Thermal and video analytics on ferry vehicle decks that alert the bridge "
    "to smoke and overheating vehicles.",
)

# ---------------------------------------------------------------- data assets
thermal_stream = tg.Data(
    "Thermal video stream",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cctv_stream = tg.Data(
    "CCTV video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Passengers, drivers, crew and number plates on the vehicle decks.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
recorded_footage = tg.Data("Recorded deck footage", kind="media", sensitivity=tg.Sensitivity.PII)
frames = tg.Data(
    "Decoded camera frames",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Paired thermal and colour frames, a few per second per camera.",
)
detections = tg.Data(
    "Smoke and hotspot detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boxes, class, peak temperature and confidence per frame.",
)
fire_alert = tg.Data(
    "Deck fire alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deck, frame number, camera, detection type and a snapshot image.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
heartbeat = tg.Data("Detection server heartbeat", kind="logs", sensitivity="internal")
acknowledgement = tg.Data(
    "Alert acknowledgement and outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acknowledged by whom, and whether it was a real fire, a hot vehicle "
    "or a false alarm.",
)
patrol_call = tg.Data("Fire patrol call", kind="records", sensitivity="internal")
event_clips = tg.Data(
    "Alert event clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="30 seconds of thermal and CCTV video around each alert.",
)
labels = tg.Data(
    "Fire and false-alarm labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Detection model weights", format="onnx", sensitivity="confidential")
release = tg.Data("Model release approval", kind="records", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary("Ship CCTV network", trust=tg.Trust.INTERNAL):
    # New radiometric thermal cameras over each lane of the vehicle decks.
    thermal_cams = tm.add(tg.Device("Thermal cameras"))
    # The existing CCTV cameras on the vehicle decks, now also read by the model.
    cctv_cams = tm.add(tg.Device("Deck CCTV cameras"))
    # Existing recorder of all shipboard CCTV, kept for incident investigation.
    nvr = tm.add(
        tg.DataStore(
            "Network video recorder",
            stores={recorded_footage},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # GPU box in the CCTV rack: decodes streams, runs the model, raises alerts.
    detection_server = tm.add(tg.Service("Deck detection server"))
    # Detects smoke and vehicles running hotter than the thermal threshold.
    model = tm.add(
        tg.Model(
            "Smoke and overheat detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
        )
    )
    # Alerts, snapshots, clips and outcomes kept on board.
    event_store = tm.add(
        tg.DataStore("Alert event store", stores={fire_alert, event_clips, acknowledgement})
    )
    # Sends event data ashore and brings new model versions back over the VSAT link.
    sync = tm.add(tg.Service("Ship-to-shore sync"))

with tm.boundary("Bridge", trust=tg.Trust.RESTRICTED):
    # New screen beside the fire alarm panel: shows alerts and the live camera view.
    console = tm.add(
        tg.Service(
            "Bridge alert console",
            controls={
                c.HumanInTheLoop(
                    approver="the officer of the watch",
                    note="alerts are advisory; the officer decides on the fire patrol "
                    "or the drencher",
                ),
                c.FailClosed(
                    fallback="missing heartbeat raises a system-fault alarm; the crew fall "
                    "back to manual fire rounds"
                ),
            },
        )
    )
    # Keeps the navigational and fire watch; acts on alerts.
    officer = tm.add(tg.Actor("Officer of the watch", role="deck officer"))
    # Crew who go to the deck to check and fight a fire.
    patrol = tm.add(tg.Actor("Fire patrol", role="deck crew"))

with tm.boundary("Shore office", trust=tg.Trust.INTERNAL):
    # Web tool where analysts label alert clips from the whole fleet.
    labelling = tm.add(
        tg.Pipeline(
            "Clip labelling tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="company SSO")},
        )
    )
    # Fleet safety analysts who review alerts and label clips.
    analyst = tm.add(tg.Actor("Fleet safety analyst", role="analyst"))
    # Labelled clips from all ships plus staged fire test footage.
    dataset = tm.add(tg.Dataset("Labelled deck clip dataset", stores={event_clips, labels}))
    # Retraining, with evaluation on held-out fire tests before release.
    training = tm.add(
        tg.Pipeline(
            "Detection model training",
            stage=tg.Stage.TRAINING,
            controls={
                c.ModelValidation(note="recall on staged fire tests and false alarms per hour")
            },
        )
    )
    # Versions of the model that ships pull.
    registry = tm.add(
        tg.ModelRegistry("Fleet model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Trains and releases the model to the fleet.
    ml_engineer = tm.add(tg.Actor("Fleet ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# cameras
tm.flow(thermal_cams, detection_server, thermal_stream, protocol="rtsp")
tm.flow(cctv_cams, detection_server, cctv_stream, protocol="rtsp")
tm.flow(thermal_cams, nvr, thermal_stream, protocol="rtsp")
tm.flow(cctv_cams, nvr, cctv_stream, protocol="rtsp")

# detection
tm.flow(detection_server, model, frames)
tm.flow(model, detection_server, detections)
tm.flow(detection_server, event_store, fire_alert, event_clips)

# bridge
tm.flow(detection_server, console, fire_alert, heartbeat, protocol="https")
tm.flow(nvr, console, recorded_footage, protocol="rtsp", label="live and recent view")
tm.flow(console, officer, fire_alert, recorded_footage, label="on the console screen")
tm.flow(officer, console, acknowledgement, label="on the console screen")
tm.flow(console, event_store, acknowledgement, protocol="https")
tm.flow(officer, patrol, patrol_call, protocol="uhf radio")

# shore: labelling and retraining
tm.flow(event_store, sync, fire_alert, event_clips, acknowledgement)
tm.flow(sync, labelling, event_clips, acknowledgement, protocol="https", label="over VSAT")
tm.flow(labelling, analyst, event_clips, acknowledgement, protocol="https")
tm.flow(analyst, labelling, labels, protocol="https")
tm.flow(labelling, dataset, event_clips, labels)
tm.flow(dataset, training, event_clips, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="releases a version")
tm.flow(registry, sync, weights, protocol="https", label="over VSAT")
tm.flow(sync, model, weights, label="deploy")
