"""Housing repairs contractor invoice matching agent: the first design, before any security review.

A housing association's repair contractors submit invoices, and their operatives'
completion photos, through a supplier portal the association hosts in its cloud
tenant. An LLM agent picks up each new invoice, looks up the job ticket in the
repairs management system, compares the invoice with the ticket, the schedule of
rates and the completion photos, and then either pays it through the finance system
(invoices under 500 pounds) or refers it to a finance officer (larger invoices and
any mismatch). The agent's model is a vendor-hosted LLM. Contractors sign in to the
portal with per-company accounts; uploads are limited to PDF and JPEG files. The
payment tool refuses any amount of 500 pounds or more, and the finance system keeps
its usual role-based access and audit trail; payment runs go to the bank by SFTP.
Job tickets and photos carry tenants' names, addresses and inside-the-home images.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing repairs contractor invoice matching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An agent matches contractor invoices to repair jobs, pays those under "
        "GBP 500 and refers the rest to finance."
    ),
)

# ---------------------------------------------------------------- data assets
invoice = tg.Data(
    "Contractor invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="PDF invoice with job reference, tenant address, labour and materials lines.",
)
photos = tg.Data(
    "Completion photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Before and after photos taken inside tenants' homes.",
)
job_ticket = tg.Data(
    "Repair job ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant name and address, repair description, priority, assigned contractor.",
)
job_query = tg.Data("Job reference lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
rates = tg.Data(
    "Schedule of rates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Agreed price per repair code for each contractor.",
)
agent_prompt = tg.Data("Matching prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Matching decision", kind="model-output", sensitivity=tg.Sensitivity.PII)
payment_instruction = tg.Data(
    "Invoice payment instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Supplier id, invoice number and amount to approve for payment.",
)
payment_result = tg.Data("Payment posting result", kind="tool-result")
referral = tg.Data(
    "Finance referral",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The invoice with the agent's reasons it was not paid automatically.",
)
finance_decision = tg.Data("Finance officer decision", kind="records")
payment_run = tg.Data(
    "BACS payment run",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
remittance = tg.Data("Remittance advice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Repair contractors' office staff upload invoices and completion photos.
    contractor = tm.add(tg.Actor("Repair contractor", role="contractor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the agent: reads invoices, tickets, rates and photos.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The association's bank, which makes the BACS payments to contractors.
    bank = tm.add(tg.ExternalService("Bank BACS service"))

with tm.boundary("Association cloud tenant", trust=tg.Trust.INTERNAL):
    # Where contractors submit invoices and photos and see remittances.
    portal = tm.add(
        tg.Endpoint(
            "Supplier portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-company account, e-mail and password"),
                c.InputValidation(note="PDF and JPEG only, 20 MB per file"),
            },
        )
    )
    # Holds submitted invoices until they are matched.
    invoice_store = tm.add(
        tg.DataStore(
            "Invoice inbox store",
            stores={invoice},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Holds the completion photos uploaded against each job.
    photo_store = tm.add(
        tg.DataStore(
            "Completion photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The LLM agent that matches each invoice and decides pay or refer.
    agent = tm.add(
        tg.Agent(
            "Invoice matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="finance officer",
                    above="GBP 500 per invoice",
                    note="mismatched invoices are referred too",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Read-only lookup of the job ticket by the invoice's job reference.
    job_tool = tm.add(tg.Tool("Job ticket lookup tool", capabilities={"read"}))
    # Approves an invoice for payment in the finance system.
    pay_tool = tm.add(
        tg.Tool(
            "Invoice payment tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="GBP 499.99 per invoice")},
        )
    )
    # Puts an invoice on the finance officers' approval queue with the reasons.
    refer_tool = tm.add(tg.Tool("Finance referral tool", capabilities={"write"}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Raises and closes repair jobs with tenants and contractors.
    planner = tm.add(tg.Actor("Repairs planner", role="repairs staff"))
    # Reviews referred invoices and approves or rejects them.
    finance_officer = tm.add(tg.Actor("Finance officer", role="finance staff"))
    # The repairs management system: job tickets for every repair.
    repairs_db = tm.add(tg.DataStore("Repairs management system", stores={job_ticket}))
    # Agreed contractor prices, maintained by the procurement team.
    rates_store = tm.add(tg.DataStore("Schedule of rates", stores={rates}))
    # The finance system (accounts payable, approval queue, payment runs).
    finance = tm.add(
        tg.Service(
            "Finance system",
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(contractor, portal, invoice, photos, protocol="https")
tm.flow(portal, contractor, remittance, protocol="https", label="invoice status")
tm.flow(portal, invoice_store, invoice)
tm.flow(portal, photo_store, photos)

tm.flow(planner, repairs_db, job_ticket, label="raises and closes jobs")

tm.flow(invoice_store, agent, invoice)
tm.flow(photo_store, agent, photos)
tm.flow(rates_store, agent, rates, protocol="https")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

tm.flow(agent, job_tool, job_query)
tm.flow(job_tool, repairs_db, job_query, protocol="https")
tm.flow(repairs_db, job_tool, job_ticket, protocol="https")
tm.flow(job_tool, agent, job_ticket)

tm.flow(agent, pay_tool, payment_instruction)
tm.flow(pay_tool, finance, payment_instruction, protocol="https")
tm.flow(finance, pay_tool, payment_result, protocol="https")
tm.flow(pay_tool, agent, payment_result)

tm.flow(agent, refer_tool, referral)
tm.flow(refer_tool, finance, referral, protocol="https")
tm.flow(finance, finance_officer, referral, protocol="https")
tm.flow(finance_officer, finance, finance_decision, protocol="https")

tm.flow(finance, bank, payment_run, protocol="sftp")
tm.flow(finance, portal, remittance, protocol="https")
