"""Construction site PPE camera model: the first design, before any security review.

A construction contractor fits fixed cameras around each site. They stream video
over the site LAN to a small server in the site office, where an inference service
runs a vendor-supplied detector for workers without hard hats or high-visibility
vests inside exclusion zones (crane swing areas, excavations, plant routes) that
the site manager draws per camera. A hit cuts a short clip into a clip store on the
server, kept for seven days, and sends an alert with a snapshot to the site
manager's phone through a mobile push provider. The manager opens clips and edits
zones in a small web viewer on the server, published through the site router and
signed into with a username and password. Every quarter an update agent on the
server downloads a new model package from the vendor's update server over HTTPS.
Clip deletion after seven days is automatic; cameras speak plain RTSP on the LAN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Construction site PPE camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-site detection of missing hard hats and hi-vis vests in exclusion zones, "
    "with alerts to the site manager.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Site camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the site; workers are recognisable in it.",
)
detections = tg.Data(
    "PPE violation detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Camera, zone, time, bounding box and the missing item (hard hat, vest).",
)
clips = tg.Data(
    "Violation clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
alert = tg.Data(
    "PPE alert with snapshot",
    sensitivity=tg.Sensitivity.PII,
    description="Push notification text and a still frame of the worker in the zone.",
)
zones = tg.Data(
    "Exclusion zone definitions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
clip_request = tg.Data("Clip request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
viewer_login = tg.Data(
    "Viewer sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
model_package = tg.Data(
    "PPE model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
version_report = tg.Data(
    "Installed model version", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Site grounds", trust=tg.Trust.UNTRUSTED):
    # Anyone on site walks in front of the cameras: own staff, subcontractors, visitors.
    worker = tm.add(tg.Actor("Site worker", role="worker"))

with tm.boundary("Site network", trust=tg.Trust.INTERNAL):
    # Fixed IP cameras on poles and scaffolding, wired or on site Wi-Fi bridges.
    cameras = tm.add(
        tg.Device("Site cameras", fleet=True, description="Fixed IP cameras, RTSP streams.")
    )

    with tm.boundary("Site office server", trust=tg.Trust.INTERNAL):
        # Pulls the camera streams, runs the model on sampled frames, applies the zones.
        inference = tm.add(
            tg.Service(
                "Edge inference service",
                description="Decodes streams, runs the detector, checks zones, cuts clips.",
            )
        )
        # The vendor's detector; we run the weights locally but did not train them.
        model = tm.add(
            tg.Model(
                "PPE detection model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Vendor-trained detector for people, hard hats and hi-vis vests; "
                "the site relies on it to spot unprotected workers in exclusion zones.",
            )
        )
        # Zone polygons per camera, drawn by the site manager in the viewer.
        zone_store = tm.add(tg.DataStore("Exclusion zone configuration", stores={zones}))
        # Local disk holding the clips of each alert for seven days.
        clip_store = tm.add(
            tg.DataStore(
                "Clip store",
                stores={clips},
                controls={c.RetentionLimits(days=7, note="nightly purge of clips over 7 days")},
            )
        )
        # Turns detections into push notifications, with a per-zone cool-down.
        alerter = tm.add(tg.Service("Alert service"))
        # Web UI for clips and zones, published on the site router so it works off site.
        viewer = tm.add(
            tg.Endpoint(
                "Clip viewer",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls={c.Authentication(method="username and password")},
            )
        )
        # Checks the vendor's update server and installs the quarterly model.
        updater = tm.add(
            tg.Service(
                "Model update agent",
                description="Downloads and installs the vendor's quarterly model package.",
                controls={c.SecretsManagement(note="vendor download key kept in the OS keyring")},
            )
        )

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Company-issued phones of site managers, used on and off site.
    phone = tm.add(tg.Device("Site manager's phone", fleet=True))
    # Receives alerts, goes to the zone, reviews clips and redraws zones.
    manager = tm.add(tg.Actor("Site manager", role="site manager"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # The phone platform's push notification service.
    push = tm.add(tg.ExternalService("Mobile push service"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Where the vendor publishes each quarter's model package.
    vendor = tm.add(
        tg.ExternalService("Vendor model update server", provides=tg.ExternalCategory.MODEL_HUB)
    )

# ---------------------------------------------------------------- flows
tm.flow(worker, cameras, video, label="in view of the camera")
tm.flow(cameras, inference, video, protocol="rtsp")
tm.flow(inference, model, video, protocol="local", label="sampled frames")
tm.flow(model, inference, detections, protocol="local")
tm.flow(zone_store, inference, zones, protocol="local")
tm.flow(inference, clip_store, clips, protocol="local")
tm.flow(inference, alerter, detections, alert, protocol="local")

tm.flow(alerter, push, alert, protocol="https")
tm.flow(push, phone, alert, protocol="https")
tm.flow(phone, manager, alert, label="shown on the phone")

tm.flow(manager, phone, viewer_login, clip_request, zones, label="typed on the phone")
tm.flow(phone, viewer, viewer_login, clip_request, zones, protocol="https")
tm.flow(clip_store, viewer, clips, protocol="local")
tm.flow(viewer, phone, clips, protocol="https")
tm.flow(viewer, zone_store, zones, protocol="local")
tm.flow(zone_store, viewer, zones, protocol="local")

tm.flow(updater, vendor, version_report, protocol="https")
tm.flow(vendor, updater, model_package, protocol="https", label="quarterly update")
tm.flow(updater, model, model_package, protocol="local", label="install")
