"""County court small claims guidance chatbot: the first design, before any security review.

Members of the public making or defending a small claim ask questions in a chat
widget on the court service's website, with no sign-in. The bot answers only from
the published small claims guidance and points people to the right form (N1, N9,
N180...); the system prompt tells the model never to give legal advice.
A conversation service in the court service's cloud tenancy embeds the question,
retrieves guidance passages from a vector index fed by a nightly crawl of GOV.UK,
looks up the forms catalogue and calls a hosted LLM bought under a government
framework. Transcripts and feedback are kept for the digital service team to review.
Controls: TLS, a per-visitor rate limit and length check on the chat API, the vendor's
content filter, API keys in a key vault, encrypted transcripts, and staff SSO with MFA
and roles on the review console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "County court small claims guidance chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot guiding people through making or defending a small claim "
    "from published guidance and forms, without giving legal advice.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Visitor question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; people often name the other party, amounts and addresses.",
)
feedback = tg.Data("Answer feedback", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data("Guidance answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
query_embedding = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with guidance passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt (no legal advice), the conversation so far and top-k passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidance_pages = tg.Data(
    "Published small claims guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
passages = tg.Data(
    "Guidance passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
form_links = tg.Data("Court form links", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
form_lookup = tg.Data("Form lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
review_query = tg.Data(
    "Transcript review query", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a browser: claimants, defendants, their friends and family.
    public = tm.add(tg.Actor("Member of the public", role="claimant or defendant"))

with tm.boundary("GOV.UK publishing platform", trust=tg.Trust.PARTNER):
    # Where the court service's content designers publish the official guidance.
    guidance_site = tm.add(
        tg.DataSource(
            "Published guidance pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance_pages},
            description="Small claims guidance and form pages on GOV.UK, crawled nightly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answers; bought through a government framework contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; told by the system prompt to answer "
            "only from the passages given and never to give legal advice.",
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="government framework due diligence"),
            },
        )
    )
    # Turns questions and guidance passages into vectors for retrieval.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Court service cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public entry point behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per visitor session"),
                c.InputValidation(note="messages capped at 1,000 characters"),
            },
        )
    )
    # Retrieves guidance, looks up forms, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Conversation service",
            description="Embeds the question, retrieves passages, adds form links and asks the LLM.",
            controls={c.SecretsManagement(note="vendor API keys in the cloud key vault")},
        )
    )
    # Searchable copy of the published guidance.
    index = tm.add(tg.VectorStore("Guidance vector index", stores={passages}))
    # Nightly job that crawls, chunks and embeds the guidance.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly guidance indexing job",
            stage=tg.Stage.INGESTION,
            description="Crawls the guidance pages, splits them into passages and embeds them.",
        )
    )
    # Form numbers, titles and links the bot points people to.
    forms = tm.add(tg.DataStore("Court forms catalogue", stores={form_links}))
    # Conversations and feedback kept for improving the guidance.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts, feedback},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Where the digital service team reads conversations and feedback.
    console = tm.add(
        tg.Endpoint(
            "Transcript review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="court service staff SSO with MFA"),
                c.RBAC(note="service team role only"),
            },
        )
    )

with tm.boundary("Court service corporate network", trust=tg.Trust.INTERNAL):
    # Reviews transcripts, fixes gaps in the guidance and keeps the forms list current.
    service_team = tm.add(tg.Actor("Digital service team member", role="service team"))

# ---------------------------------------------------------------- flows
tm.flow(public, chat_api, question, feedback, protocol="https")
tm.flow(chat_api, orchestrator, question, feedback)
tm.flow(orchestrator, embedder, question, protocol="https", label="embed question")
tm.flow(embedder, orchestrator, query_embedding, protocol="https")
tm.flow(orchestrator, index, query_embedding, label="similarity search")
tm.flow(index, orchestrator, passages, label="top-k passages")
tm.flow(orchestrator, forms, form_lookup)
tm.flow(forms, orchestrator, form_links)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts, feedback)
tm.flow(orchestrator, chat_api, answer)
tm.flow(chat_api, public, answer, protocol="https")

tm.flow(guidance_site, indexer, guidance_pages, protocol="https", label="nightly crawl")
tm.flow(indexer, embedder, passages, protocol="https", label="embed passages")
tm.flow(embedder, indexer, passages, protocol="https", label="passage vectors")
tm.flow(indexer, index, passages)

tm.flow(service_team, console, review_query, protocol="https")
tm.flow(transcript_store, console, transcripts, feedback)
tm.flow(console, service_team, transcripts, feedback, protocol="https")
tm.flow(service_team, forms, form_links, protocol="https", label="maintains form list")
