"""Fungi foraging course: photo identification model, first design.

A foraging school runs weekend courses in the woods. Participants install the
school's phone app, photograph the fungi they find and get back the species the
vision model thinks it is, with its confidence, lookalikes and edibility notes
from the school's species catalogue. Every suggestion is shown as "pending" until
a course tutor has looked at the photo in the review portal and confirmed or
corrected it; nothing is to be eaten on the app's word alone.
The API, model, stores and review portal run in the school's cloud project. A
contract ML engineer fine-tunes the classifier from an open-weights image model on
a public fungi dataset plus tutor-confirmed course photos, and uploads checkpoints
to a model registry that serving loads from. Participants sign in with course
accounts over TLS; tutors sign in with the school's Workspace accounts and 2SV,
and their confirmations are logged. Participants are in the UK and EU.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fungi foraging course photo identification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vision model suggests fungi species and edibility from course participants' "
        "photos; tutors confirm every suggestion before anything is eaten."
    ),
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Fungi photo with location",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo with GPS and time of the find, tied to the participant's account.",
)
suggestion = tg.Data(
    "Species suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Top three species with confidence scores, lookalikes and edibility notes.",
)
species_notes = tg.Data(
    "Species edibility and lookalike notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
identification = tg.Data(
    "Identification record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Participant, photo, location, model suggestion and review status.",
)
verdict = tg.Data(
    "Tutor verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Confirmed or corrected species and an eat / do-not-eat decision.",
)
training_photos = tg.Data(
    "Tutor-confirmed training photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Course photos exported as they are stored, with the tutor's species label.",
)
public_images = tg.Data(
    "Public fungi image dataset",
    kind="training-data",
    sensitivity=tg.Sensitivity.PUBLIC,
)
checkpoint = tg.Data(
    "Classifier checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch .pt checkpoint of the fine-tuned classifier.",
)
training_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people on the course: beginners who take the phone's answer seriously.
    participant = tm.add(tg.Actor("Course participant", role="course participant"))
    # The school's app on participants' own phones: takes photos, shows suggestions.
    phone_app = tm.add(
        tg.Device(
            "Participant phone app",
            description="iOS / Android app that uploads photos and shows suggestions and verdicts.",
        )
    )
    # Where the base training images come from.
    public_dataset = tm.add(
        tg.DataSource(
            "Public fungi image dataset",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_images},
            description="Community-labelled fungi photos downloaded for fine-tuning.",
        )
    )

with tm.boundary("School staff", trust=tg.Trust.INTERNAL):
    # Mycologists who lead the courses and confirm every identification.
    tutor = tm.add(tg.Actor("Course tutor", role="tutor"))

with tm.boundary("ML contractor", trust=tg.Trust.PARTNER):
    # The freelance engineer who trains and uploads the classifier.
    ml_engineer = tm.add(tg.Actor("Contract ML engineer", role="ml engineer", privileged=True))

with tm.boundary("School cloud project", trust=tg.Trust.INTERNAL):
    # Receives photos from the app, calls the model, returns suggestions and verdicts.
    id_api = tm.add(
        tg.Endpoint(
            "Identification API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                tg.controls.Authentication(method="course account e-mail and password"),
                tg.controls.InputValidation(note="JPEG/HEIC only, max 15 MB"),
            },
        )
    )
    # The vision model: its suggestion steers whether someone might eat a mushroom.
    classifier = tm.add(
        tg.Model(
            "Fungi species classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Image classifier fine-tuned from an open-weights backbone, ~400 species.",
            controls={
                tg.controls.ModelValidation(
                    note="contractor checks top-1 accuracy on a hold-out set"
                ),
            },
        )
    )
    # The school's curated list of species, edibility and dangerous lookalikes.
    catalogue = tm.add(
        tg.DataStore(
            "Species catalogue",
            stores={species_notes},
            description="Maintained by the head tutor.",
        )
    )
    # Every photo, suggestion and tutor verdict.
    photo_store = tm.add(
        tg.DataStore(
            "Identification store",
            stores={identification, photo, verdict},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Tutors' web app for the review queue of pending identifications.
    review_portal = tm.add(
        tg.Service(
            "Tutor review portal",
            controls={
                tg.controls.Authentication(method="Google Workspace SSO with 2SV"),
                tg.controls.RBAC(note="tutor role only"),
                tg.controls.HumanInTheLoop(
                    approver="course tutor",
                    note="every suggestion stays pending until a tutor confirms or corrects it",
                ),
                tg.controls.AuditLogging(note="who confirmed which identification, when"),
            },
        )
    )

    with tm.boundary("ML training environment", trust=tg.Trust.INTERNAL):
        # Exported course photos with the tutors' labels, for the next fine-tune.
        training_set = tm.add(tg.Dataset("Course photo training set", stores={training_photos}))
        # Fine-tuning job the contractor runs on a GPU VM.
        training = tm.add(
            tg.Pipeline(
                "Classifier fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                description="pip-installs the training stack on each run.",
            )
        )
        # Where checkpoints are kept and the API loads the current one from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={checkpoint},
                controls={tg.controls.ModelVersioning(note="API pins a checkpoint version")},
            )
        )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(participant, phone_app, photo, label="takes photo")
tm.flow(phone_app, id_api, photo, protocol="https", controls={tls})
tm.flow(id_api, classifier, photo)
tm.flow(classifier, id_api, suggestion)
tm.flow(catalogue, id_api, species_notes, label="edibility and lookalikes")
tm.flow(id_api, photo_store, identification, photo)
tm.flow(id_api, phone_app, suggestion, verdict, protocol="https", controls={tls})
tm.flow(phone_app, participant, suggestion, verdict)

tm.flow(photo_store, review_portal, identification, photo, label="pending queue")
tm.flow(review_portal, tutor, identification, photo, protocol="https", controls={tls})
tm.flow(tutor, review_portal, verdict, protocol="https", controls={tls})
tm.flow(review_portal, photo_store, verdict)
tm.flow(photo_store, id_api, verdict, label="confirmed verdicts")
tm.flow(tutor, catalogue, species_notes, protocol="https", label="head tutor edits")

tm.flow(photo_store, training_set, training_photos, label="export of confirmed photos")
tm.flow(public_dataset, training, public_images, protocol="https", label="download")
tm.flow(training_set, training, training_photos)
tm.flow(ml_engineer, training, training_config, protocol="ssh")
tm.flow(training, registry, checkpoint)
tm.flow(registry, classifier, checkpoint, label="load pinned version")
