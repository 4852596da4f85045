"""Visual search: an online fashion retailer's first design, before any security review.

Shoppers on our web shop and app take or upload a photo of an outfit and get back
similar products from our catalogue. The public visual-search API hands the photo to
a search service, which resizes it, gets an embedding from our fine-tuned image
embedding model and looks up the nearest product embeddings in a vector index, then
fills in names, prices and stock from the product catalogue. Query photos are kept
in a bucket for 30 days so the team can review bad results; search and click events
go to an event log. The embedding model is an open-weights image model pulled from
a public model hub and fine-tuned on our product photos and click pairs; checkpoints
go to a model registry, from which serving and the nightly catalogue indexing job
load them. The API is rate-limited and checks image type and size; shoppers need no
account. Shoppers are in the EU, and their photos often show them, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Visual search",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Photo-based product search over a vector index of catalogue embeddings.",
)

# ---------------------------------------------------------------- data assets
query_photo = tg.Data(
    "Shopper query photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="JPEG, PNG or WebP from the shopper's camera or gallery; often a selfie.",
)
query_image = tg.Data(
    "Resized query image",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="224x224 normalised tensor sent to the embedding model.",
)
query_embedding = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
matches = tg.Data(
    "Nearest product matches",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top-50 product ids with cosine distances.",
)
results = tg.Data("Similar products", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
catalogue = tg.Data(
    "Product catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
product_photos = tg.Data("Product photos", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
product_embeddings = tg.Data(
    "Product embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
search_events = tg.Data(
    "Search and click events",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Session id, customer id when signed in, results shown and products clicked.",
)
training_pairs = tg.Data(
    "Click training pairs",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Query photo id paired with the product clicked, and product photo pairs.",
)
base_weights = tg.Data(
    "Base model weights", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
checkpoint = tg.Data(
    "Fine-tuned checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="torch.save checkpoint of the fine-tuned embedding model.",
)
training_config = tg.Data(
    "Training run config", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous or signed-in shoppers using the web shop or the app.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))
    # Where the base image model comes from.
    model_hub = tm.add(
        tg.ExternalService(
            "Public model hub",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Hugging Face; we pull an open-weights CLIP-style image encoder.",
        )
    )

with tm.boundary("Shop cloud", trust=tg.Trust.INTERNAL):
    # The public entry point behind the shop's CDN and load balancer.
    api = tm.add(
        tg.Endpoint(
            "Visual search API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per client IP, at the load balancer"),
                c.InputValidation(
                    note="JPEG, PNG or WebP only, up to 8 MB, decoded dimensions checked"
                ),
            },
        )
    )
    # Orchestrates one search: resize, embed, nearest-neighbour lookup, enrich.
    search = tm.add(
        tg.Service(
            "Search service",
            description="Resizes the photo, calls the model, queries the index, joins catalogue data.",
        )
    )
    # The fine-tuned embedding model, served on a GPU node pool.
    embedder = tm.add(
        tg.Model(
            "Image embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="CLIP-style image encoder fine-tuned on our catalogue; 512-d vectors.",
        )
    )
    # Product embeddings for approximate nearest-neighbour search.
    index = tm.add(tg.VectorStore("Product vector index", stores={product_embeddings}))
    # Names, prices, sizes and stock of every product.
    catalogue_db = tm.add(
        tg.DataStore("Product catalogue", stores={catalogue}, controls={c.RBAC()})
    )
    # Product photography, also served to the shop through the CDN.
    photo_store = tm.add(tg.DataStore("Product photo store", stores={product_photos}))
    # Query photos kept for 30 days to review bad results.
    query_bucket = tm.add(
        tg.DataStore(
            "Query photo bucket",
            stores={query_photo},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS default keys"),
                c.RetentionLimits(days=30, note="bucket lifecycle rule"),
            },
        )
    )
    # Search and click events for analytics and for training pairs.
    event_log = tm.add(
        tg.DataStore(
            "Search event log",
            stores={search_events},
            controls={c.EncryptionAtRest(key_management="cloud KMS default keys")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Re-embeds the whole catalogue every night and rebuilds the index.
        indexing_job = tm.add(
            tg.Pipeline(
                "Nightly catalogue indexing job",
                stage=tg.Stage.PREPROCESSING,
                description="Embeds every product photo with the current checkpoint.",
            )
        )
        # Click pairs built from the event log, the fine-tuning data.
        pair_set = tm.add(
            tg.Dataset(
                "Click pair dataset",
                stores={training_pairs},
                purpose=tg.DatasetPurpose.FINE_TUNING,
                controls={c.DataVersioning()},
            )
        )
        # Fine-tunes the base encoder on product photos and click pairs.
        finetune = tm.add(
            tg.Pipeline(
                "Embedding fine-tuning pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                description="GPU job; pip installs the training requirements at start.",
            )
        )
        # Checkpoints that serving and the indexing job load.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={checkpoint},
                controls={c.ModelVersioning(), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Starts fine-tuning runs and promotes checkpoints.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.3")

# A search
tm.flow(shopper, api, query_photo, protocol="https", controls={tls})
tm.flow(api, search, query_photo, protocol="grpc")
tm.flow(search, query_bucket, query_photo, label="kept for result review")
tm.flow(search, embedder, query_image, protocol="grpc")
tm.flow(embedder, search, query_embedding, protocol="grpc")
tm.flow(search, index, query_embedding, label="k-NN query")
tm.flow(index, search, matches)
tm.flow(catalogue_db, search, catalogue, label="product details and stock")
tm.flow(search, event_log, search_events)
tm.flow(search, api, results, protocol="grpc")
tm.flow(api, shopper, results, protocol="https", controls={tls})
tm.flow(shopper, api, search_events, protocol="https", label="click beacons")
tm.flow(api, event_log, search_events, label="click beacons")

# Nightly indexing
tm.flow(catalogue_db, indexing_job, catalogue, label="nightly export")
tm.flow(photo_store, indexing_job, product_photos)
tm.flow(registry, indexing_job, checkpoint)
tm.flow(indexing_job, index, product_embeddings, label="rebuild index")

# Fine-tuning and release
tm.flow(event_log, pair_set, training_pairs, label="weekly pair extraction")
tm.flow(query_bucket, pair_set, query_photo, label="photos for clicked queries")
tm.flow(model_hub, finetune, base_weights, protocol="https")
tm.flow(pair_set, finetune, training_pairs, query_photo)
tm.flow(photo_store, finetune, product_photos)
tm.flow(ml_engineer, finetune, training_config, protocol="https", label="starts a run")
tm.flow(finetune, registry, checkpoint)
tm.flow(ml_engineer, registry, training_config, protocol="https", label="promotes a checkpoint")
tm.flow(registry, embedder, checkpoint, label="deploy")
