"""Planning statement drafting assistant: the first design, before any security review.

Architects at a sixty-person practice open an internal web app, pick a project and a
statement type (planning, or design and access) and add notes. An orchestrator pulls
the project's brief, survey and drawings schedule from the document management system,
retrieves local plan policies and past decisions from a vector index, and asks a hosted
LLM for a draft, which the architect edits; the system submits nothing to a council.
A nightly crawler fetches local plans, guidance and decision notices from council
planning portals and indexes them with the firm's own past statements.
Controls: Entra ID single sign-on with MFA, a vetted LLM vendor that does not train on
our prompts, encryption at rest on the DMS, and an architect who edits and signs off
every statement. Householder clients make UK GDPR apply to the project files.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Planning statement drafting assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts planning statements from project files, local policy and past "
    "decisions for architects to edit.",
)

# ---------------------------------------------------------------- data assets
drafting_request = tg.Data(
    "Drafting request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Project reference, statement type and the architect's notes.",
)
project_files = tg.Data(
    "Project files",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Client brief, site survey, drawings schedule, pre-application advice; "
    "names and home addresses of householder clients and neighbours.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
past_statements = tg.Data(
    "Firm's past planning statements",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
)
council_documents = tg.Data(
    "Local plan policies and decision notices",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Local plans, supplementary planning documents, decision notices and "
    "officer reports published on council planning portals.",
)
policy_chunks = tg.Data(
    "Policy and precedent passages",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
)
embeddings = tg.Data(
    "Passage embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, project extracts and retrieved policy passages.",
)
completion = tg.Data(
    "Generated statement text", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
draft = tg.Data(
    "Draft planning statement",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
sign_in = tg.Data("SSO sign-in token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where local policy and precedent come from: anyone can publish on a portal
    # page or upload documents that end up in a council's public register.
    portals = tm.add(
        tg.DataSource(
            "Council planning portals",
            origin=tg.Origin.PUBLIC_WEB,
            provides={council_documents},
            description="Public planning registers and local plan pages of the councils we work in.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Staff identities: the app trusts Entra ID for who the architect is.
    idp = tm.add(
        tg.ExternalService(
            "Microsoft Entra ID",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="OIDC with Authenticator app MFA")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft text; hosted by a vendor under an enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called through the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on prompts, 30-day abuse retention"
                ),
                c.HumanInTheLoop(
                    approver="the project architect, who edits and signs off every statement"
                ),
            },
        )
    )
    # Turns passages and queries into vectors for the policy index.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # The people who ask for drafts and rewrite them.
    architect = tm.add(tg.Actor("Architect", role="project architect"))

with tm.boundary("Practice cloud tenant", trust=tg.Trust.INTERNAL):
    # The web app architects use; the only way into the drafting system.
    app = tm.add(
        tg.Endpoint(
            "Drafting web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID single sign-on (OIDC) with MFA")},
        )
    )
    # Gathers project context, retrieves policy, builds the prompt, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Drafting orchestrator",
            description="Reads project folders through one service account with read "
            "access to every project.",
        )
    )
    # Semantic search over policy, decisions and our past statements.
    index = tm.add(tg.VectorStore("Planning policy index", stores={policy_chunks, embeddings}))
    # Nightly job that fetches, chunks and embeds council documents and the archive.
    crawler = tm.add(
        tg.Pipeline(
            "Nightly policy crawler",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Scrapy and PDF parsers; follows links from a list of council portal URLs.",
        )
    )
    # Keeps every generated draft and the architect's edits for the project record.
    drafts = tm.add(tg.DataStore("Draft statement store", stores={draft}))

    with tm.boundary("Document management system", trust=tg.Trust.RESTRICTED):
        # The firm's project files and archive of submitted applications.
        dms = tm.add(
            tg.DataStore(
                "Project document store",
                stores={project_files, past_statements},
                controls={c.EncryptionAtRest(key_management="platform-managed keys")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(architect, idp, sign_in, protocol="oidc", label="sign in")
tm.flow(idp, app, sign_in, protocol="oidc")
tm.flow(architect, app, drafting_request, protocol="https")
tm.flow(app, orchestrator, drafting_request)

tm.flow(orchestrator, dms, drafting_request, protocol="https", label="project lookup")
tm.flow(dms, orchestrator, project_files, protocol="https")
tm.flow(orchestrator, embedder, drafting_request, protocol="https", label="query embedding")
tm.flow(embedder, orchestrator, embeddings, protocol="https")
tm.flow(orchestrator, index, embeddings, label="similarity query")
tm.flow(index, orchestrator, policy_chunks, label="retrieved passages")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(orchestrator, drafts, draft)
tm.flow(drafts, app, draft)
tm.flow(app, architect, draft, protocol="https", label="draft for editing")
tm.flow(architect, app, draft, protocol="https", label="edited statement")
tm.flow(app, drafts, draft, label="save edits")

tm.flow(portals, crawler, council_documents, protocol="https", label="nightly crawl")
tm.flow(dms, crawler, past_statements, protocol="https", label="nightly archive export")
tm.flow(crawler, embedder, policy_chunks, protocol="https")
tm.flow(embedder, crawler, embeddings, protocol="https")
tm.flow(crawler, index, policy_chunks, embeddings)
