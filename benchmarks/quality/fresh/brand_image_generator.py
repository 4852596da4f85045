"""Brand image generator: the first design, before any security review.

A public web app where the agency's customers (marketers at client brands) type
a prompt and get ad images back. Each brand has its own fine-tuned adapter on an
open-weights diffusion base model; the brand's own staff upload the logos,
product shots and style references it is trained on. Prompts pass a prompt
filter before generation, and every generated image is checked by an image
moderation model before it is written to object storage. Approved images are
served to customers through a third-party CDN. Everything except the CDN runs in
the agency's cloud account, with a separate training environment for the
fine-tuning jobs. Controls in this design: login and per-user quotas on the web
app, upload type/size checks, the prompt filter, the moderation step, TLS on
every external connection, encrypted buckets and versioned model adapters.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brand image generator",
    profile=tg.RiskProfile.HIGH,
    description="Public web app generating ad images from per-brand fine-tuned diffusion models.",
)

# ---------------------------------------------------------------- data assets
prompt = tg.Data(
    "Image prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Campaign ideas typed by the customer, often about unreleased products.",
)
filter_verdict = tg.Data("Prompt filter verdict", kind="model-output")
raw_image = tg.Data("Raw generated image", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
moderation_verdict = tg.Data("Moderation verdict", kind="model-output")
approved_image = tg.Data(
    "Approved ad image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pre-launch campaign creative until the brand publishes it.",
)
image_link = tg.Data("Image link", kind="records", description="CDN URL of an approved image.")
brand_assets = tg.Data(
    "Brand assets",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Logos, product photos and style guides uploaded by brand staff.",
)
base_weights = tg.Data(
    "Base diffusion weights", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
brand_adapter = tg.Data(
    "Brand adapter weights",
    format="safetensors",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-brand LoRA adapter produced by fine-tuning.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Marketers at client brands who generate images; self-service sign-up per brand.
    customer = tm.add(tg.Actor("Brand marketer", role="customer"))
    # Brand employees allowed to upload the assets their brand's model is tuned on.
    brand_staff = tm.add(tg.Actor("Brand asset manager", role="brand staff"))
    # Public model hub the base diffusion checkpoint is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("CDN provider", trust=tg.Trust.PARTNER):
    # Third-party CDN that caches and serves approved images from the bucket.
    cdn = tm.add(
        tg.ExternalService(
            "Image CDN",
            description="Pulls from the image bucket; images are reachable by unguessable URL.",
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # The public web app and API: login, prompt entry, asset upload, gallery.
    web_app = tm.add(
        tg.Endpoint(
            "Web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="email and password, SSO for larger brands"),
                c.RateLimiting(requests_per_minute=20, note="per-user generation quota"),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Orchestrates one generation: filter, generate, moderate, store.
    generator = tm.add(
        tg.Service(
            "Generation service",
            description="Picks the brand's adapter from the caller's account and runs the pipeline.",
            controls={c.OutputFiltering(note="images failing moderation are discarded")},
        )
    )
    # Screens prompts for disallowed content (blocklist plus a text classifier).
    prompt_filter = tm.add(
        tg.Service(
            "Prompt filter",
            controls={c.Guardrails(note="blocklist and text classifier for unsafe prompts")},
        )
    )
    # Stores approved images; the CDN's origin.
    image_bucket = tm.add(
        tg.DataStore(
            "Image bucket",
            stores={approved_image},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("GPU inference cluster", trust=tg.Trust.INTERNAL):
        # Base diffusion model with the brand's adapter loaded per request.
        diffusion = tm.add(
            tg.Model(
                "Diffusion model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Shared GPU workers; adapters are swapped in per brand.",
            )
        )
        # Image safety classifier run on every generated image.
        moderation = tm.add(
            tg.Model(
                "Image moderation model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )

    with tm.boundary("Training environment", trust=tg.Trust.INTERNAL):
        # Uploaded brand assets, one prefix per brand.
        asset_store = tm.add(
            tg.Dataset(
                "Brand asset store",
                stores={brand_assets},
                purpose="fine-tuning",
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Fine-tunes a brand adapter when a brand's asset set changes.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Brand fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Holds the base checkpoint and every brand's adapter versions.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={base_weights, brand_adapter},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Generation
tm.flow(customer, web_app, prompt, protocol="https")
tm.flow(web_app, generator, prompt)
tm.flow(generator, prompt_filter, prompt)
tm.flow(prompt_filter, generator, filter_verdict)
tm.flow(generator, diffusion, prompt)
tm.flow(diffusion, generator, raw_image)
tm.flow(generator, moderation, raw_image)
tm.flow(moderation, generator, moderation_verdict)
tm.flow(generator, image_bucket, approved_image)
tm.flow(generator, web_app, image_link)
tm.flow(web_app, customer, image_link, protocol="https")
tm.flow(image_bucket, cdn, approved_image, protocol="https", label="origin pull")
tm.flow(cdn, customer, approved_image, protocol="https")

# Brand assets and fine-tuning
tm.flow(brand_staff, web_app, brand_assets, protocol="https", label="asset upload")
tm.flow(web_app, asset_store, brand_assets)
tm.flow(model_hub, registry, base_weights, protocol="https", label="base checkpoint download")
tm.flow(asset_store, fine_tuning, brand_assets)
tm.flow(registry, fine_tuning, base_weights)
tm.flow(fine_tuning, registry, brand_adapter)
tm.flow(registry, diffusion, base_weights, brand_adapter, label="load base and adapter")
