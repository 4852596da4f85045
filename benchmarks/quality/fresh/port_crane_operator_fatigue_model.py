"""Crane operator fatigue detection: the first design, before any security review.

A container terminal in an EU port fits an infrared camera in the cab of each
ship-to-shore and yard crane, facing the operator. An edge inference unit on the
crane's own network reads the camera stream, runs an in-house fatigue detection model
(eye closure, head nods, yawning) and, when a score stays above threshold, sends a
fatigue event with a ten-second clip to the alert service in the terminal's operations
network. The alert service names the operator from the crew roster, keeps the event and
raises it on the shift supervisor's control-room dashboard, where the supervisor
acknowledges it and decides whether to relieve the operator; the crane itself is not
slowed or stopped. Safety analysts label stored clips, and the ML platform retrains the
model, keeps versions in a registry and pushes approved versions to the cranes. The
dashboard uses the terminal's Active Directory sign-in with role-based access, events are
kept for 30 days, and new models must pass an evaluation before they can be promoted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crane operator fatigue detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Cab cameras and an edge model detect crane operator fatigue and alert the shift supervisor.",
)

# ---------------------------------------------------------------- data assets
cab_video = tg.Data(
    "Cab camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
    description="Infrared video of the operator's face and upper body, 15 fps.",
)
fatigue_score = tg.Data(
    "Operator fatigue score", kind="model-output", sensitivity=tg.Sensitivity.PII
)
fatigue_event = tg.Data(
    "Fatigue event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Crane id, time, score and a ten-second clip of the operator.",
)
roster = tg.Data(
    "Crew roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which operator is assigned to which crane in each shift.",
)
alert = tg.Data("Supervisor fatigue alert", kind="records", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data(
    "Alert acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Supervisor's acknowledgement and action taken (relieved, break, no action).",
)
event_clips = tg.Data("Stored fatigue clips", kind="media", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Fatigue labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled fatigue clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Fatigue model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
promotion_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Crane on-board network", trust=tg.Trust.INTERNAL):
    # The person in the cab whose alertness is being watched.
    operator = tm.add(tg.Actor("Crane operator", role="operator"))
    # One infrared camera per crane cab, pointed at the operator's seat.
    camera = tm.add(tg.Device("Cab camera", fleet=True))
    # Small GPU box on each crane: decodes frames and runs the model locally.
    edge_unit = tm.add(
        tg.Service(
            "Edge inference unit",
            description="Scores every frame and raises an event when the score stays high for 3 s.",
        )
    )
    # The detector itself, deployed to every crane.
    model = tm.add(
        tg.Model(
            "Fatigue detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN over eye, head and mouth landmarks; outputs a drowsiness score.",
        )
    )

with tm.boundary("Terminal operations network", trust=tg.Trust.INTERNAL):
    # Receives events from all cranes and turns them into supervisor alerts.
    alert_service = tm.add(tg.Service("Fatigue alert service"))
    # Keeps events, clips and acknowledgements for review and labelling.
    event_store = tm.add(
        tg.DataStore(
            "Fatigue event store",
            stores={fatigue_event, acknowledgement, event_clips},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Rostering system of the terminal operating system: who is in which crane.
    rostering = tm.add(
        tg.DataSource("Crew rostering system", origin=tg.Origin.INTERNAL, provides={roster})
    )
    # Control-room web dashboard the supervisor watches during the shift.
    dashboard = tm.add(
        tg.Endpoint(
            "Supervisor dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Active Directory password"), c.RBAC()},
        )
    )
    # Decides whether to relieve an operator; the model only advises.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="supervisor"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Health and safety analysts who review clips and mark true and false alarms.
    analyst = tm.add(tg.Actor("Safety analyst", role="analyst"))
    # The clips and labels the model is retrained on.
    dataset = tm.add(tg.Dataset("Fatigue training set", stores={training_set, labels}))
    # Monthly retraining job; pulls open-source vision libraries.
    training = tm.add(
        tg.Pipeline(
            "Model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="recall and false-alarm rate on a held-out clip set")},
        )
    )
    # Versions of the model, with the one currently deployed.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes an approved version to the edge unit on every crane.
    rollout = tm.add(tg.Pipeline("Edge model rollout", stage=tg.Stage.DEPLOYMENT))
    # Engineer who approves a model for rollout.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(operator, camera, cab_video, label="filmed in the cab")
tm.flow(camera, edge_unit, cab_video, protocol="rtsp")
tm.flow(edge_unit, model, cab_video, label="decoded frames")
tm.flow(model, edge_unit, fatigue_score)
tm.flow(edge_unit, alert_service, fatigue_event, protocol="mqtts")

tm.flow(rostering, alert_service, roster, protocol="https")
tm.flow(alert_service, event_store, fatigue_event)
tm.flow(alert_service, dashboard, alert, protocol="wss")
tm.flow(dashboard, supervisor, alert, protocol="https")
tm.flow(supervisor, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, event_store, acknowledgement)
tm.flow(event_store, dashboard, fatigue_event, event_clips, label="event history")

tm.flow(event_store, analyst, event_clips, protocol="https", label="clip review")
tm.flow(analyst, dataset, labels, protocol="https")
tm.flow(event_store, dataset, event_clips, label="weekly export")
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, rollout, promotion_approval, label="approves release")
tm.flow(registry, rollout, weights)
tm.flow(rollout, edge_unit, weights, protocol="https", label="deploy")
