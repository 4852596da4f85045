"""Diocesan safeguarding drafting assistant: the first design, before any security review.

Parish safeguarding officers, mostly volunteers, report concerns about children and
adults at risk through the diocese's online reporting portal, with any attachments
(letters, screenshots, notes). Concerns land in the diocese's safeguarding case
records. Diocesan safeguarding officers open a case in their workspace and ask the
drafting assistant to summarise it and to draft a referral to the local authority
(children's services or the LADO). The assistant builds a prompt from the case file
and from retrieved national and local safeguarding guidance, and calls a hosted LLM
in the provider's UK region. The officer reads and edits every draft and sends the
referral through the diocese's secure e-mail service; nothing is sent automatically.
Prompts and drafts are logged for audit. Diocesan staff sign in with Entra ID and
MFA; parish officers sign in to the portal with an e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Diocese safeguarding referral assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM that summarises parish safeguarding concerns and drafts referrals.",
)

# ---------------------------------------------------------------- data assets
concern = tg.Data(
    "Safeguarding concern",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Who is at risk, who is alleged to have caused harm, what was seen or said.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
attachments = tg.Data(
    "Concern attachments",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Letters, screenshots and handwritten notes uploaded with a concern.",
)
case_file = tg.Data(
    "Safeguarding case file",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Concerns, chronology, case notes and past referrals for one case.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
officer_request = tg.Data(
    "Drafting request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Which case, and whether a summary or a referral draft is wanted.",
)
guidance_docs = tg.Data(
    "Safeguarding guidance documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="House of Bishops' practice guidance and local authority threshold documents.",
)
guidance_chunks = tg.Data(
    "Guidance chunks", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, the case file text and the retrieved guidance.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
draft = tg.Data(
    "Case summary and draft referral",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
)
case_notes = tg.Data(
    "Case notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="The officer's edited summary, decisions and a copy of the referral sent.",
)
referral = tg.Data(
    "Local authority referral",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
receipt = tg.Data(
    "Concern receipt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Reference number and the date the concern was received.",
)
la_response = tg.Data(
    "Local authority response", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
interaction_log = tg.Data(
    "Assistant interaction log",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Each prompt and completion, with the officer and case.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer in each parish who passes on concerns raised locally.
    parish_officer = tm.add(tg.Actor("Parish safeguarding officer", role="parish volunteer"))
    # Published national and local guidance the drafts should follow.
    guidance_site = tm.add(
        tg.DataSource(
            "Published safeguarding guidance",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance_docs},
            description="Church of England guidance pages and local authority threshold PDFs.",
        )
    )

with tm.boundary("Diocese cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web form where parishes report a concern.
    portal = tm.add(
        tg.Endpoint(
            "Concern reporting portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="attachments limited to PDF, Word and images up to 10 MB"),
            },
        )
    )
    # Where diocesan officers read cases and work on summaries and drafts.
    workspace = tm.add(
        tg.Endpoint(
            "Safeguarding officer workspace",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Builds the prompt from the case and the guidance, calls the LLM.
    assistant = tm.add(
        tg.Service(
            "Drafting assistant service",
            description="Summarises a case and drafts a referral for the officer who asked.",
            controls={
                c.HumanInTheLoop(
                    approver="the diocesan safeguarding officer",
                    note="every draft is read, edited and sent by the officer",
                ),
                c.SecretsManagement(note="LLM API key in Azure Key Vault"),
            },
        )
    )
    # Index of the guidance, for retrieval into prompts.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks}))
    # Monthly refresh of the guidance index.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Record of what was asked and what the model wrote, for audit.
    log_store = tm.add(
        tg.DataStore(
            "Assistant interaction log store",
            stores={interaction_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("Safeguarding records", trust=tg.Trust.RESTRICTED):
        # The diocese's case management system for safeguarding.
        case_records = tm.add(
            tg.DataStore(
                "Safeguarding case records",
                stores={concern, attachments, case_file, case_notes},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(note="diocesan safeguarding team only"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Diocesan office", trust=tg.Trust.INTERNAL):
    # Professional safeguarding staff employed by the diocese.
    dso = tm.add(
        tg.Actor("Diocesan safeguarding officer", role="safeguarding officer", privileged=True)
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # General-purpose model behind the provider's API, UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Summarises case files and drafts referral letters.",
            controls={
                c.SupplierAssessment(note="UK data residency, no training on our prompts"),
                c.Guardrails(note="the provider's default content filter"),
            },
        )
    )

with tm.boundary("Secure e-mail provider", trust=tg.Trust.PARTNER):
    # Encrypted e-mail service used for all referrals to statutory agencies.
    secure_mail = tm.add(tg.ExternalService("Secure e-mail service"))

with tm.boundary("Local authority", trust=tg.Trust.PARTNER):
    # Children's services front door or the LADO, who receive the referrals.
    local_authority = tm.add(
        tg.Actor("Local authority referral team", role="children's services and LADO")
    )

# ---------------------------------------------------------------- flows
tm.flow(parish_officer, portal, concern, attachments, protocol="https")
tm.flow(portal, parish_officer, receipt, protocol="https")
tm.flow(portal, case_records, concern, attachments)

tm.flow(dso, workspace, officer_request, protocol="https")
tm.flow(workspace, dso, draft, case_file, protocol="https")
tm.flow(case_records, workspace, case_file)
tm.flow(workspace, case_records, case_notes)

tm.flow(workspace, assistant, officer_request)
tm.flow(case_records, assistant, case_file, attachments, label="case lookup")
tm.flow(assistant, guidance_index, officer_request, label="similarity query")
tm.flow(guidance_index, assistant, guidance_chunks, label="retrieved guidance")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, workspace, draft)
tm.flow(assistant, log_store, interaction_log)

tm.flow(guidance_site, indexer, guidance_docs, protocol="https", label="monthly crawl")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(workspace, secure_mail, referral, protocol="https")
tm.flow(secure_mail, local_authority, referral, protocol="https")
tm.flow(local_authority, secure_mail, la_response, protocol="https")
tm.flow(secure_mail, dso, la_response, protocol="https")
