"""Weir fish pass species counter: the first design, before any security review.

A river trust runs an underwater camera in the viewing chamber of the fish pass on its
main weir. An edge computer in the riverbank cabinet records motion-triggered clips and
runs a detector, fine-tuned in-house from open weights, that counts salmon, sea trout
and brown trout going upstream. Clips and counts go over a 4G link to the trust's cloud
account. Volunteers sign in to a review web app to confirm or correct the species on a
sample of clips, and the trust's fisheries ecologist settles disputed ones; verified
clips become the fine-tuning set for the next model. Daily counts are published
automatically to an anglers' page on the trust's hosted website, and each month the
ecologist checks a draft return and uploads it to the environment regulator's portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Weir fish pass camera species counter",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Camera-based salmon and trout counts at a weir fish pass, published to anglers "
        "and reported monthly to the environment regulator."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data("Fish pass video", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Motion-triggered fish clips",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Short clips of each fish passing the viewing window.",
)
detections = tg.Data(
    "Species detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Species, direction, estimated length and confidence per passage.",
)
counts = tg.Data(
    "Daily species counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published = tg.Data("Published fish counts", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
review_decisions = tg.Data(
    "Clip review decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A reviewer's confirmed or corrected species for a clip.",
)
verified_labels = tg.Data(
    "Verified species labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
volunteer_accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses and password hashes of volunteer reviewers.",
)
draft_return = tg.Data(
    "Draft monthly count return", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
monthly_return = tg.Data(
    "Monthly count return",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
notebook = tg.Data("Fine-tuning notebook", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
base_weights = tg.Data(
    "Base detector weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Pretrained YOLO checkpoint (.pt) downloaded from the model hub.",
)
weights = tg.Data(
    "Species counter weights",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fine-tuned YOLO checkpoint (.pt).",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Weir site",
    trust=tg.Trust.INTERNAL,
    description="Locked riverbank cabinet with a 4G router; the weir is on a public footpath.",
):
    # The only sensor: an underwater camera with IR lighting at the viewing window.
    camera = tm.add(tg.Device("Fish pass camera", fleet=False))
    # Records clips on motion and counts on site, so the 4G link only carries clips and counts.
    edge = tm.add(
        tg.Service(
            "Weir edge counter",
            description="Small GPU computer; motion trigger, clip buffer and uploader.",
        )
    )
    # Detects and classifies each fish passing the window.
    model = tm.add(
        tg.Model(
            "Species counting model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Counts salmon, sea trout and brown trout moving upstream.",
        )
    )

with tm.boundary("Trust cloud account", trust=tg.Trust.INTERNAL):
    # Object storage for every clip the edge counter uploads.
    clip_store = tm.add(
        tg.DataStore(
            "Clip store",
            stores={clips},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # One small Postgres for counts, review results and volunteer accounts.
    database = tm.add(
        tg.DataStore(
            "Counts and review database",
            stores={counts, detections, verified_labels, volunteer_accounts},
            controls={
                c.EncryptionAtRest(key_management="provider-managed keys"),
                c.DataVersioning(note="daily managed-database backups"),
            },
        )
    )
    # Where volunteers and the ecologist check the model's species calls.
    review_app = tm.add(
        tg.Endpoint(
            "Clip review web app",
            purpose=tg.EndpointPurpose.API,
            description="Shows a sample of clips with the model's call; reviewers confirm or correct.",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Builds the daily public counts and the monthly draft return from the database.
    reporting = tm.add(
        tg.Service(
            "Count reporting service",
            description="Publishes daily counts to the website and drafts the monthly return.",
        )
    )
    # Verified clips and labels, exported monthly for fine-tuning.
    training_set = tm.add(
        tg.Dataset(
            "Verified clip training set",
            stores={clips, verified_labels},
            purpose="fine-tuning",
            controls={
                c.DataSanitization(note="clips two volunteers disagree on go to the ecologist")
            },
        )
    )
    # Fine-tunes the base detector on the verified clips, on a rented GPU VM.
    fine_tuning = tm.add(
        tg.Pipeline(
            "Species model fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
        )
    )
    # Keeps each fine-tuned version; the edge counter pulls the current one.
    model_bucket = tm.add(
        tg.ModelRegistry("Model bucket", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Runs the counter, settles disputed clips, retrains and signs off the regulator return.
    ecologist = tm.add(tg.Actor("Fisheries ecologist", role="staff ecologist", privileged=True))

with tm.boundary("Website host", trust=tg.Trust.PARTNER):
    # The trust's managed WordPress site; anglers check the run here.
    counts_page = tm.add(
        tg.Service("Angler counts page", description="Daily counts chart and table.")
    )

with tm.boundary("Environment regulator", trust=tg.Trust.PARTNER):
    # Statutory fish counter returns are submitted here.
    regulator_portal = tm.add(tg.ExternalService("Regulator data portal"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Trained volunteers who review clips from home.
    volunteer = tm.add(tg.Actor("Volunteer reviewer", role="volunteer"))
    # Anglers and the public reading the counts.
    angler = tm.add(tg.Actor("Angler", role="member of the public"))
    # Source of the pretrained detector we fine-tune.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

# ---------------------------------------------------------------- flows
tm.flow(camera, edge, video, protocol="rtsp")
tm.flow(edge, model, clips)
tm.flow(model, edge, detections)
tm.flow(edge, clip_store, clips, protocol="https", label="upload over 4G")
tm.flow(edge, database, detections, counts, protocol="https", label="upload over 4G")

tm.flow(clip_store, review_app, clips)
tm.flow(database, review_app, detections)
tm.flow(review_app, volunteer, clips, detections, protocol="https")
tm.flow(volunteer, review_app, review_decisions, volunteer_accounts, protocol="https")
tm.flow(review_app, ecologist, clips, detections, protocol="https", label="disputed clips")
tm.flow(ecologist, review_app, review_decisions, protocol="https")
tm.flow(review_app, database, verified_labels, volunteer_accounts)

tm.flow(database, training_set, verified_labels, label="monthly export")
tm.flow(clip_store, training_set, clips, label="monthly export")
tm.flow(model_hub, fine_tuning, base_weights, protocol="https")
tm.flow(training_set, fine_tuning, clips, verified_labels)
tm.flow(ecologist, fine_tuning, notebook, protocol="https")
tm.flow(fine_tuning, model_bucket, weights)
tm.flow(model_bucket, model, weights, protocol="https", label="weekly pull over 4G")

tm.flow(database, reporting, counts)
tm.flow(reporting, counts_page, published, protocol="https", label="WordPress REST API")
tm.flow(counts_page, angler, published, protocol="https")
tm.flow(reporting, ecologist, draft_return, protocol="https")
tm.flow(ecologist, regulator_portal, monthly_return, protocol="https")
