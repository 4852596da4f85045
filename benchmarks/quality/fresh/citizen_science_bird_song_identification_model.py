"""Bird song identification for citizen science: the first design, before any security review.

A wildlife charity gives its members a phone app that records birdsong on a walk or
in the garden and uploads the clip, with the time and GPS position, to an upload API
in the charity's cloud account. An in-house audio classifier names the most likely
species with a confidence for each, and the app shows the result to the member.
Every upload is also kept as a draft sighting; volunteer county verifiers listen to
the clips in a web portal and accept or reject each identification. A nightly job
sends the accepted records to the national biodiversity database run by a partner
organisation. The charity's data scientist retrains the classifier each season from
verified clips and a public library of labelled bird sound, and the checkpoint is
loaded from the model registry when the service restarts. Members and verifiers
sign in with e-mail and password; uploads are rate limited and checked for file type
and length; the recording store is encrypted at rest and verifier access is by role.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Citizen science bird song identification",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Members' phone recordings identified by an audio classifier and, once "
    "verified by volunteers, added to the national biodiversity database.",
)

# ---------------------------------------------------------------- data assets
observation = tg.Data(
    "Observation details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member id, date, time, GPS position and optional notes for one recording.",
)
recording = tg.Data(
    "Song recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A clip of up to 60 seconds; may pick up voices in the background.",
)
prediction = tg.Data(
    "Species prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top three species with a confidence for each.",
)
draft_sighting = tg.Data(
    "Draft sighting",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Observation details with the model's suggested species, awaiting verification.",
)
verdict = tg.Data(
    "Verification decision",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
verified_record = tg.Data(
    "Verified species record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Species, date, grid reference and recorder name; locations of rare "
    "breeding species are sensitive.",
)
public_sounds = tg.Data(
    "Public labelled bird sounds", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
training_clips = tg.Data(
    "Labelled training clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Verified member clips with their species label, plus the public library.",
)
training_config = tg.Data("Training code and configuration", kind="code")
checkpoint = tg.Data(
    "Classifier checkpoint",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint of the audio classifier.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Charity members who record birds; anyone can join the charity.
    member = tm.add(tg.Actor("Member", role="charity member"))
    # The app on the member's own phone records and uploads the clip.
    app = tm.add(
        tg.Device(
            "Bird song recorder phone app",
            fleet=True,
            description="iOS and Android app distributed through the app stores.",
        )
    )
    # Volunteer experts who check identifications for their county, from home.
    verifier = tm.add(tg.Actor("County verifier", role="volunteer verifier"))
    # Open library of labelled recordings used to widen the training set.
    sound_library = tm.add(
        tg.DataSource(
            "Public bird sound library",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_sounds},
            description="Community-contributed recordings under Creative Commons licences.",
        )
    )

with tm.boundary("National biodiversity partner", trust=tg.Trust.PARTNER):
    # Where verified records end up; run by another organisation.
    national_db = tm.add(
        tg.ExternalService(
            "National biodiversity database",
            description="Takes species records from recording schemes through its import API.",
        )
    )

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from the app and returns the identification.
    upload_api = tm.add(
        tg.Endpoint(
            "Recording upload API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="audio file type, size and length checks"),
            },
        )
    )
    # The species classifier that does the identification.
    classifier = tm.add(
        tg.Model(
            "Bird song classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN over mel spectrograms covering about 250 UK species.",
        )
    )
    # Keeps every uploaded clip so verifiers can listen and training can reuse it.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording, observation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Sightings database: drafts awaiting verification and verified records.
    sightings_db = tm.add(
        tg.DataStore("Sightings database", stores={draft_sighting, verified_record})
    )
    # Where volunteers review drafts and accept or reject them.
    portal = tm.add(
        tg.Endpoint(
            "Verification portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="verifier role required"),
            },
        )
    )
    # Sends only verified records on to the national database.
    export_job = tm.add(
        tg.Service(
            "Nightly record export job",
            description="Pushes newly verified records to the national database's import API.",
            controls={c.HumanInTheLoop(approver="county verifier")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Seasonal training set assembled from verified clips and the public library.
        training_set = tm.add(tg.Dataset("Training clip set", stores={training_clips}))
        # Retrains the classifier once a season.
        training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
        # Holds the checkpoints the upload service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
        )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # The one data scientist who runs training and chooses which checkpoint serves.
    data_scientist = tm.add(
        tg.Actor("Charity data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(member, app, observation, label="records a song in the app")
tm.flow(app, upload_api, recording, observation, protocol="https")
tm.flow(upload_api, recording_store, recording, observation)
tm.flow(upload_api, classifier, recording)
tm.flow(classifier, upload_api, prediction)
tm.flow(upload_api, app, prediction, protocol="https")
tm.flow(app, member, prediction, label="shown in the app")
tm.flow(upload_api, sightings_db, draft_sighting)

tm.flow(sightings_db, portal, draft_sighting)
tm.flow(recording_store, portal, recording)
tm.flow(portal, verifier, draft_sighting, recording, protocol="https")
tm.flow(verifier, portal, verdict, protocol="https")
tm.flow(portal, sightings_db, verdict, verified_record)

tm.flow(sightings_db, export_job, verified_record, label="nightly export")
tm.flow(export_job, national_db, verified_record, protocol="https")

tm.flow(sightings_db, training_set, verified_record, label="seasonal snapshot")
tm.flow(recording_store, training_set, recording, label="seasonal snapshot")
tm.flow(sound_library, training_set, public_sounds, protocol="https")
tm.flow(training_set, training, training_clips)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, checkpoint)
tm.flow(registry, classifier, checkpoint, label="loaded on service restart")
