"""Plant disease photo diagnosis for a botanical garden: the first design.

Gardeners working in the beds and glasshouses photograph a sick plant with the
garden-issued phone app, add the accession number from the plant's label and a
short note. The app signs them in with the garden's Microsoft Entra ID and sends
the photo over HTTPS to a diagnosis API in the garden's cloud account, which runs
an image classifier fine-tuned from an open-weights vision backbone and returns
the three most likely diseases or pests with confidences. Every photo and
suggestion becomes a case for the plant health team, who open it in a review
console on the office network, confirm or correct the diagnosis and log the
treatment against the accession in the living-collection database. Confirmed
cases feed a labelled photo set; an ML engineer retrains the classifier from it
and a public plant-disease image set, and the model is published to a registry
the API loads from. Controls: staff SSO on the API and console, role-based
access in the console, encrypted photo bucket, audit trail in the collection DB.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Botanical garden plant disease photo diagnosis",
    profile=tg.RiskProfile.LOW,
    description=(
        "Gardeners photograph sick plants; a classifier suggests diseases and pests; "
        "the plant health team confirms and logs treatments in the collection database."
    ),
)

# ---------------------------------------------------------------- data assets
plant_photo = tg.Data(
    "Plant photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Close-up of leaves, stems or fruit, with GPS position and timestamp.",
)
field_note = tg.Data(
    "Accession number and symptom note",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accession from the plant label, bed, symptoms in the gardener's words.",
)
staff_sign_in = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
access_token = tg.Data("Staff access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
suggestions = tg.Data(
    "Suggested diseases and pests",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top three disease or pest classes with confidence scores.",
)
case = tg.Data(
    "Diagnosis case",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo reference, note, suggestions and the gardener who raised it.",
)
confirmed_diagnosis = tg.Data(
    "Confirmed diagnosis and treatment record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Diagnosis, pesticide or biocontrol applied, dose and operator.",
)
accession_records = tg.Data(
    "Living collection accession records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Taxon, provenance, bed location and history, incl. rare and CITES-listed plants.",
)
labelled_photos = tg.Data(
    "Confirmed labelled photos",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
public_images = tg.Data(
    "Public plant disease images", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
training_request = tg.Data("Retraining run configuration", kind="instructions")
classifier_weights = tg.Data(
    "Disease classifier weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Garden grounds (mobile network)", trust=tg.Trust.UNTRUSTED):
    # The gardener who spots a sick plant while working the beds.
    gardener = tm.add(tg.Actor("Gardener", role="horticulture staff"))
    # Garden-issued phones with the diagnosis app; they roam on public 4G and guest Wi-Fi.
    phone_app = tm.add(
        tg.Device(
            "Gardener phone app",
            fleet=True,
            description="Android phones managed by the garden, running the diagnosis app.",
        )
    )

with tm.boundary("Public internet", trust=tg.Trust.UNTRUSTED):
    # An open plant-pathology image set used to broaden the training data.
    public_dataset = tm.add(
        tg.DataSource(
            "Public plant disease image set",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_images},
            description="Downloaded from an academic dataset site for each retraining.",
        )
    )

with tm.boundary("Microsoft cloud", trust=tg.Trust.PARTNER):
    # The garden's existing staff directory and single sign-on.
    entra_id = tm.add(
        tg.ExternalService("Microsoft Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Garden cloud account", trust=tg.Trust.INTERNAL):
    # Receives photos from the app and returns suggestions; public HTTPS listener.
    diagnosis_api = tm.add(
        tg.Endpoint(
            "Diagnosis API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            internet_facing=True,
            controls={c.Authentication(method="Entra ID OIDC tokens for garden staff")},
        )
    )
    # Keeps every photo so the plant health team can look at it later.
    photo_bucket = tm.add(
        tg.DataStore(
            "Plant photo bucket",
            stores={plant_photo, case},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The classifier that names likely diseases and pests from a photo.
    classifier = tm.add(
        tg.Model(
            "Plant disease classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights vision backbone fine-tuned on the garden's photos.",
        )
    )
    # Confirmed cases collected as labels for the next retraining.
    label_set = tm.add(
        tg.Dataset(
            "Labelled diagnosis photo set",
            stores={labelled_photos, plant_photo},
            purpose=tg.DatasetPurpose.TRAINING,
        )
    )
    # Fine-tunes the classifier on GPU instances when the ML engineer starts a run.
    training = tm.add(
        tg.Pipeline(
            "Classifier retraining job",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
        )
    )
    # Versioned model files the diagnosis API loads at start-up.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={classifier_weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Garden office network", trust=tg.Trust.INTERNAL):
    # Plant pathologists and IPM staff who confirm diagnoses and prescribe treatments.
    plant_health = tm.add(tg.Actor("Plant health officer", role="plant health team"))
    # Web app where the team works through open cases and logs treatments.
    console = tm.add(
        tg.Service(
            "Plant health review console",
            controls={
                c.Authentication(method="Entra ID single sign-on"),
                c.RBAC(note="only the plant health team may confirm or log treatments"),
                c.HumanInTheLoop(approver="a plant health officer"),
            },
        )
    )
    # The garden's living-collection management database (system of record).
    collection_db = tm.add(
        tg.DataStore(
            "Living collection database",
            stores={accession_records, confirmed_diagnosis},
            controls={c.AuditLogging(note="edit history on every accession record")},
        )
    )
    # The garden's one data scientist, who runs retraining and publishes models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(gardener, phone_app, plant_photo, field_note, label="takes photo on the phone")
tm.flow(phone_app, entra_id, staff_sign_in, protocol="oidc")
tm.flow(entra_id, phone_app, access_token, protocol="oidc")
tm.flow(phone_app, diagnosis_api, plant_photo, field_note, access_token, protocol="https")
tm.flow(diagnosis_api, photo_bucket, plant_photo, case, protocol="https")
tm.flow(diagnosis_api, classifier, plant_photo)
tm.flow(classifier, diagnosis_api, suggestions)
tm.flow(diagnosis_api, phone_app, suggestions, protocol="https")
tm.flow(phone_app, gardener, suggestions, label="shown on the phone")

tm.flow(photo_bucket, console, case, plant_photo, protocol="https", label="open cases")
tm.flow(console, plant_health, case, plant_photo, suggestions, protocol="https")
tm.flow(plant_health, console, confirmed_diagnosis, protocol="https")
tm.flow(collection_db, console, accession_records, label="plant history")
tm.flow(console, collection_db, confirmed_diagnosis)
tm.flow(console, label_set, labelled_photos, plant_photo, protocol="https")

tm.flow(ml_engineer, training, training_request, protocol="https")
tm.flow(public_dataset, training, public_images, protocol="https")
tm.flow(label_set, training, labelled_photos, plant_photo)
tm.flow(training, registry, classifier_weights)
tm.flow(registry, classifier, classifier_weights, label="loaded at start-up")
