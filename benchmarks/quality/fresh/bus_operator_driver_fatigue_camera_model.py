"""Driver fatigue monitoring: the first design, before any security review.

Every bus gets a driver-facing infrared camera wired to an onboard DMS unit. The unit
runs a drowsiness and distraction detector (weights licensed from a DMS vendor, run
on the unit) on every frame; when eyes stay closed or the driver looks away too long
it sounds the cab buzzer and vibrates the seat. Each event, with a ten-second clip,
goes through the bus's 4G telematics gateway to a fleet event API in the operator's
cloud, which tags it with the driver on duty from the roster system and raises it on
the depot control room dashboard, where controllers acknowledge it and call the
driver by radio. Safety managers review clips before any coaching step. Vendor model
updates arrive by SFTP and are pushed to the buses by our OTA service, which signs
packages. Vehicles authenticate with per-vehicle certificates over mutual TLS, clips
are encrypted at rest and kept 30 days, staff sign in with corporate SSO, and a DPIA
covers the monitoring of drivers.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Driver fatigue monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-cab camera model detecting driver drowsiness and distraction, "
    "alerting the driver and the depot control room.",
)

# ---------------------------------------------------------------- data assets
cab_video = tg.Data(
    "Cab video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Infrared video of the driver's face and upper body, 30 fps.",
)
scores = tg.Data(
    "Drowsiness and distraction scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-frame eye closure, head pose and gaze-away probabilities.",
)
alert_cmd = tg.Data("In-cab alert command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
cab_alert = tg.Data("Audible and haptic alert", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
event = tg.Data(
    "Fatigue event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Event type, severity, time, vehicle, route and GPS position.",
)
clip = tg.Data(
    "Event video clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Ten seconds of cab video around the event.",
)
assignment = tg.Data(
    "Driver duty assignment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which driver (staff number, name) is on which vehicle and duty.",
)
ack = tg.Data("Control room acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
review = tg.Data(
    "Event review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Safety manager's verdict on the clip (true or false alert) and coaching notes.",
)
weights = tg.Data(
    "Fatigue model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor model weights and threshold configuration.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bus", trust=tg.Trust.INTERNAL, description="Equipment fitted in each vehicle."):
    # The person being monitored and alerted.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # Driver-facing IR camera mounted on the cab pillar.
    camera = tm.add(tg.Device("Driver-facing IR camera"))
    # Edge computer: reads frames, runs the model, applies alert thresholds, buffers clips.
    dms = tm.add(
        tg.Service(
            "Onboard DMS unit",
            description="Runs the detector on each frame and raises an event when eye "
            "closure or gaze-away exceeds the configured duration.",
            controls={
                tg.controls.ImpactAssessment(
                    basis="legitimate interests and passenger safety, Art. 6(1)(f); "
                    "no biometric identification"
                )
            },
        )
    )
    # The detector itself, executed on the DMS unit.
    model = tm.add(
        tg.Model(
            "Drowsiness and distraction detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="CNN licensed from the DMS vendor as ONNX weights, run locally.",
        )
    )
    # Cab buzzer and seat vibration pad that wake or warn the driver.
    buzzer = tm.add(tg.Device("In-cab alert buzzer", fleet=True))
    # 4G router shared with the existing ticketing and CCTV telematics.
    gateway = tm.add(tg.Device("Telematics gateway"))

with tm.boundary("DMS vendor", trust=tg.Trust.PARTNER):
    # Vendor delivery point for new model versions and thresholds.
    vendor = tm.add(
        tg.ExternalService("DMS vendor release server", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives events and clips from every bus.
    event_api = tm.add(
        tg.Endpoint(
            "Fleet event API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="per-vehicle X.509 device certificates")},
        )
    )
    # Event history and clips for review.
    event_store = tm.add(
        tg.DataStore(
            "Fatigue event store",
            stores={event, clip, review},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RetentionLimits(days=30, note="clips; events kept 2 years"),
                tg.controls.RBAC(),
            },
        )
    )
    # Existing rostering system: tells us who drives which bus.
    roster = tm.add(tg.DataStore("Duty roster system", stores={assignment}))
    # Web dashboard used in the control room and by safety managers.
    dashboard = tm.add(
        tg.Service(
            "Control room dashboard",
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC)"),
                tg.controls.RBAC(note="controllers see live alerts; safety managers see clips"),
                tg.controls.HumanInTheLoop(
                    approver="a safety manager reviews the clip before any coaching "
                    "or disciplinary step"
                ),
            },
        )
    )
    # Pushes model packages to the buses.
    ota = tm.add(
        tg.Service(
            "OTA update service",
            controls={
                tg.controls.SignedModels(note="packages signed; DMS unit verifies before install")
            },
        )
    )

with tm.boundary("Depot", trust=tg.Trust.INTERNAL):
    # Watches live alerts and calls the driver by radio.
    operator = tm.add(tg.Actor("Control room operator", role="depot control room staff"))
    # Reviews events and clips, coaches drivers.
    safety_mgr = tm.add(tg.Actor("Safety manager", role="driver safety manager"))

# ---------------------------------------------------------------- flows
# on the bus
tm.flow(driver, camera, cab_video, label="filmed in the cab")
tm.flow(camera, dms, cab_video, label="wired camera link")
tm.flow(dms, model, cab_video)
tm.flow(model, dms, scores)
tm.flow(dms, buzzer, alert_cmd)
tm.flow(buzzer, driver, cab_alert, label="in person")
tm.flow(dms, gateway, event, clip)

# to the cloud and the control room
tm.flow(gateway, event_api, event, clip, protocol="mtls", label="MQTT over 4G")
tm.flow(roster, event_api, assignment, label="duty lookup")
tm.flow(event_api, event_store, event, clip, assignment)
tm.flow(event_api, dashboard, event, assignment, label="live alert")
tm.flow(dashboard, operator, event, assignment, protocol="https")
tm.flow(operator, dashboard, ack, protocol="https")
tm.flow(dashboard, event_store, ack, review)
tm.flow(event_store, dashboard, event, clip, assignment)
tm.flow(dashboard, safety_mgr, event, clip, protocol="https")
tm.flow(safety_mgr, dashboard, review, protocol="https")

# model updates
tm.flow(vendor, ota, weights, protocol="sftp")
tm.flow(ota, gateway, weights, protocol="https")
tm.flow(gateway, dms, weights)
tm.flow(dms, model, weights, label="install")
