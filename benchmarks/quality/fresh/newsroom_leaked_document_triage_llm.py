"""Newsroom leaked document triage: the first design.

Sources submit leaked document sets and messages anonymously through the
newsroom's SecureDrop, a Tor onion service run on the newsroom's own hardware.
Submissions are encrypted on arrival to a key held only on an air-gapped Secure
Viewing Station. A journalist downloads them through the SecureDrop journalist
interface, decrypts them on the viewing station and carries the files by USB to
an isolated analysis server in the investigations room. There an ingestion job
runs OCR and text extraction, embeds the text with a local embedding model and
stores it in a document archive and a vector index; an open-weights LLM, copied
in once from a public model hub, writes a summary of each document and answers
the team's questions over the index in a small web app. Journalists treat the
summaries as leads: they verify every fact against the originals, and a story
is published through the CMS only after the editor and legal sign it off. The
analysis server has full-disk encryption and local logins; nothing else yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Leaked document triage LLM",
    profile=tg.RiskProfile.HIGH,
    description="Isolated LLM summarisation and search of SecureDrop submissions.",
)

# ---------------------------------------------------------------- data assets
leak = tg.Data(
    "Leaked documents",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    description="Document sets as submitted: PDFs, scans, spreadsheets, e-mail exports.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
source_messages = tg.Data(
    "Source messages",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    description="Anything the source writes, which may identify them.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
replies = tg.Data("Journalist replies", kind="documents", sensitivity=tg.Sensitivity.SECRET)
encrypted = tg.Data(
    "Encrypted submissions",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    description="Submissions encrypted to the Secure Viewing Station's key.",
)
extracted = tg.Data(
    "Extracted document text",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
embeddings = tg.Data(
    "Document chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.SECRET
)
passages = tg.Data(
    "Retrieved passages", kind="retrieved-context", sensitivity=tg.Sensitivity.SECRET
)
question = tg.Data("Journalist question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.SECRET,
    description="Instructions plus a document's text or the retrieved passages.",
)
summaries = tg.Data(
    "Summaries and answers",
    kind="model-output",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data("Open model weights", sensitivity=tg.Sensitivity.PUBLIC, format="gguf")
embedder_weights = tg.Data(
    "Embedding model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
draft = tg.Data("Verified story draft", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whistleblower submitting over Tor; anonymous by design.
    source = tm.add(tg.Actor("Source", role="anonymous source"))
    # Where the LLM and embedding weights were downloaded from, once.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("SecureDrop servers", trust=tg.Trust.INTERNAL):
    # Onion service where sources upload documents and read replies.
    source_ui = tm.add(
        tg.Endpoint(
            "SecureDrop source interface",
            purpose=tg.EndpointPurpose.API,
            controls={c.DataMinimization(note="no access logs; sources reach it only over Tor")},
        )
    )
    # Holds submissions until a journalist downloads them.
    submission_store = tm.add(
        tg.DataStore(
            "SecureDrop submission store",
            stores={encrypted, replies},
            controls={
                c.EncryptionAtRest(
                    key_management="GPG key held only on the air-gapped Secure Viewing Station"
                )
            },
        )
    )
    # Onion service journalists use to fetch submissions and reply.
    journalist_ui = tm.add(
        tg.Endpoint(
            "SecureDrop journalist interface",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="password and TOTP")},
        )
    )

with tm.boundary("Investigations room", trust=tg.Trust.RESTRICTED):
    # The small team that reads, verifies and reports on the material.
    journalist = tm.add(tg.Actor("Investigations journalist", role="journalist", privileged=True))
    # Air-gapped laptop that decrypts submissions; files leave it only on USB.
    svs = tm.add(
        tg.Service(
            "Secure Viewing Station",
            description="Air-gapped Tails machine holding the submission decryption key.",
        )
    )

    with tm.boundary("Isolated analysis server", trust=tg.Trust.RESTRICTED):
        # OCR and text extraction of every file in a document set.
        ingestion = tm.add(
            tg.Pipeline(
                "Document ingestion job",
                stage=tg.Stage.INGESTION,
                third_party_packages=True,
                description="Apache Tika and Tesseract OCR, then chunking and embedding.",
            )
        )
        # The full extracted text and the LLM summaries, per document set.
        archive = tm.add(
            tg.DataStore(
                "Document archive",
                stores={extracted, summaries},
                controls={c.EncryptionAtRest(key_management="LUKS full-disk encryption")},
            )
        )
        # Turns chunks and questions into vectors for search.
        embedder = tm.add(
            tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
        )
        # Semantic search over every ingested document.
        index = tm.add(
            tg.VectorStore(
                "Document vector index",
                stores={embeddings},
                controls={c.EncryptionAtRest(key_management="LUKS full-disk encryption")},
            )
        )
        # Local LLM, so nothing leaves the room.
        llm = tm.add(
            tg.LLM(
                "Local summarisation LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights instruction model served by llama.cpp on the server's GPU.",
            )
        )
        # Summarises each new document and answers questions with retrieved passages.
        orchestrator = tm.add(tg.Service("Triage orchestrator"))
        # Web app on the room's LAN for search, summaries and questions.
        triage_ui = tm.add(
            tg.Endpoint(
                "Triage web app",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="local accounts with passwords"),
                    c.UserTraining(note="team briefed that summaries are leads, never facts"),
                },
            )
        )

with tm.boundary("Newsroom corporate network", trust=tg.Trust.INTERNAL):
    # Where verified stories are edited and published.
    cms = tm.add(
        tg.Service(
            "Newsroom CMS",
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="investigations editor and legal counsel"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(source, source_ui, leak, source_messages, protocol="tor", label="upload over Tor")
tm.flow(source_ui, source, replies, protocol="tor")
tm.flow(source_ui, submission_store, encrypted, protocol="local")
tm.flow(submission_store, source_ui, replies, protocol="local")
tm.flow(submission_store, journalist_ui, encrypted, protocol="local")
tm.flow(journalist_ui, submission_store, replies, protocol="local")
tm.flow(journalist_ui, journalist, encrypted, protocol="tor", label="download")
tm.flow(journalist, journalist_ui, replies, protocol="tor")

tm.flow(journalist, svs, encrypted, label="USB transfer")
tm.flow(svs, ingestion, leak, label="decrypted files on USB")

tm.flow(ingestion, archive, extracted)
tm.flow(ingestion, embedder, extracted)
tm.flow(embedder, ingestion, embeddings)
tm.flow(ingestion, index, embeddings)

tm.flow(archive, orchestrator, extracted)
tm.flow(orchestrator, llm, prompt, protocol="local")
tm.flow(llm, orchestrator, summaries, protocol="local")
tm.flow(orchestrator, archive, summaries)
tm.flow(orchestrator, index, question, label="similarity query")
tm.flow(index, orchestrator, passages)

tm.flow(journalist, triage_ui, question, protocol="https")
tm.flow(triage_ui, journalist, summaries, passages, protocol="https")
tm.flow(triage_ui, orchestrator, question)
tm.flow(orchestrator, triage_ui, summaries, passages)

tm.flow(model_hub, llm, weights, label="one-time import on USB")
tm.flow(model_hub, embedder, embedder_weights, label="one-time import on USB")

tm.flow(journalist, cms, draft, protocol="https", label="after verification")
