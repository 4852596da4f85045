"""Marathon photo matching: the first design, before any security review.

We sell race-day photos for a city marathon in the EU. Contracted photographers
upload their shots after the race through an upload API. A processing pipeline
finds bib numbers with an OCR/detection model and faces with an open-weights
face-embedding model, and records which photos show which bib. Runners search
the photo sales website by bib number, or can upload a selfie to find photos
by face, then pay through the payment provider's hosted checkout and download
full-resolution photos. The timing company sends us the registration list
(bib, name, e-mail) so we can e-mail runners when their photos are ready.
Operations staff tag photos the pipeline could not match. Everything runs in
our cloud account. Controls in this design: TLS on public links, photographer
accounts, a rate limit on search, storage encryption with provider-managed keys,
and selfies dropped after the search. Card data never reaches us.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marathon bib and face photo matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Matches race photos to runners by bib number and face for photo sales.",
)

# ---------------------------------------------------------------- data assets
race_photos = tg.Data(
    "Original race photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
    description="Full-resolution photos of identifiable runners and spectators.",
)
previews = tg.Data("Watermarked photo previews", kind="media", sensitivity=tg.Sensitivity.PII)
purchased_photos = tg.Data(
    "Purchased photo downloads", kind="media", sensitivity=tg.Sensitivity.PII
)
bib_detections = tg.Data(
    "Bib number detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Bib numbers read from each photo, with confidence and bounding box.",
)
face_embeddings = tg.Data(
    "Face embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Biometric templates of every face found in the photos, keyed by photo.",
)
selfie = tg.Data(
    "Runner selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Optional selfie a runner uploads to search photos by face.",
)
selfie_embedding = tg.Data(
    "Selfie face embedding", kind="embeddings", sensitivity=tg.Sensitivity.REGULATED
)
bib_search = tg.Data("Bib number search request", kind="records", sensitivity=tg.Sensitivity.PII)
face_matches = tg.Data("Face match candidates", kind="model-output", sensitivity=tg.Sensitivity.PII)
match_results = tg.Data("Photo match results", kind="records", sensitivity=tg.Sensitivity.PII)
registrations = tg.Data(
    "Runner registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bib number, name, e-mail address and start wave of each registered runner.",
)
orders = tg.Data("Photo orders", kind="records", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ready_email = tg.Data("Photos ready e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
manual_tags = tg.Data(
    "Manual bib tags",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Bib numbers staff assign to photos the pipeline could not read.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Runners and anyone else looking for race photos.
    runner = tm.add(tg.Actor("Runner", role="race participant"))
    # Freelance photographers contracted for race day, uploading from their laptops.
    photographer = tm.add(tg.Actor("Event photographer", role="contracted photographer"))

with tm.boundary("Race timing company", trust=tg.Trust.PARTNER):
    # The organiser's timing partner holds the registration list and bib assignments.
    registration = tm.add(
        tg.DataSource(
            "Race registration system",
            origin=tg.Origin.PARTNER,
            provides={registrations},
            description="Exports the registered runners as a CSV file once a day.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout, so card details are entered on the provider's pages only.
    payments = tm.add(tg.ExternalService("Payment provider hosted checkout"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used for "your photos are ready" messages.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Photo platform cloud account", trust=tg.Trust.INTERNAL):
    # Public storefront: search by bib or selfie, preview, buy, download.
    website = tm.add(
        tg.Endpoint(
            "Photo sales website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP on search")},
        )
    )
    # Where photographers send their race-day photos.
    upload_api = tm.add(
        tg.Endpoint(
            "Photographer upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-photographer account with password")},
        )
    )
    # Object storage for originals and watermarked previews.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={race_photos, previews},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Batch job run per upload batch: reads bibs and faces, writes previews.
    pipeline = tm.add(
        tg.Pipeline(
            "Photo processing pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Finds and reads bib numbers; fine-tuned by us on past race photos.
    bib_model = tm.add(
        tg.Model(
            "Bib number recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Off-the-shelf face embedding model used for both gallery and selfie faces.
    face_model = tm.add(
        tg.Model(
            "Face embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Nearest-neighbour index over all faces found in the race photos.
    face_index = tm.add(tg.VectorStore("Face embedding index", stores={face_embeddings}))
    # Relational database of registrations, photo-bib matches, tags and orders.
    match_db = tm.add(
        tg.DataStore(
            "Matching database",
            stores={registrations, bib_detections, manual_tags, orders},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Answers bib and selfie searches, imports registrations, sends ready e-mails.
    search = tm.add(
        tg.Service(
            "Search and matching service",
            description="Selfies and their embeddings are held in memory for the search only.",
            controls={c.DataMinimization(note="selfie discarded after the search")},
        )
    )
    # Back-office screen for tagging unmatched photos.
    ops_console = tm.add(
        tg.Endpoint(
            "Operations tagging console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company Google Workspace SSO")},
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Our own staff who clean up what the pipeline misses.
    ops_staff = tm.add(tg.Actor("Operations staff", role="photo operations"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# photo ingestion and processing
tm.flow(photographer, upload_api, race_photos, protocol="https", controls={tls})
tm.flow(upload_api, photo_bucket, race_photos)
tm.flow(photo_bucket, pipeline, race_photos)
tm.flow(pipeline, bib_model, race_photos)
tm.flow(bib_model, pipeline, bib_detections)
tm.flow(pipeline, face_model, race_photos, label="face crops")
tm.flow(face_model, pipeline, face_embeddings)
tm.flow(pipeline, face_index, face_embeddings)
tm.flow(pipeline, match_db, bib_detections)
tm.flow(pipeline, photo_bucket, previews)

# registrations and notifications
tm.flow(registration, search, registrations, protocol="sftp", label="daily registration import")
tm.flow(search, match_db, registrations)
tm.flow(match_db, search, registrations, bib_detections)
tm.flow(search, mailer, ready_email, protocol="https")
tm.flow(mailer, runner, ready_email, protocol="smtp")

# runner search
tm.flow(runner, website, bib_search, selfie, protocol="https", controls={tls})
tm.flow(website, search, bib_search, selfie)
tm.flow(search, face_model, selfie)
tm.flow(face_model, search, selfie_embedding)
tm.flow(search, face_index, selfie_embedding, label="nearest-neighbour query")
tm.flow(face_index, search, face_matches)
tm.flow(search, website, match_results)
tm.flow(photo_bucket, website, previews, race_photos)
tm.flow(website, runner, previews, purchased_photos, protocol="https", controls={tls})

# purchase
tm.flow(website, payments, checkout, protocol="https")
tm.flow(payments, website, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(website, match_db, orders)
tm.flow(match_db, website, orders)

# manual tagging
tm.flow(ops_staff, ops_console, manual_tags, protocol="https")
tm.flow(match_db, ops_console, bib_detections, label="unmatched photos")
tm.flow(photo_bucket, ops_console, previews)
tm.flow(ops_console, ops_staff, previews, bib_detections, protocol="https")
tm.flow(ops_console, match_db, manual_tags)
