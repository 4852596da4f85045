"""Treetop adventure course: smart carabiner clip monitoring, the first design.

Climbers on our high-ropes course wear a harness with two smart carabiners. Each
carabiner senses whether its gate is closed on the safety line and reports its state
over Bluetooth Low Energy to a gateway mounted on the nearest platform. The gateways
forward the readings over the site Wi-Fi (MQTT) to an edge server in the cabin at
the course entrance, where a detection model looks at the sequence of clip events and
the platform position and decides whether a climber is unclipped between platforms
(both carabiners off the line), as opposed to a normal transfer at a platform.
An alert with the climber's first name and platform goes to the instructors'
handhelds, who acknowledge it and go to the climber. At check-in, reception pairs a
set of carabiners with the climber's booking from the online booking system. The
carabiner vendor ships firmware and model updates from its cloud portal. Controls in
this design: staff sign in to the reception tablet, the vendor portal is reached over
HTTPS, model files are signed by the vendor, and every alert is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Treetop course smart carabiner monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Smart carabiners report clip state; a model alerts instructors when "
    "a climber is unclipped between platforms.",
)

# ---------------------------------------------------------------- data assets
clip_reading = tg.Data(
    "Carabiner clip-state reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Carabiner id, gate open or closed, line contact, battery, signal strength.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clip_telemetry = tg.Data(
    "Clip telemetry with platform position",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Readings as forwarded by a platform gateway, tagged with its platform id.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clip_features = tg.Data(
    "Clip-sequence features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recent clip events of one carabiner pair, with platform and timing.",
)
unclip_verdict = tg.Data(
    "Unclipped-climber detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
booking = tg.Data(
    "Climber booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, age band, course level, group organiser's e-mail and phone.",
)
pairing = tg.Data(
    "Carabiner-to-climber pairing",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which carabiner pair a climber wears this session, with first name and course.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alert = tg.Data(
    "Unclip alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Climber first name, platform, time since both carabiners left the line.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
safety_log = tg.Data(
    "Safety event log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Alerts, acknowledgements and response times, kept for incident review.",
)
model_file = tg.Data("Detection model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
firmware = tg.Data("Carabiner firmware image", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Ropes course", trust=tg.Trust.UNTRUSTED):
    # Members of the public, often children, climbing the course.
    climber = tm.add(tg.Actor("Climber", role="visitor"))
    # The sensing carabiners the climbers carry; any visitor can handle them.
    carabiner = tm.add(
        tg.Device(
            "Smart carabiner",
            description="Gate and line-contact sensor with a BLE radio, two per harness.",
        )
    )

with tm.boundary("Course site network", trust=tg.Trust.INTERNAL):
    # One per platform, strapped to the tree: bridges BLE to the site Wi-Fi.
    gateway = tm.add(
        tg.Device(
            "Platform gateway",
            description="Solar-powered BLE receiver on each platform, forwards over MQTT.",
        )
    )
    # Runs on the edge server in the entrance cabin; turns readings into features.
    ingest = tm.add(
        tg.Service(
            "Clip telemetry ingest",
            description="MQTT broker and stream processor on the cabin edge server.",
        )
    )
    # The detector that decides whether a climber is off the line between platforms.
    detector = tm.add(
        tg.Model(
            "Unclip detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Tells a normal platform transfer from both carabiners off the "
            "line mid-element; supplied by the carabiner vendor.",
            controls={c.SignedModels(note="vendor signs each model release")},
        )
    )
    # Sends alerts to the handhelds and records their acknowledgement.
    alerting = tm.add(
        tg.Service(
            "Instructor alert service",
            description="Looks up who wears the carabiners and pushes the alert.",
        )
    )
    # Session pairings, so an alert can name the climber.
    pairing_db = tm.add(tg.DataStore("Session pairing store", stores={pairing}))
    # Incident record for the course manager and the insurer.
    log_store = tm.add(
        tg.DataStore(
            "Safety event log store",
            stores={safety_log},
            controls={c.AuditLogging(retention_days=1095)},
        )
    )
    # Reception pairs carabiners with bookings at check-in.
    reception = tm.add(
        tg.Endpoint(
            "Reception check-in app",
            purpose=tg.EndpointPurpose.API,
            description="Tablet web app: scan the booking, scan the carabiner pair.",
            controls={c.Authentication(method="shared reception PIN")},
        )
    )
    receptionist = tm.add(tg.Actor("Reception staff", role="staff"))
    # Instructors on the ground and on the platforms.
    instructor = tm.add(tg.Actor("Instructor", role="instructor"))
    # Rugged Android handhelds the instructors carry on the course.
    handheld = tm.add(
        tg.Device(
            "Instructor handheld",
            description="Rugged Android phone with the alert app, on the site Wi-Fi.",
        )
    )

with tm.boundary("Booking provider", trust=tg.Trust.PARTNER):
    # The SaaS online booking system customers book and sign waivers in.
    booking_system = tm.add(tg.ExternalService("Online booking system"))

with tm.boundary("Carabiner vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's fleet portal: firmware and model updates for our site.
    vendor_portal = tm.add(
        tg.ExternalService(
            "Vendor fleet portal",
            description="Publishes carabiner firmware and detection model releases.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(climber, carabiner, label="clips and unclips on the line")
tm.flow(carabiner, gateway, clip_reading, protocol="ble")
tm.flow(gateway, ingest, clip_telemetry, protocol="mqtt")
tm.flow(ingest, detector, clip_features)
tm.flow(detector, ingest, unclip_verdict)
tm.flow(ingest, alerting, unclip_verdict, clip_telemetry)
tm.flow(pairing_db, alerting, pairing, label="who wears the carabiners")
tm.flow(alerting, handheld, alert, protocol="https")
tm.flow(handheld, instructor, alert, label="on the screen")
tm.flow(instructor, handheld, ack, label="taps acknowledge")
tm.flow(handheld, alerting, ack, protocol="https")
tm.flow(alerting, log_store, safety_log)

tm.flow(booking_system, reception, booking, protocol="https")
tm.flow(receptionist, reception, pairing, label="scans booking and carabiners on the tablet")
tm.flow(reception, pairing_db, pairing)

tm.flow(vendor_portal, ingest, model_file, protocol="https", label="model update")
tm.flow(ingest, detector, model_file, label="load new model")
tm.flow(vendor_portal, gateway, firmware, protocol="https", label="firmware update")
tm.flow(gateway, carabiner, firmware, protocol="ble", label="over-the-air update")
