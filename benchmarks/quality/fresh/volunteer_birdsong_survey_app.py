"""Volunteer birdsong survey app: the first design, before any security review.

A conservation charity's phone app lets registered volunteers record bird song on
survey walks. Each recording is uploaded with its GPS position and time to the
charity's survey API, where an in-house species-identification model suggests the
most likely species with confidence scores; the volunteer confirms or corrects the
species in the app. Records of rare or protected species go to a review queue where
expert county recorders, signing in to a web portal, accept or reject them; common
species are accepted as confirmed. A nightly export job publishes accepted records
to the national biodiversity database, which local-authority planners consult when
deciding on building permits. Confirmed recordings, together with a public sound
library, are used to retrain the model. Volunteers and experts sign in with e-mail
and password; the API validates uploads and rate-limits each account; everything
runs in the charity's cloud account behind HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Volunteer birdsong survey",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Volunteer bird-song recordings identified by a model, confirmed by volunteers "
    "and experts, published to the national biodiversity database used in planning.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Bird song recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio clip with GPS position and time; can pick up people talking nearby.",
)
volunteer_account = tg.Data(
    "Volunteer account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, home area and survey history.",
)
suggestion = tg.Data(
    "Species suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top three species with confidence scores.",
)
sighting = tg.Data(
    "Survey record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed species, precise location, time and the volunteer who recorded it.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
rare_record = tg.Data(
    "Rare species record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Record of a rare or protected species, with the exact nest or territory location.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
review_decision = tg.Data(
    "Expert review verdict", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
published = tg.Data(
    "Published occurrence records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accepted records: species, location, date and recorder name.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
planning_query = tg.Data("Planning site query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
library_audio = tg.Data(
    "Public reference recordings", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
training_clips = tg.Data(
    "Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Species model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Volunteers' phones", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as a volunteer.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer surveyor"))
    # Records, uploads, shows suggestions, lets the volunteer confirm the species.
    app = tm.add(
        tg.Device(
            "Birdsong survey phone app",
            fleet=True,
            description="iOS and Android app; keeps recordings offline until there is signal.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # County recorders and other experts, volunteering, who vet rare-species records.
    expert = tm.add(tg.Actor("Expert reviewer", role="county recorder"))
    # Open library of labelled bird recordings used to bootstrap and extend training.
    sound_library = tm.add(
        tg.DataSource(
            "Public bird sound library",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={library_audio},
        )
    )

with tm.boundary("National biodiversity network", trust=tg.Trust.PARTNER):
    # The national database the charity contributes to; planners query it.
    national_db = tm.add(
        tg.ExternalService(
            "National biodiversity database",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Local authority", trust=tg.Trust.PARTNER):
    # Planning officers checking protected species near a proposed development.
    planner = tm.add(tg.Actor("Planning officer", role="planner"))

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # Takes uploads, calls the model, stores confirmations and review verdicts.
    survey_api = tm.add(
        tg.Endpoint(
            "Survey API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="audio format, 60 s and 10 MB limits"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Suggests species from a recording; the volunteer has the final say.
    species_model = tm.add(
        tg.Model(
            "Species identification model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="CNN over spectrograms, about 400 species.",
        )
    )
    # Audio clips, kept for review and retraining.
    audio_store = tm.add(tg.DataStore("Recording store", stores={recording}))
    # Accounts and all survey records, including the rare-species ones under review.
    records_db = tm.add(
        tg.DataStore(
            "Survey records database",
            stores={volunteer_account, sighting, rare_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web portal where experts listen to rare-species recordings and accept or reject them.
    review_portal = tm.add(
        tg.Endpoint(
            "Expert review portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Publishes accepted records; rare species only after an expert accepted them.
    export_job = tm.add(
        tg.Service(
            "Nightly export job",
            controls={c.HumanInTheLoop(approver="an expert reviewer, for rare species records")},
        )
    )
    # Builds the training set from confirmed clips and the public library.
    training = tm.add(
        tg.Pipeline(
            "Model retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Run by the charity's data scientist a few times a year.",
        )
    )

# ---------------------------------------------------------------- flows
# Recording and identification
tm.flow(volunteer, app, recording, label="records song")
tm.flow(app, survey_api, recording, volunteer_account, protocol="https", label="upload")
tm.flow(survey_api, audio_store, recording)
tm.flow(survey_api, species_model, recording)
tm.flow(species_model, survey_api, suggestion)
tm.flow(survey_api, app, suggestion, protocol="https")
tm.flow(app, volunteer, suggestion)
tm.flow(volunteer, app, sighting, label="confirms species")
tm.flow(app, survey_api, sighting, protocol="https")
tm.flow(survey_api, records_db, sighting, rare_record, volunteer_account)

# Expert review of rare species
tm.flow(records_db, review_portal, rare_record)
tm.flow(audio_store, review_portal, recording)
tm.flow(review_portal, expert, rare_record, recording, protocol="https")
tm.flow(expert, review_portal, review_decision, protocol="https")
tm.flow(review_portal, records_db, review_decision)

# Publication and use in planning
tm.flow(records_db, export_job, sighting, rare_record, review_decision)
tm.flow(export_job, national_db, published, protocol="https")
tm.flow(planner, national_db, planning_query, protocol="https")
tm.flow(national_db, planner, published, protocol="https")

# Retraining
tm.flow(sound_library, training, library_audio, protocol="https")
tm.flow(audio_store, training, training_clips)
tm.flow(records_db, training, sighting, review_decision, label="confirmed species labels")
tm.flow(training, species_model, weights, label="deploy new checkpoint")
