"""Contract obligation extraction: the legal team's first design, before security review.

Once a contract is fully signed on the e-signature platform, an hourly intake job
pulls the signed PDF, files it in the legal contract repository and OCRs it to
text. An extraction service sends the text with an extraction prompt to a hosted
LLM (the vendor's enterprise API, reviewed by procurement, no training on our
inputs), checks the answer against the obligation JSON schema and puts the draft
obligations, renewal dates, notice periods and notice contacts in a review queue.
In-house lawyers sign in to a review web app with corporate SSO and MFA, compare
each draft with the contract side by side, correct it and approve it; only
approved records are written to the contract management system, which is role-
restricted and audit-logged. A daily reminder job e-mails the business owner of
each contract ahead of renewal and notice deadlines. Prompts and LLM answers are
logged for troubleshooting. Counterparties draft and sign the contracts on the
e-signature platform, so the contract text is theirs as much as ours.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contract obligation extraction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM drafts obligations and renewal dates from signed contracts; lawyers "
        "check them before they reach the contract management system."
    ),
)

# ---------------------------------------------------------------- data assets
signed_contract = tg.Data(
    "Signed contract",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Executed PDF with the counterparty's terms, prices and signatories.",
)
contract_text = tg.Data(
    "Contract text",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="OCR text of the signed contract, clause by clause.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Extraction instructions, the JSON schema and the contract text.",
)
llm_answer = tg.Data(
    "Extracted obligations JSON",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft_obligations = tg.Data(
    "Draft obligations and renewal dates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
notice_contacts = tg.Data(
    "Counterparty notice contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail and postal addresses of the people notices go to.",
)
reviewer_edits = tg.Data(
    "Lawyer corrections and approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approved_obligations = tg.Data(
    "Approved obligations and renewal dates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reminder = tg.Data(
    "Renewal and notice reminder",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
llm_log = tg.Data(
    "Prompt and answer log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
esign_api_key = tg.Data(
    "E-signature API key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
sso_token = tg.Data(
    "SSO ID token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The other side of each deal: drafts clauses and signs on the e-signature platform.
    counterparty = tm.add(tg.Actor("Counterparty signatory", role="counterparty"))

with tm.boundary("E-signature vendor", trust=tg.Trust.PARTNER):
    # Where contracts are executed; the source of every signed PDF we process.
    esign = tm.add(
        tg.ExternalService(
            "E-signature platform",
            provides=tg.ExternalCategory.GENERIC,
            description="SaaS e-signature; completed envelopes are read over its REST API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the reading: drafts the obligation records from the contract text.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on inputs, EU processing, DPA signed"
                )
            },
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO the lawyers sign in with.
    idp = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Checks and approves every extraction before it becomes a record.
    lawyer = tm.add(tg.Actor("In-house lawyer", role="legal counsel"))
    # Business owner of a contract: receives the renewal and notice reminders.
    owner = tm.add(tg.Actor("Contract business owner", role="employee"))

with tm.boundary("Legal applications", trust=tg.Trust.INTERNAL):
    # Pulls newly completed contracts every hour, files them and OCRs them to text.
    intake = tm.add(
        tg.Service(
            "Hourly contract intake job",
            description="Polls the e-signature API for completed envelopes; runs OCR.",
            controls={c.SecretsManagement(note="API key held in the corporate vault")},
        )
    )
    # Builds the prompt, calls the LLM, checks the answer's shape, queues the draft.
    extractor = tm.add(
        tg.Service(
            "Obligation extraction service",
            controls={
                c.OutputFiltering(
                    note="answer parsed against the obligation JSON schema; malformed ones retried"
                )
            },
        )
    )
    # Drafts waiting for a lawyer.
    queue = tm.add(
        tg.DataStore("Obligation review queue", stores={draft_obligations, notice_contacts})
    )
    # Every prompt and answer, kept to debug bad extractions.
    log_store = tm.add(tg.DataStore("LLM call log", stores={llm_log}))
    # Where lawyers compare each draft with the contract, correct it and approve it.
    review_app = tm.add(
        tg.Endpoint(
            "Obligation review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="legal team group only"),
                c.HumanInTheLoop(approver="an in-house lawyer approves each contract's records"),
                c.AuditLogging(),
            },
        )
    )
    # Daily job that reads upcoming deadlines and e-mails the business owners.
    reminder_job = tm.add(tg.Service("Daily renewal reminder job"))

    with tm.boundary("Legal data", trust=tg.Trust.RESTRICTED):
        # Executed contracts, the legal team's copy of record.
        repository = tm.add(
            tg.DataStore(
                "Signed contract repository",
                stores={signed_contract, contract_text},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="legal team and the intake job only"),
                },
            )
        )
        # The contract management system: system of record for obligations and dates.
        clm = tm.add(
            tg.DataStore(
                "Contract management system",
                stores={approved_obligations, notice_contacts},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(counterparty, esign, signed_contract, protocol="https", label="signs")
tm.flow(intake, esign, esign_api_key, protocol="https", label="list completed envelopes")
tm.flow(esign, intake, signed_contract, protocol="https", label="hourly pull")
tm.flow(intake, repository, signed_contract, contract_text)
tm.flow(intake, extractor, contract_text, label="new contract")

tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, llm_answer, protocol="https")
tm.flow(extractor, log_store, llm_log)
tm.flow(extractor, queue, draft_obligations, notice_contacts)

tm.flow(lawyer, idp, sso_token, protocol="oidc", label="sign-in")
tm.flow(idp, review_app, sso_token, protocol="oidc")
tm.flow(queue, review_app, draft_obligations, notice_contacts)
tm.flow(repository, review_app, signed_contract, label="side-by-side view")
tm.flow(review_app, lawyer, draft_obligations, notice_contacts, signed_contract, protocol="https")
tm.flow(lawyer, review_app, reviewer_edits, protocol="https")
tm.flow(review_app, queue, reviewer_edits, label="review status")
tm.flow(review_app, clm, approved_obligations, notice_contacts, protocol="https")

tm.flow(clm, reminder_job, approved_obligations, label="daily deadline query")
tm.flow(reminder_job, owner, reminder, protocol="smtp+starttls")
