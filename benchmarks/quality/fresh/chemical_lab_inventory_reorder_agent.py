"""Chemistry department reagent inventory and reorder agent: the first design, before any security review.

The department wants stockrooms that reorder themselves. Handheld barcode scanners in
the labs record every bottle taken from or returned to a shelf, and researchers note
reagent use in the electronic lab notebook (ELN). An ingest service turns scans into
stock levels in the inventory database. A reorder agent, running on a department
server and reasoning with a hosted LLM, reads stock levels and recent notebook entries,
decides what is running low, checks each item against the controlled-substance and
precursor lists, and places orders through approved suppliers' ordering APIs, charged
to the lab's grant budget. Orders for flagged substances go to the lab manager for
approval on a dashboard. Controls in this design: a budget cap on the purchasing tool,
an allowlist of supplier API hosts, supplier API keys in the university vault, lab
manager approval of flagged orders, university SSO on the dashboard and an order log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chemical lab inventory reorder agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent that tracks reagent stock and reorders from approved suppliers within "
    "budget, with controlled-substance and precursor checks.",
)

# ---------------------------------------------------------------- data assets
scans = tg.Data(
    "Barcode scan events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Container id, shelf location, user badge id, in or out, timestamp.",
)
notebook = tg.Data(
    "Lab notebook entries",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free-text experiment notes with reagents and quantities used (unpublished research).",
)
stock = tg.Data(
    "Stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Reorder instructions, stock levels, notebook excerpts and tool results.",
)
agent_plan = tg.Data(
    "Reorder plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
compliance_query = tg.Data(
    "Compliance check request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
compliance_verdict = tg.Data(
    "Compliance verdict", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
regulated_list = tg.Data(
    "Controlled substance and precursor lists",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Scheduled drugs, chemical-weapons precursors, explosives precursors, and the "
    "department's licences and registrations.",
)
order_request = tg.Data(
    "Purchase order request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
supplier_order = tg.Data(
    "Supplier order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Catalogue numbers, quantities, delivery address, account and cost-centre codes.",
)
supplier_reply = tg.Data(
    "Supplier quote and order confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
)
budget = tg.Data(
    "Grant budget balances",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval_request = tg.Data(
    "Flagged order for approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
order_log = tg.Data("Order log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Lab floor network", trust=tg.Trust.INTERNAL):
    # Shared handheld scanners on the lab Wi-Fi, one per stockroom.
    scanners = tm.add(tg.Device("Stockroom barcode scanners", fleet=True))
    # Students, postdocs and staff who take reagents and write notebooks.
    researcher = tm.add(tg.Actor("Researcher", role="lab member"))

with tm.boundary("University IT", trust=tg.Trust.INTERNAL):
    # The university's hosted ELN; the agent reads entries through its API.
    eln = tm.add(
        tg.DataSource(
            "Electronic lab notebook",
            origin=tg.Origin.INTERNAL,
            provides={notebook},
            description="Every lab member can write entries in their group's notebooks.",
        )
    )
    # Finance system holding grant cost centres and remaining balances.
    ledger = tm.add(tg.DataStore("Grant budget ledger", stores={budget}))

with tm.boundary("Department server", trust=tg.Trust.INTERNAL):
    # Turns scan events into stock levels per container and location.
    ingest = tm.add(tg.Service("Scan ingest service"))
    # Current stock, container locations and reorder thresholds.
    inventory = tm.add(tg.DataStore("Inventory database", stores={stock}))
    # Decides what to reorder, runs the compliance check and places orders.
    agent = tm.add(
        tg.Agent(
            "Reorder agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs nightly and on low-stock events; orders on its own unless flagged.",
            controls={
                c.HumanInTheLoop(
                    approver="lab manager", note="only orders the compliance check flags"
                )
            },
        )
    )
    # Looks up CAS numbers against the regulated lists and the department's licences.
    compliance_tool = tm.add(tg.Tool("Compliance check tool", capabilities={"read"}))
    # The regulated lists, updated by the safety office.
    reg_lists = tm.add(tg.DataStore("Regulated substance lists", stores={regulated_list}))
    # Places orders with suppliers and charges the grant.
    purchasing = tm.add(
        tg.Tool(
            "Purchasing tool",
            capabilities={"read", "write", "network-egress", "money-movement"},
            controls={
                c.TransactionLimits(limit="remaining monthly reagent budget per grant"),
                c.EgressFiltering(note="only the approved suppliers' API hosts"),
                c.SecretsManagement(note="supplier API keys in the university vault"),
            },
        )
    )
    # Every order placed, with the agent's reasoning and the compliance verdict.
    orders = tm.add(
        tg.DataStore("Order log store", stores={order_log}, controls={c.AuditLogging()})
    )
    # Where lab managers see and decide on flagged orders.
    dashboard = tm.add(
        tg.Endpoint(
            "Approval dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO (SAML)")},
        )
    )

with tm.boundary("Staff offices", trust=tg.Trust.INTERNAL):
    # Approves flagged orders and owns the lab's budget.
    manager = tm.add(tg.Actor("Lab manager", role="lab manager", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Approved suppliers", trust=tg.Trust.PARTNER):
    # Chemical suppliers' B2B ordering APIs under the university's purchasing contracts.
    suppliers = tm.add(
        tg.ExternalService("Supplier ordering APIs", provides=tg.ExternalCategory.GENERIC)
    )

# ---------------------------------------------------------------- flows
# Stock tracking.
tm.flow(researcher, scanners, scans, label="scans bottle in or out")
tm.flow(scanners, ingest, scans, protocol="http")
tm.flow(ingest, inventory, stock)
tm.flow(researcher, eln, notebook, protocol="https")

# The agent gathers context and reasons with the LLM.
tm.flow(inventory, agent, stock)
tm.flow(eln, agent, notebook, protocol="https")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_plan, protocol="https")

# Compliance check before any order.
tm.flow(agent, compliance_tool, compliance_query)
tm.flow(reg_lists, compliance_tool, regulated_list)
tm.flow(compliance_tool, agent, compliance_verdict)

# Flagged orders wait for the lab manager.
tm.flow(agent, dashboard, approval_request)
tm.flow(dashboard, manager, approval_request, protocol="https")
tm.flow(manager, dashboard, approval, protocol="https")
tm.flow(dashboard, agent, approval)

# Ordering within budget.
tm.flow(agent, purchasing, order_request)
tm.flow(ledger, purchasing, budget, protocol="https", label="balance check")
tm.flow(purchasing, ledger, budget, protocol="https", label="commit spend")
tm.flow(purchasing, suppliers, supplier_order, protocol="https")
tm.flow(suppliers, purchasing, supplier_reply, protocol="https")
tm.flow(purchasing, agent, supplier_reply)
tm.flow(agent, orders, order_log)
