"""Research literature assistant: the first design, before any security review.

An internal assistant for the company's scientists. It answers research questions,
with citations, over two corpora: published papers and preprints, pulled weekly
from public literature databases and preprint servers, and internal lab reports
and clinical trial summaries, synced from the R&D document management system.
Scientists use a web app on the corporate network and sign in with single
sign-on through the corporate identity provider. A RAG orchestrator embeds the
question, retrieves passages from a vector index and prompts an open-weights LLM
that we serve on GPU instances in our own cloud tenancy; weights come from a
public model hub. The index carries each internal document's project ACL, copied
from the document system, and retrieval filters on the caller's projects. Stores
are encrypted at rest with the tenancy's KMS keys; external traffic uses HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Research literature assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Internal RAG assistant over public literature and internal lab reports and "
        "trial summaries, for R&D scientists."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Scientist question", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
answer = tg.Data(
    "Answer with citations", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
sso_token = tg.Data("SSO ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
sign_in = tg.Data("Sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
papers = tg.Data(
    "Published papers",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Abstracts and open-access full texts from literature databases.",
)
preprints = tg.Data(
    "Preprints",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Not peer reviewed; anyone can post one.",
)
lab_reports = tg.Data(
    "Internal lab reports",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
trial_summaries = tg.Data(
    "Clinical trial summaries",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unpublished study results, aggregated; no patient-level data.",
)
project_acls = tg.Data(
    "Project permissions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
chunks = tg.Data(
    "Document chunks and embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="embeddings",
    description="Public and internal passages, each tagged with its source and project ACL.",
)
context = tg.Data(
    "Retrieved passages", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
query_vector = tg.Data(
    "Query embedding", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
prompt = tg.Data(
    "Prompt with retrieved passages",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, the question and the top-k passages with their references.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
history = tg.Data(
    "Conversation history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="logs",
    description="Questions, answers and cited sources per user, kept for follow-ups and support.",
)
weights = tg.Data("Open model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the public corpus comes from: PubMed-style bibliographic databases.
    literature_dbs = tm.add(
        tg.DataSource(
            "Literature databases",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={papers},
            description="Public bibliographic databases and open-access repositories.",
        )
    )
    # Preprints are where the newest results appear first.
    preprint_servers = tm.add(
        tg.DataSource("Preprint servers", origin=tg.Origin.PUBLIC_WEB, provides={preprints})
    )
    # Source of the open-weights LLM and embedding model we serve ourselves.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The corporate SSO tenant every internal app already uses.
    idp = tm.add(tg.ExternalService("Corporate SSO", provides="identity-provider"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The users: bench and clinical scientists, each on some projects.
    scientist = tm.add(tg.Actor("Scientist", role="R&D scientist"))

with tm.boundary("R&D systems", trust=tg.Trust.INTERNAL):
    # The existing system of record for lab reports and trial summaries.
    dms = tm.add(
        tg.DataStore(
            "R&D document management system",
            stores={lab_reports, trial_summaries, project_acls},
            controls={c.RBAC(note="project-based permissions"), c.EncryptionAtRest()},
        )
    )

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # What scientists open in the browser; it only accepts SSO sessions.
    web_app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC SSO")},
        )
    )
    # Embeds the question, retrieves passages for the caller's projects, prompts the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Passes the caller's project list to the retrieval query.",
        )
    )
    # One index for both corpora; internal chunks carry the document's project ACL.
    index = tm.add(
        tg.VectorStore(
            "Literature vector index",
            stores={chunks},
            controls={
                c.PermissionAwareRetrieval(note="filter on project ACLs copied from the DMS"),
                c.EncryptionAtRest(key_management="KMS"),
            },
        )
    )
    # Kept so scientists can return to earlier threads.
    history_store = tm.add(
        tg.DataStore(
            "Conversation history store",
            stores={history},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Weekly job: downloads new papers and preprints, chunks and embeds them.
    literature_ingest = tm.add(
        tg.Pipeline(
            "Weekly literature ingestion",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Parses PDFs and XML with open-source parsers installed at build time.",
        )
    )
    # Nightly sync of internal documents and their project permissions.
    doc_sync = tm.add(tg.Pipeline("Internal document sync", stage=tg.Stage.INGESTION))
    # Bucket holding the model weights that the serving instances load.
    model_bucket = tm.add(
        tg.ModelRegistry(
            "Model artifact bucket",
            stores={weights},
            controls={c.ModelVersioning(note="weights pinned to a hub revision")},
        )
    )

    with tm.boundary("GPU serving subnet", trust=tg.Trust.RESTRICTED):
        # The generator, on our own GPUs so internal documents never leave the tenancy.
        llm = tm.add(
            tg.LLM(
                "Research LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights instruction model served with vLLM.",
            )
        )
        # Embeds queries and document chunks for the index.
        embedder = tm.add(
            tg.Model(
                "Embedding model",
                task=tg.Task.EMBEDDING,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )

# ---------------------------------------------------------------- flows
# Sign-in and use
tm.flow(scientist, idp, sign_in, protocol="https", label="SSO sign-in")
tm.flow(idp, scientist, sso_token, protocol="https")
tm.flow(scientist, web_app, question, sso_token, protocol="https")
tm.flow(web_app, scientist, answer, protocol="https")
tm.flow(web_app, orchestrator, question, protocol="https")
tm.flow(orchestrator, web_app, answer, protocol="https")

# Retrieval and generation
tm.flow(orchestrator, embedder, question, protocol="http", label="embed query")
tm.flow(embedder, orchestrator, query_vector, protocol="http")
tm.flow(orchestrator, index, query_vector, label="similarity search with project filter")
tm.flow(index, orchestrator, context)
tm.flow(orchestrator, llm, prompt, protocol="http")
tm.flow(llm, orchestrator, completion, protocol="http")
tm.flow(orchestrator, history_store, history)
tm.flow(history_store, orchestrator, history, label="earlier turns")

# Public literature, weekly
tm.flow(literature_dbs, literature_ingest, papers, protocol="https", label="weekly pull")
tm.flow(preprint_servers, literature_ingest, preprints, protocol="https", label="weekly pull")
tm.flow(literature_ingest, embedder, papers, preprints, protocol="http", label="embed chunks")
tm.flow(embedder, literature_ingest, chunks, protocol="http")
tm.flow(literature_ingest, index, chunks)

# Internal documents, nightly
tm.flow(dms, doc_sync, lab_reports, trial_summaries, project_acls, protocol="https")
tm.flow(doc_sync, embedder, lab_reports, trial_summaries, protocol="http", label="embed chunks")
tm.flow(embedder, doc_sync, chunks, protocol="http")
tm.flow(doc_sync, index, chunks, project_acls)

# Model weights
tm.flow(model_hub, model_bucket, weights, protocol="https", label="download pinned revision")
tm.flow(model_bucket, llm, weights, label="load at start-up")
tm.flow(model_bucket, embedder, weights, label="load at start-up")
