"""Browser-automation purchasing agent: the first design, before any security review.

Employees raise requisitions for office supplies in the company ERP, and their
budget-holding manager approves them there. Every hour a scheduler starts the
purchasing agent, which reads the approved requisitions through an ERP tool, looks up
the supplier and price cap in the approved supplier catalogue, and drives a headless
browser through the supplier's website: search, add to basket, check out with the
company's virtual card and read the order confirmation. A hosted language model sees
the requisition and each page's text and screenshot and chooses the next browser
action. The browser fills the card fields itself from the secrets vault, so the card
number never enters a prompt. The agent writes the order back to the ERP and tells the
requester. Controls in this design: manager approval of each requisition, a step cap,
a disposable browser container per run, card limits set at the issuer, the card in
the vault, SSO with MFA on the ERP and step logs with screenshots.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Browser automation purchasing agent",
    profile=tg.RiskProfile.HIGH,
    description="Procurement agent that buys approved office supplies on suppliers' "
    "websites with a company card, through a headless browser.",
)

# ---------------------------------------------------------------- data assets
requisition = tg.Data(
    "Purchase requisition",
    sensitivity="internal",
    kind="records",
    description="Requester, cost centre, items, quantities and office delivery address.",
)
approval = tg.Data("Requisition approval", sensitivity="internal", kind="records")
trigger = tg.Data("Run trigger", sensitivity="internal", kind="instructions")
erp_call = tg.Data("ERP tool call", sensitivity="internal", kind="tool-call")
approved = tg.Data("Approved requisitions", sensitivity="internal", kind="tool-result")
order_record = tg.Data("Order record", sensitivity="internal", kind="records")
erp_records = tg.Data(
    "Requisitions and purchase orders",
    sensitivity="confidential",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
catalogue = tg.Data(
    "Approved suppliers and price caps",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Agent prompt with page snapshot",
    sensitivity="confidential",
    kind="prompt",
    description="Instructions, the requisition, the page's text and a screenshot.",
)
next_action = tg.Data("Next browser action", sensitivity="internal", kind="model-output")
browser_command = tg.Data(
    "Browser command",
    sensitivity="internal",
    kind="tool-call",
    description="Navigate, click, type or check out.",
)
page_snapshot = tg.Data("Page snapshot", sensitivity="internal", kind="tool-result")
supplier_pages = tg.Data("Supplier web pages", sensitivity="public", kind="documents")
order_submission = tg.Data(
    "Order submission",
    sensitivity="confidential",
    kind="records",
    description="Basket, delivery address, purchase order number and billing contact.",
)
card = tg.Data(
    "Company virtual card details",
    sensitivity="regulated",
    kind="credentials",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
notification = tg.Data("Order notification", sensitivity="internal", kind="records")
run_logs = tg.Data("Agent run logs and screenshots", sensitivity="confidential", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # The suppliers' public shops the agent buys from; their pages are outside our control.
    suppliers = tm.add(
        tg.ExternalService(
            "Supplier websites",
            description="Public web shops of the approved office-supply suppliers.",
        )
    )

with tm.boundary("LLM vendor", trust="partner"):
    # Reads each page snapshot and decides the next browser action.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="enterprise terms with zero data retention")},
        )
    )

with tm.boundary("Corporate network", trust="internal"):
    # Raises requisitions and receives order notifications.
    employee = tm.add(tg.Actor("Employee", role="requester"))
    # Approves requisitions against their budget before anything is bought.
    manager = tm.add(tg.Actor("Budget-holding manager", role="approver"))
    # Watches the runs and handles orders the agent could not complete.
    officer = tm.add(tg.Actor("Procurement officer", role="procurement staff"))
    # The system of record for requisitions, approvals and purchase orders.
    erp = tm.add(
        tg.DataStore(
            "ERP purchasing module",
            stores={erp_records},
            controls={
                c.Authentication(method="corporate SSO (Entra ID) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Automation cluster", trust="internal"):
    # Starts a purchasing run every hour.
    scheduler = tm.add(tg.Service("Hourly purchasing scheduler"))
    # The LLM agent that turns an approved requisition into an order.
    agent = tm.add(
        tg.Agent(
            "Purchasing agent",
            autonomy="autonomous",
            controls={
                c.CircuitBreaker(max_steps=80),
                c.HumanInTheLoop(
                    approver="the budget-holding manager, on the requisition in the ERP",
                    note="the manager approves the requisition before the agent picks it up; "
                    "the basket and checkout are not shown to anyone",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads approved requisitions and writes purchase orders back.
    erp_tool = tm.add(
        tg.Tool(
            "ERP tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="service account for the purchasing API only")},
        )
    )
    # Drives a headless browser on supplier sites, including checkout with the card.
    browser = tm.add(
        tg.Tool(
            "Headless browser tool",
            capabilities={"read", "write", "network-egress", "money-movement"},
            controls={
                c.Sandboxing(note="fresh container per run"),
                c.TransactionLimits(
                    limit="GBP 500 per transaction and GBP 3,000 per month on the virtual card, "
                    "set at the card issuer"
                ),
            },
        )
    )
    # Which suppliers may be used and the most each item may cost.
    supplier_list = tm.add(
        tg.DataStore("Approved supplier catalogue", stores={catalogue}, controls={c.RBAC()})
    )
    # Holds the virtual card so the browser can fill checkout forms without the LLM.
    vault = tm.add(
        tg.DataStore(
            "Secrets vault",
            stores={card},
            controls={
                c.SecretsManagement(),
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
            },
        )
    )
    # Tells the requester what was ordered, or that the order failed.
    notifier = tm.add(tg.Tool("Notification tool", capabilities={"send-messages"}))
    # Keeps each run's steps and screenshots for review.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_logs}))

# ---------------------------------------------------------------- flows
tm.flow(employee, erp, requisition, protocol="https")
tm.flow(manager, erp, approval, protocol="https")

tm.flow(scheduler, agent, trigger)
tm.flow(agent, erp_tool, erp_call)
tm.flow(erp_tool, agent, approved)
tm.flow(erp_tool, erp, erp_call, order_record, protocol="https")
tm.flow(erp, erp_tool, erp_records, protocol="https")

tm.flow(supplier_list, agent, catalogue)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, next_action, protocol="https")

tm.flow(agent, browser, browser_command)
tm.flow(browser, agent, page_snapshot)
tm.flow(vault, browser, card, protocol="https", label="card fields at checkout")
tm.flow(browser, suppliers, order_submission, card, protocol="https")
tm.flow(suppliers, browser, supplier_pages, protocol="https")

tm.flow(agent, notifier, notification)
tm.flow(notifier, employee, notification, protocol="https")

tm.flow(agent, log_store, run_logs)
tm.flow(log_store, officer, run_logs, protocol="https")
