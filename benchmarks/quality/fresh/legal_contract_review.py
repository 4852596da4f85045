"""Legal contract review assistant: the first design, before any security review.

Lawyers at the firm sign in through the firm's SSO (OIDC with MFA) and upload
client contracts to the assistant's web app. An indexing pipeline stores the
original files, splits them into clauses, embeds them with an open-weights
embedding model and writes them to a vector-store collection for the client
matter the lawyer selected. Lawyers then ask questions about a matter or ask for
clause redlines; the orchestrator retrieves clauses from that matter's collection
and prompts a contract LLM that we serve ourselves. The LLM is an open-weights
base model downloaded from a public model hub and fine-tuned in-house on past
contracts annotated by our lawyers, which are exported from the document
management system. Weights are kept as safetensors in a versioned registry.
Everything runs in the firm's private cloud tenancy; redlines are drafts that
the lawyer accepts or rejects, and access to the app is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal contract review assistant",
    profile=tg.RiskProfile.HIGH,
    description="Q&A and clause redlining over client contracts, per client matter.",
)

# ---------------------------------------------------------------- data assets
contracts = tg.Data(
    "Client contracts",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Privileged client documents; they name people and contain deal terms.",
)
chunks = tg.Data(
    "Clause chunks and embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clause text with its vector and the matter id.",
)
clause_text = tg.Data(
    "Clause text to embed", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
query_vector = tg.Data(
    "Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
question = tg.Data(
    "Lawyer question or redline request", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
retrieved = tg.Data(
    "Retrieved clauses", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Prompt with clauses",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the lawyer's request and the retrieved clauses.",
)
answer = tg.Data(
    "Answer or redline draft", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
id_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
annotated = tg.Data(
    "Annotated past contracts",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Contracts from closed matters with lawyers' clause labels and redlines.",
)
base_weights = tg.Data(
    "Base model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
tuned_weights = tg.Data(
    "Fine-tuned model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the base model comes from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The firm's existing cloud SSO tenant; every lawyer already has an account.
    sso = tm.add(tg.ExternalService("Firm SSO", provides="identity-provider"))

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Fee earners who use the assistant on their matters.
    lawyer = tm.add(tg.Actor("Lawyer", role="lawyer"))
    # Runs fine-tuning and deploys new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # The firm's document management system: the source of past annotated contracts.
    dms = tm.add(
        tg.DataSource("Document management system", origin=tg.Origin.INTERNAL, provides={annotated})
    )

with tm.boundary("Private cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web app lawyers use: upload, chat and redline editor.
    web_app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via firm SSO, with MFA"),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(approver="the lawyer, who accepts or rejects each redline"),
            },
        )
    )
    # Retrieval and prompt assembly for questions and redlines.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Queries the selected matter's collection and prompts the LLM.",
        )
    )
    # Chunks and embeds uploaded contracts into the matter's collection.
    indexer = tm.add(tg.Pipeline("Indexing pipeline", stage=tg.Stage.INGESTION))
    # Original uploaded files, kept for the life of the matter.
    doc_store = tm.add(
        tg.DataStore(
            "Contract store",
            stores={contracts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # One collection per client matter, chosen by the matter id in the request.
    vectors = tm.add(tg.VectorStore("Matter vector store", stores={chunks}))
    # Embeds clauses at indexing time and questions at query time.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # The fine-tuned model that answers and drafts redlines, served on our GPUs.
    llm = tm.add(
        tg.LLM(
            "Contract LLM",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights base model, fine-tuned in-house with LoRA, merged.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # The fine-tuning set exported from closed matters.
        ft_set = tm.add(
            tg.Dataset("Annotated contract set", stores={annotated}, purpose="fine-tuning")
        )
        # Fine-tunes the base model on the annotated set.
        finetune = tm.add(tg.Pipeline("Fine-tuning job", stage=tg.Stage.FINE_TUNING))
        # Versioned weights that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={tuned_weights, base_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(lawyer, sso, id_token, protocol="https", label="sign in")
tm.flow(sso, web_app, id_token, protocol="https", label="OIDC callback")

tm.flow(lawyer, web_app, contracts, protocol="https", label="upload")
tm.flow(web_app, indexer, contracts)
tm.flow(indexer, doc_store, contracts)
tm.flow(indexer, embedder, clause_text)
tm.flow(embedder, indexer, chunks)
tm.flow(indexer, vectors, chunks)

tm.flow(lawyer, web_app, question, protocol="https", label="ask or request redline")
tm.flow(web_app, orchestrator, question)
tm.flow(orchestrator, embedder, question)
tm.flow(embedder, orchestrator, query_vector)
tm.flow(orchestrator, vectors, query_vector, label="similarity query in matter collection")
tm.flow(vectors, orchestrator, retrieved)
tm.flow(orchestrator, llm, prompt)
tm.flow(llm, orchestrator, answer)
tm.flow(orchestrator, web_app, answer)
tm.flow(web_app, lawyer, answer, protocol="https")

tm.flow(dms, ft_set, annotated, label="export of closed matters")
tm.flow(hub, registry, base_weights, protocol="https", label="download base model")
tm.flow(ft_set, finetune, annotated)
tm.flow(registry, finetune, base_weights)
tm.flow(finetune, registry, tuned_weights)
tm.flow(ml_engineer, finetune, label="launches runs and promotes versions")
tm.flow(registry, llm, tuned_weights, label="deploy")
