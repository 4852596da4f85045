"""Construction tender bid comparison assistant: the first design, before any security review.

A public body's procurement team runs construction tenders on a hosted
e-tendering portal. After the deadline, an ingestion job pulls every contractor's
submission (method statements, pricing schedules, key staff CVs) through the
portal's API, extracts the text, embeds it with the LLM vendor's embedding model
and indexes it per tender. A procurement officer starts a comparison run from the
evaluation workspace; the comparison service retrieves each bid's passages for
every evaluation criterion in the tender documents and asks a hosted LLM to draft
scoring notes. The evaluation panel reads the drafts, scores and moderates in the
workspace; the LLM never awards a score. Controls in this design: staff SSO with
MFA and per-tender roles on the workspace, TLS to the vendors, the portal API key
kept in a vault, encryption at rest and an audit trail on the evaluation record.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Construction tender bid comparison assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts of scoring notes comparing tender submissions against evaluation criteria.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Tender submission",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Method statements, programme, pricing schedule; commercially sensitive.",
)
cvs = tg.Data(
    "Key personnel CVs",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="CVs and qualifications of the contractor's named site team.",
)
receipt = tg.Data("Submission receipt", kind="records")
tender_docs = tg.Data(
    "Tender documents and evaluation criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
chunks = tg.Data(
    "Submission text chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
embeddings = tg.Data(
    "Submission embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
run_request = tg.Data(
    "Comparison run request", kind="prompt", description="Tender, lot and criteria to compare."
)
query = tg.Data("Criterion retrieval query", kind="prompt")
prompt = tg.Data(
    "Comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, one criterion with its guidance, and the bids' retrieved passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_notes = tg.Data(
    "Draft scoring notes", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
panel_scores = tg.Data(
    "Panel scores and moderation notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("Staff ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bidders: any registered contractor can submit, competitors included.
    contractor = tm.add(tg.Actor("Contractor", role="bidder"))

with tm.boundary("E-tendering SaaS", trust=tg.Trust.PARTNER):
    # The procurement portal we already use; it holds bids sealed until the deadline.
    portal = tm.add(
        tg.ExternalService(
            "E-tendering portal",
            provides="generic",
            description="Hosted tendering platform with a read API for opened submissions.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the per-criterion comparison notes.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            high_stakes=True,
            description="General-purpose chat model in the vendor's UK region.",
            controls=[
                tg.controls.Guardrails(note="the vendor's default content filter"),
                tg.controls.HumanInTheLoop(
                    approver="evaluation panel",
                    note="drafts only; panel members score and moderate every criterion",
                ),
            ],
        )
    )
    # Embeds submission chunks for retrieval.
    embedder = tm.add(tg.Model("Embedding model", task="embedding", origin="third-party-api"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The organisation's existing staff directory and SSO.
    idp = tm.add(tg.ExternalService("Staff identity provider", provides="identity-provider"))

with tm.boundary("Public body cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls opened bids after the deadline, extracts text, chunks and embeds it.
    ingestion = tm.add(
        tg.Pipeline(
            "Submission ingestion job",
            stage="ingestion",
            third_party_packages=True,
            controls=[tg.controls.SecretsManagement(note="portal API key in the key vault")],
        )
    )
    # One index per tender of every bid's chunks.
    index = tm.add(
        tg.VectorStore(
            "Bid submission index",
            stores={chunks, embeddings},
            controls=[tg.controls.EncryptionAtRest(key_management="cloud KMS")],
        )
    )
    # The tender pack the officer uploads: specification, criteria, weightings, guidance.
    library = tm.add(tg.DataStore("Tender document library", stores={tender_docs}))
    # Retrieves passages per criterion and calls the LLM for each bid.
    comparer = tm.add(tg.Service("Bid comparison service"))
    # Web app where the officer starts runs and the panel reads drafts and scores.
    workspace = tm.add(
        tg.Endpoint(
            "Evaluation workspace",
            purpose="api",
            controls=[
                tg.controls.Authentication(method="staff SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="panel membership per tender"),
            ],
        )
    )
    # The evaluation record kept for debriefs and challenges.
    notes_store = tm.add(
        tg.DataStore(
            "Evaluation record store",
            stores={draft_notes, panel_scores},
            controls=[
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.AuditLogging(retention_days=2190),
            ],
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs the tender and starts comparison runs.
    officer = tm.add(tg.Actor("Procurement officer", role="procurement staff"))
    # Officers and technical evaluators who score the bids.
    panel = tm.add(tg.Actor("Evaluation panel member", role="evaluator"))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(contractor, portal, submission, cvs, protocol="https", controls=[tls])
tm.flow(portal, contractor, receipt, protocol="https", controls=[tls])
tm.flow(
    portal, ingestion, submission, cvs, protocol="https", controls=[tls], label="after deadline"
)
tm.flow(ingestion, embedder, chunks, protocol="https", controls=[tls])
tm.flow(embedder, ingestion, embeddings, protocol="https", controls=[tls])
tm.flow(ingestion, index, chunks, embeddings)

tm.flow(officer, library, tender_docs, protocol="https", label="uploads tender pack")
tm.flow(officer, idp, sign_in, protocol="https")
tm.flow(panel, idp, sign_in, protocol="https")
tm.flow(idp, workspace, id_token, protocol="https")
tm.flow(officer, workspace, run_request, protocol="https")
tm.flow(workspace, comparer, run_request)

tm.flow(library, comparer, tender_docs)
tm.flow(comparer, index, query, label="per-criterion search")
tm.flow(index, comparer, chunks, label="retrieved passages")
tm.flow(comparer, llm, prompt, protocol="https", controls=[tls])
tm.flow(llm, comparer, completion, protocol="https", controls=[tls])
tm.flow(comparer, notes_store, draft_notes)

tm.flow(notes_store, workspace, draft_notes, panel_scores)
tm.flow(workspace, panel, draft_notes, panel_scores, protocol="https")
tm.flow(panel, workspace, panel_scores, protocol="https", label="scores and moderation")
tm.flow(workspace, notes_store, panel_scores)
