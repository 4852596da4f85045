"""Contract manufacturer order agent: the first design, before any security review.

Customers (OEM buyers) send purchase orders, drawings and specifications either
by uploading them to our customer portal or by e-mailing them to the shared
orders mailbox. An intake service pulls both in, extracts the order lines and
files the documents. An LLM agent, running in our cloud tenant and calling a
hosted model API, checks machine capacity and material stock in the plant's
manufacturing execution system (read-only), proposes a delivery date, writes
the sales order into the ERP and e-mails the proposal back to the customer.
For products we have never built before, a production planner must approve the
date in an approval console before anything is sent or booked. Portal users
sign in with accounts we issue, the document bucket is encrypted with KMS, the
MES tool uses a read-only database user, and the ERP keeps its change log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contract manufacturer order agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that turns customer purchase orders into delivery-date proposals "
        "and ERP sales orders, checking capacity in the MES."
    ),
)

# ---------------------------------------------------------------- data assets
purchase_orders = tg.Data(
    "Purchase orders",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="PDF or spreadsheet POs: part numbers, quantities, prices, requested dates.",
)
specifications = tg.Data(
    "Product specifications and drawings",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer IP: drawings, bills of materials, tolerances.",
)
order_emails = tg.Data(
    "Order e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Mail bodies and attachments sent to the orders mailbox, with buyer contact details.",
)
order_details = tg.Data(
    "Extracted order details", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, order details, spec excerpts and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
capacity_query = tg.Data("Capacity and material query", kind="tool-call")
capacity_result = tg.Data(
    "Capacity and material availability",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
mes_records = tg.Data(
    "Work centre schedules and stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
erp_update = tg.Data(
    "Sales order update",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
erp_result = tg.Data("ERP booking result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
sales_orders = tg.Data(
    "Sales orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
date_proposal = tg.Data(
    "Delivery date proposal", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_request = tg.Data("Date approval request", kind="records")
approval_decision = tg.Data(
    "Planner decision",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The OEM buyers who place orders; anyone can also write to the orders mailbox.
    buyer = tm.add(tg.Actor("Customer buyer", role="customer"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The shared orders@ mailbox on our hosted e-mail service; it receives mail from anyone.
    mailbox = tm.add(
        tg.DataSource(
            "Orders mailbox",
            origin=tg.Origin.USER_UPLOAD,
            provides={order_emails},
            description="Hosted Exchange mailbox read and sent from through the mail API.",
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted frontier model that does the reading, reasoning and drafting.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Order automation tenant", trust=tg.Trust.INTERNAL):
    # Customer-facing web portal where buyers upload POs and see proposed dates.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="portal accounts issued by sales, password login")},
        )
    )
    # Pulls documents from the portal and the mailbox, OCRs them and extracts order lines.
    intake = tm.add(tg.Service("Document intake service"))
    # Keeps the original POs and specs so the agent and planners can refer back to them.
    doc_store = tm.add(
        tg.DataStore(
            "Order document store",
            stores={purchase_orders, specifications, order_emails},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Plans each order: reads specs, checks capacity, proposes a date, books the order.
    agent = tm.add(
        tg.Agent(
            "Order agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="production planner",
                    note="only for products not built before; repeat orders go straight through",
                )
            },
        )
    )
    # Lets the agent ask the MES what capacity and material is free.
    mes_tool = tm.add(
        tg.Tool(
            "MES capacity tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only MES database user")},
        )
    )
    # Lets the agent create and update sales orders and confirmed dates in the ERP.
    erp_tool = tm.add(tg.Tool("ERP order tool", capabilities={"read", "write"}))
    # Sends the date proposal to the buyer from the orders mailbox.
    mail_tool = tm.add(tg.Tool("Customer e-mail tool", capabilities={"send-messages"}))
    # Web page where planners see new-product proposals and approve or change the date.
    console = tm.add(tg.Service("Planner approval console"))

with tm.boundary("Plant network", trust=tg.Trust.RESTRICTED):
    # Manufacturing execution system: work centre loads, routings, material on hand.
    mes = tm.add(tg.DataStore("Manufacturing execution system", stores={mes_records}))
    # ERP: sales orders, confirmed dates, customer master data.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={sales_orders},
            controls={c.AuditLogging(note="ERP change documents")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves delivery dates for new products.
    planner = tm.add(tg.Actor("Production planner", role="planner"))

# ---------------------------------------------------------------- flows
# Orders coming in
tm.flow(buyer, portal, purchase_orders, specifications, protocol="https", label="upload")
tm.flow(buyer, mailbox, order_emails, protocol="smtp", label="e-mailed orders")
tm.flow(portal, intake, purchase_orders, specifications)
tm.flow(mailbox, intake, order_emails, protocol="https", label="mail API polling")
tm.flow(intake, doc_store, purchase_orders, specifications, order_emails)
tm.flow(intake, agent, order_details)
tm.flow(doc_store, agent, specifications, purchase_orders, label="spec lookup")

# Reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Capacity check
tm.flow(agent, mes_tool, capacity_query)
tm.flow(mes_tool, mes, capacity_query, protocol="https", label="MES REST API")
tm.flow(mes, mes_tool, mes_records, protocol="https")
tm.flow(mes_tool, agent, capacity_result)

# Planner approval for new products
tm.flow(agent, console, approval_request, date_proposal)
tm.flow(console, planner, approval_request, date_proposal, protocol="https")
tm.flow(planner, console, approval_decision, protocol="https")
tm.flow(console, agent, approval_decision)

# Booking and replying
tm.flow(agent, erp_tool, erp_update)
tm.flow(erp_tool, erp, erp_update, protocol="https", label="ERP OData API")
tm.flow(erp, erp_tool, erp_result, protocol="https")
tm.flow(erp_tool, agent, erp_result)
tm.flow(agent, mail_tool, date_proposal)
tm.flow(mail_tool, mailbox, date_proposal, protocol="https", label="send via mail API")
tm.flow(mailbox, buyer, date_proposal, protocol="smtp")
tm.flow(agent, portal, date_proposal, label="proposal shown in portal")
tm.flow(portal, buyer, date_proposal, protocol="https")
