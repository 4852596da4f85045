"""Software licence compliance agent for the IT asset team: the first design.

IT asset managers ask the agent, from an internal console, questions such as
"are we over-deployed on the CAD suite?". The agent runs in our IT tools cloud
account and uses a hosted LLM. It reads the software inventory that the endpoint
agents on every company laptop report, and the vendor contracts and invoices
that procurement files in the contract repository. It drafts true-up reports
and vendor emails (left as drafts in the asset manager's mailbox, never sent by
the agent), opens tickets in the IT service desk, and can uninstall software
through the device management system once an asset manager approves it in the
console. Controls in this design: SSO on the console, approval before any
uninstall, a step limit on each run, a ticket service account scoped to the
asset queue, credentials in the vault, and a log of every tool call.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Software license compliance agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Agent that reconciles installed software against licence entitlements, "
    "drafts true-up reports and vendor emails, and removes unlicensed installs on approval.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data("Asset manager request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data(
    "Uninstall approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
inventory = tg.Data(
    "Software inventory",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Installed titles and versions per device, with hostname and primary user.",
)
contracts = tg.Data(
    "Vendor contracts and invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="PDFs and emails as received from software vendors and resellers.",
)
prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the request, inventory extracts and contract passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
report = tg.Data("True-up report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
email_draft = tg.Data(
    "Vendor email draft", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ticket = tg.Data("Service desk ticket", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
uninstall_cmd = tg.Data(
    "Uninstall job",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Target device group and package to remove.",
)
job_status = tg.Data(
    "Uninstall job status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Software vendors", trust=tg.Trust.UNTRUSTED):
    # Contracts, renewal quotes and invoices arrive from vendors and resellers.
    vendor_docs = tm.add(
        tg.DataSource("Vendor documents", origin=tg.Origin.VENDOR, provides={contracts})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Corporate SaaS", trust=tg.Trust.PARTNER):
    # Service desk where the agent opens licence tickets.
    service_desk = tm.add(tg.ExternalService("IT service desk"))
    # Company mail; the agent only creates drafts in the asset manager's mailbox.
    mail = tm.add(tg.ExternalService("Corporate mail"))
    # Device management system that pushes uninstall jobs to laptops.
    mdm = tm.add(tg.ExternalService("Device management system"))

with tm.boundary("Managed endpoints", trust=tg.Trust.INTERNAL):
    # Company laptops; their inventory agent reports installed software daily.
    laptops = tm.add(tg.Device("Company laptops", fleet=True))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Uses the agent, reviews drafts and approves uninstalls.
    asset_manager = tm.add(tg.Actor("IT asset manager", role="it asset team"))

with tm.boundary("IT tools cloud", trust=tg.Trust.INTERNAL):
    # The orchestrating agent: plans, calls tools, writes reports.
    agent = tm.add(
        tg.Agent(
            "License compliance agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.Authentication(method="OIDC SSO on the console"),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=365),
                c.SecretsManagement(),
            },
        )
    )
    # Inventory database fed by the endpoint agents.
    inventory_db = tm.add(tg.DataStore("Software inventory database", stores={inventory}))
    # Document repository where procurement files vendor paperwork.
    contract_repo = tm.add(tg.DataStore("Contract repository", stores={contracts}))
    # Finished true-up reports for finance and audit.
    report_store = tm.add(tg.DataStore("Report store", stores={report}))
    # Read-only queries over the inventory.
    inventory_tool = tm.add(tg.Tool("Inventory query tool", capabilities={"read"}))
    # Finds and extracts text from contracts and invoices.
    contract_tool = tm.add(tg.Tool("Contract reader tool", capabilities={"read"}))
    # Opens and updates tickets in the asset queue.
    ticket_tool = tm.add(
        tg.Tool(
            "Ticketing tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account limited to the asset queue")},
        )
    )
    # Creates email drafts for the asset manager to review and send.
    email_tool = tm.add(tg.Tool("Email draft tool", capabilities={"write"}))
    # Submits uninstall jobs to the device management system.
    uninstall_tool = tm.add(
        tg.Tool(
            "Uninstall tool",
            capabilities={"write", "delete"},
            controls={c.HumanInTheLoop(approver="IT asset manager")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(asset_manager, agent, request, protocol="https")
tm.flow(agent, asset_manager, report, email_draft, protocol="https", label="results")
tm.flow(asset_manager, agent, approval, protocol="https", label="approve uninstall")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(laptops, inventory_db, inventory, protocol="https", label="daily inventory")
tm.flow(vendor_docs, contract_repo, contracts, label="filed by procurement")

tm.flow(agent, inventory_tool, tool_call, protocol="local")
tm.flow(inventory_tool, inventory_db, tool_call)
tm.flow(inventory_db, inventory_tool, inventory)
tm.flow(inventory_tool, agent, tool_result, protocol="local")

tm.flow(agent, contract_tool, tool_call, protocol="local")
tm.flow(contract_tool, contract_repo, tool_call)
tm.flow(contract_repo, contract_tool, contracts)
tm.flow(contract_tool, agent, tool_result, protocol="local")

tm.flow(agent, ticket_tool, tool_call, protocol="local")
tm.flow(ticket_tool, service_desk, ticket, protocol="https")
tm.flow(service_desk, ticket_tool, ticket, protocol="https")
tm.flow(ticket_tool, agent, tool_result, protocol="local")

tm.flow(agent, email_tool, tool_call, protocol="local")
tm.flow(email_tool, mail, email_draft, protocol="https")
tm.flow(email_tool, agent, tool_result, protocol="local")

tm.flow(agent, uninstall_tool, uninstall_cmd, protocol="local")
tm.flow(uninstall_tool, mdm, uninstall_cmd, protocol="https")
tm.flow(mdm, uninstall_tool, job_status, protocol="https")
tm.flow(uninstall_tool, agent, job_status, protocol="local")
tm.flow(mdm, laptops, uninstall_cmd, protocol="https", label="push uninstall")

tm.flow(agent, report_store, report)
