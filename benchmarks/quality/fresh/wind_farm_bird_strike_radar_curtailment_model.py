"""Bird strike curtailment for an onshore wind farm: the first design.

An avian radar and nacelle cameras watch the airspace around the wind farm. A
detection service on an edge server in the site's OT network runs a model over
radar tracks and camera frames; when a large bird heads into a rotor zone, a
curtailment controller has the wind farm SCADA stop that turbine, and releases
it once the bird has passed. Control room operators watch turbines and
curtailments on the SCADA HMI and can restart turbines by hand. Detections and
clips go to an archive on the corporate network, where ecologists review and
label them in a web portal, tune thresholds and retrain the model. The radar
vendor's engineers reach the radar through a VPN gateway for diagnostics and
firmware. Controls: SSO with MFA and roles on the portal, a password VPN with
session logs for the vendor, versioned models evaluated before release, feed
heartbeat alarms, and the turbines' own controlled stop sequence.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind farm bird strike curtailment",
    profile=tg.RiskProfile.HIGH,
    description="Radar and camera bird detection that stops individual turbines automatically.",
)

# ---------------------------------------------------------------- data assets
radar_tracks = tg.Data(
    "Bird radar tracks",
    kind="features",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
camera_video = tg.Data("Turbine camera video", kind="media")
detections = tg.Data(
    "Large bird detections",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Species class, confidence, position, heading and the turbines at risk.",
)
curtailment_request = tg.Data(
    "Curtailment request",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stop_command = tg.Data(
    "Turbine stop and release commands",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
turbine_status = tg.Data("Turbine status telemetry", kind="records")
operator_command = tg.Data("Manual turbine restart", kind="records")
detection_events = tg.Data(
    "Detection events and clips",
    kind="records",
    description="Each detection with its radar track, camera clip and the curtailment taken.",
)
labels = tg.Data(
    "Ecologist labels",
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
thresholds = tg.Data(
    "Detection thresholds",
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_set = tg.Data("Labelled bird track and clip set", kind="training-data")
model_artifact = tg.Data(
    "Bird detection model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
vendor_session = tg.Data(
    "Vendor remote session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
radar_config = tg.Data(
    "Radar configuration and firmware", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
radar_diagnostics = tg.Data("Radar diagnostics", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Wind farm OT network", trust=tg.Trust.RESTRICTED):
    # The vendor's avian radar on a mast at the site: tracks every target in range.
    radar = tm.add(tg.Device("Avian radar", fleet=False))
    # Cameras on the nacelles confirm size and species of what the radar tracks.
    cameras = tm.add(tg.Device("Turbine-mounted cameras"))
    # Edge server that fuses radar and camera input and runs the model.
    detection = tm.add(
        tg.Service(
            "Detection service",
            controls={
                c.AnomalyDetection(note="control room alarm when the radar or a camera feed stops")
            },
        )
    )
    # Picks out large birds and their flight paths from tracks and frames.
    model = tm.add(
        tg.Model(
            "Bird detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Trained in-house on ecologist-labelled radar tracks and camera clips.",
        )
    )
    # Turns detections into stop and release commands for individual turbines.
    curtailment = tm.add(
        tg.Service(
            "Curtailment controller",
            description="Stops turbines in a bird's path; releases them after a hold-off time.",
        )
    )
    # The wind farm's SCADA server: the only path to the turbines.
    scada = tm.add(tg.Service("Wind farm SCADA"))

    with tm.boundary("Turbine control network", trust=tg.Trust.RESTRICTED):
        # Each turbine's own controller, which carries out stops and restarts.
        turbines = tm.add(
            tg.Device(
                "Turbine controllers",
                controls={
                    c.SafetyLimits(
                        limits="the turbine controller runs its own controlled stop and "
                        "restart sequence, with blade pitch and brake limits"
                    )
                },
            )
        )

with tm.boundary("Site DMZ", trust=tg.Trust.INTERNAL):
    # The only way in from outside the site for the radar vendor.
    vpn = tm.add(
        tg.Service(
            "Vendor VPN gateway",
            controls={
                c.Authentication(method="VPN username and password per vendor engineer"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Watches the farm around the clock and can restart turbines by hand.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Keeps every detection with its evidence, for review and for consent reporting.
    archive = tm.add(tg.DataStore("Detection archive", stores={detection_events}))
    # Where ecologists review detections, label them and set thresholds.
    portal = tm.add(
        tg.Endpoint(
            "Detection review portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Reviewed tracks and clips the model is trained and evaluated on.
    dataset = tm.add(tg.Dataset("Labelled training set", stores={training_set}))
    # Retrains the model when the ecologists ask for it.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="recall on held-out labelled tracks must not drop")},
        )
    )
    # Versions of the model the detection service can be given.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # The owner's ecologists, who answer to the planning consent's bird conditions.
    ecologist = tm.add(tg.Actor("Ecologist", role="ecologist"))

with tm.boundary("Radar vendor", trust=tg.Trust.PARTNER):
    # Vendor service engineers who maintain the radar remotely.
    vendor = tm.add(
        tg.Actor("Radar vendor service engineer", role="vendor service engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(radar, detection, radar_tracks, protocol="tcp")
tm.flow(cameras, detection, camera_video, protocol="rtsp")
tm.flow(detection, model, radar_tracks, camera_video)
tm.flow(model, detection, detections)
tm.flow(detection, curtailment, curtailment_request, protocol="grpc")
tm.flow(curtailment, scada, stop_command, protocol="opc-ua")
tm.flow(scada, curtailment, turbine_status, protocol="opc-ua")
tm.flow(scada, turbines, stop_command, operator_command, protocol="iec-61850")
tm.flow(turbines, scada, turbine_status, protocol="iec-61850")
tm.flow(scada, operator, turbine_status, protocol="https", label="SCADA HMI")
tm.flow(operator, scada, operator_command, protocol="https", label="SCADA HMI")

tm.flow(detection, archive, detection_events, protocol="https")
tm.flow(archive, portal, detection_events)
tm.flow(portal, ecologist, detection_events, protocol="https")
tm.flow(portal, operator, detection_events, protocol="https", label="live detection view")
tm.flow(ecologist, portal, labels, thresholds, protocol="https")
tm.flow(portal, dataset, labels)
tm.flow(archive, dataset, detection_events, label="labelled clips")
tm.flow(portal, detection, thresholds, protocol="https")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, detection, model_artifact, protocol="https", label="deploy")
tm.flow(detection, model, model_artifact, label="load")

tm.flow(vendor, vpn, vendor_session, protocol="ipsec")
tm.flow(vpn, radar, radar_config, protocol="ssh")
tm.flow(radar, vpn, radar_diagnostics, protocol="ssh")
tm.flow(vpn, vendor, radar_diagnostics, protocol="ipsec")
