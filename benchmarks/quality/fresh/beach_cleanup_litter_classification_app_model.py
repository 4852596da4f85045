"""Beach cleanup litter classification: the first design, before any security review.

A marine conservation charity runs a national beach litter survey. Volunteers at
organised cleanups photograph each item they pick up with the charity's phone app;
the app uploads the photo with the beach, survey-section and GPS position to an
upload API in the charity's cloud account, which stores it in a photo bucket.
A classification service runs an in-house image classifier (fine-tuned from a public
litter image dataset) that assigns each photo one of the survey's item types with a
confidence. Confident items are counted straight into the survey database; uncertain
ones go to a review queue where survey staff confirm or correct them in a review
console, and their labels join the training set for the quarterly retraining run.
Volunteers sign in with e-mail and password; staff with Microsoft 365 SSO and MFA.
Uploads are rate limited and checked for file type and size, traffic uses TLS, the
bucket is encrypted, and models are versioned in a registry.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Beach cleanup litter classification",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Classifies beach litter from volunteers' phone photos into survey item types, "
        "with staff reviewing uncertain items."
    ),
)

# ---------------------------------------------------------------- data assets
volunteer_login = tg.Data(
    "Volunteer sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
litter_photo = tg.Data(
    "Litter photo with location",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo of one item, with GPS, beach, section and volunteer id; "
    "people and number plates can appear in the background.",
)
item_prediction = tg.Data(
    "Predicted item type and confidence",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
item_result = tg.Data(
    "Item type shown to volunteer",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
review_item = tg.Data(
    "Uncertain item for review",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The photo link, the model's top three item types and confidences.",
)
staff_label = tg.Data(
    "Staff item label",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
survey_counts = tg.Data(
    "Survey item counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Counts per item type, beach and survey date for the national report.",
)
public_images = tg.Data(
    "Public litter image dataset",
    kind="training-data",
    sensitivity=tg.Sensitivity.PUBLIC,
)
training_images = tg.Data(
    "Labelled litter images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
model_weights = tg.Data(
    "Litter classifier weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as a volunteer in the app.
    volunteer = tm.add(tg.Actor("Volunteer", role="cleanup volunteer"))
    # The charity's app on the volunteer's own smartphone.
    phone_app = tm.add(tg.Device("Volunteer phone app", fleet=True))
    # A public image dataset of litter used to train the first model.
    public_dataset = tm.add(
        tg.DataSource(
            "Public litter image dataset source",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_images},
        )
    )

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Receives photos from the app and returns the item type.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="JPEG/HEIC only, 10 MB maximum"),
            },
        )
    )
    # Keeps every uploaded photo for review and retraining.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={litter_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Calls the classifier and routes each item to the counts or the review queue.
    classifier_service = tm.add(
        tg.Service(
            "Classification service",
            description="Counts items at 0.8 confidence or above; sends the rest to review.",
            controls={
                c.HumanInTheLoop(
                    approver="survey staff",
                    note="items under 0.8 confidence wait for staff; the rest are counted directly",
                )
            },
        )
    )
    # The image classifier over the survey's item types.
    classifier = tm.add(
        tg.Model(
            "Litter item classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN fine-tuned from a pretrained backbone on litter photos.",
        )
    )
    # Items waiting for a person to decide the type.
    review_queue = tm.add(tg.DataStore("Review queue", stores={review_item}))
    # The national survey's results, per beach and date.
    survey_db = tm.add(tg.DataStore("Survey database", stores={survey_counts}))
    # Staff-confirmed images and labels for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Labelled training set",
            stores={training_images, staff_label, public_images},
            purpose=tg.DatasetPurpose.TRAINING,
        )
    )
    # Quarterly fine-tuning run on a cloud GPU instance.
    retraining = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Versions of the classifier; the service loads the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Survey staff who resolve uncertain items.
    staff = tm.add(tg.Actor("Survey staff reviewer", role="survey officer"))
    # Web console where staff see the photo and pick the item type.
    review_console = tm.add(
        tg.Endpoint(
            "Staff review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(volunteer, phone_app, litter_photo, label="takes the photo in the app")
tm.flow(phone_app, volunteer, item_result, label="shown in the app")
tm.flow(phone_app, upload_api, volunteer_login, litter_photo, protocol="https", controls={tls})
tm.flow(upload_api, phone_app, item_result, protocol="https", controls={tls})
tm.flow(upload_api, photo_bucket, litter_photo)
tm.flow(upload_api, classifier_service, litter_photo)
tm.flow(classifier_service, upload_api, item_result)

tm.flow(classifier_service, classifier, litter_photo)
tm.flow(classifier, classifier_service, item_prediction)
tm.flow(classifier_service, survey_db, survey_counts, label="confident items")
tm.flow(classifier_service, review_queue, review_item, label="uncertain items")

tm.flow(review_queue, review_console, review_item)
tm.flow(photo_bucket, review_console, litter_photo)
tm.flow(review_console, staff, review_item, litter_photo, protocol="https", controls={tls})
tm.flow(staff, review_console, staff_label, protocol="https", controls={tls})
tm.flow(review_console, survey_db, survey_counts, label="reviewed items")
tm.flow(review_console, training_set, staff_label, training_images)

tm.flow(public_dataset, training_set, public_images, protocol="https", label="initial download")
tm.flow(training_set, retraining, training_images, staff_label, public_images)
tm.flow(retraining, registry, model_weights)
tm.flow(registry, classifier, model_weights, label="loads current version")
