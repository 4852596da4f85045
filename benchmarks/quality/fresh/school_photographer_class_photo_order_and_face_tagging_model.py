"""School photographer: class photo ordering with face tagging, the first design.

A school photography studio photographs pupils at partner schools: a portrait of
each child holding a barcoded name card, class group photos and candid event shots.
The school office uploads its class list before the shoot. After the shoot the
photographer's laptop uploads the day's photos to our cloud; a face model turns
each face into an embedding, and the tagging service uses the name-card portraits
as references to find every child in the group and candid photos. Confident
matches are tagged automatically; weak ones go to a studio tagger to confirm.
Parents open the online gallery with the access code printed on the card their
child brings home, see only their child's photos, and order prints, paying on the
payment provider's hosted checkout; a print lab prints and posts the orders.
Controls in this design: TLS on every internet link, staff and school sign-in,
the tagger's check of weak matches, and encryption at rest of the photo store.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "School photo ordering and face tagging",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Pupil photos tagged by face recognition so parents can find and order their child's photos.",
)

# ---------------------------------------------------------------- data assets
class_list = tg.Data(
    "Class list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil names, classes and name-card barcodes exported from the school's MIS.",
)
school_login = tg.Data(
    "School office sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
pupil_photos = tg.Data(
    "Pupil photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name-card portraits, class groups and candid event shots of children.",
)
face_embeddings = tg.Data(
    "Pupil face embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biometric templates of each detected face, used to identify children.",
)
face_tags = tg.Data(
    "Face tags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Which pupil appears in which photo, with the match similarity.",
)
tag_review = tg.Data("Tagger confirmations", kind="labels", sensitivity=tg.Sensitivity.PII)
access_code = tg.Data(
    "Gallery access code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Eight-character code printed on the child's card; opens that child's gallery.",
)
gallery_view = tg.Data("Child's gallery", kind="media", sensitivity=tg.Sensitivity.PII)
order = tg.Data(
    "Photo order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Chosen photos and print sizes, parent name, e-mail and delivery address.",
)
checkout_session = tg.Data(
    "Hosted checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_result = tg.Data(
    "Payment confirmation webhook",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order reference, amount and paid or failed status.",
)
print_job = tg.Data(
    "Print job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Print-ready photo files, the child's name for the pack label, delivery address.",
)
dispatch_status = tg.Data("Dispatch status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers who open the gallery from the printed card and order prints.
    parent = tm.add(tg.Actor("Parent", role="customer"))

with tm.boundary("Partner school", trust=tg.Trust.PARTNER):
    # School office staff who upload the class list before each shoot.
    school_admin = tm.add(tg.Actor("School office administrator", role="school staff"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Print lab", trust=tg.Trust.PARTNER):
    # Contract lab that prints, packs and posts each order.
    print_lab = tm.add(tg.ExternalService("Print lab"))

with tm.boundary("Studio", trust=tg.Trust.INTERNAL):
    # Photographer on location at the school.
    photographer = tm.add(tg.Actor("Photographer", role="photographer"))
    # Tethered capture laptop that the photographer shoots to and uploads from.
    laptop = tm.add(
        tg.Device(
            "Photographer laptop",
            fleet=True,
            description="Windows laptop running the capture and upload app; one per photographer.",
        )
    )
    # Studio staff who confirm weak face matches.
    tagger = tm.add(tg.Actor("Studio tagger", role="tagging staff"))

with tm.boundary("Studio cloud", trust=tg.Trust.INTERNAL):
    # Receives class lists from schools and photo batches from photographers.
    upload = tm.add(
        tg.Service(
            "Upload service",
            controls={
                c.Authentication(method="e-mail and password per school and per photographer")
            },
        )
    )
    # Every photo of every shoot, by school and date.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={pupil_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Class lists per school and year.
    roster = tm.add(tg.DataStore("Pupil roster", stores={class_list}))
    # Open-weights face detector and embedder run on our own GPU instance.
    face_model = tm.add(
        tg.Model(
            "Face embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Detects faces and returns a 512-dimension embedding for each.",
        )
    )
    # Index of face embeddings for the similarity search.
    face_index = tm.add(tg.VectorStore("Face embedding index", stores={face_embeddings}))
    # Matches faces to name-card references and tags photos; weak matches wait for a tagger.
    tagging = tm.add(
        tg.Service(
            "Face tagging service",
            description="Similarity at or above 0.8 is tagged automatically; below goes to the queue.",
            controls={
                c.HumanInTheLoop(
                    approver="studio tagger",
                    note="only matches below 0.8 similarity are reviewed; the rest are tagged automatically",
                ),
                c.RBAC(),
            },
        )
    )
    # Parent-facing gallery and shop.
    gallery = tm.add(
        tg.Endpoint(
            "Parent gallery and shop",
            purpose=tg.EndpointPurpose.API,
            description="Shows only the photos tagged with the child whose access code was entered.",
            controls={c.Authentication(method="access code printed on the child's card")},
        )
    )
    # Takes orders, opens checkout sessions and sends paid orders to the print lab.
    orders = tm.add(tg.Service("Order service"))

# ---------------------------------------------------------------- flows
# Before the shoot: the school's class list.
tm.flow(school_admin, upload, school_login, class_list, protocol="https", label="CSV upload")
tm.flow(upload, roster, class_list)

# The shoot: photos from the laptop to the cloud.
tm.flow(photographer, laptop, pupil_photos, protocol="usb", label="tethered capture")
tm.flow(laptop, upload, pupil_photos, protocol="https", label="end-of-day upload")
tm.flow(upload, photo_store, pupil_photos)

# Face tagging.
tm.flow(photo_store, face_model, pupil_photos)
tm.flow(face_model, tagging, face_embeddings)
tm.flow(tagging, face_index, face_embeddings, label="store and query")
tm.flow(face_index, tagging, face_embeddings, label="nearest neighbours")
tm.flow(roster, tagging, class_list, label="name-card barcode lookup")
tm.flow(tagging, photo_store, face_tags)
tm.flow(tagging, tagger, face_tags, pupil_photos, protocol="https", label="weak-match queue")
tm.flow(tagger, tagging, tag_review, protocol="https")

# Parents: gallery and orders.
tm.flow(parent, gallery, access_code, order, protocol="https")
tm.flow(photo_store, gallery, pupil_photos, face_tags, label="child's tagged photos")
tm.flow(gallery, parent, gallery_view, protocol="https")
tm.flow(gallery, orders, order)
tm.flow(orders, payments, checkout_session, protocol="https")
tm.flow(parent, payments, checkout_session, protocol="https", label="pays on hosted checkout")
tm.flow(payments, orders, payment_result, protocol="https", label="payment webhook")
tm.flow(orders, print_lab, print_job, protocol="sftp")
tm.flow(photo_store, orders, pupil_photos, label="print-resolution files")
tm.flow(print_lab, orders, dispatch_status, protocol="https")
tm.flow(print_lab, parent, print_job, label="posted prints")
