"""Creator thumbnail generator: the first design, before any security review.

In Creator Studio, a signed-in creator types a prompt and picks frames from one of
their own uploaded videos; the studio API (per-creator quota) hands the request to
a generation orchestrator, which pulls the frames from the video store and calls an
open-weights image-generation model that we host on our GPU inference cluster.
Every candidate image goes through our in-house safety classifier; only those that
pass are shown to the creator and stored with the video as thumbnails or channel art.
Published thumbnails are served to viewers, whose impressions and clicks land in the
analytics warehouse. Each week a curation job picks the best-performing thumbnails
and their prompts into a fine-tuning set, a fine-tuning job trains a new version of
the model from base weights pulled from a public model hub, and an ML engineer
approves the version in the model registry before it is served. Videos are encrypted
at rest with role-based access; the registry versions every model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Creator thumbnail generator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Prompt-and-frame thumbnail generation for creators, safety-checked, "
    "with the model fine-tuned on high-performing thumbnails.",
)

# ---------------------------------------------------------------- data assets
gen_request = tg.Data(
    "Thumbnail request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The creator's text prompt, the video id and the chosen frame timestamps.",
)
source_video = tg.Data(
    "Uploaded video",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Often unpublished or private until the creator releases it.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
frames = tg.Data("Video frames", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
gen_input = tg.Data(
    "Generation input",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prompt template, the creator's prompt and the reference frames.",
)
candidates = tg.Data(
    "Candidate images", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
verdict = tg.Data("Safety verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
thumbnail = tg.Data(
    "Approved thumbnail",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Public once the video or channel art is published.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
engagement = tg.Data(
    "Viewer engagement events",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Impressions and clicks per thumbnail, keyed by viewer and device ids.",
)
ctr_stats = tg.Data(
    "Thumbnail performance stats", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL
)
tuning_examples = tg.Data(
    "Fine-tuning examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Top-performing thumbnails with their prompts and source frames.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Base model weights", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
tuned_weights = tg.Data(
    "Fine-tuned model weights", format="safetensors", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
promotion = tg.Data("Promotion approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any account holder who has uploaded a video can ask for thumbnails.
    creator = tm.add(tg.Actor("Creator", role="channel owner"))
    # Viewers see published thumbnails; their clicks drive the fine-tuning selection.
    viewer = tm.add(tg.Actor("Viewer", role="viewer"))
    # Where the open-weights base model was downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Platform edge", trust=tg.Trust.INTERNAL):
    # Creator Studio's thumbnail API behind the platform's login.
    studio_api = tm.add(
        tg.Endpoint(
            "Creator Studio thumbnail API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="platform OAuth session"),
                c.RateLimiting(requests_per_minute=10, note="per creator"),
            },
        )
    )
    # Watch pages and CDN that serve published thumbnails and log impressions and clicks.
    delivery = tm.add(tg.Service("Watch page and CDN"))

with tm.boundary("Media platform", trust=tg.Trust.INTERNAL):
    # Extracts frames, builds the generation input, gates results on the classifier.
    orchestrator = tm.add(
        tg.Service(
            "Generation orchestrator",
            controls={c.OutputFiltering(note="drops images the safety classifier rejects")},
        )
    )
    # The platform's store of uploaded videos.
    video_store = tm.add(
        tg.DataStore(
            "Video store",
            stores={source_video},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Thumbnails and channel art, stored alongside the video metadata.
    thumb_store = tm.add(tg.DataStore("Thumbnail store", stores={thumbnail}))

    with tm.boundary("GPU inference cluster", trust=tg.Trust.INTERNAL):
        # The diffusion model that turns prompt and frames into candidate images.
        image_model = tm.add(
            tg.Model(
                "Image generation model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )
        # Flags nudity, violence, gore and misleading imagery in generated images.
        safety = tm.add(
            tg.Model("Thumbnail safety classifier", task=tg.Task.CLASSIFIER, returns_scores=True)
        )

with tm.boundary("Data and ML platform", trust=tg.Trust.INTERNAL):
    # Impressions, clicks and click-through rate per thumbnail.
    warehouse = tm.add(
        tg.DataStore("Engagement analytics warehouse", stores={engagement, ctr_stats})
    )
    # Weekly job that selects the top thumbnails by click-through rate.
    curation = tm.add(tg.Pipeline("Top-thumbnail curation job", stage=tg.Stage.PREPROCESSING))
    # The accumulated fine-tuning examples.
    tuning_set = tm.add(tg.Dataset("Fine-tuning dataset", stores={tuning_examples}))
    # Fine-tunes the base model on the curated examples.
    finetune = tm.add(
        tg.Pipeline("Fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Holds base and fine-tuned versions; serving pulls the approved one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={base_weights, tuned_weights},
            controls={
                c.ModelVersioning(),
                c.HumanInTheLoop(approver="ML engineer after reviewing sample outputs"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Looks at sample generations and promotes a new model version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(creator, studio_api, gen_request, protocol="https")
tm.flow(studio_api, orchestrator, gen_request)
tm.flow(video_store, orchestrator, frames, label="frames at chosen timestamps")
tm.flow(orchestrator, image_model, gen_input, protocol="grpc")
tm.flow(image_model, orchestrator, candidates, protocol="grpc")
tm.flow(orchestrator, safety, candidates, protocol="grpc")
tm.flow(safety, orchestrator, verdict, protocol="grpc")
tm.flow(orchestrator, studio_api, candidates, label="images that passed")
tm.flow(studio_api, creator, candidates, protocol="https")
tm.flow(creator, studio_api, thumbnail, protocol="https", label="picks and saves")
tm.flow(studio_api, thumb_store, thumbnail)

tm.flow(thumb_store, delivery, thumbnail)
tm.flow(delivery, viewer, thumbnail, protocol="https")
tm.flow(viewer, delivery, engagement, protocol="https", label="impressions and clicks")
tm.flow(delivery, warehouse, engagement)

tm.flow(warehouse, curation, ctr_stats)
tm.flow(thumb_store, curation, thumbnail)
tm.flow(curation, tuning_set, tuning_examples)
tm.flow(tuning_set, finetune, tuning_examples)
tm.flow(hub, registry, base_weights, protocol="https", label="one-time import")
tm.flow(registry, finetune, base_weights)
tm.flow(finetune, registry, tuned_weights)
tm.flow(ml_engineer, registry, promotion, label="promotes version")
tm.flow(registry, image_model, tuned_weights, label="deploy")
