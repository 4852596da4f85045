"""Room photo staging: the first design, before any security review.

A "See it in your room" feature in the furniture retailer's app and website.
Signed-in customers in the EU upload a photo of a room, pick products from the
catalogue and may add a short style hint ("near the window", "Scandinavian").
A staging API in the retailer's cloud account passes the request to an
orchestrator, which keeps the room photo in object storage (so the customer can
re-stage it later), fetches product cut-outs from the catalogue and calls an
open-weights diffusion inpainting model served on the retailer's own GPU
cluster. The model is fine-tuned on the retailer's product photography by a
small ML team; base weights come from a public model hub as safetensors.
Controls in this design: account sign-in, a per-customer request quota and file
type/size checks on the API, encryption at rest on the photo bucket, the
pipeline's built-in NSFW checker on generated images, and role-based access to
the model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Furniture retailer room photo staging",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Customers upload room photos; a fine-tuned image model places "
    "the retailer's products in them.",
)

# ---------------------------------------------------------------- data assets
room_photo = tg.Data(
    "Room photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the inside of a customer's home; may show people, "
    "family pictures, documents or the layout of the house.",
)
staging_request = tg.Data(
    "Staging request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Chosen product SKUs, placement hints and an optional free-text style hint.",
)
generation_prompt = tg.Data(
    "Generation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Prompt template filled with product names and the customer's style hint, "
    "plus the inpainting mask.",
)
product_images = tg.Data(
    "Product cut-out images",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Studio photos and renders of catalogue products on a transparent background.",
)
staged_image = tg.Data(
    "Staged room image",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's room photo with the chosen products painted in.",
)
training_images = tg.Data(
    "Product photography training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lifestyle shots of products in showrooms, with captions.",
)
base_weights = tg.Data(
    "Base diffusion model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
tuned_weights = tg.Data(
    "Fine-tuned staging weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
run_config = tg.Data(
    "Fine-tuning run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers using the app or website; anyone can create an account.
    customer = tm.add(tg.Actor("Customer", role="shopper"))
    # Where the open-weights base model is downloaded from.
    model_hub = tm.add(
        tg.ExternalService(
            "Public model hub",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Hosts the open-weights inpainting base model.",
        )
    )

with tm.boundary("Retailer cloud account", trust=tg.Trust.INTERNAL):
    # Public entry point for the staging feature, behind the retailer's API gateway.
    staging_api = tm.add(
        tg.Endpoint(
            "Staging API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="retailer account e-mail and password"),
                c.RateLimiting(
                    requests_per_minute=10, note="per customer account; GPU time is costly"
                ),
                c.InputValidation(note="JPEG/PNG/HEIC only, at most 15 MB and 4096 px per side"),
            },
        )
    )
    # Builds the mask and prompt, gathers product images, calls the model.
    orchestrator = tm.add(
        tg.Service(
            "Staging orchestrator",
            description="Assembles the inpainting job from the room photo, the chosen "
            "products and the style hint, and returns the staged image.",
            controls={c.OutputFiltering(note="diffusion pipeline's built-in NSFW safety checker")},
        )
    )
    # Keeps uploaded rooms and results so customers can re-stage them ("My rooms").
    photo_store = tm.add(
        tg.DataStore(
            "Room photo bucket",
            stores={room_photo, staged_image},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Product data and imagery, maintained by merchandising.
    catalogue = tm.add(tg.DataStore("Product catalogue", stores={product_images, training_images}))

    with tm.boundary("GPU inference cluster", trust=tg.Trust.INTERNAL):
        # The image model that paints products into the room.
        image_model = tm.add(
            tg.Model(
                "Room staging image model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights diffusion inpainting model with the retailer's "
                "fine-tuned adapter loaded.",
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Curated product photography used to fine-tune the model.
        training_set = tm.add(
            tg.Dataset(
                "Product photography dataset",
                stores={training_images},
                purpose=tg.DatasetPurpose.FINE_TUNING,
            )
        )
        # Fine-tunes an adapter on the base model.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Adapter fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Versions of the fine-tuned weights, pulled by the inference cluster.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={tuned_weights},
                controls={c.RBAC(note="ML team only")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Uploads product imagery to the catalogue.
    merchandiser = tm.add(tg.Actor("Merchandiser", role="merchandising staff"))
    # Runs fine-tuning and releases new adapter versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, staging_api, room_photo, staging_request, protocol="https")
tm.flow(staging_api, orchestrator, room_photo, staging_request)
tm.flow(orchestrator, photo_store, room_photo, staged_image, label="save room")
tm.flow(photo_store, orchestrator, room_photo, label="re-stage a saved room")
tm.flow(catalogue, orchestrator, product_images)
tm.flow(orchestrator, image_model, room_photo, product_images, generation_prompt, protocol="grpc")
tm.flow(image_model, orchestrator, staged_image, protocol="grpc")
tm.flow(orchestrator, staging_api, staged_image)
tm.flow(staging_api, customer, staged_image, protocol="https")

tm.flow(
    merchandiser,
    catalogue,
    product_images,
    training_images,
    protocol="https",
    label="product image upload",
)
tm.flow(catalogue, training_set, training_images, label="curated export")
tm.flow(model_hub, fine_tuning, base_weights, protocol="https")
tm.flow(training_set, fine_tuning, training_images)
tm.flow(ml_engineer, fine_tuning, run_config)
tm.flow(fine_tuning, registry, tuned_weights)
tm.flow(registry, image_model, tuned_weights, label="deploy adapter")
tm.flow(model_hub, image_model, base_weights, protocol="https", label="base model pull at deploy")
