"""Airport parking plate entry and payment: the first design, before any security review.

Ticketless entry and exit for the airport's car parks. Lane cameras film each car at
the entry and exit barriers; a lane controller on site runs our in-house number plate
recognition model and sends the plate read to the cloud parking management service,
which opens a session on entry and, on exit, opens the barrier when the stay is paid,
pre-booked, or the plate belongs to a Fast Exit account whose saved card it charges
through the payment gateway. Drivers without a booking pay by plate at pay-station
kiosks with a card terminal, or online. Drivers book and register plates on the
booking website; control-room operators review unreadable plates and open barriers
from the operations dashboard. ML engineers publish new model versions to a registry
the lane controllers pull from. Controls so far: TLS to the cloud, passwords and rate
limits on the website, SSO, roles and audit logs for operators, encrypted accounts
database, 90-day retention of plate reads. Plates are personal data (GDPR) and the
kiosks and Fast Exit take card payments (PCI DSS).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport parking plate entry and payment",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="ANPR-based ticketless entry, exit and payment for airport car parks.",
)

# ---------------------------------------------------------------- data assets
lane_images = tg.Data(
    "Lane camera images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames of the vehicle at the barrier, front and plate.",
)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Plate text, confidence, plate crop, lane and time.",
)
lane_event = tg.Data(
    "Lane event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Entry or exit event with the plate read, sent to the cloud.",
)
barrier_command = tg.Data(
    "Barrier open command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
sessions = tg.Data(
    "Parking sessions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Plate, entry and exit times, fee due, paid status, plate crops.",
)
bookings = tg.Data(
    "Bookings and accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, registered plates, booking dates, Fast Exit enrolment.",
)
card_token = tg.Data(
    "Saved card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_data = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
kiosk_query = tg.Data("Plate fee lookup", kind="records", sensitivity=tg.Sensitivity.PII)
fee_due = tg.Data("Fee due", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
charge_request = tg.Data("Charge request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="documents", sensitivity=tg.Sensitivity.PII
)
review_queue = tg.Data(
    "Low-confidence reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reads below the confidence threshold, with images, for an operator.",
)
operator_action = tg.Data(
    "Operator correction or barrier override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_artifact = tg.Data(
    "Plate model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet and forecourt", trust=tg.Trust.UNTRUSTED):
    # Anyone driving in, booking online or paying at a kiosk.
    driver = tm.add(tg.Actor("Driver", role="customer"))

with tm.boundary("Payment gateway", trust=tg.Trust.PARTNER):
    # Card acquiring, hosted payment page and card tokens.
    gateway = tm.add(tg.ExternalService("Payment gateway"))

with tm.boundary("Car park site network", trust=tg.Trust.INTERNAL):
    # One IP camera per entry and exit lane.
    camera = tm.add(tg.Device("Lane ANPR camera", fleet=True))
    # Edge box per lane: runs the model, talks to the cloud, drives the barrier relay.
    lane_controller = tm.add(
        tg.Service("Lane controller", description="Industrial PC in each lane cabinet.")
    )
    # Our in-house plate reader; its read decides who is let out and who is charged.
    plate_model = tm.add(
        tg.Model(
            "Number plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Detects the plate and reads its characters, with a confidence.",
        )
    )
    # The physical barrier arm, opened by a relay from the lane controller.
    barrier = tm.add(tg.Device("Exit barrier", fleet=True))
    # Pay-by-plate kiosks with a card terminal, in the terminal and car park lobbies.
    kiosk = tm.add(
        tg.Device(
            "Pay station kiosk",
            fleet=True,
            description="Touch screen to enter a plate, with a P2PE card terminal.",
        )
    )

with tm.boundary("Parking cloud", trust=tg.Trust.INTERNAL):
    # Sessions, tariffs and exit decisions for every lane.
    parking_service = tm.add(tg.Service("Parking management service"))
    # Public site and API for bookings, Fast Exit enrolment and online payment.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(),
            },
        )
    )
    # Control-room web app for plate review and remote barrier opening.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airport SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Versions of the plate model the lanes pull.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

    with tm.boundary("Parking data tier", trust=tg.Trust.RESTRICTED):
        # Every plate read and session.
        sessions_db = tm.add(
            tg.DataStore(
                "Parking sessions database",
                stores={sessions},
                controls={c.RetentionLimits(days=90)},
            )
        )
        # Customer accounts, bookings and the gateway's card tokens.
        accounts_db = tm.add(
            tg.DataStore(
                "Booking and account database",
                stores={bookings, card_token},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Airport corporate network", trust=tg.Trust.INTERNAL):
    # Handles intercom calls and unreadable plates.
    operator = tm.add(tg.Actor("Control room operator", role="car park operator"))
    # Trains the plate model elsewhere and publishes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Lanes
tm.flow(driver, camera, lane_images, label="vehicle at the barrier")
tm.flow(camera, lane_controller, lane_images, protocol="rtsp")
tm.flow(lane_controller, plate_model, lane_images)
tm.flow(plate_model, lane_controller, plate_read)
tm.flow(lane_controller, parking_service, lane_event, protocol="https")
tm.flow(parking_service, lane_controller, barrier_command, protocol="https")
tm.flow(lane_controller, barrier, barrier_command, label="relay contact")
tm.flow(registry, lane_controller, model_artifact, protocol="https", label="model pull")

# Sessions and accounts
tm.flow(parking_service, sessions_db, sessions)
tm.flow(sessions_db, parking_service, sessions)
tm.flow(parking_service, accounts_db, kiosk_query, label="booking or Fast Exit lookup")
tm.flow(accounts_db, parking_service, bookings, card_token)

# Kiosk payment
tm.flow(driver, kiosk, kiosk_query, card_data, label="plate entry and card")
tm.flow(kiosk, driver, fee_due, payment_result)
tm.flow(kiosk, parking_service, kiosk_query, payment_result, protocol="https")
tm.flow(parking_service, kiosk, fee_due, protocol="https")
tm.flow(
    kiosk, gateway, card_data, protocol="tls", controls={c.EncryptionInTransit(protocol="P2PE")}
)
tm.flow(gateway, kiosk, payment_result, protocol="tls")

# Fast Exit charging
tm.flow(parking_service, gateway, charge_request, card_token, protocol="https")
tm.flow(gateway, parking_service, payment_result, protocol="https")

# Online booking and payment
tm.flow(driver, booking_site, bookings, kiosk_query, protocol="https")
tm.flow(booking_site, driver, booking_confirmation, fee_due, protocol="https")
tm.flow(driver, gateway, card_data, protocol="https", label="hosted payment page")
tm.flow(
    gateway, booking_site, card_token, payment_result, protocol="https", label="payment webhook"
)
tm.flow(booking_site, accounts_db, bookings, card_token)
tm.flow(accounts_db, booking_site, bookings)
tm.flow(booking_site, parking_service, payment_result, label="online payment for a stay")
tm.flow(parking_service, booking_site, fee_due)

# Control room and model releases
tm.flow(parking_service, dashboard, review_queue)
tm.flow(dashboard, parking_service, operator_action)
tm.flow(dashboard, operator, review_queue, protocol="https")
tm.flow(operator, dashboard, operator_action, protocol="https")
tm.flow(ml_engineer, registry, model_artifact, protocol="https", label="publish version")
