"""Lake boat hire and capsize watch: the first design, before any security review.

A municipal park hires out pedalos and rowing boats on its lake. Customers hire
at a self-service touchscreen kiosk by the jetty: they give a name and mobile
number, pick a boat type and pay by card on the kiosk's contactless reader,
which passes the payment to the card acquirer. Each boat carries an RFID tag;
a reader on the jetty gate logs boats out and back in, and the hire service on
the park office server times each hire and radios the boat attendant when one
is overdue. Cameras on poles round the lake stream to an edge box, where a
detection model supplied by a video analytics integrator watches for capsized
or drifting boats and sends an alert to the attendant's radio through a radio
gateway; short clips around each alert are kept and shared with the integrator
to improve the model. Staff use the hire dashboard with their own username and
password. Kiosk and payment traffic is HTTPS; the camera network is the park LAN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lake boat hire kiosk and capsize camera",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Self-service boat hire with tag-timed hires, and a camera model that "
    "alerts the attendant's radio to capsized or drifting boats.",
)

# ---------------------------------------------------------------- data assets
hire_request = tg.Data(
    "Hire request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, boat type, number of people.",
)
card_payment = tg.Data(
    "Card payment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hire_ticket = tg.Data(
    "Hire ticket",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boat number, start time, hire length.",
)
hire_records = tg.Data(
    "Hire records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
tag_id = tg.Data("Boat tag ID", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tag_reads = tg.Data(
    "Tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boat number, gate, direction and time.",
)
video = tg.Data(
    "Lake camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the lake; people in boats and on the banks are visible.",
)
frames = tg.Data("Camera frames", kind="features", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Capsize and drift detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boat box, class (upright, capsized, drifting), confidence, camera zone.",
)
boat_alert = tg.Data(
    "Boat alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera zone and what was seen, spoken to the attendant's radio.",
)
overdue_alert = tg.Data("Overdue hire alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data("Alert video clips", kind="media", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
dashboard_view = tg.Data(
    "Hire and alert dashboard",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
hire_changes = tg.Data(
    "Hire changes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boat marked returned, hire extended or refunded, boat out of service.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Lakeside", trust=tg.Trust.UNTRUSTED):
    # Members of the public hiring a boat.
    customer = tm.add(tg.Actor("Customer", role="boat hirer"))
    # Passive UHF RFID tag fixed to each boat's hull.
    boat_tags = tm.add(tg.Device("Boat RFID tags", fleet=True))

with tm.boundary("Park site network", trust=tg.Trust.INTERNAL):
    # Self-service touchscreen with a contactless card reader, by the jetty.
    kiosk = tm.add(
        tg.Device(
            "Hire kiosk",
            fleet=False,
            description="Locked-down touchscreen PC with an integrated contactless card reader.",
        )
    )
    # Reader on the jetty gate: logs each boat out and back in.
    tag_reader = tm.add(tg.Device("Jetty tag reader", fleet=False))
    # Four pole-mounted cameras covering the whole lake.
    cameras = tm.add(tg.Device("Lake cameras", fleet=True))
    # Edge box: decodes the streams, runs the detector, raises alerts, keeps clips.
    lake_watch = tm.add(
        tg.Service(
            "Lake watch service",
            description="Runs on an edge GPU box in the boathouse.",
        )
    )
    # Spots capsized, swamped or drifting boats in each frame.
    detector = tm.add(
        tg.Model(
            "Capsize and drift detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="An open-weights object detector fine-tuned by the integrator "
            "on footage of this lake.",
            controls={c.ModelValidation(note="integrator's acceptance test on lake footage")},
        )
    )
    # Clips around each alert, kept for review and retraining.
    clip_store = tm.add(tg.DataStore("Alert clip store", stores={clips}))
    # Turns alerts into spoken messages on the attendant's radio channel.
    radio_gateway = tm.add(tg.Service("Radio alert gateway"))

    with tm.boundary("Park office", trust=tg.Trust.INTERNAL):
        # Keeps hires, times them from tag reads and flags overdue boats.
        hire_service = tm.add(
            tg.Service(
                "Hire management service",
                controls={c.Authentication(method="individual username and password")},
            )
        )
        # Hires, customers' names and mobile numbers, boat status.
        hire_db = tm.add(tg.DataStore("Hire records database", stores={hire_records}))

with tm.boundary("Park staff", trust=tg.Trust.INTERNAL):
    # On the jetty with a handheld radio; launches the safety boat.
    attendant = tm.add(tg.Actor("Boat attendant", role="attendant"))
    # Runs the hire operation and reviews alerts.
    manager = tm.add(tg.Actor("Park manager", role="manager", privileged=True))

with tm.boundary("Card acquirer", trust=tg.Trust.PARTNER):
    # Authorises the kiosk's card payments.
    acquirer = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Video analytics integrator", trust=tg.Trust.PARTNER):
    # Supplies and updates the detector; retrains it on our clips.
    integrator = tm.add(tg.ExternalService("Integrator model service"))

# ---------------------------------------------------------------- flows
# Hiring at the kiosk
tm.flow(customer, kiosk, hire_request, label="touchscreen")
tm.flow(customer, kiosk, card_payment, label="card tapped on the kiosk")
tm.flow(
    kiosk,
    acquirer,
    card_payment,
    protocol="https",
    controls={
        c.EncryptionInTransit(protocol="TLS 1.2", note="acquirer's point-to-point encryption")
    },
)
tm.flow(acquirer, kiosk, payment_result, protocol="https")
tm.flow(kiosk, hire_service, hire_request, payment_result, protocol="https")
tm.flow(hire_service, kiosk, hire_ticket, protocol="https")
tm.flow(kiosk, customer, hire_ticket, label="printed")
tm.flow(hire_service, hire_db, hire_records)
tm.flow(hire_db, hire_service, hire_records)

# Tag timing
tm.flow(boat_tags, tag_reader, tag_id, protocol="rfid")
tm.flow(tag_reader, hire_service, tag_reads, protocol="mqtt")
tm.flow(hire_service, radio_gateway, overdue_alert, protocol="http")

# Staff
tm.flow(manager, hire_service, hire_changes, protocol="https")
tm.flow(hire_service, manager, dashboard_view, protocol="https")
tm.flow(attendant, hire_service, hire_changes, protocol="https", label="jetty tablet")

# Capsize watch
tm.flow(cameras, lake_watch, video, protocol="rtsp")
tm.flow(lake_watch, detector, frames)
tm.flow(detector, lake_watch, detections)
tm.flow(lake_watch, radio_gateway, boat_alert, protocol="http")
tm.flow(radio_gateway, attendant, boat_alert, overdue_alert, protocol="dmr")
tm.flow(lake_watch, clip_store, clips)
tm.flow(lake_watch, hire_service, boat_alert, protocol="http", label="alert log")

# Integrator
tm.flow(clip_store, integrator, clips, protocol="sftp", label="weekly upload")
tm.flow(integrator, lake_watch, weights, protocol="https", label="model update")
