"""Car boot sale trader ID check and pitch fees: the first design, before any security review.

A company that runs weekly car boot sales on a farm field in England must know who
its traders are, as the council's licence requires. Traders register on the
booking website, upload a photo of their driving licence or passport and a selfie,
and pay the pitch fee on the payment provider's hosted checkout. The booking
service sends the images to an identity verification vendor whose model checks the
document and matches the face; failed or unclear checks wait for the organiser,
who reviews them and keeps the ban list in an admin dashboard (password with
TOTP). A confirmation e-mail carries a QR code. On the day, gate stewards scan it
with a phone app unlocked by a shared steward PIN, see the trader's check status,
and take walk-up fees on the provider's card reader. Card details never reach our
systems. The website, service and stores run on a cloud platform in the UK.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car boot sale trader ID check and pitch fees",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Trader registration with outsourced ID and face-match checks, and pitch fee payment.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Trader registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, home address, phone, e-mail and vehicle registration.",
)
id_images = tg.Data(
    "ID document and selfie images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of a driving licence or passport, and a selfie for the face match.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
check_result = tg.Data(
    "ID check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Document authenticity verdict, face-match score and extracted name and date of birth.",
)
trader_records = tg.Data(
    "Trader and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Trader accounts, pitch bookings, ID check status and the ban list.",
)
account_login = tg.Data(
    "Trader account login", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
booking = tg.Data("Pitch booking", kind="records", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data(
    "Pitch fee checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmation = tg.Data(
    "Booking confirmation with QR code", kind="documents", sensitivity=tg.Sensitivity.PII
)
gate_list = tg.Data(
    "Gate list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Today's bookings with trader name, vehicle registration and ID check status.",
)
gate_scan = tg.Data("Gate check-in", kind="records", sensitivity=tg.Sensitivity.PII)
review = tg.Data(
    "Manual ID review decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The organiser's approve or reject on a failed check, and ban list changes.",
)
review_queue = tg.Data("ID review queue", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as a trader, including people the sale has banned.
    trader = tm.add(tg.Actor("Trader", role="trader"))

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Public site where traders register, upload ID and book pitches.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="accepts only JPEG and PNG up to 10 MB"),
            },
        )
    )
    # Back end: bookings, calls to the ID vendor and payment provider, gate list.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            controls={
                c.SecretsManagement(note="vendor and payment API keys in the cloud secret manager")
            },
        )
    )
    # Relational database of traders, bookings, check status and bans.
    trader_db = tm.add(tg.DataStore("Trader database", stores={trader_records}))
    # Object storage bucket for the uploaded ID photos and selfies.
    id_bucket = tm.add(
        tg.DataStore(
            "ID image store",
            stores={id_images},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the organiser reviews failed checks and manages the ban list.
    admin = tm.add(
        tg.Endpoint(
            "Admin dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.AuditLogging(retention_days=180),
            },
        )
    )

with tm.boundary("Identity verification vendor", trust=tg.Trust.PARTNER):
    # Vendor's document-authenticity and face-match model, called over its API.
    id_model = tm.add(
        tg.Model(
            "Document and face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.SupplierAssessment(
                    note="certified identity service provider, UK retention terms"
                ),
                c.HumanInTheLoop(
                    approver="the organiser", note="reviews failed and unclear checks only"
                ),
            },
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and card acquiring; takes all card details.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations with the gate QR code.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Sale field", trust=tg.Trust.INTERNAL):
    # Casual staff at the field gate on sale days.
    steward = tm.add(tg.Actor("Gate steward", role="steward"))
    # Steward phone app that scans QR codes and shows the gate list.
    steward_app = tm.add(
        tg.Device(
            "Steward phone app",
            fleet=True,
            controls={c.Authentication(method="shared steward PIN")},
        )
    )
    # The provider's card reader, for walk-up traders paying at the gate.
    card_reader = tm.add(tg.Device("Gate card reader", fleet=True))

with tm.boundary("Organiser's office", trust=tg.Trust.INTERNAL):
    # Runs the sale; the only admin of the booking system.
    organiser = tm.add(tg.Actor("Sale organiser", role="organiser", privileged=True))

# ---------------------------------------------------------------- flows
# registration and ID check
tm.flow(trader, website, registration, account_login, protocol="https")
tm.flow(trader, website, id_images, protocol="https", label="ID upload")
tm.flow(website, booking_service, registration, id_images, protocol="https")
tm.flow(booking_service, id_bucket, id_images)
tm.flow(booking_service, trader_db, trader_records)
tm.flow(trader_db, booking_service, trader_records)
tm.flow(booking_service, id_model, id_images, protocol="https")
tm.flow(id_model, booking_service, check_result, protocol="https")

# booking and online payment
tm.flow(trader, website, booking, protocol="https")
tm.flow(website, booking_service, booking, protocol="https")
tm.flow(booking_service, payments, checkout, protocol="https")
tm.flow(trader, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, booking_service, payment_result, protocol="https", label="payment webhook")
tm.flow(booking_service, mailer, confirmation, protocol="https")
tm.flow(mailer, trader, confirmation, protocol="smtp")
tm.flow(booking_service, website, booking, check_result, protocol="https", label="booking status")
tm.flow(website, trader, booking, protocol="https")

# manual review by the organiser
tm.flow(organiser, admin, review, protocol="https")
tm.flow(admin, booking_service, review, protocol="https")
tm.flow(booking_service, admin, review_queue, protocol="https")
tm.flow(id_bucket, booking_service, id_images, label="images for review")
tm.flow(admin, organiser, review_queue, protocol="https")

# sale day at the gate
tm.flow(booking_service, steward_app, gate_list, protocol="https")
tm.flow(steward, steward_app, gate_scan, label="scans the trader's QR code")
tm.flow(steward_app, booking_service, gate_scan, protocol="https")
tm.flow(steward_app, steward, gate_list, label="trader and check status on screen")
tm.flow(trader, card_reader, card_details, label="taps card at the gate")
tm.flow(card_reader, payments, card_details, protocol="https")
tm.flow(payments, booking_service, payment_result, protocol="https", label="gate payment webhook")
