"""High ropes course smart belay clips: the first design, before any security review.

Each climber wears two smart belay clips that report over Bluetooth LE whether
they are closed on the safety cable. A gateway on the course relays the readings
over MQTT to our cloud, where a detection model flags unsafe unclipping (both
clips open, or a clip opened away from a platform). An alerting service looks up
the climber in the session roster and pushes an alert to the on-duty instructors'
smartwatches, where they acknowledge it. The course's booking system, used by
climbers from home, holds bookings, signed waivers and the briefings and clip
assignments instructors record. Events and alerts are kept for incident review
and monthly retraining. Controls: TLS and per-gateway certificates to the cloud,
staff sign-in on the booking system, encryption at rest, model validation before
release, and an alert when a clip stops reporting.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "High ropes course smart belay clip monitor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags unsafe unclipping from smart belay clip readings and alerts "
    "instructors' watches; bookings, waivers and briefings in the course's booking system.",
)

# ---------------------------------------------------------------- data assets
clip_readings = tg.Data(
    "Clip state readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Clip id, open or closed, signal strength and timestamp.",
)
booking = tg.Data(
    "Booking and signed waiver",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Climber names, ages, contact details, weight band and health declaration.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
briefing = tg.Data(
    "Briefing record and clip assignment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which instructor briefed which climber, when, and the clip pair handed out.",
)
roster = tg.Data(
    "Session roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Climbers on the course now, with their clip pair and first name.",
)
unclip_flag = tg.Data(
    "Unsafe unclip flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Instructor alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Climber's first name, clip pair and course element where the unclip happened.",
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
event_history = tg.Data(
    "Clip event and alert history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Clip readings, flags and acknowledgements per session, with the climber's booking id.",
)
weights = tg.Data(
    "Unclip detector artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
incident_report = tg.Data("Incident review", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Climbers (or a parent for a child) book and sign the waiver from home.
    climber = tm.add(tg.Actor("Climber", role="customer"))

with tm.boundary("Course site", trust=tg.Trust.INTERNAL):
    # The clips every climber wears; each reports its own open/closed state.
    clips = tm.add(
        tg.Device(
            "Smart belay clip sensor",
            description="Battery clip sensors, two per climber, reporting over BLE.",
        )
    )
    # Collects the BLE readings on the course and relays them to the cloud.
    gateway = tm.add(
        tg.Service(
            "Course gateway",
            description="Small Linux box on a pole by the course, on the site Wi-Fi and 4G.",
        )
    )
    # The instructor's smartwatch that buzzes on an alert and takes the acknowledgement.
    watch = tm.add(
        tg.Device(
            "Instructor smartwatch", description="Watch app paired to the instructor's account."
        )
    )
    # The instructors on duty, who respond to alerts and give the briefings.
    instructor = tm.add(tg.Actor("Instructor", role="instructor"))

with tm.boundary("Course cloud", trust=tg.Trust.INTERNAL):
    # Receives gateway messages and fans them out to the model and the event store.
    ingest = tm.add(
        tg.Service(
            "Clip event ingest",
            controls={
                c.MutualAuthentication(note="per-gateway client certificate on the MQTT broker")
            },
        )
    )
    # The model that decides whether a climber has unclipped unsafely.
    detector = tm.add(
        tg.Model(
            "Unsafe unclip detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Sequence model over both clips' states and the course layout.",
            controls={
                c.ModelValidation(
                    note="replayed against recorded unclip drills before each release"
                ),
                c.ModelVersioning(),
            },
        )
    )
    # Turns a flag into an alert for the instructors on duty.
    alerting = tm.add(
        tg.Service(
            "Instructor alerting service",
            description="Looks up the climber for the clip pair and pushes the alert to on-duty watches.",
            controls={
                c.FailClosed(fallback="a clip silent for 30 seconds is alerted as unclipped"),
            },
        )
    )
    # Clip events, flags and acknowledgements, for incident review and retraining.
    event_store = tm.add(
        tg.DataStore(
            "Clip event store",
            stores={event_history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining of the detector from the recorded sessions.
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Booking system", trust=tg.Trust.INTERNAL):
    # Public booking website and the staff screens for briefings and rosters.
    booking_app = tm.add(
        tg.Service(
            "Booking web app",
            internet_facing=True,
            description="Climbers book and sign waivers; staff record briefings and hand out clips.",
            controls={
                c.Authentication(
                    method="staff e-mail and password; climbers open their booking by e-mailed link"
                ),
                c.InputValidation(),
            },
        )
    )
    # Bookings, waivers, briefings and clip assignments.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, briefing},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Course office", trust=tg.Trust.INTERNAL):
    # Reviews incidents and near misses from the event history.
    manager = tm.add(tg.Actor("Course safety manager", role="safety manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# bookings and briefings
tm.flow(climber, booking_app, booking, protocol="https", controls={tls})
tm.flow(booking_app, climber, confirmation, protocol="https", controls={tls})
tm.flow(booking_app, booking_db, booking, briefing)
tm.flow(booking_db, booking_app, booking, briefing)
tm.flow(
    instructor,
    booking_app,
    briefing,
    protocol="https",
    controls={tls},
    label="records briefing on the office tablet",
)

# clip readings to the detector
tm.flow(clips, gateway, clip_readings, protocol="ble")
tm.flow(gateway, ingest, clip_readings, protocol="mqtt", controls={tls})
tm.flow(ingest, detector, clip_readings)
tm.flow(ingest, event_store, clip_readings)

# alerts
tm.flow(detector, alerting, unclip_flag)
tm.flow(booking_app, alerting, roster, protocol="https", controls={tls}, label="session roster")
tm.flow(alerting, watch, alert, protocol="https", controls={tls})
tm.flow(watch, instructor, alert)
tm.flow(instructor, watch, ack)
tm.flow(watch, alerting, ack, protocol="https", controls={tls})
tm.flow(alerting, event_store, unclip_flag, ack)

# review and retraining
tm.flow(
    event_store, manager, event_history, protocol="https", controls={tls}, label="incident review"
)
tm.flow(manager, event_store, incident_report, protocol="https", controls={tls})
tm.flow(event_store, training, event_history)
tm.flow(training, detector, weights, label="deploy")
