"""Visa requirements assistant: the first design of a travel agency's internal RAG assistant.

The agency's travel agents, in its branches and at home, ask a chat assistant what
visa, passport-validity and entry rules apply to a trip ("Indian passport holder,
transiting Frankfurt to Toronto in May"), often pasting the traveller's details.
A RAG orchestrator in the agency's cloud subscription embeds the question, finds
passages in a vector index and asks a hosted LLM for an answer that cites its
sources, with links the agent can open. The index is rebuilt nightly from
government foreign-travel-advice and embassy pages crawled from the web, and from
the visa desk's own notes kept in a SharePoint site in the agency's Microsoft 365
tenant. The web app sits on the internet behind the agency's Entra ID single
sign-on with MFA; only the visa desk may edit the notes. The LLM vendor was
reviewed and signed a data processing agreement with no training on prompts.
Conversations are kept in a transcript store for quality review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Visa requirements assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Answers agents' visa and entry requirement questions from government advice and agency notes, with sources.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Agent question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Nationality, destination, transit points and dates; sometimes traveller names.",
)
answer = tg.Data("Answer with source links", kind="model-output", sensitivity=tg.Sensitivity.PII)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
passages = tg.Data(
    "Retrieved passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top-k chunks of advice pages and notes, with their URLs.",
)
prompt = tg.Data(
    "Prompt with passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt asking for cited answers, the question and the passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
advice_pages = tg.Data(
    "Government travel advice pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
notes = tg.Data(
    "Visa desk notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Consulate quirks, processing times, supplier contacts and past cases.",
)
chunks = tg.Data("Document chunks", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
chunk_vectors = tg.Data(
    "Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("Staff ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
graph_token = tg.Data("SharePoint app token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Foreign-ministry travel advice and embassy visa pages, crawled nightly.
    gov_pages = tm.add(
        tg.DataSource(
            "Government travel advice sites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={advice_pages},
            description="A list of about 60 government and embassy URLs.",
        )
    )

with tm.boundary("Agency branches", trust=tg.Trust.INTERNAL):
    # Front-line agents who ask the assistant while serving a customer.
    travel_agent = tm.add(tg.Actor("Travel agent", role="travel agent"))
    # The visa desk lead who writes and corrects the agency's own notes.
    visa_desk = tm.add(tg.Actor("Visa desk lead", role="visa desk specialist"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The agency's single sign-on for staff.
    entra = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))
    # The visa desk's SharePoint site; agents read it, only the visa desk edits it.
    notes_site = tm.add(
        tg.DataStore(
            "Visa notes SharePoint site",
            stores={notes},
            controls={c.RBAC(note="visa desk group edits, all agents read")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model that writes the cited answer.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="DPA signed; no training on prompts, 30-day abuse retention"
                )
            },
        )
    )
    # The same vendor's embedding model, for questions and chunks.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Agency cloud subscription", trust=tg.Trust.INTERNAL):
    # The web app agents chat in, reachable from branches and home.
    web_app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Entra ID single sign-on (OIDC) with MFA")},
        )
    )
    # Embeds the question, retrieves passages, builds the prompt, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Instructs the model to answer only from the passages and cite each URL.",
        )
    )
    # Index of chunked advice pages and notes.
    index = tm.add(tg.VectorStore("Visa passage index", stores={chunks, chunk_vectors}))
    # Nightly crawl and sync, chunking and embedding.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly indexing pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
        )
    )
    # Every question and answer, for the visa desk's quality review.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
tm.flow(travel_agent, entra, sign_in, protocol="https")
tm.flow(entra, web_app, id_token, protocol="oidc", label="sign-in redirect")
tm.flow(travel_agent, web_app, question, protocol="https")
tm.flow(web_app, travel_agent, answer, protocol="https")
tm.flow(notes_site, travel_agent, notes, protocol="https", label="opens a cited note")

tm.flow(web_app, orchestrator, question)
tm.flow(orchestrator, embedder, question, protocol="https")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, label="similarity query")
tm.flow(index, orchestrator, passages)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, web_app, answer)
tm.flow(orchestrator, transcript_store, transcripts)

tm.flow(visa_desk, notes_site, notes, protocol="https")
tm.flow(gov_pages, indexer, advice_pages, protocol="https", label="nightly crawl")
tm.flow(entra, indexer, graph_token, protocol="https", label="app-only client credentials")
tm.flow(notes_site, indexer, notes, protocol="https", label="nightly sync")
tm.flow(indexer, embedder, chunks, protocol="https")
tm.flow(embedder, indexer, chunk_vectors, protocol="https")
tm.flow(indexer, index, chunks, chunk_vectors)
