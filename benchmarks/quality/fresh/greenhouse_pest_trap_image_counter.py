"""Greenhouse pest trap image counter: the first design, before any security review.

A vegetable grower with several glasshouses hangs yellow and blue sticky traps along
the crop rows, each watched by a small fixed camera that photographs it every few
hours. The cameras push images over the greenhouse Wi-Fi to an edge gateway on each
site, which uploads them over HTTPS to the grower's cloud account. An inference job
runs an in-house object detector (fine-tuned from a public pretrained checkpoint) that
counts whitefly, thrips, aphids and other pests per trap and species, and stores the
counts. Growers use a web dashboard to see counts per compartment and decide when and
where to release biological control agents; they can correct miscounted images, and
those corrections feed a monthly retraining job run by the company's data engineer.
An external agronomy consultant has a read-only dashboard account to review weekly
trends. Dashboard users sign in with e-mail and password; the model registry keeps
versioned model files.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Greenhouse pest trap image counter",
    profile=tg.RiskProfile.LOW,
    description="Camera images of sticky traps, counted per pest species, for biocontrol decisions.",
)

# ---------------------------------------------------------------- data assets
trap_images = tg.Data(
    "Trap images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="JPEG photos of sticky traps with camera id and timestamp.",
)
pest_counts = tg.Data(
    "Pest counts per trap and species",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
corrections = tg.Data(
    "Count corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled trap images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt).",
)
dashboard_view = tg.Data(
    "Dashboard views and trends", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
login = tg.Data("Dashboard credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
release_plan = tg.Data(
    "Biocontrol release notes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Greenhouse site", trust=tg.Trust.INTERNAL):
    # Growers walk the crop and decide biological control releases.
    grower = tm.add(tg.Actor("Grower", role="grower"))

    with tm.boundary("Greenhouse Wi-Fi", trust=tg.Trust.INTERNAL):
        # Fixed cameras, one per sticky trap, hundreds per site.
        cameras = tm.add(tg.Device("Trap cameras", fleet=True))
        # Collects images from the cameras on one site and uploads them in batches.
        gateway = tm.add(tg.Service("Site edge gateway"))

with tm.boundary("Agronomy consultancy", trust=tg.Trust.PARTNER):
    # External consultant who reviews weekly trends and advises the growers.
    consultant = tm.add(tg.Actor("Agronomy consultant", role="consultant"))

with tm.boundary("Grower cloud account", trust=tg.Trust.INTERNAL):
    # Web dashboard for counts, trends and image review.
    dashboard = tm.add(
        tg.Endpoint(
            "Pest dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(note="consultant accounts are read-only"),
            },
        )
    )
    # Raw trap images, kept for review and retraining.
    image_bucket = tm.add(
        tg.DataStore(
            "Image bucket",
            stores={trap_images},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Picks up new images, runs the detector and writes the counts.
    inference_job = tm.add(tg.Pipeline("Counting job", stage=tg.Stage.PREPROCESSING))
    # Object detector that finds and classifies insects on a trap image.
    detector = tm.add(tg.Model("Pest detector", task=tg.Task.DETECTOR))
    # Time series of counts per trap, compartment and species.
    counts_db = tm.add(tg.DataStore("Counts database", stores={pest_counts, release_plan}))
    # Images with growers' corrected counts, used to retrain the detector.
    label_set = tm.add(tg.Dataset("Labelled image set", stores={training_set, corrections}))
    # Monthly fine-tuning of the detector on the labelled set.
    training = tm.add(
        tg.Pipeline("Retraining job", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Versioned detector checkpoints; the counting job loads the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # The grower's one data engineer, who runs retraining and promotes models.
    engineer = tm.add(tg.Actor("Data engineer", role="data engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, gateway, trap_images, protocol="http", label="image push over Wi-Fi")
tm.flow(gateway, image_bucket, trap_images, protocol="https", label="batch upload")

tm.flow(image_bucket, inference_job, trap_images)
tm.flow(registry, inference_job, weights, label="load current model")
tm.flow(inference_job, detector, trap_images)
tm.flow(detector, inference_job, pest_counts)
tm.flow(inference_job, counts_db, pest_counts)

tm.flow(grower, dashboard, login, corrections, release_plan, protocol="https")
tm.flow(dashboard, grower, dashboard_view, trap_images, protocol="https")
tm.flow(consultant, dashboard, login, protocol="https")
tm.flow(dashboard, consultant, dashboard_view, protocol="https", label="weekly trends")
tm.flow(counts_db, dashboard, pest_counts, release_plan)
tm.flow(dashboard, counts_db, release_plan, corrections)
tm.flow(image_bucket, dashboard, trap_images, label="image review")

tm.flow(dashboard, label_set, corrections)
tm.flow(image_bucket, label_set, trap_images, label="corrected images")
tm.flow(engineer, training, label="starts monthly run", protocol="https")
tm.flow(label_set, training, training_set, corrections)
tm.flow(training, registry, weights)
