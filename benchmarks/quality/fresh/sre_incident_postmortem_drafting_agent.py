"""SRE incident postmortem drafting agent: the first design, before any security review.

After an incident is resolved, the incident commander opens the postmortem editor
(an internal web app behind corporate SSO) and asks the drafting agent for a first
draft. The agent runs in the SRE tooling cluster and calls a hosted LLM. Through
read-only tools it pulls the incident's alerts from the paging service, the
messages of the incident channel in the chat workspace, the deploy history from
the CD system, searches production logs and queries the metrics system. It can
also open follow-up tickets in the issue tracker with a bot account.
The draft goes back to the editor, where the incident commander rewrites it and
publishes it to the internal wiki; nothing reaches the wiki without that step.
Controls in this design: SSO with MFA on the editor, read-only scoped service
accounts for the log and metrics tools, a step limit on agent runs, tool tokens
kept in the secrets vault, a vendor review of the LLM provider, and TLS on every
call to a SaaS vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SRE incident postmortem drafting agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"soc2"},
    description="Drafts incident postmortems from alerts, logs, chat and deploys for SRE review.",
)

# ---------------------------------------------------------------- data assets
draft_request = tg.Data(
    "Draft request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Incident id plus the commander's notes on what to cover.",
)
alerts = tg.Data("Incident alerts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
chat_messages = tg.Data(
    "Incident channel messages",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Everything posted in the channel, including pasted log lines and customer ids.",
)
deploys = tg.Data("Deploy history", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
context_query = tg.Data(
    "Incident context query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
context_result = tg.Data(
    "Incident context", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
log_query = tg.Data("Log search query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
log_lines = tg.Data(
    "Production log lines",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Application and ingress logs; carry customer ids, e-mails and IP addresses.",
)
metrics_query = tg.Data("Metrics query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
metric_series = tg.Data("Metric series", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Postmortem prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool results and the draft so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ticket = tg.Data(
    "Follow-up ticket",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, description, project and assignee of an action item.",
)
ticket_ref = tg.Data("Ticket reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
draft = tg.Data("Postmortem draft", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
published = tg.Data(
    "Published postmortem", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs the incident and owns the postmortem; the only person who publishes it.
    commander = tm.add(tg.Actor("Incident commander", role="on-call SRE"))
    # Where postmortems are read company-wide once published.
    wiki = tm.add(
        tg.DataStore(
            "Internal wiki",
            stores={published},
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("SRE tooling cluster", trust=tg.Trust.INTERNAL):
    # Web app where the commander starts a draft, edits it and publishes it.
    editor = tm.add(
        tg.Endpoint(
            "Postmortem editor",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.HumanInTheLoop(approver="incident commander"),
            },
        )
    )
    # The LLM agent that gathers the incident's evidence and writes the draft.
    agent = tm.add(
        tg.Agent(
            "Postmortem drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.SecretsManagement(note="tool tokens fetched from Vault at start of run"),
            },
        )
    )
    # Fetches alerts, channel messages and deploys for one incident id.
    context_tool = tm.add(tg.Tool("Incident context tool", capabilities={"read"}))
    # Runs log searches against the production log store.
    log_tool = tm.add(
        tg.Tool(
            "Log search tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account on prod indices")},
        )
    )
    # Runs PromQL queries for the incident window.
    metrics_tool = tm.add(
        tg.Tool(
            "Metrics query tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only viewer token")},
        )
    )
    # Opens action items in the issue tracker as the postmortem bot account.
    ticket_tool = tm.add(tg.Tool("Issue tracker tool", capabilities={"write"}))
    # Central store of production logs (shared with other teams).
    log_store = tm.add(tg.DataStore("Production log store", stores={log_lines}))
    # Time-series metrics for all services.
    metrics = tm.add(tg.Service("Metrics system"))
    # CD system; source of what was deployed when.
    cd_system = tm.add(tg.Service("CD system"))

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # Paging and alerting service that holds the incident's alert timeline.
    paging = tm.add(tg.ExternalService("Paging service"))
    # Chat workspace holding the incident channel.
    chat = tm.add(tg.ExternalService("Chat workspace"))
    # Hosted issue tracker where follow-up work is tracked.
    tracker = tm.add(tg.ExternalService("Issue tracker"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review; zero data retention contract")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(commander, editor, draft_request, protocol="https")
tm.flow(editor, agent, draft_request, protocol="https")

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, context_tool, context_query)
tm.flow(context_tool, paging, context_query, protocol="https", controls={tls})
tm.flow(paging, context_tool, alerts, protocol="https", controls={tls})
tm.flow(context_tool, chat, context_query, protocol="https", controls={tls})
tm.flow(chat, context_tool, chat_messages, protocol="https", controls={tls})
tm.flow(context_tool, cd_system, context_query, protocol="https")
tm.flow(cd_system, context_tool, deploys, protocol="https")
tm.flow(context_tool, agent, context_result, alerts, chat_messages, deploys)

tm.flow(agent, log_tool, log_query)
tm.flow(log_tool, log_store, log_query, protocol="https")
tm.flow(log_store, log_tool, log_lines, protocol="https")
tm.flow(log_tool, agent, log_lines)

tm.flow(agent, metrics_tool, metrics_query)
tm.flow(metrics_tool, metrics, metrics_query, protocol="https")
tm.flow(metrics, metrics_tool, metric_series, protocol="https")
tm.flow(metrics_tool, agent, metric_series)

tm.flow(agent, ticket_tool, ticket)
tm.flow(ticket_tool, tracker, ticket, protocol="https", controls={tls})
tm.flow(tracker, ticket_tool, ticket_ref, protocol="https", controls={tls})
tm.flow(ticket_tool, agent, ticket_ref)

tm.flow(agent, editor, draft, protocol="https")
tm.flow(editor, commander, draft, protocol="https")
tm.flow(commander, editor, published, protocol="https", label="edits and publishes")
tm.flow(editor, wiki, published, protocol="https", label="publish")
tm.flow(wiki, commander, published, protocol="https")
