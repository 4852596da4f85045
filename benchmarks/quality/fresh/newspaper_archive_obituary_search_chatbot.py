"""Newspaper archive obituary search chatbot: the first design, before any security review.

A regional newspaper is putting 120 years of digitised obituaries, death notices
and family announcements behind a chat assistant on its archive website. Members
of the public (mostly family historians and bereaved relatives) ask in plain
words, such as "notices for Margaret Hale, Ashby, 1970s", and get answers citing
the issue and page. A digitisation contractor delivers page scans over SFTP; an
OCR and indexing job splits them into notices and embeds them with an
open-weights embedding model into a vector index in the paper's cloud account.
The chat service retrieves matching notices and has a hosted LLM write the answer.
Visitors can order a print or PDF copy of a page: the order service takes name,
address and e-mail, sends the buyer to the payment provider's hosted checkout and
e-mails PDFs. Archive staff fulfil prints and handle takedown requests in a back
office behind Google Workspace sign-in. The chat is rate-limited per IP address.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newspaper archive obituary search chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Public chat search over digitised obituaries and family notices, with paid "
        "copies of archive pages."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Visitor search question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data(
    "Chat answer with page citations", kind="model-output", sensitivity=tg.Sensitivity.PII
)
query_vector = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
retrieved = tg.Data(
    "Retrieved notices",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="OCR text of matching notices with issue date and page.",
)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the visitor's question and the retrieved notices.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
scans = tg.Data(
    "Archive page scans",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
ocr_text = tg.Data("OCR notice text", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
notice_index = tg.Data(
    "Notice chunks and embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published notices name the deceased and living relatives, sometimes addresses.",
)
order = tg.Data(
    "Copy order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer's name, postal address, e-mail and the pages ordered.",
)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
copy_email = tg.Data("Page copy e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
takedown = tg.Data("Takedown removal", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can use the archive search; no account is needed.
    visitor = tm.add(tg.Actor("Archive visitor", role="member of the public"))

with tm.boundary("Digitisation contractor", trust=tg.Trust.PARTNER):
    # Scans the microfilm and bound volumes and delivers page images in batches.
    contractor = tm.add(
        tg.DataSource("Digitisation contractor", origin=tg.Origin.PARTNER, provides={scans})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the chat answer from the retrieved notices.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page, so card numbers never reach the paper's systems.
    payments = tm.add(tg.ExternalService("Payment provider hosted checkout"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for receipts and PDF copies.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Newspaper cloud account", trust=tg.Trust.INTERNAL):
    # The public archive site with the chat widget and the order form.
    website = tm.add(
        tg.Endpoint(
            "Archive website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP at the CDN")},
        )
    )
    # Retrieval-augmented chat: embeds the question, searches, prompts the LLM.
    orchestrator = tm.add(tg.Service("Chat orchestrator"))
    # Self-hosted open-weights model used both at indexing time and for queries.
    embedder = tm.add(
        tg.Model(
            "Notice embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS
        )
    )
    # The searchable index of every notice.
    index = tm.add(tg.VectorStore("Notice vector index", stores={notice_index}))
    # Original page images, used for the copies people buy.
    page_store = tm.add(tg.DataStore("Page image store", stores={scans, ocr_text}))
    # Turns delivered scans into OCR text, notice chunks and embeddings.
    indexer = tm.add(tg.Pipeline("OCR and indexing job", stage=tg.Stage.INGESTION))
    # Kept to improve answers and to investigate complaints.
    chat_logs = tm.add(
        tg.DataStore(
            "Chat transcript log",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Takes copy orders, starts checkout, sends PDFs or queues prints.
    order_service = tm.add(tg.Service("Copy order service"))
    # Orders and buyers' contact details.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={order, payment_result},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Staff tool for print fulfilment and notice takedowns.
    back_office = tm.add(
        tg.Service(
            "Archive back office",
            controls={c.Authentication(method="Google Workspace SSO with 2SV")},
        )
    )

with tm.boundary("Newspaper office", trust=tg.Trust.INTERNAL):
    # Library and archive desk staff.
    staff = tm.add(tg.Actor("Archive staff", role="archivist"))

# ---------------------------------------------------------------- flows
# chat search
tm.flow(visitor, website, question, protocol="https")
tm.flow(website, orchestrator, question)
tm.flow(orchestrator, embedder, question)
tm.flow(embedder, orchestrator, query_vector)
tm.flow(orchestrator, index, query_vector, label="similarity search")
tm.flow(index, orchestrator, retrieved)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, chat_logs, transcripts)
tm.flow(orchestrator, website, answer)
tm.flow(website, visitor, answer, protocol="https")

# digitisation and indexing
tm.flow(contractor, indexer, scans, protocol="sftp", label="batch delivery")
tm.flow(indexer, page_store, scans, ocr_text)
tm.flow(indexer, embedder, ocr_text)
tm.flow(embedder, indexer, notice_index)
tm.flow(indexer, index, notice_index)

# ordering copies
tm.flow(visitor, website, order, protocol="https", label="order form")
tm.flow(website, order_service, order)
tm.flow(order_service, orders_db, order, payment_result)
tm.flow(order_service, payments, checkout, protocol="https")
tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    order_service,
    payment_result,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(page_store, order_service, scans, label="page for PDF copy")
tm.flow(order_service, mailer, copy_email, protocol="https")
tm.flow(mailer, visitor, copy_email, protocol="smtp")

# back office
tm.flow(staff, back_office, takedown, protocol="https", label="fulfilment and takedowns")
tm.flow(orders_db, back_office, order)
tm.flow(back_office, staff, order, protocol="https")
tm.flow(back_office, orders_db, order, label="fulfilment status")
tm.flow(back_office, index, takedown, label="remove notice")
