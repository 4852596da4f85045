"""OSS issue triage bot: the first design, before any security review.

A triage bot for a large open-source project hosted on GitHub. Whenever anyone
opens an issue or comments on one, GitHub sends a webhook to the bot. The bot's
agent reads the issue, searches a vector index of past issues and the project
docs for similar reports, and asks a hosted LLM (a vendor's API) to decide what
to do. It then labels the issue, posts a first reply, can close the issue as a
duplicate and can assign the maintainers who own the affected area.
The bot runs as a GitHub App in a small container on the project's sponsored
cloud account; its installation token is scoped to the repository's issues only
and webhooks are checked against the App's signing secret. A nightly job embeds
closed issues and the docs into the index. Maintainers see everything the bot
does on GitHub and can relabel, reopen or reassign to override it; there is no
approval step before the bot acts.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "OSS issue triage bot",
    profile=tg.RiskProfile.LOW,
    description="GitHub App that labels, answers, de-duplicates and routes new issues with an LLM.",
)

# ---------------------------------------------------------------- data assets
issue_event = tg.Data(
    "Issue or comment event",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Webhook payload: issue title, body, comment text, author login, labels.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
past_issues = tg.Data(
    "Past issues and discussions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
docs = tg.Data("Project documentation", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
triage_config = tg.Data(
    "Triage policy and label map",
    kind="instructions",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="System prompt, allowed labels and the CODEOWNERS-style area->maintainer map.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
text_to_embed = tg.Data("Text to embed", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
embeddings = tg.Data(
    "Issue and doc embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC
)
similar = tg.Data(
    "Similar issues and doc passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Triage policy, the new issue or comment and the top-k similar items.",
)
decision = tg.Data(
    "LLM triage decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Labels, draft reply, duplicate-of candidate and assignees, as JSON.",
)
issue_action = tg.Data(
    "Issue action",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Add labels, post comment, close as duplicate, assign maintainer.",
)
api_response = tg.Data("GitHub API response", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
install_token = tg.Data(
    "App installation token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Short-lived token with issues read/write on the one repository.",
)
bot_reply = tg.Data(
    "Bot reply and triage changes", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
override = tg.Data(
    "Maintainer override",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Relabel, reopen, reassign, or a /triage command in a comment.",
)
action_log = tg.Data("Bot action log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a GitHub account can open or comment on an issue.
    author = tm.add(tg.Actor("Issue author", role="GitHub user"))
    # Maintainers act through github.com like everyone else, with write access.
    maintainer = tm.add(tg.Actor("Maintainer", role="project maintainer", privileged=True))

with tm.boundary("GitHub", trust=tg.Trust.PARTNER):
    # Where the issues live; the source of webhooks and the API the bot acts through.
    tracker = tm.add(
        tg.DataStore(
            "GitHub issue tracker",
            stores={past_issues, issue_event},
            description="The repository's issues, comments, labels and assignees.",
        )
    )
    # The docs and the bot's policy file live in the project repository.
    repo_docs = tm.add(
        tg.DataSource(
            "Project repository",
            origin=tg.Origin.INTERNAL,
            provides={docs, triage_config},
            description="docs/ and .github/triage-bot.yml, changed by merged pull requests.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Decides labels, reply, duplicates and assignees.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, called with JSON mode.",
        )
    )
    # Embeds issues, docs and queries for the similarity search.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Bot cloud account", trust=tg.Trust.INTERNAL):
    # Public URL that GitHub posts webhooks to.
    webhook = tm.add(
        tg.Endpoint(
            "Webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.MessageIntegrity(
                    note="X-Hub-Signature-256 HMAC checked with the App's webhook secret"
                )
            },
        )
    )
    # Plans the triage for one event: retrieve, ask the LLM, act.
    agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts without approval; maintainers override after the fact.",
            controls={c.CircuitBreaker(max_steps=8, note="per event")},
        )
    )
    # The only way the bot changes GitHub: labels, comments, close, assign.
    issues_tool = tm.add(
        tg.Tool(
            "GitHub issues tool",
            capabilities={"read", "write", "send-messages"},
            controls={
                c.LeastPrivilegeTools(note="App permissions: issues read/write on this repo only")
            },
        )
    )
    # Past issues and docs, searched for duplicates and answers.
    index = tm.add(tg.VectorStore("Issue and docs index", stores={embeddings, past_issues, docs}))
    # Nightly job that keeps the index current.
    indexer = tm.add(tg.Pipeline("Nightly indexing job", stage=tg.Stage.INGESTION))
    # What the bot did and why, for debugging.
    log_store = tm.add(tg.DataStore("Bot action log", stores={action_log}))

# ---------------------------------------------------------------- flows
# an event arrives
tm.flow(author, tracker, issue_event, protocol="https", label="opens issue / comments")
tm.flow(tracker, author, bot_reply, protocol="https", label="notifications")
tm.flow(tracker, webhook, issue_event, protocol="https", label="webhook")
tm.flow(webhook, agent, issue_event)

# the agent triages it
tm.flow(repo_docs, agent, triage_config, protocol="https", label="policy loaded at start")
tm.flow(agent, embedder, text_to_embed, protocol="https", label="query embedding")
tm.flow(embedder, agent, embeddings, protocol="https")
tm.flow(agent, index, embeddings, label="similarity search")
tm.flow(index, agent, similar)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, decision, protocol="https")

# the agent acts on GitHub
tm.flow(agent, issues_tool, issue_action)
tm.flow(issues_tool, agent, api_response)
tm.flow(tracker, issues_tool, install_token, protocol="https", label="token exchange")
tm.flow(issues_tool, tracker, issue_action, protocol="https")
tm.flow(tracker, issues_tool, api_response, protocol="https")
tm.flow(agent, log_store, action_log)

# maintainers override
tm.flow(maintainer, tracker, override, protocol="https")
tm.flow(tracker, maintainer, bot_reply, protocol="https")
tm.flow(
    tracker,
    webhook,
    override,
    protocol="https",
    label="override events",
    id="tracker->webhook:override",
)

# nightly indexing
tm.flow(tracker, indexer, past_issues, protocol="https")
tm.flow(repo_docs, indexer, docs, protocol="https")
tm.flow(indexer, embedder, text_to_embed, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, embeddings, past_issues, docs)
