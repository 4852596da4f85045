"""HR policy assistant: the first design, before any security review.

Employees of a large, mostly European employer open the HR assistant on the
intranet and ask questions such as "how many days of parental leave do I get?"
or "how much holiday do I have left?". They sign in through the corporate
identity provider (SSO with MFA). A RAG orchestrator in our cloud account embeds
the question, retrieves matching chunks of the HR policy library from a vector
index, fetches the employee's own leave balance from the HR system (a SaaS HRIS)
through a small connector, and asks a hosted LLM to answer from that context.
The policy library is maintained by the HR policy team on the intranet document
site; an indexing job re-chunks and re-embeds it every night. Conversations are
kept in a transcript store for quality review. Controls in this design: SSO
sign-in, TLS everywhere, per-user rate limits, the HRIS credential in a vault,
the vendor's content filter, and encrypted transcripts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "HR policy question answering",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Intranet assistant answering employees' HR policy questions from the policy "
        "library and their own leave balance in the HR system."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Employee sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
sso_token = tg.Data(
    "SSO ID token",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="OIDC token carrying the employee ID, country and department.",
)
question = tg.Data(
    "Employee question",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text; employees often mention health, pregnancy or family situations.",
)
question_vector = tg.Data("Question embedding", sensitivity=tg.Sensitivity.PII, kind="embeddings")
policy_docs = tg.Data(
    "HR policy documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Leave, pay, benefits, conduct and grievance policies, per country.",
)
policy_chunks = tg.Data(
    "Policy chunks", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
policy_vectors = tg.Data(
    "Policy chunk embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings"
)
balance_request = tg.Data("Leave balance request", sensitivity=tg.Sensitivity.PII, kind="records")
leave_balance = tg.Data("Leave balance", sensitivity=tg.Sensitivity.PII, kind="records")
employee_records = tg.Data(
    "Employee HR records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contracts, absence history, leave entitlements and balances.",
)
hris_credential = tg.Data(
    "HRIS API client secret", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
prompt = tg.Data(
    "Prompt with policy context and balance",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the question, top-k policy chunks and the leave balance.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
transcripts = tg.Data("Conversation transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people asking questions, on managed laptops on the office network or VPN.
    employee = tm.add(tg.Actor("Employee", role="employee"))
    # HR staff who write and publish the policies the assistant answers from.
    policy_author = tm.add(tg.Actor("HR policy author", role="HR policy team", privileged=True))
    # The intranet document site the policy team already uses; the source of truth.
    policy_library = tm.add(
        tg.DataStore(
            "HR policy library",
            stores={policy_docs},
            description="Intranet document site, one folder per country.",
            controls={c.RBAC(note="only the HR policy team can edit; all employees can read")},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO: signs employees in and issues the token the assistant trusts.
    idp = tm.add(
        tg.ExternalService(
            "Corporate identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("HR SaaS vendor", trust=tg.Trust.PARTNER):
    # The HRIS holding every employee's records, including leave balances.
    hr_system = tm.add(
        tg.DataStore(
            "HR system",
            stores={employee_records},
            description="SaaS HRIS; exposes a REST API for absence balances.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answer from the retrieved policy text and the balance.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model on the vendor's enterprise API.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="procurement review: no training on prompts"),
            },
        )
    )
    # Turns questions and policy chunks into vectors for similarity search.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("HR assistant cloud account", trust=tg.Trust.INTERNAL):
    # The intranet-facing API behind the chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "HR assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via corporate SSO with MFA"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Embeds, retrieves, fetches the balance, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Builds the prompt from the question, policy chunks and leave balance.",
        )
    )
    # Thin client of the HRIS API, so the orchestrator never holds the HRIS secret.
    leave_connector = tm.add(
        tg.Service(
            "Leave balance connector",
            description=(
                "Calls the HRIS absence API with a service account, for the employee ID "
                "in the caller's SSO token."
            ),
            controls={c.SecretsManagement(note="client secret in the cloud vault")},
        )
    )
    # Keeps conversations so HR can review answer quality and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Retrieval tier", trust=tg.Trust.RESTRICTED):
        # Vector index of the policy library the orchestrator searches.
        policy_index = tm.add(
            tg.VectorStore("Policy vector index", stores={policy_chunks, policy_vectors})
        )
        # Nightly job that chunks and embeds the policy library.
        indexer = tm.add(tg.Pipeline("Nightly policy indexing job", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(employee, idp, sign_in, protocol="oidc")
tm.flow(idp, employee, sso_token, protocol="oidc")

# asking a question
tm.flow(employee, chat_api, question, sso_token, protocol="https")
tm.flow(chat_api, orchestrator, question, sso_token, protocol="https")
tm.flow(orchestrator, embedder, question, protocol="https")
tm.flow(embedder, orchestrator, question_vector, protocol="https")
tm.flow(orchestrator, policy_index, question_vector, protocol="https", label="similarity query")
tm.flow(policy_index, orchestrator, policy_chunks, protocol="https", label="retrieved context")
tm.flow(orchestrator, leave_connector, balance_request, sso_token, protocol="https")
tm.flow(leave_connector, hr_system, balance_request, hris_credential, protocol="https")
tm.flow(hr_system, leave_connector, leave_balance, protocol="https")
tm.flow(leave_connector, orchestrator, leave_balance, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts, protocol="https")
tm.flow(orchestrator, chat_api, answer, protocol="https")
tm.flow(chat_api, employee, answer, protocol="https")

# keeping the index up to date
tm.flow(policy_author, policy_library, policy_docs, protocol="https", label="publishes policies")
tm.flow(policy_library, indexer, policy_docs, protocol="https", label="nightly sync")
tm.flow(indexer, embedder, policy_chunks, protocol="https")
tm.flow(embedder, indexer, policy_vectors, protocol="https")
tm.flow(indexer, policy_index, policy_chunks, policy_vectors, protocol="https")
