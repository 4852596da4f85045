"""Museum pest trap cameras: the first design, before any security review.

The conservation team runs integrated pest management in the museum's collection
stores. Small battery cameras clipped over sticky blunder traps photograph them every
few hours and upload the images over the stores' Wi-Fi to an ingest service in the
museum's cloud tenancy, each camera with its own API key. A detection service runs
an in-house image model (fine-tuned from a public pretrained backbone) that finds
and names insects such as webbing clothes moth, carpet beetle and silverfish, and
writes counts to the IPM database. An alerting service e-mails the conservators when
a target pest appears or counts rise in a store. Conservators sign in to an IPM
dashboard with museum single sign-on to review images and correct identifications;
their corrections go into a labelled set used for retraining, and trained models are
versioned in a registry. The camera maker pushes firmware updates from its cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum pest trap camera model",
    profile=tg.RiskProfile.LOW,
    description="Sticky-trap cameras and an insect identification model for collection stores.",
)

# ---------------------------------------------------------------- data assets
trap_images = tg.Data(
    "Trap images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photographs of sticky traps with the camera id and store location.",
)
detections = tg.Data(
    "Pest detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Species, count and confidence per trap image.",
)
trap_history = tg.Data(
    "Trap locations and catch history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
pest_alert = tg.Data("Pest alert e-mail", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
corrections = tg.Data(
    "Conservator identifications",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled trap image set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
backbone = tg.Data(
    "Pretrained backbone weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="safetensors",
)
model_artifact = tg.Data(
    "Pest model checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
firmware = tg.Data("Camera firmware", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Collection stores", trust=tg.Trust.INTERNAL):
    # The cameras over the sticky traps, one per trap station.
    cameras = tm.add(
        tg.Device(
            "Sticky-trap cameras",
            fleet=True,
            description="Battery cameras on the stores' Wi-Fi, photographing traps every few hours.",
        )
    )

with tm.boundary("Museum cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads from the cameras and files them by trap.
    ingest = tm.add(
        tg.Endpoint(
            "Trap image ingest",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-camera API key")},
        )
    )
    # Keeps every trap photograph for review and retraining.
    image_store = tm.add(tg.DataStore("Trap image store", stores={trap_images}))
    # Runs the model on each new image.
    detection = tm.add(tg.Service("Detection service"))
    # The insect identifier itself.
    model = tm.add(
        tg.Model(
            "Pest identification model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Finds insects on trap images and names the species with a confidence.",
        )
    )
    # Record of traps, catches and trends per store.
    ipm_db = tm.add(
        tg.DataStore(
            "IPM database",
            stores={trap_history, detections, corrections},
            controls={c.DataVersioning(note="nightly database backups")},
        )
    )
    # Threshold rules per store and species, and e-mailing conservators.
    alerting = tm.add(tg.Service("Alerting service"))
    # Where conservators review images and correct identifications.
    dashboard = tm.add(
        tg.Endpoint(
            "IPM dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="museum Entra ID single sign-on with MFA")},
        )
    )
    # Corrected identifications collected for the next training round.
    label_set = tm.add(tg.Dataset("Labelled trap image set", stores={training_set}))
    # Fine-tunes the model on the labelled set, run by hand a few times a year.
    training = tm.add(
        tg.Pipeline("Model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of the trained model; the detection service loads the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Museum corporate network", trust=tg.Trust.INTERNAL):
    # Conservation staff who act on alerts and review identifications.
    conservator = tm.add(tg.Actor("Conservator", role="conservator"))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The museum's mail service for alerts.
    mail = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # The camera maker's device management and firmware updates.
    vendor_cloud = tm.add(tg.ExternalService("Camera vendor firmware service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the pretrained image backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingest, trap_images, protocol="https")
tm.flow(vendor_cloud, cameras, firmware, protocol="https")
tm.flow(ingest, image_store, trap_images)
tm.flow(image_store, detection, trap_images)
tm.flow(detection, model, trap_images)
tm.flow(model, detection, detections)
tm.flow(detection, ipm_db, detections)

tm.flow(ipm_db, alerting, detections, trap_history)
tm.flow(alerting, mail, pest_alert, protocol="https")
tm.flow(mail, conservator, pest_alert, protocol="https")

tm.flow(conservator, dashboard, corrections, protocol="https")
tm.flow(dashboard, conservator, trap_images, detections, trap_history, protocol="https")
tm.flow(image_store, dashboard, trap_images)
tm.flow(ipm_db, dashboard, detections, trap_history)
tm.flow(dashboard, ipm_db, corrections)
tm.flow(dashboard, label_set, corrections, trap_images)

tm.flow(hub, training, backbone, protocol="https")
tm.flow(label_set, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="loads current version")
