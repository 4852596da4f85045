"""Contract redline copilot for a law firm: the first design, before security review.

Clients upload their counterparties' draft contracts through the firm's client
portal; the drafts are filed to the matter in the document management system
(DMS). An associate opens the matter in Word and asks the copilot add-in for a
redline: the copilot service reads the draft and the client's own contract from
the DMS, retrieves the firm's precedent clauses from a vector store (indexed from
the knowledge-management precedent bank), and asks a hosted LLM for proposed
tracked changes and a risk memo. The associate accepts or rejects every change in
Word before anything is sent out, and the supervising partner signs off the memo.
Controls in this design: client portal sign-in with TOTP, matter-level access
control and audit logging in the DMS, firm SSO for the add-in, the LLM API key
kept in a vault, a vendor assessment with a zero-retention agreement for the LLM
provider, and TLS on every link that leaves the firm.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Contract redline copilot",
    profile=tg.RiskProfile.HIGH,
    description="LLM copilot proposing redlines and risk memos on clients' contracts.",
)

# ---------------------------------------------------------------- data assets
counterparty_draft = tg.Data(
    "Counterparty draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Word or PDF draft written by the other side, uploaded by the client.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
client_contract = tg.Data(
    "Client contract documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Privileged matter documents: the client's contracts, term sheets, notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
redline_request = tg.Data(
    "Redline request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The associate's instructions: matter, document, which side we act for.",
)
precedents = tg.Data(
    "Precedent clauses",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The firm's approved standard clauses and fallback positions.",
)
clause_text = tg.Data("Text to embed", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
clause_embeddings = tg.Data(
    "Precedent clause embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
retrieved = tg.Data(
    "Retrieved precedent clauses", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Redline prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the draft, the client's positions and retrieved precedents.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
proposed_redlines = tg.Data(
    "Proposed redlines and draft risk memo",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
reviewed_redline = tg.Data(
    "Reviewed redline",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The tracked-changes draft after the associate's review.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
risk_memo = tg.Data("Risk memo", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
memo_sign_off = tg.Data(
    "Partner memo sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
prompt_logs = tg.Data(
    "Copilot prompt and completion log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The firm's client: in-house counsel who forwards the other side's drafts.
    client = tm.add(tg.Actor("Client", role="client in-house counsel"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the redlines and the memo.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the provider's enterprise API.",
            controls={c.SupplierAssessment(note="enterprise terms with zero data retention")},
        )
    )
    # The same provider's embedding model, for precedent clauses and queries.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Where clients exchange documents with the firm; reachable from the internet.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Orchestrates a redline: fetches documents, retrieves precedents, calls the LLM.
    copilot = tm.add(
        tg.Service(
            "Copilot service",
            description="Builds the prompt from the matter documents and precedents, "
            "calls the LLM and returns tracked changes and a memo draft.",
            controls={c.SecretsManagement(note="LLM API key in the firm's key vault")},
        )
    )
    # Keeps every prompt and completion for the firm's records.
    log_store = tm.add(tg.DataStore("Copilot prompt log", stores={prompt_logs}))
    # Precedent clauses indexed for similarity search.
    vector_store = tm.add(
        tg.VectorStore("Precedent vector store", stores={clause_embeddings, precedents})
    )
    # Re-indexes the precedent bank when knowledge management publishes changes.
    indexer = tm.add(tg.Pipeline("Precedent indexing job", stage=tg.Stage.INGESTION))

    with tm.boundary("Matter systems", trust=tg.Trust.RESTRICTED):
        # The system of record for all matter documents, with ethical walls.
        dms = tm.add(
            tg.DataStore(
                "Document management system",
                stores={client_contract, counterparty_draft, reviewed_redline, risk_memo},
                controls={
                    c.RBAC(note="matter-level access and ethical walls"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Knowledge management's curated library of approved clauses.
        precedent_bank = tm.add(tg.DataStore("Precedent bank", stores={precedents}))

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Drafts and reviews the redline; the person accountable for what goes out.
    associate = tm.add(tg.Actor("Associate", role="lawyer"))
    # Signs off the risk memo before it goes to the client.
    partner = tm.add(tg.Actor("Supervising partner", role="lawyer"))
    # Curates the precedent bank.
    km_lawyer = tm.add(tg.Actor("Knowledge management lawyer", role="knowledge lawyer"))
    # The Word add-in where suggestions appear as tracked changes to accept or reject.
    word_addin = tm.add(
        tg.Service(
            "Word redline add-in",
            description="Runs inside Word on the lawyers' laptops.",
            controls={
                c.Authentication(method="firm SSO (OIDC) with MFA"),
                c.HumanInTheLoop(
                    approver="the associate accepts or rejects every change; "
                    "the partner signs off the memo"
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Clients exchange documents through the portal.
tm.flow(client, portal, counterparty_draft, protocol="https", label="upload")
tm.flow(portal, client, reviewed_redline, risk_memo, protocol="https", label="download")
tm.flow(portal, dms, counterparty_draft, protocol="https", label="file to matter")
tm.flow(dms, portal, reviewed_redline, risk_memo, protocol="https", label="share with client")

# An associate asks for a redline.
tm.flow(associate, word_addin, redline_request)
tm.flow(word_addin, copilot, redline_request, protocol="https")
tm.flow(dms, copilot, counterparty_draft, client_contract, protocol="https")
tm.flow(copilot, embedder, clause_text, protocol="https", label="embed query")
tm.flow(embedder, copilot, clause_embeddings, protocol="https")
tm.flow(copilot, vector_store, clause_embeddings, label="similarity query")
tm.flow(vector_store, copilot, retrieved)
tm.flow(copilot, llm, llm_prompt, protocol="https")
tm.flow(llm, copilot, completion, protocol="https")
tm.flow(copilot, log_store, prompt_logs)
tm.flow(copilot, word_addin, proposed_redlines, protocol="https")

# Review in Word, then filing and sign-off.
tm.flow(word_addin, associate, proposed_redlines, label="tracked changes in Word")
tm.flow(associate, word_addin, reviewed_redline, label="accept or reject each change")
tm.flow(word_addin, dms, reviewed_redline, risk_memo, protocol="https", label="save to matter")
tm.flow(dms, word_addin, risk_memo, protocol="https", label="memo for sign-off")
tm.flow(word_addin, partner, risk_memo)
tm.flow(partner, word_addin, memo_sign_off)
tm.flow(word_addin, dms, memo_sign_off, protocol="https")

# Precedent indexing.
tm.flow(km_lawyer, precedent_bank, precedents, label="publishes clauses")
tm.flow(precedent_bank, indexer, precedents)
tm.flow(indexer, embedder, clause_text, protocol="https")
tm.flow(embedder, indexer, clause_embeddings, protocol="https")
tm.flow(indexer, vector_store, clause_embeddings, precedents)
