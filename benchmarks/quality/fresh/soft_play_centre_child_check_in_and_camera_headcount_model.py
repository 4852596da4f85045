"""Soft play centre child check-in and camera headcount: the first design.

An indoor soft play centre in the UK. Parents and guardians book sessions on a
hosted booking platform; at the door the reception staff scan the booking, record
each child against the accompanying adult and print paired RFID wristbands.
Ceiling cameras over each play zone stream to a network video recorder and to an
on-site vision model on the edge server, which counts the children in each zone
and spots children crossing the exit line. An exit monitor matches those
crossings with the wristband reads at the exit door and, when a child's band goes
out without its paired adult band, sends an alert through a radio gateway to the
floor staff's DMR radios. The duty manager watches zone counts and alerts on a
dashboard. Controls in this design: HTTPS to the booking platform, staff
sign-in on the reception PC and the dashboard, 30-day CCTV retention on the
recorder, and a pre-go-live accuracy check of the vision model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Soft play centre child check-in and camera headcount",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Wristband check-in pairing children with their adult, camera headcounts per "
        "play zone and unaccompanied-exit alerts to staff radios."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guardian name, phone and e-mail; children's first names and ages; session.",
)
confirmation = tg.Data(
    "Booking confirmation with QR code", kind="records", sensitivity=tg.Sensitivity.PII
)
visit = tg.Data(
    "Visit record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who is in the building today: each child, their adult, contact number.",
)
pairing = tg.Data(
    "Wristband pairing",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Child band id to adult band id, with the child's name and age.",
)
video = tg.Data(
    "Ceiling camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous footage of children and adults in the play zones.",
)
frames = tg.Data("Ceiling camera frames", kind="media", sensitivity=tg.Sensitivity.PII)
headcounts = tg.Data("Zone headcounts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
crossings = tg.Data(
    "Exit crossing events",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A child-sized track crossing the exit line, with time and a snapshot.",
)
band_reads = tg.Data(
    "Exit wristband reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Band ids read at the exit door, with timestamps.",
)
alert = tg.Data(
    "Unaccompanied exit alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Child's first name, band colour and the exit used, spoken on the radio.",
)
alert_history = tg.Data("Exit alert history", kind="logs", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data("Alert acknowledgement", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Books online and checks in at the door; takes the wristbands for the family.
    guardian = tm.add(tg.Actor("Parent or guardian", role="customer"))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # Hosted SaaS that takes online bookings and payment for play sessions.
    booking_platform = tm.add(
        tg.ExternalService(
            "Online booking platform",
            description="Leisure booking SaaS; we pull today's bookings through its API.",
        )
    )

with tm.boundary("Site office network", trust=tg.Trust.INTERNAL):
    # Reception staff check families in, pair and print wristbands.
    reception_staff = tm.add(tg.Actor("Reception staff", role="front desk staff"))
    # The check-in application on the reception PC.
    checkin_app = tm.add(
        tg.Service(
            "Reception check-in app",
            description="Finds the booking, records the visit and pairs child and adult bands.",
            controls={c.Authentication(method="reception PC Windows username and password")},
        )
    )
    # USB printer that prints and encodes the RFID wristbands at the desk.
    band_printer = tm.add(tg.Device("Wristband printer", fleet=False))
    # Today's visits and band pairings, kept on the site server.
    register = tm.add(tg.DataStore("Visit register", stores={visit, pairing, alert_history}))
    # Recorder for all ceiling camera footage.
    nvr = tm.add(
        tg.DataStore(
            "Network video recorder",
            stores={video},
            controls={
                c.RetentionLimits(days=30, note="footage overwritten after 30 days (CCTV policy)")
            },
        )
    )
    # Vision model on the edge GPU box: counts children per zone, detects exit crossings.
    vision_model = tm.add(
        tg.Model(
            "Zone headcount and exit crossing model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description=(
                "Open-weights person detector fine-tuned by the integrator to tell "
                "children from adults by size, with a tracker per zone."
            ),
            controls={c.ModelValidation(note="counts checked against a week of recorded sessions")},
        )
    )
    # Matches exit crossings with band reads and decides when to raise an alert.
    exit_monitor = tm.add(
        tg.Service(
            "Exit monitor",
            description=(
                "Alerts when a child band is read at the exit, or a child crosses the exit "
                "line, without the paired adult band within 10 seconds."
            ),
        )
    )
    # Turns alerts into text-to-speech calls on the staff radio channel.
    radio_gateway = tm.add(tg.Service("Radio alert gateway"))
    # Manager's view of zone counts, alerts and clips, on the office PC.
    dashboard = tm.add(
        tg.Endpoint(
            "Duty manager dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="manager username and password")},
        )
    )
    # Runs the floor; acknowledges alerts and reviews clips.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager", privileged=True))

with tm.boundary("Centre floor devices", trust=tg.Trust.INTERNAL):
    # Fixed IP cameras over each play zone and the exit.
    cameras = tm.add(tg.Device("Ceiling cameras", fleet=True))
    # RFID reader in the exit door frame.
    exit_reader = tm.add(tg.Device("Exit wristband reader", fleet=False))
    # Handheld DMR radios carried by floor staff.
    radios = tm.add(tg.Device("Staff radios", fleet=True))
    # Floor staff who go to the exit when an alert is spoken.
    floor_staff = tm.add(tg.Actor("Floor staff", role="play assistant"))

# ---------------------------------------------------------------- flows
# Booking and check-in
tm.flow(guardian, booking_platform, booking, protocol="https")
tm.flow(booking_platform, guardian, confirmation, protocol="smtp", label="confirmation e-mail")
tm.flow(booking_platform, checkin_app, booking, protocol="https", label="today's bookings sync")
tm.flow(guardian, checkin_app, confirmation, label="QR shown at the counter")
tm.flow(reception_staff, checkin_app, visit, pairing, label="walk-ins and band pairing")
tm.flow(checkin_app, register, visit, pairing)
tm.flow(register, checkin_app, visit, pairing, label="look-up")
tm.flow(checkin_app, band_printer, pairing, protocol="usb")
tm.flow(band_printer, guardian, pairing, label="wristbands handed at the counter")

# Cameras and the model
tm.flow(cameras, nvr, video, protocol="rtsp")
tm.flow(cameras, vision_model, frames, protocol="rtsp")
tm.flow(vision_model, exit_monitor, headcounts, crossings)

# Exit monitoring and alerts
tm.flow(exit_reader, exit_monitor, band_reads, protocol="http")
tm.flow(register, exit_monitor, pairing, label="pairing lookup")
tm.flow(exit_monitor, register, alert_history)
tm.flow(exit_monitor, radio_gateway, alert)
tm.flow(radio_gateway, radios, alert, protocol="dmr")
tm.flow(radios, floor_staff, alert, label="spoken on the staff channel")

# Manager dashboard
tm.flow(exit_monitor, dashboard, headcounts, alert)
tm.flow(register, dashboard, alert_history, visit)
tm.flow(nvr, dashboard, video, protocol="rtsp", label="clip review")
tm.flow(dashboard, duty_manager, headcounts, alert, video, protocol="https")
tm.flow(duty_manager, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, exit_monitor, acknowledgement)
