"""Indoor archery range: lane booking and shooting-line safety camera, first design.

Club members book lanes and pay for sessions in a phone app that talks to a booking
API hosted with our cloud provider; payment happens on the card provider's hosted page
and only the payment result comes back to us. On site, cameras watch the shooting line
and stream video to an edge safety controller in the range office. It runs a
line-crossing detector (an open-weights person detector with our line-zone logic) and,
while the range officer has the range in a shooting phase, sounds the whistle and stops
the lane's target retrieval system when someone steps forward of the line. The range
officer starts and ends shooting phases and can override a stop from a tablet console.
Incident clips are kept on the edge box for 30 days for the officers to review.
Controls in this first design: member sign-in, TLS to the cloud, provider-managed
encryption of the booking database, a shared PIN on the officer console, 30-day clip
retention and hardwired emergency-stop buttons on the retrieval motors.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Archery range booking and safety camera",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Lane booking app for members and a camera model that stops target retrieval "
        "when someone crosses the shooting line during shooting."
    ),
)

# ---------------------------------------------------------------- data assets
member_account = tg.Data(
    "Member account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone, membership number and coaching level.",
)
sign_in = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
booking_request = tg.Data("Lane booking request", sensitivity=tg.Sensitivity.PII, kind="records")
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
bookings = tg.Data(
    "Lane bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_request = tg.Data("Payment request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
payment_result = tg.Data("Payment result", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
lane_schedule = tg.Data(
    "Lane schedule",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Today's booked lanes with member names, pulled by the range office.",
)
line_video = tg.Data(
    "Shooting line video",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
detection = tg.Data(
    "Line-crossing detection",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stop_command = tg.Data(
    "Lane stop and whistle command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
retrieval_status = tg.Data(
    "Target retrieval status", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
shooting_phase = tg.Data(
    "Shooting phase signal",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Officer starts and ends each end of shooting; detection is armed only while shooting.",
)
override = tg.Data(
    "Range officer override",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alerts = tg.Data("Incident alerts", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
clips = tg.Data(
    "Incident clips",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Ten seconds either side of each detection, kept 30 days.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members booking lanes from the phone app.
    member = tm.add(tg.Actor("Club member", role="member"))

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page: card details go to the provider, never to us.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("Booking cloud", trust=tg.Trust.INTERNAL):
    # The app's backend API, the only public entry point to bookings.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Lane availability, booking rules and payment orchestration.
    booking_service = tm.add(
        tg.Service("Booking service", description="Allocates lanes and confirms paid bookings.")
    )
    # Members, sign-in credentials and bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Member and booking database",
            stores={member_account, sign_in, bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Range office network", trust=tg.Trust.INTERNAL):
    # The duty range officer controls shooting and reviews incidents.
    officer = tm.add(tg.Actor("Range officer", role="range officer", privileged=True))
    # Tablet web app served by the edge box: shooting phases, alerts, overrides, clips.
    console = tm.add(
        tg.Service(
            "Range officer console",
            description="Tablet web app on the range office Wi-Fi.",
            controls={c.Authentication(method="shared staff PIN")},
        )
    )
    # Edge box in the range office: runs the detector and drives the whistle and lanes.
    safety_controller = tm.add(
        tg.Service(
            "Range safety controller",
            description="Arms detection during shooting phases and stops lanes on a crossing.",
        )
    )
    # The camera model itself, running on the edge box's GPU.
    detector = tm.add(
        tg.Model(
            "Line-crossing detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights person detector plus a line-zone rule for the shooting line.",
        )
    )
    # Incident clips on the edge box's disk for officer review.
    clip_store = tm.add(
        tg.DataStore(
            "Incident clip store",
            stores={clips},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Range equipment network", trust=tg.Trust.RESTRICTED):
    # Ceiling cameras looking along the shooting line.
    cameras = tm.add(tg.Device("Shooting line cameras", fleet=True))
    # PLC for the motorised target carriers of every lane.
    retrieval = tm.add(
        tg.Device(
            "Target retrieval controller",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="hardwired emergency-stop buttons at each lane and the officer's desk cut carrier motor power"
                )
            },
        )
    )
    # Range whistle and red beacons, switched by a relay module.
    whistle = tm.add(tg.Device("Range whistle and beacons", fleet=False))

# ---------------------------------------------------------------- flows
# booking
tm.flow(member, booking_api, sign_in, booking_request, protocol="https")
tm.flow(booking_api, member, booking_confirmation, protocol="https")
tm.flow(booking_api, booking_service, booking_request, member_account)
tm.flow(booking_service, booking_api, booking_confirmation)
tm.flow(booking_service, booking_db, bookings, member_account)
tm.flow(booking_db, booking_service, bookings, member_account, sign_in)
tm.flow(booking_service, payments, payment_request, protocol="https")
tm.flow(member, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, booking_service, payment_result, protocol="https", label="webhook")

# range office pulls today's schedule
tm.flow(
    booking_service, safety_controller, lane_schedule, protocol="https", label="polled every 5 min"
)

# safety loop
tm.flow(cameras, safety_controller, line_video, protocol="rtsp")
tm.flow(safety_controller, detector, line_video)
tm.flow(detector, safety_controller, detection)
tm.flow(safety_controller, retrieval, stop_command, protocol="modbus")
tm.flow(retrieval, safety_controller, retrieval_status, protocol="modbus")
tm.flow(safety_controller, whistle, stop_command, protocol="modbus")
tm.flow(safety_controller, clip_store, clips)

# range officer
tm.flow(officer, console, shooting_phase, override)
tm.flow(console, officer, alerts, clips, lane_schedule)
tm.flow(console, safety_controller, shooting_phase, override, protocol="http")
tm.flow(safety_controller, console, alerts, lane_schedule, protocol="http")
tm.flow(clip_store, console, clips, protocol="http")
