"""Privacy request agent: the first design, before any security review.

Our customers (data subjects) send access and erasure requests through a privacy
web form on our site or by e-mail to the privacy mailbox. An agent running in the
production VPC picks each request up, checks the requester against the customer
database, then searches the CRM and the support-ticket system (both SaaS) and the
analytics warehouse for everything we hold about that person. A hosted LLM helps it
read free-text e-mails and draft the response package. The privacy team reviews each
case in an SSO-protected review console; only after a privacy officer approves the
deletion plan does the agent run the erasures through a delete-capable connector,
and the approved package is e-mailed back to the requester. Cases are kept, encrypted
and audit-logged, as evidence for the regulator. Connector credentials sit in the
platform vault; the LLM vendor was reviewed and signed a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Privacy request agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that handles data-subject access and erasure requests end to end.",
)

# ---------------------------------------------------------------- data assets
form_request = tg.Data(
    "Web form request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, account number, request type and free-text details.",
)
request_email = tg.Data(
    "Request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mail from anyone, sometimes with ID scans attached.",
)
case = tg.Data(
    "DSR case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Request, verification outcome, findings, drafts, approvals and status.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup = tg.Data(
    "Subject identifiers",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail, phone, account and device ids used to find the person's data.",
)
verification = tg.Data("Verification result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
customer_records = tg.Data(
    "Customer account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
crm_records = tg.Data("CRM contact records", kind="records", sensitivity=tg.Sensitivity.PII)
tickets = tg.Data("Support tickets", kind="records", sensitivity=tg.Sensitivity.PII)
events = tg.Data(
    "Analytics events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Clickstream and purchase events keyed by customer and device id.",
)
findings = tg.Data("Personal data found", kind="tool-result", sensitivity=tg.Sensitivity.PII)
package = tg.Data(
    "Response package",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Export of the person's data and the cover letter, or the erasure confirmation.",
)
approval = tg.Data("Officer approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
erasure_cmd = tg.Data(
    "Erasure commands",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
erasure_result = tg.Data("Erasure results", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whoever claims to be the customer; nothing is known about them until verified.
    subject = tm.add(tg.Actor("Data subject", role="requester"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # privacy@ mailbox in our hosted e-mail suite; anyone on the internet can write to it.
    mailbox = tm.add(
        tg.DataSource(
            "Privacy mailbox",
            origin=tg.Origin.USER_UPLOAD,
            provides={request_email},
            description="Shared mailbox read by the agent through the provider's mail API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads e-mails, plans searches and drafts letters for the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention tier")},
        )
    )

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # Where sales and marketing keep contact history.
    crm = tm.add(tg.DataStore("CRM", stores={crm_records}))
    # Customer support conversations, including attachments.
    ticket_system = tm.add(tg.DataStore("Support-ticket system", stores={tickets}))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # Public intake for requests; no login, since requesters are often ex-customers.
    web_form = tm.add(
        tg.Endpoint(
            "Privacy request form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per IP, at the WAF"),
                c.InputValidation(note="form schema and field lengths"),
            },
        )
    )
    # System of record for every request and the evidence we keep for the regulator.
    case_store = tm.add(
        tg.DataStore(
            "DSR case store",
            stores={case, package},
            controls={
                c.EncryptionAtRest(key_management="KMS"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Works each case: verify, search, draft, then erase once approved.
    agent = tm.add(
        tg.Agent(
            "Privacy request agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM-driven orchestrator with four tools.",
        )
    )
    # Matches the requester's details against the customer database.
    verify_tool = tm.add(tg.Tool("Identity verification tool", capabilities={"read"}))
    # One connector that queries the CRM, ticket system and warehouse by identifier.
    search_tool = tm.add(
        tg.Tool(
            "Personal data search tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="SaaS API tokens in the platform vault")},
        )
    )
    # Deletes or anonymises the person's records in every system.
    erasure_tool = tm.add(
        tg.Tool(
            "Erasure tool",
            capabilities={"write", "delete"},
            controls={
                c.HumanInTheLoop(approver="privacy officer", note="runs only on an approved case"),
                c.SecretsManagement(note="SaaS API tokens in the platform vault"),
            },
        )
    )
    # Sends the response package to the requester's e-mail address.
    mailer = tm.add(tg.Tool("Response mailer", capabilities={"send-messages"}))
    # Where the privacy team reads drafts and approves the deletion plan.
    console = tm.add(
        tg.Endpoint(
            "Privacy review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # Accounts, logins and contact details: the reference for verification.
        customer_db = tm.add(tg.DataStore("Customer database", stores={customer_records}))
        # Event warehouse used by product analytics and marketing.
        warehouse = tm.add(tg.DataStore("Analytics warehouse", stores={events}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Accountable for every response and every deletion.
    officer = tm.add(tg.Actor("Privacy officer", role="privacy team", privileged=True))

# ---------------------------------------------------------------- flows
# intake
tm.flow(subject, web_form, form_request, protocol="https")
tm.flow(web_form, case_store, form_request, label="opens case")
tm.flow(subject, mailbox, request_email, protocol="smtp")
tm.flow(mailbox, agent, request_email, protocol="https", label="mail API poll")
tm.flow(case_store, agent, case)
tm.flow(agent, case_store, case, package, label="findings and drafts")

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# verification
tm.flow(agent, verify_tool, lookup)
tm.flow(verify_tool, customer_db, lookup)
tm.flow(customer_db, verify_tool, customer_records)
tm.flow(verify_tool, agent, verification)

# discovery
tm.flow(agent, search_tool, lookup)
tm.flow(search_tool, crm, lookup, protocol="https")
tm.flow(crm, search_tool, crm_records, protocol="https")
tm.flow(search_tool, ticket_system, lookup, protocol="https")
tm.flow(ticket_system, search_tool, tickets, protocol="https")
tm.flow(search_tool, warehouse, lookup)
tm.flow(warehouse, search_tool, events)
tm.flow(search_tool, agent, findings)

# review and approval
tm.flow(officer, console, approval, protocol="https", label="approves package and deletion plan")
tm.flow(console, officer, case, package, protocol="https")
tm.flow(case_store, console, case, package)
tm.flow(console, case_store, approval)

# erasure, after approval
tm.flow(agent, erasure_tool, erasure_cmd)
tm.flow(erasure_tool, crm, erasure_cmd, protocol="https")
tm.flow(erasure_tool, ticket_system, erasure_cmd, protocol="https")
tm.flow(erasure_tool, warehouse, erasure_cmd)
tm.flow(erasure_tool, customer_db, erasure_cmd)
tm.flow(erasure_tool, agent, erasure_result)

# response
tm.flow(agent, mailer, package)
tm.flow(mailer, subject, package, protocol="smtp+starttls")
