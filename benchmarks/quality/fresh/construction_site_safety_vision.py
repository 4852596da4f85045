"""Construction site safety vision: the first design, before any security review.

IP cameras on each construction site stream video over the site LAN to a rugged
edge server in the site office. A detector there flags workers without a helmet
or high-visibility vest, and anyone inside the exclusion zone around a crane.
Each detection becomes an alert with a short clip, uploaded to the safety backend
at head office, which notifies the site supervisors' phones through the mobile
push service. Supervisors open the clip in the company app and confirm or reject
it; they also draw the exclusion zones, which the edge server pulls. Confirmed
clips go into a training set at head office, the detector is retrained there,
and an ML engineer approves each rollout to the edge servers. Supervisors sign in
with company SSO, the edge server talks to head office over HTTPS, models are
versioned and evaluated before release; camera streams are plain RTSP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Construction site safety vision",
    profile=tg.RiskProfile.HIGH,
    description="PPE and crane exclusion-zone detection on site cameras, "
    "with alerts to supervisors and retraining on confirmed clips.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Camera video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of workers and visitors on site.",
)
detections = tg.Data(
    "Safety detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes, class (no helmet, no vest, person in zone) and camera id.",
)
clips = tg.Data(
    "Incident clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Ten-second clips around each detection.",
)
alert = tg.Data(
    "Safety alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Detection type, camera, time and the incident clip.",
)
push = tg.Data(
    "Push notification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Alert title, site and camera name, and a link into the app.",
)
confirmation = tg.Data(
    "Supervisor confirmation",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Confirmed or rejected, with the corrected class.",
)
zones = tg.Data(
    "Exclusion zone configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Polygons per camera around cranes and lifting areas.",
)
training_clips = tg.Data(
    "Labeled safety clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
train_config = tg.Data("Training job configuration", kind="instructions")
detector_weights = tg.Data("Detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Construction site", trust=tg.Trust.INTERNAL):
    # The camera fleet: PoE IP cameras on masts and cranes, on the temporary site LAN.
    cameras = tm.add(tg.Device("Site cameras", fleet=True))

    with tm.boundary("Site edge server", trust=tg.Trust.INTERNAL):
        # Decodes the streams, runs the detector, cuts clips and raises alerts.
        edge = tm.add(
            tg.Service(
                "Edge inference runtime",
                description="One rugged server per site, in the site office container.",
            )
        )
        # The model itself: a helmet/vest/person detector with zone geometry applied after.
        detector = tm.add(
            tg.Model(
                "PPE and exclusion-zone detector",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                description="Safety alerts depend on it; a miss near a crane can injure someone.",
            )
        )
        # Local disk buffer so clips survive while the site uplink is down.
        clip_buffer = tm.add(tg.DataStore("Edge clip buffer", stores={clips, zones}))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Site supervisors receive alerts and confirm or reject them.
    supervisor = tm.add(tg.Actor("Site supervisor", role="site supervisor"))
    # The company's safety app on supervisors' phones (company and personal devices).
    phone_app = tm.add(tg.Device("Supervisor phone app", fleet=True))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # The mobile OS vendors' push notification service.
    push_service = tm.add(tg.ExternalService("Mobile push service"))

with tm.boundary("Head office cloud", trust=tg.Trust.INTERNAL):
    # Receives alerts from all sites, serves the app, keeps the zone configuration.
    backend = tm.add(
        tg.Service(
            "Safety backend",
            controls={c.Authentication(method="company SSO (OIDC)")},
            description="API for the edge servers and the supervisor app.",
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Confirmed clips with their corrected labels, grown with every confirmation.
        dataset = tm.add(tg.Dataset("Confirmed clip dataset", stores={training_clips}))
        # Fine-tunes the detector on GPU instances; installs its Python stack per run.
        training = tm.add(
            tg.Pipeline(
                "Detector retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="mAP on a held-out clip set per class")},
            )
        )
        # Versioned ONNX exports of each trained detector.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={detector_weights}, controls={c.ModelVersioning()}
            )
        )
        # Pushes an approved model version to every site's edge server.
        rollout = tm.add(
            tg.Pipeline(
                "Edge model rollout",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="ML engineer")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs retraining and approves releases to the sites.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# on site: cameras to the edge server, detection and clip buffering
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, detector, video, protocol="local", label="decoded frames")
tm.flow(detector, edge, detections, protocol="local")
tm.flow(edge, clip_buffer, clips, zones, protocol="local")
tm.flow(clip_buffer, edge, clips, zones, protocol="local")

# alerts: edge to head office, then to supervisors
tm.flow(edge, backend, alert, protocol="https", label="alert upload")
tm.flow(backend, edge, zones, protocol="https", label="zone config pull")
tm.flow(backend, push_service, push, protocol="https")
tm.flow(push_service, phone_app, push, protocol="https")
tm.flow(phone_app, backend, confirmation, zones, protocol="https")
tm.flow(backend, phone_app, alert, zones, protocol="https")
tm.flow(phone_app, supervisor, alert, label="alert and clip")
tm.flow(supervisor, phone_app, confirmation, zones, label="confirms alerts, draws zones")

# retraining at head office
tm.flow(backend, dataset, training_clips, label="confirmed clips")
tm.flow(dataset, training, training_clips)
tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(training, registry, detector_weights)
tm.flow(registry, rollout, detector_weights)
tm.flow(ml_engineer, rollout, release, protocol="https", label="approves release")
tm.flow(rollout, detector, detector_weights, protocol="https", label="deploy to site")
