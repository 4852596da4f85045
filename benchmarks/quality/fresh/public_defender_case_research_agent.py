"""Public defender case research agent: the first design, before any security review.

Staff attorneys of a county public defender's office ask a research agent to find
case law and facts for a client's case and to draft motions and research memos.
Prosecutors upload discovery (police reports, witness statements, lab results)
through an internet-facing portal that the office runs in its cloud tenant; an
ingestion job OCRs and chunks each upload, embeds it through the LLM vendor's API
and indexes it per case. The agent, running in the same tenant, calls a hosted
LLM and three tools: discovery search over the case index, a case-law search that
queries a commercial legal research API, and a drafting tool that saves drafts to
the case management system. Attorneys review and edit every draft and file it
themselves through the court's e-filing system; the agent cannot file anything.
Controls: prosecutor accounts with MFA and file-type checks on the portal, index
retrieval scoped to the attorneys assigned to the case, encryption and roles on
case data, a vendor contract with zero data retention, and an agent step limit.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Public defender case research agent",
    profile=tg.RiskProfile.HIGH,
    description="Drafts motions and research memos from case law and prosecution discovery.",
)

# ---------------------------------------------------------------- data assets
discovery = tg.Data(
    "Discovery documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Police reports, witness statements, lab results, criminal histories.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
discovery_chunks = tg.Data(
    "Discovery chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
embeddings = tg.Data("Discovery embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
research_request = tg.Data(
    "Research request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The attorney's question, often stating the defence theory.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, request, case context, retrieved discovery and case law.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
caselaw_query = tg.Data(
    "Case law query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Search terms that can reveal the defence strategy.",
)
caselaw_results = tg.Data("Case law results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
draft = tg.Data(
    "Draft motion or memo",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Attorney work product until filed.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_file = tg.Data(
    "Client case file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Charges, client interview notes and privileged attorney-client communications.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
filing = tg.Data("Filed motion", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Prosecutor agencies", trust=tg.Trust.PARTNER):
    # Assistant district attorneys and police records staff who serve discovery.
    prosecutor = tm.add(tg.Actor("Prosecutor", role="discovery uploader"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Asks for research, reviews and edits drafts, and files them.
    attorney = tm.add(tg.Actor("Staff attorney", role="assistant public defender"))

with tm.boundary("Office cloud tenant", trust=tg.Trust.INTERNAL):
    # Where prosecutors deliver discovery instead of email and USB drives.
    portal = tm.add(
        tg.Endpoint(
            "Discovery portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="per-prosecutor accounts with MFA"),
                tg.controls.InputValidation(note="PDF, DOCX, JPEG and MP4 only; 2 GB cap"),
            },
        )
    )
    # OCRs, chunks and embeds each upload into the case's index.
    ingestion = tm.add(
        tg.Pipeline(
            "Discovery ingestion job",
            stage=tg.Stage.INGESTION,
            description="OCR, text extraction and chunking of each uploaded file.",
        )
    )
    # Plans the research, calls tools and writes drafts; attorneys act on them.
    agent = tm.add(
        tg.Agent(
            "Case research agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={
                tg.controls.CircuitBreaker(max_steps=40),
                tg.controls.HumanInTheLoop(
                    approver="assigned attorney",
                    note="every draft is reviewed and filed by an attorney",
                ),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Semantic search over the case's discovery.
    discovery_search = tm.add(tg.Tool("Discovery search tool", capabilities={"read"}))
    # Client for the legal research vendor's search API.
    caselaw_search = tm.add(
        tg.Tool("Case law search tool", capabilities={"read", "network-egress"})
    )
    # Saves drafts into the case's drafts folder.
    drafting = tm.add(
        tg.Tool(
            "Draft writer tool",
            capabilities={"write"},
            controls={tg.controls.LeastPrivilegeTools(note="can write only the drafts folder")},
        )
    )

    with tm.boundary("Case data", trust=tg.Trust.RESTRICTED):
        # Raw discovery as received, kept for the life of the case.
        discovery_store = tm.add(
            tg.DataStore(
                "Discovery store",
                stores={discovery},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )
        # Per-case vector index the agent searches.
        case_index = tm.add(
            tg.VectorStore(
                "Case discovery index",
                stores={discovery_chunks, embeddings},
                controls={
                    tg.controls.PermissionAwareRetrieval(
                        note="filtered to cases the requesting attorney is assigned to"
                    )
                },
            )
        )
        # The office's system of record for clients, cases and documents.
        case_management = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_file, draft},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model for generation and embeddings under an enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="zero data retention, no training on inputs")
            },
        )
    )

with tm.boundary("Legal research vendor", trust=tg.Trust.PARTNER):
    # Commercial case law and statute database.
    caselaw_db = tm.add(
        tg.ExternalService("Case law database", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("State courts", trust=tg.Trust.PARTNER):
    # Where attorneys file the finished motions.
    efiling = tm.add(tg.ExternalService("Court e-filing system"))

# ---------------------------------------------------------------- flows
tm.flow(prosecutor, portal, discovery, protocol="https", label="upload")
tm.flow(portal, discovery_store, discovery)
tm.flow(discovery_store, ingestion, discovery)
tm.flow(ingestion, llm, discovery_chunks, protocol="https", label="embedding request")
tm.flow(llm, ingestion, embeddings, protocol="https")
tm.flow(ingestion, case_index, discovery_chunks, embeddings)

tm.flow(attorney, agent, research_request, protocol="https")
tm.flow(case_management, agent, case_file, label="case context")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, discovery_search, tool_call)
tm.flow(discovery_search, case_index, tool_call, label="similarity query")
tm.flow(case_index, discovery_search, discovery_chunks)
tm.flow(discovery_search, agent, discovery_chunks)

tm.flow(agent, caselaw_search, caselaw_query)
tm.flow(caselaw_search, caselaw_db, caselaw_query, protocol="https")
tm.flow(caselaw_db, caselaw_search, caselaw_results, protocol="https")
tm.flow(caselaw_search, agent, caselaw_results)

tm.flow(agent, drafting, draft)
tm.flow(drafting, case_management, draft)
tm.flow(agent, attorney, completion, protocol="https", label="research summary")

tm.flow(case_management, attorney, draft, case_file, protocol="https")
tm.flow(attorney, case_management, draft, case_file, protocol="https", label="edits and notes")
tm.flow(attorney, efiling, filing, protocol="https")
