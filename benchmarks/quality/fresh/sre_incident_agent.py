"""SRE incident agent: the first design, before any security review.

An on-call assistant for the site-reliability team. When Alertmanager fires an
alert, it posts the alert to a webhook; an agent built on a hosted LLM then reads
the alert, queries the log store and Prometheus through read-only tools, looks up
the matching runbook page in the engineering wiki, and posts a diagnosis in the
team's Slack incident channel. Through runbook tools it can restart a service in
the production Kubernetes cluster on its own, or roll back a deployment; a
rollback waits until an on-call engineer approves it with a button in Slack.
The agent and its tools run as one pod in the SRE tooling namespace, with cluster
credentials fetched from Vault. Controls in this design: a bearer token on the
alert webhook, Slack request signing, a step limit on the agent loop, approval
for rollbacks, a restart tool scoped to rollout restarts, an audit log of every
agent run, and the company's vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SRE incident agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="LLM agent that diagnoses alerts, posts to chat and runs restart/rollback runbooks.",
)

# ---------------------------------------------------------------- data assets
alert = tg.Data(
    "Alert payload",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Alert name, labels, annotations and the firing expression's value.",
)
app_logs = tg.Data(
    "Application logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Request and error logs of production services; include customer ids, "
    "IP addresses and request fields that users control.",
)
metrics = tg.Data("Service metrics", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
runbooks = tg.Data(
    "Runbook pages",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Wiki pages describing symptoms and remediation steps for each alert.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the alert, runbook text and log/metric excerpts so far.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reasoning, the next tool call, or the final diagnosis.",
)
query = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
log_result = tg.Data("Log query result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
metric_result = tg.Data(
    "Metric query result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
runbook_result = tg.Data(
    "Runbook text", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
diagnosis = tg.Data(
    "Diagnosis message",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Summary of likely cause, evidence (log lines) and proposed action.",
)
approval = tg.Data(
    "Rollback approval",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve/deny button clicks and replies from engineers in the channel.",
)
chat_msgs = tg.Data("Channel messages", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ops_command = tg.Data(
    "Cluster operation",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Rollout restart or Argo CD rollback to a previous revision.",
)
ops_result = tg.Data("Operation status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
cluster_creds = tg.Data(
    "Cluster service-account token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
run_log = tg.Data("Agent run transcript", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Chat SaaS", trust=tg.Trust.PARTNER):
    # The team's Slack workspace: where diagnoses are posted and rollbacks approved.
    slack = tm.add(
        tg.ExternalService(
            "Team chat (Slack)",
            provides=tg.ExternalCategory.GENERIC,
            description="Incident channel; the agent is a Slack app with a bot token.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning engine of the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
            controls={
                c.SupplierAssessment(note="standard vendor security review, zero retention tier")
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The human on call: reads diagnoses, approves rollbacks, writes runbooks.
    engineer = tm.add(tg.Actor("On-call engineer", role="sre", privileged=True))
    # The runbook wiki the agent follows; any engineer can edit any page.
    wiki = tm.add(
        tg.DataStore(
            "Runbook wiki",
            stores={runbooks},
            description="Confluence space with one page per alert.",
            controls={c.Authentication(method="corporate SSO")},
        )
    )

with tm.boundary("Production cluster", trust=tg.Trust.INTERNAL):
    # The services being operated on: the target of restarts and rollbacks.
    cluster = tm.add(
        tg.Service(
            "Production Kubernetes and Argo CD",
            description="Customer-facing services, their deployments and GitOps revisions.",
        )
    )
    # Central log store the agent searches (Loki).
    log_store = tm.add(tg.DataStore("Log store", stores={app_logs}))
    # Prometheus: metrics the agent queries and the alert rules evaluate.
    metrics_store = tm.add(tg.DataStore("Prometheus", stores={metrics}))
    # Routes firing alerts to receivers, including the agent's webhook.
    alertmanager = tm.add(tg.Service("Alertmanager"))

with tm.boundary("SRE tooling", trust=tg.Trust.INTERNAL):
    # Receives alerts from Alertmanager and starts an agent run.
    webhook = tm.add(
        tg.Endpoint(
            "Alert webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="static bearer token")},
        )
    )
    # The agent loop: plans, calls tools, writes the diagnosis.
    agent = tm.add(
        tg.Agent(
            "Incident agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop; restarts on its own, rollbacks only after approval.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.SecretsManagement(note="cluster and Slack tokens read from Vault at start"),
            },
        )
    )
    # Read-only LogQL search over the log store.
    log_tool = tm.add(tg.Tool("Log search tool", capabilities={"read"}))
    # Read-only PromQL queries.
    metrics_tool = tm.add(tg.Tool("Metrics query tool", capabilities={"read"}))
    # Finds and fetches the runbook page for an alert name.
    runbook_tool = tm.add(tg.Tool("Runbook lookup tool", capabilities={"read"}))
    # Runs `kubectl rollout restart` on a named deployment.
    restart_tool = tm.add(
        tg.Tool(
            "Restart service tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="service account may only patch deployments for restarts"
                )
            },
        )
    )
    # Asks Argo CD to roll an application back to its previous revision.
    rollback_tool = tm.add(
        tg.Tool(
            "Rollback deployment tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="on-call engineer, via Slack approve button")},
        )
    )
    # Every run's prompts, tool calls and results, for the post-incident review.
    run_store = tm.add(
        tg.DataStore(
            "Agent run log",
            stores={run_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

# ---------------------------------------------------------------- flows
# Telemetry and alerting
tm.flow(cluster, log_store, app_logs, protocol="http", label="log shipping")
tm.flow(metrics_store, cluster, label="scrape", protocol="http")
tm.flow(cluster, metrics_store, metrics, protocol="http", label="metrics")
tm.flow(metrics_store, alertmanager, alert, protocol="http", label="firing alerts")
tm.flow(alertmanager, webhook, alert, protocol="https")
tm.flow(webhook, agent, alert)

# Reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Investigation tools
tm.flow(agent, log_tool, query, protocol="local")
tm.flow(log_tool, log_store, query, protocol="https")
tm.flow(log_store, log_tool, app_logs, protocol="https")
tm.flow(log_tool, agent, log_result, protocol="local")

tm.flow(agent, metrics_tool, query, protocol="local")
tm.flow(metrics_tool, metrics_store, query, protocol="https")
tm.flow(metrics_store, metrics_tool, metrics, protocol="https")
tm.flow(metrics_tool, agent, metric_result, protocol="local")

tm.flow(agent, runbook_tool, query, protocol="local")
tm.flow(runbook_tool, wiki, query, protocol="https")
tm.flow(wiki, runbook_tool, runbooks, protocol="https")
tm.flow(runbook_tool, agent, runbook_result, protocol="local")
tm.flow(engineer, wiki, runbooks, protocol="https", label="writes runbooks")

# Chat: diagnosis out, approvals in
tm.flow(agent, slack, diagnosis, protocol="https", label="post diagnosis / approval request")
tm.flow(
    slack,
    agent,
    approval,
    chat_msgs,
    protocol="https",
    label="interactions and replies",
    controls={c.MessageIntegrity(note="Slack signing secret checked on each request")},
)
tm.flow(slack, engineer, diagnosis, chat_msgs, protocol="https")
tm.flow(engineer, slack, approval, chat_msgs, protocol="https")

# Remediation
tm.flow(agent, restart_tool, ops_command, protocol="local")
tm.flow(restart_tool, cluster, ops_command, cluster_creds, protocol="https")
tm.flow(cluster, restart_tool, ops_result, protocol="https")
tm.flow(restart_tool, agent, ops_result, protocol="local")

tm.flow(agent, rollback_tool, ops_command, protocol="local")
tm.flow(rollback_tool, cluster, ops_command, cluster_creds, protocol="https")
tm.flow(cluster, rollback_tool, ops_result, protocol="https")
tm.flow(rollback_tool, agent, ops_result, protocol="local")

# Record keeping
tm.flow(agent, run_store, run_log)
