"""Airport lost-and-found matching: the first design, before any security review.

Travellers who lost something at the airport or on board report it on a public
web portal: a description, where and when, their flight, contact details and
optionally photos. Lost-property clerks log every found item from a staff
console in the airport office, with photos. A matching service embeds the text
and photos of both sides with an open-weights image-text model, searches a
vector index of found items and proposes the most likely matches to the clerks,
who confirm or reject each one; only a confirmed match is e-mailed to the
traveller. The traveller then pays a courier fee through a hosted checkout of a
payment provider (we never see card numbers) and the item is booked with a
courier. Everything runs in the airport's cloud tenancy in the EU; staff sign in
with the airport SSO, travellers follow their report reference and e-mail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport lost-and-found matching",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Matches travellers' lost-item reports to items found and logged by staff, "
    "and returns confirmed items by courier for a fee.",
)

# ---------------------------------------------------------------- data assets
lost_report = tg.Data(
    "Lost-item report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item description, place and time of loss, flight, name, e-mail, phone.",
)
traveller_photos = tg.Data(
    "Traveller item photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos uploaded by travellers; may show people, homes or documents.",
)
found_record = tg.Data(
    "Found-item record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Description, where it was found, storage shelf, clerk who logged it.",
)
found_photos = tg.Data(
    "Found-item photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Staff photos of found items, including wallets, ID cards and phones.",
)
embeddings = tg.Data("Item embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL)
candidates = tg.Data(
    "Match candidates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Top-5 found items per report with similarity scores.",
)
decision = tg.Data("Match decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
match_notice = tg.Data(
    "Match notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail telling the traveller a match was found, with a link to pay.",
)
case_status = tg.Data("Case status page", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
shipment = tg.Data(
    "Courier booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name, delivery address, phone, parcel size.",
)
tracking = tg.Data("Tracking number", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Image-text model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="safetensors",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who says they lost something: the portal is public.
    traveller = tm.add(tg.Actor("Traveller", role="member of the public"))
    # Where the open-weights embedding model is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Hosted checkout: card numbers go straight to the provider.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout page; posts a payment webhook back to the portal.",
        )
    )
    # Books the return shipment and returns a tracking number.
    courier = tm.add(tg.ExternalService("Courier booking API"))
    # Sends the match e-mails on our behalf.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Airport cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public web front end travellers use to report, check status and pay.
    portal = tm.add(
        tg.Endpoint(
            "Lost-property portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="photo uploads limited to JPEG/PNG under 10 MB"),
                c.Authentication(method="report reference and e-mail address"),
            },
        )
    )
    # Web app the clerks use to log found items and review proposed matches.
    console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airport SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Embeds new reports and found items, searches the index, proposes matches.
    matcher = tm.add(
        tg.Service(
            "Matching service",
            description="Nothing reaches a traveller until a clerk confirms the match.",
            controls={c.HumanInTheLoop(approver="lost-property clerk")},
        )
    )
    # Open-weights image-text model (CLIP-style) served inside the tenancy.
    embedder = tm.add(
        tg.Model(
            "Image-text embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Nearest-neighbour search over open found items and open reports.
    index = tm.add(tg.VectorStore("Item vector index", stores={embeddings}))
    # System of record for reports, found items, matches and payments.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={lost_report, found_record, decision, payment_confirmation, shipment},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object bucket for the photos of both sides.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={traveller_photos, found_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Airport office network", trust=tg.Trust.INTERNAL):
    # Staff of the lost-property office; they log items and confirm matches.
    clerk = tm.add(tg.Actor("Lost-property clerk", role="airport staff"))

# ---------------------------------------------------------------- flows
# Traveller reports and follows the case.
tm.flow(traveller, portal, lost_report, traveller_photos, protocol="https")
tm.flow(portal, traveller, case_status, protocol="https")
tm.flow(portal, case_db, lost_report)
tm.flow(case_db, portal, lost_report, case_status, payment_confirmation)
tm.flow(portal, photo_store, traveller_photos)

# Clerks log found items and review matches.
tm.flow(clerk, console, found_record, found_photos, protocol="https")
tm.flow(clerk, console, decision, protocol="https", label="confirm or reject match")
tm.flow(console, clerk, candidates, found_record, traveller_photos, protocol="https")
tm.flow(console, case_db, found_record, decision)
tm.flow(case_db, console, lost_report, found_record)
tm.flow(console, photo_store, found_photos)
tm.flow(photo_store, console, traveller_photos, found_photos)

# Matching.
tm.flow(case_db, matcher, lost_report, found_record, label="new reports and items")
tm.flow(photo_store, matcher, traveller_photos, found_photos)
tm.flow(matcher, embedder, lost_report, found_record, traveller_photos, found_photos)
tm.flow(embedder, matcher, embeddings)
tm.flow(matcher, index, embeddings, label="upsert and similarity query")
tm.flow(index, matcher, candidates, label="nearest neighbours")
tm.flow(matcher, console, candidates, label="proposed matches")
tm.flow(console, matcher, decision, label="confirmed match")
tm.flow(model_hub, embedder, weights, protocol="https", label="model download at build")

# Confirmed match: notify, pay, ship.
tm.flow(matcher, mailer, match_notice, protocol="https")
tm.flow(mailer, traveller, match_notice, protocol="smtp+starttls")
tm.flow(portal, payments, checkout, protocol="https", label="create checkout session")
tm.flow(payments, portal, checkout, protocol="https", label="checkout redirect URL")
tm.flow(traveller, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, portal, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(portal, case_db, payment_confirmation)
tm.flow(traveller, portal, shipment, protocol="https", label="delivery address")
tm.flow(portal, courier, shipment, protocol="https")
tm.flow(courier, portal, tracking, protocol="https")
