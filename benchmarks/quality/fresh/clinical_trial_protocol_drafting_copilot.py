"""Clinical trial protocol drafting copilot: the first design, before any security review.

Medical writers in the pharma company's clinical development group use an internal
web copilot to draft sections of clinical trial protocols (objectives, eligibility
criteria, schedule of assessments, statistical considerations). The copilot fills
sections of the approved template library and grounds them in passages retrieved
from prior protocols, which live in the regulated (GxP-validated) document
management system and are indexed nightly into a vector index. Prompts go out
through the company's LLM gateway, which holds the vendor API key, logs usage and
forwards to a hosted LLM under an enterprise agreement. Drafts are checked into the
document review and approval workflow, where a medical reviewer and QA sign off
before anything is used in a submission; nothing goes to regulators from the
copilot. Writers sign in with corporate SSO; the DMS keeps its Part 11 audit trail.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Clinical trial protocol drafting copilot",
    profile=tg.RiskProfile.HIGH,
    description="Internal LLM copilot drafting protocol sections from templates and prior protocols.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Drafting request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Section to draft, study synopsis, indication and writer instructions.",
)
templates = tg.Data(
    "Protocol templates",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prior_protocols = tg.Data(
    "Prior protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Approved and draft protocols and amendments, incl. unreleased compounds.",
)
protocol_chunks = tg.Data(
    "Protocol passages and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
retrieved = tg.Data(
    "Retrieved protocol passages", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Assembled prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, template section, retrieved passages and the request.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft protocol section",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
review_decision = tg.Data("Review and approval decision", kind="records")
usage_logs = tg.Data(
    "Gateway usage logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Caller, model, token counts and the prompts and completions.",
)
sso_token = tg.Data("SSO session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The foundation model; hosted by the vendor under an enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The users: medical writers in clinical development.
    writer = tm.add(tg.Actor("Medical writer", role="medical writer"))
    # Corporate SSO, so only employees reach the copilot.
    idp = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # The copilot's web UI and API the writers use.
    copilot_ui = tm.add(
        tg.Endpoint(
            "Copilot web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via corporate SSO")},
        )
    )
    # Picks the template, retrieves prior protocol passages, builds the prompt.
    orchestrator = tm.add(
        tg.Service(
            "Drafting orchestrator",
            description="Template filling, retrieval and prompt assembly.",
        )
    )
    # Curated section templates owned by the medical writing standards team.
    template_lib = tm.add(tg.DataStore("Template library", stores={templates}))
    # Vector index of prior protocols for retrieval.
    index = tm.add(tg.VectorStore("Protocol vector index", stores={protocol_chunks}))
    # Nightly job that exports protocols from the DMS, chunks and embeds them.
    indexer = tm.add(
        tg.Pipeline(
            "Protocol indexing job",
            stage=tg.Stage.INGESTION,
            description="Nightly export from the DMS using a service account.",
        )
    )
    # The company's shared LLM gateway: holds the vendor key, logs and meters usage.
    gateway = tm.add(
        tg.Service(
            "LLM gateway",
            controls={
                c.SecretsManagement(note="vendor API key in the corporate vault"),
                c.AuditLogging(retention_days=365),
                c.RateLimiting(requests_per_minute=120),
                c.SupplierAssessment(note="vendor reviewed: zero data retention, no training"),
            },
        )
    )
    # Where the gateway keeps its usage logs.
    gateway_logs = tm.add(tg.DataStore("Gateway log store", stores={usage_logs}))

    with tm.boundary("GxP validated zone", trust=tg.Trust.RESTRICTED):
        # The regulated document management system of record for protocols.
        dms = tm.add(
            tg.DataStore(
                "Regulated DMS",
                stores={prior_protocols, draft},
                controls={c.RBAC(), c.AuditLogging(note="21 CFR Part 11 audit trail")},
            )
        )
        # Review and approval workflow in the DMS; drafts only leave it approved.
        workflow = tm.add(
            tg.Service(
                "Review and approval workflow",
                controls={
                    c.HumanInTheLoop(approver="medical reviewer and QA"),
                    c.AuditLogging(note="electronic signatures"),
                },
            )
        )
        # Reviewers who sign off drafted sections.
        reviewer = tm.add(tg.Actor("Medical reviewer", role="medical reviewer / QA"))

# ---------------------------------------------------------------- flows
tm.flow(writer, idp, sso_token, protocol="https", label="sign in")
tm.flow(idp, copilot_ui, sso_token, protocol="https")
tm.flow(writer, copilot_ui, request, protocol="https")
tm.flow(copilot_ui, orchestrator, request)
tm.flow(template_lib, orchestrator, templates)
tm.flow(orchestrator, index, request, label="similarity query")
tm.flow(index, orchestrator, retrieved)
tm.flow(orchestrator, gateway, llm_prompt, protocol="https")
tm.flow(gateway, llm, llm_prompt, protocol="https")
tm.flow(llm, gateway, completion, protocol="https")
tm.flow(gateway, orchestrator, completion, protocol="https")
tm.flow(gateway, gateway_logs, usage_logs)
tm.flow(orchestrator, copilot_ui, draft)
tm.flow(copilot_ui, writer, draft, protocol="https")

tm.flow(dms, indexer, prior_protocols, protocol="https", label="nightly export")
tm.flow(indexer, index, protocol_chunks)

tm.flow(writer, dms, draft, protocol="https", label="check in draft")
tm.flow(dms, workflow, draft)
tm.flow(workflow, reviewer, draft, protocol="https")
tm.flow(reviewer, workflow, review_decision, protocol="https")
tm.flow(workflow, dms, review_decision)
