"""Canal trust boat licence cameras: the first design, before any security review.

A canal and river charity puts cameras at its busiest locks. They photograph
passing boats and send the images over 4G to the trust's cloud tenancy, where an
in-house recognition model reads each boat's name and licence index number. A
matching service compares the sightings with the boat licensing system and with
each boat's sighting history, and flags boats with no valid licence or that have
stayed on a visitor mooring too long. Enforcement officers review the flags in a
case management web app and send warning notices by e-mail or post through a
mailing provider; repeated breaches can end in a boat being removed from the
water, which an area manager signs off. Boat images are sampled and labelled by
the data team to retrain the model. Controls in this design: per-camera API keys,
HTTPS uploads, staff single sign-on with MFA and roles in the case app, an
officer's review before every warning, and the cloud's default encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal trust boat licence cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Lock cameras read boat names and index numbers; a matching service flags "
        "unlicensed or overstaying boats for enforcement officers."
    ),
)

# ---------------------------------------------------------------- data assets
boat_images = tg.Data(
    "Lock camera boat images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of passing boats; people on deck and on the towpath are often in frame.",
)
boat_reads = tg.Data(
    "Boat name and index number reads",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Recognised boat name, licence index number and a confidence per read.",
)
sightings = tg.Data(
    "Boat sightings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Boat, lock, time and image reference: a movement history of each boat.",
)
licences = tg.Data(
    "Boat licence records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Licence holder, home mooring or continuous-cruiser status, expiry date.",
)
flags = tg.Data(
    "Compliance flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Unlicensed or overstaying boat, with the sightings behind the flag.",
)
case_records = tg.Data(
    "Enforcement case records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Officer notes, warnings sent, and removal decisions.",
)
officer_decision = tg.Data(
    "Officer review decision", kind="records", sensitivity=tg.Sensitivity.PII
)
warning = tg.Data("Warning notice", kind="documents", sensitivity=tg.Sensitivity.PII)
training_images = tg.Data(
    "Labelled boat images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Sampled lock images with the boat name and index number typed in.",
)
labels = tg.Data("Boat name labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Boat recognition model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned text-recognition model.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Lock sites", trust=tg.Trust.UNTRUSTED):
    # Cameras on poles at the locks, on the public towpath, uploading over 4G.
    cameras = tm.add(
        tg.Device(
            "Lock cameras",
            fleet=True,
            description="Fixed cameras at about 40 locks, triggered by boats in the lock.",
        )
    )

with tm.boundary("Public internet", trust=tg.Trust.UNTRUSTED):
    # The boat owner or liveaboard who receives warnings.
    boater = tm.add(tg.Actor("Boater", role="licence holder"))

with tm.boundary("Mailing provider", trust=tg.Trust.PARTNER):
    # Sends the warning notices as e-mails and printed letters on the trust's behalf.
    mailer = tm.add(
        tg.ExternalService(
            "Notice mailing service",
            provides=tg.ExternalCategory.GENERIC,
            description="Hosted e-mail and print-and-post service used by the trust.",
        )
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives camera uploads and runs recognition on each image.
    ingest = tm.add(
        tg.Service(
            "Image ingestion service",
            controls={c.Authentication(method="per-camera API key")},
            description="HTTPS upload API for the cameras; stores sightings.",
        )
    )
    # Reads the painted boat name and index number from each image.
    recogniser = tm.add(
        tg.Model(
            "Boat name and index recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights scene-text model fine-tuned on lock images.",
        )
    )
    # The movement history every flag rests on.
    sightings_db = tm.add(
        tg.DataStore(
            "Sightings database",
            stores={sightings, boat_images},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Compares sightings with licences and mooring time limits.
    matcher = tm.add(
        tg.Service(
            "Licence matching service",
            description="Runs hourly; flags boats with no valid licence or over the mooring limit.",
        )
    )
    # Where officers work the flags into cases.
    case_app = tm.add(
        tg.Endpoint(
            "Enforcement case app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="enforcement officer; area manager for a removal",
                    note="an officer reviews each flag and its images before any warning",
                ),
            },
            description="Web app listing flags with their images and sending warnings.",
        )
    )
    case_db = tm.add(
        tg.DataStore(
            "Enforcement case database",
            stores={case_records, flags},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The trust's existing licensing system of record, read by the matcher.
    licence_register = tm.add(tg.DataStore("Boat licensing system", stores={licences}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Sampled and labelled images for retraining.
        training_set = tm.add(tg.Dataset("Labelled boat image set", stores={training_images}))
        # Fine-tunes the recognition model a few times a year.
        training = tm.add(tg.Pipeline("Recognition model training", stage=tg.Stage.FINE_TUNING))
        # Holds the checkpoints serving loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flags and sends warnings; works from laptops in the office and the field.
    officer = tm.add(tg.Actor("Enforcement officer", role="enforcement staff"))
    # Labels training images and runs retraining.
    data_analyst = tm.add(tg.Actor("Data team analyst", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingest, boat_images, protocol="https", label="4G upload")
tm.flow(ingest, recogniser, boat_images)
tm.flow(recogniser, ingest, boat_reads)
tm.flow(ingest, sightings_db, sightings, boat_images)

tm.flow(sightings_db, matcher, sightings, label="hourly run")
tm.flow(licence_register, matcher, licences)
tm.flow(matcher, case_db, flags)

tm.flow(case_db, case_app, flags, case_records)
tm.flow(sightings_db, case_app, sightings, boat_images, label="evidence for a flag")
tm.flow(licence_register, case_app, licences)
tm.flow(case_app, case_db, case_records)
tm.flow(case_app, officer, flags, boat_images, protocol="https")
tm.flow(officer, case_app, officer_decision, protocol="https")
tm.flow(case_app, mailer, warning, protocol="https")
tm.flow(mailer, boater, warning, protocol="smtp", label="e-mail or posted letter")

tm.flow(sightings_db, training_set, boat_images, label="monthly sample")
tm.flow(data_analyst, training_set, labels, protocol="https")
tm.flow(training_set, training, training_images)
tm.flow(training, registry, weights)
tm.flow(registry, recogniser, weights, label="deploy")
