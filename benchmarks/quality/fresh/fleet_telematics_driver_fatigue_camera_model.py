"""Driver fatigue and phone-use camera: the first design, before any security review.

A coach operator in Ireland fits our telematics unit and a driver-facing camera
in every coach cab. A detector on the unit watches for fatigue (eye closure,
yawning, head nods) and handheld phone use and sounds an in-cab alarm; each
event, with a short clip, GPS position and the signed-on driver, uploads over
cellular to our cloud. The operator's transport manager reviews events on our
fleet safety portal and decides on coaching or discipline; drivers see their
own events, clips and notes in a mobile app. Our ML team publishes detector
versions to a registry and an over-the-air service pushes them to units, which
check the signature before loading. Units authenticate with a per-unit
certificate; the portal uses e-mail and password with per-fleet roles; stores
are encrypted with the cloud KMS and clips are deleted after 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coach driver fatigue and phone-use camera",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="In-cab driver monitoring: on-device detection and alarm, event upload, "
    "manager review for coaching and discipline, driver self-view app.",
)

# ---------------------------------------------------------------- data assets
cab_video = tg.Data(
    "Driver-facing cab video",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Continuous infrared video of the driver's face and hands while driving.",
)
sign_on = tg.Data(
    "Driver sign-on",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Driver card number read at the start of a duty.",
)
detection = tg.Data(
    "Fatigue and phone-use detection",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Event type, confidence and frame timestamps.",
)
alarm = tg.Data("In-cab alarm trigger", sensitivity=tg.Sensitivity.INTERNAL)
event = tg.Data(
    "Safety event record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Driver, coach, time, GPS position, speed, event type and confidence.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
clip = tg.Data(
    "Event video clip",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Ten seconds either side of the event.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
notes = tg.Data(
    "Coaching and disciplinary notes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="The manager's review outcome: dismissed, coaching, or disciplinary referral.",
)
app_request = tg.Data("Driver app request", sensitivity=tg.Sensitivity.PII, kind="records")
detector_weights = tg.Data(
    "Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Coach cab", trust=tg.Trust.PARTNER):
    # The person being monitored; signs on with a driver card.
    driver = tm.add(tg.Actor("Coach driver", role="driver"))
    # Infrared driver-facing camera, wired to the unit.
    camera = tm.add(tg.Device("Driver-facing cab camera", fleet=True))
    # Our telematics unit: runs detection, buffers and uploads events.
    unit = tm.add(
        tg.Service(
            "In-vehicle telematics unit",
            description="Linux telematics box under the dashboard with a cellular modem; "
            "buffers events on local flash until they upload.",
            controls={c.SignedModels(note="detector updates are signature-checked before load")},
        )
    )
    # The on-device detector that decides when to alarm and what to upload.
    detector = tm.add(
        tg.Model(
            "Driver fatigue and phone-use detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Face landmark and hand-object detector on the unit's NPU.",
        )
    )
    # Buzzer and dashboard light that wake or warn the driver.
    buzzer = tm.add(tg.Device("Cab alarm buzzer", fleet=True))

with tm.boundary("Telematics cloud", trust=tg.Trust.INTERNAL):
    # Receives events and clips from the units.
    ingestion = tm.add(
        tg.Endpoint(
            "Event ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-unit X.509 device certificate issued at fitting")
            },
        )
    )
    # Event records and the managers' review outcomes.
    event_store = tm.add(
        tg.DataStore(
            "Safety event database",
            stores={event, notes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for the video clips.
    clip_store = tm.add(
        tg.DataStore(
            "Event clip storage",
            stores={clip},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Web portal where the operator's managers review events.
    portal = tm.add(
        tg.Endpoint(
            "Fleet safety portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password, TOTP optional"),
                c.RBAC(note="users see only their own operator's fleet"),
                c.HumanInTheLoop(
                    approver="transport manager reviews the clip before any coaching or "
                    "disciplinary step"
                ),
            },
        )
    )
    # Backend for the driver app.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            description="Lists the signed-in driver's own events, clips and review notes.",
            controls={c.Authentication(method="driver number and password")},
        )
    )
    # Versions of the detector the ML team publishes.
    registry = tm.add(tg.ModelRegistry("Detector model registry", stores={detector_weights}))
    # Rolls detector versions out to units over the air.
    ota = tm.add(tg.Pipeline("Over-the-air model update", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("ML team workstations", trust=tg.Trust.INTERNAL):
    # Trains and publishes the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Operator depot office", trust=tg.Trust.PARTNER):
    # The coach operator's manager who reviews events and decides follow-up.
    manager = tm.add(tg.Actor("Transport manager", role="transport manager"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The app on the driver's own phone.
    driver_app = tm.add(tg.Device("Driver mobile app", fleet=False))

# ---------------------------------------------------------------- flows
# In the cab.
tm.flow(driver, unit, sign_on, label="driver card")
tm.flow(driver, camera, cab_video, label="filmed")
tm.flow(camera, unit, cab_video, label="wired camera link")
tm.flow(unit, detector, cab_video)
tm.flow(detector, unit, detection)
tm.flow(unit, buzzer, alarm)
tm.flow(buzzer, driver, alarm, label="audible alarm")

# Upload to the cloud.
tm.flow(unit, ingestion, event, clip, protocol="https", label="cellular upload")
tm.flow(ingestion, event_store, event)
tm.flow(ingestion, clip_store, clip)

# Manager review.
tm.flow(event_store, portal, event, notes)
tm.flow(clip_store, portal, clip)
tm.flow(portal, manager, event, clip, notes, protocol="https")
tm.flow(manager, portal, notes, protocol="https", label="review outcome")
tm.flow(portal, event_store, notes)

# Driver self-view.
tm.flow(driver, driver_app, app_request)
tm.flow(driver_app, driver_api, app_request, protocol="https")
tm.flow(event_store, driver_api, event, notes)
tm.flow(clip_store, driver_api, clip)
tm.flow(driver_api, driver_app, event, clip, notes, protocol="https")
tm.flow(driver_app, driver, event, clip, notes)

# Model updates.
tm.flow(ml_engineer, registry, detector_weights, protocol="https", label="publish version")
tm.flow(registry, ota, detector_weights)
tm.flow(ota, unit, detector_weights, protocol="https", label="over-the-air update")
