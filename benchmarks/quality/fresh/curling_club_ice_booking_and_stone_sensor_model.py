"""Curling club ice booking and stone sensor model: the first design, before any security review.

A members' curling club in Scotland runs its own ice-booking site. Members and
coaches sign in to a booking portal (e-mail and password) to book sheets of ice
and pay for them through a payment provider's hosted checkout; the provider calls
back with a payment confirmation. Each stone carries a small sensor tag that
streams its motion over Bluetooth Low Energy to a gateway box at the rink, which
forwards the readings to the club's cloud tenancy. There an ingestion job matches
deliveries to the booking on that sheet, and an in-house model estimates speed,
rotation and stopping position and rates each delivery for the member's coaching
feedback. Coaches label deliveries, and a retraining job builds new model versions
into a small registry. Controls in this design: portal sign-in, HTTPS to the cloud,
a signed payment callback, role-based admin access, a shared gateway API key and
the cloud database's default encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Curling club ice booking and stone sensor model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Ice-sheet booking for club members, with stone sensor telemetry "
    "scored by an in-house delivery model for coaching feedback.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
member_profile = tg.Data(
    "Member profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone, membership category and team.",
)
booking_request = tg.Data("Ice booking request", sensitivity=tg.Sensitivity.PII, kind="records")
booking = tg.Data(
    "Ice booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
sheet_schedule = tg.Data("Sheet schedule", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
checkout = tg.Data("Checkout session", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_confirmation = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
stone_readings = tg.Data(
    "Stone sensor readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Accelerometer and gyroscope samples tagged with stone id and sheet.",
)
gateway_key = tg.Data("Gateway API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
delivery_features = tg.Data(
    "Delivery features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Per-delivery motion features, linked to the member who booked the sheet.",
)
delivery_feedback = tg.Data(
    "Delivery feedback", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
coach_labels = tg.Data("Coach delivery labels", sensitivity=tg.Sensitivity.PII, kind="labels")
training_set = tg.Data("Labelled deliveries", sensitivity=tg.Sensitivity.PII, kind="training-data")
model_artifact = tg.Data(
    "Delivery model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members book ice and read their delivery feedback from home or the rink.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Volunteer coaches label deliveries after training sessions.
    coach = tm.add(tg.Actor("Club coach", role="coach"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the club's systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout page and payment confirmation callbacks.",
        )
    )

with tm.boundary("Rink network", trust=tg.Trust.INTERNAL):
    # One sensor tag glued into each stone's handle; there are 48 of them.
    stones = tm.add(
        tg.Device(
            "Stone sensor tags",
            fleet=True,
            description="Inertial sensor tags in the stone handles, BLE broadcast.",
        )
    )
    # A small Linux box by the ice that listens to the tags and forwards readings.
    gateway = tm.add(
        tg.Service(
            "Rink BLE gateway",
            description="Collects tag broadcasts and uploads them to the cloud in batches.",
        )
    )

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public website members and coaches sign in to.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Business logic for bookings, payments, feedback pages and coach labelling.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            controls={c.RBAC(note="member, coach and admin roles")},
        )
    )
    # Members, bookings and the sheet schedule.
    member_db = tm.add(
        tg.DataStore(
            "Member and booking database",
            stores={member_profile, booking, sheet_schedule, sign_in},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Receives gateway uploads and attributes each delivery to the booked member.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.Authentication(method="shared gateway API key")},
        )
    )
    # Delivery features, feedback and coach labels.
    telemetry_store = tm.add(
        tg.DataStore(
            "Delivery telemetry store",
            stores={delivery_features, delivery_feedback, coach_labels},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Estimates speed, rotation and stopping position and rates the delivery.
    delivery_model = tm.add(
        tg.Model(
            "Delivery analysis model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees over the motion features of one delivery.",
        )
    )
    # Monthly retraining from coach-labelled deliveries.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Keeps model versions so the club can roll back a bad one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Club office", trust=tg.Trust.INTERNAL):
    # The club secretary manages members, the sheet schedule and refunds.
    admin = tm.add(tg.Actor("Club administrator", role="administrator", privileged=True))

# ---------------------------------------------------------------- flows
# Booking and payment
tm.flow(member, portal, sign_in, booking_request, protocol="https")
tm.flow(portal, member, booking, delivery_feedback, protocol="https")
tm.flow(portal, booking_service, booking_request)
tm.flow(booking_service, portal, booking, delivery_feedback)
tm.flow(booking_service, member_db, booking, member_profile)
tm.flow(member_db, booking_service, booking, member_profile, sheet_schedule)
tm.flow(booking_service, payments, checkout, protocol="https")
tm.flow(member, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    booking_service,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's HMAC signature is verified")},
)
tm.flow(admin, portal, sign_in, sheet_schedule, member_profile, protocol="https")
tm.flow(portal, admin, member_profile, booking, protocol="https")

# Stone telemetry and delivery feedback
tm.flow(stones, gateway, stone_readings, protocol="ble")
tm.flow(gateway, ingestion, stone_readings, gateway_key, protocol="https")
tm.flow(member_db, ingestion, booking, label="bookings for the sheet and time")
tm.flow(ingestion, telemetry_store, delivery_features)
tm.flow(telemetry_store, delivery_model, delivery_features)
tm.flow(delivery_model, telemetry_store, delivery_feedback)
tm.flow(telemetry_store, booking_service, delivery_feedback, delivery_features)

# Coach labelling and retraining
tm.flow(coach, portal, sign_in, coach_labels, protocol="https")
tm.flow(portal, coach, delivery_features, protocol="https")
tm.flow(booking_service, telemetry_store, coach_labels)
tm.flow(telemetry_store, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, delivery_model, model_artifact, label="load current version")
