"""Regulatory submission drafter: the first design, before any security review.

Regulatory affairs writers open an internal web app, pick a section of a marketing
application (for example a clinical overview or a summary of clinical efficacy)
and ask for a draft. An orchestrator in the company's AI platform retrieves
passages from clinical study reports, statistical outputs and prior submissions,
which an indexing job copies nightly from the validated document management
system (DMS) into a vector index, and asks an LLM in the company's tenant at a
cloud provider to write the section with citations to the source documents. The
draft is saved back to the DMS as a new document in draft state; medical writers
edit it there, QA approves it with an electronic signature, and only approved
documents move on to the submission publishing system and the health authority
gateway. The app uses company SSO; the DMS enforces roles and keeps its audit
trail; the cloud tenant has a no-retention agreement reviewed by procurement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regulatory submission drafter",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM drafting of marketing-application sections from clinical and regulatory "
        "documents, with human editing and QA approval before publishing."
    ),
)

# ---------------------------------------------------------------- data assets
section_request = tg.Data(
    "Section request",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The chosen section, product, studies in scope and the writer's notes.",
)
csrs = tg.Data(
    "Clinical study reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Includes pseudonymised patient narratives from EU and US sites.",
)
stat_outputs = tg.Data(
    "Statistical outputs",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tables, listings and figures from the study analyses.",
)
prior_submissions = tg.Data(
    "Prior submissions",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
chunks = tg.Data(
    "Source passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Chunks of the source documents with document id, version and page.",
)
query_embedding = tg.Data(
    "Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Section template, style guide, the request and the retrieved passages.",
)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft section with citations",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval = tg.Data(
    "QA approval signature",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approved_section = tg.Data(
    "Approved section",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
submission = tg.Data(
    "eCTD submission sequence",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
generation_log = tg.Data(
    "Generation records",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Request, prompt, sources retrieved and model version for each draft.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Picks the section and requests the first draft.
    reg_writer = tm.add(tg.Actor("Regulatory writer", role="regulatory affairs"))
    # Edits the draft in the DMS into submission-ready text.
    medical_writer = tm.add(tg.Actor("Medical writer", role="medical writing"))
    # Reviews and signs off the section before publishing.
    qa_reviewer = tm.add(tg.Actor("QA reviewer", role="quality assurance", privileged=True))

with tm.boundary("AI platform", trust=tg.Trust.INTERNAL):
    # The writers' entry point: section picker, request form and draft preview.
    drafting_app = tm.add(
        tg.Endpoint(
            "Drafting web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via company SSO")},
        )
    )
    # Retrieves source passages, builds the prompt, calls the LLM, saves the draft.
    orchestrator = tm.add(
        tg.Service(
            "Drafting orchestrator",
            description="Fixed retrieve-then-draft pipeline; no tool calls by the model.",
        )
    )
    # Copies CSRs, statistical outputs and prior submissions from the DMS and embeds them.
    indexer = tm.add(tg.Pipeline("Document indexing job", stage=tg.Stage.INGESTION))
    # Holds the chunked source documents for retrieval.
    index = tm.add(
        tg.VectorStore(
            "Submission content index",
            stores={chunks},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Keeps what each draft was generated from, for traceability.
    gen_log = tm.add(tg.DataStore("Generation log", stores={generation_log}))

with tm.boundary("Cloud LLM tenant", trust=tg.Trust.PARTNER):
    # Writes the section from the retrieved passages.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="no-retention, no-training terms reviewed")},
        )
    )
    # Embeds document chunks and writers' queries for the index.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("GxP validated systems", trust=tg.Trust.RESTRICTED):
    # System of record for study documents and submission content, with its workflow.
    dms = tm.add(
        tg.DataStore(
            "Validated document management system",
            stores={csrs, stat_outputs, prior_submissions, draft, approved_section},
            controls={c.RBAC(), c.AuditLogging(note="Part 11 audit trail")},
        )
    )
    # Assembles approved documents into eCTD sequences.
    publishing = tm.add(tg.Service("Submission publishing system"))

with tm.boundary("Health authority", trust=tg.Trust.PARTNER):
    # Where the finished submission is sent.
    gateway = tm.add(tg.ExternalService("Health authority gateway"))

# ---------------------------------------------------------------- flows
tm.flow(reg_writer, drafting_app, section_request, protocol="https")
tm.flow(drafting_app, reg_writer, draft, protocol="https", label="draft preview")
tm.flow(drafting_app, orchestrator, section_request)
tm.flow(orchestrator, drafting_app, draft)

tm.flow(orchestrator, embedder, section_request, protocol="https")
tm.flow(embedder, orchestrator, query_embedding, protocol="https")
tm.flow(orchestrator, index, query_embedding, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved passages")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, gen_log, generation_log)
tm.flow(orchestrator, dms, draft, protocol="https", label="save as draft")

tm.flow(
    dms, indexer, csrs, stat_outputs, prior_submissions, protocol="https", label="nightly export"
)
tm.flow(indexer, embedder, chunks, protocol="https")
tm.flow(embedder, indexer, chunks, protocol="https", label="embeddings")
tm.flow(indexer, index, chunks)

tm.flow(dms, medical_writer, draft, protocol="https")
tm.flow(medical_writer, dms, draft, protocol="https", label="edits")
tm.flow(dms, qa_reviewer, draft, protocol="https")
tm.flow(qa_reviewer, dms, approval, protocol="https", label="e-signature")
tm.flow(
    dms,
    publishing,
    approved_section,
    controls={c.HumanInTheLoop(approver="QA reviewer")},
    label="approved documents only",
)
tm.flow(publishing, gateway, submission, protocol="https")
