"""Airport lost property matching: the first design, before any security review.

The airport's lost property office logs every found item on an intake tablet: staff
photograph it and type a short description. Passengers who lost something fill in a
public web form with their contact details, flight, a description and photos of the
item, and a photo of their passport or ID card for the later identity check. A
matching service embeds item photos and descriptions with an open-weights image and
text embedding model, keeps the found-item vectors in an index, and writes ranked
match suggestions against each report. Office staff review suggestions in the
back-office app (airport SSO with MFA), confirm a match, check the passenger's ID
against the report, send a fee payment link through the payment provider's hosted
page, and book a courier once the payment is confirmed. Passengers are told by
e-mail and SMS. Storage is in the airport's cloud tenancy, photos encrypted at rest
and reports deleted after 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport lost property matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Matches passengers' lost-item reports to photographed found items; staff "
    "confirm, check ID, take a fee and send the item by courier.",
)

# ---------------------------------------------------------------- data assets
found_record = tg.Data(
    "Found item record",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Where and when found, category, description; may name the owner from a label or card.",
)
found_photos = tg.Data("Found item photos", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="media")
report = tg.Data(
    "Lost item report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone, flight number, home address, item description.",
)
report_photos = tg.Data("Passenger item photos", sensitivity=tg.Sensitivity.PII, kind="media")
id_image = tg.Data(
    "Passenger ID document image",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
embeddings = tg.Data("Item embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings")
candidates = tg.Data(
    "Nearest found items", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
suggestions = tg.Data("Match suggestions", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
confirmation = tg.Data(
    "Confirmed match and ID check result", sensitivity=tg.Sensitivity.PII, kind="records"
)
payment_request = tg.Data(
    "Return fee payment request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_status = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
courier_booking = tg.Data(
    "Courier booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Passenger name, delivery address, phone, parcel size; tracking number back.",
)
passenger_notice = tg.Data(
    "Passenger notification",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Report received, possible match found, payment link, tracking number.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can file a report; no account is needed, only an e-mail address.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("Lost property office", trust=tg.Trust.INTERNAL):
    # Office staff log items, review matches, check ID and arrange returns.
    staff = tm.add(tg.Actor("Lost property staff", role="office staff"))
    # Shared tablets with camera at the intake desk.
    tablet = tm.add(
        tg.Device(
            "Intake tablet",
            description="Managed tablet running the intake page of the back-office app.",
        )
    )

with tm.boundary("Airport cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web form for lost-item reports.
    portal = tm.add(
        tg.Endpoint(
            "Lost item report form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(note="images only, up to 5 files of 10 MB"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Staff application: intake, match review, ID check, payment link, courier booking.
    back_office = tm.add(
        tg.Service(
            "Lost property back-office app",
            controls={
                c.Authentication(method="airport SSO (Entra ID) with MFA"),
                c.RBAC(note="lost property office role"),
                c.AuditLogging(note="match confirmations and releases"),
            },
        )
    )
    # Found items register.
    found_db = tm.add(tg.DataStore("Found items database", stores={found_record, suggestions}))
    # Passenger reports, match suggestions and the confirmed outcome.
    reports_db = tm.add(
        tg.DataStore(
            "Lost reports database",
            stores={report, suggestions, confirmation},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Object storage for all item photos and ID images.
    photo_store = tm.add(
        tg.DataStore(
            "Photo storage",
            stores={found_photos, report_photos, id_image},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Embeds new items and reports and ranks candidates.
    matcher = tm.add(
        tg.Service(
            "Matching service",
            description="Runs on each new found item and each new report; staff confirm every match.",
            controls={c.HumanInTheLoop(approver="lost property staff confirm each match")},
        )
    )
    # Open-weights image and text embedding model served in-house.
    embed_model = tm.add(
        tg.Model(
            "Item image and text embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Vectors of unclaimed found items.
    index = tm.add(tg.VectorStore("Found item vector index", stores={embeddings}))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page; card data never touches airport systems.
    psp = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Courier company", trust=tg.Trust.PARTNER):
    courier = tm.add(tg.ExternalService("Courier booking API"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # E-mail and SMS delivery.
    notifier = tm.add(tg.ExternalService("E-mail and SMS service"))

# ---------------------------------------------------------------- flows
# intake of found items
tm.flow(staff, tablet, found_record, found_photos, label="at the intake desk")
tm.flow(tablet, back_office, found_record, found_photos, protocol="https")
tm.flow(back_office, found_db, found_record)
tm.flow(found_db, back_office, found_record, suggestions)
tm.flow(back_office, photo_store, found_photos)
tm.flow(photo_store, back_office, found_photos, report_photos, id_image)

# passenger reports
tm.flow(passenger, portal, report, report_photos, id_image, protocol="https")
tm.flow(portal, passenger, passenger_notice, protocol="https", label="report reference")
tm.flow(portal, reports_db, report)
tm.flow(portal, photo_store, report_photos, id_image)
tm.flow(portal, notifier, passenger_notice, protocol="https")

# matching
tm.flow(found_db, matcher, found_record)
tm.flow(reports_db, matcher, report)
tm.flow(photo_store, matcher, found_photos, report_photos)
tm.flow(matcher, embed_model, found_photos, report_photos, found_record, report)
tm.flow(embed_model, matcher, embeddings)
tm.flow(matcher, index, embeddings)
tm.flow(index, matcher, candidates)
tm.flow(matcher, reports_db, suggestions)
tm.flow(matcher, found_db, suggestions)

# staff review, ID check and return
tm.flow(reports_db, back_office, report, suggestions, confirmation)
tm.flow(back_office, reports_db, confirmation)
tm.flow(
    back_office, staff, report, suggestions, found_photos, report_photos, id_image, protocol="https"
)
tm.flow(staff, back_office, confirmation, protocol="https")
tm.flow(back_office, psp, payment_request, protocol="https")
tm.flow(psp, back_office, payment_status, protocol="https", label="payment webhook")
tm.flow(passenger, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(back_office, courier, courier_booking, protocol="https")
tm.flow(courier, back_office, courier_booking, protocol="https", label="tracking number")
tm.flow(back_office, notifier, passenger_notice, protocol="https")
tm.flow(notifier, passenger, passenger_notice, protocol="smtp", label="e-mail and SMS")
