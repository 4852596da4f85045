"""Secret-scanning remediation agent: the first design, before any security review.

The security team runs a scanner over every repository on the company's hosted
code platform and over archived CI build logs, looking for leaked credentials.
Each finding is stored and handed to an LLM-driven remediation agent, which
reads the surrounding code, looks up the owning service in the service catalog,
opens a pull request that removes the secret, and rotates the key through the
cloud providers' IAM APIs, writing the new key to the secrets vault. Rotations
of production keys wait for a security engineer's approval in the remediation
console; other keys are rotated straight away. Service owners review and merge
the pull requests. Controls: TLS on every external call, SSO on the console,
a GitHub App identity for the repository tool, the agent's cloud credentials
kept in the vault, encrypted findings, and an audit log of agent actions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Secret scanning remediation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Finds leaked credentials in code and CI logs, removes them by pull "
    "request and rotates them through cloud provider APIs.",
)

# ---------------------------------------------------------------- data assets
source_code = tg.Data("Source code", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ci_logs = tg.Data(
    "CI build logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Build and test output; sometimes prints environment variables and tokens.",
)
leaked_secret = tg.Data(
    "Leaked secret",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The credential value matched by the scanner.",
)
finding = tg.Data(
    "Secret finding",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    description="Repository, file, line or log location, secret type and the matched value.",
)
finding_context = tg.Data(
    "Finding context prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.SECRET,
    description="Code excerpt around the leak (including the leaked line), commit metadata "
    "and ownership data, sent to the LLM.",
)
plan = tg.Data("Remediation plan", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ownership = tg.Data(
    "Service ownership record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which service, team and cloud account a repository or key belongs to.",
)
patch = tg.Data("Secret-removal pull request", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)
pr_feedback = tg.Data(
    "Pull request reviews and comments", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
repo_call = tg.Data(
    "Repository tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
repo_result = tg.Data(
    "Repository tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rotation_call = tg.Data(
    "Key rotation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Cloud account, key id, create new key / disable old key.",
)
rotation_result = tg.Data(
    "Rotation result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
new_key = tg.Data(
    "Rotated credential",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
agent_cloud_creds = tg.Data(
    "Agent cloud credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="IAM credentials the rotation tool uses in each cloud account.",
)
approval_request = tg.Data(
    "Rotation approval request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Rotation approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Code hosting SaaS", trust=tg.Trust.PARTNER):
    # The hosted code platform holding every repository; the agent reads it and opens PRs there.
    code_host = tm.add(
        tg.ExternalService(
            "Source code host",
            description="Hosted Git platform (enterprise cloud plan) with all company repositories.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reasons about each finding and drafts the fix.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
            controls={c.SupplierAssessment(note="enterprise terms with zero data retention")},
        )
    )

with tm.boundary("Cloud providers", trust=tg.Trust.PARTNER):
    # IAM APIs of the public clouds where the leaked keys live.
    cloud_iam = tm.add(
        tg.ExternalService(
            "Cloud provider IAM APIs",
            description="AWS, GCP and Azure key management endpoints across all accounts.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves production rotations and triages findings the agent cannot place.
    sec_engineer = tm.add(tg.Actor("Security engineer", role="security engineer", privileged=True))
    # Service owners who review and merge the secret-removal pull requests.
    developer = tm.add(tg.Actor("Service owner", role="developer"))
    # Developer portal catalog mapping repositories to services, teams and cloud accounts.
    catalog = tm.add(tg.DataStore("Service catalog", stores={ownership}))

with tm.boundary("Build infrastructure", trust=tg.Trust.INTERNAL):
    # Archive of CI job logs, the second place secrets leak into.
    ci_archive = tm.add(tg.DataStore("CI log archive", stores={ci_logs}))

with tm.boundary("Security tooling cluster", trust=tg.Trust.INTERNAL):
    # Pattern and entropy scanner run on every push and nightly over all logs.
    scanner = tm.add(
        tg.Pipeline(
            "Secret scanner",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Open-source detector rules plus our own patterns.",
        )
    )
    # Findings queue and history, including the matched values for verification.
    findings_db = tm.add(
        tg.DataStore(
            "Findings database",
            stores={finding},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM-driven agent that plans and carries out each remediation.
    agent = tm.add(
        tg.Agent(
            "Remediation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="security engineer",
                    above="non-production keys (production key rotations wait for approval)",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads repository files and opens branches and pull requests.
    repo_tool = tm.add(
        tg.Tool(
            "Repository tool",
            capabilities={"read", "write"},
            controls={c.Authentication(method="GitHub App installation token")},
        )
    )
    # Creates the new key, disables the old one and stores the new one in the vault.
    rotation_tool = tm.add(
        tg.Tool(
            "Key rotation tool",
            capabilities={"read", "write", "delete", "network-egress"},
            controls={c.SecretsManagement(note="its cloud credentials are read from the vault")},
        )
    )
    # Web UI where security engineers see pending rotations and approve them.
    console = tm.add(
        tg.Endpoint(
            "Remediation console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Where the agent's steps and tool calls are recorded.
    action_store = tm.add(tg.DataStore("Agent action log", stores={action_log}))

    with tm.boundary("Secrets vault", trust=tg.Trust.RESTRICTED):
        # Central vault the services read their credentials from.
        vault = tm.add(
            tg.DataStore(
                "Secrets vault",
                stores={new_key, agent_cloud_creds},
                controls={
                    c.EncryptionAtRest(key_management="HSM-backed"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=365),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Scanning
tm.flow(code_host, scanner, source_code, protocol="https", label="clone and push webhooks")
tm.flow(ci_archive, scanner, ci_logs, protocol="https")
tm.flow(scanner, findings_db, finding, leaked_secret)
tm.flow(findings_db, agent, finding, leaked_secret)
tm.flow(agent, findings_db, finding, label="status update")

# Working out the owner and the fix
tm.flow(catalog, agent, ownership, protocol="https")
tm.flow(agent, repo_tool, repo_call)
tm.flow(repo_tool, code_host, repo_call, protocol="https")
tm.flow(code_host, repo_tool, source_code, pr_feedback, protocol="https")
tm.flow(repo_tool, agent, repo_result, source_code, pr_feedback)
tm.flow(agent, llm, finding_context, protocol="https")
tm.flow(llm, agent, plan, protocol="https")

# Pull request
tm.flow(agent, repo_tool, patch, label="open pull request")
tm.flow(repo_tool, code_host, patch, protocol="https", label="push branch and open PR")
tm.flow(code_host, developer, patch, protocol="https")
tm.flow(developer, code_host, pr_feedback, protocol="https", label="review and merge")

# Approval of production rotations
tm.flow(agent, console, approval_request)
tm.flow(console, sec_engineer, approval_request, protocol="https")
tm.flow(sec_engineer, console, approval, protocol="https")
tm.flow(console, agent, approval)

# Rotation
tm.flow(agent, rotation_tool, rotation_call)
tm.flow(vault, rotation_tool, agent_cloud_creds, protocol="https")
tm.flow(rotation_tool, cloud_iam, rotation_call, agent_cloud_creds, protocol="https")
tm.flow(cloud_iam, rotation_tool, new_key, rotation_result, protocol="https")
tm.flow(rotation_tool, vault, new_key, protocol="https")
tm.flow(rotation_tool, agent, rotation_result)

# Record keeping
tm.flow(agent, action_store, action_log)
tm.flow(action_store, sec_engineer, action_log, protocol="https", label="investigation")
