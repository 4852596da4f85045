"""Document translation service: the first design, before any security review.

Lawyers at the firm translate client documents (contracts, court filings and
correspondence, much of it received from clients, courts and opposing counsel)
through an intranet portal, after signing in with the firm's SSO. The portal
checks the file type and size and hands the file to a converter that extracts
the text. A translation orchestrator splits the text into segments, adds the
firm's glossary of preferred terms and the translation instructions to each
request, and calls a hosted LLM through the provider's API. The provider was
vetted by the firm (DPA signed, EU region, no retention of requests). Translated
segments are staged in a job store, reassembled into a document and filed next
to the original in the document-management system (DMS), which already enforces
matter-level access, encryption at rest and an audit trail. The knowledge team
maintains the glossary. Some documents carry personal data of EU clients.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Document translation service",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM translation of privileged client documents for the firm's lawyers.",
)

# ---------------------------------------------------------------- data assets
source_doc = tg.Data(
    "Client document",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contracts, filings and correspondence; privileged, may hold EU personal data.",
)
request = tg.Data(
    "Translation request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Matter number, language pair and requesting lawyer.",
)
segments = tg.Data(
    "Source text segments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Text extracted from the document and split into chunks.",
)
glossary = tg.Data(
    "Firm glossary",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Preferred translations of legal terms, per language pair.",
)
prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the glossary entries and one source segment.",
)
translated_segments = tg.Data(
    "Translated segments", kind="model-output", sensitivity=tg.Sensitivity.PII
)
translated_doc = tg.Data(
    "Translated document",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
job_status = tg.Data("Job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_log = tg.Data(
    "Translation job log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Job metadata plus request and response bodies, kept 30 days for troubleshooting.",
)
sso_token = tg.Data("SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the documents come from: clients, courts and opposing counsel send them in.
    correspondence = tm.add(
        tg.DataSource(
            "Incoming client and counterparty documents",
            origin=tg.Origin.USER_UPLOAD,
            provides={source_doc},
            description="Received by email or from court portals, then uploaded by a lawyer.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The firm's cloud SSO, used by the portal to sign lawyers in.
    sso = tm.add(tg.ExternalService("Firm SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The translation model itself, reached over the provider's public API.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(
                    note="DPA signed, EU processing region, zero-retention terms"
                )
            },
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # The users who request translations and read the results.
    lawyer = tm.add(tg.Actor("Lawyer", role="fee earner"))
    # Owns the glossary of preferred terms.
    knowledge_lawyer = tm.add(tg.Actor("Knowledge lawyer", role="terminology owner"))
    # Intranet web front end: upload, language choice, job status.
    portal = tm.add(
        tg.Endpoint(
            "Translation portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="SSO (OIDC)"),
                tg.controls.InputValidation(note="DOCX/PDF only, 50 MB limit"),
            },
        )
    )

with tm.boundary("Firm data centre", trust=tg.Trust.INTERNAL):
    # Extracts text from DOCX and PDF files (OCR for scanned filings).
    converter = tm.add(tg.Service("Document converter"))
    # Splits, builds prompts with the glossary, calls the LLM, reassembles.
    orchestrator = tm.add(tg.Service("Translation orchestrator"))
    # The glossary the orchestrator injects into every request.
    glossary_store = tm.add(tg.DataStore("Glossary store", stores={glossary}))
    # Staging for segments and translations while a job runs.
    job_store = tm.add(tg.DataStore("Job store", stores={segments, translated_segments}))
    # Operational log of jobs, used to troubleshoot bad translations.
    log_store = tm.add(tg.DataStore("Job log store", stores={job_log}))

    with tm.boundary("Records zone", trust=tg.Trust.RESTRICTED):
        # The firm's system of record for client documents, originals and translations.
        dms = tm.add(
            tg.DataStore(
                "Document management system",
                stores={source_doc, translated_doc},
                controls={
                    tg.controls.RBAC(note="matter-level access and ethical walls"),
                    tg.controls.EncryptionAtRest(key_management="DMS-managed keys"),
                    tg.controls.AuditLogging(),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(correspondence, lawyer, source_doc, label="received by email")
tm.flow(lawyer, portal, source_doc, request, protocol="https", label="upload")
tm.flow(sso, portal, sso_token, protocol="https", label="sign-in")
tm.flow(portal, lawyer, job_status, protocol="https")

tm.flow(portal, dms, source_doc, protocol="https", label="file original to matter")
tm.flow(portal, converter, source_doc)
tm.flow(portal, orchestrator, request, label="start job")
tm.flow(orchestrator, portal, job_status)
tm.flow(converter, orchestrator, segments)

tm.flow(knowledge_lawyer, glossary_store, glossary, label="maintains terms")
tm.flow(glossary_store, orchestrator, glossary)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, translated_segments, protocol="https")
tm.flow(orchestrator, job_store, segments, translated_segments, label="stage")
tm.flow(job_store, orchestrator, segments, translated_segments, label="reassemble")
tm.flow(orchestrator, log_store, job_log)
tm.flow(orchestrator, dms, translated_doc, protocol="https", label="file translation")
tm.flow(dms, lawyer, translated_doc, protocol="https", label="opens translation")
