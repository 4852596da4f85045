"""HR policy assistant: the first design, before any security review.

An internal chat assistant that answers employees' HR questions (leave rules,
benefits, expenses, working time) from the company's HR policy documents and,
for the employee who is asking and nobody else, from their own leave balance and
payslips in the HR system. Employees sign in with company SSO (OIDC); the chat
endpoint takes the employee id from the validated token. An orchestrator embeds
the question, retrieves policy chunks from a vector store and sends the prompt to
an open-weights LLM that we host on our own GPU servers (vLLM, plain HTTP inside
the data centre); when the model asks for personal figures, the orchestrator calls
a read-only HR data connector with the employee id from the token. HR staff upload
policy documents to a document library; an indexing pipeline chunks and embeds them
into the vector store. Model weights are pulled from a public model hub as
safetensors at a pinned revision. Conversations are logged for 90 days. EU company:
employee data falls under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "HR policy assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Internal HR Q&A over policy documents and the asking employee's own HR records.",
)

# ---------------------------------------------------------------- data assets
sso_credentials = tg.Data("SSO credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("SSO ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
question = tg.Data("Employee question", sensitivity=tg.Sensitivity.PII, kind="prompt")
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
policy_docs = tg.Data(
    "HR policy documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
policy_chunks = tg.Data(
    "Policy chunks and embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
query_embedding = tg.Data("Query embedding", sensitivity=tg.Sensitivity.PII, kind="embeddings")
prompt = tg.Data(
    "Prompt with context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the question, policy chunks and any HR figures fetched.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Either a final answer or a function call asking for leave or payslip data.",
)
hr_call = tg.Data(
    "HR data request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="get_leave_balance / get_payslip, with the employee id from the token.",
)
hr_records = tg.Data(
    "Leave balances and payslips",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Salary, tax and social-security deductions, bank account, absence records.",
)
hr_result = tg.Data("Employee HR figures", sensitivity=tg.Sensitivity.PII, kind="tool-result")
conversation_logs = tg.Data("Conversation logs", sensitivity=tg.Sensitivity.PII, kind="logs")
weights = tg.Data(
    "Open-weights model files", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the LLM and embedding weights are downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Company SSO (SaaS identity provider) every employee already signs in with.
    sso = tm.add(tg.ExternalService("Company SSO", provides="identity-provider"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Any employee asks questions through the intranet chat page.
    employee = tm.add(tg.Actor("Employee", role="employee"))
    # HR staff maintain the policy library.
    hr_staff = tm.add(tg.Actor("HR staff", role="hr staff", privileged=True))

with tm.boundary("HR assistant platform", trust=tg.Trust.INTERNAL):
    # The chat API the intranet page calls; validates the SSO token.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via company SSO")},
        )
    )
    # Embeds the question, retrieves policy chunks, calls the LLM, runs its HR function calls.
    orchestrator = tm.add(
        tg.Service(
            "Assistant orchestrator",
            description="RAG plus function calling; keeps the employee id from the token.",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Read-only connector to the HR system for the asking employee's own figures.
    hr_connector = tm.add(
        tg.Tool(
            "HR data connector",
            capabilities={"read"},
            origin="first-party",
            controls={
                c.ABAC(note="employee id comes from the validated token, never from the prompt")
            },
        )
    )
    # Where conversations are kept for support and quality review.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={conversation_logs}))
    # Document library HR staff upload policies to (SSO login, HR group only).
    doc_library = tm.add(
        tg.DataStore(
            "Policy document library",
            stores={policy_docs},
            controls={c.Authentication(method="OIDC via company SSO"), c.RBAC()},
        )
    )
    # Chunks and embeds new or changed policy documents.
    indexer = tm.add(tg.Pipeline("Policy indexing pipeline", stage=tg.Stage.INGESTION))
    # Holds the policy chunks the assistant retrieves from; all employees may read all policies.
    vector_store = tm.add(tg.VectorStore("Policy vector store", stores={policy_chunks}))

with tm.boundary("GPU servers", trust=tg.Trust.INTERNAL):
    # Self-hosted open-weights chat model served with vLLM.
    llm = tm.add(
        tg.LLM(
            "Self-hosted LLM",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            controls={c.ModelVersioning(note="pinned hub revision")},
        )
    )
    # Open-weights embedding model used for both indexing and queries.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )

with tm.boundary("HR systems", trust=tg.Trust.RESTRICTED):
    # System of record for absences and payroll; exposes a REST API.
    hr_system = tm.add(
        tg.DataStore(
            "HR system",
            stores={hr_records},
            controls={
                c.RBAC(note="assistant service account has a read-only role"),
                c.EncryptionAtRest(),
                c.AuditLogging(),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(employee, sso, sso_credentials, protocol="https", label="sign in")
tm.flow(sso, employee, id_token, protocol="https")
tm.flow(employee, chat, question, id_token, protocol="https")
tm.flow(chat, employee, answer, protocol="https")
tm.flow(chat, orchestrator, question)
tm.flow(orchestrator, chat, answer)

tm.flow(orchestrator, embedder, question, protocol="http")
tm.flow(embedder, orchestrator, query_embedding, protocol="http")
tm.flow(orchestrator, vector_store, query_embedding, label="similarity query")
tm.flow(vector_store, orchestrator, policy_chunks, label="retrieved policies")
tm.flow(orchestrator, llm, prompt, protocol="http")
tm.flow(llm, orchestrator, completion, protocol="http")
tm.flow(orchestrator, hr_connector, hr_call)
tm.flow(hr_connector, hr_system, hr_call, protocol="https")
tm.flow(hr_system, hr_connector, hr_records, protocol="https")
tm.flow(hr_connector, orchestrator, hr_result)
tm.flow(orchestrator, log_store, conversation_logs)

tm.flow(hr_staff, doc_library, policy_docs, protocol="https", label="upload")
tm.flow(doc_library, indexer, policy_docs)
tm.flow(indexer, embedder, policy_docs, protocol="http")
tm.flow(embedder, indexer, policy_chunks, protocol="http")
tm.flow(indexer, vector_store, policy_chunks)

tm.flow(model_hub, llm, weights, protocol="https", label="download at deploy")
tm.flow(model_hub, embedder, weights, protocol="https", label="download at deploy")
