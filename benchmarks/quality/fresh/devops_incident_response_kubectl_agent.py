"""Incident response agent for the platform team: the first design, before security review.

When Alertmanager fires, it posts the alert to the #incidents Slack channel and sends
the same alert to the agent's events endpoint by webhook. The agent (an LLM agent on
our agent platform, calling a hosted model over HTTPS) reads the alert, searches the
production logs in Loki, fetches the runbook linked from the alert, and runs kubectl
against the production clusters through a kubectl tool to mitigate: restarts, scaling,
rollbacks, cordons. Read verbs, restarts, scaling and cordons run straight away; the
verbs on a risky list (delete, drain, scale to zero, rollout undo, apply) wait until
the on-call engineer presses Approve on the agent's message in Slack. Slack events are checked
against Slack's signing secret; the Alertmanager webhook is not authenticated. The
kubectl tool uses a service-account token from Vault bound to the built-in "edit"
ClusterRole on every namespace. Each run is capped in steps and its transcript is kept
in an action log; the Kubernetes API server keeps its own audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Incident response kubectl agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="On-call LLM agent that reads alerts, logs and runbooks and runs kubectl "
    "on production clusters, with risky commands approved in Slack.",
)

# ---------------------------------------------------------------- data assets
alert = tg.Data(
    "Alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Alert name, labels, annotations (summary, runbook URL) and firing values.",
)
metrics = tg.Data("Workload metrics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
app_logs = tg.Data(
    "Application logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Container stdout/stderr; includes request paths, customer ids and IPs.",
)
channel_messages = tg.Data(
    "Incident channel messages",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What engineers write in #incidents, read by the agent as context.",
)
approval_request = tg.Data(
    "Approval request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The agent's message naming the kubectl command it wants to run, with buttons.",
)
approval_decision = tg.Data(
    "Approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
agent_updates = tg.Data(
    "Agent status updates", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_context = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the alert, log excerpts, runbook text and earlier tool results.",
)
agent_plan = tg.Data(
    "Agent plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
log_query = tg.Data("Log query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
log_lines = tg.Data(
    "Log search results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
runbook_request = tg.Data("Runbook request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
runbooks = tg.Data(
    "Runbooks",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Markdown pages any engineer can edit: symptoms, checks and kubectl steps.",
)
kubectl_command = tg.Data(
    "kubectl command", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
kubectl_output = tg.Data(
    "kubectl output",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Resource listings, describe output, events and pod logs.",
)
api_requests = tg.Data(
    "Kubernetes API requests", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
cluster_state = tg.Data(
    "Cluster state",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Deployments, pods, config maps and events of the production clusters.",
)
workload_changes = tg.Data(
    "Workload changes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Restarts, scaling, rollbacks, cordons and drains the controllers carry out.",
)
sa_token = tg.Data(
    "Cluster service-account token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
llm_api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
slack_bot_token = tg.Data("Slack bot token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
transcript = tg.Data(
    "Agent action transcript",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every prompt, tool call, approval and result of an agent run.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate devices", trust=tg.Trust.INTERNAL):
    # The human in charge of the incident: approves risky commands, writes runbooks.
    on_call = tm.add(tg.Actor("On-call engineer", role="on-call SRE", privileged=True))

with tm.boundary("Slack", trust=tg.Trust.PARTNER):
    # Where the team works incidents; the agent's only human interface.
    slack = tm.add(
        tg.ExternalService(
            "Slack workspace",
            provides=tg.ExternalCategory.GENERIC,
            description="SaaS workspace; #incidents channel, the agent posts as a bot user.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with function calling, behind the vendor's API.",
        )
    )

with tm.boundary("Observability", trust=tg.Trust.INTERNAL):
    # Raises the alerts that start an agent run.
    alerting = tm.add(
        tg.Service(
            "Prometheus and Alertmanager",
            description="Scrapes the clusters, evaluates alert rules, routes alerts.",
        )
    )
    # Where the agent looks for evidence.
    log_store = tm.add(tg.DataStore("Loki log store", stores={app_logs}))

with tm.boundary("Engineering tools", trust=tg.Trust.INTERNAL):
    # Source of the mitigation steps the agent follows.
    wiki = tm.add(tg.DataStore("Runbook wiki", stores={runbooks}))

with tm.boundary("Agent platform", trust=tg.Trust.INTERNAL):
    # Receives Slack events (messages, button clicks) and Alertmanager webhooks.
    events = tm.add(
        tg.Endpoint(
            "Agent events endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.MessageIntegrity(note="Slack requests checked against the app's signing secret"),
            },
            description="Public HTTPS listener so that Slack can deliver events.",
        )
    )
    # The LLM agent that drives the investigation and mitigation.
    agent = tm.add(
        tg.Agent(
            "Incident agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=30, note="a run stops after 30 steps or 20 minutes"),
                c.AuditLogging(retention_days=365),
            },
            description="One run per alert; keeps context only for the run.",
        )
    )
    # Lets the agent search production logs.
    log_tool = tm.add(
        tg.Tool("Log query tool", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # Fetches the runbook page an alert links to.
    runbook_tool = tm.add(
        tg.Tool("Runbook fetch tool", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # The agent's hands on the clusters.
    kubectl = tm.add(
        tg.Tool(
            "kubectl tool",
            capabilities={"read", "write", "delete"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.HumanInTheLoop(
                    approver="the on-call engineer, with the Approve button in Slack",
                    note="only delete, drain, scale to zero, rollout undo and apply wait; "
                    "get, describe, logs, rollout restart, scale and cordon run directly",
                ),
            },
            description="Runs kubectl with the agent's service account, bound to the "
            "'edit' ClusterRole in every namespace.",
        )
    )
    # Holds the agent's credentials.
    vault = tm.add(
        tg.DataStore(
            "Vault",
            stores={sa_token, llm_api_key, slack_bot_token},
            controls={c.SecretsManagement(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Record of what the agent did, for the postmortem.
    action_log = tm.add(tg.DataStore("Agent action log", stores={transcript}))

with tm.boundary("Production clusters", trust=tg.Trust.RESTRICTED):
    # Control plane every kubectl command goes through.
    api_server = tm.add(
        tg.Service(
            "Kubernetes API server",
            controls={
                c.Authentication(method="service-account bearer token"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # The customer-facing services being kept alive.
    workloads = tm.add(
        tg.Service("Production workloads", description="Customer-facing services and their pods.")
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# alerts and observability
tm.flow(workloads, alerting, metrics, label="scrape")
tm.flow(workloads, log_store, app_logs, label="log shipper")
tm.flow(alerting, slack, alert, protocol="https", controls={tls})
tm.flow(alerting, events, alert, protocol="https", label="webhook")

# Slack: the engineer and the agent
tm.flow(on_call, slack, channel_messages, approval_decision, protocol="https", controls={tls})
tm.flow(slack, on_call, alert, agent_updates, approval_request, protocol="https", controls={tls})
tm.flow(slack, events, channel_messages, approval_decision, protocol="https", controls={tls})
tm.flow(events, agent, alert, channel_messages, approval_decision)
tm.flow(agent, slack, agent_updates, approval_request, protocol="https", controls={tls})

# reasoning
tm.flow(agent, llm, agent_context, protocol="https", controls={tls})
tm.flow(llm, agent, agent_plan, protocol="https", controls={tls})

# tools
tm.flow(agent, log_tool, log_query)
tm.flow(log_tool, log_store, log_query, protocol="https")
tm.flow(log_store, log_tool, log_lines, protocol="https")
tm.flow(log_tool, agent, log_lines)

tm.flow(agent, runbook_tool, runbook_request)
tm.flow(runbook_tool, wiki, runbook_request, protocol="https")
tm.flow(wiki, runbook_tool, runbooks, protocol="https")
tm.flow(runbook_tool, agent, runbooks)
tm.flow(on_call, wiki, runbooks, protocol="https", label="writes runbooks")

tm.flow(agent, kubectl, kubectl_command)
tm.flow(kubectl, agent, kubectl_output)
tm.flow(kubectl, api_server, api_requests, protocol="https", controls={tls})
tm.flow(api_server, kubectl, cluster_state, protocol="https", controls={tls})
tm.flow(api_server, workloads, workload_changes, label="controllers reconcile")
tm.flow(workloads, api_server, cluster_state, label="pod status and logs")

# credentials and records
tm.flow(vault, kubectl, sa_token, protocol="https")
tm.flow(vault, agent, llm_api_key, slack_bot_token, protocol="https")
tm.flow(agent, action_log, transcript)
