"""Cloud cost anomaly remediation agent: the first design, before any security review.

The FinOps team runs an LLM agent in a dedicated FinOps tooling account. A daily
scan job compares the cloud billing export (written by the provider into a bucket
in the management account) against a baseline and hands cost spikes to the agent.
The agent queries the billing export and the usage metrics of the company's forty
cloud accounts, asks a hosted LLM to explain the spike, and posts the explanation
in the #finops Slack channel, where any engineer can also ask it questions.
Through a cross-account role in every member account it can stop idle instances
and scale down clusters on its own; deleting anything (volumes, snapshots, node
groups) waits until an engineer clicks Approve in Slack. Slack events reach a bot
gateway that checks Slack's request signature; the Slack bot token and the LLM
API key live in the secrets manager; the billing bucket is KMS-encrypted and every
agent action is written to an action log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cloud cost anomaly remediation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="LLM agent that explains cloud cost spikes in Slack and stops, scales "
    "down or (with approval) deletes resources across forty cloud accounts.",
)

# ---------------------------------------------------------------- data assets
billing_export = tg.Data(
    "Cloud billing export",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly line items per account, service and resource, with resource tags.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
usage_metrics = tg.Data(
    "Usage metrics",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="CPU, memory and request metrics of instances and clusters.",
)
spike_alert = tg.Data("Cost spike alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
question = tg.Data("Engineer question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
explanation = tg.Data(
    "Cost spike explanation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_request = tg.Data(
    "Deletion approval request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Deletion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt with cost context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the channel thread, billing rows and metrics.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
cost_query = tg.Data("Billing query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
cost_rows = tg.Data(
    "Billing query results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
metrics_query = tg.Data("Metrics query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
metrics_result = tg.Data(
    "Metrics query results", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
remediation_call = tg.Data(
    "Remediation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stop instance, scale cluster, or delete volume, snapshot or node group.",
)
cloud_api_call = tg.Data(
    "Cloud control-plane calls",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Made with the cross-account role session in the target account.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
remediation_result = tg.Data(
    "Remediation result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Any engineer in the #finops channel: asks questions and approves deletions.
    engineer = tm.add(tg.Actor("Engineer", role="engineer"))

with tm.boundary("Slack", trust=tg.Trust.PARTNER):
    # The company's Slack workspace, where the agent talks and asks for approval.
    slack = tm.add(
        tg.ExternalService(
            "Slack workspace",
            description="The #finops channel; the bot receives events and interactive clicks.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that reasons over the cost data and writes explanations.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, no training on our data")},
        )
    )

with tm.boundary("FinOps tooling account", trust=tg.Trust.INTERNAL):
    # Receives Slack events and posts the agent's messages back.
    gateway = tm.add(
        tg.Endpoint(
            "Slack bot gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.MessageIntegrity(note="Slack signing secret checked on every event"),
                c.SecretsManagement(note="Slack bot token and LLM API key in the secrets manager"),
            },
        )
    )
    # Finds the day's cost spikes and hands them to the agent.
    scan_job = tm.add(
        tg.Service(
            "Daily anomaly scan job",
            description="Compares spend per account and service with a 14-day baseline.",
        )
    )
    # The LLM agent: investigates, explains and remediates.
    agent = tm.add(
        tg.Agent(
            "Cost remediation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="an engineer in the #finops Slack channel",
                    note="delete actions only; stop and scale-down run on the agent's decision",
                ),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only SQL over the billing export.
    cost_tool = tm.add(tg.Tool("Billing query tool", capabilities={"read"}))
    # Read-only metrics lookups in the member accounts.
    metrics_tool = tm.add(tg.Tool("Usage metrics tool", capabilities={"read"}))
    # Assumes the cross-account role and changes resources.
    remediation_tool = tm.add(
        tg.Tool(
            "Remediation tool",
            capabilities={"write", "delete"},
            description="Assumes the FinOps remediation role in the target account: stop and "
            "terminate instances, set node-group and auto-scaling sizes, delete volumes and snapshots.",
        )
    )
    # Record of every question, explanation, approval and action.
    log_store = tm.add(tg.DataStore("Agent action log store", stores={action_log}))

with tm.boundary("Management account", trust=tg.Trust.RESTRICTED):
    # Where the cloud provider writes the consolidated billing export.
    billing_bucket = tm.add(
        tg.DataStore(
            "Billing export bucket",
            stores={billing_export},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

with tm.boundary("Member accounts", trust=tg.Trust.INTERNAL):
    # The provider's monitoring service in each of the forty accounts.
    metrics = tm.add(
        tg.DataSource(
            "Cloud monitoring metrics", origin=tg.Origin.INTERNAL, provides={usage_metrics}
        )
    )
    # The instances, clusters and volumes the agent acts on.
    workloads = tm.add(
        tg.Service(
            "Member account compute",
            description="EC2 instances, Kubernetes node groups, EBS volumes and snapshots.",
        )
    )

# ---------------------------------------------------------------- flows
# Detection
tm.flow(billing_bucket, scan_job, billing_export, protocol="https")
tm.flow(scan_job, agent, spike_alert)

# Slack conversation and approvals
tm.flow(engineer, slack, question, approval, protocol="https")
tm.flow(slack, gateway, question, approval, protocol="https", label="events and interactivity")
tm.flow(gateway, agent, question, approval)
tm.flow(agent, gateway, explanation, approval_request)
tm.flow(gateway, slack, explanation, approval_request, protocol="https", label="chat.postMessage")
tm.flow(slack, engineer, explanation, approval_request, protocol="https")

# Reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Investigation
tm.flow(agent, cost_tool, cost_query)
tm.flow(billing_bucket, cost_tool, billing_export, protocol="https", label="query engine scan")
tm.flow(cost_tool, agent, cost_rows)
tm.flow(agent, metrics_tool, metrics_query)
tm.flow(metrics, metrics_tool, usage_metrics, protocol="https")
tm.flow(metrics_tool, agent, metrics_result)

# Remediation
tm.flow(agent, remediation_tool, remediation_call)
tm.flow(remediation_tool, workloads, cloud_api_call, protocol="https")
tm.flow(workloads, remediation_tool, remediation_result, protocol="https")
tm.flow(remediation_tool, agent, remediation_result)

# Record keeping
tm.flow(agent, log_store, action_log)
