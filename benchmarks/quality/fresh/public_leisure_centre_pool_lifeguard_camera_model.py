"""Pool lifeguard camera system: the first design, before any security review.

A public leisure centre fits underwater and overhead cameras in its main pool.
A video analytics server in the centre's plant room runs the vendor's detection
model on the streams; when a swimmer appears motionless underwater for several
seconds, an alert service buzzes the lifeguards' smartwatches with the pool zone
and a still, and the lifeguard on that zone responds and acknowledges on the watch.
Event clips are kept on site for the duty manager to review on a poolside console.
The camera vendor maintains the system remotely through a VPN gateway, and a
nightly job blurs faces in event clips and uploads them to the vendor, who
retrains the model and publishes new versions that the server pulls down.
Controls in this design: the cameras sit on their own VLAN, console and VPN sign-in,
a 30-day retention limit on clips, face blurring before upload, vendor model
evaluation and versioning, and a watch warning when detection goes offline.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pool lifeguard camera system",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based drowning alerts for lifeguards at a public leisure centre pool.",
)

# ---------------------------------------------------------------- data assets
underwater_video = tg.Data(
    "Underwater video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Swimmers, children included, filmed below the surface.",
)
overhead_video = tg.Data(
    "Overhead video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
frames = tg.Data("Video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detection = tg.Data(
    "Motionless swimmer detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pool zone, track id, seconds motionless and a confidence.",
)
alert = tg.Data(
    "Swimmer alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Zone, time and a still image of the swimmer.",
)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
event_clips = tg.Data(
    "Event clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Thirty seconds of video around each alert, from every camera on the zone.",
)
alert_history = tg.Data("Alert history", kind="records", sensitivity=tg.Sensitivity.PII)
review_request = tg.Data("Clip review request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
anonymised_clips = tg.Data(
    "Anonymised training clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Event clips with faces blurred, labelled with the lifeguard's outcome.",
)
model_update = tg.Data(
    "Detection model version", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
maintenance = tg.Data(
    "Maintenance session",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shell commands and configuration changes made by the vendor engineer.",
)
health_logs = tg.Data("System health logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Pool camera VLAN", trust=tg.Trust.INTERNAL):
    # Fixed cameras below the waterline: the only view of a swimmer on the bottom.
    underwater_cams = tm.add(tg.Device("Underwater cameras", fleet=True))
    # Ceiling cameras: track swimmers across the surface and hand tracks to the model.
    overhead_cams = tm.add(tg.Device("Overhead cameras", fleet=True))

with tm.boundary("Leisure centre plant room", trust=tg.Trust.INTERNAL):
    # Vendor-supplied server on site: decodes the streams and runs detection.
    analytics = tm.add(
        tg.Service(
            "Video analytics server",
            description="Decodes camera streams, tracks swimmers and calls the detection model.",
            controls={
                c.FailClosed(
                    fallback="a lost stream or model error buzzes every watch with "
                    "'detection offline'; lifeguards continue normal visual scanning"
                ),
            },
        )
    )
    # The vendor's model, retrained by the vendor and pulled as new versions.
    detector = tm.add(
        tg.Model(
            "Motionless swimmer detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Flags a swimmer motionless underwater for longer than the set time.",
        )
    )
    # Turns detections into alerts and tracks who acknowledged them.
    alert_service = tm.add(
        tg.Service(
            "Alert service",
            description="Sends alerts to the watches of the lifeguards on that zone, escalates "
            "to all watches if not acknowledged in 10 seconds.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Keeps the clips around each alert for incident review.
    clip_store = tm.add(
        tg.DataStore(
            "Event clip store",
            stores={event_clips, alert_history},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Nightly job that prepares clips for the vendor's retraining.
    anonymiser = tm.add(
        tg.Pipeline(
            "Clip anonymisation job",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="faces blurred, audio stripped before upload")},
        )
    )
    # The vendor's way in for maintenance.
    vpn_gateway = tm.add(
        tg.Service(
            "Remote maintenance VPN gateway",
            controls={
                c.Authentication(
                    method="vendor VPN client certificate and shared engineer password"
                ),
                c.AuditLogging(retention_days=90),
            },
        )
    )

with tm.boundary("Poolside staff network", trust=tg.Trust.INTERNAL):
    # Lifeguards wear these on shift; they vibrate and show the zone.
    watches = tm.add(tg.Device("Lifeguard smartwatches", fleet=True))
    # Responds to alerts and acknowledges them on the watch.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))
    # Reviews alerts and clips after an incident or a false alarm.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager"))
    # Web console in the lifeguard office.
    console = tm.add(
        tg.Endpoint(
            "Poolside monitoring console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff username and password"), c.RBAC()},
        )
    )

with tm.boundary("Camera vendor", trust=tg.Trust.PARTNER):
    # Vendor support engineer who patches and tunes the site remotely.
    vendor_engineer = tm.add(
        tg.Actor("Vendor support engineer", role="vendor service engineer", privileged=True)
    )
    # Vendor's pool of anonymised clips from all its customer sites.
    training_set = tm.add(tg.Dataset("Vendor training clip set", stores={anonymised_clips}))
    # Vendor retraining of the detection model.
    training = tm.add(
        tg.Pipeline(
            "Vendor model retraining",
            stage=tg.Stage.TRAINING,
            controls={
                c.ModelValidation(note="vendor evaluates on a held-out set of drowning drills")
            },
        )
    )
    # Where released model versions are published for sites to pull.
    registry = tm.add(
        tg.ModelRegistry(
            "Vendor model registry", stores={model_update}, controls={c.ModelVersioning()}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(underwater_cams, analytics, underwater_video, protocol="rtsp")
tm.flow(overhead_cams, analytics, overhead_video, protocol="rtsp")
tm.flow(analytics, detector, frames)
tm.flow(detector, analytics, detection)
tm.flow(analytics, alert_service, detection, label="detections")
tm.flow(alert_service, watches, alert, protocol="wss")
tm.flow(watches, alert_service, acknowledgement, protocol="wss")
tm.flow(watches, lifeguard, alert, label="vibration and zone on the watch face")
tm.flow(lifeguard, watches, acknowledgement, label="tap on the watch")
tm.flow(analytics, clip_store, event_clips)
tm.flow(alert_service, clip_store, alert_history)

tm.flow(duty_manager, console, review_request, protocol="https")
tm.flow(console, clip_store, review_request)
tm.flow(clip_store, console, event_clips, alert_history)
tm.flow(console, duty_manager, event_clips, alert_history, protocol="https")

tm.flow(clip_store, anonymiser, event_clips)
tm.flow(anonymiser, training_set, anonymised_clips, protocol="https", label="nightly upload")
tm.flow(training_set, training, anonymised_clips)
tm.flow(training, registry, model_update)
tm.flow(registry, analytics, model_update, protocol="https", label="pulled on new release")
tm.flow(analytics, detector, model_update, label="loads the new version")

tm.flow(vendor_engineer, vpn_gateway, maintenance, protocol="ipsec")
tm.flow(vpn_gateway, analytics, maintenance, protocol="ssh")
tm.flow(analytics, vpn_gateway, health_logs, protocol="ssh")
tm.flow(vpn_gateway, vendor_engineer, health_logs, protocol="ipsec")
