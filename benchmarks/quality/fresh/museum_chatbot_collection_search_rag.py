"""Museum collection chatbot: the first design, before any security review.

The national museum's website gets a chat widget where anyone can ask about the
collection. A chat API in the museum's cloud tenancy hands each question to a RAG
orchestrator, which embeds it, searches a vector index of catalogue records and
curators' texts, and sends the question with the passages to an LLM hosted by an AI
vendor. Answers go back to the widget; conversations are kept for the digital team
to review. A nightly indexing job pulls records flagged for online publication from
the on-premises collection management system and texts from the curatorial content
repository, embeds them through the vendor's embedding API and rebuilds the index.
Controls: TLS on links that leave a network, a per-visitor quota and message length
limit at the chat API, staff SSO with MFA on the repository and collection system,
the vendor key in the cloud key vault, and a field allow-list in the export so that
valuations, storage locations and lender details stay out of the index.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum collection chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Public website chatbot answering visitors' questions about the collection "
        "from catalogue records and curators' texts."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Visitor question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; visitors sometimes add their name, e-mail or visit plans.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
passages = tg.Data(
    "Retrieved collection passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top-k chunks of catalogue records and curatorial texts.",
)
prompt = tg.Data(
    "Prompt with collection passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the visitor's question and the retrieved passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
catalogue = tg.Data(
    "Catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description=(
        "Object records: title, maker, date, description, provenance; also insurance "
        "valuations, storage locations and lender and donor names."
    ),
)
curatorial_texts = tg.Data(
    "Curatorial texts",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gallery labels, object essays and exhibition texts, published and in draft.",
)
chunks = tg.Data("Text chunks for embedding", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
embeddings = tg.Data(
    "Collection embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
system_prompt = tg.Data(
    "Assistant system prompt", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous members of the public using the chat widget on the museum website.
    visitor = tm.add(tg.Actor("Website visitor", role="visitor"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Generates the answers; the museum uses the vendor's hosted chat model as is.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.ModelAlignment(note="vendor's safety-tuned model"),
                c.SupplierAssessment(note="procurement review: no training on our prompts"),
            },
        )
    )
    # Turns questions and collection texts into vectors for retrieval.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Museum cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only component the website widget talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per IP address at the CDN"),
                c.InputValidation(note="messages capped at 1,000 characters"),
            },
        )
    )
    # Embeds the question, retrieves passages, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            controls={c.SecretsManagement(note="vendor API key in the cloud key vault")},
        )
    )
    # Holds the searchable chunks of catalogue records and curators' texts.
    index = tm.add(tg.VectorStore("Collection vector index", stores={chunks, embeddings}))
    # Where the digital team keeps the assistant's instructions and tone of voice.
    config = tm.add(tg.DataStore("Assistant configuration", stores={system_prompt}))
    # Conversations kept so the digital team can see what visitors ask.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Nightly job that exports, chunks, embeds and re-indexes the collection texts.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly indexing job",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(
                    note="field allow-list: no valuations, locations or lender names"
                )
            },
        )
    )
    # Headless CMS where curators write and publish texts about objects.
    content_repo = tm.add(
        tg.DataStore(
            "Curatorial content repository",
            stores={curatorial_texts},
            controls={c.Authentication(method="staff SSO with MFA")},
        )
    )

with tm.boundary("Museum collections network", trust=tg.Trust.INTERNAL):
    # The museum's system of record for every object, run on premises.
    cms = tm.add(
        tg.DataStore(
            "Collection management system",
            stores={catalogue},
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Registrars and documentation staff who catalogue objects.
    registrar = tm.add(tg.Actor("Collections registrar", role="collections staff"))
    # Curators who write labels, essays and exhibition texts.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # Digital team member who tunes the system prompt and reads transcripts.
    digital_editor = tm.add(
        tg.Actor("Digital team editor", role="digital content editor", privileged=True)
    )

# ---------------------------------------------------------------- flows
# visitor conversation
tm.flow(visitor, chat_api, question, protocol="https")
tm.flow(chat_api, orchestrator, question)
tm.flow(orchestrator, embedder, question, protocol="https", label="embed question")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, label="similarity search")
tm.flow(index, orchestrator, passages, label="retrieved passages")
tm.flow(config, orchestrator, system_prompt)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, chat_api, answer)
tm.flow(chat_api, visitor, answer, protocol="https")

# content authoring
tm.flow(registrar, cms, catalogue, label="catalogues objects")
tm.flow(curator, content_repo, curatorial_texts, protocol="https")
tm.flow(digital_editor, config, system_prompt, protocol="https")
tm.flow(transcript_store, digital_editor, transcripts, protocol="https", label="weekly review")

# nightly indexing
tm.flow(cms, indexer, catalogue, protocol="https", label="nightly export of published records")
tm.flow(content_repo, indexer, curatorial_texts, label="nightly export")
tm.flow(indexer, embedder, chunks, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, chunks, embeddings)
