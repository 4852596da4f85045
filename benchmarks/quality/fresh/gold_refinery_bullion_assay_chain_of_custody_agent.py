"""Bullion assay chain-of-custody agent: the first design, before any security review.

Our refinery in Germany receives doré bars from mines and traders. Suppliers upload
each shipment's documents (packing list, mine assay certificate, export permit) to a
supplier portal; the armoured carrier's API sends seal numbers and handover times.
Vault staff record each bar on intake, the intake scales post weights, and the assay
lab's LIMS holds fire-assay results. A custody agent, on an LLM a vendor hosts, reads
these through tools, reconciles declared against measured weight and fineness per
lot, raises discrepancy flags in the custody ledger and drafts the due-diligence
reports owed to the bullion market association under its responsible gold guidance.
A compliance officer approves every report and uploads it to the auditor's portal.
Controls: portal sign-in with TOTP, role-based access and audit logging on the
ledger, encrypted KYC files, and the officer's approval of each report.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bullion assay chain-of-custody agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that reconciles doré intake weights and assays and drafts "
        "responsible-gold due-diligence reports for the refinery's compliance team."
    ),
)

# ---------------------------------------------------------------- data assets
shipment_docs = tg.Data(
    "Shipment documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Packing list, mine assay certificate, export permit and origin declaration.",
)
custody_events = tg.Data(
    "Transit custody events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Seal numbers, pick-up and handover times per consignment.",
)
intake_weights = tg.Data(
    "Intake weight readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bar_receipts = tg.Data(
    "Bar receipt entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bar number, seal check and lot assignment recorded by vault staff.",
)
assay_results = tg.Data(
    "Fire assay results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
custody_records = tg.Data(
    "Chain-of-custody records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
kyc_files = tg.Data(
    "Counterparty KYC files",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Beneficial owners, ID copies, mine licences and red-flag assessments.",
)
task = tg.Data("Reconciliation task", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt with custody context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, task, ledger and assay extracts, KYC excerpts.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Records lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data("Records lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
flag_call = tg.Data(
    "Discrepancy flag call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
discrepancy_flags = tg.Data(
    "Weight and assay discrepancy flags",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
report_call = tg.Data(
    "Report draft call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dd_report = tg.Data(
    "Due-diligence report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Per-supplier risk assessment and the annual responsible gold report.",
)
approval = tg.Data("Report approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Mines and traders who ship doré to us; anyone holding a supplier account.
    supplier = tm.add(tg.Actor("Mine supplier", role="supplier"))

with tm.boundary("Armoured carrier", trust=tg.Trust.PARTNER):
    # Secure logistics firm moving the bars; its API is our only view of transit.
    carrier = tm.add(
        tg.ExternalService(
            "Carrier custody API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Consignment tracking with seal numbers and handover times.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA and EU data residency reviewed")},
        )
    )

with tm.boundary("Auditor", trust=tg.Trust.PARTNER):
    # The independent auditor who receives our responsible gold report for the market association.
    auditor = tm.add(
        tg.ExternalService("Independent auditor portal", description="Receives filed reports.")
    )

with tm.boundary("Refinery network", trust=tg.Trust.INTERNAL):
    # Where suppliers upload shipment documents before the bars arrive.
    portal = tm.add(
        tg.Endpoint(
            "Supplier portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-supplier account with password and TOTP")},
        )
    )
    # The agent that reconciles lots and drafts reports; it acts only through its tools.
    agent = tm.add(
        tg.Agent(
            "Custody agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="compliance officer", note="before a report is filed")
            },
        )
    )
    # Reads ledger, LIMS and KYC records for a lot or a supplier.
    lookup_tool = tm.add(tg.Tool("Custody records lookup tool", capabilities={"read"}))
    # Writes discrepancy flags (and a hold on the lot) into the custody ledger.
    flag_tool = tm.add(tg.Tool("Discrepancy flag tool", capabilities={"read", "write"}))
    # Saves report drafts for the compliance officer to review.
    report_tool = tm.add(tg.Tool("Report drafting tool", capabilities={"write"}))
    # Draft and approved due-diligence reports.
    report_store = tm.add(tg.DataStore("Report repository", stores={dd_report}))
    # Reviews the agent's flags and reports, approves and files them.
    officer = tm.add(tg.Actor("Compliance officer", role="compliance officer"))

    with tm.boundary("Vault and assay lab", trust=tg.Trust.RESTRICTED):
        # Vault staff receive bars, check seals and assign them to refining lots.
        vault_staff = tm.add(tg.Actor("Vault staff", role="vault operator"))
        # Certified intake scales weighing each bar on receipt.
        scales = tm.add(tg.Device("Intake scales", fleet=False))
        # The assay lab's system of record for fire-assay fineness results.
        lims = tm.add(tg.DataStore("Assay LIMS", stores={assay_results}, controls={c.RBAC()}))
        # Bar-level chain of custody from receipt through refining lots.
        ledger = tm.add(
            tg.DataStore(
                "Custody ledger",
                stores={
                    custody_records,
                    custody_events,
                    intake_weights,
                    bar_receipts,
                    discrepancy_flags,
                    shipment_docs,
                },
                controls={c.RBAC(), c.AuditLogging()},
            )
        )
        # KYC and due-diligence files on every counterparty.
        kyc_store = tm.add(
            tg.DataStore(
                "KYC file store",
                stores={kyc_files},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# intake
tm.flow(supplier, portal, shipment_docs, protocol="https")
tm.flow(portal, ledger, shipment_docs)
tm.flow(carrier, ledger, custody_events, protocol="https", label="consignment updates")
tm.flow(scales, ledger, intake_weights, protocol="opc-ua")
tm.flow(vault_staff, ledger, bar_receipts)

# the agent's work
tm.flow(officer, agent, task, label="reconcile lot / draft report")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(ledger, lookup_tool, custody_records, intake_weights, shipment_docs)
tm.flow(lims, lookup_tool, assay_results)
tm.flow(kyc_store, lookup_tool, kyc_files)
tm.flow(agent, flag_tool, flag_call)
tm.flow(flag_tool, ledger, discrepancy_flags)
tm.flow(agent, report_tool, report_call)
tm.flow(report_tool, report_store, dd_report)

# review and filing
tm.flow(officer, kyc_store, kyc_files, label="maintains counterparty KYC")
tm.flow(ledger, officer, discrepancy_flags, label="flag review")
tm.flow(report_store, officer, dd_report, label="review draft")
tm.flow(officer, report_store, approval, label="approves report")
tm.flow(report_store, auditor, dd_report, protocol="https", label="filed by compliance officer")
