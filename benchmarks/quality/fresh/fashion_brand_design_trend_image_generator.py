"""Design trend image generator: the first design, before any security review.

The brand's design team uses an internal web studio to turn written prompts and
trend boards (mood images uploaded by designers, plus runway and street-style
imagery from a licensed trend-forecasting vendor) into concept sketches. A
generation service sends each prompt and its reference images to an image
diffusion model that runs on our own GPU cluster. The model is an open-weights
base model, downloaded from a public model hub, fine-tuned by the ML team on
the brand's design archive (decades of sketches, lookbooks and unreleased
collections exported from the digital asset management system). Generated
concepts are kept in a gallery, and the ones a designer picks are exported to
the product lifecycle management (PLM) system. Designers sign in through the
corporate SSO with MFA; the archive and the gallery are encrypted at rest, and
fine-tuned weights are versioned in a registry as safetensors files.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Design trend image generator",
    profile=tg.RiskProfile.LOW,
    description="Internal tool generating concept sketches from prompts and trend boards "
    "with an image model fine-tuned on the brand's archive.",
)

# ---------------------------------------------------------------- data assets
prompt = tg.Data(
    "Design prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Designer's description of the look, often naming next season's direction.",
)
board_images = tg.Data(
    "Trend board images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Mood images designers upload, including photos saved from social media.",
)
trend_reports = tg.Data(
    "Licensed trend imagery and reports",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Runway and street-style photos and colour forecasts under a vendor licence.",
)
generation_request = tg.Data(
    "Generation request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prompt, reference images and sampler settings sent to the model.",
)
concepts = tg.Data(
    "Concept sketches",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Generated images of unreleased designs.",
)
selected_concepts = tg.Data(
    "Selected concepts",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
archive_images = tg.Data(
    "Brand archive images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Historic sketches, lookbooks and unreleased collection photography.",
)
captions = tg.Data(
    "Archive captions",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Style, season and garment tags the ML team writes for each archive image.",
)
finetune_set = tg.Data(
    "Fine-tuning image set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Base diffusion weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
tuned_weights = tg.Data(
    "Fine-tuned model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
training_config = tg.Data("Fine-tuning job configuration", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the open-weights base model is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Trend vendor", trust=tg.Trust.PARTNER):
    # Subscription trend-forecasting service; its imagery seeds the trend boards.
    trend_feed = tm.add(
        tg.DataSource(
            "Trend forecasting feed",
            origin=tg.Origin.VENDOR,
            provides={trend_reports},
            description="Weekly drop of runway imagery and trend reports via the vendor's API.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people the tool is for.
    designer = tm.add(tg.Actor("Designer", role="design team"))
    # Curates the archive set and runs fine-tuning jobs.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # System of record for styles; only chosen concepts go there.
    plm = tm.add(
        tg.DataStore(
            "PLM system",
            stores={selected_concepts},
            description="Product lifecycle management, where collections are developed.",
            controls={c.RBAC()},
        )
    )
    # Digital asset management holding the brand archive the model learns the house style from.
    dam = tm.add(
        tg.DataStore(
            "Brand archive DAM",
            stores={archive_images},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Design cloud VPC", trust=tg.Trust.INTERNAL):
    # Web front end designers use to write prompts, upload boards and browse results.
    studio = tm.add(
        tg.Endpoint(
            "Concept studio web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.InputValidation(note="upload type and size checks on board images"),
            },
        )
    )
    # Builds the generation request from the prompt and the board, calls the model.
    generator = tm.add(
        tg.Service(
            "Generation service",
            description="Resizes reference images, assembles the request, stores results.",
        )
    )
    # Shared trend boards: designer uploads and the vendor's imagery.
    board_store = tm.add(tg.DataStore("Trend board store", stores={board_images, trend_reports}))
    # Every generated sketch with the prompt that produced it.
    gallery = tm.add(
        tg.DataStore(
            "Concept gallery",
            stores={concepts, prompt},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("GPU ML platform", trust=tg.Trust.RESTRICTED):
        # The fine-tuned diffusion model that draws the concepts.
        image_model = tm.add(
            tg.Model(
                "Concept image model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights text-to-image diffusion model with brand fine-tuning.",
            )
        )
        # Curated archive images and captions the model is fine-tuned on.
        finetune_dataset = tm.add(
            tg.Dataset(
                "Archive fine-tuning set",
                stores={finetune_set, captions},
                purpose="fine-tuning",
            )
        )
        # Fine-tunes the base model on the archive set, using open-source training libraries.
        finetune = tm.add(
            tg.Pipeline(
                "Fine-tuning pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Versioned fine-tuned weights the serving cluster loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={tuned_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Designing
tm.flow(designer, studio, prompt, board_images, protocol="https")
tm.flow(studio, designer, concepts, protocol="https")
tm.flow(studio, generator, prompt, board_images)
tm.flow(generator, studio, concepts)
tm.flow(generator, board_store, board_images, label="save board")
tm.flow(board_store, generator, board_images, trend_reports, label="reference images")
tm.flow(trend_feed, board_store, trend_reports, protocol="https", label="weekly sync")
tm.flow(generator, image_model, generation_request)
tm.flow(image_model, generator, concepts)
tm.flow(generator, gallery, concepts, prompt)
tm.flow(gallery, generator, concepts, prompt, label="history")
tm.flow(studio, plm, selected_concepts, protocol="https", label="export selected concept")

# Fine-tuning
tm.flow(dam, finetune_dataset, archive_images, label="curated export")
tm.flow(ml_engineer, finetune_dataset, captions, protocol="https")
tm.flow(ml_engineer, finetune, training_config, protocol="https", label="launch job")
tm.flow(model_hub, finetune, base_weights, protocol="https")
tm.flow(finetune_dataset, finetune, finetune_set, captions)
tm.flow(finetune, registry, tuned_weights)
tm.flow(registry, image_model, tuned_weights, label="deploy")
