"""Port crane operator fatigue camera model: the first design, before any security review.

A container terminal in Rotterdam fits an infrared camera in the cab of each
ship-to-shore crane, facing the operator. An edge analyser on the crane decodes the
video and runs an in-house fatigue detection model (eye closure, yawning, head pose).
When the model sees signs of fatigue it sounds a warning buzzer in the cab and sends a
fatigue event with a ten-second clip over the terminal's OT network to an alert
service in the terminal data centre. The alert service names the operator from the
crew roster in the terminal operating system and shows the alert on the shift
supervisor's dashboard; the supervisor decides whether to relieve the operator and
marks each alert as confirmed or a false alarm. Only events leave the crane, never
continuous video. Events are kept 30 days, encrypted, behind role-based access; a DPIA
agreed with the works council covers the processing. Confirmed and dismissed clips are
exported monthly to retrain the model, which an ML engineer releases to the cranes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port crane operator fatigue camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Cab cameras detect crane operator fatigue and alert the shift supervisor.",
)

# ---------------------------------------------------------------- data assets
cab_video = tg.Data(
    "Cab infrared video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
face_frames = tg.Data(
    "Operator face frames",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Decoded, cropped frames of the operator's face and head.",
)
fatigue_score = tg.Data("Fatigue score", kind="model-output", sensitivity=tg.Sensitivity.PII)
cab_warning = tg.Data("Cab fatigue warning", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fatigue_event = tg.Data(
    "Fatigue event with clip",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Crane id, time, score and a ten-second clip of the cab.",
)
crew_assignments = tg.Data(
    "Crane crew assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which operator is on which crane this shift.",
)
supervisor_alert = tg.Data(
    "Supervisor fatigue alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Operator name, crane, score and clip, shown on the dashboard.",
)
supervisor_verdict = tg.Data(
    "Supervisor alert verdict",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Acknowledged; confirmed fatigue or false alarm; operator relieved or not.",
)
training_clips = tg.Data(
    "Labelled fatigue clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_weights = tg.Data(
    "Fatigue model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with (
    tm.boundary("Terminal OT network", trust=tg.Trust.INTERNAL),
    tm.boundary("Crane cab", trust=tg.Trust.INTERNAL),
):
    # The person being watched; works a ship-to-shore crane for hours at a time.
    operator = tm.add(tg.Actor("Crane operator", role="crane operator"))
    # One infrared camera per cab, facing the operator's seat.
    camera = tm.add(tg.Device("Cab infrared camera", fleet=True))
    # Sounds in the cab the moment the model sees fatigue.
    buzzer = tm.add(tg.Device("Cab warning buzzer", fleet=True))
    # Edge box on the crane: decodes video, runs the model, raises events.
    edge = tm.add(
        tg.Service(
            "Crane edge analyser",
            description="Sends only fatigue events with short clips off the crane.",
            controls={
                c.DataMinimization(note="no continuous video leaves the crane"),
            },
        )
    )
    # In-house detector trained on labelled cab clips; runs on the edge box.
    fatigue_model = tm.add(
        tg.Model(
            "Operator fatigue detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.ImpactAssessment(
                    basis="legitimate interest and works council agreement; "
                    "Art. 9(2)(b) occupational safety obligations",
                )
            },
        )
    )

with tm.boundary("Terminal data centre", trust=tg.Trust.INTERNAL):
    # Gathers events from every crane and routes them to the shift supervisor.
    alert_service = tm.add(tg.Service("Fatigue alert service"))
    # Terminal operating system's roster, to name the operator on the crane.
    roster = tm.add(
        tg.DataSource(
            "TOS crew roster",
            origin=tg.Origin.INTERNAL,
            provides={crew_assignments},
        )
    )
    # Fatigue events, clips and supervisors' verdicts.
    event_store = tm.add(
        tg.DataStore(
            "Fatigue event store",
            stores={fatigue_event, supervisor_verdict},
            controls={
                c.EncryptionAtRest(key_management="database TDE with data centre HSM"),
                c.RetentionLimits(days=30),
                c.RBAC(),
            },
        )
    )
    # Web dashboard on the supervisors' tablets.
    dashboard = tm.add(
        tg.Endpoint(
            "Supervisor alert dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="terminal Active Directory username and password"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the shift supervisor",
                    note="the supervisor decides whether to relieve the operator",
                ),
            },
        )
    )

with tm.boundary("Terminal operations network", trust=tg.Trust.INTERNAL):
    # Receives alerts on a tablet and decides what to do about them.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="shift supervisor"))
    # Trains the model and releases new versions to the cranes.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Clips and verdicts exported from the event store for retraining.
    clip_dataset = tm.add(tg.Dataset("Fatigue training clips", stores={training_clips}))
    # Retrains and evaluates the detector on the labelled clips.
    training = tm.add(
        tg.Pipeline(
            "Fatigue model training",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="hold-out recall and false-alarm rate checked")},
        )
    )
    # Versions of the model artifact.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_weights}, controls={c.ModelVersioning()})
    )
    # Pushes a released model version to every crane's edge analyser.
    deployment = tm.add(tg.Pipeline("Edge model rollout", stage=tg.Stage.DEPLOYMENT))

# ---------------------------------------------------------------- flows
tm.flow(operator, camera, cab_video, label="seen by the camera in the cab")
tm.flow(camera, edge, cab_video, protocol="rtsp")
tm.flow(edge, fatigue_model, face_frames, protocol="local")
tm.flow(fatigue_model, edge, fatigue_score, protocol="local")
tm.flow(edge, buzzer, cab_warning, label="wired relay output")
tm.flow(buzzer, operator, cab_warning, label="audible warning in the cab")

tm.flow(edge, alert_service, fatigue_event, protocol="mqtt")
tm.flow(roster, alert_service, crew_assignments, protocol="https")
tm.flow(alert_service, event_store, fatigue_event)
tm.flow(alert_service, dashboard, supervisor_alert, protocol="https")
tm.flow(dashboard, supervisor, supervisor_alert, protocol="https")
tm.flow(supervisor, dashboard, supervisor_verdict, protocol="https")
tm.flow(dashboard, event_store, supervisor_verdict)
tm.flow(event_store, dashboard, fatigue_event, label="alert history and clips")

tm.flow(event_store, clip_dataset, training_clips, label="monthly export")
tm.flow(clip_dataset, training, training_clips)
tm.flow(training, registry, model_weights)
tm.flow(ml_engineer, deployment, release_approval, protocol="https", label="approves release")
tm.flow(registry, deployment, model_weights)
tm.flow(deployment, fatigue_model, model_weights, protocol="https", label="over-the-air rollout")
