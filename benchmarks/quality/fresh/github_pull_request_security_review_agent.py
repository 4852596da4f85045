"""Pull request security review agent: the first design, before any security review.

Every pull request opened or updated in the company's GitHub organisation should get a
security review before it merges. GitHub sends a pull_request webhook (signed with the
app's webhook secret) to a receiver in our production cloud account, which queues the
review for an LLM agent. The agent fetches the diff and the surrounding files through the
GitHub API, runs Semgrep over the changed files in a throwaway container, looks up our
secure-coding guidelines, and asks a hosted LLM (vendor reviewed, no retention of inputs)
to judge the change. It then posts review comments on the pull request and sets the
"security-review" required status check, which blocks the merge when it fails. It acts on
its own; security engineers see every finding in a triage console (SSO with MFA) and can
override a block. Credentials for the GitHub App and the LLM API sit in the secrets vault.
The company is SOC 2 audited, and this check is part of its change-management control.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pull request security review agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="An LLM agent that reviews every pull request for security issues, "
    "comments on it and can block the merge.",
)

# ---------------------------------------------------------------- data assets
pr_event = tg.Data(
    "Pull request webhook event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Repository, PR number, head commit and author of an opened or updated PR.",
)
code_change = tg.Data(
    "Pull request diff and source files",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pr_text = tg.Data(
    "Pull request title, description and comments",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free text written by the PR author and reviewers.",
)
scan_results = tg.Data(
    "Semgrep scan results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
guidelines = tg.Data(
    "Secure-coding guidelines and past findings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the diff, the PR text, scan results and guidelines.",
)
llm_reply = tg.Data(
    "LLM review and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fetch_request = tg.Data("Repository fetch request", kind="tool-call")
scan_request = tg.Data("Scan request", kind="tool-call")
review_comment = tg.Data(
    "Security review comments",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Findings with file, line, severity and suggested fix.",
)
check_verdict = tg.Data(
    "Security review check verdict",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pass or fail of the required status check that gates the merge.",
)
findings = tg.Data(
    "Findings and review traces",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each finding, its verdict, and the agent's prompts and tool calls.",
)
override = tg.Data("Block override decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
github_app_key = tg.Data(
    "GitHub App private key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Signs installation tokens with contents read, pull requests and checks write.",
)
llm_api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("GitHub", trust=tg.Trust.PARTNER):
    # GitHub.com hosts the repositories, pull requests and branch protection rules.
    github = tm.add(
        tg.ExternalService(
            "GitHub",
            description="Hosts the organisation's repositories; branch protection requires "
            "the security-review check on default branches.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads the change and writes the review.
    llm = tm.add(
        tg.LLM(
            "Hosted review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review; zero data retention agreement")},
        )
    )

with tm.boundary("Production cloud account", trust=tg.Trust.INTERNAL):
    # Receives GitHub's webhook calls and queues one review per PR update.
    receiver = tm.add(
        tg.Endpoint(
            "Webhook receiver",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.MessageIntegrity(note="verifies X-Hub-Signature-256 with the webhook secret")
            },
        )
    )
    # The LLM agent that plans the review, calls the tools and decides the verdict.
    agent = tm.add(
        tg.Agent(
            "Security review agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(note="prompts, tool calls and verdicts go to the findings store"),
            },
        )
    )
    # Fetches the diff and files at the head commit through the GitHub API.
    repo_reader = tm.add(tg.Tool("Repository reader", capabilities={"read"}))
    # Runs Semgrep over the changed files in an ephemeral container.
    scanner = tm.add(
        tg.Tool(
            "Semgrep scanner",
            capabilities={"read"},
            origin=tg.ToolOrigin.THIRD_PARTY,
            controls={c.Sandboxing(note="ephemeral container, no network")},
        )
    )
    # Posts review comments on the pull request.
    commenter = tm.add(tg.Tool("PR comment tool", capabilities={"write", "send-messages"}))
    # Sets the required status check to pass or fail: this is what blocks the merge.
    merge_gate = tm.add(tg.Tool("Merge check tool", capabilities={"write"}))
    # Company secure-coding guidelines and accepted past findings, for retrieval.
    guideline_index = tm.add(tg.VectorStore("Guideline index", stores={guidelines}))
    # Findings, verdicts, overrides and the agent's traces.
    findings_store = tm.add(
        tg.DataStore(
            "Findings store",
            stores={findings, override},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where security engineers triage findings and override blocks.
    console = tm.add(
        tg.Service(
            "Triage console",
            controls={c.Authentication(method="Okta SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Secrets", trust=tg.Trust.RESTRICTED):
        # Holds the GitHub App key and the LLM API key.
        vault = tm.add(
            tg.DataStore(
                "Secrets vault",
                stores={github_app_key, llm_api_key},
                controls={c.SecretsManagement(), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Opens pull requests; also writes the PR text the agent reads.
    developer = tm.add(tg.Actor("Developer", role="software engineer"))
    # Reviews findings, overrides blocks and maintains the guidelines.
    sec_engineer = tm.add(tg.Actor("Security engineer", role="security engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(developer, github, code_change, pr_text, protocol="https", label="opens or updates PR")
tm.flow(github, receiver, pr_event, protocol="https", label="pull_request webhook")
tm.flow(receiver, agent, pr_event, label="review job")

tm.flow(vault, agent, github_app_key, llm_api_key)
tm.flow(agent, repo_reader, fetch_request)
tm.flow(repo_reader, github, fetch_request, protocol="https")
tm.flow(github, repo_reader, code_change, pr_text, protocol="https")
tm.flow(repo_reader, agent, code_change, pr_text)
tm.flow(agent, scanner, scan_request, code_change)
tm.flow(scanner, agent, scan_results)
tm.flow(agent, guideline_index, review_prompt, label="similarity query")
tm.flow(guideline_index, agent, guidelines)
tm.flow(agent, llm, review_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, commenter, review_comment)
tm.flow(commenter, github, review_comment, protocol="https")
tm.flow(agent, merge_gate, check_verdict)
tm.flow(merge_gate, github, check_verdict, protocol="https")
tm.flow(agent, findings_store, findings)
tm.flow(github, developer, review_comment, check_verdict, protocol="https", label="PR page")

tm.flow(findings_store, console, findings, override)
tm.flow(console, sec_engineer, findings, protocol="https")
tm.flow(sec_engineer, console, override, guidelines, protocol="https")
tm.flow(console, findings_store, override)
tm.flow(console, guideline_index, guidelines, label="guideline updates")
tm.flow(console, merge_gate, override, label="override a block")
