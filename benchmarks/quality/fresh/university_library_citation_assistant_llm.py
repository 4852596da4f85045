"""University library citation assistant: the first design.

A chat assistant on the library website for students and staff of a UK university.
It helps them find sources on a topic, formats citations in the style their course
uses (Harvard, APA, OSCOLA and others), and checks a draft reference list that they
paste or upload against the library catalogue and the subscription databases. Users
sign in through the university's SSO with MFA. An LLM agent, run in the library's
cloud tenancy, calls a hosted LLM under the university's enterprise agreement. It
uses read-only tools: catalogue search (the vendor-hosted library management
system), article database search (the subscribed databases' APIs and Crossref for
DOIs) and a local CSL citation formatter. It also retrieves from an index of the
library's research guides. It only suggests: students decide what to cite. The
agent's steps per turn are capped, database API keys live in the cloud secret
manager, and conversations are logged for librarians to review service quality.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University library citation assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Helps students find sources, format citations and check reference "
    "lists against the catalogue and databases.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Student question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Chat messages, tied to the student's SSO identity and course.",
)
draft_references = tg.Data(
    "Draft reference list",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pasted text or an uploaded Word or PDF file of unsubmitted coursework.",
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved guide passages and tool results.",
)
llm_response = tg.Data("LLM response", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
tool_call = tg.Data("Search and format request", kind="tool-call")
catalogue_query = tg.Data("Catalogue query", kind="tool-call")
catalogue_records = tg.Data(
    "Catalogue records", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
database_query = tg.Data("Database search query", kind="tool-call")
article_metadata = tg.Data(
    "Article metadata and abstracts",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed abstracts and metadata, plus DOI records from Crossref.",
)
formatted_citation = tg.Data("Formatted citations", kind="tool-result")
guides = tg.Data("Library research guides", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
guide_chunks = tg.Data(
    "Guide passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students use the assistant from their own devices, on and off campus.
    student = tm.add(tg.Actor("Student", role="student"))
    # Public DOI registry used to confirm references that are not in the catalogue.
    crossref = tm.add(
        tg.ExternalService("Crossref API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model under the university's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="university procurement review: no training on prompts, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Library systems vendors", trust=tg.Trust.PARTNER):
    # The vendor-hosted library management system with the catalogue and holdings.
    catalogue = tm.add(
        tg.ExternalService("Library catalogue", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Subscribed bibliographic databases (Scopus, Web of Science, JSTOR) reached by API key.
    databases = tm.add(
        tg.ExternalService("Subscription databases", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Subject and research guides that librarians write on the hosted guides platform.
    guides_site = tm.add(
        tg.DataSource("Research guides site", origin=tg.Origin.INTERNAL, provides={guides})
    )

with tm.boundary("Library cloud tenancy", trust=tg.Trust.INTERNAL):
    # Chat backend behind the library website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Assistant chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that plans searches, calls tools and writes the answer.
    agent = tm.add(
        tg.Agent(
            "Citation assistant agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Read-only search of the catalogue.
    catalogue_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Read-only search of the subscription databases and Crossref.
    database_tool = tm.add(
        tg.Tool(
            "Article database search tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="database API keys in the cloud secret manager")},
        )
    )
    # Deterministic CSL engine that renders references in the requested style.
    formatter = tm.add(tg.Tool("Citation formatter tool", capabilities={"read"}))
    # Index of the library's research guides for retrieval.
    guides_index = tm.add(tg.VectorStore("Research guides index", stores={guide_chunks}))
    # Nightly crawl, chunking and embedding of the guides.
    indexer = tm.add(tg.Pipeline("Guides indexing pipeline", stage=tg.Stage.INGESTION))
    # Transcripts kept for librarians' quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Reviews conversations to improve the guides and the prompts.
    librarian = tm.add(tg.Actor("Subject librarian", role="librarian"))

# ---------------------------------------------------------------- flows
# The conversation.
tm.flow(student, chat_api, question, draft_references, protocol="https")
tm.flow(chat_api, student, answer, protocol="https")
tm.flow(chat_api, agent, question, draft_references)
tm.flow(agent, chat_api, answer)

# The agent's reasoning with the hosted model.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_response, protocol="https")

# Retrieval and tools.
tm.flow(agent, guides_index, question, label="similarity query")
tm.flow(guides_index, agent, guide_chunks)
tm.flow(agent, catalogue_tool, tool_call)
tm.flow(catalogue_tool, agent, catalogue_records)
tm.flow(catalogue_tool, catalogue, catalogue_query, protocol="https")
tm.flow(catalogue, catalogue_tool, catalogue_records, protocol="https")
tm.flow(agent, database_tool, tool_call)
tm.flow(database_tool, agent, article_metadata)
tm.flow(database_tool, databases, database_query, protocol="https")
tm.flow(databases, database_tool, article_metadata, protocol="https")
tm.flow(database_tool, crossref, database_query, protocol="https", label="DOI lookup")
tm.flow(crossref, database_tool, article_metadata, protocol="https")
tm.flow(agent, formatter, tool_call)
tm.flow(formatter, agent, formatted_citation)

# Guides indexing.
tm.flow(guides_site, indexer, guides, protocol="https", label="nightly crawl")
tm.flow(indexer, guides_index, guide_chunks)

# Logging and review.
tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, librarian, transcripts, protocol="https", label="quality review")
tm.flow(librarian, guides_site, guides, protocol="https", label="edits guides")
