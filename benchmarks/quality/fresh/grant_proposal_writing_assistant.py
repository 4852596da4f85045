"""Grant proposal writing assistant: the first design, before any security review.

A US research university's research office offers its faculty a web assistant that
drafts grant proposal sections (specific aims, significance, biosketch narrative).
Faculty sign in with university SSO, upload their CV and paste or upload the
funder's call text; a document parser turns uploads into text in the faculty
member's workspace. A drafting service retrieves similar past funded proposals from
a vector index of the research office's archive, builds a prompt from the CV, the
call text and those excerpts, and sends it to a hosted LLM under the university's
enterprise agreement. Drafts are saved in the workspace, where the faculty member
edits them. Research office staff curate the archive, which a nightly pipeline
chunks and embeds with the same vendor's embedding model. Controls: SSO with MFA,
per-user workspace permissions, file type and size checks on uploads, the vendor's
default content filter, the API key in the cloud key vault and a usage log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grant proposal writing assistant",
    profile=tg.RiskProfile.LOW,
    description="LLM drafting of grant proposal sections from CVs, funded proposals "
    "and funder calls, for university faculty.",
)

# ---------------------------------------------------------------- data assets
sso_assertion = tg.Data("SSO assertion", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
cv = tg.Data(
    "Faculty CV",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Uploaded PDF or Word CV: publications, grants, contact details.",
)
call_text = tg.Data(
    "Funder call text",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Pasted or uploaded from the funder's website by the faculty member.",
)
request = tg.Data(
    "Drafting request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Which section to draft, plus the faculty member's notes on the research idea.",
)
extracted_text = tg.Data(
    "Extracted CV and call text", sensitivity=tg.Sensitivity.PII, kind="documents"
)
proposals = tg.Data(
    "Past funded proposals",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Unpublished aims, budgets and collaborator details from past awards.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
chunks = tg.Data(
    "Proposal excerpts and embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
)
embeddings = tg.Data("Embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings")
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System instructions, the request, CV text, call text and retrieved excerpts.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
draft = tg.Data(
    "Draft proposal section",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
usage_log = tg.Data("Usage log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Faculty use the assistant from campus, home or while travelling.
    faculty = tm.add(tg.Actor("Faculty member", role="faculty"))

with tm.boundary("Campus IT", trust=tg.Trust.INTERNAL):
    # The university's existing identity provider (SAML, with MFA).
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("Research office", trust=tg.Trust.INTERNAL):
    # Staff who decide which funded proposals go into the archive.
    staff = tm.add(tg.Actor("Research office staff", role="grants officer", privileged=True))

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # The web front end and API the faculty browser calls.
    web_app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="university SAML SSO with MFA")},
        )
    )
    # Turns uploaded PDF and Word files into plain text.
    parser = tm.add(
        tg.Service(
            "Document parser",
            controls={c.InputValidation(note="file type allowlist and 20 MB size limit")},
        )
    )
    # Builds the prompt from workspace text and retrieved excerpts, calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            controls={c.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # Per-user folders holding CVs, call texts and drafts.
    workspace = tm.add(
        tg.DataStore(
            "Faculty workspace",
            stores={extracted_text, draft},
            controls={
                c.RBAC(note="each folder readable only by its owner"),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Prompts, completions and who asked, for support and cost reporting.
    logs = tm.add(
        tg.DataStore(
            "Usage log store",
            stores={usage_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Nightly job that chunks archived proposals and embeds them.
    indexer = tm.add(tg.Pipeline("Archive indexing pipeline", stage=tg.Stage.INGESTION))
    # Search index over all archived proposals, queried for similar past awards.
    index = tm.add(tg.VectorStore("Proposal vector index", stores={chunks}))

    with tm.boundary("Research office data", trust=tg.Trust.RESTRICTED):
        # The office's archive of funded proposals, the assistant's main source.
        archive = tm.add(
            tg.DataStore(
                "Funded proposal archive",
                stores={proposals},
                controls={c.RBAC(note="only research office staff can add or remove proposals")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model used under the university's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="enterprise terms: no training on inputs"),
            },
        )
    )
    # The same vendor's embedding model, for the archive and for queries.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(faculty, sso, sso_assertion, protocol="https", label="SSO login")
tm.flow(sso, web_app, sso_assertion, protocol="https")

# uploads and requests
tm.flow(faculty, web_app, cv, call_text, request, protocol="https")
tm.flow(web_app, faculty, draft, protocol="https")
tm.flow(web_app, parser, cv, call_text)
tm.flow(parser, workspace, extracted_text)
tm.flow(web_app, drafter, request)
tm.flow(drafter, web_app, draft)

# drafting
tm.flow(workspace, drafter, extracted_text)
tm.flow(drafter, embedder, request, protocol="https", label="query embedding")
tm.flow(embedder, drafter, embeddings, protocol="https")
tm.flow(drafter, index, embeddings, label="similarity query")
tm.flow(index, drafter, chunks, label="similar funded proposals")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, workspace, draft)
tm.flow(workspace, web_app, draft, extracted_text, label="open workspace")
tm.flow(web_app, workspace, draft, label="faculty edits")
tm.flow(drafter, logs, usage_log)

# archive curation and indexing
tm.flow(staff, archive, proposals, protocol="https", label="adds funded proposals")
tm.flow(archive, indexer, proposals)
tm.flow(indexer, embedder, chunks, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, chunks, embeddings)
