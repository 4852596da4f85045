"""Procurement negotiation agent: the first design, before any security review.

The purchasing team of our manufacturing company hands the agent a negotiation
brief (part, quantity, target price, walk-away price, required delivery date)
in a small buyer console. The agent, running in our cloud account, reads the
supplier catalogue and past purchase orders from the ERP, asks a hosted LLM
from a model vendor to draft emails, and sends them to the supplier's address.
Supplier replies land in the shared procurement mailbox, which the agent reads
on a schedule and feeds back into the negotiation thread. When terms are agreed
the agent creates the purchase order in the ERP itself if it is under the fixed
auto-approve limit; larger orders go into the ERP approval workflow for a buyer.
Controls: console SSO, ERP and mailbox credentials in the secret manager, an
action log of every email and tool call, TLS, and a review of the LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Procurement negotiation agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that negotiates price and delivery with suppliers over email and "
        "creates purchase orders in the ERP up to a fixed limit."
    ),
)

# ---------------------------------------------------------------- data assets
brief = tg.Data(
    "Negotiation brief",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Part, quantity, target and walk-away price, delivery window.",
)
status = tg.Data("Negotiation status", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
supplier_reply = tg.Data(
    "Supplier email",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Replies from suppliers: quotes, counter-offers, attachments.",
)
outbound_email = tg.Data(
    "Negotiation email",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Emails the agent sends to suppliers.",
)
catalogue = tg.Data("Supplier catalogue", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
po_history = tg.Data(
    "Purchase order history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past prices, volumes and delivery performance per supplier.",
)
purchase_order = tg.Data(
    "Purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
erp_query = tg.Data("ERP lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
mailbox_query = tg.Data(
    "Mailbox read request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
po_request = tg.Data("Create-PO call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
send_request = tg.Data("Send-email call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, brief, thread so far, ERP facts.",
)
llm_output = tg.Data(
    "Drafted email and next action", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
thread_state = tg.Data(
    "Negotiation thread state", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("PO approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sales contacts at suppliers; they email the shared mailbox and receive the agent's emails.
    supplier = tm.add(tg.Actor("Supplier sales contact", role="supplier"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted chat model drafts emails and proposes the next negotiation step.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor terms reviewed: no training on our data")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Buyers on the purchasing team: start negotiations and approve large POs.
    buyer = tm.add(tg.Actor("Buyer", role="purchasing buyer"))
    # The shared procurement mailbox on the corporate mail system where supplier replies arrive.
    mailbox = tm.add(
        tg.DataStore("Shared procurement mailbox", stores={supplier_reply, outbound_email})
    )

with tm.boundary("ERP", trust=tg.Trust.INTERNAL):
    # System of record for suppliers, catalogue prices and purchase orders.
    erp = tm.add(tg.DataStore("ERP database", stores={catalogue, po_history, purchase_order}))
    # The ERP's own approval queue: POs above the auto-approve limit wait here for a buyer.
    approval_wf = tm.add(
        tg.Service(
            "ERP approval workflow",
            controls={c.HumanInTheLoop(approver="buyer", note="POs above the auto-approve limit")},
        )
    )

with tm.boundary("Procurement agent platform", trust=tg.Trust.INTERNAL):
    # Web UI where buyers hand over a negotiation brief and follow its progress.
    console = tm.add(
        tg.Endpoint(
            "Buyer console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # The negotiating agent: plans each step, calls the LLM and its tools.
    agent = tm.add(
        tg.Agent(
            "Negotiation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            memory=True,
            controls={
                c.SecretsManagement(
                    note="ERP and mailbox service credentials in the cloud secret manager"
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Keeps each negotiation's history (offers, counter-offers, what was agreed) across runs.
    state_store = tm.add(tg.DataStore("Negotiation state store", stores={thread_state}))
    # Action log: every email sent, every ERP call, every PO created.
    audit_log = tm.add(tg.DataStore("Agent action log store", stores={action_log}))
    # Reads new messages from the shared mailbox (mail API, service account).
    mail_reader = tm.add(tg.Tool("Mailbox reader", capabilities={"read"}))
    # Sends the drafted emails to suppliers from the procurement address.
    mail_sender = tm.add(tg.Tool("Email sender", capabilities={"send-messages"}))
    # Read-only lookups of catalogue entries and past purchase orders.
    erp_lookup = tm.add(tg.Tool("ERP lookup", capabilities={"read"}))
    # Creates purchase orders; above the fixed amount it files them for buyer approval instead.
    po_tool = tm.add(
        tg.Tool(
            "Create purchase order",
            capabilities={"write"},
            description="Books POs up to the auto-approve limit; larger ones go to approval.",
        )
    )

# ---------------------------------------------------------------- flows
# buyer <-> agent
tm.flow(buyer, console, brief, protocol="https")
tm.flow(console, agent, brief)
tm.flow(agent, console, status)
tm.flow(console, buyer, status, protocol="https")

# agent <-> LLM
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

# agent memory and logs
tm.flow(agent, state_store, thread_state)
tm.flow(state_store, agent, thread_state)
tm.flow(agent, audit_log, action_log)

# inbound supplier email
tm.flow(supplier, mailbox, supplier_reply, protocol="smtp+starttls")
tm.flow(agent, mail_reader, mailbox_query)
tm.flow(mail_reader, mailbox, mailbox_query, protocol="https")
tm.flow(mailbox, mail_reader, supplier_reply, protocol="https")
tm.flow(mail_reader, agent, supplier_reply, label="new replies")

# outbound supplier email
tm.flow(agent, mail_sender, send_request, outbound_email)
tm.flow(
    mail_sender, mailbox, outbound_email, protocol="https", label="sent from procurement address"
)
tm.flow(mailbox, supplier, outbound_email, protocol="smtp+starttls")
tm.flow(mail_sender, agent, tool_result)

# ERP lookups
tm.flow(agent, erp_lookup, erp_query)
tm.flow(erp_lookup, erp, erp_query, protocol="https")
tm.flow(erp, erp_lookup, catalogue, po_history, protocol="https")
tm.flow(erp_lookup, agent, catalogue, po_history)

# PO creation and approval
tm.flow(agent, po_tool, po_request, purchase_order)
tm.flow(po_tool, erp, purchase_order, protocol="https", label="under auto-approve limit")
tm.flow(po_tool, approval_wf, purchase_order, protocol="https", label="over limit")
tm.flow(approval_wf, buyer, purchase_order, protocol="https")
tm.flow(buyer, approval_wf, approval, protocol="https")
tm.flow(approval_wf, erp, purchase_order, approval)
tm.flow(erp, po_tool, tool_result, protocol="https", label="PO number")
tm.flow(po_tool, agent, tool_result)
