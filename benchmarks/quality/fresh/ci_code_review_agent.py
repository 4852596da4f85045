"""CI code-review agent: the first design, before any security review.

Every pull request to our repositories, including our open-source ones where anyone
can open a PR from a fork, triggers a CI workflow on a GitHub-hosted runner. The
workflow starts a review agent that reads the PR diff and the surrounding repository
files, sends them to a hosted LLM, and posts review comments on the PR. For small,
mechanical issues (lint, typos, missing imports) it pushes a fix-up commit to the PR
branch using a repository token. The workflow runs with the repository's CI secrets
in the runner environment (the LLM API key, the repository token, deploy and
package-publishing credentials), so that fork PRs get reviewed too. Maintainers read
the comments and merge. Controls: secrets kept in the platform's encrypted secret
store, a step limit on the agent loop, HTTPS to the LLM and to GitHub, a vendor
review of the LLM provider, and branch protection with an audit log on the repository.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "CI code-review agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM review agent in CI that comments on and fixes up every pull request.",
)

# ---------------------------------------------------------------- data assets
pr_diff = tg.Data(
    "Pull request diff",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Changed files, PR title and description, written by the PR author.",
)
repo_code = tg.Data(
    "Repository source",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Public for open-source repositories, proprietary for the others.",
)
review_config = tg.Data(
    "Review instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Review prompt and .review-agent.yml read from the checked-out branch.",
)
prompt = tg.Data("Review prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
completion = tg.Data(
    "LLM review output",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Review comments and proposed patches, as text and tool calls.",
)
tool_call = tg.Data("Tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result")
comments = tg.Data("Review comments", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
fixup = tg.Data(
    "Fix-up commit",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
ci_secrets = tg.Data(
    "CI secrets",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="LLM API key, repository token with contents:write, deploy and publish tokens.",
)
run_logs = tg.Data("CI run logs", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
pr_event = tg.Data("Pull request event", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a GitHub account can open a PR from a fork of an open-source repo.
    contributor = tm.add(tg.Actor("Outside contributor", role="external contributor"))

with tm.boundary("GitHub", trust=tg.Trust.PARTNER):
    # Hosts the code, the PRs and the review comments; source of truth for merges.
    repo = tm.add(
        tg.DataStore(
            "Code repository",
            stores={repo_code, pr_diff, comments, review_config},
            controls={
                c.RBAC(note="branch protection: only maintainers merge to main"),
                c.AuditLogging(note="organisation audit log"),
            },
        )
    )
    # Encrypted secret store that injects secrets into the runner as env variables.
    secret_store = tm.add(
        tg.DataStore(
            "Actions secrets",
            stores={ci_secrets},
            controls={c.SecretsManagement(note="GitHub encrypted secrets")},
        )
    )
    # Keeps each workflow run's output, visible to anyone on public repositories.
    log_store = tm.add(tg.DataStore("CI run logs", stores={run_logs}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the code and writes the review.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on inputs")},
        )
    )

with tm.boundary("CI runner", trust=tg.Trust.INTERNAL):
    # The workflow job: checks out the PR, loads secrets, starts the agent.
    workflow = tm.add(
        tg.Service(
            "Review workflow",
            description="Runs on pull_request_target so that fork PRs get secrets too.",
        )
    )
    # The review agent loop: gathers context, calls the LLM, uses its tools.
    agent = tm.add(
        tg.Agent(
            "Code review agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads files from the checked-out working tree (beyond the diff) for context.
    reader = tm.add(tg.Tool("Repository reader", capabilities={"read"}))
    # Posts review comments on the PR through the GitHub API.
    commenter = tm.add(tg.Tool("PR comment tool", capabilities={"send-messages", "write"}))
    # Commits and pushes small fixes to the PR branch with the repository token.
    pusher = tm.add(tg.Tool("Fix-up commit tool", capabilities={"write"}))

with tm.boundary("Company network", trust=tg.Trust.INTERNAL):
    # Reviews the agent's comments and fix-ups, and decides whether to merge.
    maintainer = tm.add(tg.Actor("Maintainer", role="maintainer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(contributor, repo, pr_diff, protocol="https", label="opens PR from fork")
tm.flow(
    repo,
    workflow,
    pr_event,
    pr_diff,
    repo_code,
    review_config,
    protocol="https",
    label="trigger and checkout",
)
tm.flow(secret_store, workflow, ci_secrets, label="env variables")
tm.flow(workflow, agent, pr_diff, review_config, ci_secrets)
tm.flow(workflow, log_store, run_logs, protocol="https")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, reader, tool_call)
tm.flow(reader, agent, tool_result, repo_code)

tm.flow(agent, commenter, tool_call, comments)
tm.flow(commenter, repo, comments, protocol="https")
tm.flow(repo, commenter, tool_result, protocol="https")
tm.flow(commenter, agent, tool_result)

tm.flow(agent, pusher, tool_call, fixup)
tm.flow(pusher, repo, fixup, protocol="https", label="git push to PR branch")
tm.flow(repo, pusher, tool_result, protocol="https")
tm.flow(pusher, agent, tool_result)

tm.flow(repo, contributor, comments, fixup, protocol="https")
tm.flow(repo, maintainer, pr_diff, comments, fixup, protocol="https")
tm.flow(maintainer, repo, comments, protocol="https", label="review and merge")
