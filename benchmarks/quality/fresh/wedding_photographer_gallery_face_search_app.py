"""Wedding gallery app with selfie face search: the first design, before any security review.

An EU wedding photography studio delivers each wedding's photos through an online
gallery app hosted in our cloud account. Photographers upload the edited photos
from their laptops; the couple manage their gallery (sharing link, optional PIN,
hidden photos) from their account. Guests open the shared link, enter the PIN if
the couple set one, and can upload a selfie to find the photos they appear in.
Face search uses a vendor's face-matching API: when a gallery is published its
photos are indexed into a per-gallery face collection at the vendor, and a selfie
is searched against that collection. The selfie itself is not kept by us.
Guests and couples can order prints; the order goes to a print lab's API and is
paid on the payment provider's hosted checkout page, so card numbers never reach
our servers. Controls in this design: TLS everywhere, account sign-in for staff
and couples, provider-managed encryption of the bucket and database, API keys in
the cloud secret manager, and signed payment webhooks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding gallery with selfie face search",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Online wedding galleries with guest selfie face search and print ordering.",
)

# ---------------------------------------------------------------- data assets
original_photos = tg.Data(
    "Original wedding photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
    description="Full-resolution edited photos of the couple, guests and children.",
)
previews = tg.Data(
    "Gallery previews",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Web-size watermarked copies shown in the gallery.",
)
gallery_settings = tg.Data(
    "Gallery settings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Couple's names, wedding date, hidden photos, face search on/off.",
)
gallery_access = tg.Data(
    "Gallery link and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Unguessable share link token and the optional 4-digit PIN.",
)
selfie = tg.Data(
    "Guest selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of a guest's face, used for biometric matching (GDPR Art. 9).",
)
gallery_faces = tg.Data(
    "Gallery photos for face indexing",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
)
face_vectors = tg.Data(
    "Face index entries",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face templates the vendor extracts from every face in a gallery.",
)
matches = tg.Data(
    "Face match results",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Photo ids whose faces match the selfie, with similarity scores.",
)
print_order = tg.Data(
    "Print order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, e-mail, shipping address, photos and print sizes.",
)
checkout_session = tg.Data(
    "Checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lab_status = tg.Data("Print lab order status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Wedding guests: anyone who has been sent (or has found) the share link.
    guest = tm.add(tg.Actor("Wedding guest", role="guest"))
    # The couple own the gallery and decide who may see it.
    couple = tm.add(tg.Actor("Couple", role="gallery owner"))

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # Photographers run the studio account and publish galleries.
    photographer = tm.add(tg.Actor("Photographer", role="studio photographer", privileged=True))
    # Where photos are edited and uploaded from (browser uploader and Lightroom export).
    laptop = tm.add(
        tg.Device(
            "Photographer laptop",
            description="macOS laptops with the studio's upload plugin, signed in to the app.",
        )
    )

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # The gallery web app and API that photographers, couples and guests all use.
    web_app = tm.add(
        tg.Endpoint(
            "Gallery web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="photographers and couples: e-mail and password; "
                    "guests: share link with optional 4-digit PIN",
                ),
            },
        )
    )
    # Sends galleries to the vendor for indexing and runs selfie searches.
    face_search = tm.add(
        tg.Service(
            "Face search service",
            description="Creates one vendor face collection per gallery; searches selfies in it.",
            controls={
                c.SecretsManagement(note="vendor API key in the cloud secret manager"),
                c.DataMinimization(note="selfie is held in memory only and never written"),
            },
        )
    )
    # Creates print orders, starts checkout and forwards paid orders to the lab.
    orders = tm.add(
        tg.Service(
            "Print order service",
            controls={c.SecretsManagement(note="lab and payment API keys in the secret manager")},
        )
    )
    # Object storage bucket with originals and previews.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo storage",
            stores={original_photos, previews},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Galleries, share tokens, PINs, accounts and print orders.
    gallery_db = tm.add(
        tg.DataStore(
            "Gallery database",
            stores={gallery_settings, gallery_access, print_order},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Face recognition vendor", trust=tg.Trust.PARTNER):
    # The vendor's face detection and search API.
    face_model = tm.add(
        tg.Model(
            "Face matching model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            description="Detects faces, extracts templates and returns the closest matches.",
        )
    )
    # Per-gallery face collections held by the vendor.
    face_index = tm.add(tg.VectorStore("Vendor face collection", stores={face_vectors}))

with tm.boundary("Print lab", trust=tg.Trust.PARTNER):
    # Prints and ships the photos to the buyer.
    print_lab = tm.add(tg.ExternalService("Print lab API"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: takes the card and tells us when the order is paid.
    payments = tm.add(tg.ExternalService("Payment provider"))

# ---------------------------------------------------------------- flows
# Photographers upload and publish galleries.
tm.flow(photographer, laptop, original_photos, protocol="usb", label="imports camera cards")
tm.flow(
    laptop, web_app, original_photos, gallery_settings, protocol="https", label="upload and publish"
)
tm.flow(web_app, laptop, gallery_settings, gallery_access, protocol="https")
tm.flow(web_app, photo_bucket, original_photos, previews)
tm.flow(photo_bucket, web_app, previews)
tm.flow(web_app, gallery_db, gallery_settings, gallery_access)
tm.flow(gallery_db, web_app, gallery_settings, gallery_access)

# The couple manage sharing and view their gallery.
tm.flow(
    couple, web_app, gallery_settings, gallery_access, protocol="https", label="sharing settings"
)
tm.flow(web_app, couple, previews, gallery_access, protocol="https")

# Guests open the gallery and search it with a selfie.
tm.flow(guest, web_app, gallery_access, selfie, protocol="https")
tm.flow(web_app, guest, previews, matches, protocol="https")

# Indexing a published gallery and searching a selfie at the vendor.
tm.flow(photo_bucket, face_search, gallery_faces, label="on gallery publish")
tm.flow(web_app, face_search, selfie)
tm.flow(face_search, web_app, matches)
tm.flow(face_search, face_model, gallery_faces, selfie, protocol="https")
tm.flow(face_model, face_search, matches, protocol="https")
tm.flow(face_model, face_index, face_vectors, label="index faces")
tm.flow(face_index, face_model, face_vectors, label="search collection")

# Print orders and payment.
tm.flow(guest, web_app, print_order, protocol="https", label="orders prints")
tm.flow(couple, web_app, print_order, protocol="https", label="orders prints")
tm.flow(web_app, orders, print_order)
tm.flow(orders, gallery_db, print_order)
tm.flow(orders, payments, checkout_session, protocol="https")
tm.flow(payments, orders, checkout_session, protocol="https")
tm.flow(guest, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    orders,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(photo_bucket, orders, original_photos, label="print files")
tm.flow(orders, print_lab, print_order, original_photos, protocol="https")
tm.flow(print_lab, orders, lab_status, protocol="https")
tm.flow(orders, web_app, lab_status)
