"""Rail signalling maintenance assistant: the first design, before any security review.

A railway infrastructure manager gives its signalling technicians a mobile assistant
that answers questions about maintenance procedures and fault-finding on interlockings,
track circuits, axle counters and signals. Technicians use the app on company phones
out on the line, over the public mobile network, and sign in with their company
accounts through the corporate identity provider (OIDC single sign-on).
The assistant runs in the company's cloud VPC. It embeds the question, retrieves
passages from a vector index of railway standards, internal procedures, equipment
manuals (PDFs that suppliers publish on their portals) and past fault reports that
technicians wrote into the asset management system, and asks a hosted LLM to answer
with citations. It cannot change anything in the asset system; its one action is to
open a fault ticket draft, which the technician reviews and submits there or discards.
Controls: SSO at the API, HTTPS between zones, role-based access and an audit trail
in the existing systems, a draft-only ticket account, and encrypted index storage.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Rail signalling maintenance assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Mobile RAG assistant for signalling technicians, answering from standards, "
        "supplier manuals and past fault reports, able to draft fault tickets."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Company account sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("SSO ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
question = tg.Data(
    "Technician question",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Free text: symptoms, asset or location identifiers, what was tried.",
)
answer = tg.Data(
    "Answer with citations",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Prompt with retrieved passages",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, the question and the top-k passages with their sources.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
text_to_embed = tg.Data("Text to embed", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents")
vectors = tg.Data("Embedding vectors", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings")
passages = tg.Data(
    "Retrieved passages",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
manuals = tg.Data(
    "Equipment manuals",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Supplier PDFs: installation, maintenance and fault-finding guides.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
standards = tg.Data(
    "Standards and maintenance procedures",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fault_reports = tg.Data(
    "Fault reports",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Past faults, causes and fixes, written by technicians; include their names.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ticket_draft = tg.Data("Fault ticket draft", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
draft_result = tg.Data("Draft reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
conversations = tg.Data("Conversation logs", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Field mobile network", trust=tg.Trust.UNTRUSTED):
    # The signalling technician out on the line, the system's only user.
    technician = tm.add(tg.Actor("Signalling technician", role="maintenance technician"))
    # Company-issued phone running the assistant app and the asset system's mobile client.
    phone = tm.add(
        tg.Device(
            "Technician phone app",
            fleet=True,
            description="Company-managed phones; the assistant app keeps the SSO session.",
        )
    )

with tm.boundary("Corporate identity provider", trust=tg.Trust.PARTNER):
    # Company accounts live here; the app signs technicians in through OIDC.
    idp = tm.add(tg.ExternalService("Company SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Writes the answers; a general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Answers from the retrieved passages and cites them.",
        )
    )
    # Turns document chunks and questions into vectors for the index.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Equipment suppliers", trust=tg.Trust.PARTNER):
    # Where the manuals come from: each supplier's customer portal.
    supplier_docs = tm.add(
        tg.DataSource(
            "Supplier manual portals",
            origin=tg.Origin.VENDOR,
            provides={manuals},
            description="PDF manuals and technical bulletins, downloaded when they change.",
        )
    )

with tm.boundary("Assistant cloud VPC", trust=tg.Trust.INTERNAL):
    # The only entry point for the app: checks the SSO token on every request.
    api = tm.add(
        tg.Endpoint(
            "Assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="company SSO (OIDC)")},
        )
    )
    # Runs the conversation: retrieval, prompt, LLM call, and the ticket-draft action.
    assistant = tm.add(
        tg.Agent(
            "Maintenance assistant",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="LLM-driven; its only tool opens a fault ticket draft.",
        )
    )
    # The assistant's one action: creates a draft, never a live ticket or a change.
    ticket_tool = tm.add(
        tg.Tool(
            "Fault ticket draft tool",
            capabilities={"write"},
            controls={
                tg.controls.LeastPrivilegeTools(note="service account may only create drafts"),
                tg.controls.HumanInTheLoop(
                    approver="the technician, who submits or discards the draft in the asset system"
                ),
            },
        )
    )
    # Vector index of every document the assistant can cite.
    index = tm.add(
        tg.VectorStore(
            "Maintenance knowledge index",
            stores={vectors, manuals, standards, fault_reports},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job: chunks and embeds new documents and fault reports.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly indexing pipeline",
            stage=tg.Stage.INGESTION,
            description="Extracts PDF text, chunks it, embeds it, and upserts the index.",
        )
    )
    # Keeps conversations for troubleshooting and answer-quality review.
    conv_store = tm.add(tg.DataStore("Conversation log store", stores={conversations}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Maintains the library: uploads standards, procedures and supplier manuals.
    doc_controller = tm.add(tg.Actor("Document controller", role="engineering document control"))
    # Controlled copies of standards, procedures and supplier manuals.
    library = tm.add(
        tg.DataStore(
            "Engineering document library",
            stores={manuals, standards},
            controls={tg.controls.RBAC()},
        )
    )
    # The system of record for assets, fault reports and tickets.
    asset_system = tm.add(
        tg.DataStore(
            "Asset management system",
            stores={fault_reports, ticket_draft},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
# sign-in and questions from the field
tm.flow(technician, phone, question)
tm.flow(phone, technician, answer)
tm.flow(phone, idp, sign_in, protocol="https", label="SSO sign-in")
tm.flow(idp, phone, id_token, protocol="https")
tm.flow(phone, api, question, id_token, protocol="https")
tm.flow(api, phone, answer, protocol="https")
tm.flow(api, assistant, question)
tm.flow(assistant, api, answer)

# retrieval and generation
tm.flow(assistant, embedder, question, protocol="https", label="embed question")
tm.flow(embedder, assistant, vectors, protocol="https")
tm.flow(assistant, index, vectors, label="similarity query")
tm.flow(index, assistant, passages)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, conv_store, conversations)

# the one action: a fault ticket draft
tm.flow(assistant, ticket_tool, ticket_draft)
tm.flow(ticket_tool, asset_system, ticket_draft, protocol="https")
tm.flow(asset_system, ticket_tool, draft_result, protocol="https")
tm.flow(ticket_tool, assistant, draft_result)

# how the knowledge gets in
tm.flow(
    phone, asset_system, fault_reports, protocol="https", label="technicians file fault reports"
)
tm.flow(supplier_docs, doc_controller, manuals, protocol="https", label="downloaded from portals")
tm.flow(doc_controller, library, manuals, standards, label="uploads controlled copies")
tm.flow(library, indexer, manuals, standards, protocol="https")
tm.flow(asset_system, indexer, fault_reports, protocol="https")
tm.flow(indexer, embedder, text_to_embed, protocol="https")
tm.flow(embedder, indexer, vectors, protocol="https")
tm.flow(indexer, index, vectors, manuals, standards, fault_reports)
