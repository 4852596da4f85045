"""Treasury payment agent for an EU manufacturer: the first design.

For each payment run, an LLM agent reads invoices that accounts payable approved
in the ERP, groups them into supplier payment batches, checks each payee's bank
details against the supplier master (recent changes, new IBAN or country) and
flags anomalies. Suppliers request bank-detail changes in the supplier portal and
AP clerks apply them in the ERP. The agent reasons with a hosted LLM under a
vendor contract. Treasurers review batches and flags in the treasury workbench;
batches above EUR 250,000 wait for a treasurer's approval, smaller ones go ahead.
A payment-file tool writes pain.001 files for the host-to-host gateway, which
sends them to the bank over SFTP, PGP-signed, and gets status reports back.
Controls: SSO with MFA and roles on the workbench, roles and audit logs in the
ERP, a supplier portal login, an agent run log and a vetted LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Treasury payment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that prepares, checks and submits supplier payment batches.",
)

# ---------------------------------------------------------------- data assets
invoices = tg.Data(
    "Approved invoices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
supplier_master = tg.Data(
    "Supplier master and bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, contacts, IBANs and change history; includes sole traders.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
change_request = tg.Data(
    "Bank-detail change request",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="New IBAN with a bank letter uploaded by the supplier.",
)
tool_call = tg.Data("Agent tool call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, invoice lines, supplier bank details and change history.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
batch = tg.Data(
    "Proposed payment batch",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
flags = tg.Data("Anomaly flags", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
approval = tg.Data("Treasurer approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
payment_file = tg.Data(
    "Payment file (pain.001)",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bank_status = tg.Data(
    "Bank status report (pain.002)", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
h2h_key = tg.Data("H2H SSH and PGP keys", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
tool_result = tg.Data("File writer result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
run_log = tg.Data("Agent run log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Suppliers' staff; anyone who takes over a supplier's account looks the same.
    supplier = tm.add(tg.Actor("Supplier", role="supplier"))

with tm.boundary("Corporate DMZ", trust=tg.Trust.INTERNAL):
    # Existing portal where suppliers upload invoices and bank-detail changes.
    portal = tm.add(
        tg.Endpoint(
            "Supplier portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="password")},
        )
    )

with tm.boundary("ERP data centre", trust=tg.Trust.RESTRICTED):
    # System of record for invoices, approvals and supplier master data.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={invoices, supplier_master, change_request},
            controls={c.RBAC(), c.AuditLogging(retention_days=3650)},
        )
    )

with tm.boundary("Treasury application zone", trust=tg.Trust.INTERNAL):
    # The agent: builds batches, checks bank details, flags anomalies, submits.
    agent = tm.add(
        tg.Agent(
            "Payment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="a treasurer", above="EUR 250,000 per batch"),
            },
        )
    )
    # Reads approved, unpaid invoices through the ERP's API.
    invoice_tool = tm.add(tg.Tool("ERP invoice reader", capabilities={"read"}))
    # Reads supplier master records and their bank-detail change history.
    supplier_tool = tm.add(tg.Tool("Supplier record lookup", capabilities={"read"}))
    # Renders the batch as pain.001 XML and drops it in the gateway's outbox.
    file_tool = tm.add(tg.Tool("Payment file writer", capabilities={"write", "money-movement"}))
    # Where treasurers see proposed batches and flags and approve large batches.
    workbench = tm.add(
        tg.Endpoint(
            "Treasury workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Every agent step, tool call and decision of each payment run.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))
    # Host-to-host gateway holding the bank connection keys.
    gateway = tm.add(tg.Service("H2H SFTP gateway"))
    # Key files on the gateway host: the SSH login key and the PGP signing key.
    key_store = tm.add(tg.DataStore("Gateway key store", stores={h2h_key}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with; EU region, no training on our data by contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA and zero-retention terms")},
        )
    )

with tm.boundary("House bank", trust=tg.Trust.PARTNER):
    # The bank's host-to-host service that executes the payment files.
    bank = tm.add(tg.ExternalService("Bank H2H service"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Maintains supplier records and approves invoices in the ERP.
    ap_clerk = tm.add(tg.Actor("AP clerk", role="accounts payable"))
    # Reviews flags and approves batches above the limit.
    treasurer = tm.add(tg.Actor("Treasurer", role="treasury", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(supplier, portal, change_request, protocol="https")
tm.flow(portal, erp, change_request)
tm.flow(
    ap_clerk,
    erp,
    invoices,
    supplier_master,
    protocol="https",
    label="approves invoices, applies changes",
)
tm.flow(erp, ap_clerk, change_request, protocol="https", label="change worklist")

tm.flow(agent, invoice_tool, tool_call)
tm.flow(invoice_tool, erp, tool_call, protocol="https")
tm.flow(erp, invoice_tool, invoices, protocol="https")
tm.flow(invoice_tool, agent, invoices)
tm.flow(agent, supplier_tool, tool_call)
tm.flow(supplier_tool, erp, tool_call, protocol="https")
tm.flow(erp, supplier_tool, supplier_master, protocol="https")
tm.flow(supplier_tool, agent, supplier_master)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, workbench, batch, flags)
tm.flow(workbench, treasurer, batch, flags, protocol="https")
tm.flow(treasurer, workbench, approval, protocol="https")
tm.flow(workbench, agent, approval)
tm.flow(agent, log_store, run_log)

tm.flow(agent, file_tool, tool_call, batch)
tm.flow(file_tool, gateway, payment_file, label="outbox share")
tm.flow(file_tool, agent, tool_result, label="file written")
tm.flow(key_store, gateway, h2h_key, protocol="local")
tm.flow(
    gateway,
    bank,
    payment_file,
    protocol="sftp",
    controls={c.MessageIntegrity(note="PGP-signed files as the bank requires")},
)
tm.flow(bank, gateway, bank_status, protocol="sftp")
tm.flow(gateway, agent, bank_status, label="status reports")
