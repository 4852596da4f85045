"""Planning application summary assistant: the first design, before any security review.

Planning officers at the city council ask a web assistant to summarise a planning
application and the public comments on it (main objections and support, themes,
material planning issues) and to point to the relevant local plan policies.
Applications reach the planning back-office system from the national Planning
Portal; residents comment through a form on the council website. A nightly
indexing job exports the application documents and comments, adds the published
local plan and national policy pages, embeds the chunks with a hosted embedding
model and loads them into a vector index in the council's cloud tenancy. The
assistant retrieves chunks for the officer's question and asks a hosted LLM (UK
region, with the vendor's default content filter) for the summary. Officers sign
in with council SSO and MFA; they still read the documents and write the report.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Planning application summary assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "RAG assistant summarising planning applications and public comments for the "
        "council's planning officers."
    ),
)

# ---------------------------------------------------------------- data assets
application_docs = tg.Data(
    "Planning application documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Forms, plans, design and access statements; forms carry applicant contact details.",
)
public_comment = tg.Data(
    "Public comment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Free text with the commenter's name and address; may mention health or family.",
)
policy_docs = tg.Data(
    "Local plan and national planning policy",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
chunk_text = tg.Data("Document chunks", kind="documents", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
indexed_chunks = tg.Data(
    "Indexed chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
)
officer_question = tg.Data("Officer question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
query_embedding = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
summary_prompt = tg.Data(
    "Summary prompt with retrieved context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the officer's question and the top-k chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
summary = tg.Data(
    "Application and comments summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
transcripts = tg.Data("Assistant conversation log", kind="logs", sensitivity=tg.Sensitivity.PII)
officer_report = tg.Data("Officer report", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents, neighbours and groups who comment on applications.
    resident = tm.add(tg.Actor("Member of the public", role="commenter"))
    # Applicants and their planning agents submitting applications.
    applicant = tm.add(tg.Actor("Applicant or agent", role="applicant"))
    # Published local plan and national policy pages, crawled by the indexing job.
    policy_site = tm.add(
        tg.DataSource(
            "Published planning policy pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={policy_docs},
            description="The council's local plan pages and the national policy framework on gov.uk.",
        )
    )

with tm.boundary("Planning Portal", trust=tg.Trust.PARTNER):
    # The national submission service that forwards applications to councils.
    portal = tm.add(
        tg.ExternalService(
            "National Planning Portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Council website hosting", trust=tg.Trust.INTERNAL):
    # Public form for commenting on a live application.
    comment_form = tm.add(
        tg.Endpoint(
            "Public comments form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="length limit and required name and address fields"),
                c.RateLimiting(requests_per_minute=10),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # System of record for applications, consultation responses and decisions.
    back_office = tm.add(
        tg.DataStore(
            "Planning back-office system",
            stores={application_docs, public_comment, officer_report},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Case officers who assess applications and write the delegated or committee report.
    officer = tm.add(tg.Actor("Planning officer", role="planning officer"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Officers' chat interface to the assistant.
    assistant_app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council Entra ID SSO with MFA")},
        )
    )
    # Retrieves context, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Summary orchestrator",
            controls={c.SecretsManagement(note="vendor API keys in the tenancy key vault")},
        )
    )
    # Nightly export, text extraction, chunking and embedding of new documents.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly indexing job",
            stage=tg.Stage.INGESTION,
            description="Extracts text from PDFs, splits it into chunks and embeds them.",
        )
    )
    # Searchable index of every live application's documents, comments and policies.
    index = tm.add(
        tg.VectorStore(
            "Planning document index",
            stores={indexed_chunks, policy_docs},
            controls={c.EncryptionAtRest(key_management="cloud platform-managed keys")},
        )
    )
    # Conversation history, kept so officers can return to earlier summaries.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Turns chunks and questions into vectors for similarity search.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # Writes the summaries from the retrieved context.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model, UK region deployment.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(
                    note="procured through the public-sector framework with a DPA"
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application_docs, protocol="https")
tm.flow(portal, back_office, application_docs, protocol="https", label="application transfer")
tm.flow(resident, comment_form, public_comment, protocol="https")
tm.flow(comment_form, back_office, public_comment, protocol="https")

tm.flow(officer, back_office, officer_report, label="writes report")
tm.flow(back_office, officer, application_docs, public_comment, label="case file")

tm.flow(back_office, indexer, application_docs, public_comment, label="nightly export")
tm.flow(policy_site, indexer, policy_docs, protocol="https", label="weekly crawl")
tm.flow(indexer, embedder, chunk_text, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, indexed_chunks, policy_docs)

tm.flow(officer, assistant_app, officer_question, protocol="https")
tm.flow(assistant_app, orchestrator, officer_question)
tm.flow(orchestrator, embedder, officer_question, protocol="https")
tm.flow(embedder, orchestrator, query_embedding, protocol="https")
tm.flow(orchestrator, index, query_embedding, label="similarity query")
tm.flow(index, orchestrator, indexed_chunks, label="retrieved context")
tm.flow(orchestrator, llm, summary_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, transcripts)
tm.flow(log_store, orchestrator, transcripts, label="earlier conversations")
tm.flow(orchestrator, assistant_app, summary)
tm.flow(assistant_app, officer, summary, protocol="https")
