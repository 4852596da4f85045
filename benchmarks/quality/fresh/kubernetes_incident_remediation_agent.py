"""Kubernetes incident remediation agent: the first design, before any security review.

A SaaS company's SRE team runs an LLM agent in its operations cluster to help with
production incidents. Alertmanager posts firing alerts to the agent by webhook. The
agent queries logs and metrics through an observability query tool, reads runbooks
from the internal wiki through a runbook search tool, and sends what it gathers to a
hosted model API to decide what to do. Through a Kubernetes action tool it can restart
pods, scale deployments and roll back releases in the production cluster. Before a
destructive action (a rollback or a scale-down) the agent posts an approval request
in the team chat and waits for the on-call engineer to approve it; restarts and
scale-ups run straight away. The agent posts a running incident timeline to the
incident tracker. The Kubernetes API authenticates the agent's service account, whose
role allows only those verbs, and keeps an audit log; the agent's credentials come from
Vault, its loop is capped, and Slack callbacks are verified by their signature.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kubernetes incident remediation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="LLM agent that investigates alerts and remediates production Kubernetes "
    "workloads, with chat approval for destructive actions.",
)

# ---------------------------------------------------------------- data assets
customer_traffic = tg.Data("Customer requests", kind="records", sensitivity=tg.Sensitivity.PII)
logs_metrics = tg.Data(
    "Application logs and metrics",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Container logs and Prometheus metrics; log lines can carry request data.",
)
alert = tg.Data("Firing alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
obs_query = tg.Data("Log and metric query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
obs_result = tg.Data(
    "Log and metric query results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
runbooks = tg.Data(
    "Runbooks",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
runbook_query = tg.Data("Runbook search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
runbook_result = tg.Data(
    "Runbook excerpts", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the alert, query results and runbook excerpts.",
)
completion = tg.Data(
    "Model completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
action_call = tg.Data(
    "Remediation action",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Restart pod, scale deployment or roll back a release, with its target.",
)
k8s_request = tg.Data("Kubernetes API request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
cluster_state = tg.Data(
    "Cluster state and action result", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
action_result = tg.Data("Action result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
approval_request = tg.Data("Approval request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data(
    "Approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
timeline = tg.Data("Incident timeline", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
workload_control = tg.Data(
    "Pod and deployment changes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers' traffic is what the workloads log, so their input ends up in the logs.
    customer = tm.add(tg.Actor("SaaS customer", role="customer"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The reasoning model behind the agent, reached over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Collaboration SaaS", trust=tg.Trust.PARTNER):
    # Team chat where the agent asks for, and the on-call engineer gives, approvals.
    chat = tm.add(
        tg.ExternalService("Team chat", description="Slack workspace, #incidents channel.")
    )
    # Where incidents and their timelines are recorded.
    tracker = tm.add(tg.ExternalService("Incident tracker"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    oncall = tm.add(tg.Actor("On-call engineer", role="sre", privileged=True))
    # Any engineer can write and edit runbooks.
    engineer = tm.add(tg.Actor("Engineer", role="engineer"))
    # Source of runbooks the agent follows.
    wiki = tm.add(
        tg.DataStore(
            "Internal wiki",
            stores={runbooks},
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

with tm.boundary("Operations cluster", trust=tg.Trust.INTERNAL):
    # Evaluates alert rules over the metrics and pushes firing alerts to the agent.
    alerting = tm.add(tg.Service("Alertmanager"))
    # Central log and metrics storage (Loki and Prometheus).
    obs_store = tm.add(tg.DataStore("Log and metrics store", stores={logs_metrics}))
    # The LLM agent: investigates, decides and acts through its three tools.
    agent = tm.add(
        tg.Agent(
            "Remediation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="on-call engineer in the team chat",
                    note="only for rollbacks and scale-downs; pod restarts and scale-ups "
                    "run without approval",
                ),
                c.CircuitBreaker(max_steps=25),
                c.SecretsManagement(note="LLM API key and kube token from Vault"),
                c.AuditLogging(),
            },
        )
    )
    # Read-only LogQL and PromQL queries for the agent.
    obs_tool = tm.add(tg.Tool("Observability query tool", capabilities={"read"}))
    # Full-text search over the wiki's runbook space.
    runbook_tool = tm.add(tg.Tool("Runbook search tool", capabilities={"read"}))
    # Restarts pods, scales deployments and rolls back releases.
    k8s_tool = tm.add(
        tg.Tool(
            "Kubernetes action tool",
            capabilities={"write", "delete"},
            controls={
                c.LeastPrivilegeTools(
                    note="service account role limited to delete pods, patch scale and "
                    "roll back deployments, in all namespaces"
                )
            },
        )
    )

with tm.boundary("Production cluster", trust=tg.Trust.RESTRICTED):
    # The control plane the action tool calls.
    api_server = tm.add(
        tg.Service(
            "Kubernetes API server",
            controls={
                c.Authentication(method="service account token"),
                c.RBAC(),
                c.AuditLogging(note="Kubernetes audit log"),
            },
        )
    )
    # The company's customer-facing services.
    workloads = tm.add(tg.Service("Production workloads", internet_facing=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# production traffic and telemetry
tm.flow(customer, workloads, customer_traffic, protocol="https")
tm.flow(workloads, obs_store, logs_metrics, protocol="https")
tm.flow(obs_store, alerting, logs_metrics, label="alert rule evaluation")
tm.flow(alerting, agent, alert, protocol="https", label="webhook")

# investigation
tm.flow(agent, obs_tool, obs_query)
tm.flow(obs_tool, obs_store, obs_query, protocol="https")
tm.flow(obs_store, obs_tool, logs_metrics, protocol="https")
tm.flow(obs_tool, agent, obs_result)
tm.flow(engineer, wiki, runbooks, protocol="https", label="writes runbooks")
tm.flow(agent, runbook_tool, runbook_query)
tm.flow(runbook_tool, wiki, runbook_query, protocol="https")
tm.flow(wiki, runbook_tool, runbooks, protocol="https")
tm.flow(runbook_tool, agent, runbook_result)

# model calls
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

# approval in chat
tm.flow(agent, chat, approval_request, protocol="https", controls={tls})
tm.flow(chat, oncall, approval_request, protocol="https")
tm.flow(oncall, chat, approval, protocol="https")
tm.flow(
    chat,
    agent,
    approval,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="Slack request signature verified")},
)

# remediation
tm.flow(agent, k8s_tool, action_call)
tm.flow(k8s_tool, api_server, k8s_request, protocol="https", controls={tls})
tm.flow(api_server, k8s_tool, cluster_state, protocol="https", controls={tls})
tm.flow(k8s_tool, agent, action_result)
tm.flow(api_server, workloads, workload_control)

# incident record
tm.flow(agent, tracker, timeline, protocol="https", controls={tls})
tm.flow(oncall, tracker, timeline, protocol="https", label="edits the incident")
