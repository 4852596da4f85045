"""Workspace knowledge agent: the first design, before any security review.

Employees ask the assistant questions by mentioning its bot in the company chat
workspace. Connectors pull channel history, wiki pages and shared-drive files
with service-account OAuth tokens (kept in the secrets manager), chunk and embed
them with the LLM vendor's embedding API, and write them to a vector store with
each document's access list. At question time the agent looks up the asker's
groups in the identity provider, retrieves only chunks those groups may read,
and asks a hosted LLM to answer with citations. Answers are cached by question
to save LLM cost. When asked, the agent posts a summary into a channel with the
bot's token. Workspace events are verified with the signing secret, the vector
store is encrypted at rest, prompts and answers go to an audit log, and the LLM
vendor passed procurement's review. Runs in our cloud account; EU staff included.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Workspace knowledge agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Employee Q&A over chat, wiki and shared drives, with answer caching "
    "and channel summaries.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Employee question",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The message mentioning the bot, with the asker's user id and channel.",
)
chat_messages = tg.Data(
    "Channel messages",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
wiki_pages = tg.Data("Wiki pages", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
drive_files = tg.Data(
    "Shared drive files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Docs, sheets and slides, including HR, finance and legal folders.",
)
access_lists = tg.Data(
    "Document access lists",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Users and groups allowed to read each document, copied at index time.",
)
chunks = tg.Data(
    "Document chunks and embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
retrieved = tg.Data(
    "Retrieved chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
asker_id = tg.Data("Asker user id", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
group_membership = tg.Data(
    "Asker's group memberships", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Answer prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, retrieved chunks and the tool definitions.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data(
    "Answer with citations", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
cached_answer = tg.Data(
    "Cached answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Keyed by the normalised question text; expires after 24 hours.",
)
post_request = tg.Data(
    "Post summary call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
post_result = tg.Data("Post result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
channel_summary = tg.Data(
    "Channel summary message", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
connector_tokens = tg.Data(
    "Connector OAuth tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Read-all service-account scopes on the chat workspace, wiki and drives.",
)
audit_records = tg.Data("Assistant audit log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
# held by the connectors through the secrets manager; no flow carries them
tm.data(connector_tokens)

# ---------------------------------------------------------------- elements
with tm.boundary("Employee devices", trust=tg.Trust.INTERNAL):
    # Any employee in the workspace can mention the bot.
    employee = tm.add(tg.Actor("Employee", role="employee"))

with tm.boundary("Collaboration SaaS", trust=tg.Trust.PARTNER):
    # Where questions are asked, answers shown and summaries posted; also indexed.
    chat_workspace = tm.add(
        tg.ExternalService("Chat workspace", provides=tg.ExternalCategory.GENERIC)
    )
    # Company wiki, indexed nightly.
    wiki = tm.add(tg.DataSource("Company wiki", origin=tg.Origin.INTERNAL, provides={wiki_pages}))
    # Shared drives, indexed nightly.
    drives = tm.add(
        tg.DataSource("Shared drives", origin=tg.Origin.INTERNAL, provides={drive_files})
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Source of truth for users and groups; used to filter retrieval.
    idp = tm.add(
        tg.ExternalService("Corporate IdP", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes answers and decides when to call the post tool.
    answer_llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review, zero-retention terms")},
        )
    )
    # Embeds chunks at index time and questions at query time.
    embedder = tm.add(
        tg.Model(
            "Embedding API",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Assistant cloud account", trust=tg.Trust.INTERNAL):
    # Receives the workspace's event webhooks (mentions, slash commands).
    events_endpoint = tm.add(
        tg.Endpoint(
            "Bot events endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="workspace request signing secret")},
        )
    )
    # Orchestrates cache lookup, retrieval, the LLM call and tool calls.
    agent = tm.add(
        tg.Agent(
            "Knowledge agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Posts a summary as soon as the asker requests it; no preview step.",
            controls={c.AuditLogging(retention_days=90), c.CircuitBreaker(max_steps=6)},
        )
    )
    # Posts a message into a channel the bot has been added to.
    post_tool = tm.add(
        tg.Tool(
            "Post to channel",
            capabilities={tg.Capability.SEND_MESSAGES},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Uses the bot token, which can write to every channel the bot is in.",
        )
    )
    # Pulls content and access lists from the SaaS apps and indexes them.
    connectors = tm.add(
        tg.Pipeline(
            "Content connectors",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="OAuth tokens in the cloud secrets manager")},
        )
    )
    # Prompts, answers and tool calls for investigations.
    audit_store = tm.add(tg.DataStore("Audit log store", stores={audit_records}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The index of all workspace content, with each document's access list.
        vector_store = tm.add(
            tg.VectorStore(
                "Document vector store",
                stores={chunks, access_lists},
                controls={
                    c.PermissionAwareRetrieval(note="filters on the asker's groups"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )
        # Saves LLM cost on repeated questions.
        answer_cache = tm.add(tg.DataStore("Answer cache", stores={cached_answer}))

# ---------------------------------------------------------------- flows
# asking and answering
tm.flow(employee, chat_workspace, question, protocol="https")
tm.flow(chat_workspace, events_endpoint, question, protocol="https", label="event webhook")
tm.flow(events_endpoint, agent, question)
tm.flow(agent, answer_cache, question, label="lookup by question")
tm.flow(answer_cache, agent, cached_answer)
tm.flow(agent, idp, asker_id, protocol="https", label="group lookup for asker")
tm.flow(idp, agent, group_membership, protocol="https")
tm.flow(agent, embedder, question, protocol="https", label="embed question")
tm.flow(embedder, agent, chunks, protocol="https", label="query vector")
tm.flow(agent, vector_store, chunks, group_membership, label="similarity search")
tm.flow(vector_store, agent, retrieved)
tm.flow(agent, answer_llm, llm_prompt, protocol="https")
tm.flow(answer_llm, agent, completion, post_request, protocol="https")
tm.flow(agent, answer_cache, cached_answer, label="store answer", id="agent->answer-cache:store")
tm.flow(agent, events_endpoint, answer)
tm.flow(events_endpoint, chat_workspace, answer, protocol="https", label="reply in thread")
tm.flow(chat_workspace, employee, answer, channel_summary, protocol="https")
tm.flow(agent, audit_store, audit_records)

# posting a summary
tm.flow(agent, post_tool, post_request)
tm.flow(post_tool, chat_workspace, channel_summary, protocol="https")
tm.flow(chat_workspace, post_tool, post_result, protocol="https")
tm.flow(post_tool, agent, post_result)

# indexing
tm.flow(chat_workspace, connectors, chat_messages, access_lists, protocol="https")
tm.flow(wiki, connectors, wiki_pages, access_lists, protocol="https")
tm.flow(drives, connectors, drive_files, access_lists, protocol="https")
tm.flow(connectors, embedder, chat_messages, wiki_pages, drive_files, protocol="https")
tm.flow(embedder, connectors, chunks, protocol="https")
tm.flow(connectors, vector_store, chunks, access_lists)
