"""PR security review bot: the first design, before any security review.

An LLM reviews every pull request in the company's GitHub organisation for
leaked secrets and likely vulnerabilities, including PRs that outside
contributors open from forks of our public repositories. A reusable GitHub
Actions workflow, triggered on pull_request_target so that it has its secrets
for fork PRs too, checks out the PR head, and sends the diff, the surrounding
files and the reviewer instructions kept in the bot's config repository to a
hosted LLM (vendor reviewed, zero data retention). It parses the JSON findings,
posts them as review comments and sets a required status check that fails on
high-severity findings and blocks the merge. The workflow's token is scoped to
pull-requests: write and statuses: write; the LLM API key is an Actions secret.
Merges still need an approving review from a code owner.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "PR security review bot",
    profile=tg.RiskProfile.HIGH,
    description="LLM review of pull requests for secrets and vulnerabilities, with a merge-blocking check.",
)

# ---------------------------------------------------------------- data assets
pr_diff = tg.Data(
    "Pull request diff",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Title, description and diff; written by anyone for fork PRs.",
)
source_files = tg.Data(
    "Surrounding source files",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Files touched by the PR and their neighbours, from the PR head.",
)
instructions = tg.Data(
    "Reviewer instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, secret patterns and severity policy.",
)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions plus the diff and surrounding files.",
)
findings = tg.Data(
    "LLM findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="JSON list of suspected secrets and vulnerabilities with severity.",
)
review_comment = tg.Data(
    "Review comment", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
commit_status = tg.Data(
    "Commit status",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
api_response = tg.Data(
    "GitHub API response", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
workflow_token = tg.Data(
    "Workflow token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="GITHUB_TOKEN with pull-requests: write and statuses: write.",
)
llm_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
run_logs = tg.Data(
    "Workflow run logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Step output, including the bot's parsed findings.",
)
merge_request = tg.Data("Merge request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a GitHub account can fork a public repository and open a PR.
    contributor = tm.add(tg.Actor("External contributor", role="open-source contributor"))
    # The fork's head branch: its content is whatever the contributor pushed.
    fork = tm.add(
        tg.DataSource(
            "Fork pull request",
            origin=tg.Origin.USER_UPLOAD,
            provides={pr_diff, source_files},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the actual review.
    llm = tm.add(
        tg.LLM(
            "Hosted review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA with zero data retention")},
        )
    )

with tm.boundary("GitHub organisation", trust=tg.Trust.PARTNER):
    # Our repositories, pull requests and review threads on github.com.
    repos = tm.add(
        tg.DataStore(
            "Organisation repositories",
            stores={pr_diff, source_files},
            controls={c.Authentication(method="SAML SSO with 2FA"), c.RBAC()},
        )
    )
    # Holds the bot's workflow and reviewer instructions; CODEOWNERS is the security team.
    config_repo = tm.add(
        tg.DataStore("Bot config repository", stores={instructions}, controls={c.RBAC()})
    )
    # Actions secrets for the LLM API key; GitHub issues the workflow token per run.
    secrets = tm.add(
        tg.DataStore(
            "Actions secrets", stores={llm_key, workflow_token}, controls={c.SecretsManagement()}
        )
    )
    # Actions run logs; for public repositories anyone can read them.
    logs = tm.add(tg.DataStore("Actions run logs", stores={run_logs}))
    # The GitHub API calls the bot makes with the workflow token.
    comments_api = tm.add(
        tg.Tool(
            "Review comments API",
            capabilities={"write", "send-messages"},
            origin=tg.ToolOrigin.THIRD_PARTY,
            controls={c.LeastPrivilegeTools(note="token limited to pull-requests: write")},
        )
    )
    status_api = tm.add(
        tg.Tool(
            "Commit status API",
            capabilities={"write"},
            origin=tg.ToolOrigin.THIRD_PARTY,
            controls={c.LeastPrivilegeTools(note="token limited to statuses: write")},
        )
    )
    # Branch protection: the bot's check is required, and so is a code owner's approval.
    merge_gate = tm.add(
        tg.Service(
            "Branch protection",
            controls={c.HumanInTheLoop(approver="code owner review")},
        )
    )

    with tm.boundary("GitHub-hosted runner", trust=tg.Trust.PARTNER):
        # The review job itself, on an ephemeral runner VM.
        bot = tm.add(
            tg.Service(
                "Review bot workflow",
                description="pull_request_target job: checkout, prompt, call the LLM, post results.",
                controls={
                    c.OutputFiltering(note="response must parse as the findings JSON schema")
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Employees author PRs, read the bot's comments and merge.
    developer = tm.add(tg.Actor("Developer", role="engineer"))
    # Owns the bot: tunes the instructions and the severity policy.
    security_engineer = tm.add(
        tg.Actor("Security engineer", role="application security", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(contributor, fork, pr_diff, source_files, protocol="https", label="pushes to fork")
tm.flow(fork, repos, pr_diff, protocol="https", label="opens pull request")
tm.flow(developer, repos, pr_diff, protocol="https")
tm.flow(repos, developer, review_comment, protocol="https")
tm.flow(repos, contributor, review_comment, protocol="https")

tm.flow(
    repos,
    bot,
    pr_diff,
    source_files,
    protocol="https",
    label="pull_request_target event, base files",
)
tm.flow(fork, bot, source_files, protocol="https", label="checks out PR head")
tm.flow(config_repo, bot, instructions, protocol="https")
tm.flow(secrets, bot, llm_key, workflow_token)
tm.flow(security_engineer, config_repo, instructions, protocol="https")

tm.flow(bot, llm, review_prompt, llm_key, protocol="https")
tm.flow(llm, bot, findings, protocol="https")

tm.flow(bot, comments_api, review_comment, workflow_token, protocol="https")
tm.flow(comments_api, bot, api_response, protocol="https")
tm.flow(bot, status_api, commit_status, workflow_token, protocol="https")
tm.flow(status_api, bot, api_response, protocol="https")
tm.flow(comments_api, repos, review_comment, label="posted on the PR")
tm.flow(status_api, merge_gate, commit_status, label="required check")

tm.flow(developer, merge_gate, merge_request, protocol="https")
tm.flow(merge_gate, repos, merge_request, label="merge when checks and approval pass")

tm.flow(bot, logs, run_logs)
tm.flow(logs, contributor, run_logs, protocol="https", label="public repositories")
tm.flow(logs, developer, run_logs, protocol="https")
