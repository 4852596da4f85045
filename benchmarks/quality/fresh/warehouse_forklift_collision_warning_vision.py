"""Warehouse forklift collision warning: the first design, before any security review.

Each forklift in our EU distribution centres carries a front and rear camera pair
and an on-truck edge computer. A fine-tuned person and obstacle detector runs on
the edge computer; a warning unit combines its detections with the truck's speed
and direction, sounds the cab alarm and, when a person is inside the stop zone,
asks the truck's traction controller to drop to crawl speed. The OEM controller
caps the speed whatever the warning unit sends. Near-miss clips and event records
go over the warehouse Wi-Fi (HTTPS) to a site gateway and on to a cloud clip store,
where site safety managers review them on a dashboard behind corporate SSO. Clips
are kept 30 days; selected ones are labelled by an annotation vendor under a DPA,
used to retrain the detector, and a new model is pushed back over the air through
the site gateway once an ML engineer approves the release. The detector is a
driver-assistance aid: the operator stays responsible for driving safely.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Warehouse forklift collision warning",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-truck vision that warns forklift operators of people and obstacles "
    "and slows the truck near pedestrians, retrained from near-miss clips.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the aisles around the truck; warehouse staff are visible.",
)
detections = tg.Data(
    "Person and obstacle detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
warning = tg.Data("Collision warning", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data("Operator acknowledgement", sensitivity=tg.Sensitivity.INTERNAL)
speed_command = tg.Data(
    "Speed reduction command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
truck_state = tg.Data("Truck speed and direction", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Near-miss clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Ten seconds of video around each warning, showing operators and pedestrians.",
)
events = tg.Data(
    "Near-miss event records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Truck, operator badge id, time, zone and detection summary.",
)
review = tg.Data("Near-miss review outcome", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Clip annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Selected training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Warehouse site", trust=tg.Trust.INTERNAL):
    with tm.boundary("Forklift on-board", trust=tg.Trust.INTERNAL):
        # The person driving the truck; hears the alarm and can acknowledge it.
        operator = tm.add(tg.Actor("Forklift operator", role="operator"))
        # Front and rear camera pairs wired to the edge computer on every truck.
        cameras = tm.add(
            tg.Device("Forklift cameras", description="Stereo camera pairs, one per direction.")
        )
        # The detector itself, running on the truck's edge computer (GPU module).
        detector = tm.add(
            tg.Model(
                "Collision warning detector",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                description="Person and obstacle detector fine-tuned in-house from an "
                "open-weights base; estimates distance from the stereo pair.",
            )
        )
        # Turns detections plus truck motion into warnings, slow-downs and near-miss clips.
        warning_unit = tm.add(
            tg.Service(
                "On-truck warning unit",
                description="Zone logic on the edge computer; buffers video for near-miss clips.",
            )
        )
        # Buzzer, beacon and small display in the cab.
        cab_alarm = tm.add(tg.Device("Cab alarm and display"))
        # The OEM's drive controller; it accepts a crawl-speed request over the truck bus.
        traction = tm.add(
            tg.Device(
                "Forklift traction controller",
                controls={
                    tg.controls.SafetyLimits(
                        limits="OEM firmware caps speed at 12 km/h; the warning unit can "
                        "only lower the limit, never raise it"
                    )
                },
            )
        )

    # On-site server: collects near-miss uploads from trucks and hands out model updates.
    gateway = tm.add(tg.Service("Site edge gateway"))

with tm.boundary("Cloud ML platform", trust=tg.Trust.INTERNAL):
    # Where near-miss clips and events are kept for review and for picking training data.
    clip_store = tm.add(
        tg.DataStore(
            "Near-miss clip store",
            stores={clips, events, review},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RetentionLimits(days=30),
                tg.controls.RBAC(),
            },
        )
    )
    # Web dashboard for safety managers to review near misses per site.
    dashboard = tm.add(
        tg.Endpoint(
            "Safety dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="managers see only their own site"),
            },
        )
    )
    # Curated clips and their annotations used for retraining.
    training_set = tm.add(tg.Dataset("Labelled clip dataset", stores={training_clips, labels}))
    # Fine-tunes the detector and evaluates it on a held-out near-miss set.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            controls={
                tg.controls.ModelValidation(note="held-out recall and false-alarm rate gates")
            },
        )
    )
    # Versioned store of detector builds.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )
    # Pushes an approved detector build to every site gateway.
    ota = tm.add(
        tg.Pipeline(
            "OTA model deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={tg.controls.HumanInTheLoop(approver="ML engineer")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews near misses and marks warnings as real or false alarms.
    safety_manager = tm.add(tg.Actor("Site safety manager", role="safety manager"))
    # Trains the detector and approves releases to the fleet.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Outside labelling company that draws boxes on selected clips.
    annotator = tm.add(
        tg.ExternalService(
            "Annotation vendor service",
            controls={tg.controls.SupplierAssessment(note="security review and GDPR DPA signed")},
        )
    )

# ---------------------------------------------------------------- flows
# on the truck
tm.flow(cameras, detector, frames)
tm.flow(cameras, warning_unit, frames, label="clip ring buffer")
tm.flow(detector, warning_unit, detections)
tm.flow(traction, warning_unit, truck_state, protocol="can bus")
tm.flow(warning_unit, traction, speed_command, protocol="can bus")
tm.flow(warning_unit, cab_alarm, warning)
tm.flow(cab_alarm, operator, warning)
tm.flow(operator, warning_unit, acknowledgement, label="acknowledge button")

# near-miss upload and review
tm.flow(warning_unit, gateway, clips, events, protocol="https", label="warehouse Wi-Fi")
tm.flow(gateway, clip_store, clips, events, protocol="https")
tm.flow(clip_store, dashboard, clips, events)
tm.flow(dashboard, safety_manager, clips, events, protocol="https")
tm.flow(safety_manager, dashboard, review, protocol="https")
tm.flow(dashboard, clip_store, review)

# labelling and retraining
tm.flow(clip_store, training_set, training_clips, review, label="selected clips")
tm.flow(training_set, annotator, training_clips, protocol="https")
tm.flow(annotator, training_set, labels, protocol="https")
tm.flow(training_set, training, training_clips, labels)
tm.flow(ml_engineer, training, label="launches training runs")
tm.flow(training, registry, weights)

# release to the fleet
tm.flow(ml_engineer, ota, release, label="approves release")
tm.flow(registry, ota, weights)
tm.flow(ota, gateway, weights, protocol="https")
tm.flow(gateway, detector, weights, protocol="https", label="warehouse Wi-Fi")
