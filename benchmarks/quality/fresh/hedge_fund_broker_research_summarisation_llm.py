"""Broker research summarisation assistant for a hedge fund: the first design.

Sell-side brokers e-mail research notes and PDF reports to a shared research
mailbox in the fund's Microsoft 365 tenant; analysts also upload PDFs from
broker portals. An ingestion pipeline pulls new mail every few minutes, parses
the PDFs, archives the originals, embeds the text with the LLM vendor's
embedding model and writes the chunks to a vector index. Portfolio managers ask
questions over the archive in an internal web app in the fund's cloud VPC, and
a nightly digest job summarises the day's research and e-mails it to them; a
hosted LLM under an enterprise agreement writes summaries and answers.
Controls: SSO with MFA on the web app, TLS to the vendor and mailbox, KMS
encryption of the archive, a seven-year log of every question and answer, and
a vendor review of the LLM provider's data terms.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Broker research summarisation assistant",
    profile=tg.RiskProfile.HIGH,
    description="Summarises broker research and answers portfolio managers' questions over it.",
)

# ---------------------------------------------------------------- data assets
broker_emails = tg.Data(
    "Broker research e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Morning notes, flash comments and trade ideas, licensed to the fund.",
)
research_pdfs = tg.Data(
    "Broker research PDFs",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Full research reports attached to e-mails or uploaded by analysts.",
)
chunks = tg.Data(
    "Research text chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Extracted text tagged with broker, date and tickers.",
)
doc_embeddings = tg.Data("Research embeddings", kind="embeddings", sensitivity="confidential")
query_embedding = tg.Data("Question embedding", kind="embeddings", sensitivity="confidential")
question = tg.Data(
    "PM question",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Reveals which names and themes the fund is looking at.",
)
qa_prompt = tg.Data(
    "Q&A prompt with retrieved research",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
answer = tg.Data("Research answer", kind="model-output", sensitivity="confidential")
digest_prompt = tg.Data(
    "Summarisation prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
summaries = tg.Data(
    "Research summaries",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
digest_email = tg.Data("Morning research digest", kind="documents", sensitivity="confidential")
qa_log = tg.Data(
    "Question and answer log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Who asked what and what they were told, kept for record keeping.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Sell-side brokers", trust=tg.Trust.PARTNER):
    # The brokers whose research the fund pays for; they send it by e-mail.
    brokers = tm.add(
        tg.DataSource(
            "Broker research distribution",
            origin=tg.Origin.PARTNER,
            provides={broker_emails, research_pdfs},
            description="Dozens of banks' research distribution lists.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared mailbox research is already delivered to today.
    mailbox = tm.add(
        tg.DataStore(
            "Research mailbox",
            stores={broker_emails, research_pdfs, digest_email},
            description="Shared Exchange Online mailbox on the broker distribution lists.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the summaries and answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's enterprise API.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on our data, 30-day retention"
                )
            },
        )
    )
    # Turns research chunks and questions into vectors for retrieval.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Fund cloud VPC", trust=tg.Trust.INTERNAL):
    # The internal web app PMs and analysts use.
    web_app = tm.add(
        tg.Endpoint(
            "Research assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID single sign-on with MFA")},
        )
    )
    # Answers questions: embeds the question, retrieves chunks, prompts the LLM.
    assistant = tm.add(
        tg.Service(
            "Research Q&A service",
            description="Retrieval-augmented question answering over the research archive.",
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Parses and indexes everything that arrives.
    ingestion = tm.add(
        tg.Pipeline(
            "Research ingestion pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Polls the mailbox, extracts PDF text, chunks, embeds and indexes it.",
        )
    )
    # Writes the morning digest of the previous day's research.
    digest_job = tm.add(
        tg.Service(
            "Nightly digest job",
            description="Summarises new research per sector and mails a digest to PMs.",
        )
    )

    with tm.boundary("Research data subnet", trust=tg.Trust.RESTRICTED):
        # The archive of original research and the summaries written from it.
        archive = tm.add(
            tg.DataStore(
                "Research archive",
                stores={broker_emails, research_pdfs, summaries},
                controls={c.EncryptionAtRest(key_management="AWS KMS")},
            )
        )
        # What the Q&A service searches.
        index = tm.add(tg.VectorStore("Research vector index", stores={chunks, doc_embeddings}))
        # Record of every question and answer.
        qa_store = tm.add(tg.DataStore("Q&A log store", stores={qa_log}))

with tm.boundary("Fund office network", trust=tg.Trust.INTERNAL):
    # Ask the questions and read the digests.
    pm = tm.add(tg.Actor("Portfolio manager", role="portfolio manager"))
    # Upload research from broker portals and check summaries.
    analyst = tm.add(tg.Actor("Research analyst", role="analyst"))

# ---------------------------------------------------------------- flows
# Research arriving
tm.flow(brokers, mailbox, broker_emails, research_pdfs, protocol="smtp+starttls")
tm.flow(
    mailbox,
    ingestion,
    broker_emails,
    research_pdfs,
    protocol="https",
    label="Graph API poll every 5 minutes",
)
tm.flow(analyst, web_app, research_pdfs, protocol="https", label="upload from broker portal")
tm.flow(web_app, ingestion, research_pdfs)
tm.flow(ingestion, archive, broker_emails, research_pdfs)
tm.flow(ingestion, embedder, chunks, protocol="https")
tm.flow(embedder, ingestion, doc_embeddings, protocol="https")
tm.flow(ingestion, index, chunks, doc_embeddings)

# Questions over the archive
tm.flow(pm, web_app, question, protocol="https")
tm.flow(web_app, assistant, question)
tm.flow(assistant, embedder, question, protocol="https")
tm.flow(embedder, assistant, query_embedding, protocol="https")
tm.flow(assistant, index, query_embedding, label="similarity search")
tm.flow(index, assistant, chunks, label="retrieved research")
tm.flow(archive, assistant, summaries, label="existing summaries")
tm.flow(assistant, llm, qa_prompt, protocol="https")
tm.flow(llm, assistant, answer, protocol="https")
tm.flow(assistant, qa_store, qa_log)
tm.flow(assistant, web_app, answer, summaries)
tm.flow(web_app, pm, answer, protocol="https")
tm.flow(web_app, analyst, summaries, protocol="https", label="reviews summaries")

# Nightly digest
tm.flow(archive, digest_job, broker_emails, research_pdfs, label="nightly new research")
tm.flow(digest_job, llm, digest_prompt, protocol="https")
tm.flow(llm, digest_job, summaries, protocol="https")
tm.flow(digest_job, archive, summaries)
tm.flow(digest_job, mailbox, digest_email, protocol="https", label="Graph API send")
tm.flow(mailbox, pm, digest_email, protocol="https")
