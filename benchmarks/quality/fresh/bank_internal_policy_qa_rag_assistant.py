"""Internal policy Q&A assistant: first design, before security review.

Bank staff (branch, credit, operations and HR colleagues in the EU) ask questions in plain
language about credit, compliance and HR policies and get an answer that cites the policy
sections it used. The assistant is a web app on the intranet; staff sign in with the bank's
Entra ID single sign-on and MFA. A RAG orchestrator embeds the question, retrieves policy
passages from a vector index and sends a prompt to a hosted LLM in the cloud provider's EU
region, which the bank's third-party risk team has assessed; the provider's content filter
is on. A nightly pipeline copies published policies from the policy library (SharePoint),
chunks and embeds them into the index; policy owners publish there. Conversations and
thumbs-up/down feedback are kept, encrypted, for the model risk team to review. The system
prompt lives in a configuration store the platform team edits. The API key is in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Internal policy Q&A assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Staff assistant answering credit, compliance and HR policy questions from the policy library.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Staff question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; staff may describe their own HR situation or a customer case.",
)
answer = tg.Data(
    "Policy answer with citations", kind="model-output", sensitivity=tg.Sensitivity.PII
)
feedback = tg.Data("Answer feedback", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
id_token = tg.Data("SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
policies = tg.Data(
    "Policy documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Credit policy and risk appetite, compliance manuals (AML, sanctions), HR policies.",
)
chunks = tg.Data(
    "Policy passages and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
passages = tg.Data(
    "Retrieved policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with policy context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, the last few turns and the top-k passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
system_prompt = tg.Data(
    "System prompt and settings", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Bank corporate network", trust=tg.Trust.INTERNAL):
    # Any member of staff: the users the assistant is built for.
    employee = tm.add(tg.Actor("Bank employee", role="staff member"))
    # Credit, compliance and HR policy owners who write and publish policies.
    policy_owner = tm.add(tg.Actor("Policy owner", role="policy author"))
    # Reviews transcripts and feedback for answer quality and model risk.
    reviewer = tm.add(tg.Actor("Model risk reviewer", role="model risk analyst"))
    # Runs the assistant and edits its prompt and settings.
    platform_admin = tm.add(
        tg.Actor("Assistant platform admin", role="platform engineer", privileged=True)
    )
    # System of record for policies, access managed by SharePoint groups.
    library = tm.add(
        tg.DataStore(
            "Policy library",
            stores={policies},
            controls={c.RBAC(note="SharePoint groups per policy area")},
        )
    )

with tm.boundary("Assistant application zone", trust=tg.Trust.INTERNAL):
    # Intranet web app: chat UI and API, the only entry point for staff.
    web_app = tm.add(
        tg.Endpoint(
            "Policy assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID SSO (OIDC) with MFA")},
        )
    )
    # Embeds the question, retrieves passages, builds the prompt, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            controls={c.SecretsManagement(note="LLM API key in Azure Key Vault")},
        )
    )
    # One index over all published policies, whatever their SharePoint audience.
    index = tm.add(tg.VectorStore("Policy vector index", stores={chunks}))
    # Nightly copy of published policies into the index.
    indexer = tm.add(tg.Pipeline("Nightly policy indexing", stage=tg.Stage.INGESTION))
    # Holds the system prompt, retrieval top-k and model settings.
    config_store = tm.add(tg.DataStore("Assistant configuration store", stores={system_prompt}))
    # Transcripts and feedback for review; kept encrypted.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts, feedback},
            controls={c.EncryptionAtRest(key_management="Azure Key Vault managed keys")},
        )
    )

with tm.boundary("Cloud AI provider (EU region)", trust=tg.Trust.PARTNER):
    # Hosted embedding model used for both indexing and questions.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # Hosted chat model that writes the answer from the retrieved passages.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the provider's content filter"),
                c.SupplierAssessment(note="third-party risk assessment of the cloud provider"),
            },
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The bank's Entra ID tenant: staff sign-in and MFA.
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

# ---------------------------------------------------------------- flows
tm.flow(employee, idp, sign_in, protocol="https")
tm.flow(idp, web_app, id_token, protocol="oidc")
tm.flow(employee, web_app, question, feedback, protocol="https")
tm.flow(web_app, employee, answer, protocol="https")

tm.flow(web_app, orchestrator, question, protocol="https")
tm.flow(orchestrator, embedder, question, protocol="https", label="embed question")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, label="similarity search")
tm.flow(index, orchestrator, passages)
tm.flow(config_store, orchestrator, system_prompt)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, web_app, answer, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(web_app, transcript_store, feedback)
tm.flow(transcript_store, reviewer, transcripts, feedback, protocol="https", label="review screen")

tm.flow(policy_owner, library, policies, protocol="https", label="publish policy")
tm.flow(library, indexer, policies, protocol="https", label="nightly sync")
tm.flow(indexer, embedder, policies, protocol="https", label="embed chunks")
tm.flow(embedder, indexer, chunks, protocol="https")
tm.flow(indexer, index, chunks)
tm.flow(platform_admin, config_store, system_prompt, protocol="https")
