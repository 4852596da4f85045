"""Canal boat hire damage check: check-out and return photos against the deposit.

A family-run canal boat hire company with three boatyards and about forty
narrowboats takes a damage deposit, held as a card pre-authorisation with its
payment provider, for each hire. At handover and again on return, boatyard staff
photograph each boat from a fixed set of angles on a yard tablet. The photos go
to a small cloud service, where a comparison service pairs each return photo
with its check-out photo and a damage detection model, fine-tuned from an
open-weights detector, flags new scrapes, dents and broken fittings. The yard
manager reviews the flags in a review console, decides what to keep from the
deposit, captures or releases it through the payment provider and has a damage
report e-mailed to the hirer. Confirmed damage becomes labels for fine-tuning.
Controls: TLS to the cloud and to the providers, staff accounts on the upload API,
Workspace SSO with 2-step verification on the console, the manager's approval of
every deduction, encryption at rest and role-based access on the booking data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal boat hire damage deposit photos",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Flags new damage by comparing check-out and return photos of hire boats.",
)

# ---------------------------------------------------------------- data assets
checkout_photos = tg.Data(
    "Check-out boat photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Hull, cabin and fittings at handover, tagged with boat and booking reference.",
)
return_photos = tg.Data(
    "Return boat photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The same angles on return; hirers are sometimes in frame.",
)
damage_flags = tg.Data(
    "Damage flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boxes around suspected new damage with type and confidence.",
)
damage_report = tg.Data(
    "Damage comparison report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Before and after crops per flag, for the booking.",
)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Hirer name, address, phone, e-mail, boat, dates and deposit reference.",
)
deposit_token = tg.Data(
    "Deposit payment token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The provider's reference to the card pre-authorisation.",
)
deduction = tg.Data(
    "Deposit deduction decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount kept from the deposit and the reason.",
)
capture_request = tg.Data(
    "Deposit capture or release request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
capture_result = tg.Data("Capture result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
hirer_email = tg.Data(
    "Damage report e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="What was found, photos, and the amount kept or the full release.",
)
damage_labels = tg.Data(
    "Confirmed damage labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Damage detector weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer who hired the boat and whose deposit is at stake.
    hirer = tm.add(tg.Actor("Hirer", role="boat hirer"))

with tm.boundary("Boatyard", trust=tg.Trust.INTERNAL):
    # Hands boats over and takes them back; takes the photos.
    staff = tm.add(tg.Actor("Boatyard staff", role="yard hand"))
    # Decides on deductions; the only person who can touch deposits.
    manager = tm.add(tg.Actor("Yard manager", role="yard manager"))
    # Shared Android tablet at each yard with the inspection app.
    tablet = tm.add(tg.Device("Yard inspection tablet", fleet=True))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Receives photo sets from the yard tablets.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual staff accounts, username and password")},
        )
    )
    # Object storage for every photo set, kept as evidence.
    photo_store = tm.add(
        tg.DataStore(
            "Inspection photo store",
            stores={checkout_photos, return_photos},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Pairs return photos with check-out photos per angle and runs the detector.
    comparison = tm.add(tg.Service("Damage comparison service"))
    # Fine-tuned open-weights object detector.
    detector = tm.add(
        tg.Model(
            "Boat damage detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Flags new hull and fitting damage between two photos of the same boat.",
        )
    )
    # Web console where the manager reviews flags and settles deposits.
    console = tm.add(
        tg.Service(
            "Damage review console",
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.HumanInTheLoop(approver="the yard manager approves every deduction"),
            },
        )
    )
    # Bookings written by the existing booking website; read here.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, deposit_token, deduction},
            controls={c.EncryptionAtRest(key_management="provider-managed keys"), c.RBAC()},
        )
    )
    # Confirmed damage with photos, for the next fine-tune.
    training_set = tm.add(
        tg.Dataset(
            "Damage training set",
            stores={checkout_photos, return_photos, damage_labels},
            purpose="fine-tuning",
        )
    )
    # Occasional fine-tuning run on a rented GPU instance.
    fine_tuning = tm.add(
        tg.Pipeline("Detector fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Bucket of detector checkpoints; the comparison service loads the latest.
    registry = tm.add(tg.ModelRegistry("Model checkpoint bucket", stores={weights}))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the card pre-authorisation; we never see card numbers.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for the damage reports.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service", provides="generic"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(staff, tablet, checkout_photos, return_photos, label="photographed at handover and return")
tm.flow(tablet, upload_api, checkout_photos, return_photos, protocol="https", controls={tls})
tm.flow(upload_api, photo_store, checkout_photos, return_photos)
tm.flow(photo_store, comparison, checkout_photos, return_photos, label="on return upload")
tm.flow(comparison, detector, checkout_photos, return_photos)
tm.flow(detector, comparison, damage_flags)
tm.flow(comparison, console, damage_report)
tm.flow(photo_store, console, checkout_photos, return_photos)
tm.flow(booking_db, console, booking, deposit_token)
tm.flow(console, manager, damage_report, protocol="https")
tm.flow(manager, console, deduction, protocol="https")
tm.flow(console, booking_db, deduction)
tm.flow(console, payments, capture_request, deposit_token, protocol="https", controls={tls})
tm.flow(payments, console, capture_result, protocol="https", controls={tls})
tm.flow(console, mailer, hirer_email, protocol="https", controls={tls})
tm.flow(mailer, hirer, hirer_email, protocol="smtp")

tm.flow(console, training_set, damage_labels, label="confirmed damage")
tm.flow(photo_store, training_set, checkout_photos, return_photos)
tm.flow(training_set, fine_tuning, checkout_photos, return_photos, damage_labels)
tm.flow(fine_tuning, registry, weights)
tm.flow(registry, detector, weights, label="load latest")
