"""Tender comparison assistant: the first design, before any security review.

Our estimators invite subcontractors to price work packages through a hosted
e-tendering portal. When a package closes, an intake service downloads the
tender returns (priced schedules, method statements, exclusions and
qualifications) into the project document store, next to the specification the
estimator uploads. An indexing pipeline extracts the text, chunks it and embeds
it with the LLM vendor's embedding model into a vector index. From the estimating
web app, an estimator asks for a comparison of a package; an orchestrator
retrieves the relevant specification clauses and tender sections, sends them to a
hosted LLM and saves the drafted comparison (compliance gaps, exclusions,
normalised prices) for the estimator to edit and sign off. The app and the stores
run in our cloud tenant behind corporate SSO with MFA; the vendor contract rules
out training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tender comparison assistant",
    profile=tg.RiskProfile.LOW,
    description=(
        "Compares subcontractor tender returns with the project specification and "
        "drafts a tender comparison for the estimator."
    ),
)

# ---------------------------------------------------------------- data assets
tender_returns = tg.Data(
    "Tender returns",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF and spreadsheet submissions: priced schedules, programmes, "
    "method statements, exclusions and qualifications.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
specification = tg.Data(
    "Project specification",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Specification sections and the bill of quantities for the package.",
)
portal_key = tg.Data(
    "Tendering portal API key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
chunk_text = tg.Data(
    "Document chunk text",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Text of specification clauses and tender sections, or a clause used as a query.",
)
embeddings = tg.Data(
    "Chunk embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
retrieved = tg.Data(
    "Retrieved clauses and tender sections",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
comparison_request = tg.Data(
    "Comparison request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The package, the tenders to compare and the estimator's instructions.",
)
comparison_prompt = tg.Data(
    "Comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Our prompt template, the specification clauses and the tender excerpts.",
)
llm_draft = tg.Data(
    "LLM comparison draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft_comparison = tg.Data(
    "Draft tender comparison",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Comparison table and narrative, edited and signed off by the estimator.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Subcontractors who price our packages; anyone invited can upload a return.
    subcontractor = tm.add(tg.Actor("Subcontractor", role="tenderer"))

with tm.boundary("Tendering portal provider", trust=tg.Trust.PARTNER):
    # The SaaS e-tendering portal where invitations go out and returns come in.
    portal = tm.add(tg.ExternalService("E-tendering portal", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the documents and drafts the comparison.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's EU API endpoint.",
            controls={c.SupplierAssessment(note="contract: no training on our data, EU region")},
        )
    )
    # The same vendor's embedding model, used for indexing and for queries.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Contractor cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls tender returns from the portal when a package closes.
    intake = tm.add(
        tg.Service(
            "Tender intake service",
            controls={c.SecretsManagement(note="portal API key in the cloud key vault")},
        )
    )
    # The project's document store: specifications and tender returns.
    doc_store = tm.add(
        tg.DataStore(
            "Project document store",
            stores={tender_returns, specification},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(note="project team membership"),
            },
        )
    )
    # Text extraction, OCR, chunking and embedding of new documents.
    indexer = tm.add(
        tg.Pipeline(
            "Document indexing pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="PDF and spreadsheet parsing with open-source libraries, OCR for scans.",
        )
    )
    # Chunks and embeddings of specifications and tenders, per project.
    index = tm.add(
        tg.VectorStore("Tender and specification index", stores={chunk_text, embeddings})
    )
    # Builds the prompt from retrieved clauses and tender sections and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Comparison orchestrator",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Drafts and signed-off comparisons, kept with the tender file.
    drafts = tm.add(tg.DataStore("Comparison drafts store", stores={draft_comparison}))
    # The estimators' web app: upload the specification, ask for and edit comparisons.
    app = tm.add(
        tg.Endpoint(
            "Estimating web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="estimators see the projects they are assigned to"),
                c.HumanInTheLoop(
                    approver="estimator",
                    note="every comparison is edited and signed off before it is issued",
                ),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs the tender exercise and owns the comparison.
    estimator = tm.add(tg.Actor("Estimator", role="estimator"))
    # Reads the signed-off comparison to recommend the subcontract award.
    commercial_manager = tm.add(tg.Actor("Commercial manager", role="commercial manager"))

# ---------------------------------------------------------------- flows
# Tender returns come in through the portal
tm.flow(subcontractor, portal, tender_returns, protocol="https")
tm.flow(intake, portal, portal_key, protocol="https", label="download after tender closes")
tm.flow(portal, intake, tender_returns, protocol="https")
tm.flow(intake, doc_store, tender_returns)

# The estimator uploads the specification
tm.flow(estimator, app, specification, comparison_request, protocol="https")
tm.flow(app, doc_store, specification)

# Indexing
tm.flow(doc_store, indexer, tender_returns, specification)
tm.flow(indexer, embedder, chunk_text, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, chunk_text, embeddings)

# Drafting a comparison
tm.flow(app, orchestrator, comparison_request)
tm.flow(orchestrator, embedder, chunk_text, protocol="https", label="query clauses")
tm.flow(embedder, orchestrator, embeddings, protocol="https")
tm.flow(orchestrator, index, embeddings, label="similarity query")
tm.flow(index, orchestrator, retrieved)
tm.flow(orchestrator, llm, comparison_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_draft, protocol="https")
tm.flow(orchestrator, drafts, draft_comparison)

# Review, sign-off and use
tm.flow(drafts, app, draft_comparison)
tm.flow(app, drafts, draft_comparison, label="edits and sign-off")
tm.flow(app, estimator, draft_comparison, protocol="https")
tm.flow(app, commercial_manager, draft_comparison, protocol="https")
