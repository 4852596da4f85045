"""Deposition summarizer: the first design, before any security review.

An internal tool for the firm's litigation group. Paralegals pick deposition
transcripts and exhibits in a matter folder of the document management system
(DMS); an ingestion job pulls them, chunks them and embeds them into a vector
index with one namespace per matter. Attorneys then ask questions about the
matter and request summaries and issue timelines; an orchestrator retrieves
the matter's chunks and has a hosted LLM draft the answer with page-and-line
citations. Drafts are written back to the matter folder in the DMS.
The tool runs in the firm's private cloud tenant, reached only from the firm
network, and users sign in through the firm's SSO. The LLM and embedding APIs
come from the one model vendor on the firm's approved list, under a
zero-retention contract. Transcripts and exhibits arrive from court reporters
and from other parties' productions, so their text is outside our control.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal deposition summarizer",
    profile=tg.RiskProfile.HIGH,
    description="Summaries, issue timelines and cited Q&A over deposition transcripts.",
)

# ---------------------------------------------------------------- data assets
transcripts = tg.Data(
    "Deposition transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Witness testimony, often with personal, medical or financial details.",
)
exhibits = tg.Data(
    "Deposition exhibits",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Produced documents, emails and scans attached to the transcripts.",
)
ingest_request = tg.Data(
    "Ingestion request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Matter id and the DMS document ids the paralegal selected.",
)
chunks = tg.Data(
    "Transcript chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Chunk text with page and line references, plus its embedding.",
)
embeddings = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
question = tg.Data(
    "Attorney question",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A question or a summary/timeline request scoped to one matter.",
)
prompt = tg.Data(
    "Prompt with matter context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question and the top-k chunks of the matter.",
)
completion = tg.Data("LLM draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Summary and timeline drafts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Attorney work product: summaries, issue timelines, cited answers.",
)
history = tg.Data(
    "Query history",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Who asked what on which matter, and the citations returned.",
)
sign_in = tg.Data("SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("External parties", trust=tg.Trust.UNTRUSTED):
    # Court reporters and opposing counsel: the origin of every transcript and exhibit.
    reporters = tm.add(
        tg.DataSource(
            "Court reporters and opposing counsel",
            origin=tg.Origin.PARTNER,
            provides={transcripts, exhibits},
            description="Certified transcripts and productions, delivered by portal or email.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The firm's SSO tenant; every user of the tool signs in through it.
    idp = tm.add(tg.ExternalService("Firm SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Approved model vendor", trust=tg.Trust.PARTNER):
    # Drafts summaries and answers; the only LLM vendor approved for privileged data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="approved vendor, zero-retention, no training")},
        )
    )
    # Turns chunks and questions into vectors; same vendor and contract as the LLM.
    embedder = tm.add(
        tg.Model(
            "Embedding API",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="same vendor contract as the LLM")},
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Selects the transcripts and exhibits of a matter for ingestion.
    paralegal = tm.add(tg.Actor("Paralegal", role="paralegal"))
    # Asks questions and requests summaries and timelines on their matters.
    attorney = tm.add(tg.Actor("Attorney", role="attorney"))

    with tm.boundary("Firm data centre", trust=tg.Trust.INTERNAL):
        # System of record for matter folders, with ethical walls per matter.
        dms = tm.add(
            tg.DataStore(
                "Document management system",
                stores={transcripts, exhibits, draft},
                controls={
                    c.RBAC(note="matter-level ethical walls"),
                    c.EncryptionAtRest(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Firm private cloud tenant", trust=tg.Trust.INTERNAL):
    # The web UI and API the paralegals and attorneys use.
    web = tm.add(
        tg.Endpoint(
            "Summarizer web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via firm SSO with MFA"),
                c.RBAC(note="user must be on the matter's DMS access list"),
            },
        )
    )
    # Pulls documents from the DMS, splits them by page and line, embeds the chunks.
    ingestion = tm.add(
        tg.Pipeline(
            "Ingestion and chunking job",
            stage=tg.Stage.INGESTION,
            description="OCR for scanned exhibits, chunking with page/line anchors.",
        )
    )
    # Retrieves matter context, builds prompts, adds citations, saves drafts back.
    orchestrator = tm.add(
        tg.Service(
            "Summarization orchestrator",
            controls={c.AuditLogging(note="each question, citation set and draft per matter")},
        )
    )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # Case-scoped vector index: one namespace per matter.
        index = tm.add(
            tg.VectorStore(
                "Case vector index",
                stores={chunks, embeddings},
                controls={
                    c.PermissionAwareRetrieval(note="queries filtered to one matter namespace"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )
        # Keeps the query history for billing and supervision.
        history_db = tm.add(tg.DataStore("Query history store", stores={history}))

# ---------------------------------------------------------------- flows
# Documents reach the DMS from outside the firm.
tm.flow(reporters, dms, transcripts, exhibits, protocol="https", label="filed by docketing")

# Sign-in.
tm.flow(paralegal, idp, sign_in, protocol="https", id="paralegal->idp")
tm.flow(attorney, idp, sign_in, protocol="https", id="attorney->idp")
tm.flow(idp, web, id_token, protocol="https")

# Ingestion.
tm.flow(paralegal, web, ingest_request, protocol="https")
tm.flow(web, paralegal, draft, protocol="https", label="summaries")
tm.flow(web, ingestion, ingest_request)
tm.flow(dms, ingestion, transcripts, exhibits, protocol="https", label="DMS REST API")
tm.flow(ingestion, embedder, chunks, protocol="https")
tm.flow(embedder, ingestion, embeddings, protocol="https")
tm.flow(ingestion, index, chunks, embeddings)

# Questions, summaries and timelines.
tm.flow(attorney, web, question, protocol="https")
tm.flow(web, attorney, draft, protocol="https", label="cited answers and drafts")
tm.flow(web, orchestrator, question)
tm.flow(orchestrator, web, draft)
tm.flow(orchestrator, embedder, question, protocol="https", label="query embedding")
tm.flow(embedder, orchestrator, embeddings, protocol="https")
tm.flow(orchestrator, index, embeddings, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved context")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, history_db, history)
tm.flow(orchestrator, dms, draft, protocol="https", label="saved to matter folder")
