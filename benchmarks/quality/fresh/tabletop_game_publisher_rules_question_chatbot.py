"""Rules question chatbot: the first design, before any security review.

Our board game publisher (based in the EU) adds a chat widget to its website so that
players can ask rules questions about our games without signing in. A rules assistant
service embeds the question, retrieves the relevant passages from an index of our
published rulebooks, official FAQs and errata, and asks a hosted LLM to answer from
those passages and cite them. The rules team publishes rulebooks, FAQs and errata in
the website CMS; an indexing pipeline re-chunks and re-embeds them when they change.
Both the LLM and the embedding model are a vendor's APIs, called over HTTPS with our
API key. When the bot cannot answer, the player may leave an e-mail address and the
question becomes a ticket in our hosted helpdesk. Transcripts are kept for 90 days so
the rules team can spot questions that need a new FAQ entry. The chat API has a
per-visitor rate limit and a length limit on questions; rules team sign-in is SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rules question chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot answering players' rules questions from rulebooks, "
    "official FAQs and errata.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Player rules question", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
answer = tg.Data(
    "Rules answer with citations", sensitivity=tg.Sensitivity.PUBLIC, kind="model-output"
)
query_embedding = tg.Data(
    "Question embedding", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings"
)
passages = tg.Data(
    "Retrieved rules passages",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
    description="Top-k chunks of rulebooks, FAQs and errata with their game and page.",
)
prompt = tg.Data(
    "Answer prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="System instructions, the question and the retrieved passages.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PUBLIC, kind="model-output")
rules_docs = tg.Data(
    "Rulebooks, FAQs and errata",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
chunks = tg.Data(
    "Rules chunks and embeddings", sensitivity=tg.Sensitivity.PUBLIC, kind="embeddings"
)
transcripts = tg.Data(
    "Chat transcripts",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Questions, answers, session id and IP address.",
)
ticket = tg.Data(
    "Unanswered question ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The player's question, the bot's attempt and the player's e-mail address.",
)
api_key = tg.Data("Model vendor API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
review_view = tg.Data("Transcript review view", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous visitors of the website asking about a game's rules.
    player = tm.add(tg.Actor("Player", role="website visitor"))

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # Public API behind the chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="questions capped at 1,000 characters"),
            },
        )
    )
    # Retrieves passages, builds the prompt, calls the LLM, files helpdesk tickets.
    assistant = tm.add(
        tg.Service(
            "Rules assistant service",
            description="Retrieval-augmented answering; holds the vendor API key in an "
            "environment variable.",
        )
    )
    # Index of every published rulebook, FAQ and erratum.
    index = tm.add(tg.VectorStore("Rules index", stores={chunks}))
    # Where the rules team publishes the documents the bot answers from.
    cms = tm.add(
        tg.DataStore(
            "Website CMS",
            stores={rules_docs},
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Re-chunks and re-embeds documents when the CMS publishes a change.
    indexer = tm.add(tg.Pipeline("Rules indexing pipeline", stage=tg.Stage.INGESTION))
    # Conversation history kept for FAQ improvement.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Game designers and rules editors who write FAQs and errata.
    rules_team = tm.add(tg.Actor("Rules team editor", role="rules editor"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # The same vendor's text embedding model, for questions and chunks.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Helpdesk SaaS", trust=tg.Trust.PARTNER):
    # Hosted customer-support helpdesk the support team already uses.
    helpdesk = tm.add(tg.ExternalService("Helpdesk", provides=tg.ExternalCategory.GENERIC))

# ---------------------------------------------------------------- flows
# Asking a question
tm.flow(player, chat_api, question, ticket, protocol="https")
tm.flow(chat_api, assistant, question, ticket, protocol="https")
tm.flow(assistant, embedder, question, api_key, protocol="https")
tm.flow(embedder, assistant, query_embedding, protocol="https")
tm.flow(assistant, index, query_embedding, label="similarity query")
tm.flow(index, assistant, passages, label="retrieved passages")
tm.flow(assistant, llm, prompt, api_key, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, chat_api, answer, protocol="https")
tm.flow(chat_api, player, answer, protocol="https")

# Transcripts and hand-off to people
tm.flow(assistant, transcript_store, transcripts)
tm.flow(assistant, helpdesk, ticket, protocol="https", label="unanswered question")
tm.flow(transcript_store, rules_team, review_view, protocol="https", label="weekly review")

# Keeping the index current
tm.flow(rules_team, cms, rules_docs, protocol="https", label="publishes rules, FAQs and errata")
tm.flow(cms, indexer, rules_docs, protocol="https", label="on publish")
tm.flow(indexer, embedder, rules_docs, api_key, protocol="https")
tm.flow(embedder, indexer, chunks, protocol="https")
tm.flow(indexer, index, chunks)
