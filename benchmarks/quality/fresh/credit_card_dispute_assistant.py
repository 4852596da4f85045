"""Credit card dispute assistant: the first design, before any security review.

Back-office tool for the bank's chargeback team. An intake service pulls new
disputes and the merchant's evidence documents (receipts, delivery proofs,
screenshots) from the card network's dispute portal over the network's mTLS API.
Evidence is text-extracted and stored beside the case. A drafting service then
gathers the card's transaction history from the card platform, the evidence and
the network's dispute rules, and asks an LLM served by the cloud provider's
managed model service inside the bank's own tenancy to draft a decision letter
and a recommended outcome. Dispute analysts review the draft in a workbench
(company SSO, role-based access), edit it and approve; only then does the
submission service send the outcome back to the network. Case data is encrypted
at rest with the bank's KMS keys and analyst actions are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Credit card dispute assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="LLM-drafted chargeback responses, reviewed and submitted by dispute analysts.",
)

# ---------------------------------------------------------------- data assets
dispute_case = tg.Data(
    "Dispute case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Network case record: card number, reason code, amounts, deadlines.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
evidence_docs = tg.Data(
    "Merchant evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDFs and images uploaded by the merchant: receipts, shipping proofs, emails.",
)
evidence_text = tg.Data(
    "Extracted evidence text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
transactions = tg.Data(
    "Card transaction history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
network_rules = tg.Data(
    "Card network dispute rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The network's chargeback rules and reason-code guides, licensed to members.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, case, transaction history, evidence text and relevant rules.",
)
draft = tg.Data(
    "Draft decision letter and recommended outcome",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
decision = tg.Data(
    "Approved dispute outcome",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
audit_events = tg.Data("Analyst audit events", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Merchants write and upload the evidence we later feed to the model.
    merchant = tm.add(tg.Actor("Merchant", role="merchant"))

with tm.boundary("Card network", trust=tg.Trust.PARTNER):
    # The network's dispute portal: where cases and evidence come from and outcomes go.
    portal = tm.add(
        tg.ExternalService(
            "Card network dispute portal",
            description="The network's dispute management API (case pull, document download, response).",
        )
    )

with tm.boundary("Bank cloud tenancy", trust=tg.Trust.INTERNAL):
    # Polls the portal for new cases and stores them with their evidence.
    intake = tm.add(
        tg.Service(
            "Dispute intake service",
            description="Scheduled job that pulls new and updated cases every 15 minutes.",
            controls={
                c.SecretsManagement(note="network API client certificate in the cloud key vault")
            },
        )
    )
    # Turns evidence PDFs and images into text the model can read.
    extraction = tm.add(
        tg.Service(
            "Evidence text extraction",
            description="OCR and PDF-to-text using the cloud provider's document service.",
        )
    )
    # Object storage for the original evidence files and their extracted text.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence document store",
            stores={evidence_docs, evidence_text},
            controls={c.EncryptionAtRest(key_management="bank KMS")},
        )
    )
    # System of record for cases, drafts and approved outcomes.
    case_db = tm.add(
        tg.DataStore(
            "Dispute case database",
            stores={dispute_case, draft, decision},
            controls={c.EncryptionAtRest(key_management="bank KMS")},
        )
    )
    # The network's rulebook, loaded by dispute operations when a new edition is published.
    rules_library = tm.add(tg.DataStore("Network rules library", stores={network_rules}))
    # Builds the prompt from case, history, evidence and rules, and saves the draft.
    drafter = tm.add(
        tg.Service(
            "Dispute drafting service",
            description="Selects the rules for the reason code and assembles the prompt.",
        )
    )
    # The model that writes the letter and proposes accept / represent / pre-arbitration.
    llm = tm.add(
        tg.LLM(
            "Dispute drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Provider model via the cloud's managed model service, private endpoint in our tenancy.",
            controls={
                c.SupplierAssessment(note="bank third-party risk review of the cloud model service")
            },
        )
    )
    # Web app where analysts read the case, the evidence and the draft, and approve.
    workbench = tm.add(
        tg.Endpoint(
            "Analyst workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="dispute analyst and team lead roles"),
                c.HumanInTheLoop(approver="dispute analyst"),
                c.AuditLogging(retention_days=2555, note="views, edits and approvals"),
            },
        )
    )
    # Sends approved outcomes and the letter back to the network.
    submission = tm.add(
        tg.Service(
            "Outcome submission service",
            controls={
                c.SecretsManagement(note="network API client certificate in the cloud key vault")
            },
        )
    )
    # Who viewed, edited and approved what.
    audit_log = tm.add(
        tg.DataStore(
            "Audit log",
            stores={audit_events},
        )
    )

with tm.boundary("Cardholder data environment", trust=tg.Trust.RESTRICTED):
    # The card processing platform's transaction ledger, read-only for this system.
    card_platform = tm.add(
        tg.DataStore(
            "Card transaction ledger",
            stores={transactions},
            controls={c.EncryptionAtRest(key_management="HSM-backed keys"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Back-office staff who own the final decision.
    analyst = tm.add(tg.Actor("Dispute analyst", role="dispute analyst"))

# ---------------------------------------------------------------- flows
tm.flow(merchant, portal, evidence_docs, protocol="https", label="uploads evidence")
tm.flow(
    portal, intake, dispute_case, evidence_docs, protocol="mtls", label="case and document pull"
)
tm.flow(intake, case_db, dispute_case)
tm.flow(intake, evidence_store, evidence_docs)
tm.flow(intake, drafter, dispute_case, label="new case event")

tm.flow(evidence_store, extraction, evidence_docs)
tm.flow(extraction, evidence_store, evidence_text)

tm.flow(case_db, drafter, dispute_case)
tm.flow(evidence_store, drafter, evidence_text)
tm.flow(card_platform, drafter, transactions, protocol="https", label="history for the card")
tm.flow(rules_library, drafter, network_rules)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, case_db, draft)

tm.flow(analyst, workbench, decision, protocol="https", label="edits and approves")
tm.flow(workbench, analyst, dispute_case, evidence_docs, draft, protocol="https")
tm.flow(case_db, workbench, dispute_case, draft)
tm.flow(evidence_store, workbench, evidence_docs)
tm.flow(card_platform, workbench, transactions, protocol="https")
tm.flow(workbench, case_db, decision)
tm.flow(workbench, audit_log, audit_events)

tm.flow(workbench, submission, decision, label="approved outcome")
tm.flow(submission, portal, decision, draft, protocol="mtls", label="outcome and letter")
tm.flow(portal, submission, dispute_case, protocol="mtls", label="submission status")
tm.flow(submission, case_db, dispute_case, label="status update")
