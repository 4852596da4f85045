"""Per-client machine translation fine-tuning: the first design, before any security review.

A translation agency in the EU fine-tunes one machine translation model per enterprise
client. Client localisation managers upload translation memories (TMX), termbases and the
source documents to translate (often confidential contracts) through a client portal on the
internet. A preprocessing job cleans and deduplicates each client's memories and glossary
into a fine-tuning corpus; a fine-tuning job starts from an open-weights base model pulled
from a public model hub and writes the client's model to a registry. An ML engineer
promotes a version, which the MT endpoint then serves to the agency's web CAT tool. Freelance
translators post-edit the machine output in the CAT tool from home; their confirmed
segments are written back to the client's translation memory and so feed the next
fine-tune. Controls in this design: TLS on every internet connection, sign-in on the portal
and the CAT tool, project-based roles in the CAT tool, encryption at rest of client
documents and memories, and versioned models in the registry.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Translation memory client fine-tune pipeline",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Per-client MT models fine-tuned from client translation memories and translator "
        "post-edits, served to a web CAT tool."
    ),
)

# ---------------------------------------------------------------- data assets
source_docs = tg.Data(
    "Client source documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Contracts and other client documents; name parties, signatories and staff.",
)
translated_docs = tg.Data(
    "Translated documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tmx = tg.Data(
    "Client translation memories",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="TMX exports of past bilingual segments, including contract clauses.",
)
glossary = tg.Data(
    "Client glossaries", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
post_edits = tg.Data(
    "Post-edited segments",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Source segment, MT output and the translator's confirmed edit, with translator id.",
)
corpus = tg.Data(
    "Per-client fine-tuning corpus",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
base_model = tg.Data(
    "Base MT model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
client_model = tg.Data(
    "Client MT model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="safetensors",
    description="Fine-tuned weights; can reproduce phrasing memorised from client memories.",
)
promotion = tg.Data("Model promotion request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
source_segments = tg.Data("Source segments", kind="prompt", sensitivity=tg.Sensitivity.PII)
mt_suggestions = tg.Data("MT suggestions", kind="model-output", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The enterprise client's staff who hand over memories and documents.
    client_manager = tm.add(tg.Actor("Client localisation manager", role="client"))
    # Freelancers working from their own machines; the agency's largest workforce.
    translator = tm.add(tg.Actor("Freelance translator", role="post-editor"))
    # Where the open-weights base translation model comes from.
    hub = tm.add(
        tg.ExternalService(
            "Public model hub",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Hosts the multilingual base model the fine-tunes start from.",
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # The only way clients hand over data and receive deliveries.
    portal = tm.add(
        tg.Service(
            "Client portal",
            internet_facing=True,
            description="Upload of TMX, termbases and documents; download of translations.",
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Where translators work: segments, TM matches and MT suggestions side by side.
    cat_tool = tm.add(
        tg.Service(
            "Web CAT tool",
            internet_facing=True,
            description="Browser-based computer-assisted translation editor per project.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="translators see only the projects they are assigned to"),
            },
        )
    )
    # Serves each client's promoted model to the CAT tool.
    mt_endpoint = tm.add(
        tg.Endpoint(
            "MT inference endpoint",
            purpose=tg.EndpointPurpose.INFERENCE,
            description="Picks the client's model by project and returns translations.",
        )
    )
    # The per-client translation model at inference time.
    mt_model = tm.add(
        tg.Model(
            "Client MT model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Encoder-decoder translation model fine-tuned per client.",
        )
    )

    with tm.boundary("Client data tier", trust=tg.Trust.RESTRICTED):
        # Keeps the client's documents until the project is delivered and archived.
        doc_store = tm.add(
            tg.DataStore(
                "Client document store",
                stores={source_docs, translated_docs},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # One memory and glossary per client: the training source and the CAT tool's TM.
        tm_store = tm.add(
            tg.DataStore(
                "Translation memory store",
                stores={tmx, glossary, post_edits},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ML training environment", trust=tg.Trust.INTERNAL):
    # Cleans, aligns and deduplicates memories and post-edits into a corpus.
    prep = tm.add(
        tg.Pipeline(
            "TM preprocessing job",
            stage=tg.Stage.PREPROCESSING,
            description="Filters misaligned segments, applies glossary terms, splits train/dev.",
        )
    )
    # The corpus each client's fine-tune reads.
    dataset = tm.add(tg.Dataset("Fine-tuning corpus", stores={corpus}, purpose="fine-tuning"))
    # GPU job that fine-tunes the base model for one client.
    finetune = tm.add(
        tg.Pipeline(
            "Client fine-tuning job",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            description="Installs the training stack from PyPI in the job image at start-up.",
        )
    )
    # Holds every client's model versions; serving loads from here.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={client_model},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs fine-tunes and promotes versions after checking BLEU/COMET on the dev split.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# client hand-over and delivery
tm.flow(client_manager, portal, tmx, glossary, source_docs, protocol="https", controls={tls})
tm.flow(portal, client_manager, translated_docs, protocol="https", controls={tls})
tm.flow(portal, tm_store, tmx, glossary)
tm.flow(portal, doc_store, source_docs)
tm.flow(doc_store, portal, translated_docs)

# translation work in the CAT tool
tm.flow(doc_store, cat_tool, source_docs, label="segmented for the project")
tm.flow(cat_tool, doc_store, translated_docs, label="exported on delivery")
tm.flow(tm_store, cat_tool, tmx, glossary, label="TM matches and terms")
tm.flow(cat_tool, mt_endpoint, source_segments, protocol="https")
tm.flow(mt_endpoint, mt_model, source_segments)
tm.flow(mt_model, mt_endpoint, mt_suggestions)
tm.flow(mt_endpoint, cat_tool, mt_suggestions, protocol="https")
tm.flow(cat_tool, translator, source_segments, mt_suggestions, protocol="https", controls={tls})
tm.flow(translator, cat_tool, post_edits, protocol="https", controls={tls})
tm.flow(cat_tool, tm_store, post_edits, label="confirmed segments")

# fine-tuning loop
tm.flow(tm_store, prep, tmx, glossary, post_edits)
tm.flow(prep, dataset, corpus)
tm.flow(dataset, finetune, corpus)
tm.flow(hub, finetune, base_model, protocol="https", controls={tls})
tm.flow(finetune, registry, client_model)
tm.flow(ml_engineer, registry, promotion, label="promotes a version")
tm.flow(registry, mt_model, client_model, label="deploy")
