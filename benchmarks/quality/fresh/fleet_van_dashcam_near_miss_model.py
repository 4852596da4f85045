"""Van dashcam near-miss detection: the first design, before any security review.

A parcel delivery company operating in the Netherlands and Belgium fits every van
with a dual-facing dashcam from a telematics vendor. An in-house model runs on
the dashcam, reads the road and cab video with the accelerometer and GPS, beeps
at the driver and flags near misses, harsh braking and phone use. Flagged clips
go over LTE (mutual TLS, per-device certificates) to the vendor's device cloud,
which calls our ingestion service with each new event. The service links each
event to the driver rostered on the van and stores the clip. Fleet safety
managers review the clips in a web portal (Entra ID sign-in with MFA), record
an outcome and coaching notes on the driver's safety record. Reviewed clips and
outcomes become training data; a data scientist approves each retrained model,
which is evaluated, then pushed to the fleet through the vendor's OTA service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Van dashcam near-miss detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="On-board detection of near misses and harsh driving in delivery vans, "
    "with clips reviewed by fleet safety managers.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Road and cab video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous recording of the driver's face and the road, incl. other road users.",
)
frames = tg.Data(
    "Video frames and motion telemetry",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Decoded frames with accelerometer and GPS samples.",
)
event_flag = tg.Data("Driving event flag", kind="model-output", sensitivity=tg.Sensitivity.PII)
cab_alert = tg.Data("In-cab alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
event_clip = tg.Data(
    "Event clip with telemetry",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="20-second clip around the event, speed, location, van id and event type.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
roster = tg.Data("Driver van roster", kind="records", sensitivity=tg.Sensitivity.PII)
review_outcome = tg.Data(
    "Review outcome and coaching notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed or dismissed event, severity and the manager's notes.",
)
driver_record = tg.Data("Driver safety record", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Reviewed event labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Near-miss model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Vans on the road", trust=tg.Trust.UNTRUSTED):
    # The person recorded and assessed; hears the in-cab alerts.
    driver = tm.add(tg.Actor("Van driver", role="driver"))
    # Vendor hardware with camera, accelerometer, GPS and LTE modem.
    dashcam = tm.add(
        tg.Device(
            "Dashcam unit",
            fleet=True,
            description="Dual-facing camera; keeps a rolling buffer on its SD card.",
        )
    )
    # Our detector, running on the dashcam's accelerator.
    detector = tm.add(
        tg.Model(
            "On-board near-miss model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Flags near misses, harsh braking, speeding and phone use; "
            "flags feed each driver's safety record.",
        )
    )

with tm.boundary("Dashcam vendor cloud", trust=tg.Trust.PARTNER):
    # Receives events from the devices and delivers OTA updates to them.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Vendor device cloud",
            controls={c.SupplierAssessment(note="procurement security questionnaire")},
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives the vendor's event callbacks and files the clips.
    ingestion = tm.add(
        tg.Service(
            "Event ingestion service",
            description="Downloads each new clip and links it to the rostered driver.",
        )
    )
    # Existing fleet system that knows who drove which van on which shift.
    fleet_system = tm.add(tg.DataStore("Fleet management system", stores={roster}))
    # Object storage for all uploaded event clips.
    clip_store = tm.add(
        tg.DataStore(
            "Event clip store",
            stores={event_clip},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where managers watch and judge the clips.
    portal = tm.add(
        tg.Endpoint(
            "Safety review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="safety manager role"),
                c.AuditLogging(),
            },
        )
    )
    # Per-driver history of confirmed events, used in coaching and reviews.
    safety_records = tm.add(tg.DataStore("Driver safety records", stores={driver_record}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reviewed clips with manager labels, exported weekly.
        training_set = tm.add(tg.Dataset("Reviewed event dataset", stores={event_clip, labels}))
        # Retrains the detector on the reviewed events.
        training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
        # Versioned ONNX artifacts.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Evaluates and ships an approved model to the vendor's OTA service.
        release = tm.add(
            tg.Pipeline(
                "Fleet model release",
                stage=tg.Stage.DEPLOYMENT,
                controls={
                    c.ModelValidation(note="held-out clip set, recall and false-alarm rate"),
                    c.HumanInTheLoop(approver="lead data scientist"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged clips and coaches drivers.
    manager = tm.add(tg.Actor("Fleet safety manager", role="safety manager"))
    # Owns the detector and approves releases.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(driver, dashcam, footage, label="recorded in the cab")
tm.flow(dashcam, detector, frames, protocol="local")
tm.flow(detector, dashcam, event_flag, protocol="local")
tm.flow(dashcam, driver, cab_alert, label="in-cab beep")
tm.flow(dashcam, vendor_cloud, event_clip, protocol="mtls", label="LTE upload")

tm.flow(vendor_cloud, ingestion, event_clip, protocol="https", label="new-event webhook")
tm.flow(fleet_system, ingestion, roster, label="shift lookup")
tm.flow(ingestion, clip_store, event_clip)
tm.flow(clip_store, portal, event_clip, label="review queue")
tm.flow(portal, manager, event_clip, driver_record, protocol="https")
tm.flow(manager, portal, review_outcome, protocol="https")
tm.flow(portal, safety_records, review_outcome)
tm.flow(safety_records, portal, driver_record)

tm.flow(clip_store, training_set, event_clip, label="weekly export")
tm.flow(portal, training_set, labels, label="weekly export")
tm.flow(training_set, training, event_clip, labels)
tm.flow(training, registry, weights)
tm.flow(scientist, release, approval, protocol="https", label="approves release")
tm.flow(registry, release, weights)
tm.flow(release, vendor_cloud, weights, protocol="https", label="OTA package upload")
tm.flow(vendor_cloud, dashcam, weights, protocol="mtls", label="OTA update")
