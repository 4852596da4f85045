"""Tram door obstruction detection: the first design, before any security review.

A city tram operator fits a camera above every passenger door. While the doors
close, an inference unit on board each tram runs an in-house detector over the
camera feeds and, when it sees a trapped bag, pram or limb, tells the tram's door
controller to hold departure and shows an alert on the driver's cab display. The
driver checks the door and releases the hold. Each event's clip is buffered on
board and uploaded over the cellular network (HTTPS, per-tram API key) to the
control centre, where operators review and classify the events; the classified
clips become training data for periodic retraining, and approved model versions
are pushed from the model registry to the trams over depot Wi-Fi. Clips show
passengers in an EU city, so they fall under GDPR: the archive is encrypted,
role-restricted and kept 30 days. The door controller's own interlocks are
unchanged; the design adds no signing of models or commands.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Tram door obstruction detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Onboard vision model holds tram departure when something is trapped in a door.",
)

# ---------------------------------------------------------------- data assets
door_video = tg.Data(
    "Door camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live frames of the doorway and the passengers in it.",
)
detection = tg.Data(
    "Obstruction detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
door_state = tg.Data("Door state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hold_command = tg.Data(
    "Hold-departure signal",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cab_alert = tg.Data(
    "Cab obstruction alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
driver_command = tg.Data(
    "Driver door command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Close, reopen or release the hold after checking the door.",
)
event_clip = tg.Data(
    "Event clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few seconds of door video around a detection, with tram, door and time.",
)
event_labels = tg.Data(
    "Event classification",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data("Detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Passenger saloon", trust=tg.Trust.UNTRUSTED):
    # Anyone can board and stand in a doorway, in front of the camera.
    passenger = tm.add(tg.Actor("Passenger", role="member of the public"))

with tm.boundary("Tram onboard network", trust=tg.Trust.INTERNAL):
    # One camera above each door, on the tram's onboard Ethernet.
    cameras = tm.add(
        tg.Device("Door cameras", fleet=True, description="IP cameras above every passenger door.")
    )
    # Ruggedised edge box per tram: reads door state, runs the detector, raises holds.
    inference_unit = tm.add(
        tg.Service(
            "Onboard inference unit",
            description="Runs the detector while doors close and drives hold, alert and clip capture.",
        )
    )
    # The detector itself: decides whether departure is held, so it is safety related.
    detector = tm.add(
        tg.Model(
            "Obstruction detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Detects bags, prams and limbs caught between closing door leaves.",
        )
    )
    # Clips wait here until the tram has cellular coverage.
    clip_buffer = tm.add(tg.DataStore("Onboard clip buffer", stores={event_clip}))

    with tm.boundary("Door safety circuit", trust=tg.Trust.RESTRICTED):
        # The tram's existing door control unit; it takes a hold input from the inference unit.
        door_controller = tm.add(
            tg.Service(
                "Door controller",
                description="Existing door control unit with its own edge-sensor interlocks.",
            )
        )

with tm.boundary("Driver's cab", trust=tg.Trust.INTERNAL):
    # Shows obstruction alerts next to the door status.
    cab_display = tm.add(
        tg.Device("Cab display", fleet=True, description="Driver HMI panel in each cab.")
    )
    # Checks the door and releases the hold.
    driver = tm.add(tg.Actor("Tram driver", role="driver"))

with tm.boundary("Control centre network", trust=tg.Trust.INTERNAL):
    # Receives event clips uploaded by the trams.
    clip_ingest = tm.add(
        tg.Endpoint(
            "Clip ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-tram API key")},
            description="Reached by the trams over the public cellular network.",
        )
    )
    # Event clips for review, incident follow-up and training.
    clip_archive = tm.add(
        tg.DataStore(
            "Event clip archive",
            stores={event_clip, event_labels},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Reviews door events and classifies them (true obstruction, false alarm, ...).
    operator = tm.add(
        tg.Actor("Control centre operator", role="operations controller"),
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Classified clips kept for retraining.
    training_set = tm.add(tg.Dataset("Door event training set", stores={training_clips}))
    # Periodic retraining of the detector.
    training = tm.add(
        tg.Pipeline(
            "Detector retraining",
            stage=tg.Stage.TRAINING,
            controls={
                c.ModelValidation(note="evaluated on a held-out door test set before release")
            },
        )
    )
    # Versioned detector models that trams download.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry", stores={model_artifact}, controls={c.ModelVersioning()}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(passenger, cameras, door_video, label="stands in the doorway")
tm.flow(cameras, inference_unit, door_video, protocol="rtsp")
tm.flow(door_controller, inference_unit, door_state, label="doors closing")
tm.flow(inference_unit, detector, door_video)
tm.flow(detector, inference_unit, detection)
tm.flow(inference_unit, door_controller, hold_command, label="hold departure")
tm.flow(inference_unit, cab_display, cab_alert)
tm.flow(cab_display, driver, cab_alert)
tm.flow(driver, door_controller, driver_command, label="release hold")

tm.flow(inference_unit, clip_buffer, event_clip)
tm.flow(clip_buffer, clip_ingest, event_clip, protocol="https", label="cellular upload")
tm.flow(clip_ingest, clip_archive, event_clip)
tm.flow(clip_archive, operator, event_clip, label="event review")
tm.flow(operator, clip_archive, event_labels)

tm.flow(clip_archive, training_set, event_clip, event_labels, label="export for training")
tm.flow(training_set, training, training_clips)
tm.flow(training, registry, model_artifact)
tm.flow(registry, inference_unit, model_artifact, protocol="https", label="depot Wi-Fi update")
