"""Glasshouse pest trap camera model: the first design, before any security review.

The botanic garden hangs yellow and blue sticky traps in its tropical glasshouses to
watch whitefly, thrips, aphids, fungus gnats and spider-mite predators. Fixed Wi-Fi
cameras photograph each trap every morning and upload the image over HTTPS, each with
its own API key, to an ingestion service on the garden's on-premises server. A nightly
counting job runs an in-house detector (fine-tuned from public open-weights detection
weights) over the new images and stores counts per trap and species. A rules service
compares the counts with action thresholds the supervisor sets and recommends releases
of biological controls (Encarsia, Amblyseius, Phytoseiulus, Aphidius) per glasshouse
zone; the glasshouse supervisor sees them on a dashboard, signed in with the garden's
Microsoft 365 account, and decides what to order and release. Horticulturists label a
sample of images each month; the model is retrained on them and versioned in a small
registry. Nothing personal is processed: the cameras face the traps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glasshouse pest trap camera model",
    profile=tg.RiskProfile.LOW,
    description="Counts pests on sticky traps from camera images and recommends "
    "biological control releases to the glasshouse supervisor.",
)

# ---------------------------------------------------------------- data assets
trap_images = tg.Data("Sticky trap images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
pest_counts = tg.Data(
    "Pest counts per trap",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
thresholds = tg.Data(
    "Pest action thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Counts per trap per week above which a release is recommended, by zone.",
)
recommendations = tg.Data(
    "Biocontrol release recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
labels = tg.Data(
    "Pest annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Open-weights detector checkpoint", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
weights = tg.Data("Pest detector weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained detection checkpoint was downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Glasshouse network", trust=tg.Trust.INTERNAL):
    # One camera per trap, on the glasshouses' own Wi-Fi.
    cameras = tm.add(
        tg.Device(
            "Sticky trap cameras",
            fleet=True,
            description="Fixed Wi-Fi cameras, one photo per trap each morning.",
        )
    )

with tm.boundary("Garden server room", trust=tg.Trust.INTERNAL):
    # Receives the morning uploads and files them by trap and date.
    ingestion = tm.add(
        tg.Service(
            "Image ingestion service",
            controls={c.Authentication(method="per-camera API key")},
        )
    )
    # Keeps every trap image, for counting and for labelling later.
    image_store = tm.add(tg.DataStore("Trap image store", stores={trap_images}))
    # Runs the detector over the day's new images.
    counting_job = tm.add(tg.Service("Nightly counting job"))
    # The detector that finds and classifies insects on the trap.
    detector = tm.add(
        tg.Model(
            "Pest detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Object detector fine-tuned from open weights on our own labelled traps.",
        )
    )
    # Counts per trap, species and day, and the supervisor's thresholds.
    counts_db = tm.add(tg.DataStore("Pest count database", stores={pest_counts, thresholds}))
    # Turns counts and thresholds into release recommendations per zone.
    advisor = tm.add(
        tg.Service(
            "Biocontrol recommendation service",
            controls={c.HumanInTheLoop(approver="glasshouse supervisor")},
        )
    )
    # The supervisor's view of counts, trends and recommendations.
    dashboard = tm.add(
        tg.Endpoint(
            "Pest monitoring dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # Lets horticulturists draw boxes on sampled images.
    labelling = tm.add(tg.Pipeline("Image labelling tool", stage=tg.Stage.LABELING))
    # The labelled images the detector is trained on.
    training_set = tm.add(tg.Dataset("Labelled trap dataset", stores={labels, trap_images}))
    # Monthly fine-tuning run on the server's GPU.
    training = tm.add(
        tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of the detector; the counting job loads the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry", stores={weights}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Decides and orders the releases of natural enemies.
    supervisor = tm.add(tg.Actor("Glasshouse supervisor", role="supervisor"))
    # Labels trap images for retraining.
    horticulturist = tm.add(tg.Actor("Horticulturist", role="labeller"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingestion, trap_images, protocol="https")
tm.flow(ingestion, image_store, trap_images)
tm.flow(image_store, counting_job, trap_images, label="nightly batch")
tm.flow(counting_job, detector, trap_images)
tm.flow(detector, counting_job, pest_counts)
tm.flow(counting_job, counts_db, pest_counts)

tm.flow(counts_db, advisor, pest_counts, thresholds)
tm.flow(advisor, dashboard, recommendations)
tm.flow(counts_db, dashboard, pest_counts)
tm.flow(dashboard, supervisor, pest_counts, recommendations, protocol="https")
tm.flow(supervisor, dashboard, thresholds, protocol="https")
tm.flow(dashboard, counts_db, thresholds)

tm.flow(image_store, labelling, trap_images, label="monthly sample")
tm.flow(labelling, horticulturist, trap_images, protocol="https")
tm.flow(horticulturist, labelling, labels, protocol="https")
tm.flow(labelling, training_set, labels, trap_images)
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(training_set, training, labels, trap_images)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="load current version")
