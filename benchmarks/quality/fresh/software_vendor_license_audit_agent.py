"""Software licence audit agent: the first design, before any security review.

Our on-premises products, installed on customers' servers, phone home licence usage
(named users, cores, enabled modules) to a telemetry collector, which lands it in the
usage warehouse. Signed order forms are uploaded by the deal desk to the contract
repository. An account manager picks an account in the audit console and starts an
audit: the agent, built on a hosted LLM, pulls the account's usage through a read-only
query tool and its entitlements through a contract lookup tool, compares them, writes
its over-use findings for the console and drafts a true-up invoice in the billing
system. Nothing goes to the customer until the account manager approves the draft in
billing, which then e-mails it to the customer's billing contact. Controls in this
design: per-installation licence keys on the collector, SSO with MFA for staff,
read-only and draft-only tool credentials, a step limit on the agent, the LLM key in
a vault, and encryption of the warehouse and contract repository.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Software licence audit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that compares customers' usage telemetry with their contracts "
        "and drafts true-up invoices for account managers."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Licence usage telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Per installation: named users' e-mail addresses, host names, core counts, modules in use.",
)
order_forms = tg.Data(
    "Signed order forms",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PDF contracts with negotiated entitlements, prices and special terms.",
)
audit_request = tg.Data("Audit request", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
usage_query = tg.Data("Usage query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
usage_summary = tg.Data("Usage summary", sensitivity=tg.Sensitivity.PII, kind="tool-result")
contract_query = tg.Data("Contract query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
entitlements = tg.Data(
    "Contract entitlements and terms",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-result",
    description="Text extracted from the account's order forms.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the usage summary and the contract text.",
)
llm_completion = tg.Data(
    "LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
findings = tg.Data(
    "Over-use findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per product: entitled vs. measured quantity, period, and the evidence used.",
)
draft_call = tg.Data(
    "Draft invoice request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
draft_invoice = tg.Data(
    "True-up invoice draft",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
draft_ref = tg.Data(
    "Draft invoice reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
approval = tg.Data("Invoice approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
invoice = tg.Data("True-up invoice", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Customer environments", trust=tg.Trust.UNTRUSTED):
    # Our product running on customers' own servers; it reports its usage.
    installs = tm.add(
        tg.Device(
            "Customer product installations",
            fleet=True,
            description="On-premises product instances; the customer administers the host.",
        )
    )
    # Receives the approved invoice.
    billing_contact = tm.add(tg.Actor("Customer billing contact", role="customer"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Public collector the installations phone home to.
    collector = tm.add(
        tg.Endpoint(
            "Telemetry collector",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-installation licence key"),
                c.RateLimiting(requests_per_minute=30),
                c.SchemaEnforcement(),
            },
        )
    )
    # Monthly usage history per account and installation.
    warehouse = tm.add(
        tg.DataStore(
            "Usage warehouse",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Where the signed contracts live.
    contract_repo = tm.add(
        tg.DataStore(
            "Contract repository",
            stores={order_forms},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )

    with tm.boundary("Agent runtime", trust=tg.Trust.INTERNAL):
        # Runs one audit per request: gathers evidence, reasons with the LLM, drafts.
        agent = tm.add(
            tg.Agent(
                "Licence audit agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={
                    c.CircuitBreaker(max_steps=40),
                    c.SecretsManagement(note="LLM API key in the vault"),
                },
            )
        )
        # Reads the account's usage from the warehouse.
        usage_tool = tm.add(
            tg.Tool(
                "Usage query tool",
                capabilities={"read"},
                controls={c.LeastPrivilegeTools(note="read-only warehouse role")},
            )
        )
        # Reads the account's order forms and extracts the entitlements.
        contract_tool = tm.add(tg.Tool("Contract lookup tool", capabilities={"read"}))
        # Creates a draft invoice in billing; cannot send or post it.
        invoice_tool = tm.add(
            tg.Tool(
                "Draft invoice tool",
                capabilities={"write"},
                controls={c.LeastPrivilegeTools(note="billing API scope: create drafts only")},
            )
        )
        # The agent's findings, shown to the account manager.
        findings_store = tm.add(tg.DataStore("Audit findings store", stores={findings}))

with tm.boundary("Finance systems", trust=tg.Trust.INTERNAL):
    # Holds drafts until approved, then issues and e-mails the invoice.
    billing = tm.add(
        tg.Service(
            "Billing system",
            controls={
                c.Authentication(method="Okta SSO with MFA"),
                c.HumanInTheLoop(approver="the account's account manager approves each draft"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Starts audits, reviews findings and approves the drafts.
    account_manager = tm.add(tg.Actor("Account manager", role="account manager"))
    # Uploads each signed order form.
    deal_desk = tm.add(tg.Actor("Deal desk analyst", role="deal desk"))
    # The web app where account managers start audits and read findings.
    console = tm.add(
        tg.Service(
            "Audit console",
            controls={c.Authentication(method="Okta SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(installs, collector, telemetry, protocol="https", label="daily phone-home")
tm.flow(collector, warehouse, telemetry)
tm.flow(deal_desk, contract_repo, order_forms, protocol="https")

tm.flow(account_manager, console, audit_request, protocol="https")
tm.flow(console, account_manager, findings, protocol="https")
tm.flow(console, agent, audit_request)

tm.flow(agent, usage_tool, usage_query)
tm.flow(usage_tool, warehouse, usage_query)
tm.flow(warehouse, usage_tool, telemetry)
tm.flow(usage_tool, agent, usage_summary)

tm.flow(agent, contract_tool, contract_query)
tm.flow(contract_tool, contract_repo, contract_query)
tm.flow(contract_repo, contract_tool, order_forms)
tm.flow(contract_tool, agent, entitlements)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, findings_store, findings)
tm.flow(findings_store, console, findings)

tm.flow(agent, invoice_tool, draft_call)
tm.flow(invoice_tool, billing, draft_invoice, protocol="https")
tm.flow(billing, invoice_tool, draft_ref, protocol="https")
tm.flow(invoice_tool, agent, draft_ref)

tm.flow(billing, account_manager, draft_invoice, protocol="https")
tm.flow(account_manager, billing, approval, protocol="https")
tm.flow(billing, billing_contact, invoice, protocol="smtp", label="invoice e-mail")
