"""Council skate park: session booking and helmet-check gate, first design.

Riders, or the parents of younger riders, book and pay for sessions in the park's
app; the booking API and database run in the council's cloud tenancy, payments go
through the council's card provider, and each booking gets a QR code. At the
entrance a gate controller (an edge box on the park's network) reads the QR code,
asks the booking API if the session is valid and the rider under 16, and for
under-16s runs a helmet detector on the gate camera's frames before opening the
turnstile. The detector, fine-tuned by the camera integrator from an open-weights
model, is pushed from the integrator's update portal. Refusals are logged with a
photo, and desk staff can override them from the front desk console. Controls:
rider e-mail and password sign-in, council login at the desk, TLS on web traffic,
encryption at rest for bookings, an event log, and a gate that stays shut on error.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Skate park session booking and helmet check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Council skate park: app bookings, and a camera model that checks under-16s "
        "wear helmets before the turnstile opens, with a staff override at the desk."
    ),
)

# ---------------------------------------------------------------- data assets
rider_login = tg.Data(
    "Rider login credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
booking = tg.Data(
    "Session booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider name, date of birth, guardian contact, session slot.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
booking_qr = tg.Data(
    "Booking QR code",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Opaque booking reference shown at the turnstile.",
)
payment_request = tg.Data(
    "Payment request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
entry_check = tg.Data(
    "Entry check",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the booking is valid now, and whether the rider is under 16.",
)
frames = tg.Data(
    "Gate camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of riders, many of them children, at the turnstile.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
helmet_result = tg.Data(
    "Helmet check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
open_command = tg.Data(
    "Turnstile open command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
gate_events = tg.Data(
    "Gate events and refusal photos",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each entry, refusal and override, with a still of each refusal.",
)
refusal_alert = tg.Data("Refusal alert", kind="records", sensitivity=tg.Sensitivity.PII)
override = tg.Data("Staff override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
helmet_weights = tg.Data(
    "Helmet detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Riders and parents book and pay from their own phones.
    rider = tm.add(tg.Actor("Rider or parent", role="customer"))

with tm.boundary("Park entrance", trust=tg.Trust.UNTRUSTED):
    # The rider in person at the turnstile, showing the QR code.
    rider_at_gate = tm.add(tg.Actor("Rider at the gate", role="customer"))
    # Fixed camera over the turnstile lane, in the public lobby.
    camera = tm.add(tg.Device("Gate camera", fleet=False))
    # The turnstile itself: opens when the gate controller says so.
    turnstile = tm.add(tg.Device("Turnstile", fleet=False))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The council's card payment provider; card details are entered on its hosted page.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment page; calls back when a payment succeeds.",
        )
    )

with tm.boundary("Camera integrator", trust=tg.Trust.PARTNER):
    # Where the integrator publishes new versions of the helmet detector.
    update_portal = tm.add(
        tg.ExternalService("Integrator model update portal", provides="model-hub")
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend of the booking app, also asked by the gate at entry.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Rider accounts, guardians and bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, rider_login},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Park site network", trust=tg.Trust.INTERNAL):
    # Edge box that runs the entry logic and drives the turnstile.
    gate = tm.add(
        tg.Service(
            "Gate controller",
            description="Reads the QR code, checks the booking, runs the helmet check.",
            controls={c.FailClosed(fallback="turnstile stays shut; rider goes to the desk")},
        )
    )
    # Helmet detector running on the gate controller's accelerator.
    helmet_model = tm.add(
        tg.Model(
            "Helmet detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Decides whether an under-16 rider is wearing a helmet.",
        )
    )
    # Local log of entries, refusals and overrides.
    event_log = tm.add(
        tg.DataStore(
            "Gate event log",
            stores={gate_events},
            controls={c.AuditLogging()},
        )
    )
    # PC at the front desk that shows refusals and sends overrides.
    desk_console = tm.add(
        tg.Service(
            "Front desk console",
            controls={c.Authentication(method="council Active Directory login")},
        )
    )

with tm.boundary("Park staff area", trust=tg.Trust.INTERNAL):
    # Duty staff who check a refused rider in person and may let them in.
    staff = tm.add(tg.Actor("Desk staff", role="park staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# booking and payment
tm.flow(rider, booking_api, rider_login, booking, protocol="https", controls={tls})
tm.flow(booking_api, rider, booking_qr, booking, protocol="https", controls={tls})
tm.flow(booking_api, booking_db, booking, rider_login)
tm.flow(booking_db, booking_api, booking, rider_login)
tm.flow(booking_api, payments, payment_request, protocol="https", controls={tls})
tm.flow(
    payments,
    booking_api,
    payment_confirmation,
    protocol="https",
    controls={tls},
    label="payment webhook",
)

# entry at the turnstile
tm.flow(rider_at_gate, gate, booking_qr, label="QR shown at the reader")
tm.flow(gate, booking_api, booking_qr, protocol="https", controls={tls})
tm.flow(booking_api, gate, entry_check, protocol="https", controls={tls})
tm.flow(camera, gate, frames, protocol="rtsp")
tm.flow(gate, helmet_model, frames)
tm.flow(helmet_model, gate, helmet_result)
tm.flow(gate, turnstile, open_command, protocol="rs-485")
tm.flow(gate, event_log, gate_events)

# staff override
tm.flow(gate, desk_console, refusal_alert, protocol="http")
tm.flow(event_log, desk_console, gate_events)
tm.flow(staff, desk_console, override)
tm.flow(desk_console, gate, override, protocol="http")

# model updates
tm.flow(
    update_portal,
    helmet_model,
    helmet_weights,
    protocol="https",
    controls={tls},
    label="model update",
)
