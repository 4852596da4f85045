"""Infrastructure PR review bot: the first design, before any security review.

Platform engineers change our Terraform in a private GitHub repository. When a
pull request touches *.tf files, a GitHub Actions workflow on our self-hosted CI
runners runs `terraform init` and `terraform plan` with a read-only plan role,
then sends the PR diff and the plan output to a hosted LLM, which writes a risk
summary that the bot posts back as a PR comment. If the LLM rates the change as
low risk (only tags or descriptions change) and a maintainer approves the PR,
the bot runs `terraform apply` itself with the platform deploy role.
Providers and modules come from the public Terraform registry; state lives in an
S3 bucket in the production account, encrypted with KMS. Role credentials are
kept as GitHub Actions encrypted secrets, GitHub access uses company SSO, and all
calls to GitHub, the LLM vendor and AWS go over HTTPS. Workflow logs, including
the plan output, stay in GitHub Actions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "DevOps PR review bot",
    profile=tg.RiskProfile.HIGH,
    description="LLM risk summaries for Terraform PRs, with auto-apply of low-risk changes.",
)

# ---------------------------------------------------------------- data assets
pr_diff = tg.Data(
    "PR diff",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Changed Terraform files, PR title and description written by the author.",
)
approval = tg.Data("PR approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
plan_output = tg.Data(
    "Terraform plan output",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Resource changes with attribute values; may show non-sensitive-marked secrets.",
)
risk_prompt = tg.Data(
    "Risk review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Review instructions plus the PR diff and the plan output.",
)
risk_summary = tg.Data(
    "Risk summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Markdown comment with a risk level (low/medium/high) and findings.",
)
apply_request = tg.Data("Apply request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
providers = tg.Data(
    "Terraform providers and modules", kind="code", sensitivity=tg.Sensitivity.PUBLIC
)
plan_creds = tg.Data("Plan role credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
deploy_creds = tg.Data(
    "Deploy role credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tf_state = tg.Data(
    "Terraform state",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
cloud_reads = tg.Data(
    "Current resource configuration", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
infra_changes = tg.Data(
    "Infrastructure change calls",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
workflow_logs = tg.Data("Workflow logs", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Engineering workstations", trust=tg.Trust.INTERNAL):
    # Any engineer in the org can open a PR against the infra repository.
    author = tm.add(tg.Actor("PR author", role="platform engineer"))
    # Maintainers' approval is what unlocks auto-apply.
    maintainer = tm.add(tg.Actor("Repository maintainer", role="maintainer", privileged=True))

with tm.boundary("GitHub", trust=tg.Trust.PARTNER):
    # Hosts the repository, PR reviews and the Actions workflow triggers.
    github = tm.add(
        tg.ExternalService(
            "GitHub repository",
            description="Private infra repo; PR events trigger the review workflow.",
            controls={c.Authentication(method="company SSO")},
        )
    )
    # Where the plan and deploy role keys are kept for the workflow.
    secrets = tm.add(
        tg.DataStore(
            "Actions secret store",
            stores={plan_creds, deploy_creds},
            controls={c.SecretsManagement(note="GitHub Actions encrypted repository secrets")},
        )
    )
    # Run logs of every workflow, readable by anyone with repo read access.
    logs = tm.add(tg.DataStore("Actions workflow logs", stores={workflow_logs}))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # terraform init downloads providers and community modules from here.
    registry = tm.add(tg.ExternalService("Public Terraform registry", provides="package-registry"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the diff and plan and writes the risk summary.
    llm = tm.add(
        tg.LLM(
            "Hosted review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("CI runners", trust=tg.Trust.INTERNAL):
    # Orchestrates the workflow: runs plan, calls the LLM, comments, decides on auto-apply.
    bot = tm.add(
        tg.Agent(
            "PR review bot",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Auto-applies when the LLM rates the PR low risk and a maintainer approved.",
        )
    )
    # Runs terraform init/plan on the PR branch.
    plan_tool = tm.add(
        tg.Tool(
            "Terraform plan runner",
            capabilities={"read", "execute-code", "network-egress"},
            controls={c.LeastPrivilegeTools(note="plan uses a read-only IAM role")},
        )
    )
    # Runs terraform apply for changes the bot considers low risk.
    apply_tool = tm.add(
        tg.Tool(
            "Terraform apply runner",
            capabilities={"write", "delete", "execute-code", "network-egress"},
            description="Uses the platform deploy role, the same one used by manual applies.",
            controls={c.HumanInTheLoop(approver="a repository maintainer approving the PR")},
        )
    )

with tm.boundary("Production AWS account", trust=tg.Trust.RESTRICTED):
    # The infrastructure the Terraform describes.
    aws = tm.add(tg.ExternalService("AWS control plane API", description="IAM, VPC, EC2, S3, RDS."))
    # Remote state backend shared by all workspaces.
    state = tm.add(
        tg.DataStore(
            "Terraform state bucket",
            stores={tf_state},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(author, github, pr_diff, protocol="https", label="opens PR")
tm.flow(maintainer, github, approval, protocol="https", label="approves PR")
tm.flow(github, bot, pr_diff, protocol="https", label="PR event and checkout")
tm.flow(github, bot, approval, protocol="https", label="review event")

tm.flow(bot, plan_tool, pr_diff, protocol="local")
tm.flow(secrets, plan_tool, plan_creds, protocol="https")
tm.flow(registry, plan_tool, providers, protocol="https", label="terraform init")
tm.flow(state, plan_tool, tf_state, protocol="https")
tm.flow(plan_tool, aws, cloud_reads, protocol="https", label="refresh")
tm.flow(aws, plan_tool, cloud_reads, protocol="https")
tm.flow(plan_tool, bot, plan_output, protocol="local")

tm.flow(bot, llm, risk_prompt, protocol="https")
tm.flow(llm, bot, risk_summary, protocol="https")
tm.flow(bot, github, risk_summary, protocol="https", label="PR comment")
tm.flow(bot, logs, workflow_logs, plan_output, protocol="https")

tm.flow(bot, apply_tool, apply_request, protocol="local", label="low risk and approved")
tm.flow(secrets, apply_tool, deploy_creds, protocol="https")
tm.flow(registry, apply_tool, providers, protocol="https", label="terraform init")
tm.flow(state, apply_tool, tf_state, protocol="https", label="read state")
tm.flow(apply_tool, aws, infra_changes, protocol="https")
tm.flow(aws, apply_tool, cloud_reads, protocol="https")
tm.flow(apply_tool, state, tf_state, protocol="https", label="write state")
tm.flow(apply_tool, bot, plan_output, protocol="local", label="apply result")
