"""Terraform infrastructure agent: the first design, before any security review.

Developers ask for infrastructure (a bucket, a queue, a DNS record, a bigger
database) in the platform team's chat channel. An agent that runs on the platform
Kubernetes cluster reads the request, uses a hosted LLM to write the Terraform
change against the infrastructure repository, and opens a pull request through a
GitHub App. Self-hosted CI runners run `terraform plan` on every pull request
and post the plan as a comment; a platform engineer reviews the diff and the
plan, and once the pull request is approved and merged an apply job runs
`terraform apply` against the company's cloud accounts with a deploy role.
Controls in this design: company SSO on the chat workspace, a GitHub App that
can open pull requests but cannot merge, branch protection with a required
platform-team review before apply, CI secrets in the CI vault, and an encrypted,
versioned state bucket. Cloud audit logging is on in every account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Terraform infrastructure agent",
    profile=tg.RiskProfile.HIGH,
    description="Chat-driven agent that writes Terraform pull requests; CI plans and applies them.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Infrastructure request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text chat message from a developer, e.g. 'add a Redis cache to payments'.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Prompt with repository context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the request and the relevant Terraform modules from the repo.",
)
llm_completion = tg.Data(
    "Proposed Terraform change", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tool_call = tg.Data(
    "Repository tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tf_code = tg.Data(
    "Terraform code",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The infrastructure repository: modules, account layouts, IAM policies.",
)
pull_request = tg.Data(
    "Terraform pull request",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
plan_output = tg.Data(
    "Terraform plan output",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Resource diff posted as a PR comment; can show attribute values.",
)
apply_log = tg.Data("Terraform apply log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approval = tg.Data("Pull request approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
providers = tg.Data(
    "Terraform providers and modules", kind="code", sensitivity=tg.Sensitivity.PUBLIC
)
deploy_creds = tg.Data(
    "Cloud deploy credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Long-lived access keys for the deploy role, used by both plan and apply.",
)
state = tg.Data(
    "Terraform state",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Full resource attributes, including generated passwords and keys.",
)
changes = tg.Data(
    "Cloud API changes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Create, update and delete calls against the cloud control plane.",
)
resource_state = tg.Data(
    "Live resource attributes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public Terraform registry: providers and community modules are pulled at init.
    registry = tm.add(
        tg.ExternalService("Terraform registry", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Any engineer in the company can post a request in the channel.
    developer = tm.add(tg.Actor("Developer", role="developer"))
    # Reviews the PR and the plan; only the platform team can approve infra PRs.
    engineer = tm.add(tg.Actor("Platform engineer", role="platform engineer", privileged=True))

with tm.boundary("Chat SaaS", trust=tg.Trust.PARTNER):
    # Where requests arrive and replies go; the agent is a bot user in #infra-requests.
    chat = tm.add(
        tg.ExternalService(
            "Chat workspace",
            controls={c.Authentication(method="company SSO (SAML)")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the Terraform change from the request and the repo context.
    llm = tm.add(
        tg.LLM(
            "Hosted code LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Source control SaaS", trust=tg.Trust.PARTNER):
    # The single infrastructure repository for every account and environment.
    repo = tm.add(
        tg.DataStore(
            "Infrastructure repository",
            stores={tf_code, pull_request, plan_output},
            controls={
                c.RBAC(note="branch protection on main; CODEOWNERS = platform team"),
            },
        )
    )

with tm.boundary("Platform cluster", trust=tg.Trust.INTERNAL):
    # Turns chat requests into Terraform changes and pull requests.
    agent = tm.add(
        tg.Agent(
            "Infra request agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads the repo, drafts the change with the LLM, opens a PR, reports back.",
        )
    )
    # The agent's only way into git: clone, push a branch, open a PR, read PR comments.
    repo_tool = tm.add(
        tg.Tool(
            "Repository tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="GitHub App scoped to the infra repo; cannot merge"),
                c.SecretsManagement(note="App private key in the cluster's secret store"),
            },
        )
    )

with tm.boundary("CI runners", trust=tg.Trust.INTERNAL):
    # Runs on every pull request, including the agent's, and comments the plan.
    plan_job = tm.add(
        tg.Pipeline(
            "Terraform plan job",
            stage=tg.Stage.DEPLOYMENT,
            third_party_packages=True,
        )
    )
    # Runs on merge to main, after the required platform-team approval.
    apply_job = tm.add(
        tg.Pipeline(
            "Terraform apply job",
            stage=tg.Stage.DEPLOYMENT,
            third_party_packages=True,
            controls={c.HumanInTheLoop(approver="platform engineer, required PR review")},
        )
    )
    # Holds the deploy role's access keys for both jobs.
    ci_secrets = tm.add(
        tg.DataStore(
            "CI secret store",
            stores={deploy_creds},
            controls={c.SecretsManagement()},
        )
    )

with tm.boundary("Cloud accounts", trust=tg.Trust.RESTRICTED):
    # Remote state and locks for every workspace.
    state_bucket = tm.add(
        tg.DataStore(
            "Terraform state bucket",
            stores={state},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.DataVersioning(note="bucket versioning"),
            },
        )
    )
    # The control plane of the company's production and staging accounts.
    cloud = tm.add(
        tg.ExternalService(
            "Cloud control plane",
            controls={c.AuditLogging(note="cloud audit trail on in every account")},
        )
    )

# ---------------------------------------------------------------- flows
# request and reply in chat
tm.flow(developer, chat, request, protocol="https")
tm.flow(chat, agent, request, protocol="https", label="bot event")
tm.flow(agent, chat, reply, protocol="https")
tm.flow(chat, developer, reply, protocol="https")

# drafting the change
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, repo_tool, tool_call, pull_request)
tm.flow(repo_tool, agent, tf_code, plan_output, label="repo contents and plan comment")
tm.flow(repo_tool, repo, pull_request, protocol="https", label="push branch, open PR")
tm.flow(repo, repo_tool, tf_code, plan_output, protocol="https")

# plan on the pull request
tm.flow(repo, plan_job, pull_request, protocol="https", label="PR webhook and checkout")
tm.flow(registry, plan_job, providers, protocol="https", label="terraform init")
tm.flow(ci_secrets, plan_job, deploy_creds)
tm.flow(state_bucket, plan_job, state, protocol="https")
tm.flow(plan_job, cloud, changes, protocol="https", label="refresh (read calls)")
tm.flow(cloud, plan_job, resource_state, protocol="https")
tm.flow(plan_job, repo, plan_output, protocol="https", label="plan comment")

# review and approval
tm.flow(repo, engineer, pull_request, plan_output, protocol="https")
tm.flow(engineer, repo, approval, protocol="https", label="approve and merge")

# apply after merge
tm.flow(repo, apply_job, tf_code, approval, protocol="https", label="merge to main")
tm.flow(registry, apply_job, providers, protocol="https", label="terraform init")
tm.flow(ci_secrets, apply_job, deploy_creds)
tm.flow(state_bucket, apply_job, state, protocol="https")
tm.flow(apply_job, state_bucket, state, protocol="https")
tm.flow(apply_job, cloud, changes, protocol="https", label="terraform apply")
tm.flow(cloud, apply_job, resource_state, protocol="https")
tm.flow(apply_job, repo, apply_log, protocol="https", label="apply result comment")
