"""ChatOps incident agent: the first design, before any security review.

On-call engineers talk to an incident agent in the company chat workspace (a SaaS
chat product). They ask it, in plain language, to query logs and metrics, restart
services, scale deployments and roll back releases in the production Kubernetes
clusters. A bot gateway in our ops cluster receives the chat events, checks the
chat platform's request signature and that the caller is in the on-call group, and
hands the request to the agent. The agent plans with a hosted LLM, looks up
runbooks and past postmortems in a small vector index, and calls four first-party
tools: log search, metrics query, a Kubernetes workload tool (restart, scale) that
uses a service-account token, and a rollback tool that drives Argo CD. Rollbacks
wait for a confirm button in chat; restarts and scaling run as soon as they are
asked for. The agent has a step limit, writes every action to an action log, and
posts a summary of what it did to the incident channel.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "ChatOps incident agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Chat-driven agent that investigates and remediates production incidents.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Engineer request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'restart checkout-api in eu-west-1', 'why is p99 latency up?'",
)
channel_history = tg.Data(
    "Incident channel history",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Recent messages in the incident channel, alert bot posts included.",
)
confirmation = tg.Data("Rollback confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
summary = tg.Data(
    "Action summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What the agent found and did, posted to the incident channel.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, request, channel history, runbook excerpts and tool output "
    "(log lines can carry customer e-mails and IP addresses).",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
runbooks = tg.Data(
    "Runbooks and postmortems", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
runbook_chunks = tg.Data(
    "Runbook excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
log_results = tg.Data("Log search results", kind="tool-result", sensitivity=tg.Sensitivity.PII)
metric_results = tg.Data(
    "Metric query results", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
action_result = tg.Data("Action result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
prod_logs = tg.Data(
    "Production logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
metrics = tg.Data("Service metrics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
k8s_action = tg.Data(
    "Kubernetes API request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rollout restart or replica change on a deployment.",
)
rollback_request = tg.Data(
    "Argo CD rollback request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
manifests = tg.Data("Release manifests", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sa_token = tg.Data(
    "Cluster service-account token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Long-lived token bound to the 'edit' cluster role in every namespace.",
)
argocd_token = tg.Data("Argo CD API token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
action_records = tg.Data(
    "Agent action records", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
workload_status = tg.Data("Workload status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The person on call, who asks the agent for help during an incident.
    engineer = tm.add(tg.Actor("On-call engineer", role="on-call engineer", privileged=True))

with tm.boundary("Chat SaaS", trust=tg.Trust.PARTNER):
    # The company's chat workspace: where requests come from and summaries go.
    chat = tm.add(
        tg.ExternalService(
            "Chat workspace",
            description="Hosted chat product; sends signed event webhooks to our bot.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that plans the agent's steps and writes the summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Ops cluster", trust=tg.Trust.INTERNAL):
    # Receives chat events and decides whether the caller may use the agent.
    gateway = tm.add(
        tg.Endpoint(
            "ChatOps bot gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.MessageIntegrity(note="verifies the chat platform's request signature"),
                c.Authentication(method="chat workspace SSO identity"),
                c.RBAC(note="only members of the on-call user group may invoke the agent"),
            },
        )
    )
    # The agent loop: reads the request and channel, plans with the LLM, calls tools.
    agent = tm.add(
        tg.Agent(
            "Incident agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(retention_days=365, note="every tool call to the action log"),
            },
        )
    )
    # Runbooks and postmortems the agent retrieves to decide what to do.
    runbook_index = tm.add(tg.VectorStore("Runbook index", stores={runbook_chunks}))
    # Read-only search over production logs.
    log_tool = tm.add(tg.Tool("Log search tool", capabilities={"read"}))
    # Read-only queries over service metrics.
    metrics_tool = tm.add(tg.Tool("Metrics query tool", capabilities={"read"}))
    # Restarts and scales deployments through the Kubernetes API.
    k8s_tool = tm.add(
        tg.Tool(
            "Kubernetes workload tool",
            capabilities={"read", "write", "delete"},
            description="Rollout restart (deletes pods), scale replicas, read status.",
        )
    )
    # Rolls a service back to a previous release through Argo CD.
    rollback_tool = tm.add(
        tg.Tool(
            "Release rollback tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(approver="the requesting engineer, via a confirm button in chat")
            },
        )
    )
    # Where the agent records what it did, for the postmortem.
    action_log = tm.add(tg.DataStore("Agent action log", stores={action_records}))

with tm.boundary("Observability stack", trust=tg.Trust.INTERNAL):
    # Central log platform fed by every production workload.
    log_platform = tm.add(
        tg.DataStore(
            "Log platform",
            stores={prod_logs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Time-series store of service metrics.
    metrics_store = tm.add(tg.DataStore("Metrics store", stores={metrics}))

with tm.boundary("Production clusters", trust=tg.Trust.RESTRICTED):
    # The production Kubernetes control plane the agent acts on.
    k8s_api = tm.add(tg.Service("Production Kubernetes API"))
    # GitOps deployment controller that holds release history and performs rollbacks.
    argocd = tm.add(tg.Service("Argo CD"))

with tm.boundary("Engineering wiki", trust=tg.Trust.INTERNAL):
    # Source of the runbooks and postmortems, synced into the index nightly.
    wiki = tm.add(tg.DataSource("Runbook wiki", origin=tg.Origin.INTERNAL, provides={runbooks}))

# ---------------------------------------------------------------- flows
# Chat in and out
tm.flow(engineer, chat, request, confirmation, protocol="https")
tm.flow(chat, engineer, summary, protocol="https")
tm.flow(chat, gateway, request, confirmation, protocol="https", label="event webhook")
tm.flow(gateway, agent, request, confirmation)
tm.flow(chat, agent, channel_history, protocol="https", label="reads channel history")
tm.flow(agent, chat, summary, protocol="https", label="posts to incident channel")

# Planning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, runbook_index, request, label="similarity query")
tm.flow(runbook_index, agent, runbook_chunks)
tm.flow(wiki, runbook_index, runbooks, protocol="https", label="nightly sync")

# Read-only tools
tm.flow(agent, log_tool, tool_call, protocol="local")
tm.flow(log_tool, agent, log_results, protocol="local")
tm.flow(log_tool, log_platform, tool_call, protocol="https")
tm.flow(log_platform, log_tool, prod_logs, protocol="https")
tm.flow(agent, metrics_tool, tool_call, protocol="local")
tm.flow(metrics_tool, agent, metric_results, protocol="local")
tm.flow(metrics_tool, metrics_store, tool_call, protocol="https")
tm.flow(metrics_store, metrics_tool, metrics, protocol="https")

# Acting on production
tm.flow(agent, k8s_tool, tool_call, protocol="local")
tm.flow(k8s_tool, agent, action_result, protocol="local")
tm.flow(k8s_tool, k8s_api, k8s_action, sa_token, protocol="https")
tm.flow(k8s_api, k8s_tool, workload_status, protocol="https")
tm.flow(agent, rollback_tool, tool_call, protocol="local")
tm.flow(rollback_tool, agent, action_result, protocol="local")
tm.flow(rollback_tool, argocd, rollback_request, argocd_token, protocol="https")
tm.flow(argocd, rollback_tool, workload_status, protocol="https")
tm.flow(argocd, k8s_api, manifests, protocol="https", label="syncs previous release")

# Telemetry
tm.flow(k8s_api, log_platform, prod_logs, protocol="https", label="cluster log shipping")
tm.flow(k8s_api, metrics_store, metrics, protocol="https", label="metrics scrape")
tm.flow(agent, action_log, action_records)
