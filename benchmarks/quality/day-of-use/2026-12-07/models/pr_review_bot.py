"""PR review bot for an open-source project run by a company.

External contributors open pull requests on the public repo. A CI job checks out
the PR and invokes an LLM review agent. The agent reads the diff, retrieves
internal engineering docs from a vector store (indexed from Confluence), looks
up related tickets through a vendor-hosted MCP server (remote, HTTPS), can run
the test suite through a sandbox-less "run tests" tool, and posts review
comments back on the PR. The LLM is our own fine-tune of open weights pulled
from a public hub, retrained weekly on maintainers' thumbs-up/down feedback on
bot comments, stored in a model registry and served behind an internal
inference endpoint. CI holds a deploy token and the hub token.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "PR review bot",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that reviews public pull requests, fine-tuned on maintainer feedback.",
)

# ------------------------------------------------------------------ data
pr_diff = tg.Data("PR diff", sensitivity=tg.Sensitivity.PUBLIC, kind="code")
source = tg.Data("Repository source", sensitivity=tg.Sensitivity.INTERNAL, kind="code")
ci_secrets = tg.Data("CI deploy token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
eng_docs = tg.Data("Engineering docs", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents")
doc_chunks = tg.Data(
    "Doc chunks", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
prompt = tg.Data("Review prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
completion = tg.Data("Model completion", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
tool_call = tg.Data("Tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
tickets = tg.Data("Ticket details", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result")
test_output = tg.Data("Test output", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
review = tg.Data("Review comments", sensitivity=tg.Sensitivity.PUBLIC, kind="model-output")
feedback = tg.Data("Maintainer feedback", sensitivity=tg.Sensitivity.INTERNAL, kind="feedback")
train_set = tg.Data(
    "Feedback training set", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
base_weights = tg.Data("Base weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle")
tuned_weights = tg.Data(
    "Tuned weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
packages = tg.Data("Python packages", sensitivity=tg.Sensitivity.PUBLIC, kind="code")

# ------------------------------------------------------------------ elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    contributor = tm.add(tg.Actor("External contributor"))
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))
    pypi = tm.add(tg.ExternalService("PyPI", provides="package-registry"))

with tm.boundary("Code host", trust=tg.Trust.PARTNER):
    repo = tm.add(
        tg.DataStore(
            "Public repository",
            stores={source, pr_diff},
            controls={c.Authentication(method="SSO with hardware key")},
        )
    )

with tm.boundary("Ticket vendor", trust=tg.Trust.PARTNER):
    mcp = tm.add(
        tg.Tool(
            "Tracker MCP server",
            origin="third-party",
            capabilities={"read", "write"},
            description="Vendor-hosted remote MCP server for the issue tracker.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    maintainer = tm.add(tg.Actor("Maintainer", role="maintainer", privileged=True))
    ci = tm.add(
        tg.Pipeline(
            "CI runner",
            stage="deployment",
            third_party_packages=True,
            controls={c.SecretsManagement()},
        )
    )
    agent = tm.add(
        tg.Agent(
            "Review agent",
            autonomy="autonomous",
            controls={c.CircuitBreaker(max_steps=30), c.AuditLogging()},
        )
    )
    run_tests = tm.add(tg.Tool("Run tests tool", capabilities={"execute-code", "network-egress"}))
    post_tool = tm.add(tg.Tool("Post review tool", capabilities={"write"}))
    confluence = tm.add(tg.DataSource("Confluence", origin="internal", provides={eng_docs}))
    indexer = tm.add(tg.Pipeline("Docs indexer", stage="ingestion"))
    docs_index = tm.add(
        tg.VectorStore("Docs vector store", stores={doc_chunks}, controls={c.EncryptionAtRest()})
    )
    feedback_db = tm.add(tg.DataStore("Feedback DB", stores={feedback}, controls={c.RBAC()}))

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        curation = tm.add(tg.Pipeline("Feedback curation", stage="preprocessing"))
        dataset = tm.add(tg.Dataset("Feedback dataset", stores={train_set}, purpose="fine-tuning"))
        finetune = tm.add(
            tg.Pipeline("Weekly fine-tune", stage="fine-tuning", third_party_packages=True)
        )
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={tuned_weights}, controls={c.ModelVersioning()}
            )
        )
        serving = tm.add(tg.Endpoint("Inference endpoint", purpose="inference"))
        llm = tm.add(tg.LLM("Review LLM", origin="open-weights", controls={c.ModelAlignment()}))

# ------------------------------------------------------------------ flows
tm.flow(contributor, repo, pr_diff, protocol="https", label="opens PR")
tm.flow(repo, ci, pr_diff, source, protocol="https", label="checkout on pull_request_target")
tm.flow(pypi, ci, packages, protocol="https")
tm.flow(ci, agent, pr_diff, ci_secrets, label="starts agent with env")

tm.flow(agent, serving, prompt, protocol="https")
tm.flow(serving, llm, prompt)
tm.flow(llm, serving, completion)
tm.flow(serving, agent, completion, protocol="https")

tm.flow(confluence, indexer, eng_docs, protocol="https")
tm.flow(indexer, docs_index, doc_chunks)
tm.flow(docs_index, agent, doc_chunks, label="retrieve")

tm.flow(agent, mcp, tool_call, protocol="https")
tm.flow(mcp, agent, tickets, protocol="https")
tm.flow(agent, run_tests, tool_call)
tm.flow(run_tests, agent, test_output)
tm.flow(agent, post_tool, review)
tm.flow(post_tool, repo, review, protocol="https")

tm.flow(maintainer, feedback_db, feedback, protocol="https", label="thumbs up/down")
tm.flow(feedback_db, curation, feedback)
tm.flow(curation, dataset, train_set)
tm.flow(dataset, finetune, train_set)
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(pypi, finetune, packages, protocol="https")
tm.flow(finetune, registry, tuned_weights)
tm.flow(registry, llm, tuned_weights, label="deploy")
