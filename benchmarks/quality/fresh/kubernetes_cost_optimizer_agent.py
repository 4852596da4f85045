"""Kubernetes cost optimizer agent: the first design, before any security review.

An internal assistant for the platform team. Engineers talk to it in the company
chat tool; it reads workload CPU and memory usage from Prometheus and the daily
cloud billing export, sends that context to a hosted LLM and gets back
right-sizing proposals. It acts through four tools: two read-only query tools,
one that opens pull requests against the infrastructure-as-code repository
(merged only after a code-owner review, then applied by the GitOps deployer),
and one that scales deployments in non-production namespaces directly through
the Kubernetes API. The agent runs in the platform-tools cluster, connects to the
chat tool over Socket Mode and logs every conversation and tool call. The scaler
uses a service account whose Role only covers non-production namespaces; the Git
credentials sit in the cloud secret manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kubernetes cost optimizer agent",
    profile=tg.RiskProfile.HIGH,
    description="Chat agent that proposes and applies right-sizing of Kubernetes workloads.",
)

# ---------------------------------------------------------------- data assets
chat_request = tg.Data("Engineer chat message", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
chat_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
llm_prompt = tg.Data(
    "LLM prompt with cluster context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, chat history, metrics summaries, cost figures and manifests.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
tool_call = tg.Data("Tool invocation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result")
metrics_query = tg.Data("PromQL query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
metrics = tg.Data(
    "Workload utilisation metrics",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="CPU, memory and replica counts per namespace and deployment.",
)
billing = tg.Data(
    "Cloud billing export",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Daily cost per project, label and SKU, including negotiated discounts.",
)
iac_code = tg.Data(
    "Infrastructure-as-code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="code",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
pull_request = tg.Data(
    "Right-sizing pull request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code"
)
git_token = tg.Data(
    "Git App installation token", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
scale_request = tg.Data("Scale request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
sa_token = tg.Data(
    "Scaler service account token", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
deployment_state = tg.Data(
    "Deployment status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
manifests = tg.Data("Rendered manifests", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code")
review = tg.Data(
    "Pull request review and merge", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
audit_log = tg.Data(
    "Conversation and tool-call log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The platform team: asks for proposals and reviews the agent's pull requests.
    engineer = tm.add(tg.Actor("Platform engineer", role="platform engineer"))

with tm.boundary("Chat SaaS", trust=tg.Trust.PARTNER):
    # The company chat tool, where the agent is installed as a bot.
    chat = tm.add(
        tg.ExternalService(
            "Company chat",
            description="SaaS chat workspace; the bot is invited to the platform channels.",
            controls={c.Authentication(method="corporate SSO")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reasons over metrics and costs and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor API.",
        )
    )

with tm.boundary("Git hosting", trust=tg.Trust.PARTNER):
    # Source of truth for cluster configuration; the agent proposes changes here.
    iac_repo = tm.add(
        tg.DataStore(
            "IaC repository",
            stores={iac_code, pull_request},
            description="Terraform and Helm values for every cluster and namespace.",
            controls={
                c.HumanInTheLoop(
                    approver="platform code owner",
                    note="branch protection: one approving review before merge to main",
                )
            },
        )
    )

with tm.boundary("Platform tools cluster", trust=tg.Trust.INTERNAL):
    # The agent: keeps the conversation, calls the LLM, runs the tools it asks for.
    agent = tm.add(
        tg.Agent(
            "Cost optimizer agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Production changes go through pull requests; non-production "
            "scaling is applied without a further confirmation.",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Read-only access to utilisation metrics.
    metrics_tool = tm.add(tg.Tool("Metrics query tool", capabilities={"read"}))
    # Read-only access to the billing export.
    billing_tool = tm.add(tg.Tool("Billing query tool", capabilities={"read"}))
    # Creates a branch, commits changed resource requests and opens a pull request.
    pr_tool = tm.add(
        tg.Tool(
            "Pull request tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="Git App private key in the cloud secret manager")},
        )
    )
    # Patches replica counts of deployments in non-production namespaces.
    scaler_tool = tm.add(
        tg.Tool(
            "Deployment scaler tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(
                    note="Role limited to deployments/scale in namespaces labelled env!=prod"
                )
            },
        )
    )
    # Keeps every conversation and tool call for later review.
    history = tm.add(tg.DataStore("Conversation log store", stores={audit_log}))

with tm.boundary("Workload clusters", trust=tg.Trust.INTERNAL):
    # Cluster monitoring: the source of utilisation data.
    prometheus = tm.add(tg.DataStore("Prometheus", stores={metrics}))
    # Applies what is merged in the IaC repository to the clusters.
    gitops = tm.add(tg.Pipeline("GitOps deployer", stage=tg.Stage.DEPLOYMENT))

    with tm.boundary("Cluster control plane", trust=tg.Trust.RESTRICTED):
        # The Kubernetes API of the shared clusters (production and non-production).
        k8s_api = tm.add(
            tg.Service(
                "Kubernetes API server",
                controls={c.Authentication(method="service account token"), c.RBAC()},
            )
        )

with tm.boundary("FinOps cloud account", trust=tg.Trust.INTERNAL):
    # Where the cloud provider drops the daily billing export.
    billing_bucket = tm.add(tg.DataStore("Billing export bucket", stores={billing}))

# ---------------------------------------------------------------- flows
tm.flow(engineer, chat, chat_request, protocol="https")
tm.flow(chat, engineer, chat_reply, protocol="https")
tm.flow(chat, agent, chat_request, protocol="wss", label="Socket Mode events")
tm.flow(agent, chat, chat_reply, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, metrics_tool, tool_call)
tm.flow(metrics_tool, prometheus, metrics_query, protocol="http")
tm.flow(prometheus, metrics_tool, metrics, protocol="http")
tm.flow(metrics_tool, agent, tool_result)

tm.flow(agent, billing_tool, tool_call)
tm.flow(billing_tool, billing_bucket, tool_call, protocol="https")
tm.flow(billing_bucket, billing_tool, billing, protocol="https")
tm.flow(billing_tool, agent, tool_result)

tm.flow(agent, pr_tool, tool_call)
tm.flow(pr_tool, iac_repo, pull_request, git_token, protocol="https")
tm.flow(iac_repo, pr_tool, iac_code, protocol="https")
tm.flow(pr_tool, agent, tool_result)

tm.flow(agent, scaler_tool, tool_call)
tm.flow(scaler_tool, k8s_api, scale_request, sa_token, protocol="https")
tm.flow(k8s_api, scaler_tool, deployment_state, protocol="https")
tm.flow(scaler_tool, agent, tool_result)

tm.flow(agent, history, audit_log)

tm.flow(engineer, iac_repo, review, protocol="https", label="reviews and merges")
tm.flow(iac_repo, gitops, iac_code, protocol="https")
tm.flow(gitops, k8s_api, manifests, protocol="https")
