"""Skatepark night watch: the town council's first design.

The council has four CCTV cameras at the town skatepark. From 22:00 to 06:00 an
edge analytics box in the locked street cabinet at the park reads the camera
streams and runs a detection model that spots graffiti being sprayed, fires and
damage to ramps, lights and fencing. The model is an open-weights detector
fine-tuned by our CCTV contractor, whose portal the box fetches updates from.
Each detection goes over the cabinet's 4G router to the council's alert service
in our cloud tenancy, which checks the box's API key, keeps the event with a
snapshot and short clip, and texts the on-call community safety officer. The
officer opens the clip on the safety dashboard (Microsoft 365 sign-in with MFA),
acknowledges it or marks a false alarm, and calls the fire service or police as
needed. The CCTV manager sets zones, hours and thresholds on the dashboard.
Recordings stay on the on-site NVR for 31 days; a DPIA covers the scheme.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Skatepark vandalism and fire camera alerts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Night-time detection of graffiti, fire and damage at the town skatepark.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "CCTV footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of the park; people in it, many of them teenagers, can be identified.",
)
detection = tg.Data("Detection result", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
event = tg.Data(
    "Detection event with snapshot and clip",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Event type, camera, time, confidence, a still and a 20-second clip.",
)
alert_text = tg.Data(
    "Incident alert text",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'Possible fire, camera 2, skatepark, 23:14' with a link to the dashboard.",
)
ack = tg.Data("Alert acknowledgement and false-alarm mark", kind="feedback")
settings = tg.Data(
    "Detection zones, hours and thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weights = tg.Data("Detection model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
false_alarm_clips = tg.Data("False-alarm clips", kind="media", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Skatepark (public space)", trust=tg.Trust.UNTRUSTED):
    # Whoever is in the park at night: skaters, passers-by and the vandals we look for.
    visitors = tm.add(tg.Actor("Skatepark visitors", role="member of the public"))

with tm.boundary("Skatepark street cabinet", trust=tg.Trust.INTERNAL):
    # Four fixed cameras on the lighting columns, wired to the cabinet.
    cameras = tm.add(tg.Device("Skatepark CCTV cameras", fleet=True))
    # Records every camera around the clock for incident review.
    nvr = tm.add(
        tg.DataStore(
            "On-site NVR recordings",
            stores={footage},
            controls={c.RetentionLimits(days=31)},
        )
    )
    # Runs the model on the live streams at night and reports detections.
    edge_box = tm.add(
        tg.Service(
            "Edge analytics box",
            description="Decodes the streams, runs the detector and uploads detection events.",
            controls={c.ImpactAssessment(basis="public task, Art. 6(1)(e); CCTV DPIA")},
        )
    )
    # Spots graffiti, fire and damage in frames.
    model = tm.add(
        tg.Model(
            "Vandalism and fire detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights object detector fine-tuned by the CCTV contractor.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives events from the park, stores them and pages the on-call officer.
    alert_svc = tm.add(
        tg.Service(
            "Alert service",
            description="Deduplicates events per camera and texts the on-call officer.",
            controls={c.Authentication(method="per-box API key on each upload")},
        )
    )
    # Event history, acknowledgements and detection settings.
    alert_db = tm.add(
        tg.DataStore(
            "Alert event store",
            stores={event, ack, settings, false_alarm_clips},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web app for officers and the CCTV manager.
    dashboard = tm.add(
        tg.Endpoint(
            "Community safety dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council Microsoft 365 sign-in with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Council staff", trust=tg.Trust.INTERNAL):
    # Responds to alerts out of hours from a council phone.
    officer = tm.add(tg.Actor("On-call community safety officer", role="community safety officer"))
    # Owns the CCTV scheme and tunes the detection settings.
    cctv_manager = tm.add(tg.Actor("CCTV manager", role="CCTV scheme manager", privileged=True))

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Delivers the alert text messages to phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))
    # The contractor's portal for model updates, and where false-alarm clips go for retuning.
    vendor_portal = tm.add(tg.ExternalService("CCTV contractor update portal"))

# ---------------------------------------------------------------- flows
# at the park
tm.flow(visitors, cameras, footage, label="filmed in person at the park")
tm.flow(cameras, nvr, footage, protocol="rtsp")
tm.flow(cameras, edge_box, footage, protocol="rtsp")
tm.flow(edge_box, model, footage, label="decoded frames")
tm.flow(model, edge_box, detection)
tm.flow(edge_box, model, weights, label="loads the current version")

# detections to the council
tm.flow(edge_box, alert_svc, event, protocol="https", label="over the cabinet 4G router")
tm.flow(alert_svc, edge_box, settings, protocol="https", label="polled settings")
tm.flow(alert_svc, alert_db, event)
tm.flow(alert_db, alert_svc, settings)
tm.flow(alert_svc, sms_gateway, alert_text, protocol="https")
tm.flow(sms_gateway, officer, alert_text, protocol="sms")

# response and tuning
tm.flow(alert_db, dashboard, event, ack, settings)
tm.flow(dashboard, officer, event, protocol="https")
tm.flow(officer, dashboard, ack, protocol="https")
tm.flow(cctv_manager, dashboard, settings, protocol="https")
tm.flow(dashboard, cctv_manager, event, ack, settings, protocol="https")
tm.flow(dashboard, alert_db, ack, settings)

# model updates and retuning
tm.flow(vendor_portal, edge_box, weights, protocol="https", label="nightly update check")
tm.flow(alert_db, vendor_portal, false_alarm_clips, protocol="sftp", label="monthly export")
