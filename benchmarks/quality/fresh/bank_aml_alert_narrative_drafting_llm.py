"""AML alert narrative drafting: the first design, before any security review.

The bank's financial-crime team investigates alerts raised by the transaction
monitoring system. For an alert an investigator escalates, the investigator asks
the case workbench for a draft suspicious-activity report narrative. A drafting
service gathers the alert, the flagged account transactions, the customer's KYC
record and any adverse-media hits from the screening vendor, adds a few past
filed narratives from an exemplar index as style examples, and sends the prompt
to a hosted LLM in the cloud provider's EU region under the bank's enterprise
agreement. The draft is saved to the case file; the investigator edits it, and
the money-laundering reporting officer (MLRO) approves each report before a
filing gateway submits it to the financial intelligence unit. Staff sign in with
the bank's SSO and MFA, the case stores are encrypted and role-restricted, and
the drafting service keeps an audit trail of every prompt and draft.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "AML alert narrative drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts of suspicious-activity report narratives for AML investigators.",
)

# ---------------------------------------------------------------- data assets
alerts = tg.Data(
    "Transaction monitoring alerts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Scenario hit, risk score and the accounts and counterparties involved.",
)
transactions = tg.Data(
    "Flagged account transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
kyc = tg.Data(
    "Customer KYC records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Identity, occupation, source of funds, risk rating, linked parties.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
media_hits = tg.Data(
    "Adverse media hits",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="News and watchlist articles matched to the customer by the vendor.",
)
draft_request = tg.Data(
    "Drafting request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Case id and the investigator's notes on what to emphasise.",
)
exemplars = tg.Data(
    "Past SAR narratives",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Narratives of reports already filed, chunked and embedded.",
)
prompt = tg.Data(
    "Narrative prompt with case facts",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, alert, transactions, KYC extract, media hits and exemplars.",
)
draft = tg.Data(
    "Draft SAR narrative",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
case_file = tg.Data(
    "AML case file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Investigation notes, evidence, draft and edited narrative, decision.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval = tg.Data("MLRO filing approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sar = tg.Data(
    "Approved suspicious activity report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
fiu_ack = tg.Data(
    "FIU filing acknowledgement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
audit = tg.Data(
    "Drafting audit trail",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who asked for which draft, the full prompt and the model's output.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bank corporate network", trust=tg.Trust.INTERNAL):
    # The analysts who work alerts and write the reports.
    investigator = tm.add(tg.Actor("AML investigator", role="financial crime investigator"))
    # Signs off every report before it leaves the bank.
    mlro = tm.add(tg.Actor("MLRO", role="money laundering reporting officer", privileged=True))
    # The web UI investigators already use to work cases; drafting is a new button.
    workbench = tm.add(
        tg.Endpoint(
            "Case workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="bank SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Financial crime zone", trust=tg.Trust.RESTRICTED):
    # Existing rules-based monitoring platform; the source of alerts and transactions.
    tms = tm.add(
        tg.DataSource(
            "Transaction monitoring system",
            origin=tg.Origin.INTERNAL,
            provides={alerts, transactions},
        )
    )
    # Customer due-diligence records kept by onboarding and periodic review.
    kyc_store = tm.add(
        tg.DataStore(
            "KYC customer records",
            stores={kyc},
            controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS"), c.RBAC()},
        )
    )
    # New component: assembles the facts and the prompt, calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Narrative drafting service",
            description="Collects the case facts, retrieves exemplars, prompts the LLM, saves the draft.",
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Filed narratives, used as few-shot examples of the bank's house style.
    exemplar_index = tm.add(
        tg.VectorStore(
            "SAR exemplar index",
            stores={exemplars},
            controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS")},
        )
    )
    # Nightly job that embeds newly filed narratives into the exemplar index.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly exemplar indexing job",
            stage=tg.Stage.INGESTION,
            description="Chunks and embeds the narratives of cases closed as filed.",
        )
    )
    # Case management system of record: evidence, drafts, decisions.
    case_store = tm.add(
        tg.DataStore(
            "AML case management store",
            stores={case_file, sar},
            controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS"), c.RBAC()},
        )
    )
    # Prompt and output log the model risk team asked for.
    audit_store = tm.add(
        tg.DataStore(
            "Drafting audit log",
            stores={audit},
            controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS")},
        )
    )
    # Submits approved reports to the regulator's portal.
    filing = tm.add(
        tg.Service(
            "SAR filing gateway",
            controls={c.HumanInTheLoop(approver="the MLRO, for every report")},
        )
    )

with tm.boundary("Cloud LLM provider (EU region)", trust=tg.Trust.PARTNER):
    # Hosted model under the bank's enterprise agreement; no training on bank data.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="bank third-party risk review, zero data retention terms")
            },
        )
    )

with tm.boundary("Screening vendor", trust=tg.Trust.PARTNER):
    # Subscription adverse-media and watchlist screening service.
    media_feed = tm.add(
        tg.DataSource(
            "Adverse media screening service",
            origin=tg.Origin.VENDOR,
            provides={media_hits},
        )
    )

with tm.boundary("Financial intelligence unit", trust=tg.Trust.PARTNER):
    # The national FIU's reporting portal.
    fiu = tm.add(tg.ExternalService("FIU reporting portal"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(investigator, workbench, draft_request, protocol="https")
tm.flow(workbench, drafter, draft_request, protocol="https")
tm.flow(tms, drafter, alerts, transactions, protocol="https")
tm.flow(kyc_store, drafter, kyc, label="customer lookup")
tm.flow(media_feed, drafter, media_hits, protocol="https", label="screening results")
tm.flow(drafter, exemplar_index, draft_request, label="similarity query")
tm.flow(exemplar_index, drafter, exemplars, label="retrieved exemplars")
tm.flow(drafter, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, drafter, draft, protocol="https", controls={tls})
tm.flow(drafter, audit_store, audit)
tm.flow(drafter, case_store, draft, label="save draft")
tm.flow(drafter, workbench, draft, protocol="https")
tm.flow(workbench, investigator, draft, protocol="https")

tm.flow(investigator, workbench, case_file, protocol="https", label="edits narrative")
tm.flow(workbench, case_store, case_file)
tm.flow(case_store, workbench, case_file, sar)
tm.flow(workbench, mlro, sar, protocol="https", label="review")
tm.flow(mlro, workbench, approval, protocol="https", label="approves filing")
tm.flow(workbench, filing, sar, approval)
tm.flow(filing, fiu, sar, protocol="https", controls={tls})
tm.flow(fiu, filing, fiu_ack, protocol="https")
tm.flow(filing, case_store, fiu_ack)

tm.flow(case_store, indexer, sar, label="nightly export of filed cases")
tm.flow(indexer, exemplar_index, exemplars)
