"""Contract review copilot: a Word add-in for the firm's lawyers, first design.

Lawyers open a contract in Word (often the counterparty's draft, received by
e-mail) and start a review from the add-in's task pane. The add-in sends the
clauses to a review API in the firm's Azure tenant, signed in with the lawyer's
Entra ID account (Office SSO, MFA enforced by the firm's conditional access).
A review orchestrator looks up the firm's negotiation playbook for the contract
type and similar clause precedents from an index built nightly from the document
management system (DMS), then asks a hosted LLM (Azure OpenAI, under the firm's
enterprise agreement, vetted by the risk team) to mark deviations and propose
redlines. Suggestions come back to Word as tracked changes that the lawyer
accepts or rejects one by one. The DMS keeps its matter-level access rules and
audit trail; the precedent index is a single firm-wide index. Every review is
logged for the knowledge team.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contract review Word add-in copilot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM review of open contracts against the firm playbook, with redlines "
    "and DMS clause precedents, inside Microsoft Word.",
)

# ---------------------------------------------------------------- data assets
draft = tg.Data(
    "Contract draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The contract open in Word: client-privileged terms, party and signatory names.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_request = tg.Data(
    "Review request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clause text of the open contract, contract type, matter number.",
)
redlines = tg.Data(
    "Suggested redlines",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Issues against the playbook and proposed replacement wording.",
)
tracked_changes = tg.Data(
    "Tracked changes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Redlines inserted into the document for the lawyer to accept or reject.",
)
sso_token = tg.Data(
    "Office SSO token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Entra ID access token for the review API, obtained by the add-in.",
)
playbook = tg.Data(
    "Negotiation playbook",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Firm positions, fallbacks and red lines per clause and contract type.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dms_documents = tg.Data(
    "Matter documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Executed agreements and precedent-bank templates of all clients and matters.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
precedents = tg.Data(
    "Clause precedents",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clause chunks from past matters with their matter number and client name.",
)
embeddings = tg.Data(
    "Clause embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
clause_text = tg.Data(
    "Clause text for embedding", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, playbook positions, precedents and the contract clauses.",
)
completion = tg.Data(
    "LLM review output", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_log = tg.Data(
    "Review log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="User, matter number, clauses sent, suggestions and accept/reject outcome.",
)
outcome = tg.Data(
    "Redline decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which suggestions the lawyer accepted or rejected.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Opposing counsel: their drafts are the contracts most often reviewed.
    counterparty = tm.add(tg.Actor("Counterparty counsel", role="opposing lawyer"))

with tm.boundary("Firm laptops", trust=tg.Trust.INTERNAL):
    # The user: associates and partners reviewing a contract for a matter.
    lawyer = tm.add(tg.Actor("Lawyer", role="fee earner"))
    # Maintains the playbook the reviews are measured against.
    knowledge_lawyer = tm.add(
        tg.Actor("Knowledge lawyer", role="professional support lawyer", privileged=True)
    )
    # The task pane inside Word: reads the open document, shows and inserts redlines.
    addin = tm.add(
        tg.Service(
            "Word add-in",
            description="Office web add-in running in Word desktop; reads the document "
            "body through Office.js and writes suggestions back as tracked changes.",
            controls={
                c.HumanInTheLoop(
                    approver="the reviewing lawyer",
                    note="each suggestion is a tracked change the lawyer accepts or rejects",
                )
            },
        )
    )

with tm.boundary("Microsoft cloud", trust=tg.Trust.PARTNER):
    # Signs lawyers in; the add-in gets its API token through Office SSO.
    entra = tm.add(
        tg.ExternalService(
            "Entra ID",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )
    # The model that reads the clauses and drafts the review.
    llm = tm.add(
        tg.LLM(
            "Azure OpenAI review model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="GPT-class chat model deployed in the firm's Azure OpenAI resource.",
            controls={c.SupplierAssessment(note="enterprise terms reviewed by risk and IT")},
        )
    )
    # Turns clauses into vectors for the precedent search.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Firm Azure tenant", trust=tg.Trust.INTERNAL):
    # Entry point for the add-in; validates the Entra ID token.
    review_api = tm.add(
        tg.Endpoint(
            "Review API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="Entra ID OIDC token via Office SSO; MFA at sign-in by conditional access"
                )
            },
        )
    )
    # Splits the contract, retrieves playbook and precedents, calls the LLM, parses redlines.
    orchestrator = tm.add(
        tg.Service(
            "Review orchestrator",
            controls={
                c.SecretsManagement(note="managed identity and Key Vault for the OpenAI key")
            },
        )
    )
    # The firm's playbook, edited by the knowledge team.
    playbook_store = tm.add(
        tg.DataStore(
            "Playbook store",
            stores={playbook},
            controls={c.RBAC(note="only the knowledge team can edit")},
        )
    )
    # One firm-wide index of clause precedents for similarity search.
    precedent_index = tm.add(
        tg.VectorStore("Clause precedent index", stores={precedents, embeddings})
    )
    # Nightly job that pulls precedents out of the DMS and embeds them.
    indexer = tm.add(tg.Pipeline("Nightly precedent indexing job", stage=tg.Stage.INGESTION))
    # What was reviewed and what was accepted, for quality review by the knowledge team.
    log_store = tm.add(
        tg.DataStore(
            "Review log store",
            stores={review_log},
            controls={c.EncryptionAtRest(key_management="Azure platform-managed keys")},
        )
    )

    with tm.boundary("Records platform", trust=tg.Trust.RESTRICTED):
        # The firm's system of record for all client documents (iManage).
        dms = tm.add(
            tg.DataStore(
                "Document management system",
                stores={dms_documents},
                controls={
                    c.RBAC(note="matter-level access and ethical walls"),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="vendor-managed keys"),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(
    counterparty, addin, draft, protocol="smtp+starttls", label="draft e-mailed, opened in Word"
)
tm.flow(lawyer, addin, review_request, label="starts a review")

tm.flow(addin, entra, sso_token, protocol="https", label="token request")
tm.flow(entra, addin, sso_token, protocol="https", label="access token")
tm.flow(addin, review_api, review_request, sso_token, protocol="https")
tm.flow(review_api, orchestrator, review_request)

tm.flow(playbook_store, orchestrator, playbook, label="positions for the contract type")
tm.flow(orchestrator, embedder, clause_text, protocol="https")
tm.flow(embedder, orchestrator, embeddings, protocol="https")
tm.flow(orchestrator, precedent_index, embeddings, label="similarity query")
tm.flow(precedent_index, orchestrator, precedents, label="top-k precedents")
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, review_api, redlines)
tm.flow(review_api, addin, redlines, protocol="https")
tm.flow(addin, lawyer, tracked_changes, label="redlines shown as tracked changes")
tm.flow(lawyer, addin, outcome, label="accepts or rejects each change")
tm.flow(addin, review_api, outcome, protocol="https")
tm.flow(review_api, log_store, review_log, outcome)
tm.flow(orchestrator, log_store, review_log)

tm.flow(knowledge_lawyer, playbook_store, playbook, protocol="https", label="edits playbook")
tm.flow(log_store, knowledge_lawyer, review_log, protocol="https", label="quality review")

tm.flow(dms, indexer, dms_documents, protocol="https", label="nightly export of precedents")
tm.flow(indexer, embedder, clause_text, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, precedent_index, precedents, embeddings)
