"""Wedding album curation: the first design, before any security review.

A wedding photography studio shoots thousands of frames per wedding. Photographers
upload the full shoot through a studio web app into the studio's cloud account,
where a curation service scores every shot with a selection model, flags closed
eyes with a detector, and groups guests by face using face embeddings kept in a
vector index. An externally hosted LLM drafts album captions from scene tags, the
couple's names and the running order of the day (no images are sent to it).
Photographers review and edit the selection and captions before anything is
published. The couple signs in to an online gallery to approve the album; the
gallery also hands out a share link so guests can view the photos without an
account. Gallery links go out by e-mail through a transactional e-mail provider.
Controls in this design: staff SSO on the studio app, couple accounts on the
gallery, TLS everywhere, encrypted photo storage and photographer review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding album curation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Picks the best wedding shots, groups guests by face and drafts captions "
    "for photographer review and couple approval in an online gallery.",
)

# ---------------------------------------------------------------- data assets
raw_photos = tg.Data(
    "Wedding photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Full-resolution shoot: faces of the couple, guests and children.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
shot_scores = tg.Data(
    "Shot quality scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
eye_flags = tg.Data("Closed-eye flags", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
face_embeddings = tg.Data(
    "Guest face embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
face_groups = tg.Data("Guest face groups", kind="model-output", sensitivity=tg.Sensitivity.PII)
caption_prompt = tg.Data(
    "Caption prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Scene tags of the selected shots, the couple's names, venue and running order.",
)
draft_captions = tg.Data("Draft captions", kind="model-output", sensitivity=tg.Sensitivity.PII)
album = tg.Data(
    "Album selection",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The chosen photos in order, with captions and guest groups.",
)
photographer_edits = tg.Data(
    "Photographer selection edits", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL
)
couple_feedback = tg.Data(
    "Couple album sign-off and comments", kind="records", sensitivity=tg.Sensitivity.PII
)
share_link = tg.Data(
    "Gallery share link",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unguessable URL that opens the gallery without signing in.",
)
gallery_email = tg.Data(
    "Gallery invitation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The couple who commissioned the shoot; they approve the final album.
    couple = tm.add(tg.Actor("Couple", role="client"))
    # Wedding guests open the gallery from a link the couple forwards to them.
    guest = tm.add(tg.Actor("Wedding guest", role="viewer"))

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # Studio photographers upload shoots and review the machine selection.
    photographer = tm.add(tg.Actor("Photographer", role="studio staff"))

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Web app the photographers use to upload shoots and review albums.
    studio_app = tm.add(
        tg.Endpoint(
            "Studio review app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO")},
        )
    )
    # Public gallery: couples sign in to approve; guests view through the share link.
    gallery = tm.add(
        tg.Endpoint(
            "Online gallery",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="couple: e-mail and password; guests: share link, no account"
                )
            },
        )
    )
    # Orchestrates the models for each uploaded shoot and assembles the draft album.
    curation = tm.add(
        tg.Service(
            "Curation service",
            description="Runs selection, closed-eye detection, face grouping and captioning.",
            controls={
                c.HumanInTheLoop(approver="the photographer reviews every album before publishing")
            },
        )
    )
    # Object storage holding every uploaded shoot.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={raw_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Curated albums, captions, guest groups and the couple's sign-off.
    album_db = tm.add(
        tg.DataStore("Album database", stores={album, draft_captions, face_groups, couple_feedback})
    )

    with tm.boundary("GPU inference workers", trust=tg.Trust.INTERNAL):
        # Aesthetic / technical-quality ranker fine-tuned on the studio's past albums.
        selection_model = tm.add(
            tg.Model(
                "Shot selection model",
                task=tg.Task.RANKER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
            )
        )
        # Finds frames where someone's eyes are closed so they can be dropped.
        eye_detector = tm.add(
            tg.Model(
                "Closed-eye detector", task=tg.Task.DETECTOR, origin=tg.ModelOrigin.OPEN_WEIGHTS
            )
        )
        # Face embedding model used to cluster photos by guest.
        face_model = tm.add(
            tg.Model(
                "Face grouping model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS
            )
        )
        # Per-wedding index of face embeddings used to cluster guests.
        face_index = tm.add(
            tg.VectorStore(
                "Face embedding index",
                stores={face_embeddings},
                controls={c.RetentionLimits(days=90)},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM that drafts captions.
    caption_llm = tm.add(tg.LLM("Caption LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers gallery invitations.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# Upload and storage
tm.flow(photographer, studio_app, raw_photos, protocol="https", label="shoot upload")
tm.flow(studio_app, photo_store, raw_photos)
tm.flow(photo_store, curation, raw_photos)

# Models
tm.flow(curation, selection_model, raw_photos)
tm.flow(selection_model, curation, shot_scores)
tm.flow(curation, eye_detector, raw_photos)
tm.flow(eye_detector, curation, eye_flags)
tm.flow(curation, face_model, raw_photos)
tm.flow(face_model, curation, face_embeddings)
tm.flow(curation, face_index, face_embeddings, label="store and cluster")
tm.flow(face_index, curation, face_groups, label="clusters")
tm.flow(
    curation,
    caption_llm,
    caption_prompt,
    protocol="https",
    controls={c.DataMinimization(note="scene tags and names only, no images")},
)
tm.flow(caption_llm, curation, draft_captions, protocol="https")
tm.flow(curation, album_db, album, draft_captions, face_groups)

# Photographer review
tm.flow(album_db, studio_app, album, draft_captions, face_groups)
tm.flow(photo_store, studio_app, raw_photos, label="previews")
tm.flow(studio_app, photographer, album, draft_captions, protocol="https")
tm.flow(photographer, studio_app, photographer_edits, protocol="https")
tm.flow(studio_app, album_db, photographer_edits, album)

# Publishing and the gallery
tm.flow(studio_app, email, gallery_email, share_link, protocol="https", label="publish album")
tm.flow(email, couple, gallery_email, share_link, protocol="smtp")
tm.flow(couple, guest, share_link, label="forwarded by the couple")
tm.flow(album_db, gallery, album)
tm.flow(photo_store, gallery, raw_photos, label="web-size renditions")
tm.flow(gallery, couple, album, raw_photos, protocol="https")
tm.flow(couple, gallery, couple_feedback, protocol="https")
tm.flow(gallery, album_db, couple_feedback)
tm.flow(guest, gallery, share_link, protocol="https")
tm.flow(gallery, guest, album, raw_photos, protocol="https")
