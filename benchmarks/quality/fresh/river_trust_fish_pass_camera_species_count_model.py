"""River trust fish pass counter: the first design, before any security review.

A rivers trust has fixed underwater cameras in the fish passes at three weirs.
Each camera unit records a short clip whenever something swims past and sends it
over a 4G modem to the trust's small cloud tenancy, where an ingest service
archives the clip and runs an in-house species model that counts and identifies
the fish (salmon, sea trout, eel, lamprey and so on). A random sample of clips is
offered to registered volunteers on a verification portal, who confirm or correct
the species; their answers are stored beside the model's counts and, once a year,
are used to retrain the model. Verified daily counts are shown on a public
dashboard, and the trust's data officer compiles an annual run report that is
uploaded to the environment regulator's data portal. Cameras authenticate with a
per-unit API key, volunteers sign in with e-mail and password, the count database
is encrypted at rest by the cloud provider, and the fisheries scientist signs off
the annual report before it goes to the regulator.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "River trust fish pass camera species count",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Counts and identifies migrating fish from fish pass cameras for a "
    "public dashboard and the regulator's annual return.",
)

# ---------------------------------------------------------------- data assets
clips = tg.Data(
    "Fish pass video clips",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Motion-triggered underwater clips, a few seconds each.",
)
detections = tg.Data(
    "Species detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per clip: species, count, estimated length and confidence.",
)
counts = tg.Data(
    "Fish count records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sample = tg.Data(
    "Verification sample clips",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Randomly chosen clips with the model's label, shown to volunteers.",
)
verifications = tg.Data(
    "Volunteer species verifications",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
volunteer_accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, password hash and verification history.",
)
published = tg.Data("Published daily counts", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
report = tg.Data(
    "Annual fish run report",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Labelled clip set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Species model weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Fish pass sites", trust=tg.Trust.INTERNAL):
    # The cameras and their 4G modems, mounted in the fish pass at each weir.
    camera = tm.add(
        tg.Device(
            "Fish pass camera unit",
            fleet=True,
            description="Underwater camera with motion trigger and a 4G modem, one per fish pass.",
        )
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives clips from the cameras, stores them and asks the model for counts.
    ingest = tm.add(
        tg.Service(
            "Clip ingest service",
            controls={c.Authentication(method="per-camera API key")},
            description="Accepts uploads from the camera units and runs each clip through the model.",
        )
    )
    # Every clip is kept for re-counting and for the training set.
    clip_archive = tm.add(tg.DataStore("Clip archive", stores={clips}))
    # Counts and identifies the fish in each clip.
    species_model = tm.add(
        tg.Model(
            "Fish species counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Object detector fine-tuned on the trust's own labelled clips.",
        )
    )
    # The counts of record, with the volunteers' verifications beside them.
    count_db = tm.add(
        tg.DataStore(
            "Fish count database",
            stores={counts, verifications},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where volunteers look at sample clips and confirm or correct the species.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer verification portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The volunteers' sign-in details and history.
    volunteer_db = tm.add(tg.DataStore("Volunteer account database", stores={volunteer_accounts}))
    # Public web page with the daily and seasonal counts per site.
    dashboard = tm.add(tg.Endpoint("Public count dashboard", purpose=tg.EndpointPurpose.API))
    # Sampled, verified clips gathered for the yearly retraining.
    label_set = tm.add(tg.Dataset("Labelled clip dataset", stores={training_set}))
    # Yearly retraining of the species model on the verified clips.
    retraining = tm.add(
        tg.Pipeline(
            "Annual model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="scored against a held-out set of verified clips")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered members of the public who verify clips from home.
    volunteer = tm.add(tg.Actor("Volunteer verifier", role="volunteer"))
    # Anglers, schools and anyone else following the fish runs.
    visitor = tm.add(tg.Actor("Dashboard visitor", role="member of the public"))

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Runs the system, compiles the annual report and starts retraining.
    data_officer = tm.add(
        tg.Actor(
            "Data officer",
            role="trust staff",
            privileged=True,
        )
    )

with tm.boundary("Environment regulator", trust=tg.Trust.PARTNER):
    # The regulator's portal for the annual fish counter returns.
    regulator = tm.add(
        tg.ExternalService("Regulator data portal", provides=tg.ExternalCategory.GENERIC)
    )

# ---------------------------------------------------------------- flows
tm.flow(camera, ingest, clips, protocol="https", label="4G upload")
tm.flow(ingest, clip_archive, clips)
tm.flow(ingest, species_model, clips)
tm.flow(species_model, ingest, detections)
tm.flow(ingest, count_db, detections, counts)

tm.flow(clip_archive, portal, sample, label="random sample")
tm.flow(count_db, portal, detections, label="model label for the sample")
tm.flow(portal, volunteer, sample, protocol="https")
tm.flow(volunteer, portal, verifications, volunteer_accounts, protocol="https")
tm.flow(portal, volunteer_db, volunteer_accounts)
tm.flow(volunteer_db, portal, volunteer_accounts, label="sign-in check")
tm.flow(portal, count_db, verifications)

tm.flow(count_db, dashboard, published, label="nightly export")
tm.flow(dashboard, visitor, published, protocol="https")

tm.flow(count_db, data_officer, counts, protocol="https", label="season export")
tm.flow(
    data_officer,
    regulator,
    report,
    protocol="https",
    label="annual upload",
    controls={c.HumanInTheLoop(approver="the trust's fisheries scientist signs off the report")},
)

tm.flow(clip_archive, label_set, clips)
tm.flow(count_db, label_set, verifications)
tm.flow(label_set, retraining, training_set)
tm.flow(data_officer, retraining, label="starts the yearly run")
tm.flow(retraining, species_model, weights, label="deploy")
