"""Private bank client email triage agent: the first design, before any security review.

Relationship managers (RMs) at an EU private bank serve high-net-worth clients who
write to them by email. Every inbound email passes the bank's mail gateway, which
journals it to the compliance archive and hands it to an LLM triage agent. The agent
sends the email to a hosted model API to classify it and draft a reply; it can look up
the client's balances and recent transactions in the core banking system through a
read-only lookup tool, and raise payment instruction drafts through a drafting tool.
The RM sees the classification and the draft reply in the RM triage console, edits it
and sends it back through the mail gateway. Payment drafts wait in a queue until an
operations officer calls the client back on the registered phone number and releases
them from the payment operations workbench into core banking. Staff sign in with
corporate SSO and MFA; the archive is write-once; the model vendor passed the bank's
outsourcing due diligence.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Private bank client email triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that triages client emails for relationship managers, looks up "
    "accounts and drafts payment instructions for call-back verification.",
)

# ---------------------------------------------------------------- data assets
client_email = tg.Data(
    "Client email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Body and attachments of a client's message to their RM.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the email, and any account data looked up.",
)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_request = tg.Data("Account lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_query = tg.Data(
    "Core banking account query", kind="records", sensitivity=tg.Sensitivity.PII
)
account_data = tg.Data(
    "Balances and recent transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lookup_result = tg.Data("Account lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_call = tg.Data("Payment draft request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_draft = tg.Data(
    "Payment instruction draft",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Debit account, amount, currency and beneficiary details taken from the email.",
)
draft_ref = tg.Data("Draft reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
triage_result = tg.Data(
    "Triage classification and draft reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
rm_reply = tg.Data("RM reply email", kind="documents", sensitivity=tg.Sensitivity.PII)
release = tg.Data(
    "Payment release approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
released_order = tg.Data(
    "Released payment order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
callback = tg.Data("Call-back confirmation", kind="media", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # High-net-worth clients write from their own mailboxes, on any provider.
    client = tm.add(tg.Actor("Private banking client", role="client"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The classification and drafting model, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; the bank sends no training opt-in.",
            controls={
                c.SupplierAssessment(note="outsourcing due diligence, no-retention contract")
            },
        )
    )

with tm.boundary("Bank network", trust=tg.Trust.INTERNAL):
    # Entry point for all client mail; scans attachments and journals every message.
    gateway = tm.add(
        tg.Service(
            "Bank mail gateway",
            controls={c.InputValidation(note="anti-malware and attachment type filtering")},
        )
    )
    # The LLM agent: classifies, drafts replies, calls the two tools; never sends mail itself.
    agent = tm.add(
        tg.Agent(
            "Email triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(note="prompts, completions and tool calls logged")},
        )
    )
    # Read-only lookup of a client's balances and last transactions for the agent.
    lookup_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only core banking service account")},
        )
    )
    # Lets the agent raise a payment instruction draft; it cannot release anything.
    draft_tool = tm.add(tg.Tool("Payment draft tool", capabilities={"write"}))
    # Where RMs read the triage result and edit and send the reply.
    console = tm.add(
        tg.Service(
            "RM triage console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="an RM sees the mail of their own client book"),
            },
        )
    )
    # Operations officers verify drafts by call-back and release them.
    workbench = tm.add(
        tg.Service(
            "Payment operations workbench",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="operations officer, after a call-back to the client's "
                    "registered phone number"
                ),
            },
        )
    )
    rm = tm.add(tg.Actor("Relationship manager", role="relationship manager"))
    ops = tm.add(tg.Actor("Payment operations officer", role="operations staff"))

with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
    # System of record for accounts, balances, transactions and executed payments.
    core = tm.add(
        tg.DataStore(
            "Core banking system",
            stores={account_data, released_order},
            controls={
                c.EncryptionAtRest(key_management="HSM"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Drafts raised by the agent, waiting for operations to verify them.
    draft_queue = tm.add(tg.DataStore("Payment draft queue", stores={payment_draft}))

with tm.boundary("Compliance zone", trust=tg.Trust.RESTRICTED):
    # Regulatory record of all inbound and outbound client mail.
    archive = tm.add(
        tg.DataStore(
            "Compliance mail archive",
            stores={client_email, rm_reply},
            controls={
                c.ImmutableArtifacts(note="WORM storage"),
                c.EncryptionAtRest(key_management="KMS"),
                c.RetentionLimits(days=3650),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# inbound mail
tm.flow(
    client,
    gateway,
    client_email,
    protocol="smtp",
    controls={c.EncryptionInTransit(protocol="opportunistic STARTTLS")},
)
tm.flow(gateway, archive, client_email, protocol="smtp", label="journaling")
tm.flow(gateway, agent, client_email, protocol="smtp")
tm.flow(gateway, console, client_email, label="RM mailbox view")

# model calls
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

# account lookup
tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, core, account_query, protocol="https")
tm.flow(core, lookup_tool, account_data, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)

# payment drafts
tm.flow(agent, draft_tool, payment_call)
tm.flow(draft_tool, draft_queue, payment_draft)
tm.flow(draft_tool, agent, draft_ref)

# RM review and reply
tm.flow(agent, console, triage_result)
tm.flow(console, rm, client_email, triage_result, protocol="https")
tm.flow(rm, console, rm_reply, protocol="https")
tm.flow(console, gateway, rm_reply, protocol="smtp")
tm.flow(gateway, archive, rm_reply, protocol="smtp", label="journaling outbound")
tm.flow(
    gateway,
    client,
    rm_reply,
    protocol="smtp",
    controls={c.EncryptionInTransit(protocol="opportunistic STARTTLS")},
)

# call-back verification and release
tm.flow(draft_queue, workbench, payment_draft)
tm.flow(workbench, ops, payment_draft, protocol="https")
tm.flow(ops, client, payment_draft, protocol="phone", label="call-back")
tm.flow(client, ops, callback, protocol="phone", label="client confirms")
tm.flow(ops, workbench, release, protocol="https")
tm.flow(workbench, core, released_order, protocol="https")
