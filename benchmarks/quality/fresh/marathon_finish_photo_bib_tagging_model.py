"""Marathon photo tagging and storefront: the first design, before any security review.

Contract photographers on the course and at the finish line upload photos from a
laptop uploader app to our ingest API, authenticated with a per-photographer
token. A tagging service reads bib numbers with an in-house OCR model (weights
fine-tuned from an open detector) and sends face crops to a cloud face-matching
API; face embeddings go into a per-race face index. The race organiser sends its
registration export (name, e-mail, bib, age group) over SFTP, which links bibs
to runners. Staff fix low-confidence bib reads in a QA console behind Google SSO.
Runners use a public storefront to find their photos by bib number or by
uploading a selfie, see watermarked previews, and buy packages through a hosted
payment page. Photos are encrypted at rest, face embeddings are deleted 30 days
after the race, and the face API vendor went through our supplier review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marathon photo bib tagging",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Bib and face tagging of race photos, sold to runners through a storefront.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Race photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
face_crop = tg.Data("Face crops", kind="media", sensitivity=tg.Sensitivity.REGULATED)
face_embedding = tg.Data(
    "Face embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biometric templates of every face detected in a race's photos.",
)
selfie = tg.Data("Runner selfie", kind="media", sensitivity=tg.Sensitivity.REGULATED)
bib_read = tg.Data("Bib reads", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
registrations = tg.Data(
    "Race registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, bib number, age group and club of each entrant.",
)
tags = tg.Data(
    "Photo tags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Which runner (bib) appears in which photo.",
)
search = tg.Data("Photo search", kind="records", sensitivity=tg.Sensitivity.PII)
results = tg.Data("Watermarked previews", kind="media", sensitivity=tg.Sensitivity.PII)
order = tg.Data("Photo package order", kind="records", sensitivity=tg.Sensitivity.PII)
payment = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
download = tg.Data("Full-resolution download link", kind="records", sensitivity=tg.Sensitivity.PII)
corrections = tg.Data("Bib corrections", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
photographer_token = tg.Data(
    "Photographer upload token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buyers: anyone can search a race by bib number or selfie.
    runner = tm.add(tg.Actor("Runner", role="customer"))

with tm.boundary("Race venue", trust=tg.Trust.PARTNER):
    # Contract photographers' laptops running our uploader app.
    uploader = tm.add(
        tg.Device(
            "Photographer laptop uploader",
            fleet=True,
            description="Laptop app that pushes camera cards to the ingest API during the race.",
        )
    )

with tm.boundary("Race organiser", trust=tg.Trust.PARTNER):
    # The organiser's registration export: the only link from a bib to a person.
    registration_feed = tm.add(
        tg.DataSource(
            "Organiser registration export",
            origin=tg.Origin.PARTNER,
            provides={registrations},
            description="CSV export from the organiser's registration platform.",
        )
    )

with tm.boundary("Face API vendor", trust=tg.Trust.PARTNER):
    # Detects faces and returns embeddings; we do not run face models ourselves.
    face_api = tm.add(
        tg.Model(
            "Face matching API",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor says no retention")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page: card data never reaches us.
    payments = tm.add(tg.ExternalService("Hosted payment page"))

with tm.boundary("Photo platform", trust=tg.Trust.INTERNAL):
    # Receives photos from photographers at the venue.
    ingest = tm.add(
        tg.Endpoint(
            "Photo ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-photographer bearer token")},
        )
    )
    # Originals and watermarked previews.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Orchestrates bib reading and face matching for each photo.
    tagger = tm.add(tg.Service("Tagging service"))
    # Reads bib numbers in each photo.
    bib_model = tm.add(
        tg.Model(
            "Bib number OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights text detector fine-tuned on our bib photos.",
        )
    )
    # Per-race index of face embeddings for selfie search.
    face_index = tm.add(
        tg.VectorStore(
            "Face index",
            stores={face_embedding},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Runners, bibs, photo tags and orders.
    tag_db = tm.add(tg.DataStore("Tag and order database", stores={registrations, tags, order}))
    # The public shop runners use.
    storefront = tm.add(
        tg.Endpoint(
            "Photo storefront",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Staff who fix bibs the OCR model was unsure about.
    qa_staff = tm.add(tg.Actor("Tagging QA operator", role="operations staff"))
    qa_console = tm.add(
        tg.Service(
            "Tagging QA console",
            controls={c.Authentication(method="Google Workspace SSO")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(uploader, ingest, photo, photographer_token, protocol="https")
tm.flow(ingest, photo_store, photo)
tm.flow(registration_feed, tag_db, registrations, protocol="sftp", label="registration import")

tm.flow(photo_store, tagger, photo)
tm.flow(tagger, bib_model, photo)
tm.flow(bib_model, tagger, bib_read)
tm.flow(tagger, face_api, face_crop, protocol="https")
tm.flow(face_api, tagger, face_embedding, protocol="https")
tm.flow(tagger, face_index, face_embedding)
tm.flow(tag_db, tagger, registrations, label="bib to runner lookup")
tm.flow(tagger, tag_db, tags)

tm.flow(tag_db, qa_console, tags, label="low-confidence reads")
tm.flow(photo_store, qa_console, photo)
tm.flow(qa_console, qa_staff, photo, tags, protocol="https")
tm.flow(qa_staff, qa_console, corrections, protocol="https")
tm.flow(qa_console, tag_db, tags, label="corrected tags")

tm.flow(runner, storefront, search, selfie, protocol="https", label="find my photos")
tm.flow(storefront, face_api, selfie, protocol="https")
tm.flow(face_api, storefront, face_embedding, protocol="https")
tm.flow(storefront, face_index, face_embedding, label="similarity query")
tm.flow(face_index, storefront, tags, label="matching photos")
tm.flow(storefront, tag_db, search)
tm.flow(tag_db, storefront, tags)
tm.flow(photo_store, storefront, results, photo)
tm.flow(storefront, runner, results, protocol="https")

tm.flow(runner, storefront, order, protocol="https", label="checkout")
tm.flow(storefront, tag_db, order)
tm.flow(storefront, payments, order, protocol="https", label="redirect to hosted checkout")
tm.flow(payments, storefront, payment, protocol="https", label="payment webhook")
tm.flow(storefront, runner, download, protocol="https")
