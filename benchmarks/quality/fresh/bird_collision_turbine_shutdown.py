"""Bird collision turbine shutdown: the first design, before any security review.

Each turbine on the wind farm carries a radar and a pair of cameras. An edge
detection service in the site substation fuses radar tracks with camera frames,
runs a bird detection model, and when a large bird (eagle, kite, vulture) is on
a collision course the curtailment controller tells the SCADA server to stop or
slow the nearest turbines, with no person in the loop. Control room operators
see curtailments on the SCADA HMI and can override them. Detection events and
clips are uploaded to the company cloud, where contracted ornithologists confirm
or reject them in a review app; a nightly job retrains the model on the
confirmed detections and publishes it to a registry, from which the edge service
pulls the new version. Controls: SSO and roles on the review app, HMI logins,
a SCADA event log of every curtailment, versioned models and HTTPS uplinks.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bird collision turbine shutdown",
    profile=tg.RiskProfile.HIGH,
    description="Radar and camera bird detection that automatically curtails wind turbines.",
)

# ---------------------------------------------------------------- data assets
radar_tracks = tg.Data(
    "Radar tracks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
video = tg.Data(
    "Camera video",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detection = tg.Data(
    "Bird detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Species class, confidence, position, heading and time to the nearest rotor.",
)
curtail_cmd = tg.Data(
    "Curtailment command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Stop or reduce-speed setpoint for named turbines, with a release time.",
)
turbine_status = tg.Data(
    "Turbine status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rotor speed, yaw, operating state and curtailment flags per turbine.",
)
override = tg.Data("Operator override", sensitivity=tg.Sensitivity.INTERNAL)
events = tg.Data(
    "Detection events and clips",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each detection with its radar track and video clip; evidence for the permit.",
)
verdicts = tg.Data(
    "Ornithologist verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Confirmed detection training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Detection model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Wind farm OT network", trust=tg.Trust.INTERNAL):
    # Avian radar on the nacelles: tracks everything that flies within a few km.
    radar = tm.add(tg.Device("Turbine radar units", fleet=True))
    # Cameras that confirm what the radar sees and give the species.
    cameras = tm.add(tg.Device("Turbine cameras", fleet=True))
    # Substation edge server: fuses radar and video and runs the model.
    edge = tm.add(
        tg.Service(
            "Edge detection service",
            description="Fuses radar tracks with camera frames and runs the detector.",
        )
    )
    # The detector itself, trained in-house on our own confirmed detections.
    model = tm.add(
        tg.Model(
            "Bird detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Object detector over video frames, conditioned on the radar track.",
        )
    )
    # Decides which turbines to curtail from the detection and turbine positions.
    curtailer = tm.add(
        tg.Service(
            "Curtailment controller",
            description="Rules over the detection: curtail every turbine within the predicted path.",
        )
    )
    # The farm's SCADA server, which already controls the turbines.
    scada = tm.add(
        tg.Service(
            "SCADA server",
            controls={
                c.Authentication(method="local HMI accounts"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Turbine controllers (PLCs) that execute stop and setpoint commands.
    turbines = tm.add(tg.Device("Turbine controllers", fleet=True))

with tm.boundary("Operations control centre", trust=tg.Trust.INTERNAL):
    # Watches the farm around the clock and can release a curtailment.
    operator = tm.add(tg.Actor("Control room operator", role="operator", privileged=True))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Keeps every detection as evidence for the environmental permit.
    event_store = tm.add(
        tg.DataStore(
            "Detection event store",
            stores={events},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where ornithologists confirm or reject detections.
    review_app = tm.add(
        tg.Endpoint(
            "Detection review app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC"), c.RBAC()},
        )
    )
    # Confirmed detections accumulate here for retraining.
    dataset = tm.add(tg.Dataset("Confirmed detections dataset", stores={training_set, verdicts}))
    # Nightly job that retrains the detector on the confirmed detections.
    training = tm.add(tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; the edge service pulls the latest from here.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Ecological consultancy", trust=tg.Trust.PARTNER):
    # Contracted ornithologists who review detections from their own offices.
    ornithologist = tm.add(tg.Actor("Ornithologist", role="reviewer"))

# ---------------------------------------------------------------- flows
tm.flow(radar, edge, radar_tracks)
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, model, radar_tracks, video)
tm.flow(model, edge, detection)
tm.flow(edge, curtailer, detection)
tm.flow(scada, curtailer, turbine_status)
tm.flow(curtailer, scada, curtail_cmd)
tm.flow(scada, turbines, curtail_cmd, protocol="modbus")
tm.flow(turbines, scada, turbine_status, protocol="modbus")
tm.flow(scada, operator, turbine_status, label="HMI")
tm.flow(operator, scada, override, label="release curtailment")

tm.flow(edge, event_store, events, protocol="https", label="upload")
tm.flow(event_store, review_app, events)
tm.flow(review_app, ornithologist, events, protocol="https")
tm.flow(ornithologist, review_app, verdicts, protocol="https")
tm.flow(review_app, event_store, verdicts)
tm.flow(review_app, dataset, verdicts, training_set, label="confirmed detections")
tm.flow(dataset, training, training_set, verdicts)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="edge pulls new version")
