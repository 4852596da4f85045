"""Citizen-science bird sound classifier: the first design, before any security review.

A nature charity's free mobile app lets volunteers record bird song in the field.
A small species classifier bundled in the app identifies the bird on the phone and
shows the top species with a confidence. The volunteer then submits the observation
(species, time, precise GPS location, recording) to the charity's observation API in
its cloud account; volunteers sign in with an app account. Sightings of rare species
are queued for a panel of volunteer expert verifiers, who listen to the recording in
a web portal and accept or reject it. Each quarter the charity's data scientist builds
a training set from verified recordings, retrains the classifier, and publishes the
new model file, which the app downloads over HTTPS. Observation data is shared with
partner universities through a download portal; precise locations of sensitive
species are generalised to 10 km squares before export. The cloud databases use the
provider's default encryption at rest, and models are kept as numbered versions.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Citizen-science bird sound classifier",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "On-phone bird song identification for volunteers, with expert verification, "
        "periodic retraining and research data sharing with universities."
    ),
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Bird song recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio clip with GPS metadata; can capture voices of people nearby.",
)
prediction = tg.Data("Species prediction", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
observation = tg.Data(
    "Observation record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Species, time, precise location and the volunteer's account id.",
)
review_queue = tg.Data("Rare sighting for review", kind="records", sensitivity=tg.Sensitivity.PII)
verdict = tg.Data(
    "Verification verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Verified training recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Species model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="unknown",
    description="TensorFlow Lite flatbuffer exported from the Keras training run.",
)
training_run = tg.Data("Training run configuration", kind="instructions")
release = tg.Data("Release decision", kind="records")
research_export = tg.Data(
    "Research data export",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Verified observations with pseudonymous observer ids.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and create a volunteer account.
    volunteer = tm.add(tg.Actor("Volunteer recorder", role="volunteer"))
    # Experienced birders (county recorders) who verify rare sightings from home.
    expert = tm.add(tg.Actor("Expert verifier", role="volunteer expert"))

with tm.boundary("Volunteers' phones", trust=tg.Trust.UNTRUSTED):
    # The app records audio, runs the classifier and queues submissions offline.
    phone_app = tm.add(
        tg.Device("Recording app", description="iOS and Android app on volunteers' phones.")
    )
    # Identifies species on the device so the app works without signal.
    classifier = tm.add(
        tg.Model(
            "On-device species classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Audio CNN over spectrograms; shows top-3 species with confidence.",
        )
    )

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Receives submissions from the app and returns verification status.
    obs_api = tm.add(
        tg.Endpoint(
            "Observation API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="app account, email and password")},
        )
    )
    # The research database of all observations.
    obs_db = tm.add(
        tg.DataStore(
            "Observation database",
            stores={observation, verdict},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Object storage for the uploaded audio clips.
    audio_store = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Web portal where experts listen to rare sightings and accept or reject them.
    portal = tm.add(
        tg.Service(
            "Verification portal",
            controls={
                c.Authentication(method="expert account, email and password"),
                c.HumanInTheLoop(approver="expert verifier", above="species on the rare list"),
            },
        )
    )
    # Serves the current model file to the app.
    model_cdn = tm.add(tg.Service("Model download service"))
    # Lets partner universities download observation extracts.
    export = tm.add(
        tg.Service(
            "Research data portal",
            controls={
                c.Authentication(method="named university accounts"),
                c.DataMinimization(note="sensitive species generalised to 10 km squares"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Verified recordings with their accepted species labels.
        dataset = tm.add(tg.Dataset("Verified recordings training set", stores={training_set}))
        # Quarterly retraining job run from a notebook VM.
        training = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Installs audio and ML libraries from PyPI at run time.",
            )
        )
        # Holds each released model file as a numbered version.
        registry = tm.add(
            tg.ModelRegistry("Model store", stores={model_file}, controls={c.ModelVersioning()})
        )

with tm.boundary("Charity staff", trust=tg.Trust.INTERNAL):
    # The charity's one data scientist, who retrains and publishes models.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Partner universities", trust=tg.Trust.PARTNER):
    # Ecologists who use the observations in population studies.
    researcher = tm.add(tg.Actor("University researcher", role="researcher"))

# ---------------------------------------------------------------- flows
tm.flow(volunteer, phone_app, recording, protocol="local", label="records bird song")
tm.flow(phone_app, classifier, recording, protocol="local")
tm.flow(classifier, phone_app, prediction, protocol="local")
tm.flow(phone_app, volunteer, prediction, protocol="local", label="shows species")
tm.flow(phone_app, obs_api, observation, recording, prediction, protocol="https")
tm.flow(obs_api, phone_app, verdict, protocol="https", label="verification status")
tm.flow(obs_api, obs_db, observation)
tm.flow(obs_api, audio_store, recording)

tm.flow(obs_db, portal, review_queue, label="rare sightings")
tm.flow(audio_store, portal, recording)
tm.flow(portal, expert, review_queue, recording, protocol="https")
tm.flow(expert, portal, verdict, protocol="https")
tm.flow(portal, obs_db, verdict)
tm.flow(obs_db, obs_api, verdict)

tm.flow(obs_db, dataset, verdict, label="accepted species labels")
tm.flow(audio_store, dataset, training_set, label="verified clips")
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_run, protocol="https", label="starts quarterly run")
tm.flow(training, registry, model_file)
tm.flow(data_scientist, registry, release, protocol="https", label="marks release")
tm.flow(registry, model_cdn, model_file)
tm.flow(model_cdn, phone_app, model_file, protocol="https", label="model update")

tm.flow(obs_db, export, observation)
tm.flow(export, researcher, research_export, protocol="https")
