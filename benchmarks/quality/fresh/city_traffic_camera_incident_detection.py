"""City traffic-camera incident detection: the first design, before any security review.

The transport department's roadside cameras stream video over the city's field
network to an ingest gateway in the city data centre. A detection model, trained
in-house on archived and hand-labelled clips, flags crashes and stalled vehicles
in the frames. An incident manager records each detection and raises an alert on
the traffic management centre (TMC) console, where operators sign in with city
SSO and confirm or dismiss it. Minor incidents (one lane, no injury suspected)
are published straight away, without an operator: the sign control system puts
a message on the nearby variable message signs over NTCIP/SNMP, and a road-status
update is pushed over HTTPS to the traveller app, which a vendor hosts for the
city. Major incidents wait for an operator. Clips are kept 30 days for labelling;
models are evaluated before release and pinned by version in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City traffic-camera incident detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Detects crashes and stalled vehicles on traffic-camera feeds, alerts the TMC and "
        "updates road signs and the traveller app automatically for minor incidents."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Camera video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live H.264 video; number plates and people are visible.",
)
frames = tg.Data("Decoded frames", kind="media", sensitivity=tg.Sensitivity.PII)
detection = tg.Data(
    "Incident detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Incident type, confidence, camera id and bounding boxes.",
)
incident = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Location, lanes affected, severity class, status and a snapshot reference.",
)
snapshot = tg.Data("Incident snapshot", kind="media", sensitivity=tg.Sensitivity.PII)
operator_decision = tg.Data(
    "Operator decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirm, dismiss or escalate, with the operator's id.",
)
sign_message = tg.Data(
    "Sign message",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Text and pictogram for a variable message sign.",
)
road_status = tg.Data(
    "Road-status update",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
clips = tg.Data(
    "Labelled incident clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Short clips around past detections and operator decisions, labelled by staff.",
)
weights = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Roadside field network", trust=tg.Trust.INTERNAL):
    # The existing CCTV cameras on poles and gantries; the source of every detection.
    cameras = tm.add(
        tg.Device("Traffic cameras", fleet=True, description="About 400 fixed PTZ cameras.")
    )
    # Variable message signs on arterials and the ring road; show drivers the incident.
    signs = tm.add(tg.Device("Variable message signs", fleet=True))

with tm.boundary("City data centre", trust=tg.Trust.INTERNAL):
    # Pulls the RTSP streams and samples frames for the model.
    ingest = tm.add(tg.Service("Video ingest gateway"))
    # The detector itself: finds crashes and stalled vehicles in frames.
    detector = tm.add(
        tg.Model(
            "Incident detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Object detector plus a tracker that flags stopped vehicles.",
        )
    )
    # Turns detections into incidents, classifies them minor or major, publishes minor ones.
    incident_manager = tm.add(
        tg.Service(
            "Incident manager",
            controls={
                c.HumanInTheLoop(
                    approver="TMC operator",
                    above="minor incidents (one lane, no injury suspected)",
                ),
            },
        )
    )
    # System of record for incidents and their snapshots.
    incident_db = tm.add(
        tg.DataStore(
            "Incident database",
            stores={incident, snapshot},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Existing NTCIP central system that drives the signs.
    sign_control = tm.add(tg.Service("Sign control system"))

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Archive of clips around detections, labelled for retraining.
        clip_archive = tm.add(
            tg.Dataset(
                "Incident clip archive",
                stores={clips},
                controls={c.RetentionLimits(days=30)},
            )
        )
        # Periodic retraining and evaluation of the detector.
        training = tm.add(
            tg.Pipeline(
                "Detector training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation()},
            )
        )
        # Holds released detector versions; serving loads a pinned version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Traffic management centre", trust=tg.Trust.INTERNAL):
    # Staff who watch the alerts and confirm or dismiss incidents.
    operator = tm.add(tg.Actor("TMC operator", role="traffic operator"))
    # Web console in the TMC where alerts appear.
    console = tm.add(
        tg.Endpoint(
            "TMC incident console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="city SSO (SAML)"), c.RBAC()},
        )
    )

with tm.boundary("Traveller app vendor", trust=tg.Trust.PARTNER):
    # The city's traveller app backend, hosted by the app vendor.
    app_backend = tm.add(
        tg.Service(
            "Traveller app backend",
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public using the traveller app.
    traveller = tm.add(tg.Actor("Traveller", role="public app user"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingest, video, protocol="rtsp")
tm.flow(ingest, detector, frames)
tm.flow(detector, incident_manager, detection)
tm.flow(ingest, incident_manager, snapshot, label="frames around the detection")

tm.flow(incident_manager, incident_db, incident, snapshot)
tm.flow(incident_db, incident_manager, incident, label="open incidents")
tm.flow(incident_manager, console, incident, snapshot, protocol="https", label="alert")
tm.flow(console, operator, incident, snapshot, protocol="https")
tm.flow(operator, console, operator_decision, protocol="https")
tm.flow(console, incident_manager, operator_decision, protocol="https")

tm.flow(incident_manager, sign_control, sign_message, label="auto for minor incidents")
tm.flow(sign_control, signs, sign_message, protocol="snmp", label="NTCIP")
tm.flow(signs, sign_control, sign_message, protocol="snmp", label="display status")
tm.flow(incident_manager, app_backend, road_status, protocol="https", label="push on publish")
tm.flow(traveller, app_backend, road_status, protocol="https", label="status request")
tm.flow(app_backend, traveller, road_status, protocol="https")

tm.flow(ingest, clip_archive, clips, label="clips around detections")
tm.flow(incident_db, clip_archive, incident, label="operator decisions as labels")
tm.flow(clip_archive, training, clips)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy pinned version")
