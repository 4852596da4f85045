"""Code review assistant: the first design, before any security review.

A software company wants a first-pass reviewer on every pull request, on its
private repositories and on the public SDK repositories outside contributors
send pull requests to. GitHub Enterprise Cloud sends a webhook per pull request
to a receiver in our cloud account, which checks the signature and queues a
review job. An LLM agent reads the diff and nearby files through a repository
tool and the build logs from our CI server through a CI log tool, asks a
vendor-hosted LLM for findings and posts them as review comments through a
comment tool. Comments are advisory: merging still needs a human approval.
The GitHub App key and LLM API key live in the secrets manager, the repository
tool's app installation can only read contents, and the agent stops after 25 steps.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Code review assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="LLM agent that reviews pull requests and posts comments on the code host.",
)

# ---------------------------------------------------------------- data assets
pull_request = tg.Data(
    "Pull request",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Title, description, diff and commits as pushed by the author.",
)
pr_event = tg.Data(
    "Pull request webhook event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Repository, PR number, head SHA and author.",
)
review_job = tg.Data("Review job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
repo_query = tg.Data(
    "Repository read request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
source_code = tg.Data(
    "Source code",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Diff, changed files and related files from the repository.",
)
ci_query = tg.Data("CI log request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
ci_logs = tg.Data(
    "CI build logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Build and test output of the PR's pipeline runs, including test fixtures' output.",
)
prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Review instructions, the diff, file contents and log excerpts.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
comment_request = tg.Data(
    "Review comment request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_comments = tg.Data(
    "Review comments",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Inline and summary comments on the pull request.",
)
post_result = tg.Data(
    "Comment post result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
app_key = tg.Data(
    "GitHub App private key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Mints installation tokens for the repository and comment tools.",
)
llm_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
review_trace = tg.Data(
    "Review traces",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prompts, completions and tool calls per review, kept to tune the prompts.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on GitHub can open a pull request against our public SDK repositories.
    contributor = tm.add(tg.Actor("External contributor", role="open-source contributor"))

with tm.boundary("Code host", trust=tg.Trust.PARTNER):
    # GitHub Enterprise Cloud: hosts the repositories and pull requests, sends webhooks.
    code_host = tm.add(
        tg.ExternalService(
            "GitHub Enterprise Cloud",
            description="Repositories, pull requests and review comments; branch protection needs one human approval.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Produces the review findings from the diff, the code and the logs.
    llm = tm.add(
        tg.LLM(
            "Hosted code LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, zero data retention")},
        )
    )

with tm.boundary("Engineering cloud account", trust=tg.Trust.INTERNAL):
    # Receives the code host's pull request webhooks; must be reachable from GitHub.
    receiver = tm.add(
        tg.Endpoint(
            "Webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.MessageIntegrity(note="verifies the X-Hub-Signature-256 HMAC")},
        )
    )
    # Decouples webhook bursts from reviews.
    queue = tm.add(tg.DataStore("Review job queue", stores={review_job}))
    # The agent: plans the review, calls the tools and the LLM, posts the result.
    agent = tm.add(
        tg.Agent(
            "Code review agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Tool: reads the diff and files at the PR's head commit through the code host API.
    repo_tool = tm.add(
        tg.Tool(
            "Repository reader",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="GitHub App installation with contents: read")},
        )
    )
    # Tool: fetches the build logs of the PR's pipeline runs.
    ci_tool = tm.add(tg.Tool("CI log reader", capabilities={"read"}))
    # Tool: posts inline and summary review comments on the PR.
    comment_tool = tm.add(tg.Tool("Review comment poster", capabilities={"write"}))
    # Holds the GitHub App key and the LLM API key.
    secrets = tm.add(
        tg.DataStore(
            "Secrets manager",
            stores={app_key, llm_key},
            controls={c.SecretsManagement(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Prompt and completion traces for prompt tuning and debugging.
    traces = tm.add(
        tg.DataStore(
            "Review trace store",
            stores={review_trace},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Build network", trust=tg.Trust.INTERNAL):
    # Self-hosted CI: builds and tests every PR, keeps the logs.
    ci_server = tm.add(
        tg.Service("CI server", description="Self-hosted build and test runners with log storage.")
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Employees author PRs, read the assistant's comments and do the approving review.
    developer = tm.add(tg.Actor("Developer", role="software engineer"))

# ---------------------------------------------------------------- flows
tm.flow(developer, code_host, pull_request, protocol="https", label="opens pull request")
tm.flow(contributor, code_host, pull_request, protocol="https", label="opens pull request")
tm.flow(code_host, developer, review_comments, protocol="https", label="reads review")
tm.flow(code_host, contributor, review_comments, protocol="https", label="reads review")

tm.flow(code_host, receiver, pr_event, protocol="https", label="pull request webhook")
tm.flow(receiver, queue, review_job)
tm.flow(queue, agent, review_job)

tm.flow(secrets, agent, llm_key)
tm.flow(secrets, repo_tool, app_key)
tm.flow(secrets, comment_tool, app_key)

tm.flow(agent, repo_tool, repo_query)
tm.flow(repo_tool, code_host, repo_query, protocol="https")
tm.flow(code_host, repo_tool, source_code, pull_request, protocol="https")
tm.flow(repo_tool, agent, source_code, pull_request)

tm.flow(code_host, ci_server, source_code, protocol="https", label="checkout")
tm.flow(agent, ci_tool, ci_query)
tm.flow(ci_tool, ci_server, ci_query, protocol="https")
tm.flow(ci_server, ci_tool, ci_logs, protocol="https")
tm.flow(ci_tool, agent, ci_logs)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, comment_tool, comment_request)
tm.flow(comment_tool, code_host, review_comments, protocol="https")
tm.flow(code_host, comment_tool, post_result, protocol="https")
tm.flow(comment_tool, agent, post_result)

tm.flow(agent, traces, review_trace)
