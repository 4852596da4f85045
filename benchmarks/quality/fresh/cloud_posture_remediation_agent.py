"""Cloud posture remediation agent: the first design, before any security review.

The platform team runs an agent on a nightly schedule in the platform tooling
account. Through a read-only audit role it lists the configuration of every
company cloud account (IAM policies, security groups, bucket policies, tags,
function settings) and compares it with the security baseline kept in an internal
repository. For each drift it asks a hosted LLM to write a Terraform fix and a
short explanation, then opens a pull request against the infrastructure-as-code
repository on the hosted source-control service. A platform engineer reviews the
pull request (branch protection requires one approval) and merges it; the
self-hosted CI runner then plans and applies the change with its deploy role,
pulling Terraform providers from the public registry. Drift findings and agent
runs are recorded in a findings store. The company is SOC 2 audited and
production change management is in scope.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cloud posture remediation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Finds drift from the cloud security baseline and proposes IaC fixes as pull requests.",
)

# ---------------------------------------------------------------- data assets
scan_request = tg.Data(
    "Inventory request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which accounts, regions and resource types to describe.",
)
cloud_config = tg.Data(
    "Cloud resource configuration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="IAM policies, network rules, bucket policies, tags and function "
    "environment settings as returned by the cloud APIs.",
)
baseline = tg.Data(
    "Security baseline",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The company's baseline rules, derived from the CIS benchmarks.",
)
prompt = tg.Data(
    "Drift analysis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the baseline rule, the drifted resource's configuration "
    "and the Terraform files that declare it.",
)
proposal = tg.Data(
    "Proposed fix and explanation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A Terraform patch and a plain-language explanation of the drift.",
)
pr_request = tg.Data(
    "Pull request call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Branch name, patch, title and description for the pull request.",
)
iac_code = tg.Data(
    "Infrastructure-as-code",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
pull_request = tg.Data(
    "Remediation pull request",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approval = tg.Data("Review approval and merge", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
findings = tg.Data("Drift findings", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tf_state = tg.Data(
    "Terraform state",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Full resource attributes, including generated passwords and keys.",
)
providers = tg.Data(
    "Terraform providers and modules", kind="code", sensitivity=tg.Sensitivity.PUBLIC
)
changes = tg.Data(
    "Infrastructure changes",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Create, update and delete calls made by terraform apply.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public Terraform registry: the CI runner downloads providers and modules at plan time.
    tf_registry = tm.add(
        tg.ExternalService("Terraform registry", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reasons about the drift and writes the Terraform patch.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API, called with an API key.",
        )
    )

with tm.boundary("Source-control SaaS", trust=tg.Trust.PARTNER):
    # Where every infrastructure change is proposed, reviewed and merged.
    iac_repo = tm.add(
        tg.DataStore(
            "IaC repository",
            stores={iac_code, pull_request},
            description="Terraform for all accounts; main is protected and needs one approval.",
            controls={
                c.HumanInTheLoop(approver="platform engineer"),
                c.Authentication(method="company SSO"),
            },
        )
    )

with tm.boundary("Company cloud accounts", trust=tg.Trust.INTERNAL):
    # The production and staging accounts being scanned and changed.
    cloud = tm.add(
        tg.Service(
            "Cloud account control plane",
            description="The provider's management APIs for every company account.",
        )
    )

with tm.boundary("Platform tooling account", trust=tg.Trust.INTERNAL):
    # The agent: plans the scan, compares against the baseline, drafts fixes, opens PRs.
    agent = tm.add(
        tg.Agent(
            "Posture remediation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs nightly; every change it proposes goes through a reviewed PR.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Tool that describes cloud resources through the read-only audit role.
    inventory_tool = tm.add(
        tg.Tool(
            "Cloud inventory tool",
            capabilities={"read"},
            description="Assumes the read-only audit role in each account.",
            controls={c.LeastPrivilegeTools(note="read-only audit role, no data-plane reads")},
        )
    )
    # Tool that reads repository files and opens branches and pull requests.
    pr_tool = tm.add(
        tg.Tool(
            "Pull request tool",
            capabilities={"read", "write"},
            description="A GitHub App with contents and pull-request write on the IaC repository.",
            controls={c.SecretsManagement(note="app private key in the cloud secrets manager")},
        )
    )
    # The baseline the agent compares against, maintained by the security team.
    baseline_store = tm.add(tg.DataStore("Baseline repository", stores={baseline}))
    # History of drifts found and of what each agent run did.
    findings_store = tm.add(tg.DataStore("Findings store", stores={findings, run_log}))
    # Self-hosted CI runner that plans and applies merged Terraform.
    ci = tm.add(
        tg.Pipeline(
            "CI apply pipeline",
            stage=tg.Stage.DEPLOYMENT,
            third_party_packages=True,
            description="Runs terraform plan and apply on merge to main with the deploy role.",
            controls={c.Authentication(method="OIDC federation to the deploy role")},
        )
    )
    # Remote Terraform state for all accounts.
    state_store = tm.add(
        tg.DataStore(
            "Terraform state bucket",
            stores={tf_state},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews and merges the agent's pull requests; owns the platform.
    engineer = tm.add(tg.Actor("Platform engineer", role="platform engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Scan
tm.flow(agent, inventory_tool, scan_request)
tm.flow(inventory_tool, cloud, scan_request, protocol="https", label="describe / list calls")
tm.flow(cloud, inventory_tool, cloud_config, protocol="https")
tm.flow(inventory_tool, agent, cloud_config)
tm.flow(baseline_store, agent, baseline)

# Draft the fix
tm.flow(agent, pr_tool, pr_request, label="read files, open PR")
tm.flow(pr_tool, iac_repo, pull_request, protocol="https")
tm.flow(iac_repo, pr_tool, iac_code, protocol="https")
tm.flow(pr_tool, agent, iac_code, label="current Terraform")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, proposal, protocol="https")
tm.flow(agent, findings_store, findings, run_log)

# Review and apply
tm.flow(iac_repo, engineer, pull_request, protocol="https", label="review diff")
tm.flow(engineer, iac_repo, approval, protocol="https", label="approve and merge")
tm.flow(findings_store, engineer, findings, label="drift dashboard")
tm.flow(iac_repo, ci, iac_code, protocol="https", label="merge to main")
tm.flow(tf_registry, ci, providers, protocol="https")
tm.flow(state_store, ci, tf_state, protocol="https")
tm.flow(ci, state_store, tf_state, protocol="https")
tm.flow(ci, cloud, changes, protocol="https", label="terraform apply")
