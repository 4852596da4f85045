"""Supplier invoice matching agent for a restaurant group: the first design.

Suppliers e-mail their invoices as PDF attachments to the group's accounts
mailbox (Microsoft 365). An LLM agent running in the group's cloud tenancy reads
each new invoice through a mailbox tool, has a hosted LLM extract the header and
line items, and looks up the matching purchase order in the ERP and the delivery
note that kitchen staff scanned with the kitchen tablet app when the goods came
in. A matched invoice under 1,000 pounds is approved for payment in the accounts
payable system through an approval tool that refuses larger amounts; mismatches
and larger invoices land in the finance team's exception queue in the same
system. The AP system pays approved invoices in its BACS payment run, using the
bank details in the supplier master, which suppliers maintain themselves through
a supplier portal (e-mail and password sign-in). The AP system has role-based
access and an audit trail; the agent logs every step it takes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Restaurant supplier invoice matching agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "An LLM agent three-way matches emailed supplier invoices to POs and kitchen "
        "delivery notes and approves small matched invoices for payment."
    ),
)

# ---------------------------------------------------------------- data assets
invoice_pdf = tg.Data(
    "Supplier invoice PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Invoice e-mailed by the supplier as a PDF attachment.",
)
bank_details = tg.Data(
    "Supplier bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Account name, sort code and account number the supplier is paid to.",
)
delivery_scan = tg.Data(
    "Delivery note scans",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of signed paper delivery notes, tagged with site and date.",
)
purchase_orders = tg.Data(
    "Purchase orders", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
extraction_prompt = tg.Data(
    "Invoice extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions plus the text of the invoice PDF.",
)
extracted_fields = tg.Data(
    "Extracted invoice fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier, invoice number, line items, totals and VAT as JSON.",
)
mailbox_call = tg.Data("Mailbox tool call", kind="tool-call")
lookup_call = tg.Data("PO and delivery note lookup", kind="tool-call")
lookup_result = tg.Data(
    "Matching documents", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_call = tg.Data(
    "Invoice approval or referral",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approve a matched invoice for payment, or refer it to finance with a reason.",
)
ap_status = tg.Data("Invoice status", kind="tool-result")
exception_items = tg.Data(
    "Exception queue items",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Mismatched or over-limit invoices with the agent's match notes.",
)
finance_decision = tg.Data("Finance approval decision", kind="records")
payment_file = tg.Data(
    "BACS payment file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Food, drink and equipment suppliers; anyone can send mail to the accounts address.
    supplier = tm.add(tg.Actor("Supplier", role="supplier accounts contact"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared accounts mailbox where supplier invoices arrive.
    mailbox = tm.add(
        tg.ExternalService(
            "Accounts mailbox",
            description="Exchange Online shared mailbox accounts@, read via Microsoft Graph.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the invoice text and returns structured fields.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model called over the vendor's API.",
        )
    )

with tm.boundary("Payments bank", trust=tg.Trust.PARTNER):
    # The group's bank, which executes the BACS payment run.
    bank = tm.add(tg.ExternalService("Group bank", description="Receives BACS payment files."))

with tm.boundary("Kitchen sites", trust=tg.Trust.INTERNAL):
    # Kitchen porters and chefs who receive deliveries at each restaurant.
    kitchen_staff = tm.add(tg.Actor("Kitchen staff", role="kitchen staff"))
    # Shared tablet in each kitchen used to photograph signed delivery notes.
    scanner = tm.add(
        tg.Device(
            "Kitchen tablet scanning app",
            description="Android tablet per kitchen, signed in with a shared site account.",
            controls={c.Authentication(method="shared site account password")},
        )
    )

with tm.boundary("Group cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web portal where suppliers keep their contact and bank details up to date.
    portal = tm.add(
        tg.Endpoint(
            "Supplier portal",
            purpose=tg.EndpointPurpose.API,
            description="Web portal for supplier self-service, hosted in the group's cloud.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Supplier master records, including the bank details the AP system pays to.
    supplier_master = tm.add(
        tg.DataStore(
            "Supplier master data",
            stores={bank_details},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the kitchen app uploads delivery note photos.
    delivery_store = tm.add(
        tg.DataStore(
            "Delivery note store",
            stores={delivery_scan},
            description="Object storage bucket, one folder per site and day.",
        )
    )
    # The ERP module where head-office buyers and site managers raise purchase orders.
    erp = tm.add(tg.DataStore("ERP purchase orders", stores={purchase_orders}))
    # The LLM agent that does the three-way match and decides approve or refer.
    agent = tm.add(
        tg.Agent(
            "Invoice matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Processes each new invoice: extract, look up PO and delivery note, match.",
            controls={
                c.HumanInTheLoop(
                    approver="finance team",
                    above="GBP 1,000 per invoice",
                    note="invoices of 1,000 pounds or more, and all mismatches, go to finance",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads new messages and attachments from the accounts mailbox.
    mailbox_tool = tm.add(
        tg.Tool(
            "Mailbox reader tool",
            capabilities={"read"},
            description="Lists unread invoice mails and downloads PDF attachments.",
        )
    )
    # Looks up the purchase order and delivery note for an invoice.
    lookup_tool = tm.add(
        tg.Tool(
            "PO and delivery note lookup tool",
            capabilities={"read"},
            description="Searches the ERP by PO number and the delivery store by site and date.",
        )
    )
    # Writes the agent's outcome into accounts payable.
    approval_tool = tm.add(
        tg.Tool(
            "AP approval tool",
            capabilities={"write"},
            description="Marks an invoice approved for payment or puts it in the exception queue.",
            controls={c.TransactionLimits(limit="GBP 1,000 per invoice")},
        )
    )
    # Accounts payable: holds invoices, runs the payment run, hosts the exception queue.
    ap_system = tm.add(
        tg.Service(
            "Accounts payable system",
            description="Finance package that runs the twice-weekly BACS payment run.",
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Accounts payable clerks and the finance controller.
    finance = tm.add(tg.Actor("Finance team", role="accounts payable"))

# ---------------------------------------------------------------- flows
# Invoices in
tm.flow(supplier, mailbox, invoice_pdf, protocol="smtp", label="invoice e-mail")
tm.flow(agent, mailbox_tool, mailbox_call)
tm.flow(mailbox_tool, mailbox, mailbox_call, protocol="https", label="Graph API")
tm.flow(mailbox, mailbox_tool, invoice_pdf, protocol="https", label="Graph API")
tm.flow(mailbox_tool, agent, invoice_pdf)

# Extraction
tm.flow(agent, llm, extraction_prompt, protocol="https")
tm.flow(llm, agent, extracted_fields, protocol="https")

# Delivery notes from the kitchens
tm.flow(kitchen_staff, scanner, delivery_scan, label="photographs paper delivery note in person")
tm.flow(scanner, delivery_store, delivery_scan, protocol="https")

# Matching
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, erp, lookup_call, label="PO query")
tm.flow(erp, lookup_tool, purchase_orders)
tm.flow(lookup_tool, delivery_store, lookup_call, label="delivery note query")
tm.flow(delivery_store, lookup_tool, delivery_scan)
tm.flow(lookup_tool, agent, lookup_result)

# Approval or referral
tm.flow(agent, approval_tool, approval_call)
tm.flow(approval_tool, ap_system, approval_call, protocol="https")
tm.flow(ap_system, approval_tool, ap_status, protocol="https")
tm.flow(approval_tool, agent, ap_status)

# Finance review of exceptions
tm.flow(ap_system, finance, exception_items, protocol="https", label="exception queue")
tm.flow(finance, ap_system, finance_decision, protocol="https")

# Supplier bank details and payment
tm.flow(supplier, portal, bank_details, protocol="https", label="updates bank details")
tm.flow(portal, supplier, bank_details, protocol="https", label="current details shown")
tm.flow(portal, supplier_master, bank_details)
tm.flow(supplier_master, ap_system, bank_details)
tm.flow(ap_system, bank, payment_file, protocol="sftp", label="BACS payment run")
