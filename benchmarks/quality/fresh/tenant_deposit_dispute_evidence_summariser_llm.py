"""Deposit dispute evidence summariser: the first design, before any security review.

When a tenancy ends in a dispute over deposit deductions, the scheme's
adjudicators must read everything both sides send in: check-out photos,
check-in and check-out inventories, and the messages landlords and tenants
exchanged. Landlords (or their letting agents) and tenants upload this evidence
through the scheme's dispute portal, signing in with e-mail and password. The
upload service checks file types and sizes and keeps the files in an encrypted
evidence store; case details, claimed amounts and the tenant's repayment bank
details sit in the case management database. When a case is ready, a
summariser service sends the evidence to a hosted multimodal LLM (vendor
reviewed by procurement) and writes a structured summary to the case. Staff
adjudicators sign in to the adjudication workbench with SSO and MFA, read the
summary beside the original evidence and record the award; the repayment
service then pays out the deposit split by Bacs file to the scheme's bank.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Deposit dispute evidence summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM summarises landlord and tenant evidence in deposit disputes for the "
        "scheme's adjudicators, who decide how the deposit is repaid."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Check-out photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos and short videos of the property's rooms, fittings and damage.",
)
inventories = tg.Data(
    "Inventory reports",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Check-in and check-out inventories, often PDFs from inventory clerks.",
)
messages = tg.Data(
    "Tenancy messages",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mails, texts and WhatsApp screenshots between the parties.",
)
claim = tg.Data(
    "Dispute claim statement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each party's amounts claimed per deduction and their written case.",
)
bank_details = tg.Data(
    "Tenant repayment bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case = tg.Data(
    "Dispute case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Parties, tenancy dates, deposit amount, status and correspondence.",
)
prompt = tg.Data(
    "Evidence summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the claim statements and the case's evidence files.",
)
summary = tg.Data(
    "Evidence summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-deduction summary of what each side's evidence shows.",
)
llm_log = tg.Data("Summariser prompt and response log", kind="logs", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Adjudication decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The award: how much of the deposit goes to each party, with reasons.",
)
payment_file = tg.Data(
    "Bacs repayment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The tenant raising or answering the dispute and asking for the deposit back.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))
    # The landlord, or the letting agent acting for them, claiming deductions.
    landlord = tm.add(tg.Actor("Landlord or letting agent", role="landlord"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads photos and documents and writes the summary.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose vision and text model behind the vendor's API, UK region.",
            controls={
                c.SupplierAssessment(note="procurement review and data processing agreement")
            },
        )
    )

with tm.boundary("Scheme bank", trust=tg.Trust.PARTNER):
    # The scheme's clearing bank, which sends the Bacs payments to the parties.
    bank = tm.add(tg.ExternalService("Clearing bank Bacs service"))

with tm.boundary("Scheme cloud", trust=tg.Trust.INTERNAL):
    # Public web portal where both parties file their case and upload evidence.
    portal = tm.add(
        tg.Endpoint(
            "Dispute portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Receives uploads from the portal and writes them to the evidence store.
    upload = tm.add(
        tg.Service(
            "Evidence upload service",
            controls={c.InputValidation(note="file type allow-list and 50 MB size cap")},
        )
    )
    # Reads a case's evidence, builds the prompt, calls the LLM, saves the summary.
    summariser = tm.add(
        tg.Service(
            "Evidence summariser service",
            description="Runs when a case moves to 'ready for adjudication'.",
        )
    )
    # Keeps every prompt and completion so the team can check summary quality.
    llm_logs = tm.add(tg.DataStore("Summariser log store", stores={llm_log}))
    # Pays out the deposit split once an award is recorded.
    repayment = tm.add(
        tg.Service(
            "Deposit repayment service",
            description="Builds the daily Bacs file from recorded awards and bank details.",
        )
    )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for every uploaded photo, inventory and message screenshot.
        evidence_store = tm.add(
            tg.DataStore(
                "Evidence file store",
                stores={photos, inventories, messages},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # System of record for disputes: parties, claims, summaries and awards.
        case_db = tm.add(
            tg.DataStore(
                "Case management database",
                stores={case, claim, bank_details, summary, decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Scheme corporate network", trust=tg.Trust.INTERNAL):
    # Internal web app where adjudicators read the case and record the award.
    workbench = tm.add(
        tg.Endpoint(
            "Adjudication workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # The scheme's adjudicator, who decides the dispute.
    adjudicator = tm.add(tg.Actor("Adjudicator", role="adjudicator"))

# ---------------------------------------------------------------- flows
# Parties file their case and upload evidence.
tm.flow(tenant, portal, claim, photos, messages, bank_details, protocol="https")
tm.flow(landlord, portal, claim, photos, inventories, messages, protocol="https")
tm.flow(portal, tenant, case, decision, protocol="https", label="case status and award")
tm.flow(portal, landlord, case, decision, protocol="https", label="case status and award")

tm.flow(portal, upload, photos, inventories, messages)
tm.flow(upload, evidence_store, photos, inventories, messages)
tm.flow(portal, case_db, claim, bank_details)
tm.flow(case_db, portal, case, decision)

# Summarisation.
tm.flow(case_db, summariser, case, claim)
tm.flow(evidence_store, summariser, photos, inventories, messages)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, case_db, summary)
tm.flow(summariser, llm_logs, llm_log)

# Adjudication.
tm.flow(case_db, workbench, case, claim, summary)
tm.flow(evidence_store, workbench, photos, inventories, messages)
tm.flow(
    workbench, adjudicator, case, claim, summary, photos, inventories, messages, protocol="https"
)
tm.flow(adjudicator, workbench, decision, protocol="https")
tm.flow(workbench, case_db, decision)

# Repayment.
tm.flow(workbench, repayment, decision, label="award recorded")
tm.flow(case_db, repayment, bank_details, label="daily batch")
tm.flow(repayment, bank, payment_file, protocol="sftp")
