"""Virtual try-on for a fashion retailer: the first design, before any security review.

Shoppers in the EU and UK use the retailer's mobile app to upload a full-body photo
or take one in the app. They pick garments from the catalogue, and a generative
image model renders them wearing those garments. The try-on API and orchestrator run
in the retailer's cloud account, and the model is served on a GPU cluster there. The
model is fine-tuned in-house from open weights downloaded from a public model hub.
Shoppers can save looks to their account and share a look through a link that anyone
who has the link can open. Photos from shoppers who ticked the "help improve try-on"
box are copied by a curation job into a training set for the next fine-tune.
Controls in this design: customer-account login (OAuth) and per-account rate limits
on the try-on API, image type and size checks on upload, TLS from the app, an NSFW
classifier on renders, photos encrypted at rest with the cloud KMS, a consent flag
carried with each training photo, and role-based access to the model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Virtual try-on fashion app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Renders shoppers wearing catalogue garments from their own full-body photos.",
)

# ---------------------------------------------------------------- data assets
body_photo = tg.Data(
    "Shopper full-body photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Photo of the shopper's face and body, uploaded or taken in the app.",
)
garment_choice = tg.Data("Garment selection", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
garment_images = tg.Data(
    "Garment catalogue images", kind="media", sensitivity=tg.Sensitivity.PUBLIC
)
render = tg.Data(
    "Try-on render",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Generated image of the shopper wearing the selected garments.",
)
saved_look = tg.Data("Saved look", kind="media", sensitivity=tg.Sensitivity.PII)
shared_look = tg.Data(
    "Shared look",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A saved look behind an unguessable share link.",
)
consent = tg.Data(
    "Training consent flag",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the shopper opted in to photo reuse for model improvement.",
)
training_examples = tg.Data(
    "Try-on training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Consented shopper photos paired with garment images and renders.",
)
base_weights = tg.Data(
    "Open base model weights", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
checkpoint = tg.Data(
    "Fine-tuned try-on checkpoint", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
train_config = tg.Data(
    "Fine-tuning job config", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shopper, using the retailer's app on their own phone.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))
    # Anyone a shopper sends a share link to; no account needed.
    recipient = tm.add(tg.Actor("Share link recipient", role="anonymous viewer"))
    # Where the open try-on base model is downloaded from.
    model_hub = tm.add(
        tg.ExternalService(
            "Public model hub",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Hosts the open-weights diffusion try-on model we fine-tune.",
        )
    )

with tm.boundary("Retailer cloud", trust=tg.Trust.INTERNAL):
    # Public API the app calls for uploads, renders and saved looks.
    tryon_api = tm.add(
        tg.Endpoint(
            "Try-on API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth customer account"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="JPEG/PNG/HEIC only, max 12 MB"),
            },
        )
    )
    # Orchestrates a render: fetches photo and garments, calls the model, filters output.
    orchestrator = tm.add(
        tg.Service(
            "Try-on orchestrator",
            controls={c.OutputFiltering(note="NSFW classifier on every render")},
        )
    )
    # Garment images and metadata from the product catalogue.
    catalogue = tm.add(tg.DataStore("Garment catalogue", stores={garment_images}))
    # Shoppers' saved looks, listed in their account.
    looks_store = tm.add(tg.DataStore("Saved looks store", stores={saved_look}))
    # Public page that serves a shared look to whoever holds the link.
    share_page = tm.add(
        tg.Endpoint("Share link page", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )

    with tm.boundary("Customer data", trust=tg.Trust.RESTRICTED):
        # Object storage for uploaded photos, with each shopper's consent flag.
        photo_store = tm.add(
            tg.DataStore(
                "Shopper photo store",
                stores={body_photo, consent},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("GPU inference cluster", trust=tg.Trust.INTERNAL):
        # The generative model that renders the shopper in the garments.
        tryon_model = tm.add(
            tg.Model(
                "Try-on generative model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Diffusion try-on model fine-tuned in-house from open weights.",
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Nightly job that copies photos of opted-in shoppers into the training set.
    curation = tm.add(tg.Pipeline("Training data curation", stage=tg.Stage.PREPROCESSING))
    # Training set for the next fine-tune, tagged with the consent it came from.
    training_set = tm.add(
        tg.Dataset(
            "Try-on training set",
            stores={training_examples},
            controls={c.ProvenanceTracking(note="each example keeps the shopper's consent flag")},
        )
    )
    # Fine-tuning job on rented GPUs, using open-source training libraries.
    finetune = tm.add(
        tg.Pipeline("Try-on fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Versioned checkpoints; serving pulls the one marked for release.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.RBAC()}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs fine-tunes and marks checkpoints for release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(shopper, tryon_api, body_photo, garment_choice, protocol="https")
tm.flow(tryon_api, shopper, render, saved_look, protocol="https")
tm.flow(tryon_api, orchestrator, body_photo, garment_choice)
tm.flow(orchestrator, tryon_api, render, saved_look)

tm.flow(orchestrator, photo_store, body_photo, consent, label="store upload and opt-in")
tm.flow(photo_store, orchestrator, body_photo, label="reuse a saved photo")
tm.flow(catalogue, orchestrator, garment_images)
tm.flow(orchestrator, tryon_model, body_photo, garment_images)
tm.flow(tryon_model, orchestrator, render)

tm.flow(orchestrator, looks_store, saved_look, label="save look")
tm.flow(looks_store, orchestrator, saved_look, label="list saved looks")
tm.flow(looks_store, share_page, shared_look)
tm.flow(share_page, recipient, shared_look, protocol="https")

tm.flow(photo_store, curation, body_photo, consent)
tm.flow(curation, training_set, training_examples)
tm.flow(training_set, finetune, training_examples)
tm.flow(model_hub, finetune, base_weights, protocol="https")
tm.flow(ml_engineer, finetune, train_config)
tm.flow(finetune, registry, checkpoint)
tm.flow(registry, tryon_model, checkpoint, label="deploy")
