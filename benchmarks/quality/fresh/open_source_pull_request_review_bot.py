"""Open-source pull request review bot: the first design, before any security review.

The project's own GitHub App reviews every pull request, first-time contributors'
included: GitHub sends a webhook to a small service on our cloud function, and a
review agent reads the diff and PR text through the GitHub API, asks a hosted LLM
for a review, then posts comments, adds labels and can dispatch the CI workflow
on the PR head. Its installation token writes to contents, PRs, issues and actions.
Maintainers still review and merge by hand; a release tag makes the CI pipeline
build the package and publish it to the package registry with an API token kept
in the repository's Actions secrets.
Controls: verified webhook signatures, the app key in the cloud secret manager,
branch protection and org-wide 2FA, GitHub's approval of first-time contributors'
workflow runs, and a step cap and run log on the agent.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Open-source pull request review bot",
    profile=tg.RiskProfile.HIGH,
    description="A GitHub App that reviews every pull request with a hosted LLM and "
    "can comment, label and start CI on the project's repository.",
)

# ---------------------------------------------------------------- data assets
pull_request = tg.Data(
    "Pull request diff and description",
    kind="code",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Code changes, commit messages and PR text written by any GitHub user.",
)
pr_event = tg.Data("Pull request webhook event", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
review_job = tg.Data("Review job", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The bot's system prompt, the diff, the PR description and touched files.",
)
llm_review = tg.Data(
    "LLM review completion", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC
)
repo_query = tg.Data("Repository read call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
repo_content = tg.Data(
    "Diff and file contents", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
comment_call = tg.Data(
    "Post review comment call", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC
)
review_comments = tg.Data("Review comments", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
label_call = tg.Data("Add labels call", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
labels = tg.Data("PR labels", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
ci_call = tg.Data("Run CI call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
ci_dispatch = tg.Data(
    "Workflow dispatch on PR head", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
tool_ack = tg.Data("GitHub API response", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
app_credentials = tg.Data(
    "GitHub App private key and installation token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The installation token has write access to contents, PRs, issues and actions.",
)
publish_token = tg.Data(
    "Package registry API token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
merge = tg.Data("Merge and release tag", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
checkout = tg.Data("Checked-out source at ref", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
build_status = tg.Data("CI check results", kind="logs", sensitivity=tg.Sensitivity.PUBLIC)
release_package = tg.Data(
    "Release package",
    kind="code",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Wheel and source distribution that downstream users install.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a GitHub account can open a pull request, first-timers included.
    contributor = tm.add(tg.Actor("Outside contributor", role="contributor"))
    # Maintainers review bot output, merge and cut releases.
    maintainer = tm.add(tg.Actor("Maintainer", role="maintainer", privileged=True))

with tm.boundary("GitHub", trust=tg.Trust.PARTNER):
    # The canonical repository: code, pull requests, comments and labels live here.
    repo = tm.add(
        tg.DataStore(
            "Project repository",
            stores={pull_request, review_comments, labels, build_status},
            controls={
                c.RBAC(note="branch protection: only maintainers can merge to main"),
                c.Authentication(method="GitHub account with 2FA required by the organisation"),
            },
        )
    )
    # GitHub Actions: runs tests on PRs and publishes releases on tags.
    ci = tm.add(
        tg.Pipeline(
            "CI pipeline",
            stage=tg.Stage.DEPLOYMENT,
            third_party_packages=True,
            description="GitHub Actions workflows: test on PRs, build and publish on release tags.",
            controls={
                c.HumanInTheLoop(
                    approver="a maintainer",
                    note="GitHub's 'approve and run' for first-time contributors' pull_request runs",
                )
            },
        )
    )
    # Encrypted Actions secrets, where the registry token is kept for the publish job.
    actions_secrets = tm.add(
        tg.DataStore(
            "Repository Actions secrets",
            stores={publish_token},
            controls={c.EncryptionAtRest(key_management="GitHub-managed")},
        )
    )

with tm.boundary("Package registry", trust=tg.Trust.PARTNER):
    # Where users download the project's releases from.
    registry = tm.add(
        tg.ExternalService("Public package registry", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that writes the reviews, called through the vendor's API.
    llm = tm.add(tg.LLM("Hosted review LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Bot cloud project", trust=tg.Trust.INTERNAL):
    # Public HTTPS URL that GitHub delivers pull_request webhooks to.
    webhook = tm.add(
        tg.Endpoint(
            "Webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )
    # Decides what to review, what to say, which labels to add and whether to start CI.
    agent = tm.add(
        tg.Agent(
            "PR review agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=12),
                c.AuditLogging(
                    retention_days=30, note="each run's prompts and tool calls in cloud logging"
                ),
            },
        )
    )
    # Reads the diff, the PR description and touched files through the GitHub API.
    reader = tm.add(tg.Tool("Repository reader", capabilities={"read"}))
    # Posts inline and summary review comments on the PR.
    commenter = tm.add(tg.Tool("Review comment poster", capabilities={"write", "send-messages"}))
    # Adds labels such as 'needs-tests' or 'ready-for-review'.
    labeler = tm.add(tg.Tool("Label setter", capabilities={"write"}))
    # Dispatches the CI workflow on the PR's head commit.
    ci_trigger = tm.add(tg.Tool("CI trigger", capabilities={"write", "execute-code"}))
    # Holds the GitHub App private key; tools mint installation tokens from it.
    app_secrets = tm.add(
        tg.DataStore(
            "App secret store",
            stores={app_credentials},
            controls={
                c.SecretsManagement(note="cloud secret manager"),
                c.EncryptionAtRest(key_management="cloud KMS"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# contributions and maintenance
tm.flow(contributor, repo, pull_request, protocol="https", label="opens or updates PR")
tm.flow(repo, contributor, review_comments, labels, build_status, protocol="https")
tm.flow(repo, maintainer, pull_request, review_comments, labels, build_status, protocol="https")
tm.flow(maintainer, repo, merge, protocol="https", label="merges, tags releases")

# webhook into the bot
tm.flow(
    repo,
    webhook,
    pr_event,
    protocol="https",
    label="pull_request webhook",
    controls={c.MessageIntegrity(note="X-Hub-Signature-256 verified with the webhook secret")},
)
tm.flow(webhook, agent, review_job, protocol="local")

# the agent and its model
tm.flow(agent, llm, review_prompt, protocol="https")
tm.flow(llm, agent, llm_review, protocol="https")

# the agent's tools
tm.flow(agent, reader, repo_query, protocol="local")
tm.flow(reader, agent, repo_content, protocol="local")
tm.flow(agent, commenter, comment_call, protocol="local")
tm.flow(commenter, agent, tool_ack, protocol="local")
tm.flow(agent, labeler, label_call, protocol="local")
tm.flow(labeler, agent, tool_ack, protocol="local")
tm.flow(agent, ci_trigger, ci_call, protocol="local")
tm.flow(ci_trigger, agent, tool_ack, protocol="local")

# credentials for the tools
tm.flow(app_secrets, reader, app_credentials, protocol="https")
tm.flow(app_secrets, commenter, app_credentials, protocol="https")
tm.flow(app_secrets, labeler, app_credentials, protocol="https")
tm.flow(app_secrets, ci_trigger, app_credentials, protocol="https")

# tools calling the GitHub API with the installation token
tm.flow(reader, repo, app_credentials, protocol="https", label="GET diff and files")
tm.flow(repo, reader, repo_content, protocol="https")
tm.flow(commenter, repo, review_comments, app_credentials, protocol="https")
tm.flow(repo, commenter, tool_ack, protocol="https")
tm.flow(labeler, repo, labels, app_credentials, protocol="https")
tm.flow(repo, labeler, tool_ack, protocol="https")
tm.flow(ci_trigger, ci, ci_dispatch, app_credentials, protocol="https", label="workflow_dispatch")
tm.flow(ci, ci_trigger, tool_ack, protocol="https")

# CI and releases
tm.flow(repo, ci, checkout, protocol="https")
tm.flow(ci, repo, build_status, protocol="https")
tm.flow(actions_secrets, ci, publish_token, label="injected into the publish job")
tm.flow(
    ci, registry, release_package, publish_token, protocol="https", label="publish on release tag"
)
