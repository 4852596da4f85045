"""GitHub issue autofix agent: the first design, before any security review.

An open-source project runs a coding agent that works on GitHub issues. When a
maintainer puts the "autofix" label on an issue, GitHub sends a signed webhook to
a small service in the project's cloud account. The agent reads the repository and
the whole issue thread (anyone with a GitHub account can comment), asks a hosted
LLM for a plan and a patch, and runs the project's test suite on the patch in an
ephemeral CI runner, which installs dependencies from the public package registry.
When the tests pass, a pull-request tool mints a GitHub App installation token
from the App's private key in the secrets vault, pushes a branch, opens a pull
request and comments on the issue. Maintainers review and merge pull requests;
branch protection on main requires a maintainer's approval. The GitHub App is
scoped to the one repository, the agent loop is capped, and every run is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "GitHub issue autofix agent",
    profile=tg.RiskProfile.HIGH,
    description="A coding agent that turns labelled GitHub issues into tested pull requests.",
)

# ---------------------------------------------------------------- data assets
issue_thread = tg.Data(
    "Issue thread and comments",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Issue title, body and every comment, from the reporter and anyone else.",
)
label_event = tg.Data("Issue labelled event", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
source_code = tg.Data(
    "Repository source code",
    kind="code",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, the issue thread, relevant files and earlier tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
patch = tg.Data(
    "Generated patch",
    kind="code",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
test_results = tg.Data("Test results", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
packages = tg.Data("Third-party packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
pull_request = tg.Data(
    "Pull request and issue comment", kind="code", sensitivity=tg.Sensitivity.PUBLIC
)
app_key = tg.Data("GitHub App private key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
app_token = tg.Data(
    "GitHub App installation token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
llm_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
review = tg.Data("Review and merge decision", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a GitHub account can open issues and comment on them.
    commenter = tm.add(tg.Actor("Issue reporter or commenter", role="community member"))
    # PyPI / npm: the test suite installs the project's dependencies on every run.
    registry = tm.add(
        tg.ExternalService("Public package registry", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("Maintainer devices", trust=tg.Trust.PARTNER):
    # Volunteers with write access: they label issues and review and merge pull requests.
    maintainer = tm.add(tg.Actor("Maintainer", role="maintainer", privileged=True))

with tm.boundary("GitHub.com", trust=tg.Trust.PARTNER):
    # Where issues and comments come from; also sends the label webhooks.
    issues = tm.add(
        tg.DataSource(
            "GitHub issue tracker",
            origin=tg.Origin.USER_UPLOAD,
            provides={issue_thread, label_event},
            description="Issues and comments of the project's public repository.",
        )
    )
    # The code the agent reads and the pull requests it opens; main is branch-protected.
    repo = tm.add(
        tg.DataStore(
            "Project repository",
            stores={source_code, pull_request},
            controls={
                c.HumanInTheLoop(
                    approver="a maintainer", note="branch protection: one approving review on main"
                )
            },
        )
    )

with tm.boundary("Autofix service", trust=tg.Trust.INTERNAL):
    # Receives the "issue labelled" webhook; checks GitHub's HMAC signature.
    webhook = tm.add(
        tg.Endpoint(
            "Webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.MessageIntegrity(note="X-Hub-Signature-256 with the webhook secret")},
        )
    )
    # Plans the fix, calls the tools and the LLM; nobody approves its steps.
    agent = tm.add(
        tg.Agent(
            "Autofix agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40, note="and a 30-minute wall-clock limit")},
        )
    )
    # Reads files and the issue thread through the GitHub API.
    reader = tm.add(tg.Tool("Repository reader", capabilities={"read"}))
    # Pushes a branch, opens the pull request and comments on the issue.
    pr_tool = tm.add(
        tg.Tool(
            "Pull request tool",
            capabilities={"write", "send-messages"},
            controls={
                c.LeastPrivilegeTools(
                    note="GitHub App installed on this repository only: contents, "
                    "pull requests and issues write"
                )
            },
        )
    )
    # Holds the GitHub App private key and the LLM API key.
    vault = tm.add(
        tg.DataStore("Secrets vault", stores={app_key, llm_key}, controls={c.SecretsManagement()})
    )
    # One record per run: issue, prompts, tool calls, outcome.
    logs = tm.add(
        tg.DataStore(
            "Run log store", stores={run_log}, controls={c.AuditLogging(retention_days=90)}
        )
    )

with tm.boundary("Ephemeral CI runner", trust=tg.Trust.INTERNAL):
    # Applies the patch and runs the test suite in a throwaway VM per run.
    tests = tm.add(
        tg.Tool(
            "Test runner",
            capabilities={"read", "execute-code", "network-egress"},
            controls={
                c.Sandboxing(note="fresh VM per run, destroyed afterwards; outbound network open")
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted frontier model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted coding LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

# ---------------------------------------------------------------- flows
tm.flow(commenter, issues, issue_thread, protocol="https", label="opens issues, comments")
tm.flow(maintainer, issues, label_event, protocol="https", label="adds the autofix label")
tm.flow(issues, webhook, label_event, protocol="https", label="webhook")
tm.flow(webhook, agent, label_event)

tm.flow(agent, reader, tool_call)
tm.flow(issues, reader, issue_thread, protocol="https", label="GitHub API")
tm.flow(repo, reader, source_code, protocol="https", label="GitHub API")
tm.flow(reader, agent, issue_thread, source_code, tool_result)

tm.flow(vault, agent, llm_key)
tm.flow(agent, llm, prompt, llm_key, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, tests, patch, tool_call, protocol="https", label="dispatches a CI job")
tm.flow(repo, tests, source_code, protocol="https", label="clone")
tm.flow(registry, tests, packages, protocol="https", label="dependency install")
tm.flow(tests, agent, test_results, protocol="https")

tm.flow(agent, pr_tool, patch, tool_call)
tm.flow(vault, pr_tool, app_key)
tm.flow(pr_tool, repo, pull_request, app_token, protocol="https", label="push branch, open PR")
tm.flow(pr_tool, issues, pull_request, app_token, protocol="https", label="comment on issue")
tm.flow(pr_tool, agent, tool_result)

tm.flow(agent, logs, run_log)

tm.flow(repo, maintainer, pull_request, protocol="https", label="review")
tm.flow(maintainer, repo, review, protocol="https", label="approve and merge")
