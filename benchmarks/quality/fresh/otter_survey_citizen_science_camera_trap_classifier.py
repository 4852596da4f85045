"""Otter survey camera trap classifier: the first design, before any security review.

A county wildlife trust runs a citizen-science otter survey. Registered volunteers
set camera traps on riverbanks and upload the clips, with the trap's grid reference
and dates, through an upload portal on the trust's cloud account. A nightly job
runs an image classifier (an open-weights vision model the trust fine-tuned) that
tags otters, mink and other animals. Staff verify a random sample of tags and every
low-confidence one in a verification console, and their corrections are kept as
labels for retraining. Verified records go to the trust's public map, with otter and
mink locations generalised to 1 km squares, and a nightly export sends them to the
national biodiversity database. Volunteers sign in with e-mail and password, staff
through the trust's single sign-on with MFA; the portal checks file types and sizes,
and clip storage is encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Otter survey camera trap classifier",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Citizen-science camera trap clips classified for otters and mink, "
    "verified by staff and published to a public map and a national database.",
)

# ---------------------------------------------------------------- data assets
clip = tg.Data(
    "Camera trap clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video from a riverbank trap; now and then it films walkers or anglers.",
)
clip_metadata = tg.Data(
    "Clip grid reference and dates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Precise trap location: otter holts are protected and must not be public.",
)
volunteer_account = tg.Data(
    "Volunteer account details", kind="records", sensitivity=tg.Sensitivity.PII
)
species_tags = tg.Data(
    "Species tags with confidence", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
sightings = tg.Data(
    "Sighting records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Species, grid reference, date, recorder and verification status.",
)
verification = tg.Data(
    "Staff verification labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
map_layer = tg.Data(
    "Public map sightings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Verified records at 1 km resolution.",
)
export = tg.Data(
    "Verified records export",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Verified records at full precision, with recorder names, for the national database.",
)
base_weights = tg.Data("Pretrained vision model weights", format="safetensors")
weights = tg.Data(
    "Fine-tuned classifier checkpoint", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register to survey a stretch of river.
    volunteer = tm.add(tg.Actor("Volunteer surveyor", role="citizen scientist"))
    # People browsing the trust's website.
    visitor = tm.add(tg.Actor("Map visitor", role="member of the public"))

with tm.boundary("Model hub", trust=tg.Trust.PARTNER):
    # Where the base vision model was downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("National biodiversity network", trust=tg.Trust.PARTNER):
    # The national database that collates species records from many recorders.
    national_db = tm.add(tg.ExternalService("National biodiversity database"))

with tm.boundary("Trust cloud account", trust=tg.Trust.INTERNAL):
    # Where volunteers upload clips and see what their traps caught.
    portal = tm.add(
        tg.Endpoint(
            "Clip upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="video file types and size limit only"),
            },
        )
    )
    # Raw clips and their metadata.
    clip_store = tm.add(
        tg.DataStore(
            "Clip storage",
            stores={clip, clip_metadata},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the classifier over the day's new clips.
    classify_job = tm.add(tg.Service("Nightly classification job"))
    # Tags each clip as otter, mink, other animal or empty.
    classifier = tm.add(
        tg.Model(
            "Species classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights vision model fine-tuned on the trust's verified clips.",
            controls={
                c.HumanInTheLoop(
                    approver="trust ecologists",
                    note="a random 10% sample and every low-confidence tag are checked",
                )
            },
        )
    )
    # Every sighting, with its verification status and the volunteer accounts.
    sightings_db = tm.add(tg.DataStore("Sightings database", stores={sightings, volunteer_account}))
    # Publishes the verified sightings on the trust's website.
    public_map = tm.add(
        tg.Endpoint(
            "Public sightings map",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.DataMinimization(note="otter and mink locations generalised to 1 km")},
        )
    )
    # Sends the verified records to the national database every night.
    export_job = tm.add(tg.Service("Nightly records export job"))

    with tm.boundary("Ecology workspace", trust=tg.Trust.INTERNAL):
        # The staff screen that shows sampled clips beside their tags.
        console = tm.add(
            tg.Service(
                "Verification console",
                controls={
                    c.Authentication(method="trust single sign-on with MFA"),
                    c.RBAC(),
                },
            )
        )
        # Clips with staff-verified labels, kept for retraining.
        label_set = tm.add(tg.Dataset("Verified clip training set", stores={clip, verification}))
        # Retrains the classifier from the verified clips a few times a year.
        retraining = tm.add(
            tg.Pipeline(
                "Classifier retraining", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Staff ecologists check tags and correct them.
    staff = tm.add(tg.Actor("Trust ecologist", role="verifier"))

# ---------------------------------------------------------------- flows
# Uploads.
tm.flow(volunteer, portal, clip, clip_metadata, volunteer_account, protocol="https")
tm.flow(portal, volunteer, sightings, protocol="https", label="their own traps' results")
tm.flow(portal, clip_store, clip, clip_metadata)
tm.flow(portal, sightings_db, volunteer_account)
tm.flow(sightings_db, portal, sightings)

# Classification.
tm.flow(clip_store, classify_job, clip, clip_metadata, label="nightly batch")
tm.flow(classify_job, classifier, clip)
tm.flow(classifier, classify_job, species_tags)
tm.flow(classify_job, sightings_db, sightings, species_tags)

# Verification.
tm.flow(sightings_db, console, sightings, species_tags)
tm.flow(clip_store, console, clip)
tm.flow(console, staff, clip, sightings, species_tags, protocol="https")
tm.flow(staff, console, verification, protocol="https")
tm.flow(console, sightings_db, verification, sightings)
tm.flow(console, label_set, clip, verification)

# Retraining.
tm.flow(hub, retraining, base_weights, protocol="https")
tm.flow(label_set, retraining, clip, verification)
tm.flow(retraining, classifier, weights, label="deploy new checkpoint")

# Publication.
tm.flow(sightings_db, public_map, sightings, label="verified records")
tm.flow(public_map, visitor, map_layer, protocol="https")
tm.flow(sightings_db, export_job, sightings, label="nightly export")
tm.flow(export_job, national_db, export, protocol="https")
