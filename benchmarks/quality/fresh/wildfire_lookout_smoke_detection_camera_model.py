"""Wildfire lookout cameras with smoke detection: the first design.

The forestry agency mounts pan-tilt-zoom cameras on hilltop lookout towers.
They sweep the horizon and stream video over LTE, inside a site-to-site IPsec
VPN, to the agency's detection cloud. A frame ingest service pulls the streams,
archives frames and hands them to an in-house smoke detection model. For each
detected plume a bearing service turns the camera's heading and the pixel
position into a compass bearing (and a cross-fix when two towers see it), and
an alerting service posts the alert with bearings and the frame to the
interagency fire dispatch centre's CAD system. Dispatchers look at the frames
in a review console, steer cameras, and confirm or dismiss each alert; their
verdicts become labels for retraining, together with a public smoke image set.
Controls: the VPN, SSO with MFA and roles on the console, stream-drop monitoring,
model evaluation before release and versioned models and datasets.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Wildfire lookout smoke detection",
    profile=tg.RiskProfile.HIGH,
    description="Hilltop cameras and a smoke detection model that alert fire dispatch with bearings.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data("Camera video stream", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
frames = tg.Data("Camera frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Smoke detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding box, confidence score, camera id, pan/tilt and timestamp.",
)
calibration = tg.Data(
    "Camera positions and heading calibration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alert = tg.Data(
    "Smoke alert with bearings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Tower, bearing, cross-fix location if any, confidence and a link to the frames.",
)
ptz_commands = tg.Data("PTZ camera commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
verdicts = tg.Data(
    "Dispatcher alert verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed smoke or dismissed (dust, cloud, fog, controlled burn).",
)
training_frames = tg.Data(
    "Labeled training frames",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
public_images = tg.Data(
    "Public wildfire smoke image set", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
weights = tg.Data("Smoke model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
promotion = tg.Data("Model promotion decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Research wildfire image collection used to bootstrap and enlarge the training set.
    public_set = tm.add(
        tg.DataSource(
            "Public smoke image dataset",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_images},
        )
    )

with tm.boundary("Lookout tower sites", trust=tg.Trust.INTERNAL):
    # The PTZ cameras on the unattended hilltop towers, one or two per site.
    cameras = tm.add(
        tg.Device(
            "Hilltop PTZ cameras",
            fleet=True,
            description="Agency-owned cameras on leased telecom towers, LTE router with IPsec VPN.",
        )
    )

with tm.boundary("Agency detection cloud", trust=tg.Trust.INTERNAL):
    # Pulls the streams, samples frames and watches for cameras that go silent.
    ingest = tm.add(
        tg.Service(
            "Frame ingest service",
            controls={
                c.AnomalyDetection(note="alerts the duty technician when a camera stream drops")
            },
        )
    )
    # Keeps frames for review, evidence after a fire and retraining.
    archive = tm.add(tg.DataStore("Frame archive", stores={frames}))
    # The detector: finds smoke plumes in each frame.
    model = tm.add(
        tg.Model(
            "Smoke plume detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={c.ModelVersioning()},
        )
    )
    # Turns a detection into a bearing from the tower, and cross-fixes two towers.
    bearing = tm.add(tg.Service("Bearing and cross-fix service"))
    # Where each tower is and which way each camera's zero heading points.
    site_db = tm.add(tg.DataStore("Camera site calibration store", stores={calibration}))
    # Sends alerts on to the dispatch centre's CAD.
    alerter = tm.add(tg.Service("Alerting service"))
    # Web console where dispatchers see frames, steer cameras and give verdicts.
    console = tm.add(
        tg.Endpoint(
            "Detection review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="agency SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML training environment", trust=tg.Trust.INTERNAL):
        # Frames labeled by dispatcher verdicts, plus the public image set.
        dataset = tm.add(
            tg.Dataset(
                "Smoke training set",
                stores={training_frames, public_images},
                controls={c.DataVersioning()},
            )
        )
        # Retrains the detector before each fire season.
        training = tm.add(
            tg.Pipeline(
                "Detector training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(
                        note="held-out fire-season footage, false-alarm and miss rates"
                    )
                },
            )
        )
        # Versioned detector weights that serving loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Fire dispatch centre", trust=tg.Trust.PARTNER):
    # The interagency emergency communications centre's computer-aided dispatch system.
    cad = tm.add(tg.ExternalService("Fire dispatch CAD", provides=tg.ExternalCategory.GENERIC))
    # Dispatchers decide whether to send crews or aircraft.
    dispatcher = tm.add(tg.Actor("Fire dispatcher", role="dispatcher"))

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Builds and releases the detection model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
vpn = c.EncryptionInTransit(protocol="IPsec site-to-site VPN over LTE")
tm.flow(cameras, ingest, video, protocol="rtsp", controls={vpn})
tm.flow(ingest, archive, frames)
tm.flow(ingest, model, frames)
tm.flow(model, bearing, detections)
tm.flow(site_db, bearing, calibration)
tm.flow(bearing, alerter, alert)
tm.flow(alerter, cad, alert, frames, protocol="https")
tm.flow(cad, dispatcher, alert, label="on the CAD screen")

tm.flow(archive, console, frames)
tm.flow(console, dispatcher, frames, protocol="https")
tm.flow(dispatcher, console, verdicts, ptz_commands, protocol="https")
tm.flow(console, cameras, ptz_commands, protocol="http", controls={vpn})

tm.flow(console, dataset, verdicts)
tm.flow(archive, dataset, frames, label="frames of reviewed alerts")
tm.flow(public_set, dataset, public_images, protocol="https")
tm.flow(dataset, training, training_frames, public_images)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
