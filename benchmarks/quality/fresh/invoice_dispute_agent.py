"""Invoice dispute agent: the first design, before any security review.

Our finance team wants an LLM agent to work the queue of invoice disputes that
business customers raise, either by e-mail to billing@ or through the dispute
form in the billing portal. An intake service turns both into dispute cases.
The agent reads the customer's contract and the usage records behind the
disputed lines, asks a hosted LLM to reason about the charges, e-mails the
customer an explanation and, when a charge is wrong, issues a credit note in
the billing system through the billing API. Credits above USD 1,000 wait in an
approval console until a finance manager approves them; smaller ones are issued
directly. Everything runs in our production VPC except the mail provider and
the LLM vendor. Controls in this design: customer SSO on the portal, read-only
service accounts for the lookup tools, a step limit on the agent, the approval
threshold, and the billing system's own role model, encryption and audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Invoice dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="LLM agent that explains disputed invoice charges and issues credit notes.",
)

# ---------------------------------------------------------------- data assets
dispute_email = tg.Data(
    "Dispute e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mail from a customer's billing contact, with attachments.",
)
dispute_form = tg.Data("Portal dispute form", kind="records", sensitivity=tg.Sensitivity.PII)
case = tg.Data(
    "Dispute case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, invoice number, disputed lines and the customer's own words.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
lookup_call = tg.Data("Lookup request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
contracts = tg.Data(
    "Customer contracts",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
usage = tg.Data("Usage records", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
invoices = tg.Data(
    "Invoices and credit notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
credit_request = tg.Data(
    "Credit note request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Invoice, lines, amount and reason the agent proposes to credit.",
)
approval = tg.Data("Credit approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reply = tg.Data("Customer reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
case_log = tg.Data("Case history", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The billing contact at a customer company; anyone can write to billing@.
    customer = tm.add(tg.Actor("Customer billing contact", role="customer"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Hosted mailbox that receives disputes and sends our replies.
    mail = tm.add(
        tg.ExternalService(
            "Billing mailbox",
            description="The billing@ shared mailbox at our hosted e-mail provider.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # Existing customer billing portal, extended with a dispute form.
    portal = tm.add(
        tg.Endpoint(
            "Billing portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="customer SSO (OIDC)")},
        )
    )
    # Polls the mailbox and receives portal forms; creates one case per dispute.
    intake = tm.add(
        tg.Service(
            "Dispute intake service",
            description="Matches the sender or account to a customer and an invoice.",
        )
    )
    # Case records and the agent's working notes.
    case_store = tm.add(tg.DataStore("Dispute case store", stores={case, case_log}))
    # The agent itself: plans, calls tools, drafts replies, proposes credits.
    agent = tm.add(
        tg.Agent(
            "Dispute agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads the customer's contract, pricing schedule and discounts.
    contract_tool = tm.add(
        tg.Tool(
            "Contract lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account")},
        )
    )
    # Reads metered usage for the disputed billing period.
    usage_tool = tm.add(
        tg.Tool(
            "Usage lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only warehouse role")},
        )
    )
    # Reads invoices and issues credit notes through the billing system's API.
    billing_tool = tm.add(
        tg.Tool(
            "Billing API tool",
            capabilities={"read", "write", "money-movement"},
            controls={
                c.HumanInTheLoop(
                    approver="finance manager",
                    note="only credits above USD 1,000; smaller credits are issued directly",
                )
            },
        )
    )
    # Sends the agent's explanation to the customer from billing@.
    reply_tool = tm.add(tg.Tool("E-mail reply tool", capabilities={"send-messages"}))
    # Where credits above the threshold wait for a finance manager.
    approval_console = tm.add(
        tg.Service(
            "Credit approval console",
            controls={c.Authentication(method="employee SSO")},
        )
    )

    with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
        # System of record for invoices and credit notes.
        billing = tm.add(
            tg.DataStore(
                "Billing system",
                stores={invoices},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="KMS"),
                    c.AuditLogging(note="the billing system's built-in audit trail"),
                },
            )
        )
        # Signed contracts and order forms.
        contract_repo = tm.add(
            tg.DataStore(
                "Contract repository",
                stores={contracts},
                controls={c.RBAC(), c.EncryptionAtRest()},
            )
        )
        # Metered usage per customer and product, loaded daily.
        warehouse = tm.add(tg.DataStore("Usage warehouse", stores={usage}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves credits over the threshold.
    manager = tm.add(tg.Actor("Finance manager", role="finance", privileged=True))

# ---------------------------------------------------------------- flows
# intake
tm.flow(customer, mail, dispute_email, protocol="smtp+starttls")
tm.flow(mail, intake, dispute_email, protocol="https", label="mailbox polling")
tm.flow(customer, portal, dispute_form, protocol="https")
tm.flow(portal, intake, dispute_form)
tm.flow(intake, case_store, case)
tm.flow(case_store, agent, case, label="next open case")
tm.flow(agent, case_store, case_log, label="working notes and outcome")

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# lookups
tm.flow(agent, contract_tool, lookup_call)
tm.flow(contract_tool, contract_repo, lookup_call)
tm.flow(contract_repo, contract_tool, contracts)
tm.flow(contract_tool, agent, contracts)
tm.flow(agent, usage_tool, lookup_call)
tm.flow(usage_tool, warehouse, lookup_call)
tm.flow(warehouse, usage_tool, usage)
tm.flow(usage_tool, agent, usage)

# invoices and credit notes
tm.flow(agent, billing_tool, lookup_call, credit_request)
tm.flow(billing_tool, billing, credit_request, label="read invoice / issue credit note")
tm.flow(billing, billing_tool, invoices)
tm.flow(billing_tool, agent, invoices)
tm.flow(billing_tool, approval_console, credit_request, label="credits above threshold")
tm.flow(approval_console, manager, credit_request)
tm.flow(manager, approval_console, approval)
tm.flow(approval_console, billing_tool, approval)

# replies
tm.flow(agent, reply_tool, reply)
tm.flow(reply_tool, mail, reply, protocol="https")
tm.flow(mail, customer, reply, protocol="smtp+starttls")
tm.flow(agent, portal, reply, label="dispute status and explanation")
tm.flow(portal, customer, reply, protocol="https")
