"""Call-centre agent assist: the first design, before any security review.

Customers of a UK motor and home insurer phone the contact centre about their
policies and claims. The cloud contact-centre platform forks the live call audio
to our agent-assist orchestrator, which streams it to a hosted speech-to-text
service and gets a running transcript back. From the transcript and a summary of
the caller's policy (looked up in the policy administration system by the policy
number the agent has opened) it retrieves policy knowledge articles from a vector
index and asks a hosted LLM for a suggested answer, shown in a side panel of the
agent's desktop. The agent decides what to say; nothing is said to the caller
automatically. The knowledge team writes articles in a knowledge base, and a
nightly pipeline chunks and embeds them. Agents sign in with corporate SSO and
MFA, vendor traffic uses TLS, stored transcripts are encrypted, and the AI vendor
went through procurement's supplier review. Transcripts are kept for QA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Call-centre agent assist",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Live-call transcription and knowledge-grounded answer suggestions "
    "for insurance contact-centre agents.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Both sides of the live call: the caller's and the agent's voice.",
)
transcript = tg.Data(
    "Live transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Speaker-labelled text segments produced from the call audio.",
)
policy_ref = tg.Data(
    "Policy number and call id",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The policy the agent has opened in the desktop for this call.",
)
policy_summary = tg.Data(
    "Policy summary",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Product, cover, excess, add-ons, open claims and the policyholder's name.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
policy_records = tg.Data(
    "Policy records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
articles = tg.Data(
    "Policy knowledge articles",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Product wording explanations, claims procedures and call scripts.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
article_text = tg.Data(
    "Article chunks for embedding", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
article_vectors = tg.Data(
    "Article embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings"
)
query_text = tg.Data(
    "Retrieval query",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The last few transcript turns, sent to be embedded.",
)
query_vector = tg.Data("Query embedding", sensitivity=tg.Sensitivity.PII, kind="embeddings")
retrieved = tg.Data(
    "Retrieved article chunks", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
prompt = tg.Data(
    "Suggestion prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, recent transcript, policy summary and retrieved articles.",
)
completion = tg.Data("LLM suggestion", sensitivity=tg.Sensitivity.PII, kind="model-output")
suggestion = tg.Data(
    "Suggested answer",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Suggested wording plus links to the articles it was drawn from.",
)
call_record = tg.Data(
    "Call transcript archive",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Full transcript and the suggestions shown, kept for QA and complaint handling.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the contact centre and say anything on the call.
    caller = tm.add(tg.Actor("Caller", role="policyholder or claimant"))

with tm.boundary("Contact-centre vendor", trust=tg.Trust.PARTNER):
    # The cloud telephony and ACD platform the insurer already uses; it exposes a media-streaming API.
    ccaas = tm.add(
        tg.ExternalService(
            "Cloud contact-centre platform",
            description="Routes calls to agents' softphones and forks call audio to subscribers.",
        )
    )

with tm.boundary("Cloud AI vendor (EU region)", trust=tg.Trust.PARTNER):
    # Managed streaming transcription; we buy it rather than run our own ASR.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text service",
            provides=tg.ExternalCategory.MODEL_API,
            description="Streaming transcription with speaker separation, en-GB.",
        )
    )
    # Hosted embedding model used for both articles and live queries so vectors match.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # The generative model that drafts the suggested answer from the retrieved articles.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={
                c.SupplierAssessment(note="procurement vendor review; no training on our data"),
                c.HumanInTheLoop(
                    approver="the call-centre agent",
                    note="suggestions are only shown to the agent, who decides what to tell the caller",
                ),
            },
        )
    )

with tm.boundary("Insurer cloud VPC", trust=tg.Trust.INTERNAL):
    # Backend for the desktop side panel: agents open a call session and receive suggestions.
    assist_api = tm.add(
        tg.Endpoint(
            "Agent assist API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # Glue: subscribes to call audio, drives transcription, retrieval and the LLM call.
    orchestrator = tm.add(
        tg.Service(
            "Assist orchestrator",
            description="Per-call session: audio in, transcript, retrieval, prompt, suggestion out.",
        )
    )
    # Index of knowledge-article chunks the orchestrator searches during calls.
    index = tm.add(tg.VectorStore("Knowledge article index", stores={retrieved, article_vectors}))
    # Nightly job that turns published articles into embedded chunks.
    indexer = tm.add(tg.Pipeline("Article indexing pipeline", stage=tg.Stage.INGESTION))
    # Transcripts and suggestions per call, for QA review and complaints.
    archive = tm.add(
        tg.DataStore(
            "Transcript archive",
            stores={call_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
    # System of record for policies; the assist tool reads a summary of one policy per call.
    pas = tm.add(
        tg.DataStore(
            "Policy administration system",
            stores={policy_records},
            controls={c.EncryptionAtRest(), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Contact-centre agent on the desktop softphone, reading the suggestions panel.
    agent = tm.add(tg.Actor("Call-centre agent", role="contact-centre agent"))
    # Knowledge team member who writes and publishes policy articles.
    author = tm.add(tg.Actor("Knowledge author", role="knowledge team"))
    # The knowledge base where articles are drafted, reviewed and published.
    kb = tm.add(
        tg.DataStore(
            "Knowledge base",
            stores={articles},
            controls={c.RBAC(note="only the knowledge team can publish articles")},
        )
    )

# ---------------------------------------------------------------- flows
# The call itself
tm.flow(caller, ccaas, call_audio, protocol="pstn")
tm.flow(ccaas, caller, call_audio, protocol="pstn")
tm.flow(agent, ccaas, call_audio, protocol="webrtc", label="agent softphone")
tm.flow(ccaas, agent, call_audio, protocol="webrtc", label="agent softphone")

# Live transcription
tm.flow(
    ccaas,
    orchestrator,
    call_audio,
    protocol="wss",
    label="media stream fork",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    orchestrator,
    stt,
    call_audio,
    protocol="wss",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    stt,
    orchestrator,
    transcript,
    protocol="wss",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

# Agent desktop panel
tm.flow(agent, assist_api, policy_ref, protocol="https", label="open call session")
tm.flow(assist_api, orchestrator, policy_ref)
tm.flow(orchestrator, assist_api, transcript, suggestion)
tm.flow(assist_api, agent, transcript, suggestion, protocol="https")

# Policy context
tm.flow(orchestrator, pas, policy_ref, protocol="https", label="policy lookup")
tm.flow(pas, orchestrator, policy_summary, protocol="https")

# Retrieval
tm.flow(
    orchestrator,
    embedder,
    query_text,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    embedder,
    orchestrator,
    query_vector,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(orchestrator, index, query_vector, label="similarity search")
tm.flow(index, orchestrator, retrieved)

# Suggestion
tm.flow(
    orchestrator,
    llm,
    prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    llm,
    orchestrator,
    completion,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(orchestrator, archive, call_record)

# Knowledge authoring and indexing
tm.flow(author, kb, articles, protocol="https", label="write and publish")
tm.flow(kb, author, articles, protocol="https")
tm.flow(kb, indexer, articles, protocol="https", label="nightly export of published articles")
tm.flow(
    indexer,
    embedder,
    article_text,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    embedder,
    indexer,
    article_vectors,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(indexer, index, retrieved, article_vectors)
