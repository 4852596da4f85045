"""RAG support assistant: the first design, before any security review.

Customers ask questions in a chat widget. An orchestrator looks up similar past
support tickets in a vector store, builds a prompt and sends it to an LLM that a
vendor hosts. The index is fed from the ticket database and from public help
pages crawled from the web.

    threatgraph analyze examples/rag_assistant/before.py
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "RAG support assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Customer-facing support chat answering from past tickets and help pages.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Customer question", sensitivity=tg.Sensitivity.PII, kind="prompt")
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with retrieved context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question and the top-k ticket chunks.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
tickets = tg.Data(
    "Support tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
chunks = tg.Data(
    "Ticket chunks and embeddings", sensitivity=tg.Sensitivity.PII, kind="retrieved-context"
)
help_pages = tg.Data("Public help pages", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    customer = tm.add(tg.Actor("Customer", role="end user"))
    web = tm.add(
        tg.DataSource(
            "Public web pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={help_pages},
            description="Help-centre articles and community forum threads, crawled nightly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    chat = tm.add(tg.Endpoint("Chat endpoint", purpose=tg.EndpointPurpose.API))
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Retrieves context, assembles the prompt, calls the LLM.",
        )
    )
    logs = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        index = tm.add(tg.VectorStore("Ticket vector store", stores={chunks, help_pages}))
        ticket_db = tm.add(tg.DataStore("Ticket database", stores={tickets}))
        indexer = tm.add(
            tg.Pipeline(
                "Indexing pipeline",
                stage=tg.Stage.INGESTION,
                description="Chunks and embeds new tickets and crawled pages.",
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    agent_staff = tm.add(tg.Actor("Support agent", role="support staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, question, protocol="https")
tm.flow(chat, orchestrator, question)
tm.flow(orchestrator, index, question, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved context")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, logs, transcripts)
tm.flow(orchestrator, chat, answer)
tm.flow(chat, customer, answer, protocol="https")

tm.flow(agent_staff, ticket_db, tickets, label="resolves tickets")
tm.flow(ticket_db, indexer, tickets)
tm.flow(web, indexer, help_pages, protocol="https", label="nightly crawl")
tm.flow(indexer, index, chunks, help_pages)
