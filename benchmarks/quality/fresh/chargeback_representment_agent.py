"""Chargeback representment agent: the first design, before any security review.

Our payment processor posts a webhook to us for every card chargeback. An
LLM-backed agent opens a dispute case, gathers evidence through a read-only
evidence tool (the order and payment record, carrier tracking for the shipment,
the customer's e-mails from our helpdesk and the account's login history),
drafts a representment letter with a hosted LLM, and files the letter and the
evidence through the processor's dispute API. Disputes under $250 are filed
automatically; anything above goes to a payments analyst who approves it in the
review console first. Everything runs in our AWS account; the helpdesk is a
SaaS product and the LLM a vendor API. Webhooks are signed by the processor,
the processor API key lives in our secrets manager, analysts sign in with SSO,
and the case store keeps an audit trail of every case.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chargeback representment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="An agent that gathers evidence for card chargebacks and files the "
    "representment through the processor's dispute API.",
)

# ---------------------------------------------------------------- data assets
notice = tg.Data(
    "Chargeback notice",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Reason code, amount, ARN, cardholder name and truncated card number.",
)
case = tg.Data(
    "Dispute case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Case state, collected evidence, the draft letter and the decision.",
)
orders = tg.Data("Order and payment records", kind="records", sensitivity=tg.Sensitivity.PII)
tracking_query = tg.Data("Tracking number", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
tracking = tg.Data(
    "Delivery tracking events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Scan events, delivery address and proof-of-delivery signature.",
)
emails = tg.Data(
    "Customer e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Support threads written by the customer, attachments included.",
)
logins = tg.Data(
    "Login history",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Sign-in times, IP addresses and device fingerprints.",
)
lookup = tg.Data("Evidence lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
evidence = tg.Data("Evidence bundle", kind="tool-result", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the notice and the evidence bundle.",
)
draft = tg.Data("Draft representment letter", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Analyst decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
filing = tg.Data("Submit-dispute call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
representment = tg.Data(
    "Representment package",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Letter plus evidence files, filed against the dispute id.",
)
receipt = tg.Data("Filing receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers write to support; their e-mails later become evidence.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Sends chargeback notices and accepts representments.
    processor = tm.add(
        tg.ExternalService(
            "Processor dispute API",
            description="Webhooks for new disputes; REST API to submit evidence.",
        )
    )

with tm.boundary("Shipping carrier", trust=tg.Trust.PARTNER):
    # Source of proof of delivery.
    carrier = tm.add(tg.ExternalService("Carrier tracking API", provides="data-provider"))

with tm.boundary("Helpdesk SaaS", trust=tg.Trust.PARTNER):
    # Our support team's ticketing product holds every customer e-mail.
    helpdesk = tm.add(tg.DataStore("Helpdesk mailbox", stores={emails}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the representment letter from the evidence.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Merchant AWS account", trust=tg.Trust.INTERNAL):
    # Public HTTPS listener the processor calls for each new dispute.
    webhook = tm.add(
        tg.Endpoint(
            "Dispute webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="JSON schema check on the webhook body")},
        )
    )
    # The orchestrator: plans evidence gathering, drafts, routes to approval, files.
    agent = tm.add(
        tg.Agent(
            "Representment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="payments analyst, for disputes above $250"),
            },
        )
    )
    # Read-only access to the systems that hold evidence.
    evidence_tool = tm.add(
        tg.Tool(
            "Evidence lookup tool",
            capabilities={"read", "network-egress"},
            description="Queries orders, login history, the helpdesk and the carrier.",
        )
    )
    # Files the package with the processor; the only tool that writes outside.
    submit_tool = tm.add(
        tg.Tool(
            "Dispute submission tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="processor API key in AWS Secrets Manager")},
        )
    )
    # Existing order database, read through a replica.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Sign-in events from the storefront's identity service.
    login_store = tm.add(tg.DataStore("Login history store", stores={logins}))
    # One record per dispute, from notice to filing.
    case_store = tm.add(
        tg.DataStore(
            "Dispute case store",
            stores={case},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Where analysts read drafts and approve or reject them.
    console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Okta SSO")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves high-value representments.
    analyst = tm.add(tg.Actor("Payments analyst", role="payments operations"))

# ---------------------------------------------------------------- flows
# intake
tm.flow(
    processor,
    webhook,
    notice,
    protocol="https",
    controls={c.MessageIntegrity(note="processor HMAC signature checked")},
    label="chargeback webhook",
)
tm.flow(webhook, agent, notice)
tm.flow(agent, case_store, case, label="open / update case")
tm.flow(case_store, agent, case, label="case state")

# evidence gathering
tm.flow(customer, helpdesk, emails, label="support e-mails")
tm.flow(agent, evidence_tool, lookup)
tm.flow(evidence_tool, agent, evidence)
tm.flow(evidence_tool, order_db, lookup)
tm.flow(order_db, evidence_tool, orders)
tm.flow(evidence_tool, login_store, lookup)
tm.flow(login_store, evidence_tool, logins)
tm.flow(evidence_tool, helpdesk, lookup, protocol="https")
tm.flow(helpdesk, evidence_tool, emails, protocol="https")
tm.flow(evidence_tool, carrier, tracking_query, protocol="https")
tm.flow(carrier, evidence_tool, tracking, protocol="https")

# drafting
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, draft, protocol="https")

# approval above the threshold
tm.flow(agent, console, case, draft, label="case for approval")
tm.flow(console, analyst, case, draft, protocol="https")
tm.flow(analyst, console, approval, protocol="https")
tm.flow(console, agent, approval)

# filing
tm.flow(agent, submit_tool, filing)
tm.flow(submit_tool, processor, representment, protocol="https")
tm.flow(processor, submit_tool, receipt, protocol="https")
tm.flow(submit_tool, agent, receipt)
