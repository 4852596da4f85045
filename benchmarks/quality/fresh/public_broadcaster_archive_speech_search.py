"""Archive speech search for a European public broadcaster: the first design.

A transcription pipeline pulls audio proxies of radio and TV programmes from the
media asset management system (MAM), runs them through an open-weights
speech-to-text model on the broadcaster's own GPU cluster, and writes the
transcripts, with speaker, programme and broadcast-date metadata and the MAM's
restriction flag, into a search index. Archivists and the legal desk set the
restriction flag in the MAM for embargoed material, court cases and protected
sources. Journalists use a web search portal: a search service queries the index
and an open-weights LLM on the same GPU cluster summarises the matching clips.
Staff sign in through the broadcaster's SSO; freelancers get temporary guest
accounts in it and reach the portal over the internet through the application
proxy. The portal has two roles (staff, freelancer), the search service logs
every query, and the MAM keeps its own role-based access and audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Archive speech search",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Transcribed broadcast archive with search and LLM clip summaries for journalists.",
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Archive audio proxies",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Broadcast and unbroadcast material, including raw interviews with sources.",
)
programme_metadata = tg.Data(
    "Programme metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Programme, broadcast date, credited contributors and speakers.",
)
restriction_flags = tg.Data(
    "Restriction flags",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Embargo, court-case and protected-source markings on archive items.",
)
transcripts = tg.Data(
    "Clip transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Timed transcript segments with speaker, date and restriction metadata.",
)
query = tg.Data(
    "Search query",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What a journalist is researching; can reveal unpublished stories.",
)
matches = tg.Data(
    "Matching transcript segments", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
summary_prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the query and the matching segments.",
)
summary = tg.Data("Clip summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
results = tg.Data("Search results page", kind="documents", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
query_log = tg.Data("Query log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
stt_weights = tg.Data(
    "Speech-to-text weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
llm_weights = tg.Data(
    "Summariser LLM weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance journalists work from home with temporary guest accounts.
    freelancer = tm.add(tg.Actor("Freelance journalist", role="freelancer"))
    # Where the open-weights models are downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("SSO tenant", trust=tg.Trust.PARTNER):
    # The broadcaster's cloud identity provider, used by every internal app.
    sso = tm.add(tg.ExternalService("Broadcaster SSO", provides="identity-provider"))

with tm.boundary("Broadcaster corporate network", trust=tg.Trust.INTERNAL):
    # Staff journalists in the newsroom or on the corporate VPN.
    journalist = tm.add(tg.Actor("Staff journalist", role="journalist"))
    # Archivists and the legal desk maintain metadata and restriction flags.
    archivist = tm.add(tg.Actor("Archivist", role="archive and legal staff", privileged=True))
    # The existing system of record for the archive.
    mam = tm.add(
        tg.DataStore(
            "Media asset management system",
            stores={recordings, programme_metadata, restriction_flags},
            controls={c.RBAC(), c.AuditLogging(retention_days=730)},
        )
    )

    with tm.boundary("Archive AI platform", trust=tg.Trust.INTERNAL):
        # Web app journalists search from; published to the internet via the app proxy.
        portal = tm.add(
            tg.Endpoint(
                "Archive search portal",
                purpose="api",
                internet_facing=True,
                controls={
                    c.Authentication(method="OIDC single sign-on through the broadcaster SSO"),
                    c.RBAC(
                        note="staff and freelancer roles; guest accounts expire with the contract"
                    ),
                },
            )
        )
        # Runs the index query, calls the summariser and assembles the results page.
        search = tm.add(
            tg.Service(
                "Search and summary service",
                controls={c.AuditLogging(retention_days=365)},
            )
        )
        # Full-text search engine holding the transcripts and their metadata.
        index = tm.add(
            tg.DataStore(
                "Transcript search index",
                stores={transcripts},
                controls={c.Authentication(method="service account password")},
            )
        )
        # Batch job: fetches new and back-catalogue items from the MAM and transcribes them.
        pipeline = tm.add(tg.Pipeline("Transcription pipeline", stage="ingestion"))
        # Keeps the downloaded model files at pinned revisions.
        model_store = tm.add(
            tg.ModelRegistry(
                "Model store",
                stores={stt_weights, llm_weights},
                controls={c.ModelVersioning()},
            )
        )
        # Where search events are kept for the archive team.
        log_store = tm.add(tg.DataStore("Query log store", stores={query_log}))

        with tm.boundary("GPU cluster", trust=tg.Trust.INTERNAL):
            # Open-weights speech recognition with diarisation, on the broadcaster's GPUs.
            stt = tm.add(
                tg.Model(
                    "Speech-to-text model",
                    task="generative",
                    origin="open-weights",
                    description="Transcribes and diarises audio into timed segments.",
                )
            )
            # Open-weights instruction model that summarises the matching clips.
            llm = tm.add(tg.LLM("Clip summariser LLM", origin="open-weights"))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(journalist, sso, sign_in, protocol="https")
tm.flow(freelancer, sso, sign_in, protocol="https")
tm.flow(sso, portal, id_token, protocol="https", label="OIDC sign-in")

# archive curation and transcription
tm.flow(archivist, mam, programme_metadata, restriction_flags, label="catalogues and flags items")
tm.flow(mam, pipeline, recordings, programme_metadata, restriction_flags, protocol="https")
tm.flow(pipeline, stt, recordings, protocol="grpc")
tm.flow(stt, pipeline, transcripts, protocol="grpc")
tm.flow(pipeline, index, transcripts, protocol="https")

# models
tm.flow(
    model_hub,
    model_store,
    stt_weights,
    llm_weights,
    protocol="https",
    label="downloaded by the platform team",
)
tm.flow(model_store, stt, stt_weights)
tm.flow(model_store, llm, llm_weights)

# search
tm.flow(journalist, portal, query, protocol="https")
tm.flow(portal, journalist, results, protocol="https")
tm.flow(freelancer, portal, query, protocol="https")
tm.flow(portal, freelancer, results, protocol="https")
tm.flow(portal, search, query, protocol="http")
tm.flow(search, portal, results, protocol="http")
tm.flow(search, index, query, protocol="https")
tm.flow(index, search, matches, protocol="https")
tm.flow(search, llm, summary_prompt, protocol="http")
tm.flow(llm, search, summary, protocol="http")
tm.flow(search, log_store, query_log)
