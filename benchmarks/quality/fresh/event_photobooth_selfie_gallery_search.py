"""Event photobooth selfie gallery search: the first design, before any security review.

Our photobooths stand at weddings, parties and corporate events across the UK and
the EU. Each booth uploads every photo it takes to our cloud, where an indexing
job finds the faces in each photo and stores a face embedding for each one. Guests
open the event page from a link and access code printed at the venue, take a
selfie, and the gallery search service embeds the selfie with the same face model
and returns the photos whose faces match. Guests can send photos they pick to a
print kiosk at the venue. The event host signs in to a host dashboard to curate the
gallery and delete photos. Booths and kiosks authenticate with per-device API keys;
all traffic is HTTPS; photos are encrypted at rest and deleted a year after the
event; selfies are used for the search and not kept.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Event photobooth selfie gallery search",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Guests find their own event photos by selfie face search and print them at the venue.",
)

# ---------------------------------------------------------------- data assets
event_photos = tg.Data(
    "Event photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Photos of guests taken by the booth, grouped by event.",
)
selfie = tg.Data(
    "Guest selfie",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The selfie a guest takes on the event page to search with.",
)
face_embeddings = tg.Data(
    "Face embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="One vector per face found in an event photo, with the photo id.",
)
selfie_embedding = tg.Data(
    "Selfie face embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII
)
face_matches = tg.Data(
    "Face match results",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Photo ids whose faces are closest to the selfie, above a similarity threshold.",
)
matched_photos = tg.Data("Matched photos", kind="media", sensitivity=tg.Sensitivity.PII)
print_selection = tg.Data("Print selection", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
print_job = tg.Data("Print job", kind="media", sensitivity=tg.Sensitivity.PII)
job_poll = tg.Data("Kiosk job poll", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
gallery_changes = tg.Data(
    "Gallery changes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Host curation: hide, delete, publish the gallery.",
)
event_records = tg.Data(
    "Event and host accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Event settings, access codes, host names, e-mails and password hashes.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Guests on their own phones; anyone with the event link and code.
    guest = tm.add(tg.Actor("Event guest", role="guest"))
    # The customer who booked us; owns the event's gallery.
    host = tm.add(tg.Actor("Event host", role="event host"))

with tm.boundary("Event venue", trust=tg.Trust.UNTRUSTED):
    # Our booth hardware, on the venue's Wi-Fi or a 4G dongle.
    booth = tm.add(
        tg.Device(
            "Photobooth",
            fleet=True,
            description="Camera and touchscreen PC; uploads each photo as it is taken.",
        )
    )
    # Our print kiosk at the venue; pulls print jobs for its event.
    kiosk = tm.add(tg.Device("Print kiosk", fleet=True))

with tm.boundary("Photobooth cloud", trust=tg.Trust.INTERNAL):
    # Receives photos from the booths.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-booth API key")},
        )
    )
    # The public event page guests open from the printed link.
    event_page = tm.add(
        tg.Endpoint(
            "Event page",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="event access code in the shared link"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Where the host curates the gallery.
    host_dashboard = tm.add(
        tg.Endpoint(
            "Host dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Runs the selfie search, serves photos, takes print orders and host deletions.
    gallery = tm.add(
        tg.Service(
            "Gallery search service",
            controls={c.DataMinimization(note="selfies are embedded in memory and not stored")},
        )
    )
    # Sends each guest's print selection to the kiosk at their event.
    print_service = tm.add(tg.Service("Print queue service"))
    # Finds faces in photos and selfies and turns them into vectors.
    face_model = tm.add(
        tg.Model(
            "Face embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="An open-weights face detector and embedder, run on our GPU nodes.",
        )
    )
    # Embeds the faces in each newly uploaded photo.
    indexer = tm.add(tg.Pipeline("Face indexing job", stage=tg.Stage.PREPROCESSING))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Original photos, per event.
        photo_store = tm.add(
            tg.DataStore(
                "Photo store",
                stores={event_photos},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=365),
                },
            )
        )
        # Per-event index of face vectors searched with each selfie.
        face_index = tm.add(tg.VectorStore("Face index", stores={face_embeddings}))
        # Events, access codes and host accounts.
        event_db = tm.add(tg.DataStore("Event database", stores={event_records}))

# ---------------------------------------------------------------- flows
# Capture and indexing
tm.flow(booth, upload_api, event_photos, protocol="https")
tm.flow(upload_api, photo_store, event_photos)
tm.flow(photo_store, indexer, event_photos, label="new photos")
tm.flow(indexer, face_model, event_photos)
tm.flow(face_model, indexer, face_embeddings)
tm.flow(indexer, face_index, face_embeddings)

# Selfie search
tm.flow(guest, event_page, selfie, protocol="https")
tm.flow(event_page, event_db, event_records, label="check access code")
tm.flow(event_db, event_page, event_records)
tm.flow(event_page, gallery, selfie)
tm.flow(gallery, face_model, selfie)
tm.flow(face_model, gallery, selfie_embedding)
tm.flow(gallery, face_index, selfie_embedding, label="similarity search within the event")
tm.flow(face_index, gallery, face_matches)
tm.flow(photo_store, gallery, matched_photos)
tm.flow(gallery, event_page, matched_photos)
tm.flow(event_page, guest, matched_photos, protocol="https")

# Printing at the venue
tm.flow(guest, event_page, print_selection, protocol="https")
tm.flow(event_page, gallery, print_selection)
tm.flow(gallery, print_service, print_job)
tm.flow(
    kiosk,
    print_service,
    job_poll,
    protocol="https",
    label="poll for jobs",
    controls={c.Authentication(method="per-kiosk API key")},
)
tm.flow(print_service, kiosk, print_job, protocol="https")
tm.flow(kiosk, guest, print_job, label="printed photo handed over at the kiosk")

# Host curation
tm.flow(host, host_dashboard, gallery_changes, protocol="https")
tm.flow(host_dashboard, event_db, event_records, label="host sign-in")
tm.flow(event_db, host_dashboard, event_records)
tm.flow(host_dashboard, gallery, gallery_changes)
tm.flow(gallery, host_dashboard, event_photos, label="whole event gallery")
tm.flow(host_dashboard, host, event_photos, protocol="https")
tm.flow(gallery, photo_store, gallery_changes, label="delete photos")
tm.flow(gallery, face_index, gallery_changes, label="delete faces of deleted photos")
