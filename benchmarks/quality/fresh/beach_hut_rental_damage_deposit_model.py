"""Beach hut rental damage deposits: the first design, before any security review.

A seaside council rents its beach huts by the week. Renters book and pay a
damage deposit through the council's hut-hire app; the card payment is taken on
the council's payment provider's hosted page. At check-in and check-out the
renter photographs the hut in the app. A vision model hosted in the council's
cloud tenancy compares the two sets of photos and flags suspected damage. The
council's seasonal warden reviews every flagged case in a review console and
decides whether any deposit is deducted; nothing is deducted without the
warden. Renters can dispute a deduction in the app with their own photos, and
the warden looks at the dispute. Deposit releases and deductions go back
through the payment provider. Renters sign in with e-mail and password; staff
use the council's single sign-on with MFA. Photos are kept in encrypted cloud
storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beach hut rental damage deposits",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly beach hut rentals with photo-based damage checks before deposit deductions.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking and renter details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, hut number and rental week.",
)
checkin_photos = tg.Data(
    "Check-in and check-out photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Renter's photos of the hut; may show people and belongings.",
)
dispute = tg.Data(
    "Deposit dispute with renter photos",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
damage_assessment = tg.Data(
    "Suspected damage assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Regions of the hut that differ between check-in and check-out, with a score.",
)
case = tg.Data("Damage case", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Warden deposit decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Deposit payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
settlement = tg.Data(
    "Deposit release or deduction instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
notice = tg.Data("Deposit outcome notice", kind="documents", sensitivity=tg.Sensitivity.PII)
credentials = tg.Data(
    "Renter sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who books a hut; also the person whose deposit is at stake.
    renter = tm.add(tg.Actor("Renter", role="beach hut renter"))
    # The council's hut-hire app on the renter's own phone: booking, photos, disputes.
    app = tm.add(
        tg.Device("Hut-hire mobile app", description="iOS and Android app on renters' phones.")
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The council's contracted card payment provider: hosted payment page, holds and refunds.
    payments = tm.add(
        tg.ExternalService(
            "Council payment provider",
            description="Hosted card payment page; takes and returns the damage deposit.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The app's back end: bookings, photo uploads, disputes.
    api = tm.add(
        tg.Endpoint(
            "Hut-hire API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Bookings, renter accounts and the deposit state of each rental.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={booking, credentials, payment_confirmation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage for check-in, check-out and dispute photos.
    photo_store = tm.add(
        tg.DataStore(
            "Hut photo store",
            stores={checkin_photos, dispute},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs after check-out: pairs the photos, calls the model, opens a case when it flags damage.
    comparison = tm.add(
        tg.Service(
            "Damage comparison service",
            description="Pairs check-in and check-out photos per hut and opens damage cases.",
        )
    )
    # The vision model that spots differences between the two photo sets.
    vision = tm.add(
        tg.Model(
            "Hut damage vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights image model fine-tuned by a supplier on hut photos.",
        )
    )
    # Cases waiting for the warden, disputes attached, and the decisions made.
    case_db = tm.add(
        tg.DataStore("Damage case database", stores={case, decision, damage_assessment})
    )
    # Where the warden sees the photos side by side and decides.
    console = tm.add(
        tg.Service(
            "Warden review console",
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="seasonal warden"),
                c.Contestability(note="renters can dispute in the app; the warden reviews"),
            },
        )
    )
    # Turns the warden's decision into a release or deduction at the payment provider.
    settlement_svc = tm.add(tg.Service("Deposit settlement service"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Seasonal staff who inspect huts and decide on deductions.
    warden = tm.add(tg.Actor("Seasonal warden", role="beach warden"))

# ---------------------------------------------------------------- flows
tm.flow(renter, app, booking, checkin_photos, dispute, credentials, label="uses the app")
tm.flow(app, api, booking, credentials, protocol="https", label="sign in and book")
tm.flow(api, bookings_db, booking, credentials)
tm.flow(bookings_db, api, booking)
tm.flow(api, app, booking, notice, protocol="https")
tm.flow(app, renter, notice)

# deposit payment on the provider's hosted page
tm.flow(app, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, api, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(api, bookings_db, payment_confirmation, label="deposit held")

# photos and the damage check
tm.flow(app, api, checkin_photos, protocol="https", label="check-in and check-out photos")
tm.flow(api, photo_store, checkin_photos)
tm.flow(photo_store, comparison, checkin_photos)
tm.flow(comparison, vision, checkin_photos)
tm.flow(vision, comparison, damage_assessment)
tm.flow(comparison, case_db, case, damage_assessment, label="opens a case")

# disputes
tm.flow(app, api, dispute, protocol="https", label="dispute")
tm.flow(api, photo_store, dispute)
tm.flow(api, case_db, case, label="dispute attached to case")

# warden review
tm.flow(case_db, console, case, damage_assessment)
tm.flow(photo_store, console, checkin_photos, dispute)
tm.flow(console, warden, case, checkin_photos, dispute, damage_assessment, protocol="https")
tm.flow(warden, console, decision, protocol="https")
tm.flow(console, case_db, decision)

# settlement
tm.flow(case_db, settlement_svc, decision)
tm.flow(bookings_db, settlement_svc, payment_confirmation)
tm.flow(settlement_svc, payments, settlement, protocol="https", label="release or deduct")
tm.flow(payments, settlement_svc, payment_confirmation, protocol="https")
tm.flow(settlement_svc, api, notice, label="outcome to renter")
