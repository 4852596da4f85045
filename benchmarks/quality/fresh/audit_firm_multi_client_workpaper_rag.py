"""Audit workpaper assistant: the first design, before any security review.

Auditors of an accounting firm ask questions about the client engagement they are
working on ("what materiality did we use last year?", "which journal entries over
50k were posted after period end?") and get answers written by an LLM from the
firm's audit workpapers, the client's general-ledger exports and prior-year files.
An indexing pipeline chunks and embeds these documents into a single vector
database shared by all clients; each chunk is tagged with its engagement id and
the orchestrator filters on the engagement the auditor picks in the UI.
Everything runs in the firm's own cloud tenant; embeddings and answers come from
a hosted LLM vendor's API under an enterprise agreement. Auditors sign in with
the firm's SSO (OIDC, MFA). The index and stores are encrypted at rest with the
tenant's KMS, API keys sit in the cloud key vault, and every question and answer
is kept in a conversation log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Audit workpaper assistant",
    profile=tg.RiskProfile.HIGH,
    description="RAG assistant answering auditors' questions from workpapers, client "
    "ledgers and prior-year files of every client, held in one shared index.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("SSO sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("SSO ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
question = tg.Data(
    "Auditor question",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="The question and the engagement id selected in the UI.",
)
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
query_vector = tg.Data(
    "Query embedding", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
prompt = tg.Data(
    "Prompt with retrieved workpaper excerpts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, the auditor's question and the top-k chunks.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
workpapers = tg.Data(
    "Audit workpapers",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Risk assessments, testing sheets, memos and conclusions per engagement.",
)
ledgers = tg.Data(
    "Client general ledgers",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Trial balances and journal-entry exports, including payroll and vendor lines.",
)
prior_year = tg.Data(
    "Prior-year audit files",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Signed-off files of earlier years' engagements.",
)
chunk_text = tg.Data("Document chunks", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents")
chunks = tg.Data(
    "Workpaper chunks and embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
    description="Chunks of every client's documents, tagged with their engagement id.",
)
conversation_log = tg.Data("Conversation log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Auditors work from firm laptops, often on the client's premises.
    auditor = tm.add(tg.Actor("Auditor", role="auditor"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The firm's existing company SSO, used for every internal app.
    sso = tm.add(
        tg.ExternalService(
            "Company SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="OIDC identity provider with MFA for all staff.",
        )
    )

with tm.boundary("Client systems", trust=tg.Trust.PARTNER):
    # Clients deliver their ledger exports to the firm each year.
    ledger_exports = tm.add(
        tg.DataSource(
            "Client ledger exports",
            origin=tg.Origin.PARTNER,
            provides={ledgers},
            description="GL and trial-balance files clients deliver over SFTP.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answers; hosted by the vendor, reached over its API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, no training on our data")},
        )
    )
    # Embeds chunks at indexing time and questions at query time.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # The web front end auditors use; sign-in through company SSO.
    web_app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via company SSO with MFA")},
        )
    )
    # Embeds the question, retrieves chunks for the selected engagement, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Filters retrieval by the engagement id the auditor selected.",
            controls={
                c.SecretsManagement(note="vendor API keys in the cloud key vault"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Keeps every question and answer for support and quality review.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversation_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # One index for all clients and engagements.
        index = tm.add(
            tg.VectorStore(
                "Workpaper vector index",
                stores={chunks},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Chunks and embeds new and changed documents every night.
        indexer = tm.add(
            tg.Pipeline(
                "Document indexing pipeline",
                stage=tg.Stage.INGESTION,
                third_party_packages=True,
                description="Parses PDFs, spreadsheets and Word files, chunks and embeds them.",
            )
        )
        # The firm's existing audit-file system where engagement teams keep workpapers.
        dms = tm.add(
            tg.DataStore(
                "Workpaper management system",
                stores={workpapers, ledgers},
                controls={c.RBAC(note="engagement-team membership"), c.EncryptionAtRest()},
            )
        )
        # Read-only archive of closed engagements.
        archive = tm.add(
            tg.DataStore(
                "Prior-year archive",
                stores={prior_year},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(auditor, sso, sign_in, protocol="https", label="sign in")
tm.flow(sso, auditor, id_token, protocol="https")
tm.flow(auditor, web_app, id_token, question, protocol="https")
tm.flow(web_app, auditor, answer, protocol="https")

tm.flow(web_app, orchestrator, question)
tm.flow(orchestrator, web_app, answer)
tm.flow(orchestrator, embedder, question, protocol="https", label="embed question")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, label="similarity query with engagement filter")
tm.flow(index, orchestrator, chunks, label="retrieved excerpts")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, conversation_log)

tm.flow(auditor, dms, workpapers, protocol="https", label="prepares workpapers")
tm.flow(ledger_exports, dms, ledgers, protocol="sftp", label="yearly ledger delivery")
tm.flow(dms, indexer, workpapers, ledgers)
tm.flow(archive, indexer, prior_year)
tm.flow(indexer, embedder, chunk_text, protocol="https", label="embed chunks")
tm.flow(embedder, indexer, chunks, protocol="https")
tm.flow(indexer, index, chunks)
