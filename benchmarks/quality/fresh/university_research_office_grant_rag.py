"""Grant assistant for academics: the first design, before any security review.

The university's research office gives academic staff a web chat assistant that
answers questions about funders' rules and drafts sections of grant applications
(case for support, impact pathway, data management plan). Academics sign in with
university single sign-on (SAML, MFA enforced by central IT). A RAG orchestrator in
the office's cloud tenant embeds the question, retrieves passages from a vector
store and calls a hosted LLM under the university's enterprise agreement. The index
holds the office's guidance documents, funder call texts scraped nightly from funders'
websites, and past successful bids (with applicants' names, CVs and budgets) that
office staff upload. Conversations are kept for the office to improve the guidance.
Storage is encrypted by the cloud provider and the bid archive is limited to office
staff; every signed-in academic searches the whole index.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Research office grant assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "SSO-protected RAG chat that answers funder-rule questions and drafts grant "
        "sections from guidance, scraped funder calls and past successful bids."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Academic question",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Questions and draft requests, often with unpublished research ideas.",
)
answer = tg.Data(
    "Answer or draft section", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sso_login = tg.Data(
    "SSO sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
assertion = tg.Data("SAML assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
query_embedding = tg.Data(
    "Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
retrieved = tg.Data(
    "Retrieved passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Top-k chunks from guidance, funder calls and past bids.",
)
prompt = tg.Data(
    "Prompt with retrieved passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, recent turns and the retrieved passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
guidance = tg.Data(
    "Research office guidance", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
funder_calls = tg.Data("Funder call texts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
past_bids = tg.Data(
    "Past successful bids",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Full applications: applicants' names, CVs, salaries in budgets, unpublished ideas.",
)
chunk_text = tg.Data("Document chunks", kind="documents", sensitivity=tg.Sensitivity.PII)
chunk_vectors = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
history = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Academics use the assistant from campus, home and conferences.
    academic = tm.add(tg.Actor("Academic", role="researcher"))
    # Source of the call texts; anyone who controls a funder page controls what is indexed.
    funder_sites = tm.add(
        tg.DataSource(
            "Funder websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={funder_calls},
            description="Research council, charity and EU programme call pages.",
        )
    )

with tm.boundary("University IT", trust=tg.Trust.INTERNAL):
    # Central single sign-on, run by university IT.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Shibboleth IdP backed by the staff directory.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answers and drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(
                    note="university enterprise agreement and DPA; no training on our data"
                )
            },
        )
    )
    # Turns questions and document chunks into vectors.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Research office cloud tenant", trust=tg.Trust.INTERNAL):
    # The web chat academics use; only staff with a university login get in.
    chat = tm.add(
        tg.Endpoint(
            "Grant assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="University SSO (SAML) with MFA")},
        )
    )
    # Embeds, retrieves, builds the prompt and calls the LLM.
    orchestrator = tm.add(tg.Service("RAG orchestrator"))
    # Index over all three document collections.
    index = tm.add(
        tg.VectorStore(
            "Grant knowledge vector store",
            stores={chunk_text, chunk_vectors},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Kept so the office can see what academics ask and improve its guidance.
    history_store = tm.add(
        tg.DataStore(
            "Conversation log",
            stores={history},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Nightly scrape of funder calls and re-indexing of the office's documents.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly scrape and indexing job",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
        )
    )

with tm.boundary("Research office SharePoint", trust=tg.Trust.INTERNAL):
    # The office's own guidance on funders, costing and internal deadlines.
    guidance_lib = tm.add(tg.DataStore("Funder guidance library", stores={guidance}))
    # Past successful applications, shared by their authors with the office.
    bids_archive = tm.add(
        tg.DataStore(
            "Past bids archive",
            stores={past_bids},
            controls={tg.controls.RBAC(note="SharePoint group for research office staff")},
        )
    )
    # Staff who curate the guidance and collect successful bids.
    staff = tm.add(tg.Actor("Research office staff", role="research development officer"))

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(academic, sso, sso_login, protocol="https")
tm.flow(sso, chat, assertion, protocol="https", label="SAML assertion via browser")

# Chat
tm.flow(academic, chat, question, protocol="https")
tm.flow(chat, orchestrator, question, protocol="https")
tm.flow(orchestrator, embedder, question, protocol="https", label="embed query")
tm.flow(embedder, orchestrator, query_embedding, protocol="https")
tm.flow(orchestrator, index, query_embedding, protocol="https", label="similarity query")
tm.flow(index, orchestrator, retrieved, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, history_store, history, protocol="https")
tm.flow(history_store, orchestrator, history, protocol="https", label="recent turns")
tm.flow(orchestrator, chat, answer, protocol="https")
tm.flow(chat, academic, answer, protocol="https")

# Curation and indexing
tm.flow(staff, guidance_lib, guidance, protocol="https", label="edits guidance")
tm.flow(staff, bids_archive, past_bids, protocol="https", label="uploads successful bids")
tm.flow(history_store, staff, history, protocol="https", label="reviews questions asked")
tm.flow(funder_sites, ingestion, funder_calls, protocol="https", label="nightly scrape")
tm.flow(guidance_lib, ingestion, guidance, protocol="https")
tm.flow(bids_archive, ingestion, past_bids, protocol="https")
tm.flow(ingestion, embedder, chunk_text, protocol="https", label="embed chunks")
tm.flow(embedder, ingestion, chunk_vectors, protocol="https")
tm.flow(ingestion, index, chunk_text, chunk_vectors, protocol="https")
