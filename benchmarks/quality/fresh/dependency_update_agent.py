"""Dependency update agent: the first design, before any security review.

An internal agent that keeps the dependencies of the company's repositories
current. A nightly scheduler starts a run per repository: the agent reads the
lockfiles and manifests from GitHub, fetches release notes and changelogs for
outdated packages from the public package registries and from GitHub release
pages, and asks a hosted LLM whether each upgrade looks safe. For upgrades it
judges safe it edits the manifests, runs the repository's test suite on a
self-hosted CI runner, and opens a pull request that explains its reasoning.
The agent runs in the platform team's Kubernetes cluster and authenticates to
GitHub as a GitHub App whose token (write access to the repositories) it loads
from the company vault. Branch protection means a maintainer must approve every
merge; the agent's steps are capped per run and its runs are logged. The LLM
vendor went through vendor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dependency update agent",
    profile=tg.RiskProfile.HIGH,
    description="Scheduled LLM agent that proposes dependency upgrades as pull requests.",
)

# ---------------------------------------------------------------- data assets
run_trigger = tg.Data("Scheduled run request", sensitivity="internal", kind="instructions")
manifests = tg.Data(
    "Lockfiles and manifests",
    sensitivity="confidential",
    kind="code",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
source_code = tg.Data("Repository source code", sensitivity="confidential", kind="code")
release_notes = tg.Data(
    "Release notes and changelogs",
    sensitivity="public",
    kind="documents",
    description="Written by package maintainers, anyone who publishes a package.",
)
package_query = tg.Data("Package names and versions", sensitivity="internal", kind="records")
packages = tg.Data("Package archives", sensitivity="public", kind="code")
tool_call = tg.Data("Agent tool call", sensitivity="confidential", kind="tool-call")
upgrade_prompt = tg.Data(
    "Upgrade assessment prompt",
    sensitivity="confidential",
    kind="prompt",
    description="Instructions, the manifest diff and the fetched changelogs.",
)
verdict = tg.Data("Upgrade verdict and reasoning", sensitivity="internal", kind="model-output")
manifest_edits = tg.Data("Manifest edits", sensitivity="confidential", kind="code")
test_results = tg.Data("Test results and CI logs", sensitivity="internal", kind="tool-result")
pull_request = tg.Data(
    "Pull request with reasoning",
    sensitivity="confidential",
    kind="code",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
review = tg.Data("Merge approval", sensitivity="internal", kind="records")
app_token = tg.Data(
    "GitHub App token",
    sensitivity="secret",
    kind="credentials",
    description="Installation token with contents and pull-request write on all repositories.",
)
run_log = tg.Data("Agent run log", sensitivity="internal", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # npm, PyPI, Maven Central and friends: where new versions and their metadata come from.
    registries = tm.add(
        tg.ExternalService("Public package registries", provides="package-registry")
    )
    # Release pages and CHANGELOG files of upstream projects on public GitHub.
    upstream_releases = tm.add(
        tg.DataSource(
            "Upstream GitHub release pages",
            origin="public-web",
            provides={release_notes},
        )
    )

with tm.boundary("GitHub Enterprise Cloud", trust=tg.Trust.PARTNER):
    # The company's repositories: the agent reads lockfiles here and opens PRs against them.
    repos = tm.add(
        tg.DataStore(
            "Company repositories",
            stores={manifests, source_code, pull_request},
            controls={c.RBAC(note="branch protection and CODEOWNERS on default branches")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Judges whether an upgrade is safe from the changelog and the diff.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="vendor review; no training on our data")},
        )
    )

with tm.boundary("Platform cluster", trust=tg.Trust.INTERNAL):
    # Cron job that starts one agent run per repository each night.
    scheduler = tm.add(tg.Service("Run scheduler"))
    # The agent loop: plans the upgrades, calls the tools and the LLM, writes the PR text.
    agent = tm.add(
        tg.Agent(
            "Dependency update agent",
            autonomy="supervised",
            controls={
                c.HumanInTheLoop(approver="repository maintainer, at merge"),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Fetches registry metadata, release notes and changelogs for outdated packages.
    fetch_tool = tm.add(tg.Tool("Release notes fetcher", capabilities={"read", "network-egress"}))
    # Clones repositories, edits manifests, pushes a branch and opens the pull request.
    repo_tool = tm.add(tg.Tool("Repository tool", capabilities={"read", "write", "send-messages"}))
    # Keeps each run's steps, prompts and verdicts for debugging.
    log_store = tm.add(tg.DataStore("Run log store", stores={run_log}))

    with tm.boundary("CI runner pool", trust=tg.Trust.INTERNAL):
        # Self-hosted runner: installs the upgraded packages and runs the test suite.
        ci_runner = tm.add(
            tg.Tool("CI test runner", capabilities={"execute-code", "network-egress"})
        )

    with tm.boundary("Secrets vault", trust=tg.Trust.RESTRICTED):
        # Holds the GitHub App private key and issues installation tokens.
        vault = tm.add(
            tg.DataStore(
                "Secrets vault",
                stores={app_token},
                controls={
                    c.SecretsManagement(),
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the agent's pull requests and approves the merge.
    maintainer = tm.add(tg.Actor("Repository maintainer", role="maintainer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(scheduler, agent, run_trigger, label="nightly run")
tm.flow(vault, agent, app_token, protocol="https", label="installation token")
tm.flow(agent, log_store, run_log)

# reading the repositories
tm.flow(agent, repo_tool, tool_call, app_token, protocol="local")
tm.flow(repo_tool, repos, app_token, protocol="https", label="clone")
tm.flow(repos, repo_tool, manifests, protocol="https")
tm.flow(repo_tool, agent, manifests, protocol="local")

# fetching release notes
tm.flow(agent, fetch_tool, tool_call, protocol="local")
tm.flow(fetch_tool, registries, package_query, protocol="https")
tm.flow(registries, fetch_tool, release_notes, protocol="https", label="metadata and changelogs")
tm.flow(upstream_releases, fetch_tool, release_notes, protocol="https")
tm.flow(fetch_tool, agent, release_notes, protocol="local")

# judging the upgrade
tm.flow(agent, llm, upgrade_prompt, protocol="https")
tm.flow(llm, agent, verdict, protocol="https")

# testing the upgrade
tm.flow(agent, ci_runner, manifest_edits, label="test job")
tm.flow(repos, ci_runner, source_code, protocol="https", label="checkout")
tm.flow(registries, ci_runner, packages, protocol="https", label="package install")
tm.flow(ci_runner, agent, test_results)

# proposing the change
tm.flow(agent, repo_tool, manifest_edits, pull_request, protocol="local", label="open PR")
tm.flow(
    repo_tool,
    repos,
    app_token,
    manifest_edits,
    pull_request,
    protocol="https",
    label="push and PR",
)
tm.flow(repos, maintainer, pull_request, protocol="https")
tm.flow(
    maintainer,
    repos,
    review,
    protocol="https",
    controls={c.Authentication(method="GitHub SSO with MFA")},
)
