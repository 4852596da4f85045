"""Self-storage face access: the first design, before any security review.

A chain of unstaffed self-storage sites in the EU lets customers open the site
gate and their own unit door by looking at a camera kiosk, instead of using a
PIN pad or a padlock. Customers rent a unit and pay in our booking app, which
calls a third-party self-storage booking platform (the platform's hosted
checkout takes the card); in the app they also enrol a selfie, which an
enrolment service turns into a face template. At the gate the kiosk sends a
capture to the cloud access-control service, which matches it against the
templates with an open-weights face model, checks the rental is paid up with the
booking platform, and sends an unlock command to the site's lock controller.
Staff in the central office handle lockouts from a console, signed in through
the company identity provider, and can unlock doors remotely. Templates are
encrypted at rest; every access decision and remote unlock is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Self-storage face access",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face-recognition gate and unit-door access for a self-storage chain.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data("Customer account details", sensitivity=tg.Sensitivity.PII, kind="records")
selfie = tg.Data(
    "Enrolment selfie",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Biometric special-category data under GDPR Article 9.",
)
capture = tg.Data(
    "Kiosk face capture",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Still frame taken by the kiosk camera when someone asks to enter.",
)
template = tg.Data(
    "Face template",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="embeddings",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
match_result = tg.Data(
    "Face match result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
rental_order = tg.Data("Rental order", sensitivity=tg.Sensitivity.PII, kind="records")
rental_status = tg.Data(
    "Rental and payment status",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Which units a customer rents and whether they are paid up or overlocked.",
)
card = tg.Data("Payment card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
unlock = tg.Data(
    "Unlock command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
access_result = tg.Data(
    "Access decision shown at kiosk", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
access_events = tg.Data("Access events", sensitivity=tg.Sensitivity.PII, kind="logs")
override = tg.Data("Lockout override", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
staff_token = tg.Data("Staff SSO token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Renters using the booking app on their own phones.
    customer = tm.add(tg.Actor("Customer", role="renter"))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # SaaS self-storage management system: units, rentals, invoices, hosted card checkout.
    booking_platform = tm.add(
        tg.ExternalService(
            "Self-storage booking platform",
            description="Third-party rental and payment platform with a hosted checkout page.",
        )
    )

with tm.boundary("Corporate identity", trust=tg.Trust.PARTNER):
    # The company's SSO provider, used only for staff sign-in.
    idp = tm.add(tg.ExternalService("Staff identity provider", provides="identity-provider"))

with tm.boundary("Access cloud", trust=tg.Trust.INTERNAL):
    # Backend of the booking app: accounts, rentals and face enrolment.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Turns an enrolment selfie into a face template.
    enrolment = tm.add(tg.Service("Face enrolment service"))
    # Decides whether a face at a kiosk may open the gate or a given unit door.
    access_service = tm.add(
        tg.Service(
            "Access control service",
            description="Matches the kiosk capture, checks the rental, sends unlock commands.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Pretrained face embedding and matching model, run on our own hosts.
    face_model = tm.add(
        tg.Model(
            "Face matching model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights face embedding model with a similarity threshold.",
        )
    )
    # Record of every gate and door decision and every remote unlock.
    access_log = tm.add(tg.DataStore("Access event log", stores={access_events}))
    # Web console used by central staff to resolve lockouts.
    console = tm.add(
        tg.Endpoint(
            "Lockout staff console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Biometric data tier", trust=tg.Trust.RESTRICTED):
        # Enrolled face templates, keyed by customer and unit.
        template_store = tm.add(
            tg.DataStore(
                "Face template store",
                stores={template, account},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Storage site network", trust=tg.Trust.INTERNAL):
    # Camera and screen at the gate and in each corridor; one per entry point.
    kiosk = tm.add(
        tg.Device("Face kiosk", description="Camera, screen and small PC at each entry.")
    )
    # Controller that drives the gate motor and electronic unit-door locks.
    lock_controller = tm.add(tg.Device("Site lock controller"))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Central team that answers lockout calls and unlocks doors remotely.
    staff = tm.add(tg.Actor("Lockout support staff", role="support staff"))

# ---------------------------------------------------------------- flows
# Renting, paying and enrolling through the app.
tm.flow(customer, booking_api, account, rental_order, selfie, protocol="https")
tm.flow(booking_api, customer, rental_status, protocol="https")
tm.flow(customer, booking_platform, card, protocol="https", label="hosted checkout")
tm.flow(booking_api, booking_platform, rental_order, protocol="https")
tm.flow(booking_platform, booking_api, rental_status, protocol="https")
tm.flow(booking_api, enrolment, selfie, account)
tm.flow(enrolment, face_model, selfie)
tm.flow(face_model, enrolment, template)
tm.flow(enrolment, template_store, template, account)

# At the gate or a unit door.
tm.flow(kiosk, access_service, capture, protocol="https")
tm.flow(access_service, face_model, capture)
tm.flow(template_store, face_model, template, label="candidate templates")
tm.flow(face_model, access_service, match_result)
tm.flow(access_service, booking_platform, account, protocol="https", label="rental status lookup")
tm.flow(booking_platform, access_service, rental_status, protocol="https")
tm.flow(access_service, lock_controller, unlock, protocol="tls", label="MQTT over TLS")
tm.flow(access_service, kiosk, access_result, protocol="https")
tm.flow(access_service, access_log, access_events)

# Lockouts handled centrally.
tm.flow(staff, idp, staff_token, protocol="https", label="SSO sign-in")
tm.flow(idp, console, staff_token, protocol="https")
tm.flow(staff, console, override, protocol="https")
tm.flow(console, staff, access_events, capture, protocol="https", label="recent attempts")
tm.flow(access_log, console, access_events, capture)
tm.flow(console, access_service, override, label="remote unlock or re-enrolment")
tm.flow(console, booking_platform, account, protocol="https", label="rental lookup")
tm.flow(booking_platform, console, rental_status, protocol="https")
