"""Organ registration assistant: the first design, before any security review.

The cathedral's music department wants a tablet app at the organ console that
suggests stop registrations for a piece. The organist picks a piece, movement
and occasion on the tablet; a small web app in the department's cloud tenancy
builds a prompt from the organ's specification (stops, divisions, couplers,
playing aids), the organists' past registrations of similar pieces and public
metadata about the piece, and asks a hosted LLM for a registration. The answer
is shown on the tablet; the organist draws the stops by hand. The tablet also
reads the solid-state combination action's piston memory over USB-MIDI, so a
registration actually used can be captured back into the library. Organists sign
in with their own Microsoft 365 accounts; only the director of music may edit the
specification. Traffic is HTTPS, the library database is encrypted and backed up
nightly by the cloud platform, and stop names in each answer are checked against
the specification before it is shown.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organ console registration assistant",
    profile=tg.RiskProfile.LOW,
    description="Suggests organ stop registrations on the console tablet from the "
    "organ's specification and past registrations.",
)

# ---------------------------------------------------------------- data assets
piece_request = tg.Data(
    "Piece request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Piece, movement, occasion and the organist's free-text wishes.",
)
suggestion = tg.Data("Registration suggestion", kind="model-output")
prompt = tg.Data(
    "Suggestion prompt",
    kind="prompt",
    description="Instructions, the specification, similar past registrations and piece metadata.",
)
completion = tg.Data("LLM completion", kind="model-output")
specification = tg.Data(
    "Organ specification",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Stop list by division, couplers, playing aids and notes on ciphers and faults.",
)
past_registrations = tg.Data(
    "Past registrations",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Registrations used for each piece, with date, occasion and organist's name.",
)
piston_levels = tg.Data(
    "Piston memory levels",
    kind="records",
    description="Stops and couplers stored on the combination action's pistons.",
)
similar = tg.Data("Similar past registrations", kind="retrieved-context")
embeddings = tg.Data("Registration embeddings", kind="embeddings")
piece_metadata = tg.Data(
    "Public piece metadata",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Composer, date, movements and the composer's registration indications.",
)
feedback = tg.Data("Suggestion feedback", kind="feedback")
history = tg.Data("Suggestion history", kind="logs")
id_token = tg.Data("Microsoft 365 ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Cathedral", trust=tg.Trust.INTERNAL):
    # Plays the services and asks for suggestions at the console.
    organist = tm.add(tg.Actor("Organist", role="organist"))
    # Maintains the organ specification and oversees the registration library.
    director = tm.add(tg.Actor("Director of music", role="director of music", privileged=True))
    # The tablet on the console music desk, on the cathedral staff Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Console tablet",
            fleet=False,
            description="Runs the assistant web app; stays signed in between services.",
        )
    )
    # The organ's solid-state piston system; the tablet reads its memory levels.
    combination = tm.add(
        tg.Device(
            "Combination action",
            fleet=False,
            description="Solid-state capture system with a USB-MIDI port; read only by the app.",
        )
    )

with tm.boundary("Music department cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web app's API: requests, captures, feedback and specification edits.
    api = tm.add(
        tg.Endpoint(
            "Registration API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="each organist's own Microsoft 365 account (OIDC)"),
                c.RBAC(note="only the director of music may edit the specification"),
            },
        )
    )
    # Assembles the prompt, calls the LLM and checks the answer against the stop list.
    suggester = tm.add(
        tg.Service(
            "Suggestion service",
            controls={
                c.OutputFiltering(
                    note="stop names not in the specification are dropped from the answer"
                )
            },
        )
    )
    # The organ's specification, edited by the director of music.
    spec_store = tm.add(tg.DataStore("Organ specification store", stores={specification}))
    # Every registration captured or entered, the department's long-term record.
    library = tm.add(
        tg.DataStore(
            "Registration library",
            stores={past_registrations},
            controls={
                c.EncryptionAtRest(key_management="cloud platform managed keys"),
                c.DataVersioning(note="nightly platform backups"),
            },
        )
    )
    # Similarity search over past registrations, to pick examples for the prompt.
    index = tm.add(tg.VectorStore("Registration index", stores={embeddings, past_registrations}))
    # Embeds new library entries into the index.
    indexer = tm.add(tg.Pipeline("Indexing job", stage=tg.Stage.INGESTION))
    # Requests, suggestions and the organist's verdict on each, for tuning the prompt.
    log_store = tm.add(tg.DataStore("Suggestion log", stores={history, feedback}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the registration suggestion.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Embeds registrations and requests for the index.
    embedder = tm.add(
        tg.Model(
            "Vendor embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The cathedral's staff accounts sign organists in.
    idp = tm.add(tg.ExternalService("Microsoft 365 sign-in", provides="identity-provider"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public repertoire pages looked up for the piece being played.
    repertoire = tm.add(
        tg.DataSource(
            "Public repertoire metadata",
            origin=tg.Origin.PUBLIC_WEB,
            provides={piece_metadata},
            description="Public catalogue and edition pages fetched by piece title.",
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# sign-in
tm.flow(tablet, idp, id_token, protocol="https", controls={tls}, label="sign-in")
tm.flow(idp, tablet, id_token, protocol="https", controls={tls})

# asking for a suggestion at the console
tm.flow(organist, tablet, piece_request, feedback)
tm.flow(tablet, organist, suggestion)
tm.flow(tablet, api, piece_request, feedback, id_token, protocol="https", controls={tls})
tm.flow(api, tablet, suggestion, protocol="https", controls={tls})
tm.flow(api, suggester, piece_request, feedback)
tm.flow(suggester, api, suggestion)
tm.flow(spec_store, suggester, specification)
tm.flow(
    suggester, embedder, piece_request, protocol="https", controls={tls}, label="query embedding"
)
tm.flow(embedder, suggester, embeddings, protocol="https", controls={tls})
tm.flow(suggester, index, embeddings, label="similarity query")
tm.flow(index, suggester, similar)
tm.flow(repertoire, suggester, piece_metadata, protocol="https")
tm.flow(suggester, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, suggester, completion, protocol="https", controls={tls})
tm.flow(suggester, log_store, history, feedback)

# capturing registrations actually used
tm.flow(combination, tablet, piston_levels, protocol="usb-midi")
tm.flow(tablet, api, piston_levels, protocol="https", controls={tls}, label="capture")
tm.flow(api, library, past_registrations)
tm.flow(library, api, past_registrations, label="library browsing")
tm.flow(library, indexer, past_registrations)
tm.flow(indexer, embedder, past_registrations, protocol="https", controls={tls})
tm.flow(embedder, indexer, embeddings, protocol="https", controls={tls})
tm.flow(indexer, index, embeddings, past_registrations)

# specification upkeep
tm.flow(director, api, specification, past_registrations, protocol="https", controls={tls})
tm.flow(api, director, specification, past_registrations, protocol="https", controls={tls})
tm.flow(api, spec_store, specification)
tm.flow(spec_store, api, specification)
