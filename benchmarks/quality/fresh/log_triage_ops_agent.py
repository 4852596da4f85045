"""Log triage ops agent for the SRE team: the first design.

When an incident is declared, the on-call engineer mentions the agent in the
incident Slack channel. The agent, running in the internal ops tooling cluster,
reads the channel, searches application logs and traces in the observability
platform, and retrieves matching runbooks and past postmortems from a runbook
index. A hosted LLM (vendor API, reviewed by procurement) drafts the diagnosis and
a proposed fix, which the agent posts back to the channel. The agent can restart
services and scale deployments on its own through a deployment tool that drives
the company's deployment system; rollbacks wait for the on-call engineer to press
Approve in Slack. The deployment tool's service-account token comes from Vault,
every agent action is written to an audit log, and the agent stops after a fixed
number of steps. The production services it acts on serve public internet traffic,
so their logs carry whatever users send. SOC 2 scope.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Log triage ops agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Incident diagnosis from logs, traces and Slack, with restart, scale and rollback.",
)

# ---------------------------------------------------------------- data assets
user_requests = tg.Data("User requests", kind="records", sensitivity=tg.Sensitivity.PII)
app_logs = tg.Data(
    "Application logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Structured service logs; include request paths, headers and error payloads.",
)
traces = tg.Data("Distributed traces", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
chat = tg.Data(
    "Incident channel messages",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Engineers' messages, alert bot posts and pasted customer reports.",
)
approval = tg.Data(
    "Rollback approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
runbooks = tg.Data(
    "Runbooks and postmortems", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
postmortems = tg.Data("Postmortem documents", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, channel messages, log excerpts, trace spans and runbooks.",
)
plan = tg.Data(
    "LLM diagnosis and next actions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Diagnosis, proposed fix and the tool calls to make next.",
)
log_query = tg.Data("Log and trace query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
log_results = tg.Data(
    "Log search results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
slack_call = tg.Data(
    "Slack read and post calls", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
diagnosis_post = tg.Data(
    "Diagnosis and proposed fix", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
deploy_call = tg.Data(
    "Deployment action",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Restart, scale (replica count) or roll back, with service and environment.",
)
deploy_token = tg.Data(
    "Deployment service-account token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
deploy_status = tg.Data(
    "Deployment status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
rollout = tg.Data("Rollout commands", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
audit_trail = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers and anyone else calling our public APIs; their input ends up in the logs.
    users = tm.add(tg.Actor("Internet users", role="public API caller"))

with tm.boundary("Slack workspace", trust=tg.Trust.PARTNER):
    # The incident channel: where humans coordinate and where the agent reads and posts.
    slack = tm.add(
        tg.ExternalService(
            "Incident Slack channel",
            provides="generic",
            controls={c.Authentication(method="company SSO")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reasons over the evidence and picks the next tool call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, zero data retention")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves rollbacks and writes postmortems.
    oncall = tm.add(tg.Actor("On-call engineer", role="SRE", privileged=True))

with tm.boundary("Production cluster", trust=tg.Trust.INTERNAL):
    # The customer-facing services the agent diagnoses, restarts, scales and rolls back.
    services = tm.add(tg.Service("Production services", internet_facing=True))
    # Log and trace backend every production service ships to.
    observability = tm.add(
        tg.DataStore(
            "Observability platform",
            stores={app_logs, traces},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Deployment control plane", trust=tg.Trust.RESTRICTED):
        # The existing GitOps deployment system that applies restarts, scaling and rollbacks.
        deployer = tm.add(
            tg.Service(
                "Deployment system",
                controls={c.RBAC(), c.AuditLogging(retention_days=365)},
            )
        )

with tm.boundary("Ops tooling cluster", trust=tg.Trust.INTERNAL):
    # The agent loop: gathers evidence, asks the LLM, calls tools, posts to Slack.
    agent = tm.add(
        tg.Agent(
            "Ops triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Restarts and scaling run without approval; rollbacks need the on-call's Approve.",
            controls={
                c.HumanInTheLoop(approver="the on-call engineer, for rollbacks only"),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only queries against logs and traces.
    log_tool = tm.add(tg.Tool("Log search tool", capabilities={"read"}, origin="first-party"))
    # Reads the incident channel and posts the agent's findings and approval requests.
    slack_tool = tm.add(
        tg.Tool("Slack tool", capabilities={"read", "send-messages"}, origin="first-party")
    )
    # Wraps the deployment system's API: restart, scale, rollback.
    deploy_tool = tm.add(
        tg.Tool(
            "Deployment tool",
            capabilities={"write"},
            origin="first-party",
            controls={c.SecretsManagement(note="service-account token fetched from Vault")},
        )
    )
    # Embedded runbooks and postmortems the agent retrieves by similarity.
    runbook_index = tm.add(tg.VectorStore("Runbook index", stores={runbooks}))
    # Record of every prompt, tool call and result for post-incident review.
    audit_store = tm.add(tg.DataStore("Agent audit log", stores={audit_trail}))

# ---------------------------------------------------------------- flows
# Production traffic and the telemetry it produces.
tm.flow(users, services, user_requests, protocol="https")
tm.flow(services, users, user_requests, protocol="https", label="responses")
tm.flow(services, observability, app_logs, traces)

# Humans in the incident channel.
tm.flow(oncall, slack, chat, approval, protocol="https")
tm.flow(slack, oncall, chat, diagnosis_post, protocol="https")
tm.flow(oncall, runbook_index, postmortems, label="postmortems indexed after incidents")

# The agent reads and posts through the Slack tool.
tm.flow(agent, slack_tool, slack_call)
tm.flow(slack_tool, slack, slack_call, diagnosis_post, protocol="https")
tm.flow(slack, slack_tool, chat, approval, protocol="https")
tm.flow(slack_tool, agent, chat, approval)

# Evidence gathering.
tm.flow(agent, log_tool, log_query)
tm.flow(log_tool, observability, log_query, protocol="https")
tm.flow(observability, log_tool, app_logs, traces, protocol="https")
tm.flow(log_tool, agent, log_results)
tm.flow(agent, runbook_index, log_query, label="similarity query")
tm.flow(runbook_index, agent, runbooks)

# Reasoning with the hosted LLM.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, plan, protocol="https")

# Remediation: restart, scale, rollback.
tm.flow(agent, deploy_tool, deploy_call)
tm.flow(deploy_tool, deployer, deploy_call, deploy_token, protocol="https")
tm.flow(deployer, services, rollout)
tm.flow(deployer, deploy_tool, deploy_status, protocol="https")
tm.flow(deploy_tool, agent, deploy_status)

# Audit trail.
tm.flow(agent, audit_store, audit_trail)
