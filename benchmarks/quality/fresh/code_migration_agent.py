"""Code migration agent: the first design, before any security review.

An internal agent that moves services in the company monorepo to a new version
of our application framework. An engineer files a migration ticket naming a
service; the agent picks it up, reads the service's code from the monorepo and
the framework's public release notes, and asks a commercial LLM API to plan and
write the changes. It edits files in a working copy on the migration runner,
runs the service's test suite in a CI sandbox (which installs dependencies from
the public package registry), and when the tests pass it pushes a branch and
opens a pull request with a bot account that has write access to the
repositories. Code owners review and merge every PR; the agent cannot merge.
The bot token is kept in the secrets manager, the agent has a step budget per
ticket, tests run in the CI sandbox, and the LLM vendor went through procurement
review. Agent transcripts are kept in a run log store for debugging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Code migration agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent that migrates monorepo services to a new framework version and opens PRs.",
)

# ---------------------------------------------------------------- data assets
ticket = tg.Data(
    "Migration ticket",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Names the service and the target framework version; free text from the filer.",
)
ticket_status = tg.Data("Ticket status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
source_code = tg.Data(
    "Service source code",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
release_notes = tg.Data(
    "Framework release notes", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ticket text, relevant source files, release notes and prior test output.",
)
plan = tg.Data(
    "Migration plan and patch", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
file_request = tg.Data("File read request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
edits = tg.Data(
    "File edits",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
test_run = tg.Data("Test run request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
packages = tg.Data(
    "Third-party packages",
    kind="code",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
dependency_request = tg.Data(
    "Dependency request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
test_results = tg.Data("Test results", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
pr_request = tg.Data(
    "Pull request contents",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Branch name, diff, title and description written by the agent.",
)
bot_token = tg.Data(
    "Bot account token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Write access to every repository the bot is a member of.",
)
pr_link = tg.Data("Pull request link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
review = tg.Data("Code review and merge", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_logs = tg.Data("Agent run transcripts", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The framework's upgrade guides and changelogs, which the agent reads while planning.
    framework_docs = tm.add(
        tg.DataSource(
            "Framework release notes site",
            origin=tg.Origin.PUBLIC_WEB,
            provides={release_notes},
        )
    )
    # The CI sandbox resolves the new framework version and its dependencies here.
    registry = tm.add(
        tg.ExternalService("Public package registry", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the migration and writes the patches; reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Commercial LLM API",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, no training on our inputs")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Files migration tickets and reviews and merges the resulting PRs.
    engineer = tm.add(tg.Actor("Engineer", role="service owner"))
    # Where migration requests are filed and tracked; any employee can file one.
    tracker = tm.add(
        tg.Service("Ticket tracker", controls={c.Authentication(method="corporate SSO")})
    )
    # The monorepo hosting: source of truth for every service, where PRs are opened.
    monorepo = tm.add(
        tg.DataStore(
            "Monorepo",
            stores={source_code},
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="code owner review required before merge"),
            },
        )
    )

with tm.boundary("Migration platform", trust=tg.Trust.INTERNAL):
    # The orchestrating agent: picks up tickets, plans with the LLM, drives the tools.
    agent = tm.add(
        tg.Agent(
            "Migration agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=60, note="step budget per ticket"),
                c.HumanInTheLoop(approver="code owners review and merge each PR"),
            },
        )
    )
    # Reads files from the monorepo for the service named in the ticket.
    repo_reader = tm.add(tg.Tool("Repository reader", capabilities={"read"}))
    # Applies the LLM's patches to the working copy.
    file_editor = tm.add(tg.Tool("File editor", capabilities={"read", "write"}))
    # The checked-out branch the agent edits before tests and PR.
    workspace = tm.add(tg.DataStore("Agent working copy", stores={source_code, edits}))
    # Pushes the branch and opens the PR as the bot account.
    pr_tool = tm.add(
        tg.Tool(
            "Pull request tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="bot token fetched from the secrets manager")},
        )
    )
    # Keeps every prompt, completion and tool call of a run, for debugging failed migrations.
    log_store = tm.add(tg.DataStore("Run log store", stores={run_logs}))

with tm.boundary("CI sandbox", trust=tg.Trust.INTERNAL):
    # Builds the working copy and runs the service's test suite in an ephemeral container.
    ci_runner = tm.add(
        tg.Tool(
            "CI test runner",
            capabilities={"execute-code", "network-egress"},
            controls={c.Sandboxing(note="ephemeral CI container per run")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(engineer, tracker, ticket, protocol="https")
tm.flow(tracker, agent, ticket, protocol="https", label="ticket webhook")
tm.flow(agent, tracker, ticket_status, pr_link, protocol="https")

tm.flow(agent, repo_reader, file_request, protocol="local")
tm.flow(repo_reader, monorepo, file_request, protocol="https")
tm.flow(monorepo, repo_reader, source_code, protocol="https")
tm.flow(repo_reader, agent, source_code, protocol="local")
tm.flow(framework_docs, agent, release_notes, protocol="https")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, plan, protocol="https")

tm.flow(monorepo, workspace, source_code, protocol="https", label="git clone")
tm.flow(agent, file_editor, edits, protocol="local")
tm.flow(file_editor, workspace, edits, protocol="local")
tm.flow(workspace, file_editor, source_code, protocol="local")

tm.flow(agent, ci_runner, test_run, protocol="https")
tm.flow(workspace, ci_runner, source_code, edits, protocol="https")
tm.flow(ci_runner, registry, dependency_request, protocol="https")
tm.flow(registry, ci_runner, packages, protocol="https")
tm.flow(ci_runner, agent, test_results, protocol="https")

tm.flow(agent, pr_tool, pr_request, protocol="local")
tm.flow(workspace, pr_tool, edits, protocol="local")
tm.flow(
    pr_tool, monorepo, edits, pr_request, bot_token, protocol="https", label="push branch, open PR"
)
tm.flow(monorepo, pr_tool, pr_link, protocol="https")
tm.flow(pr_tool, agent, pr_link, protocol="local")

tm.flow(monorepo, engineer, pr_request, protocol="https", label="PR for review")
tm.flow(engineer, monorepo, review, protocol="https", label="review and merge")

tm.flow(agent, log_store, run_logs)
