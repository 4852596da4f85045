"""Charity fun run race photo face finder: the first design, before any security review.

A charity runs an annual fun run. Volunteer photographers stand along the course
and upload their race photos to a photo portal in the charity's cloud account,
signing in with an e-mail and password the event team gave them. An indexing job
sends each new photo to a face-matching vendor, which keeps a face collection for
the event. After the race, runners open the portal on their phones, upload a selfie
and get back watermarked previews of the photos their face appears in; the selfie is
passed to the vendor's search API and not kept by the portal. Runners buy photos
through the payment provider's hosted checkout (the portal never sees card numbers);
a payment webhook marks the order paid and an e-mail service sends a download link.
Proceeds go to the charity. The event coordinator uses the same portal to remove
photos and see sales. Stores are encrypted at rest with the cloud provider's keys,
traffic is HTTPS, and the vendor signed a data processing agreement (GDPR applies).
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Charity fun run race photo face finder",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Runners find and buy their race photos by uploading a selfie; "
    "a vendor's face-matching service does the search.",
)

# ---------------------------------------------------------------- data assets
race_photos = tg.Data(
    "Race photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Full-resolution photos of runners, spectators and children on the course.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
selfie = tg.Data(
    "Runner selfie",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="One face photo a runner uploads to search with.",
)
face_templates = tg.Data(
    "Face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biometric face vectors the vendor derives from every face in every photo.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
face_matches = tg.Data(
    "Face match results",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Photo ids whose faces match the selfie, with similarity scores.",
)
previews = tg.Data("Watermarked previews", kind="media", sensitivity=tg.Sensitivity.PII)
orders = tg.Data(
    "Photo orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Runner name, e-mail, photo ids bought and payment status.",
)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
download_link = tg.Data(
    "Download link e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="An unguessable link to the bought full-resolution photos.",
)
moderation = tg.Data("Photo removal requests", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sales_report = tg.Data("Sales report", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who ran (or says they did) can search; no account is needed.
    runner = tm.add(tg.Actor("Runner", role="event participant"))
    # Volunteers with their own cameras; given portal accounts by the event team.
    photographer = tm.add(tg.Actor("Volunteer photographer", role="volunteer"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # The one web app: upload, selfie search, checkout and the coordinator's pages.
    portal = tm.add(
        tg.Endpoint(
            "Photo portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="e-mail and password",
                    note="photographers and the coordinator only; runners search without an account",
                ),
                tg.controls.InputValidation(note="uploads must be JPEG under 25 MB"),
            },
        )
    )
    # Sends the selfie to the vendor and turns match ids into previews.
    search = tm.add(
        tg.Service(
            "Face search service",
            description="Calls the vendor's search API and keeps nothing of the selfie.",
        )
    )
    # Pushes every newly uploaded photo to the vendor's face collection.
    indexer = tm.add(tg.Pipeline("Photo indexing job", stage=tg.Stage.INGESTION))
    # Object storage bucket of full-resolution photos and generated previews.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={race_photos, previews},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Managed database of orders and buyers' e-mail addresses.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={orders},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Runs the event; removes photos on request and reconciles sales.
    coordinator = tm.add(tg.Actor("Event coordinator", role="charity staff", privileged=True))

with tm.boundary("Face-matching vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted face detection and matching model.
    face_model = tm.add(
        tg.Model(
            "Vendor face-matching model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            controls={tg.controls.SupplierAssessment(note="data processing agreement signed")},
        )
    )
    # The per-event face collection the vendor keeps for searches.
    face_index = tm.add(tg.VectorStore("Event face collection", stores={face_templates}))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page; takes the card so the charity never handles it.
    payments = tm.add(tg.ExternalService("Hosted checkout"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers download links.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# Photographers upload; photos are indexed at the vendor.
tm.flow(photographer, portal, race_photos, protocol="https")
tm.flow(portal, photo_store, race_photos, previews, label="store original and preview")
tm.flow(photo_store, indexer, race_photos, label="new photo event")
tm.flow(indexer, face_model, race_photos, protocol="https", label="index faces")
tm.flow(face_model, face_index, face_templates)

# Runners search with a selfie.
tm.flow(runner, portal, selfie, protocol="https")
tm.flow(portal, search, selfie)
tm.flow(search, face_model, selfie, protocol="https", label="search faces")
tm.flow(face_index, face_model, face_templates, label="nearest faces")
tm.flow(face_model, search, face_matches, protocol="https")
tm.flow(photo_store, search, previews)
tm.flow(search, portal, previews, face_matches)
tm.flow(portal, runner, previews, protocol="https")

# Runners buy photos.
tm.flow(runner, portal, orders, protocol="https", label="place order")
tm.flow(portal, orders_db, orders)
tm.flow(portal, payments, checkout, protocol="https", label="create checkout session")
tm.flow(runner, payments, card_details, protocol="https")
tm.flow(payments, portal, payment_event, protocol="https", label="payment webhook")
tm.flow(orders_db, portal, orders, label="paid order lookup")
tm.flow(portal, mailer, download_link, protocol="https")
tm.flow(mailer, runner, download_link, protocol="smtp")
tm.flow(photo_store, portal, race_photos, label="bought photo download")
tm.flow(portal, runner, race_photos, protocol="https", label="download")

# The coordinator moderates and reconciles.
tm.flow(coordinator, portal, moderation, protocol="https")
tm.flow(portal, photo_store, moderation, label="delete photo")
tm.flow(portal, coordinator, sales_report, protocol="https")
