"""Lab protocol assistant: the first design, before any security review.

Scientists ask an internal chat assistant how to run an assay, what a validated
protocol specifies or what colleagues recorded in the electronic lab notebook
(ELN), and ask it to draft new experiment protocols. The web app runs in the
research VPC, reached from the corporate network after SSO with MFA. An
orchestrator embeds the question, retrieves chunks of approved SOPs (QMS
repository) and ELN entries (SaaS ELN, read nightly with a service account) from
one shared index, and sends them to a vendor-hosted LLM under a no-training
enterprise contract. Drafts are saved for editing and become SOPs only after QA
approval in the repository. The vendor key is in the secret manager and
conversations are logged; retrieval does not check a scientist's project access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lab protocol assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Internal LLM assistant answering scientists' questions from approved lab "
        "protocols and ELN notes, and drafting new experiment protocols."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Scientist question",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free text; often names compounds, targets and unpublished results.",
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Prompt with retrieved excerpts",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question and the top-k protocol and ELN chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
protocols = tg.Data(
    "Approved lab protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Validated SOPs and assay methods, including biosafety steps.",
)
eln_notes = tg.Data(
    "ELN experiment notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Experiment records across all programmes: results, conditions, deviations.",
)
chunks = tg.Data(
    "Protocol and ELN chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
embeddings = tg.Data("Text embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft experiment protocol",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
conversations = tg.Data("Conversation logs", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sso_login = tg.Data(
    "SSO sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("OIDC ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The users: bench scientists and research associates on managed laptops.
    scientist = tm.add(tg.Actor("Scientist", role="research scientist"))
    # Signs off new protocols before they become effective SOPs.
    qa_lead = tm.add(tg.Actor("QA lead", role="quality assurance reviewer"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO used by every internal app.
    idp = tm.add(tg.ExternalService("Corporate SSO", provides="identity-provider"))

with tm.boundary("ELN vendor", trust=tg.Trust.PARTNER):
    # The SaaS electronic lab notebook where experiments are recorded.
    eln = tm.add(
        tg.DataStore(
            "Electronic lab notebook",
            stores={eln_notes},
            description="Vendor-hosted ELN; the indexer reads it through a read-all service account.",
            controls={
                c.RBAC(note="ELN project roles for people; not applied to the service account")
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Generates answers and drafts; hosted by the vendor, no fine-tuning on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's enterprise API.",
            controls={
                c.SupplierAssessment(
                    note="enterprise contract: no training on inputs, 30-day abuse retention"
                ),
                c.Guardrails(note="the vendor's default content filter"),
            },
        )
    )
    # Turns chunks and questions into vectors for retrieval.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("Research VPC", trust=tg.Trust.INTERNAL):
    # The chat web app scientists use; signs them in through SSO.
    web_app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # Retrieval, prompt assembly and the calls to the vendor.
    orchestrator = tm.add(
        tg.Service(
            "Assistant orchestrator",
            description="Embeds the question, retrieves chunks, builds the prompt, calls the LLM, saves drafts.",
            controls={
                c.SecretsManagement(note="vendor API key in the cloud secret manager"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Keeps every question and answer for support and usage reporting.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversations},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Drafts scientists iterate on before submitting them for QA review.
    draft_store = tm.add(tg.DataStore("Draft protocol store", stores={draft}))

    with tm.boundary("Research data tier", trust=tg.Trust.RESTRICTED):
        # Index of all protocol and ELN chunks, one shared collection.
        index = tm.add(
            tg.VectorStore(
                "Protocol vector index",
                stores={chunks, embeddings},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Nightly job that chunks and embeds new and changed documents.
        indexer = tm.add(
            tg.Pipeline(
                "Nightly indexing pipeline",
                stage=tg.Stage.INGESTION,
                third_party_packages=True,
                description="Pulls changed SOPs and ELN entries, chunks them, embeds them.",
            )
        )

with tm.boundary("Quality systems", trust=tg.Trust.INTERNAL):
    # The QMS document repository: system of record for effective SOPs.
    protocol_repo = tm.add(
        tg.DataStore(
            "Protocol document repository",
            stores={protocols},
            controls={
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="QA lead", note="a protocol becomes effective only after QA approval"
                ),
                c.AuditLogging(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(scientist, idp, sso_login, protocol="https")
tm.flow(idp, web_app, id_token, protocol="https")

# asking and answering
tm.flow(scientist, web_app, question, protocol="https")
tm.flow(web_app, orchestrator, question)
tm.flow(orchestrator, embedder, question, protocol="https", label="embed query")
tm.flow(embedder, orchestrator, embeddings, protocol="https")
tm.flow(orchestrator, index, embeddings, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved context")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, conversation_store, conversations)
tm.flow(orchestrator, web_app, answer, draft)
tm.flow(web_app, scientist, answer, draft, protocol="https")

# drafting and review
tm.flow(orchestrator, draft_store, draft, label="save draft")
tm.flow(draft_store, orchestrator, draft, label="load draft for revision")
tm.flow(draft_store, qa_lead, draft, label="submitted for review")
tm.flow(qa_lead, protocol_repo, protocols, protocol="https", label="approves and publishes")

# lab records written by people
tm.flow(scientist, eln, eln_notes, protocol="https")

# indexing
tm.flow(protocol_repo, indexer, protocols, protocol="https", label="nightly sync")
tm.flow(eln, indexer, eln_notes, protocol="https", label="nightly export via ELN API")
tm.flow(indexer, embedder, chunks, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, chunks, embeddings)
