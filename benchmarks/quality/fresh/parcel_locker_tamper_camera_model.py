"""Parcel locker tamper detection: the first design, before any security review.

Our parcel locker network (several thousand locker banks across the EU, most at
supermarkets and petrol stations) is losing parcels to prised and forced doors.
Each locker bank gets an IP camera and an edge gateway in its cabinet. The gateway
runs a tamper detection model on the camera stream, reads the door sensor board,
and when a door is forced or someone works on the bank it sends an event with a
short clip to the cloud. An alert service pages the on-call security operator and
queues the alert in the security console, where operators view the clip and mark
it genuine or false. Reviewed clips are exported weekly into a labelled dataset;
retraining registers a new model, which is pushed to the gateways after an ML
engineer approves it. Controls today: per-gateway device certificates over MQTT,
SSO with MFA and roles on the console, encrypted clip storage kept 30 days, and
an evaluation gate before a model is registered.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Parcel locker tamper detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Edge camera model that detects locker tampering and alerts the security team.",
)

# ---------------------------------------------------------------- data assets
scene = tg.Data(
    "Scene in front of the locker bank",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Customers, couriers and passers-by, as the camera sees them.",
)
video = tg.Data(
    "Camera video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.PII)
tamper_score = tg.Data("Tamper score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
door_action = tg.Data("Door handling", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
door_events = tg.Data(
    "Door sensor events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Door open/closed, lock state, forced-open and vibration signals per compartment.",
)
tamper_event = tg.Data(
    "Tamper event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Locker bank id, compartment, event type, score and clip reference.",
)
clip = tg.Data(
    "Event clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Thirty seconds of video around the event.",
)
alert = tg.Data("Security alert", kind="records", sensitivity=tg.Sensitivity.PII)
page = tg.Data("On-call page", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
disposition = tg.Data(
    "Alert disposition",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Operator's verdict on the alert: genuine tampering, false alarm, or unsure.",
)
labelled_clips = tg.Data(
    "Labelled tamper clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Tamper model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Locker sites", trust=tg.Trust.UNTRUSTED):
    # Anyone at the locker bank: customers, couriers, passers-by, thieves.
    person = tm.add(tg.Actor("Person at the locker bank", role="member of the public"))
    # One fixed IP camera per locker bank, looking at the compartment doors.
    camera = tm.add(
        tg.Device("Locker bank camera", description="PoE IP camera on the cabinet's local LAN.")
    )
    # Existing board that reports door, lock and vibration state.
    door_sensors = tm.add(
        tg.Device("Door sensor board", description="Wired to every compartment's door switch.")
    )

    with tm.boundary("Locker cabinet edge gateway", trust=tg.Trust.INTERNAL):
        # Runs inference locally so that video does not leave the site unless there is an event.
        edge_service = tm.add(
            tg.Service(
                "Edge tamper monitor",
                description="Decodes the stream, runs the model, fuses door events, uploads clips.",
            )
        )
        # The detector itself, loaded from the package the fleet update service pushes.
        tamper_model = tm.add(
            tg.Model(
                "Tamper detection model",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                description="Video detector for prying, forced doors and cabinet damage.",
            )
        )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Receives device events and decides who hears about them.
    alert_service = tm.add(
        tg.Service(
            "Alert service",
            description="Deduplicates events per locker bank and raises security alerts.",
        )
    )
    # Events and uploaded clips, for review and as training material.
    clip_store = tm.add(
        tg.DataStore(
            "Event and clip store",
            stores={tamper_event, clip, disposition},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30, note="clips not exported for training"),
                c.RBAC(),
            },
        )
    )
    # Where the security team works the alerts.
    console = tm.add(
        tg.Service(
            "Security console",
            internet_facing=True,
            description="Web app listing open alerts with the clip and the locker bank's details.",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed clips with the operators' dispositions as labels.
        dataset = tm.add(tg.Dataset("Tamper training set", stores={labelled_clips}))
        # Periodic retraining, with an evaluation gate before anything is registered.
        training = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="recall and false-alarm rate on a held-out set")},
            )
        )
        # Versioned model packages for the edge gateways.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Pushes an approved model to the gateway fleet over the air.
        fleet_update = tm.add(tg.Pipeline("Fleet model update", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # SaaS on-call paging (push and SMS).
    pager = tm.add(tg.ExternalService("On-call paging service"))

with tm.boundary("Security operations", trust=tg.Trust.INTERNAL):
    # Reviews alerts, sends a patrol or calls the police, marks the alert's outcome.
    operator = tm.add(tg.Actor("Security operator", role="security operations"))
    # Owns the model; approves releases to the fleet.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# At the locker bank.
tm.flow(person, camera, scene, label="in view of the camera")
tm.flow(person, door_sensors, door_action, label="at the locker doors")
tm.flow(camera, edge_service, video, protocol="rtsp", label="cabinet LAN")
tm.flow(door_sensors, edge_service, door_events, protocol="rs-485")
tm.flow(edge_service, tamper_model, frames)
tm.flow(tamper_model, edge_service, tamper_score)

# Events to the cloud.
tm.flow(
    edge_service,
    alert_service,
    tamper_event,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-gateway X.509 certificates")},
)
tm.flow(edge_service, clip_store, clip, protocol="https", label="pre-signed upload URL")
tm.flow(alert_service, clip_store, tamper_event)

# Alerting and review.
tm.flow(alert_service, pager, page, protocol="https")
tm.flow(pager, operator, page, protocol="sms")
tm.flow(alert_service, console, alert)
tm.flow(clip_store, console, clip, tamper_event)
tm.flow(console, operator, alert, clip, protocol="https")
tm.flow(operator, console, disposition, protocol="https")
tm.flow(console, clip_store, disposition)

# Retraining and release.
tm.flow(clip_store, dataset, labelled_clips, label="weekly export of reviewed clips")
tm.flow(dataset, training, labelled_clips)
tm.flow(training, registry, weights)
tm.flow(registry, fleet_update, weights)
tm.flow(ml_engineer, fleet_update, release_approval, protocol="https", label="approves release")
tm.flow(fleet_update, edge_service, weights, protocol="mqtts", label="over-the-air model update")
