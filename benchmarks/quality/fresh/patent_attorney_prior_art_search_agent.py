"""Prior-art search agent for a patent firm: the first design, before any security review.

Inventors at client companies upload a confidential invention disclosure to the
firm's client portal, where it is filed in the matter's folder in the document
management system. A patent attorney opens the matter in a review workspace and
starts a prior-art search. An LLM agent in the firm's cloud tenant reads the
disclosure, plans queries and runs them through two tools: one searches a
commercial patent database under the firm's subscription, the other searches
and fetches scholarly papers and preprints from the open web. The agent also
looks up similar reports the firm wrote for earlier matters in a shared index,
and drafts a prior-art report that the attorney reviews and edits before filing
it. The language model is a vendor-hosted API under a reviewed no-retention
contract. The portal and workspace require sign-in with a second factor, the
document system is encrypted with per-matter access, and the agent has a step cap.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Patent prior-art search agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts prior-art reports from confidential invention disclosures for attorneys.",
)

# ---------------------------------------------------------------- data assets
disclosure = tg.Data(
    "Invention disclosure",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unpublished description, drawings and claims sketch of the invention.",
)
inventor_details = tg.Data(
    "Inventor details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, employers, addresses and e-mail of the inventors.",
)
upload_receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
search_brief = tg.Data(
    "Search brief",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The attorney's instructions: matter, technical field, key features, cut-off date.",
)
attorney_edits = tg.Data(
    "Attorney edits", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, disclosure excerpts, tool results and retrieved report excerpts.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_queries = tg.Data(
    "Search queries",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Keyword and classification queries built from the disclosure's features.",
)
patent_docs = tg.Data(
    "Patent documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published applications and granted patents with abstracts and claims.",
)
papers = tg.Data(
    "Scholarly papers",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Journal articles, conference papers and preprints, full text where open.",
)
search_results = tg.Data("Search results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
past_excerpts = tg.Data(
    "Past report excerpts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Passages of prior-art reports written for other clients' matters.",
)
report_embeddings = tg.Data(
    "Report embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_report = tg.Data(
    "Draft prior-art report",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cited references, mapping to the invention's features and a patentability view.",
)
final_report = tg.Data(
    "Final prior-art report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client's inventor, who submits the disclosure from their own company.
    inventor = tm.add(tg.Actor("Inventor", role="client inventor"))
    # Open literature: publisher pages, repositories and preprint servers anyone can post to.
    scholarly_web = tm.add(
        tg.DataSource(
            "Scholarly literature on the web",
            origin=tg.Origin.PUBLIC_WEB,
            provides={papers},
            description="Open-access publishers, arXiv and other preprint servers, via their search APIs.",
        )
    )

with tm.boundary("Patent data vendor", trust=tg.Trust.PARTNER):
    # The commercial patent database the firm subscribes to; it sees every query.
    patent_db = tm.add(
        tg.ExternalService(
            "Commercial patent database",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Full-text worldwide patent search API under the firm's subscription.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent; no fine-tuning, prompts are not retained.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model from an enterprise API with zero data retention.",
            controls={
                c.SupplierAssessment(
                    note="vendor terms and retention reviewed by the firm's IT and GC"
                )
            },
        )
    )

with tm.boundary("Firm office network", trust=tg.Trust.INTERNAL):
    # The attorney who commissions the search and is responsible for the report.
    attorney = tm.add(tg.Actor("Patent attorney", role="attorney"))

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Where clients hand the firm their disclosures; the only part open to clients.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.InputValidation(note="PDF, DOCX and image files only, 50 MB cap"),
            },
        )
    )
    # Attorney-facing app: starts searches, shows drafts, takes edits, files the final report.
    workspace = tm.add(
        tg.Service(
            "Report review workspace",
            controls={c.Authentication(method="firm SSO (OIDC) with MFA")},
        )
    )
    # The LLM agent that plans the search, calls the tools and writes the draft.
    agent = tm.add(
        tg.Agent(
            "Prior-art search agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs search rounds on its own until it judges coverage sufficient, then drafts.",
            controls={c.CircuitBreaker(max_steps=60)},
        )
    )
    # Wraps the patent database API; holds the firm's subscription key.
    patent_tool = tm.add(
        tg.Tool(
            "Patent search tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="database API key in the cloud key vault")},
        )
    )
    # Searches scholarly APIs and fetches full text of the papers the agent picks.
    literature_tool = tm.add(
        tg.Tool("Literature search tool", capabilities={"read", "network-egress"})
    )
    # Past reports across all matters, so the agent can reuse earlier search strategies.
    report_index = tm.add(
        tg.VectorStore("Past report index", stores={past_excerpts, report_embeddings})
    )
    # Chunks and embeds each final report into the index after filing.
    indexing_job = tm.add(
        tg.Pipeline(
            "Report indexing job",
            stage=tg.Stage.INGESTION,
            description="Nightly; embeds with a small open-weights embedding model inside the job.",
        )
    )

    with tm.boundary("Document management", trust=tg.Trust.RESTRICTED):
        # The firm's matter-centric document system of record.
        dms = tm.add(
            tg.DataStore(
                "Matter document system",
                stores={disclosure, inventor_details, final_report},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="matter-level access lists"),
                    c.AuditLogging(),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(inventor, portal, disclosure, inventor_details, protocol="https", label="upload")
tm.flow(portal, inventor, upload_receipt, protocol="https")
tm.flow(portal, dms, disclosure, inventor_details, label="file to matter")

tm.flow(attorney, workspace, search_brief, attorney_edits, protocol="https")
tm.flow(workspace, attorney, draft_report, protocol="https")
tm.flow(workspace, agent, search_brief, label="start search")
tm.flow(dms, agent, disclosure, label="read disclosure")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, patent_tool, search_queries)
tm.flow(patent_tool, patent_db, search_queries, protocol="https")
tm.flow(patent_db, patent_tool, patent_docs, protocol="https")
tm.flow(patent_tool, agent, search_results)

tm.flow(agent, literature_tool, search_queries)
tm.flow(literature_tool, scholarly_web, search_queries, protocol="https")
tm.flow(scholarly_web, literature_tool, papers, protocol="https")
tm.flow(literature_tool, agent, search_results)

tm.flow(agent, report_index, search_queries, label="similarity query")
tm.flow(report_index, agent, past_excerpts, label="similar past reports")

tm.flow(agent, workspace, draft_report)
tm.flow(workspace, dms, final_report, label="file final report")
tm.flow(dms, indexing_job, final_report, label="nightly export")
tm.flow(indexing_job, report_index, past_excerpts, report_embeddings)
