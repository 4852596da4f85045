"""Procurement bid evaluation assistant: the first design, before any security review.

A government agency's procurement officers use an LLM assistant while they evaluate
tenders. Suppliers submit tenders through the agency's e-procurement SaaS platform;
after the deadline an ingestion job pulls the submissions into a restricted document
store, extracts the text, embeds it with the vendor's embedding model and indexes it
in a vector store alongside the published evaluation criteria. Officers sign in with
the agency's single sign-on and pick a tender; the assistant retrieves passages,
checks them against each criterion, summarises strengths and risks and drafts scoring
notes with a hosted LLM in the vendor's in-country government cloud region (assessed
contract, no training on or retention of our data). Drafts go to an evaluation
workspace, where the evaluation panel moderates and signs off the final scores before
the award is published on the portal. Prompts and outputs are audit-logged for the
record retention period; uploads are limited to PDF and DOCX.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Procurement bid evaluation assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM assistant that reads tender submissions, checks them against the evaluation "
        "criteria and drafts scoring notes for the evaluation panel."
    ),
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Tender submissions",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Method statements, pricing schedules and financial accounts.",
)
personnel = tg.Data(
    "Bidder key personnel details",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="CVs and references of the staff each bidder names.",
)
criteria = tg.Data(
    "Evaluation criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
chunk_text = tg.Data(
    "Submission text chunks", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
embeddings = tg.Data(
    "Submission embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
passages = tg.Data(
    "Retrieved passages", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
request = tg.Data("Officer request", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Evaluation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the criterion, and retrieved passages of one bid.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_notes = tg.Data(
    "Draft scoring notes",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
final_scores = tg.Data(
    "Moderated scores and award decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
award_notice = tg.Data("Award notice", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
login = tg.Data("Staff credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any registered company can bid, including ones that want an unfair edge.
    supplier = tm.add(tg.Actor("Supplier", role="bidder"))

with tm.boundary("E-procurement platform", trust=tg.Trust.PARTNER):
    # The SaaS tendering portal where tenders are published, submitted and awarded.
    portal = tm.add(tg.ExternalService("E-tendering portal"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The agency's single sign-on tenant.
    idp = tm.add(
        tg.ExternalService(
            "Agency SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="OIDC with MFA")},
        )
    )

with tm.boundary("LLM vendor government region", trust=tg.Trust.PARTNER):
    # Writes the summaries, criterion checks and draft notes.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="government cloud contract: no training, no retention"),
                c.Guardrails(note="the vendor's default content filter"),
            },
        )
    )
    # Embeds submission chunks for retrieval.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="same contract as the LLM")},
        )
    )

with tm.boundary("Agency network", trust=tg.Trust.INTERNAL):
    # Runs each evaluation and uses the assistant.
    officer = tm.add(tg.Actor("Procurement officer", role="procurement officer"))
    # Three to five evaluators who moderate scores and recommend the award.
    panel = tm.add(tg.Actor("Evaluation panel", role="evaluator"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web front end officers use.
    app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="agency SSO (OIDC)")},
        )
    )
    # Retrieves passages for the chosen tender, builds prompts, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Evaluation orchestrator",
            description="Filters retrieval by the tender id the officer picked.",
            controls={c.AuditLogging(retention_days=2555, note="prompts and outputs, 7 years")},
        )
    )

    with tm.boundary("Evaluation data", trust=tg.Trust.RESTRICTED):
        # Pulls submissions after the deadline, extracts text, chunks and embeds it.
        ingestion = tm.add(
            tg.Pipeline(
                "Submission ingestion job",
                stage=tg.Stage.INGESTION,
                controls={c.InputValidation(note="PDF and DOCX only, size limit")},
            )
        )
        # Original submissions and the criteria, in per-procurement folders.
        doc_store = tm.add(
            tg.DataStore(
                "Tender document store",
                stores={submission, personnel, criteria},
                controls={
                    c.RBAC(note="folder access per procurement team"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )
        # One index for all open procurements.
        index = tm.add(tg.VectorStore("Tender vector index", stores={chunk_text, embeddings}))
        # Holds drafts until the panel moderates them, and the signed-off scores.
        workspace = tm.add(
            tg.Service(
                "Evaluation workspace",
                controls={
                    c.HumanInTheLoop(approver="evaluation panel"),
                    c.Authentication(method="agency SSO (OIDC)"),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(supplier, portal, submission, personnel, protocol="https", label="submits tender")
tm.flow(portal, supplier, award_notice, protocol="https")
tm.flow(portal, ingestion, submission, personnel, protocol="https", label="after deadline")
tm.flow(officer, doc_store, criteria, protocol="https", label="uploads criteria")
tm.flow(ingestion, doc_store, submission, personnel)
tm.flow(doc_store, ingestion, criteria)
tm.flow(ingestion, embedder, chunk_text, protocol="https")
tm.flow(embedder, ingestion, embeddings, protocol="https")
tm.flow(ingestion, index, chunk_text, embeddings)

tm.flow(officer, idp, login, protocol="https")
tm.flow(idp, app, id_token, protocol="https")
tm.flow(officer, app, request, protocol="https")
tm.flow(app, officer, draft_notes, protocol="https")
tm.flow(app, orchestrator, request)
tm.flow(orchestrator, app, draft_notes)
tm.flow(orchestrator, index, request, label="similarity query")
tm.flow(index, orchestrator, passages)
tm.flow(doc_store, orchestrator, criteria)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(orchestrator, workspace, draft_notes, label="officer saves draft")
tm.flow(workspace, panel, draft_notes, protocol="https")
tm.flow(panel, workspace, final_scores, protocol="https", label="moderation sign-off")
tm.flow(panel, portal, award_notice, protocol="https", label="publishes award")
