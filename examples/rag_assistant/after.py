"""RAG support assistant: the same system after a security review.

The architecture is unchanged (compare with before.py); the review added the
controls below. Each one sits where it takes effect: on the element that does
the work or on the flow that carries the data.

    threatgraph analyze examples/rag_assistant/after.py
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "RAG support assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Customer-facing support chat answering from past tickets and help pages.",
)

TLS = c.EncryptionInTransit(protocol="TLS 1.3")

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
    customer = tm.add(
        tg.Actor("Customer", role="end user", controls={c.Authentication(method="OIDC")})
    )
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
            controls={
                c.ModelVersioning(note="pinned model snapshot, upgraded after evaluation"),
                c.SupplierAssessment(note="zero data retention, no training on our prompts"),
                c.ModelAlignment(),
                c.RedTeaming(cadence="quarterly"),
            },
        )
    )

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.AuditLogging(),
                c.Authentication(method="OIDC"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="length and encoding limits"),
                c.Guardrails(note="prompt-injection and jailbreak classifier"),
                c.OutputFiltering(note="PII redaction and safe markdown rendering"),
            },
        )
    )
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Retrieves context, assembles the prompt, calls the LLM.",
            controls={
                c.UntrustedInputSegregation(note="retrieved text is quoted, never obeyed"),
                c.PermissionAwareRetrieval(note="only the caller's own tickets"),
                c.Guardrails(),
                c.OutputFiltering(),
                c.DataMinimization(note="PII redacted before the prompt leaves the VPC"),
                c.SecretsManagement(note="vendor API key in the secret store"),
                c.AuditLogging(retention_days=90),
                c.IncidentResponse(),
            },
        )
    )
    logs = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(), c.RBAC(), c.RetentionLimits(days=30)},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        index = tm.add(
            tg.VectorStore(
                "Ticket vector store",
                stores={chunks, help_pages},
                controls={
                    c.EncryptionAtRest(),
                    c.RBAC(),
                    c.PermissionAwareRetrieval(note="per-customer namespaces"),
                    c.AuditLogging(),
                    c.RetentionLimits(note="chunks of a deleted ticket are deleted with it"),
                },
            )
        )
        ticket_db = tm.add(
            tg.DataStore(
                "Ticket database",
                stores={tickets},
                controls={
                    c.EncryptionAtRest(),
                    c.RBAC(),
                    c.AuditLogging(),
                    c.DataVersioning(),
                    c.RetentionLimits(days=730, note="closed tickets; erasure on request"),
                },
            )
        )
        indexer = tm.add(
            tg.Pipeline(
                "Indexing pipeline",
                stage=tg.Stage.INGESTION,
                description="Chunks and embeds new tickets and crawled pages.",
                controls={
                    c.AuditLogging(),
                    c.ProvenanceTracking(note="source URL and crawl date on every chunk"),
                    c.DataSanitization(note="strip hidden text, scripts and instructions"),
                    c.DataMinimization(note="PII redacted before embedding"),
                    c.Sandboxing(note="crawled pages are parsed in a worker with no host access"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    agent_staff = tm.add(
        tg.Actor("Support agent", role="support staff", controls={c.Authentication(method="SSO")})
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, question, protocol="https", controls={TLS})
tm.flow(chat, orchestrator, question, controls={TLS})
tm.flow(orchestrator, index, question, label="similarity query", controls={TLS})
tm.flow(index, orchestrator, chunks, label="retrieved context", controls={TLS})
tm.flow(orchestrator, llm, prompt, protocol="https", controls={TLS, c.DataMinimization()})
tm.flow(llm, orchestrator, completion, protocol="https", controls={TLS})
tm.flow(orchestrator, logs, transcripts, controls={TLS})
tm.flow(orchestrator, chat, answer, controls={TLS})
tm.flow(chat, customer, answer, protocol="https", controls={TLS})

tm.flow(agent_staff, ticket_db, tickets, label="resolves tickets", controls={TLS})
tm.flow(ticket_db, indexer, tickets, controls={TLS})
tm.flow(web, indexer, help_pages, protocol="https", label="nightly crawl", controls={TLS})
tm.flow(indexer, index, chunks, help_pages, controls={TLS})
