"""Highway gritter driver fatigue camera: the first design, before any security review.

A county highways service runs a winter fleet of gritter lorries whose drivers work
long night shifts. Each cab gets a driver-facing infrared camera wired to an edge
unit that runs an in-house drowsiness detector on the video, sounds an alarm and
vibrates the seat when the driver's eyes stay closed or they keep yawning. The
edge unit tags each event with GPS and speed from the lorry's telematics box and
uploads a ten-second clip and the score over 4G to the council's cloud tenancy.
Duty supervisors in the depot control room review events on a web dashboard,
phone the driver and decide whether to stand them down; their review outcomes
become labels for monthly retraining. An ML engineer approves each new model,
which is pushed over the air to every cab. Controls: per-vehicle device certificates
on upload, only event clips leave the cab, council SSO with MFA and roles on the
dashboard, encrypted storage, and supervisor review before a driver's record changes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Highway gritter driver fatigue camera",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-cab drowsiness detection for winter gritter drivers, with supervisor review.",
)

# ---------------------------------------------------------------- data assets
fob_sign_in = tg.Data(
    "Driver fob sign-in",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Driver's staff fob id, read when they start a shift in the cab.",
)
cab_video = tg.Data(
    "Cab video frames",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Continuous infrared video of the driver's face; never leaves the cab.",
)
face_frames = tg.Data("Face crop frames", sensitivity=tg.Sensitivity.PII, kind="features")
drowsiness_score = tg.Data("Drowsiness score", sensitivity=tg.Sensitivity.PII, kind="model-output")
alert = tg.Data("Fatigue alarm", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
telemetry = tg.Data(
    "Vehicle GPS and speed telemetry", sensitivity=tg.Sensitivity.PII, kind="records"
)
event_record = tg.Data(
    "Fatigue event record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Driver id, lorry, time, location, speed and drowsiness score.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
event_clip = tg.Data("Fatigue event video clip", sensitivity=tg.Sensitivity.PII, kind="media")
review_outcome = tg.Data(
    "Supervisor review outcome",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="True or false alarm, and whether the driver was stood down.",
)
training_clips = tg.Data(
    "Labelled fatigue clips", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
model_artifact = tg.Data(
    "Drowsiness model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL)
upload_ack = tg.Data("Upload acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Gritter cab", trust=tg.Trust.INTERNAL):
    # The person the system watches and protects.
    driver = tm.add(tg.Actor("Gritter driver", role="driver"))
    # Driver-facing IR camera on the A-pillar, one per lorry.
    camera = tm.add(tg.Device("Driver-facing cab camera", fleet=True))
    # The lorry's existing telematics box supplies location and speed.
    telematics = tm.add(tg.Device("Vehicle telematics unit", fleet=True))
    # Ruggedised computer in the cab: runs the detector, alarms, buffers and uploads events.
    edge_unit = tm.add(
        tg.Service(
            "Cab edge unit",
            description="Buffers video locally, raises the alarm and uploads only event clips.",
            controls={
                c.DataMinimization(note="only 10-second clips around an event are uploaded"),
            },
        )
    )
    # The detector itself, deployed onto the edge unit.
    model = tm.add(
        tg.Model(
            "Driver drowsiness detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Eye-closure and yawn detector fine-tuned in-house on cab footage.",
            controls={
                c.HumanInTheLoop(
                    approver="duty supervisor",
                    note="a supervisor reviews each event before it is recorded against a driver",
                ),
            },
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives event uploads from the whole fleet over the mobile network.
    ingest = tm.add(
        tg.Endpoint(
            "Fatigue event ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-vehicle X.509 device certificate")},
        )
    )
    # Keeps event records and clips for review and retraining.
    event_store = tm.add(
        tg.DataStore(
            "Fatigue event store",
            stores={event_record, event_clip, review_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web dashboard supervisors use to watch and review events.
    dashboard = tm.add(
        tg.Endpoint(
            "Supervisor review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.RESTRICTED):
        # Reviewed clips exported for retraining.
        training_set = tm.add(tg.Dataset("Fatigue training set", stores={training_clips}))
        # Monthly fine-tuning job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned model store.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Pushes an approved model to every cab unit.
        ota = tm.add(tg.Pipeline("Over-the-air model rollout", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Depot control room", trust=tg.Trust.INTERNAL):
    # Reviews events and decides on stand-downs.
    supervisor = tm.add(tg.Actor("Duty supervisor", role="supervisor"))
    # Builds and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(driver, edge_unit, fob_sign_in, label="fob tap on the cab reader")
tm.flow(camera, edge_unit, cab_video, protocol="usb")
tm.flow(telematics, edge_unit, telemetry, protocol="can bus")
tm.flow(edge_unit, model, face_frames, protocol="local")
tm.flow(model, edge_unit, drowsiness_score, protocol="local")
tm.flow(edge_unit, driver, alert, label="audible alarm and seat vibration")

tm.flow(edge_unit, ingest, event_record, event_clip, protocol="https", label="4G upload")
tm.flow(ingest, edge_unit, upload_ack, protocol="https", label="upload acknowledgement")
tm.flow(ingest, event_store, event_record, event_clip)

tm.flow(event_store, dashboard, event_record, event_clip)
tm.flow(dashboard, supervisor, event_record, event_clip, protocol="https")
tm.flow(supervisor, dashboard, review_outcome, protocol="https")
tm.flow(dashboard, event_store, review_outcome)

tm.flow(event_store, training_set, training_clips, label="monthly export of reviewed clips")
tm.flow(training_set, training, training_clips)
tm.flow(training, registry, model_artifact)
tm.flow(registry, ota, model_artifact)
tm.flow(ml_engineer, ota, release_approval, protocol="https", label="approves release")
tm.flow(ota, model, model_artifact, protocol="https", label="over-the-air update via 4G")
