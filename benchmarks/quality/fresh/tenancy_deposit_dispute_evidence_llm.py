"""Tenancy deposit dispute evidence LLM: the first design, before any security review.

A tenancy deposit protection scheme resolves disputes between landlords and
tenants over deductions from a protected deposit. Both parties sign in to the
dispute portal and upload check-in and check-out inventories, photos, invoices
and message histories; letting agents raise disputes in bulk through an API with
an API key. An extraction pipeline turns the uploads into text, and a summariser
service sends the evidence to a hosted LLM, which writes an evidence summary and
a proposed award. An adjudicator reads the evidence and the draft in the
adjudication workbench and decides; parties may ask for a review of the decision.
The payout service then builds a repayment file from the decision and the
parties' bank details, a finance officer approves each daily batch, and it is
sent to the client account bank over SFTP. Stores are encrypted and role-based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tenancy deposit dispute evidence LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Evidence summaries and draft awards for deposit disputes, decided by "
        "adjudicators and paid out from the scheme's client account."
    ),
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Dispute submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parties, tenancy dates, deposit reference, deductions claimed and each side's statement.",
)
evidence_docs = tg.Data(
    "Evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Check-in and check-out inventories, invoices, quotes and message histories.",
)
evidence_photos = tg.Data(
    "Evidence photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bulk_batch = tg.Data(
    "Bulk dispute batch",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Many disputes with their evidence, sent by a letting agent's system.",
)
bank_details = tg.Data(
    "Repayment bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Sort code and account number each party gives for their share.",
)
case_status = tg.Data(
    "Case status and decision notice", kind="records", sensitivity=tg.Sensitivity.PII
)
deposit_records = tg.Data(
    "Protected deposit records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Deposit amounts, protection dates, landlord, agent and tenant details.",
)
extracted_text = tg.Data(
    "Extracted evidence text", kind="documents", sensitivity=tg.Sensitivity.PII
)
summary_prompt = tg.Data(
    "Evidence summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the dispute, the extracted evidence and the photos.",
)
draft_award = tg.Data(
    "Evidence summary and proposed award",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
adjudication = tg.Data(
    "Adjudication decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The adjudicator's reasons and the split of the deposit.",
)
payment_file = tg.Data(
    "Deposit repayment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
batch_approval = tg.Data(
    "Payment batch approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_confirmation = tg.Data(
    "Bank payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Either side of a dispute; both upload evidence and receive the decision.
    landlord = tm.add(tg.Actor("Landlord", role="landlord"))
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))
    # Letting agents' property management software raising disputes in bulk.
    agent_system = tm.add(tg.Actor("Letting agent system", role="letting agent", human=False))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that summarises evidence and drafts the proposed award.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA with UK data residency and zero retention")},
        )
    )

with tm.boundary("Client account bank", trust=tg.Trust.PARTNER):
    # The bank holding the scheme's client account; it makes the repayments.
    bank = tm.add(tg.ExternalService("Client account bank"))

with tm.boundary("Scheme cloud", trust=tg.Trust.INTERNAL):
    # Where landlords and tenants sign in, open disputes and upload evidence.
    portal = tm.add(
        tg.Endpoint(
            "Dispute portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, SMS code when bank details change"),
                c.InputValidation(note="PDF, image and e-mail files only, 25 MB per file"),
            },
        )
    )
    # Bulk submission API for letting agents.
    bulk_api = tm.add(
        tg.Endpoint(
            "Bulk dispute API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-agent API key"),
                c.RateLimiting(requests_per_minute=120),
                c.SchemaEnforcement(),
            },
        )
    )
    # Object storage for every uploaded evidence file and its extracted text.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence_docs, evidence_photos, extracted_text},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Disputes, bank details, LLM drafts and adjudicators' decisions.
    case_db = tm.add(
        tg.DataStore(
            "Dispute case database",
            stores={submission, bank_details, draft_award, adjudication},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC(), c.AuditLogging()},
        )
    )
    # The register of protected deposits, used to check a dispute and to size the payout.
    deposit_register = tm.add(
        tg.DataStore(
            "Deposit register",
            stores={deposit_records},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # OCR and text extraction of PDFs, scans and e-mail exports.
    extraction = tm.add(tg.Pipeline("Evidence extraction pipeline", stage=tg.Stage.PREPROCESSING))
    # Builds the prompt per dispute, calls the LLM and stores the draft.
    summariser = tm.add(tg.Service("Evidence summariser"))
    # Builds the repayment file from decided cases.
    payout = tm.add(
        tg.Service(
            "Deposit payout service",
            description="Builds the daily repayment batch from decided cases and sends it to the bank.",
            controls={c.HumanInTheLoop(approver="Finance officer")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Adjudicators read evidence and drafts and record decisions here.
    workbench = tm.add(
        tg.Service(
            "Adjudication workbench",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="Adjudicator"),
                c.Contestability(note="either party can request a review on a factual error"),
            },
        )
    )
    # Decides each dispute; the draft award is advice only.
    adjudicator = tm.add(tg.Actor("Adjudicator", role="adjudicator"))
    # Approves the daily repayment batch before it goes to the bank.
    finance_officer = tm.add(tg.Actor("Finance officer", role="finance", privileged=True))

# ---------------------------------------------------------------- flows
# Submissions
for party in (landlord, tenant):
    tm.flow(
        party, portal, submission, evidence_docs, evidence_photos, bank_details, protocol="https"
    )
    tm.flow(portal, party, case_status, protocol="https")
tm.flow(agent_system, bulk_api, bulk_batch, evidence_docs, evidence_photos, protocol="https")
tm.flow(bulk_api, agent_system, case_status, protocol="https")
tm.flow(deposit_register, portal, deposit_records, label="deposit protected check")
tm.flow(deposit_register, bulk_api, deposit_records, label="deposit protected check")
tm.flow(portal, case_db, submission, bank_details)
tm.flow(case_db, portal, case_status)
tm.flow(bulk_api, case_db, submission)
tm.flow(case_db, bulk_api, case_status)
tm.flow(portal, evidence_store, evidence_docs, evidence_photos)
tm.flow(bulk_api, evidence_store, evidence_docs, evidence_photos)

# Extraction and summarising
tm.flow(evidence_store, extraction, evidence_docs)
tm.flow(extraction, evidence_store, extracted_text)
tm.flow(evidence_store, summariser, extracted_text, evidence_photos)
tm.flow(case_db, summariser, submission)
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, draft_award, protocol="https")
tm.flow(summariser, case_db, draft_award)

# Adjudication
tm.flow(case_db, workbench, submission, draft_award, protocol="https")
tm.flow(evidence_store, workbench, evidence_docs, evidence_photos, protocol="https")
tm.flow(
    workbench,
    adjudicator,
    submission,
    draft_award,
    evidence_docs,
    evidence_photos,
    protocol="https",
)
tm.flow(adjudicator, workbench, adjudication, protocol="https")
tm.flow(workbench, case_db, adjudication, protocol="https")

# Payout
tm.flow(case_db, payout, adjudication, bank_details)
tm.flow(deposit_register, payout, deposit_records)
tm.flow(payout, finance_officer, payment_file, protocol="https", label="daily batch for approval")
tm.flow(finance_officer, payout, batch_approval, protocol="https")
tm.flow(payout, bank, payment_file, protocol="sftp")
tm.flow(bank, payout, payment_confirmation, protocol="sftp")
tm.flow(payout, deposit_register, deposit_records, label="deposit marked repaid")
