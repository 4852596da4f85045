"""Contract redlining assistant for a law firm: first design.

Counterparties' lawyers e-mail contract drafts to our fee earners, who file them in
the document management system (DMS). From a Word add-in, a lawyer sends the open
draft to the redline service with the contract type and our client's side. The
service pulls the firm's negotiation playbook for that contract type and the most
similar clauses from a precedent index, builds a prompt and asks a hosted LLM
(enterprise API in the vendor's UK region) for proposed redlines with reasons. They
come back as tracked changes that the lawyer accepts or rejects one by one; the
decisions are logged to improve the playbook. A nightly pipeline embeds precedents
from the DMS into the index through the vendor's embedding API. Knowledge lawyers
maintain the playbook. Lawyers sign in through the firm's SSO with MFA; the DMS keeps
its matter-level access rules; the vendor was assessed and does not train on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contract redline assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM proposes redlines to counterparty drafts against the firm's playbook and precedents.",
)

# ---------------------------------------------------------------- data assets
draft = tg.Data(
    "Counterparty contract draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Word document from the other side; client-confidential, names signatories and staff.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
request = tg.Data(
    "Redline request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Contract type, which side our client is on, matter number and optional instructions.",
)
playbook = tg.Data(
    "Negotiation playbook positions",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Preferred, fallback and walk-away positions per clause and contract type.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
precedents = tg.Data(
    "Precedent documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Signed agreements and agreed forms from past matters for many clients.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
chunks = tg.Data(
    "Precedent clause chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
embed_in = tg.Data("Text to embed", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
vectors = tg.Data("Clause embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Redline prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, playbook positions, precedent clauses and the draft.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
redlines = tg.Data(
    "Proposed redlines",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tracked changes with a short reason and the playbook position each relies on.",
)
decisions = tg.Data(
    "Accept and reject decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
redline_log = tg.Data("Redline history", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sign_in = tg.Data("SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
token = tg.Data("Access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The other side's lawyer, who writes the draft we are asked to mark up.
    counterparty = tm.add(tg.Actor("Counterparty counsel", role="opposing lawyer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that drafts the redlines.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Enterprise API in the vendor's UK region; proposes redlines with reasons.",
            controls={
                c.SupplierAssessment(note="enterprise terms: no training on our data, no retention")
            },
        )
    )
    # The same vendor's embedding model, for precedents and for queries.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The firm's cloud SSO tenant.
    idp = tm.add(tg.ExternalService("Firm SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Fee earners who run the add-in and decide on each proposed change.
    lawyer = tm.add(tg.Actor("Lawyer", role="fee earner"))
    # Maintain the playbook positions for each contract type.
    knowledge = tm.add(tg.Actor("Knowledge lawyer", role="professional support lawyer"))
    # Receives counterparties' e-mails and attachments.
    mail = tm.add(
        tg.Service(
            "Firm e-mail gateway",
            description="Receives external mail; attachments are virus-scanned.",
            controls={c.VulnerabilityScanning(note="attachment malware scanning")},
        )
    )
    # System of record for matter documents and precedents, with ethical walls.
    dms = tm.add(
        tg.DataStore(
            "Document management system",
            stores={draft, precedents},
            controls={
                c.RBAC(note="matter-level access and ethical walls"),
                c.EncryptionAtRest(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Redline application", trust=tg.Trust.INTERNAL):
    # The API the Word add-in calls.
    api = tm.add(
        tg.Endpoint(
            "Redline API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="firm SSO (OIDC) with MFA")},
        )
    )
    # Retrieves playbook and precedents, builds the prompt, turns the answer into tracked changes.
    orchestrator = tm.add(
        tg.Service(
            "Redline orchestrator",
            controls={
                c.HumanInTheLoop(
                    approver="the lawyer accepts or rejects each tracked change in Word"
                ),
                c.SecretsManagement(note="vendor API keys in the cloud key vault"),
            },
        )
    )
    # Playbook positions, edited by knowledge lawyers.
    playbook_store = tm.add(tg.DataStore("Playbook store", stores={playbook}))
    # Clause-level index of the precedent bank.
    index = tm.add(
        tg.VectorStore(
            "Precedent index",
            stores={chunks, vectors},
            controls={c.EncryptionAtRest()},
        )
    )
    # Nightly job that chunks and embeds new precedents from the DMS.
    indexer = tm.add(tg.Pipeline("Nightly precedent indexing", stage=tg.Stage.INGESTION))
    # Every request, proposal and decision, kept for the playbook review.
    history = tm.add(tg.DataStore("Redline history store", stores={redline_log, decisions}))

# ---------------------------------------------------------------- flows
# a draft arrives
tm.flow(counterparty, mail, draft, protocol="smtp")
tm.flow(mail, lawyer, draft, protocol="https")
tm.flow(lawyer, dms, draft, protocol="https", label="files the draft")

# signing in
tm.flow(lawyer, idp, sign_in, protocol="oidc")
tm.flow(idp, lawyer, token, protocol="oidc")

# asking for redlines
tm.flow(lawyer, api, request, draft, token, protocol="https")
tm.flow(api, orchestrator, request, draft)
tm.flow(playbook_store, orchestrator, playbook)
tm.flow(orchestrator, embedder, embed_in, protocol="https", label="query embedding")
tm.flow(embedder, orchestrator, vectors, protocol="https")
tm.flow(orchestrator, index, vectors, label="similarity query")
tm.flow(index, orchestrator, chunks)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, api, redlines)
tm.flow(api, lawyer, redlines, protocol="https")
tm.flow(lawyer, api, decisions, protocol="https")
tm.flow(api, orchestrator, decisions)
tm.flow(orchestrator, history, redline_log, decisions)

# keeping the playbook and the index current
tm.flow(knowledge, playbook_store, playbook, protocol="https")
tm.flow(
    history, knowledge, redline_log, decisions, protocol="https", label="monthly playbook review"
)
tm.flow(dms, indexer, precedents, label="nightly export")
tm.flow(indexer, embedder, embed_in, protocol="https")
tm.flow(embedder, indexer, vectors, protocol="https")
tm.flow(indexer, index, chunks, vectors)
