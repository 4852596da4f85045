"""Fish ladder salmon counter: the first design, before any security review.

A river trust counts the salmon and sea trout that run up the fish ladder at its
weir. Two underwater cameras watch the top pool and a resistivity counter sits in
the ladder's last notch. A small edge computer in the riverside cabinet records the
camera streams, runs an in-house detector that tells salmon from sea trout and
estimates their length, and uploads short clips, predictions and counter events
over 4G to the trust's cloud tenancy. There a reconciliation service matches
camera detections to counter crossings and writes daily counts, which a public
page shows to anglers; the monthly return goes to the regulator's data portal by
SFTP once the senior fisheries officer has signed it off. Officers verify
uncertain clips in a review web app (Microsoft 365 sign-in with MFA); their
verified labels correct the counts and feed retraining. The ingest API takes
uploads only with the site's API key, stores are encrypted with provider keys
and models are pulled from a versioned registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fish ladder salmon counter",
    profile=tg.RiskProfile.LOW,
    description=(
        "Counts and sizes salmon and sea trout at a fish ladder from underwater cameras "
        "and a resistivity counter; publishes daily counts to anglers and returns to the "
        "regulator."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Underwater camera video frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Continuous 1080p streams of the top pool of the fish ladder.",
)
counter_events = tg.Data(
    "Resistivity counter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Up and down crossings with signal amplitude and timestamp.",
)
fish_clips = tg.Data(
    "Fish passage clips",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ten-second clips cut around each detected fish.",
)
predictions = tg.Data(
    "Species and length predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
verified_labels = tg.Data(
    "Verified species labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
daily_counts = tg.Data(
    "Daily fish counts",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
regulator_return = tg.Data(
    "Monthly fish counter return",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sign_off = tg.Data("Return sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_weights = tg.Data(
    "Detector checkpoint",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint of the species and length detector.",
)
page_request = tg.Data("Counts page request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Fish ladder site", trust=tg.Trust.INTERNAL):
    # The eyes of the system: two fixed cameras behind a viewing window in the top pool.
    cameras = tm.add(
        tg.Device(
            "Underwater cameras",
            fleet=False,
            description="Two IP cameras on the site LAN, streaming to the edge computer.",
        )
    )
    # The long-standing count of record; cameras add species and size to its crossings.
    counter = tm.add(
        tg.Device(
            "Resistivity counter",
            fleet=False,
            description="Electrode array in the last notch, serial output to the edge computer.",
        )
    )
    # Records, runs inference and buffers uploads when the 4G link drops.
    edge = tm.add(
        tg.Service(
            "Site edge computer",
            description="GPU box in the riverside cabinet; pulls new detector versions nightly.",
        )
    )
    # Tells salmon from sea trout (and other fish) and estimates fork length.
    detector = tm.add(
        tg.Model(
            "Salmon and sea trout detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned from a pretrained backbone on the trust's labelled clips.",
        )
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only way into the cloud side for the site's uploads.
    ingest = tm.add(
        tg.Endpoint(
            "Counter ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-site API key held on the edge computer")},
        )
    )
    # Keeps every clip with its predictions for review and for retraining.
    clip_archive = tm.add(
        tg.DataStore(
            "Clip archive",
            stores={fish_clips, predictions},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns crossings plus detections plus officers' corrections into daily counts and returns.
    reconciler = tm.add(
        tg.Service(
            "Count reconciliation service",
            description="Matches detections to counter crossings; builds the monthly return.",
            controls={
                c.HumanInTheLoop(
                    approver="senior fisheries officer",
                    note="the monthly return is sent only after sign-off in the review app",
                )
            },
        )
    )
    # The trust's record of counts, read by the public page.
    counts_db = tm.add(
        tg.DataStore(
            "Counts database",
            stores={daily_counts, regulator_return},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="daily automated backups"),
            },
        )
    )
    # Where officers check the clips the detector was unsure about.
    review_app = tm.add(
        tg.Endpoint(
            "Clip review web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="only fisheries officers can verify clips or sign off returns"),
            },
        )
    )
    # Verified clips kept to retrain the detector each winter.
    training_set = tm.add(
        tg.Dataset(
            "Labelled clip dataset",
            stores={fish_clips, verified_labels},
            purpose=tg.DatasetPurpose.TRAINING,
        )
    )
    # Off-season retraining job run by the trust's data contractor.
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
    # Holds detector versions; the edge computer pulls the one marked current.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry",
            stores={model_weights},
            controls={c.ModelVersioning()},
        )
    )
    # Public page of daily counts, the anglers' reason to care.
    counts_page = tm.add(
        tg.Endpoint(
            "Public counts page",
            purpose=tg.EndpointPurpose.API,
            description="Daily counts by species, served as a web page and a CSV download.",
        )
    )

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Verifies uncertain clips and signs off the regulator return.
    officer = tm.add(tg.Actor("Fisheries officer", role="trust staff"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anglers and the public check whether fish are running.
    angler = tm.add(tg.Actor("Angler", role="public"))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # Receives the statutory fish counter returns used in stock assessment.
    regulator = tm.add(
        tg.ExternalService(
            "Regulator data portal",
            provides=tg.ExternalCategory.GENERIC,
            description="The environment regulator's SFTP drop for fish counter returns.",
        )
    )

# ---------------------------------------------------------------- flows
# on site
tm.flow(cameras, edge, frames, protocol="rtsp")
tm.flow(counter, edge, counter_events, protocol="serial")
tm.flow(edge, detector, frames, protocol="local")
tm.flow(detector, edge, predictions, protocol="local")

# site to cloud over 4G
tm.flow(edge, ingest, fish_clips, predictions, counter_events, protocol="https")
tm.flow(registry, edge, model_weights, protocol="https", label="nightly model pull")

# cloud
tm.flow(ingest, clip_archive, fish_clips, predictions)
tm.flow(ingest, reconciler, predictions, counter_events)
tm.flow(reconciler, counts_db, daily_counts, regulator_return)
tm.flow(counts_db, reconciler, regulator_return, label="return for submission")

# review and labelling
tm.flow(clip_archive, review_app, fish_clips, predictions)
tm.flow(review_app, officer, fish_clips, predictions, regulator_return, protocol="https")
tm.flow(officer, review_app, verified_labels, sign_off, protocol="https")
tm.flow(review_app, reconciler, verified_labels, sign_off)
tm.flow(review_app, training_set, verified_labels)
tm.flow(clip_archive, training_set, fish_clips, label="verified clips copied")

# retraining
tm.flow(training_set, training, fish_clips, verified_labels)
tm.flow(training, registry, model_weights)

# publishing
tm.flow(counts_db, counts_page, daily_counts)
tm.flow(angler, counts_page, page_request, protocol="https")
tm.flow(counts_page, angler, daily_counts, protocol="https")
tm.flow(reconciler, regulator, regulator_return, protocol="sftp")
