"""Podcast transcript search and Q&A: the first design, before any security review.

Our podcast app lets listeners search inside episodes and ask questions about
them. An ingestion worker polls public RSS feeds, downloads each new episode's
audio, and a transcription pipeline runs a self-hosted open-weights speech-to-text
model on GPUs, chunks the timestamped transcript and embeds it with a self-hosted
embedding model into a vector index. In the app, a search-and-answer service
embeds the listener's question, retrieves transcript excerpts and asks a hosted
LLM for an answer that cites episode timestamps. Listeners sign in through a
third-party identity provider so that their listening history and saved answers
are kept in our user database. Controls in this design: OIDC sign-in and per-user
rate limits on the app API, feed and audio size/type checks at ingestion, pinned
model revisions, the LLM key in the secrets manager, a check that cited timestamps
exist in the retrieved excerpts, and default KMS encryption of the user database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Podcast transcript search",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="In-episode search and timestamped Q&A over transcripts of public podcasts.",
)

# ---------------------------------------------------------------- data assets
feed = tg.Data(
    "RSS feed metadata",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Show and episode titles, descriptions, enclosure URLs.",
)
audio = tg.Data("Episode audio", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
transcript = tg.Data(
    "Timestamped transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
chunk_vectors = tg.Data(
    "Transcript chunk embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Chunk text, episode id, start/end timestamps and the vector.",
)
excerpts = tg.Data("Retrieved transcript excerpts", kind="retrieved-context")
weights = tg.Data(
    "Open model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="safetensors",
    description="Speech-to-text and embedding checkpoints from Hugging Face.",
)
credentials = tg.Data("Sign-in ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
question = tg.Data(
    "Listener search or question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text tied to the listener's account.",
)
query_vector = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Answer prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the listener's question and the retrieved excerpts.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
answer = tg.Data(
    "Answer with timestamps",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answer text plus links to episode timestamps, or search hits.",
)
history = tg.Data(
    "Listening history and saved answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Listeners using the mobile and web app.
    listener = tm.add(tg.Actor("Listener", role="listener"))
    # Public feeds: anyone can publish a podcast, so the content is not ours.
    rss_feeds = tm.add(
        tg.DataSource(
            "Public podcast RSS feeds",
            origin=tg.Origin.PUBLIC_WEB,
            provides={feed, audio},
            description="Feeds from the podcast directory, with audio on publishers' CDNs.",
        )
    )
    # Where the open-weights models are downloaded from at image build time.
    model_hub = tm.add(tg.ExternalService("Hugging Face Hub", provides="model-hub"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted sign-in (Apple, Google, email) so we store no passwords.
    idp = tm.add(tg.ExternalService("Identity provider", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("App cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the app: search, Q&A, history.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC ID token"),
                c.RateLimiting(requests_per_minute=30, note="per user, on Q&A"),
            },
        )
    )
    # Embeds the question, retrieves excerpts, prompts the LLM, checks citations.
    answer_service = tm.add(
        tg.Service(
            "Search and answer service",
            controls={
                c.SecretsManagement(note="LLM API key in the cloud secrets manager"),
                c.OutputFiltering(note="cited timestamps must match a retrieved excerpt"),
            },
        )
    )
    # Vector index of transcript chunks shared by search and Q&A.
    index = tm.add(tg.VectorStore("Transcript vector index", stores={chunk_vectors, transcript}))
    # Accounts, listening history and saved answers.
    user_db = tm.add(
        tg.DataStore(
            "User database",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud KMS default key")},
        )
    )
    # Embedding model used both at indexing time and at query time.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            controls={c.ModelVersioning(note="pinned Hugging Face revision")},
        )
    )

    with tm.boundary("Processing cluster", trust=tg.Trust.INTERNAL):
        # Polls feeds and downloads new episodes.
        ingestion = tm.add(
            tg.Pipeline(
                "Feed ingestion worker",
                stage=tg.Stage.INGESTION,
                controls={
                    c.InputValidation(note="XML size limit, audio content type and duration caps")
                },
            )
        )
        # Raw audio kept for re-transcription when the model is upgraded.
        audio_bucket = tm.add(tg.DataStore("Episode audio bucket", stores={audio}))
        # Transcribes, chunks and indexes each new episode.
        transcriber = tm.add(
            tg.Pipeline("Transcription and indexing pipeline", stage=tg.Stage.PREPROCESSING)
        )
        # Self-hosted speech-to-text model on GPU workers.
        stt = tm.add(
            tg.Model(
                "Speech-to-text model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Whisper-class model producing word-level timestamps.",
                controls={c.ModelVersioning(note="pinned Hugging Face revision")},
            )
        )

# ---------------------------------------------------------------- flows
# Ingestion and indexing
tm.flow(rss_feeds, ingestion, feed, audio, protocol="https", label="poll every 15 minutes")
tm.flow(ingestion, audio_bucket, audio)
tm.flow(ingestion, transcriber, feed, label="new-episode job")
tm.flow(audio_bucket, transcriber, audio)
tm.flow(transcriber, stt, audio)
tm.flow(stt, transcriber, transcript)
tm.flow(transcriber, embedder, transcript, label="chunks")
tm.flow(embedder, transcriber, chunk_vectors)
tm.flow(transcriber, index, chunk_vectors, transcript)
tm.flow(model_hub, stt, weights, protocol="https", label="image build")
tm.flow(model_hub, embedder, weights, protocol="https", label="image build")

# Sign-in
tm.flow(listener, idp, credentials, protocol="https", label="sign in")
tm.flow(idp, listener, credentials, protocol="https", label="ID token")

# Search and Q&A
tm.flow(listener, app_api, question, credentials, protocol="https")
tm.flow(app_api, answer_service, question)
tm.flow(answer_service, embedder, question)
tm.flow(embedder, answer_service, query_vector)
tm.flow(answer_service, index, query_vector, label="similarity search")
tm.flow(index, answer_service, excerpts)
tm.flow(answer_service, llm, prompt, protocol="https")
tm.flow(llm, answer_service, completion, protocol="https")
tm.flow(answer_service, app_api, answer)
tm.flow(app_api, listener, answer, history, protocol="https")

# History and saved answers
tm.flow(app_api, user_db, history, label="record plays, save answers")
tm.flow(user_db, app_api, history)
