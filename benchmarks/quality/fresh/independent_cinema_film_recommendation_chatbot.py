"""Independent cinema film chatbot: the first design, before any security review.

A two-screen independent cinema in the UK adds a chat assistant to its website.
Anyone browsing can ask it which films in the current programme suit them, and
ask about step-free access, captioned and relaxed screenings, and the cafe and
bar menu; answers link to the booking pages on the ticketing platform. Members
can sign in with their ticketing account, and the assistant then also uses the
films they have seen to recommend new ones. A small orchestrator on the
cinema's web host retrieves programme notes from a vector index, calls a hosted
LLM and keeps chat transcripts. The programme team writes film notes and venue
information in the website CMS; an indexing job embeds them nightly. Controls:
TLS on external calls, a per-visitor rate limit on the chat API, member sign-in
through the ticketing platform, CMS staff logins, and links in answers
rewritten to the ticketing site only.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Independent cinema film recommendation chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot recommending films from the programme and answering venue "
    "questions, personalised for signed-in members.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Visitor chat message", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
member_message = tg.Data(
    "Member chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A signed-in member's question, with their member id.",
)
reply = tg.Data(
    "Bot reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recommendations and answers with links to booking pages.",
)
member_login = tg.Data("Member sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
member_token = tg.Data(
    "Member session token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC ID token issued by the ticketing platform.",
)
viewing_history = tg.Data(
    "Member viewing history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Films booked by the member over the past two years.",
)
ticketing_key = tg.Data("Ticketing API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
prompt = tg.Data(
    "Prompt with programme context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, retrieved film notes, the question and, for members, "
    "their recent viewing history.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
film_notes = tg.Data(
    "Film notes and venue information",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Programme notes, screening times, accessibility details, cafe and bar menu.",
)
note_chunks = tg.Data(
    "Film note chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
embeddings = tg.Data("Text embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website; no sign-in needed.
    visitor = tm.add(tg.Actor("Website visitor", role="visitor"))
    # Cinema member signed in with their ticketing account.
    member = tm.add(tg.Actor("Cinema member", role="member"))

with tm.boundary("Ticketing platform", trust=tg.Trust.PARTNER):
    # SaaS box office: member accounts, sign-in and booking history.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Hosted box office; also serves member booking history over its API.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answers.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )
    # Embeds questions and film notes for retrieval.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Cinema web host", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.Authentication(method="OIDC via the ticketing platform, members only"),
            },
        )
    )
    # Retrieves notes, fetches member history, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Chat orchestrator",
            controls={
                c.OutputFiltering(note="links rewritten to the ticketing site's domain only")
            },
        )
    )
    # Index of programme notes and venue information.
    index = tm.add(tg.VectorStore("Programme notes index", stores={note_chunks, embeddings}))
    # Transcripts kept to improve the prompt and answer complaints.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Website CMS where the programme team writes notes.
    cms = tm.add(
        tg.DataStore(
            "Website CMS",
            stores={film_notes},
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )
    # Nightly job chunking and embedding the CMS content.
    indexer = tm.add(tg.Pipeline("Nightly indexing job", stage=tg.Stage.INGESTION))

with tm.boundary("Cinema office", trust=tg.Trust.INTERNAL):
    # Writes film notes and venue information.
    programme_team = tm.add(tg.Actor("Programme team", role="programme editor"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(visitor, chat_api, chat_message, protocol="https", controls={tls})
tm.flow(chat_api, visitor, reply, protocol="https", controls={tls})
tm.flow(member, ticketing, member_login, protocol="https", controls={tls}, label="sign in")
tm.flow(ticketing, member, member_token, protocol="https", controls={tls}, label="OIDC redirect")
tm.flow(member, chat_api, member_message, member_token, protocol="https", controls={tls})
tm.flow(chat_api, member, reply, protocol="https", controls={tls})

tm.flow(chat_api, orchestrator, chat_message, member_message)
tm.flow(orchestrator, chat_api, reply)
tm.flow(
    orchestrator, ticketing, ticketing_key, protocol="https", controls={tls}, label="history lookup"
)
tm.flow(ticketing, orchestrator, viewing_history, protocol="https", controls={tls})
tm.flow(orchestrator, embedder, chat_message, member_message, protocol="https", controls={tls})
tm.flow(embedder, orchestrator, embeddings, protocol="https", controls={tls})
tm.flow(orchestrator, index, embeddings, label="similarity query")
tm.flow(index, orchestrator, note_chunks, label="retrieved notes")
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, completion, protocol="https", controls={tls})
tm.flow(orchestrator, transcript_store, transcripts)

tm.flow(programme_team, cms, film_notes, protocol="https", controls={tls})
tm.flow(cms, indexer, film_notes)
tm.flow(indexer, embedder, film_notes, protocol="https", controls={tls})
tm.flow(embedder, indexer, embeddings, protocol="https", controls={tls})
tm.flow(indexer, index, note_chunks, embeddings)
