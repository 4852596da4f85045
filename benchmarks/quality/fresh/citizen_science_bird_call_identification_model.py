"""Citizen-science bird call identification: the first design.

Volunteers record bird calls with the project's phone app and upload them with
the time and GPS location. An upload API in the project's cloud account stores
the audio and has an inference service run an in-house sound classifier, which
returns the likely species with a confidence to the app. Species on the
regional rarity list are held as pending until an expert reviewer (a volunteer
county recorder) listens to the recording on a review portal and confirms or
rejects it; common species are accepted as identified. Accepted records go to
the national biodiversity database in a nightly export. Confirmed recordings,
with public reference recordings, are used to retrain the model.
Controls: volunteer and reviewer accounts (reviewers with TOTP), HTTPS, audio
format checks, encrypted storage, licence tracking of training recordings.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Citizen-science bird call identification",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Identifies bird species from volunteers' recordings; experts confirm rare "
        "records before they enter the national database."
    ),
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Bird call recording",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Up to 60 s of audio; may pick up people talking nearby.",
)
metadata = tg.Data(
    "Recording metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Volunteer id, timestamp and GPS location (often the volunteer's garden).",
)
identification = tg.Data(
    "Species identification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top species with confidence scores.",
)
rarity_list = tg.Data(
    "Regional rarity list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Species per region that need expert confirmation.",
)
sighting = tg.Data(
    "Sighting record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Species, place, date, recorder and status; rare breeding sites are sensitive.",
)
review_task = tg.Data(
    "Pending rare record", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
verdict = tg.Data(
    "Reviewer verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Confirmed, corrected or rejected species for a pending record.",
)
training_recordings = tg.Data(
    "Labelled training recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed project recordings with their species labels.",
)
reference_recordings = tg.Data(
    "Public reference recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Creative Commons bird sound archive recordings.",
)
weights = tg.Data("Classifier checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can sign up and upload recordings.
    volunteer = tm.add(tg.Actor("Volunteer recorder", role="volunteer"))
    # The project's app on volunteers' own phones: records, tags location, uploads.
    phone_app = tm.add(
        tg.Device("Volunteer phone app", description="Android and iOS app on volunteers' phones.")
    )
    # County recorders who confirm rare records; they work from home.
    reviewer = tm.add(tg.Actor("Expert reviewer", role="county recorder"))
    # Public sound archive used to cover species with few project recordings.
    reference_source = tm.add(
        tg.DataSource(
            "Public bird sound archive",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={reference_recordings},
        )
    )

with tm.boundary("National biodiversity data centre", trust=tg.Trust.PARTNER):
    # Receives the accepted records for the national database.
    national_db = tm.add(
        tg.ExternalService("National biodiversity database", provides="data-provider")
    )

with tm.boundary("Project cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from the app and returns the identification.
    upload_api = tm.add(
        tg.Endpoint(
            "Recording upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="volunteer account e-mail and password"),
                c.InputValidation(note="AAC or WAV only, at most 60 seconds"),
            },
        )
    )
    # Object storage for the uploaded audio.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording, metadata},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the classifier on each upload and decides whether a record needs review.
    inference = tm.add(
        tg.Service(
            "Identification service",
            description="Scores each recording and checks the top species against the rarity list.",
            controls={
                c.HumanInTheLoop(
                    approver="expert reviewer",
                    note="records of species on the regional rarity list wait for confirmation",
                )
            },
        )
    )
    # The species classifier itself, a CNN on spectrograms.
    classifier = tm.add(
        tg.Model(
            "Bird call classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="In-house CNN over mel spectrograms, about 400 species.",
        )
    )
    # Reference list maintained by the project's records committee.
    rarity_store = tm.add(tg.DataStore("Regional rarity list", stores={rarity_list}))
    # All sightings with their status (accepted, pending review, rejected).
    records_db = tm.add(
        tg.DataStore(
            "Sightings database",
            stores={sighting, review_task, verdict, metadata},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web app where reviewers listen to pending rare records and give a verdict.
    review_portal = tm.add(
        tg.Endpoint(
            "Expert review portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="reviewer account password with TOTP"),
                c.RBAC(note="reviewer role granted by the records committee"),
            },
        )
    )

    with tm.boundary("ML training environment", trust=tg.Trust.INTERNAL):
        # Confirmed recordings plus archive recordings, rebuilt before each retrain.
        training_set = tm.add(
            tg.Dataset(
                "Training recordings set",
                stores={training_recordings, reference_recordings},
                controls={c.ProvenanceTracking(note="source and licence kept per recording")},
            )
        )
        # Quarterly retraining job.
        training = tm.add(
            tg.Pipeline("Classifier training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Trained checkpoints; the newest one is loaded by the identification service.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(volunteer, phone_app, recording, label="records in the field")
tm.flow(phone_app, volunteer, identification, label="shown in the app")
tm.flow(phone_app, upload_api, recording, metadata, protocol="https")
tm.flow(upload_api, phone_app, identification, protocol="https")
tm.flow(upload_api, recording_store, recording, metadata)
tm.flow(upload_api, inference, recording, metadata)
tm.flow(inference, upload_api, identification)

tm.flow(inference, classifier, recording)
tm.flow(classifier, inference, identification)
tm.flow(rarity_store, inference, rarity_list)
tm.flow(inference, records_db, sighting, review_task)

tm.flow(records_db, review_portal, review_task)
tm.flow(recording_store, review_portal, recording)
tm.flow(review_portal, reviewer, review_task, recording, protocol="https")
tm.flow(reviewer, review_portal, verdict, protocol="https")
tm.flow(review_portal, records_db, verdict)

tm.flow(
    records_db, national_db, sighting, protocol="https", label="nightly export of accepted records"
)

tm.flow(records_db, training_set, verdict, label="confirmed labels")
tm.flow(recording_store, training_set, training_recordings)
tm.flow(reference_source, training_set, reference_recordings, protocol="https")
tm.flow(training_set, training, training_recordings, reference_recordings)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy")
