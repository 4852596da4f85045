"""Camera-trap species identification: the first design, before any security review.

A county wildlife trust lends camera traps to volunteers, who sign in to an upload
portal with an e-mail and password and upload each SD card's photos with the trap's
grid reference. The photos go to a cloud bucket; a classification worker runs the
trust's species model on each new photo and writes a sighting record (species,
confidence, place, date) to the sightings database. The trust's ecologist checks
low-confidence and rare-species identifications in a verification app; accepted
identifications also go into the labelled training set. A public website draws
sighting maps from the database every night. The model is a publicly released
camera-trap backbone, downloaded from a model hub and fine-tuned by a volunteer data
scientist on the trust's labelled photos. Controls: HTTPS, upload type and size
checks, cloud default encryption at rest, Google Workspace sign-in for staff, and
sensitive-species locations blurred to 10 km squares on the public map.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Camera-trap species identification",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Identifies species in volunteers' camera-trap photos and publishes sighting maps.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Camera-trap photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Mostly animals; some frames catch walkers, landowners or vehicles.",
)
trap_details = tg.Data(
    "Trap location and dates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Grid reference of the trap (often private land) and deployment dates.",
)
volunteer_account = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address and password hash of each volunteer.",
)
predictions = tg.Data(
    "Species predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top species labels with confidence scores for one photo.",
)
sightings = tg.Data(
    "Sighting records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Species, confidence, precise location, date and the volunteer's name.",
)
verified_labels = tg.Data(
    "Verified species labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
map_data = tg.Data(
    "Published sighting map",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
base_weights = tg.Data(
    "Pretrained backbone weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch checkpoint of a public camera-trap model.",
)
model_weights = tg.Data(
    "Species model weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers who run camera traps and upload the photos; anyone can register.
    volunteer = tm.add(tg.Actor("Volunteer", role="camera-trap volunteer"))
    # Members of the public browsing the sighting maps.
    visitor = tm.add(tg.Actor("Map visitor", role="member of the public"))
    # Where the pretrained backbone comes from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Staff ecologist who confirms uncertain and rare-species identifications.
    ecologist = tm.add(tg.Actor("Trust ecologist", role="ecologist"))

with tm.boundary("Trust cloud project", trust=tg.Trust.INTERNAL):
    # Volunteer-facing web app for sign-in and photo upload.
    portal = tm.add(
        tg.Endpoint(
            "Upload portal",
            purpose=tg.EndpointPurpose.API,
            description="Volunteers see their own uploads and the species found in them.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG only, 20 MB per file, 2,000 files per batch"),
            },
        )
    )
    # Raw uploads, kept so identifications can be re-checked and re-run.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos, trap_details},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Picks up each new photo from the bucket's queue and runs the model on it.
    worker = tm.add(
        tg.Service(
            "Classification worker",
            description="Triggered per uploaded photo; records top-1 species and confidence.",
        )
    )
    # The fine-tuned species classifier, served in the worker's container.
    model = tm.add(
        tg.Model(
            "Species model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Public camera-trap backbone fine-tuned on ~40k labelled local photos.",
        )
    )
    # The trust's record of every sighting and of volunteer accounts.
    sightings_db = tm.add(
        tg.DataStore(
            "Sightings database",
            stores={sightings, volunteer_account, verified_labels},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Staff web app for checking identifications.
    verify_app = tm.add(
        tg.Service(
            "Verification app",
            controls={
                c.Authentication(method="Google Workspace sign-in with 2SV"),
                c.HumanInTheLoop(
                    approver="trust ecologist",
                    note="low-confidence and rare-species IDs only; confident common "
                    "species go onto the map automatically",
                ),
            },
        )
    )
    # Public website with the sighting maps, rebuilt nightly.
    map_site = tm.add(
        tg.Service(
            "Public sightings map",
            controls={
                c.DataMinimization(
                    note="sensitive species blurred to 10 km squares; no volunteer names"
                )
            },
        )
    )
    # Where released model versions are kept for the worker to load.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={model_weights}))

    with tm.boundary("Training workspace", trust=tg.Trust.INTERNAL):
        # Photos with verified species labels, grown from the verification app.
        training_set = tm.add(tg.Dataset("Labelled photo set", stores={photos, verified_labels}))
        # Notebook-driven fine-tuning on a GPU VM in the project, run a few times a year.
        training = tm.add(
            tg.Pipeline(
                "Fine-tuning pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                description="pip-installs its dependencies on each run.",
            )
        )

# ---------------------------------------------------------------- flows
# Upload
tm.flow(volunteer, portal, photos, trap_details, volunteer_account, protocol="https")
tm.flow(portal, volunteer, sightings, protocol="https", label="their own sightings")
tm.flow(portal, photo_bucket, photos, trap_details)
tm.flow(portal, sightings_db, volunteer_account)
tm.flow(sightings_db, portal, sightings, volunteer_account)

# Identification
tm.flow(photo_bucket, worker, photos, trap_details, label="new upload event")
tm.flow(worker, model, photos)
tm.flow(model, worker, predictions)
tm.flow(worker, sightings_db, sightings)

# Verification
tm.flow(sightings_db, verify_app, sightings)
tm.flow(photo_bucket, verify_app, photos)
tm.flow(verify_app, ecologist, photos, sightings, protocol="https")
tm.flow(ecologist, verify_app, verified_labels, protocol="https")
tm.flow(verify_app, sightings_db, verified_labels)
tm.flow(verify_app, training_set, photos, verified_labels, label="accepted IDs")

# Publication
tm.flow(sightings_db, map_site, sightings, label="nightly export")
tm.flow(map_site, visitor, map_data, protocol="https")

# Training and release
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(training_set, training, photos, verified_labels)
tm.flow(training, registry, model_weights)
tm.flow(registry, model, model_weights, label="load at worker start")
