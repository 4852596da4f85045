"""Deposit dispute evidence summaries: the first design, before any security review.

A UK tenancy deposit protection scheme resolves disputes between landlords and
tenants over how a protected deposit is split at the end of a tenancy. Both parties
sign in to the dispute portal with e-mail and password, state their claim, upload
evidence (check-in and check-out inventories, photos, invoices and quotes, messages
between them) and give the bank details the deposit is to be paid to. A
summarisation service sends each side's evidence to a hosted LLM API and drafts a
neutral case summary. An adjudicator reads the summary and the evidence in the
case workbench and decides the split; the payout service then sends a payment file
to the scheme's bank, and both parties are e-mailed the decision. Controls in this
design: portal passwords and upload checks, staff SSO, encryption at rest, a data
processing agreement with the LLM vendor, and an audit log on payouts."""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Deposit dispute evidence summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted case summaries for deposit dispute adjudication, with deposit payout.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
claim = tg.Data(
    "Dispute claim and statements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each party's account of the dispute and the amounts they claim.",
)
evidence = tg.Data(
    "Dispute evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Inventories, photos of the property, invoices, quotes and message screenshots.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Party bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account name, sort code and account number each party wants paid to.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_file = tg.Data(
    "Case file view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case status, the other side's statements and evidence, and the outcome.",
)
prompt = tg.Data(
    "Evidence summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the parties' statements and the text extracted from their evidence.",
)
summary = tg.Data("Draft case summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Adjudication decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The split of the deposit between landlord and tenant, with reasons.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_file = tg.Data(
    "Deposit payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Payee names, sort codes, account numbers and amounts for a payment run.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_report = tg.Data(
    "Payment status report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
notice = tg.Data("Decision notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The landlord (or their letting agent) who claims deductions from the deposit.
    landlord = tm.add(tg.Actor("Landlord", role="landlord"))
    # The tenant who disputes the deductions.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("Scheme cloud", trust=tg.Trust.INTERNAL):
    # Where both parties sign in, state their case, upload evidence and give bank details.
    portal = tm.add(
        tg.Endpoint(
            "Dispute portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Holds the uploaded evidence files.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Holds cases, statements, bank details, draft summaries and decisions.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={claim, bank_details, summary, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Extracts the text of each side's evidence, builds the prompt and stores the draft.
    summariser = tm.add(
        tg.Service(
            "Evidence summarisation service",
            description="OCR of documents, captions of photos, then one LLM call per case.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # The adjudicators' case tool: evidence, statements and the draft summary side by side.
    workbench = tm.add(
        tg.Service(
            "Adjudication workbench",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.HumanInTheLoop(approver="adjudicator"),
            },
        )
    )

    with tm.boundary("Payments zone", trust=tg.Trust.RESTRICTED):
        # Turns decided cases into a payment run to the parties' bank details.
        payout = tm.add(
            tg.Service(
                "Deposit payout service",
                description="Builds the daily payment file from decided cases.",
                controls={c.AuditLogging(retention_days=2190)},
            )
        )

with tm.boundary("Scheme office network", trust=tg.Trust.INTERNAL):
    # Reads both sides' evidence and decides how the deposit is split.
    adjudicator = tm.add(tg.Actor("Adjudicator", role="adjudicator"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that drafts the neutral case summary.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no retention or training")
            },
        )
    )

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # The scheme's bank, which pays the deposit shares out by Faster Payments.
    bank = tm.add(tg.ExternalService("Scheme bank payments service"))
    # Sends the decision notices to both parties.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
for party in (landlord, tenant):
    tm.flow(party, portal, credentials, claim, evidence, bank_details, protocol="https")
    tm.flow(portal, party, case_file, protocol="https")

tm.flow(portal, evidence_store, evidence)
tm.flow(evidence_store, portal, evidence, label="shown to both parties")
tm.flow(portal, case_db, claim, bank_details)
tm.flow(case_db, portal, claim, decision)

tm.flow(evidence_store, summariser, evidence)
tm.flow(case_db, summariser, claim)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, case_db, summary)

tm.flow(case_db, workbench, claim, summary)
tm.flow(evidence_store, workbench, evidence)
tm.flow(workbench, adjudicator, claim, evidence, summary, protocol="https")
tm.flow(adjudicator, workbench, decision, protocol="https")
tm.flow(workbench, case_db, decision)

tm.flow(case_db, payout, decision, bank_details)
tm.flow(payout, bank, payment_file, protocol="sftp")
tm.flow(bank, payout, payment_report, protocol="sftp")
tm.flow(payout, case_db, payment_report)

tm.flow(workbench, mailer, notice, protocol="https")
tm.flow(mailer, landlord, notice, protocol="smtp")
tm.flow(mailer, tenant, notice, protocol="smtp")
