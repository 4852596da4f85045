"""Tide mill museum audio guide: the first design, before any security review.

Visitors to a small tide mill museum open the audio guide app on their own phone
and ask questions out loud ("why does the wheel only turn on the ebb?"). The app
sends the recording to the museum's guide API in its cloud project, where an
orchestrator has a cloud speech service transcribe it, looks up passages from
the curator's notes and OCR'd archive scans (mill ledgers, letters, photographs)
in a vector index, and asks a hosted LLM to answer from them. The answer is
spoken back through the same speech service. When the LLM cannot answer from the
sources, or the question is new, it flags it to a queue the curator works through
in a small dashboard. The curator keeps notes and scans on the museum's document
library; a nightly job OCRs, chunks and embeds them. The app is anonymous; the
guide API is rate limited, the vendor's content filter is on, the dashboard uses
the museum's Google Workspace sign-in with 2SV, and API keys are in a secret manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tide mill museum audio guide",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Voice question-and-answer audio guide for museum visitors, answered by an LLM "
        "from curator notes and archive scans, with questions flagged for the curator."
    ),
)

# ---------------------------------------------------------------- data assets
question_audio = tg.Data(
    "Spoken question",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The visitor's voice recording; children use the guide too.",
)
transcript = tg.Data("Question transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer_text = tg.Data("Answer text", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
answer_audio = tg.Data("Spoken answer", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Guide prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the visitor's transcribed question and the retrieved passages.",
)
llm_reply = tg.Data(
    "Answer with curator flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The answer and whether the question should go to the curator.",
)
query_embedding = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII)
passages = tg.Data(
    "Retrieved collection passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
curator_notes = tg.Data(
    "Curator's notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gallery texts, research notes and talking points on the mill and its millers.",
)
archive_scans = tg.Data(
    "Archive scans",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Scanned mill ledgers, letters and photographs, 1820s to 1950s, OCR'd for search.",
)
chunks = tg.Data("Collection chunks", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
chunk_embeddings = tg.Data(
    "Collection chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
flagged = tg.Data(
    "Flagged visitor questions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Transcribed questions the guide could not answer, with its draft answer.",
)
flag_status = tg.Data("Flag resolution", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
conversation_log = tg.Data(
    "Conversation transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every question transcript and answer, with the app install id and time.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who downloads the app can ask questions, in the museum or at home.
    visitor = tm.add(tg.Actor("Visitor", role="museum visitor"))
    # The guide app on the visitor's own smartphone; no account, an install id only.
    app = tm.add(tg.Device("Audio guide phone app", fleet=True))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Transcribes questions and speaks answers.
    speech = tm.add(
        tg.ExternalService("Cloud speech service", provides=tg.ExternalCategory.MODEL_API)
    )
    # Answers from the retrieved passages and decides whether to flag the question.
    llm = tm.add(
        tg.LLM(
            "Hosted guide LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )
    # Embeds questions and collection chunks for search.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("Museum cloud project", trust=tg.Trust.INTERNAL):
    # The app's only entry point.
    guide_api = tm.add(
        tg.Endpoint(
            "Guide API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per app install id")},
        )
    )
    # Transcribes, retrieves, prompts the LLM, speaks the answer and flags questions.
    orchestrator = tm.add(
        tg.Service(
            "Guide orchestrator",
            controls={
                c.SecretsManagement(note="speech and LLM API keys in the cloud secret manager")
            },
        )
    )
    # Search index over the curator's notes and the archive scans.
    index = tm.add(tg.VectorStore("Collection index", stores={chunk_embeddings}))
    # Nightly OCR, chunking and embedding of new notes and scans.
    ingestion = tm.add(tg.Pipeline("Nightly collection ingestion", stage=tg.Stage.INGESTION))
    # Questions waiting for the curator.
    queue = tm.add(tg.DataStore("Curator question queue", stores={flagged, flag_status}))
    # Kept to see what visitors ask and to improve the notes.
    log_store = tm.add(tg.DataStore("Conversation log", stores={conversation_log}))
    # Where the curator reads flagged questions and marks them answered.
    dashboard = tm.add(
        tg.Service(
            "Curator dashboard",
            internet_facing=True,
            controls={c.Authentication(method="museum Google Workspace account with 2SV")},
        )
    )

with tm.boundary("Museum office", trust=tg.Trust.INTERNAL):
    # Writes the notes, scans the archive and answers flagged questions.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # The museum's document library, where notes and scans are kept.
    library = tm.add(
        tg.DataStore(
            "Collections document library",
            stores={curator_notes, archive_scans},
            controls={c.EncryptionAtRest(key_management="Google Workspace managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# asking a question
tm.flow(visitor, app, question_audio, label="spoken into the app")
tm.flow(app, guide_api, question_audio, protocol="https")
tm.flow(guide_api, orchestrator, question_audio)
tm.flow(orchestrator, speech, question_audio, protocol="https", label="speech to text")
tm.flow(speech, orchestrator, transcript, protocol="https", label="speech to text")

# retrieval and answering
tm.flow(orchestrator, embedder, transcript, protocol="https")
tm.flow(embedder, orchestrator, query_embedding, protocol="https")
tm.flow(orchestrator, index, query_embedding, label="similarity query")
tm.flow(index, orchestrator, passages, label="retrieved context")
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_reply, protocol="https")

# speaking the answer
tm.flow(orchestrator, speech, answer_text, protocol="https", label="text to speech")
tm.flow(speech, orchestrator, answer_audio, protocol="https", label="text to speech")
tm.flow(orchestrator, guide_api, answer_audio, answer_text)
tm.flow(guide_api, app, answer_audio, answer_text, protocol="https")
tm.flow(app, visitor, answer_audio, label="played in the app")

# flagging and logging
tm.flow(orchestrator, queue, flagged)
tm.flow(orchestrator, log_store, conversation_log)

# the curator's side
tm.flow(queue, dashboard, flagged)
tm.flow(dashboard, queue, flag_status)
tm.flow(dashboard, curator, flagged, protocol="https")
tm.flow(curator, dashboard, flag_status, protocol="https")
tm.flow(curator, library, curator_notes, archive_scans, protocol="https", label="uploads")

# nightly ingestion
tm.flow(library, ingestion, curator_notes, archive_scans, protocol="https", label="nightly sync")
tm.flow(ingestion, embedder, chunks, protocol="https")
tm.flow(embedder, ingestion, chunk_embeddings, protocol="https")
tm.flow(ingestion, index, chunk_embeddings)
