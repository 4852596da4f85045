"""Tattoo removal laser setting advisor: the first design, before any security review.
A chain of skin clinics (UK and EU sites) wants a model that suggests laser settings
for each tattoo removal session. At the start of a session the practitioner photographs
the tattoo on a clinic tablet and records the client's Fitzpatrick skin type, ink
colours, tattoo age and session number. The tablet app sends this to an advisor API in
our cloud account, which combines it with the client's treatment history, extracts
image features and asks an in-house model for wavelength, fluence, spot size and pulse
count. The practitioner reviews the suggestion and keys the settings into the laser by
hand, then records what was used and the skin's reaction. Those outcomes, with the
photos, are exported monthly into a training set; a training job retrains the model and
a release job deploys it once the medical director signs off. Controls: staff single
sign-on with MFA, role-based access and encryption on the client records and photos,
HTTPS from the tablets, evaluation before release, and the practitioner's review of every
suggestion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tattoo removal laser setting advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Suggests laser settings for tattoo removal sessions from photos, skin type "
    "and treatment history, for practitioners at a chain of skin clinics.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Tattoo photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Close-up photos of the client's skin taken before each session.",
)
assessment = tg.Data(
    "Session assessment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Client id, Fitzpatrick skin type, ink colours, tattoo age, session number "
    "and contraindications noted by the practitioner.",
)
history = tg.Data(
    "Client treatment history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Past sessions' settings and reactions, medical questionnaire and consent.",
)
image_features = tg.Data(
    "Image features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Ink density and colour segmentation computed from the photos.",
)
model_input = tg.Data(
    "Model input features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Image features joined with skin type and treatment history.",
)
suggestion = tg.Data(
    "Suggested laser settings",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Wavelength, fluence, spot size and pulse count, with a confidence.",
)
settings_used = tg.Data(
    "Laser settings keyed in", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
outcome = tg.Data(
    "Session outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Settings actually used and the immediate and follow-up skin reaction.",
)
training_data = tg.Data(
    "Session training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photos, assessments, settings used and outcomes from past sessions.",
)
weights = tg.Data(
    "Laser setting model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the image-and-tabular model.",
)
release_signoff = tg.Data(
    "Model release sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_config = tg.Data(
    "Training job configuration", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinic sites", trust=tg.Trust.INTERNAL):
    # Trained laser practitioner who runs the session and decides the settings.
    practitioner = tm.add(tg.Actor("Laser practitioner", role="clinic practitioner"))
    # Managed tablet in each treatment room: camera plus the advisor app.
    tablet = tm.add(
        tg.Device(
            "Treatment room tablet",
            description="Clinic-managed tablet running the advisor app; takes the photos.",
        )
    )
    # The laser itself; not connected to anything, settings are entered on its panel.
    laser = tm.add(
        tg.Device(
            "Picosecond tattoo removal laser",
            description="Stand-alone laser; the practitioner sets it on its own control panel.",
        )
    )

with tm.boundary("Clinic cloud account", trust=tg.Trust.INTERNAL):
    # Entry point for the tablets: takes a session assessment, returns a suggestion.
    advisor_api = tm.add(
        tg.Endpoint(
            "Laser advisor API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            description="Assembles the model input from the request and the client's history.",
            controls={c.Authentication(method="Microsoft Entra ID single sign-on with MFA")},
        )
    )
    # Turns photos into ink and colour features the model can use.
    preprocessing = tm.add(
        tg.Service(
            "Photo preprocessing service",
            description="Normalises colour against the reference card and segments the ink.",
        )
    )
    # The model being built: image-and-tabular regressor for the settings.
    model = tm.add(
        tg.Model(
            "Laser setting model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            returns_scores=True,
            description="Suggests laser settings per session; wrong fluence for the skin type "
            "can burn, blister, scar or change the client's pigmentation.",
            controls={
                c.HumanInTheLoop(
                    approver="the treating practitioner",
                    note="the practitioner reviews each suggestion and keys the settings "
                    "into the laser themselves",
                )
            },
        )
    )

    with tm.boundary("Client data tier", trust=tg.Trust.RESTRICTED):
        # Existing clinic records system, extended with session assessments and outcomes.
        records = tm.add(
            tg.DataStore(
                "Client treatment records",
                stores={history, assessment, outcome},
                controls={
                    c.RBAC(note="practitioners, clinic managers and head office roles"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )
        # Object storage for the session photos.
        photo_store = tm.add(
            tg.DataStore(
                "Session photo bucket",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly job copying past sessions into the training set.
        export_job = tm.add(tg.Pipeline("Monthly training data export", stage=tg.Stage.INGESTION))
        # Snapshot of past sessions used for training.
        training_set = tm.add(tg.Dataset("Session training dataset", stores={training_data}))
        # Retraining job; evaluates on a held-out set of clinics before registering.
        training = tm.add(
            tg.Pipeline(
                "Model training job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="held-out sessions error report before registering")
                },
            )
        )
        # Registry of trained checkpoints.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )
        # Deploys a registered version to serving after the medical director signs off.
        release = tm.add(
            tg.Pipeline(
                "Model release job",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="the medical director")},
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Clinically accountable for the settings the model suggests.
    medical_director = tm.add(tg.Actor("Medical director", role="clinical lead"))

# ---------------------------------------------------------------- flows
# the session
tm.flow(practitioner, tablet, photos, assessment, label="photographs and assesses in the room")
tm.flow(tablet, advisor_api, photos, assessment, protocol="https")
tm.flow(advisor_api, photo_store, photos)
tm.flow(advisor_api, records, assessment)
tm.flow(records, advisor_api, history, label="client's past sessions")
tm.flow(advisor_api, preprocessing, photos)
tm.flow(preprocessing, advisor_api, image_features)
tm.flow(advisor_api, model, model_input)
tm.flow(model, advisor_api, suggestion)
tm.flow(advisor_api, tablet, suggestion, protocol="https")
tm.flow(tablet, practitioner, suggestion, label="shown on the tablet")
tm.flow(practitioner, laser, settings_used, label="keyed in on the panel")
tm.flow(practitioner, tablet, outcome, label="records settings used and reaction")
tm.flow(tablet, advisor_api, outcome, protocol="https")
tm.flow(advisor_api, records, outcome)

# retraining and release
tm.flow(records, export_job, history, assessment, outcome, label="monthly export")
tm.flow(photo_store, export_job, photos, label="monthly export")
tm.flow(export_job, training_set, training_data)
tm.flow(training_set, training, training_data)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, training, training_config, label="launches retraining")
tm.flow(medical_director, release, release_signoff, label="signs off the release")
tm.flow(registry, release, weights)
tm.flow(release, model, weights, label="deploy")
