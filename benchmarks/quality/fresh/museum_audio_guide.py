"""Museum audio guide: the first design, before any security review.

Visitors scan a QR code printed next to an exhibit and land in the guide web app
on their own phone, on the museum's guest Wi-Fi or mobile data. They ask the
guide about what they are looking at, typing or speaking; speech is transcribed
by a cloud speech API and answers can be read back aloud by the same vendor. A
guide service in the museum's cloud tenancy retrieves curator-written exhibit
notes from a vector index, adds the visitor's tour so far, and asks a hosted LLM.
There are no accounts: a random tour cookie keys each visitor's tour memory,
which is wiped at closing time. Curators edit notes in the collections CMS; a
nightly job embeds them into the index. Questions are logged so curators can see
what visitors ask. Controls in this design: TLS everywhere, a per-IP rate limit
and size checks at the edge, one-day retention of tour memory, and staff SSO on
the CMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum audio guide",
    profile=tg.RiskProfile.LOW,
    description="Anonymous visitor Q&A guide over curator exhibit notes, opened from QR codes.",
)

# ---------------------------------------------------------------- data assets
exhibit_link = tg.Data(
    "Exhibit link",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="URL on the QR code: guide address plus exhibit id.",
)
tour_cookie = tg.Data(
    "Tour cookie",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="credentials",
    description="Random tour id set on first visit; the only thing tying requests to a tour.",
)
typed_question = tg.Data("Typed question", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
voice_question = tg.Data("Spoken question audio", sensitivity=tg.Sensitivity.PII, kind="media")
transcript = tg.Data("Question transcript", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
answer_text = tg.Data("Guide answer", sensitivity=tg.Sensitivity.PUBLIC, kind="model-output")
answer_audio = tg.Data("Spoken answer audio", sensitivity=tg.Sensitivity.PUBLIC, kind="media")
tour_state = tg.Data(
    "Tour memory",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Exhibits visited and the day's questions and answers, keyed by tour id.",
)
prompt = tg.Data(
    "Guide prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="System prompt, exhibit notes, tour so far and the question.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PUBLIC, kind="model-output")
exhibit_notes = tg.Data(
    "Exhibit notes",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Curator-written texts, including unpublished drafts and loan details.",
)
note_chunks = tg.Data(
    "Exhibit note chunks", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
note_vectors = tg.Data("Note embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings")
question_vector = tg.Data(
    "Question embedding", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings"
)
question_log = tg.Data("Question log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Galleries and internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in the museum (or anyone with the URL) can use the guide; no sign-in.
    visitor = tm.add(tg.Actor("Visitor", role="museum visitor"))
    # Printed stickers next to each exhibit, in public rooms.
    qr_codes = tm.add(
        tg.DataSource(
            "Exhibit QR codes",
            origin=tg.Origin.INTERNAL,
            provides={exhibit_link},
            description="Stickers printed by the museum and fixed beside each exhibit.",
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # The generative model that writes the answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )
    # Embeds notes at index time and questions at query time.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # Speech-to-text for voice questions and text-to-speech for read-aloud answers.
    speech = tm.add(tg.ExternalService("Cloud speech API", provides="model-api"))

with tm.boundary("Museum cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public web app and its JSON API, behind the CDN.
    guide_api = tm.add(
        tg.Endpoint(
            "Guide web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per client IP at the CDN"),
                c.InputValidation(note="question length and audio clip size and duration caps"),
            },
        )
    )
    # Orchestrates transcription, retrieval, prompt building and the LLM call.
    guide_service = tm.add(
        tg.Service(
            "Guide service",
            description="Builds the prompt from notes and tour memory, calls the LLM.",
        )
    )
    # Remembers the visitor's tour for the day so follow-up questions make sense.
    tour_store = tm.add(
        tg.DataStore(
            "Tour memory store",
            stores={tour_state},
            controls={c.RetentionLimits(days=1, note="keys expire at closing time")},
        )
    )
    # Retrieval index over the curators' notes.
    notes_index = tm.add(tg.VectorStore("Exhibit notes index", stores={note_chunks, note_vectors}))
    # Nightly job that chunks and embeds the published notes.
    indexer = tm.add(tg.Pipeline("Notes indexing job", stage=tg.Stage.INGESTION))
    # What visitors asked, for curators to improve the notes.
    log_store = tm.add(tg.DataStore("Question log store", stores={question_log}))

with tm.boundary("Museum office network", trust=tg.Trust.INTERNAL):
    # Source of truth for exhibit texts.
    cms = tm.add(
        tg.DataStore(
            "Collections CMS",
            stores={exhibit_notes},
            controls={c.Authentication(method="museum staff SSO")},
        )
    )
    # Writes and corrects the notes; reads the question log.
    curator = tm.add(tg.Actor("Curator", role="curator"))

# ---------------------------------------------------------------- flows
tm.flow(qr_codes, visitor, exhibit_link, label="scan")
tm.flow(
    visitor, guide_api, exhibit_link, tour_cookie, typed_question, voice_question, protocol="https"
)
tm.flow(guide_api, visitor, answer_text, answer_audio, tour_cookie, protocol="https")

tm.flow(guide_api, guide_service, typed_question, voice_question, exhibit_link, tour_cookie)
tm.flow(guide_service, guide_api, answer_text, answer_audio)

tm.flow(guide_service, speech, voice_question, answer_text, protocol="https")
tm.flow(speech, guide_service, transcript, answer_audio, protocol="https")

tm.flow(guide_service, tour_store, tour_state)
tm.flow(tour_store, guide_service, tour_state)

tm.flow(guide_service, embedder, transcript, typed_question, protocol="https")
tm.flow(embedder, guide_service, question_vector, protocol="https")
tm.flow(guide_service, notes_index, question_vector, label="similarity query")
tm.flow(notes_index, guide_service, note_chunks, label="retrieved notes")

tm.flow(guide_service, llm, prompt, protocol="https")
tm.flow(llm, guide_service, completion, protocol="https")

tm.flow(guide_service, log_store, question_log)
tm.flow(log_store, curator, question_log, protocol="https", label="weekly review")

tm.flow(curator, cms, exhibit_notes, protocol="https", label="edits notes")
tm.flow(cms, indexer, exhibit_notes, protocol="https", label="nightly export")
tm.flow(indexer, embedder, note_chunks, protocol="https")
tm.flow(embedder, indexer, note_vectors, protocol="https")
tm.flow(indexer, notes_index, note_chunks, note_vectors)
