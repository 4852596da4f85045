"""Pharmaceutical batch record review assistant: the first design.

Production operators execute batches in the manufacturing execution system (MES),
which holds the electronic batch record (eBR) with every step, measurement and
operator e-signature. When a batch is complete, an export job pulls its eBR
through the MES API and hands it to a review service in the quality IT network.
The service retrieves the relevant SOPs and master batch record instructions
from an index fed by the document management system, and asks an LLM hosted in
the company's cloud tenant to list deviations, out-of-range values and missing
or out-of-order signatures. Flagged items go to a review store and are shown in
a QA review portal; a QA reviewer confirms or dismisses each item, raises
deviations in the quality management system, and signs the batch release in
the MES. The MES already has Part 11 e-signatures, role-based access and an
audit trail; the portal uses corporate SSO; the LLM vendor passed supplier
qualification. The review service itself adds no further controls yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Batch record review LLM",
    profile=tg.RiskProfile.HIGH,
    description="LLM pre-review of electronic batch records before QA batch release.",
)

# ---------------------------------------------------------------- data assets
batch_entries = tg.Data(
    "Batch execution entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Step completions, weights, readings and operator e-signatures.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ebr = tg.Data(
    "Electronic batch record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The full eBR with its audit trail, including operator names and signatures.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ebr_text = tg.Data(
    "Exported batch record",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The eBR rendered to structured text, section by section.",
)
sops = tg.Data(
    "SOPs and master batch records",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
sop_chunks = tg.Data(
    "SOP chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sop_context = tg.Data(
    "Retrieved SOP context", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_query = tg.Data("SOP lookup query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Review instructions, one eBR section and the matching SOP passages.",
)
completion = tg.Data("LLM review output", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
flagged = tg.Data(
    "Flagged review items",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dispositions = tg.Data(
    "Reviewer dispositions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
deviation = tg.Data("Deviation report", kind="records", sensitivity=tg.Sensitivity.REGULATED)
release = tg.Data(
    "Batch release signature",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Manufacturing network", trust=tg.Trust.RESTRICTED):
    # Records each step on the shop floor and signs it in the MES.
    operator = tm.add(tg.Actor("Production operator", role="operator"))
    # System of record for batch execution; the only place a batch is released.
    mes = tm.add(
        tg.Service(
            "Manufacturing execution system",
            description="Commercial MES; executes master batch records and captures e-signatures.",
            controls={
                c.Authentication(method="user id and password e-signature (21 CFR Part 11)"),
                c.RBAC(),
                c.AuditLogging(note="Part 11 audit trail on every record change"),
                c.HumanInTheLoop(approver="QA reviewer", note="release needs a QA e-signature"),
            },
        )
    )
    # Holds the eBRs and their audit trails for the retention period.
    ebr_db = tm.add(
        tg.DataStore(
            "eBR database",
            stores={ebr},
            controls={c.DataVersioning(note="nightly backups with restore tests")},
        )
    )

with tm.boundary("Quality IT network", trust=tg.Trust.INTERNAL):
    # Pulls completed batch records out of the MES for review.
    export_job = tm.add(
        tg.Pipeline(
            "Batch record export job",
            stage=tg.Stage.INGESTION,
            description="Triggered when a batch reaches 'complete'; renders the eBR as text.",
        )
    )
    # Keeps the SOP index in step with the current effective documents.
    sop_indexer = tm.add(
        tg.Pipeline(
            "SOP indexing job",
            stage=tg.Stage.INGESTION,
            description="Chunks and embeds effective SOPs and master batch records weekly.",
        )
    )
    # Lets the review service find the instructions a batch step must follow.
    sop_index = tm.add(tg.VectorStore("SOP index", stores={sop_chunks}))
    # Splits the eBR into sections, builds prompts and turns LLM output into flagged items.
    review_service = tm.add(
        tg.Service(
            "Batch review service",
            description="Orchestrates the LLM review of each eBR section.",
        )
    )
    # Where flagged items and reviewer decisions are kept until the batch is released.
    review_store = tm.add(tg.DataStore("Review findings store", stores={flagged, dispositions}))
    # Web app where QA works through the flagged items.
    qa_portal = tm.add(
        tg.Endpoint(
            "QA review portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Confirms each flagged item and signs the release in the MES.
    qa_reviewer = tm.add(tg.Actor("QA reviewer", role="quality assurance", privileged=True))
    # Controlled source of SOPs and master batch records.
    dms = tm.add(
        tg.DataSource(
            "Document management system",
            origin=tg.Origin.INTERNAL,
            provides={sops},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Where confirmed deviations are investigated (CAPA workflow).
    qms = tm.add(tg.Service("Quality management system"))

with tm.boundary("LLM cloud tenant", trust=tg.Trust.PARTNER):
    # The model that reads the batch record against the SOPs.
    llm = tm.add(
        tg.LLM(
            "Hosted review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model deployed in the company's cloud subscription.",
            controls={
                c.SupplierAssessment(note="qualified as a GMP supplier; no prompt retention")
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(operator, mes, batch_entries, protocol="https", label="executes and signs steps")
tm.flow(mes, operator, ebr, protocol="https", label="batch instructions and record")
tm.flow(mes, ebr_db, ebr)
tm.flow(ebr_db, mes, ebr)

tm.flow(mes, export_job, ebr, protocol="https", label="completed batch via MES API")
tm.flow(export_job, review_service, ebr_text)

tm.flow(dms, sop_indexer, sops, protocol="https")
tm.flow(sop_indexer, sop_index, sop_chunks)
tm.flow(review_service, sop_index, review_query, label="similarity query")
tm.flow(sop_index, review_service, sop_context)

tm.flow(review_service, llm, review_prompt, protocol="https")
tm.flow(llm, review_service, completion, protocol="https")
tm.flow(review_service, review_store, flagged)

tm.flow(review_store, qa_portal, flagged, dispositions)
tm.flow(qa_portal, review_store, dispositions)
tm.flow(qa_portal, qa_reviewer, flagged, ebr_text, protocol="https")
tm.flow(qa_reviewer, qa_portal, dispositions, protocol="https")

tm.flow(qa_reviewer, qms, deviation, protocol="https")
tm.flow(mes, qa_reviewer, ebr, protocol="https", label="reviews the eBR")
tm.flow(qa_reviewer, mes, release, protocol="https", label="signs batch release")
