"""Chemical safety RAG assistant: the first design, before any security review.

A university chemistry department gives its researchers and technicians a chat
assistant for questions about storing, segregating and disposing of chemicals:
"can this go in the flammables cabinet with X", "how do I quench and dispose of Y".
Answers are drawn from suppliers' safety data sheets and the department's own
storage and waste procedures, which the departmental safety officer uploads and
maintains through an admin page, and from the department's chemical inventory
system (what is held, where, and how much). A nightly job fetches updated SDS
revisions from supplier websites for the CAS numbers in the inventory, and an
indexing pipeline chunks and embeds the documents into a vector index. The
assistant runs in the university's private cloud, reachable on campus and over
the VPN, behind university single sign-on with MFA; a hosted LLM under the
university's enterprise agreement writes the answers. Each retrieved chunk keeps
its supplier and revision date; every conversation is logged for the safety officer.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University lab chemical inventory and safety data sheet RAG",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Answers researchers' chemical storage, incompatibility and disposal "
    "questions from safety data sheets, local procedures and the inventory.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Researcher question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Prompt with retrieved context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, SDS and procedure chunks, inventory rows.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
supplier_sds = tg.Data(
    "Supplier safety data sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PDF SDS from chemical suppliers, one per product and revision.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
procedures = tg.Data(
    "Department storage and waste procedures",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Local segregation rules, cabinet allocations, waste streams and "
    "quench procedures written by the safety officer.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
chunks = tg.Data(
    "Safety document chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
inventory = tg.Data(
    "Chemical inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Container, CAS number, quantity, room and cabinet, owning group "
    "and the name of the person who registered it.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
inventory_update = tg.Data(
    "Inventory container update", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
cas_list = tg.Data("CAS numbers held", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
chat_logs = tg.Data(
    "Conversation logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="University username, question, retrieved chunks and answer.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Suppliers' public SDS download pages (Sigma-Aldrich, Fisher, VWR, ...).
    supplier_sites = tm.add(
        tg.DataSource(
            "Supplier SDS websites",
            origin=tg.Origin.VENDOR,
            provides={supplier_sds},
        )
    )

with tm.boundary("University campus network", trust=tg.Trust.INTERNAL):
    # PhD students, postdocs and staff asking about the chemicals they work with.
    researcher = tm.add(tg.Actor("Researcher", role="researcher"))
    # Registers new containers and disposals in the inventory.
    technician = tm.add(tg.Actor("Lab technician", role="technician"))
    # Owns the safety documents and reads the conversation logs.
    safety_officer = tm.add(
        tg.Actor("Departmental safety officer", role="safety officer", privileged=True)
    )

with tm.boundary("University IT", trust=tg.Trust.INTERNAL):
    # Central single sign-on used by every departmental service.
    sso = tm.add(
        tg.ExternalService(
            "University single sign-on", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )
    # The department's existing inventory system, used before this project.
    inventory_system = tm.add(
        tg.DataStore(
            "Chemical inventory system",
            stores={inventory},
            controls={c.Authentication(method="university single sign-on with MFA")},
        )
    )

with tm.boundary("University private cloud", trust=tg.Trust.INTERNAL):
    # Chat page researchers use; on campus or over the VPN only.
    chat_app = tm.add(
        tg.Endpoint(
            "Safety assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university single sign-on with MFA")},
        )
    )
    # Admin page where the safety officer uploads and retires documents.
    admin_page = tm.add(
        tg.Endpoint(
            "Document admin page",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university single sign-on with MFA"),
                c.RBAC(note="only the safety officer's group may upload or retire"),
            },
        )
    )
    # Retrieves chunks and inventory rows, builds the prompt, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Looks up inventory rows for chemicals named in the question "
            "through a read-only inventory API account.",
            controls={c.AuditLogging(note="every conversation written to the log store")},
        )
    )
    # The SDS and procedure PDFs the index is built from.
    doc_library = tm.add(tg.DataStore("Safety document library", stores={supplier_sds, procedures}))
    # Nightly fetch of new SDS revisions, then chunking and embedding.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly SDS fetch and indexing pipeline",
            stage=tg.Stage.INGESTION,
            description="Fetches the current SDS for each CAS number held, then "
            "re-chunks and re-embeds changed documents.",
        )
    )
    # Vector index of SDS sections and procedures.
    index = tm.add(
        tg.VectorStore(
            "Safety document index",
            stores={chunks},
            controls={
                c.ProvenanceTracking(note="supplier, product and SDS revision date per chunk")
            },
        )
    )
    # Kept so the safety officer can spot wrong or risky answers.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={chat_logs}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model under the university's enterprise agreement; also embeds chunks.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="university procurement and data protection review")
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(researcher, sso, label="signs in", protocol="https")
tm.flow(sso, chat_app, label="identity assertion", protocol="saml")
tm.flow(researcher, chat_app, question, protocol="https")
tm.flow(chat_app, orchestrator, question)
tm.flow(orchestrator, index, question, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved context")
tm.flow(orchestrator, inventory_system, question, protocol="https", label="inventory lookup")
tm.flow(inventory_system, orchestrator, inventory, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, chat_logs)
tm.flow(orchestrator, chat_app, answer)
tm.flow(chat_app, researcher, answer, protocol="https")

tm.flow(technician, inventory_system, inventory_update, protocol="https")
tm.flow(safety_officer, admin_page, supplier_sds, procedures, protocol="https")
tm.flow(admin_page, doc_library, supplier_sds, procedures)
tm.flow(log_store, admin_page, chat_logs)
tm.flow(admin_page, safety_officer, chat_logs, protocol="https")

tm.flow(inventory_system, indexer, cas_list, protocol="https", label="nightly export")
tm.flow(supplier_sites, indexer, supplier_sds, protocol="https", label="nightly fetch")
tm.flow(indexer, doc_library, supplier_sds)
tm.flow(doc_library, indexer, supplier_sds, procedures)
tm.flow(indexer, llm, chunks, protocol="https", label="embedding request")
tm.flow(llm, indexer, chunks, protocol="https", label="embeddings")
tm.flow(indexer, index, chunks)
