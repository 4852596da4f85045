"""eDiscovery review assistant: the first design, before any security review.

Litigation support collects documents from clients in a lawsuit (mailbox exports,
file-share copies) and loads the opposing party's productions as they arrive. A
processing pipeline de-duplicates, extracts text and OCRs every document into the
review platform's document repository; an indexing job chunks the text and embeds
it with the AI vendor's embedding API into one vector index per matter. Associates
ask the review assistant questions about a matter in the review platform; it
retrieves passages from that matter's index, asks an LLM hosted by a cloud AI vendor,
and answers with citations to document ids. On request it also tags documents as
privileged or responsive through the platform's coding API. The platform runs in the
firm's private cloud behind firm SSO with matter-level access groups; stores are
encrypted, the vendor was reviewed and contracted for zero data retention, and every
coding change is kept in the platform's coding history.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "eDiscovery review assistant",
    profile=tg.RiskProfile.HIGH,
    description="LLM question answering and tagging over per-matter litigation document collections.",
)

# ---------------------------------------------------------------- data assets
client_collection = tg.Data(
    "Client collection",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Custodian mailboxes and file shares; includes privileged attorney-client mail.",
)
productions = tg.Data(
    "Opposing party productions",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Load files, natives and images produced under the protective order.",
)
load_settings = tg.Data("Matter and processing settings", kind="instructions")
review_docs = tg.Data(
    "Processed documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Natives, extracted and OCR text, metadata, per matter.",
)
chunk_text = tg.Data("Document text chunks", kind="documents", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
passages = tg.Data("Retrieved passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PII)
question = tg.Data(
    "Associate question",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Attorney work product: reveals case strategy.",
)
query_vector = tg.Data(
    "Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Prompt with passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question and the top-k passages with document ids.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Answer with citations", kind="model-output", sensitivity=tg.Sensitivity.PII)
tag_call = tg.Data("Tag request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tag_result = tg.Data("Tag result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
coding = tg.Data(
    "Coding decisions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Privileged / responsive tags that drive what is withheld and produced.",
)
chat_log = tg.Data("Assistant conversations", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Client systems", trust=tg.Trust.PARTNER):
    # The client's mail and file servers, collected by a forensic collection kit.
    client_source = tm.add(
        tg.DataSource(
            "Client custodian data", origin=tg.Origin.PARTNER, provides={client_collection}
        )
    )

with tm.boundary("Opposing counsel", trust=tg.Trust.UNTRUSTED):
    # The other side's productions, delivered as download links or on encrypted drives.
    opposing = tm.add(
        tg.DataSource(
            "Opposing party productions", origin=tg.Origin.PARTNER, provides={productions}
        )
    )

with tm.boundary("AI vendor cloud", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes answers from the retrieved passages.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, zero data retention")},
        )
    )
    # Same vendor's embedding API, used for indexing and for query vectors.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="same contract as the hosted LLM")},
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Reviews documents and asks the assistant questions about the matter.
    associate = tm.add(tg.Actor("Associate", role="reviewing attorney"))
    # Creates matters and loads client collections and productions.
    lit_support = tm.add(
        tg.Actor("Litigation support", role="platform administrator", privileged=True)
    )

with tm.boundary("Review platform", trust=tg.Trust.INTERNAL):
    # The review UI where associates read documents and apply coding by hand.
    review_app = tm.add(
        tg.Service(
            "Review web app",
            controls={
                c.Authentication(method="firm SSO with MFA"),
                c.RBAC(note="matter access groups"),
            },
        )
    )
    # Chat API behind the assistant pane in the review UI.
    assistant_api = tm.add(
        tg.Endpoint(
            "Assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="firm SSO with MFA")},
        )
    )
    # Plans retrieval, builds the prompt, calls the LLM and the tagging tool.
    assistant = tm.add(
        tg.Agent(
            "Review assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Applies tags directly when the associate asks; no confirmation step.",
        )
    )
    # Writes privileged/responsive tags through the platform's coding API.
    tagger = tm.add(
        tg.Tool(
            "Coding tool",
            capabilities={"read", "write"},
            controls={c.AuditLogging(note="platform coding history records AI-applied tags")},
        )
    )
    # Conversation history, kept so associates can return to earlier threads.
    conversations = tm.add(tg.DataStore("Conversation store", stores={chat_log}))

    with tm.boundary("Matter data tier", trust=tg.Trust.RESTRICTED):
        # De-duplication, text extraction and OCR of everything loaded.
        processing = tm.add(tg.Pipeline("Processing and OCR", stage=tg.Stage.INGESTION))
        # Natives, text, metadata and coding for every matter.
        repository = tm.add(
            tg.DataStore(
                "Document repository",
                stores={review_docs, coding},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Chunks and embeds processed text into the matter's index.
        indexer = tm.add(tg.Pipeline("Indexing job", stage=tg.Stage.PREPROCESSING))
        # One index per matter; client documents and productions side by side.
        index = tm.add(
            tg.VectorStore(
                "Matter vector index",
                stores={chunk_text, embeddings},
                controls={
                    c.PermissionAwareRetrieval(
                        note="one index per matter, chosen from the associate's matter"
                    ),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# loading
tm.flow(client_source, processing, client_collection, protocol="sftp", label="collection upload")
tm.flow(opposing, processing, productions, protocol="https", label="production download")
tm.flow(
    lit_support, processing, load_settings, protocol="https", label="creates matter, loads media"
)
tm.flow(processing, repository, review_docs)

# indexing
tm.flow(repository, indexer, review_docs)
tm.flow(indexer, embedder, chunk_text, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, chunk_text, embeddings)

# manual review
tm.flow(associate, review_app, coding, protocol="https", label="manual coding")
tm.flow(review_app, associate, review_docs, protocol="https")
tm.flow(repository, review_app, review_docs, coding)
tm.flow(review_app, repository, coding)

# assistant
tm.flow(associate, assistant_api, question, protocol="https")
tm.flow(assistant_api, associate, answer, protocol="https")
tm.flow(assistant_api, assistant, question)
tm.flow(assistant, assistant_api, answer)
tm.flow(assistant, embedder, question, protocol="https", label="embed query")
tm.flow(embedder, assistant, query_vector, protocol="https")
tm.flow(assistant, index, query_vector, label="similarity search")
tm.flow(index, assistant, passages)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, conversations, chat_log)

# tagging
tm.flow(assistant, tagger, tag_call)
tm.flow(tagger, assistant, tag_result)
tm.flow(tagger, repository, coding, label="set privileged / responsive")
