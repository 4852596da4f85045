"""Camera-trap species classifier: the first design, before any security review.

A conservation NGO runs camera traps in partner national parks. Rangers copy SD
cards onto a laptop at their field station, whose uploader client sends the
photos over the station's satellite link to an upload API in the NGO's cloud
project, authenticated with a per-station API key. A species classifier,
fine-tuned in-house from a public pretrained vision backbone, labels each photo;
low-confidence photos go to a public citizen-science website where registered
volunteers confirm or correct the label (three agreeing votes verify it, and GPS
metadata is stripped from the photos shown). Every quarter the verified labels
and photos are exported to a training set, the classifier is retrained, checked
against a held-out set, and an ML engineer promotes the new version from the
registry. Species counts and sighting locations feed an anti-poaching dashboard
that NGO and park staff reach through the NGO's single sign-on.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wildlife camera-trap classifier",
    profile=tg.RiskProfile.HIGH,
    description="Species labels for camera-trap photos, verified by volunteers, feeding anti-poaching.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Camera-trap photos",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="JPEGs with EXIF GPS and timestamps; occasionally show rangers or intruders.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
review_photos = tg.Data(
    "Review photos",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Low-confidence photos served to volunteers without GPS metadata.",
)
predictions = tg.Data(
    "Predicted species labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Top species and confidence per photo, keyed to camera and time.",
)
volunteer_labels = tg.Data(
    "Volunteer labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
volunteer_accounts = tg.Data("Volunteer accounts", sensitivity=tg.Sensitivity.PII, kind="records")
verified_labels = tg.Data(
    "Verified labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Quarterly training set",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained vision backbone",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch checkpoint downloaded from a public model hub.",
)
classifier_weights = tg.Data(
    "Species classifier checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Promotion decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
sightings = tg.Data(
    "Rare species sightings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Counts per species, camera location and date: a map poachers would want.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
dashboard_query = tg.Data("Dashboard query", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Field stations", trust=tg.Trust.PARTNER):
    # Park rangers collect SD cards from the traps.
    ranger = tm.add(tg.Actor("Ranger", role="field ranger"))
    # Station laptops that read SD cards and upload over satellite.
    uploader = tm.add(
        tg.Device(
            "Field station uploader",
            fleet=True,
            description="Resumable upload client on each station laptop, behind a satellite terminal.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as a citizen-science volunteer.
    volunteer = tm.add(tg.Actor("Volunteer", role="citizen scientist"))
    # Source of the public pretrained backbone.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("NGO cloud project", trust=tg.Trust.INTERNAL):
    # Receives photo batches from the stations.
    upload_api = tm.add(
        tg.Endpoint(
            "Upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-station API key")},
        )
    )
    # Raw photos as uploaded, EXIF included.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Labels every new photo in batch; confidence decides what goes to volunteers.
    classifier = tm.add(
        tg.Model(
            "Species classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Fine-tuned from a public pretrained backbone; runs as a batch job.",
        )
    )
    # Predictions, volunteer votes, verified labels and volunteer accounts.
    label_db = tm.add(
        tg.DataStore("Label database", stores={predictions, verified_labels, volunteer_accounts})
    )
    # Public site where volunteers verify uncertain labels.
    citizen_site = tm.add(
        tg.Endpoint(
            "Citizen-science website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="email sign-up accounts"),
                c.DataMinimization(note="GPS and EXIF stripped from photos shown to volunteers"),
                c.DataSanitization(note="a label is verified when three volunteers agree"),
            },
        )
    )
    # Where rangers and NGO staff see where rare species were seen.
    dashboard = tm.add(
        tg.Service(
            "Anti-poaching dashboard",
            controls={c.Authentication(method="NGO single sign-on")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Quarterly export of verified labels with their photos.
        dataset = tm.add(
            tg.Dataset("Training dataset", stores={training_set}, purpose="fine-tuning")
        )
        # Quarterly fine-tuning job.
        retraining = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="accuracy on a fixed held-out set must not drop")},
            )
        )
        # Versioned checkpoints the batch classifier loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={classifier_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("NGO office", trust=tg.Trust.INTERNAL):
    # Runs retraining and promotes new classifier versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # NGO and park anti-poaching coordinators.
    staff = tm.add(tg.Actor("Anti-poaching coordinator", role="analyst"))

# ---------------------------------------------------------------- flows
# field ingestion
tm.flow(ranger, uploader, photos, protocol="local", label="SD card")
tm.flow(uploader, upload_api, photos, protocol="https", label="satellite uplink")
tm.flow(upload_api, photo_bucket, photos)

# classification
tm.flow(photo_bucket, classifier, photos)
tm.flow(classifier, label_db, predictions)

# volunteer verification
tm.flow(label_db, citizen_site, predictions, label="low-confidence queue")
tm.flow(photo_bucket, citizen_site, photos)
tm.flow(citizen_site, volunteer, review_photos, predictions, protocol="https")
tm.flow(volunteer, citizen_site, volunteer_labels, volunteer_accounts, protocol="https")
tm.flow(citizen_site, label_db, volunteer_labels, verified_labels, volunteer_accounts)

# quarterly retraining
tm.flow(label_db, dataset, verified_labels, label="quarterly export")
tm.flow(photo_bucket, dataset, photos)
tm.flow(dataset, retraining, training_set)
tm.flow(model_hub, retraining, backbone, protocol="https")
tm.flow(retraining, registry, classifier_weights)
tm.flow(ml_engineer, registry, promotion, label="promotes version")
tm.flow(registry, classifier, classifier_weights, label="load promoted version")

# anti-poaching dashboard
tm.flow(label_db, dashboard, sightings)
tm.flow(staff, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, staff, sightings, protocol="https")
