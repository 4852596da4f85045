"""Commercial renewal email agent: the first design, before any security review.

A UK commercial insurance broker gets renewal instructions from its business clients
by e-mail: updated asset schedules, payroll and turnover figures, fleet driver lists
and claims experience, mostly as PDF and spreadsheet attachments sent to a shared
renewals mailbox in the broker's Microsoft 365 tenant. An LLM agent running in the
broker's Azure subscription reads each new renewal e-mail and its attachments, pulls
the client's current policies and claims from the broker management system, sends
quote requests to insurers through the insurers' trading platform and writes a draft
renewal recommendation with the quotes it got back. Account handlers review and edit
each draft in a web workbench (Entra ID sign-in with MFA) before anything is sent to
the client from the renewals mailbox; quote requests go to insurers without a review.
The agent uses a hosted LLM under the vendor's zero-retention terms, keeps a run log,
and its insurer API key sits in Key Vault. It has a step limit but no prompt filtering.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Commercial renewal email agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent drafting commercial insurance renewal recommendations from "
    "client e-mails, policy data and insurer quotes, for review by account handlers.",
)

# ---------------------------------------------------------------- data assets
renewal_email = tg.Data(
    "Client renewal e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Body of the client's renewal instructions: contact names, changes to the business.",
)
attachments = tg.Data(
    "Renewal attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Asset schedules, payroll and turnover figures, fleet driver lists, claims experience.",
)
attachment_text = tg.Data(
    "Extracted attachment text", kind="documents", sensitivity=tg.Sensitivity.PII
)
mailbox_query = tg.Data("Mailbox query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
policy_query = tg.Data(
    "Policy lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
policy_records = tg.Data(
    "Client policy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Current covers, sums insured, premiums, named directors and drivers.",
)
claims_history = tg.Data("Client claims history", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the e-mail, attachment text, policy data and quotes so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
quote_request = tg.Data(
    "Insurer quote request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The client's risk details as the agent summarised them for the insurer.",
)
insurer_quotes = tg.Data(
    "Insurer renewal quotes", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data(
    "Draft renewal recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
handler_edits = tg.Data(
    "Handler edits and sign-off", kind="records", sensitivity=tg.Sensitivity.PII
)
client_reply = tg.Data(
    "Renewal recommendation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people at client businesses who send renewal instructions and receive advice.
    client = tm.add(tg.Actor("Commercial client contact", role="client"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Where client e-mail arrives and where approved recommendations are sent from.
    mailbox = tm.add(
        tg.DataStore(
            "Renewals shared mailbox",
            stores={renewal_email, attachments, client_reply},
            description="Exchange Online shared mailbox; Microsoft's standard mail filtering.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that reads the e-mails and writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed; zero data retention agreed")},
        )
    )

with tm.boundary("Insurer trading platform", trust=tg.Trust.PARTNER):
    # The market's placing platform through which insurers receive requests and quote.
    trading_platform = tm.add(
        tg.ExternalService(
            "Insurer quote platform",
            provides=tg.ExternalCategory.GENERIC,
            description="Insurers' commercial trading platform with a quote API.",
        )
    )

with tm.boundary("Broker Azure subscription", trust=tg.Trust.INTERNAL):
    # The agent that works through each renewal e-mail.
    agent = tm.add(
        tg.Agent(
            "Renewal agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads the e-mail, gathers policy data and quotes, drafts a recommendation.",
            controls={
                c.HumanInTheLoop(
                    approver="the account handler",
                    note="reviews every draft before it goes to the client; "
                    "quote requests to insurers are sent automatically",
                ),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reads new messages and attachments from the renewals mailbox over Microsoft Graph.
    mailbox_tool = tm.add(
        tg.Tool(
            "Mailbox reader tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="Graph application access scoped to one mailbox")},
        )
    )
    # Turns PDF and spreadsheet attachments into text the model can read.
    extractor = tm.add(
        tg.Service(
            "Attachment text extraction service",
            description="Open-source document parsers in a container.",
        )
    )
    # Read-only lookups of the client's policies and claims.
    policy_tool = tm.add(
        tg.Tool(
            "Policy lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account on the BMS API")},
        )
    )
    # Sends quote requests to insurers and collects their answers.
    quote_tool = tm.add(
        tg.Tool(
            "Insurer quote request tool",
            capabilities={"send-messages", "network-egress"},
            controls={c.SecretsManagement(note="platform API key in Azure Key Vault")},
        )
    )
    # Saves the agent's draft and the quotes for the handler's review queue.
    draft_tool = tm.add(tg.Tool("Draft save tool", capabilities={"write"}))
    # The handlers' review queue of drafts and quotes.
    drafts = tm.add(
        tg.DataStore(
            "Renewal drafts store",
            stores={draft, insurer_quotes, handler_edits},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # Where handlers read, edit and sign off drafts, and send them to the client.
    workbench = tm.add(
        tg.Endpoint(
            "Account handler workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # What the agent did on each run, for troubleshooting and complaints.
    logs = tm.add(
        tg.DataStore(
            "Agent run log store",
            stores={run_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

    with tm.boundary("Core broking systems", trust=tg.Trust.RESTRICTED):
        # The broker's system of record for clients, policies and claims.
        bms = tm.add(
            tg.DataStore(
                "Broker management system",
                stores={policy_records, claims_history},
                controls={c.EncryptionAtRest(key_management="SQL TDE"), c.RBAC()},
            )
        )

with tm.boundary("Broker office network", trust=tg.Trust.INTERNAL):
    # The broker's staff who own the client relationship and give the advice.
    handler = tm.add(tg.Actor("Account handler", role="account handler"))

# ---------------------------------------------------------------- flows
tm.flow(client, mailbox, renewal_email, attachments, protocol="smtp+starttls")

tm.flow(agent, mailbox_tool, mailbox_query, protocol="local")
tm.flow(mailbox_tool, mailbox, mailbox_query, protocol="https", label="Microsoft Graph")
tm.flow(mailbox, mailbox_tool, renewal_email, attachments, protocol="https")
tm.flow(mailbox_tool, agent, renewal_email, attachments, protocol="local")

tm.flow(agent, extractor, attachments, protocol="https")
tm.flow(extractor, agent, attachment_text, protocol="https")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, policy_tool, policy_query, protocol="local")
tm.flow(policy_tool, bms, policy_query, protocol="https")
tm.flow(bms, policy_tool, policy_records, claims_history, protocol="https")
tm.flow(policy_tool, agent, policy_records, claims_history, protocol="local")

tm.flow(agent, quote_tool, quote_request, protocol="local")
tm.flow(quote_tool, trading_platform, quote_request, protocol="https")
tm.flow(trading_platform, quote_tool, insurer_quotes, protocol="https")
tm.flow(quote_tool, agent, insurer_quotes, protocol="local")

tm.flow(agent, draft_tool, draft, insurer_quotes, protocol="local")
tm.flow(draft_tool, drafts, draft, insurer_quotes, protocol="https")
tm.flow(agent, logs, run_log, protocol="https")

tm.flow(drafts, workbench, draft, insurer_quotes, protocol="https")
tm.flow(workbench, handler, draft, insurer_quotes, protocol="https")
tm.flow(handler, workbench, handler_edits, protocol="https")
tm.flow(workbench, drafts, handler_edits, protocol="https")
tm.flow(workbench, mailbox, client_reply, protocol="https", label="send approved recommendation")
tm.flow(mailbox, client, client_reply, protocol="smtp+starttls")
