"""County archive family history chatbot: the first design, before any security review.

A county record office adds a research chatbot to its public website. Family
historians ask it where to find ancestors; an LLM agent searches an index built
nightly from the archive catalogue and from the parish register transcriptions
that volunteers key in through the office's transcription portal, and answers
with catalogue references. When a historian wants a copy of a register entry or
document, the agent takes their name and address and creates a copy order; the
price comes from the office's copying fee schedule and the historian pays on the
payment provider's hosted checkout page. Searchroom staff fulfil paid orders in
the orders back office. The chatbot runs in the council's cloud tenancy; the
language model is a vendor's hosted API. Controls: TLS, a per-visitor rate limit,
the vendor's content filter, signed payment webhooks, staff SSO with roles, and
volunteer accounts on the transcription portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "County archive family history research chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Answers family historians' questions from catalogue descriptions and parish "
        "register transcriptions, and takes paid copy orders."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Research question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Often names ancestors and living relatives, places and dates.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with search results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation and the retrieved index entries.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
search_call = tg.Data("Archive search query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
search_results = tg.Data(
    "Archive search results", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
catalogue = tg.Data(
    "Catalogue descriptions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Fonds, series and item descriptions with references and access status.",
)
registers = tg.Data(
    "Parish register transcriptions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Baptisms to 1920, marriages to 1940, burials to 1990, keyed by volunteers.",
)
index_entries = tg.Data(
    "Index chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
order_call = tg.Data(
    "Copy order request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Document references, copy format, customer name, e-mail and postal address.",
)
order = tg.Data(
    "Copy order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
fee_schedule = tg.Data("Copying fee schedule", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
payment_link = tg.Data("Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.PII)
payment_confirmation = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.PII
)
order_status = tg.Data("Order status update", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public researching their family; no account needed to chat.
    historian = tm.add(tg.Actor("Family historian", role="member of the public"))
    # Volunteers who transcribe register images from home.
    volunteer = tm.add(tg.Actor("Volunteer transcriber", role="volunteer"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat API behind the widget on the record office website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # LLM agent that searches the archive and takes copy orders.
    agent = tm.add(tg.Agent("Research assistant agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Searches the research index for catalogue entries and register transcriptions.
    search_tool = tm.add(tg.Tool("Archive search tool", capabilities={"read"}))
    # Vector index over catalogue descriptions and register transcriptions.
    index = tm.add(tg.VectorStore("Research index", stores={index_entries, catalogue, registers}))
    # Nightly job that chunks and embeds the catalogue and transcriptions.
    indexer = tm.add(tg.Pipeline("Nightly indexing pipeline", stage=tg.Stage.INGESTION))
    # Creates a copy order and returns the checkout link.
    order_tool = tm.add(
        tg.Tool(
            "Copy order tool",
            capabilities={"write"},
            description="The fee for each item is read from the copying fee schedule.",
        )
    )
    # Order handling, checkout sessions, payment webhooks and the staff back office.
    orders_service = tm.add(
        tg.Service(
            "Copy orders service",
            controls={c.Authentication(method="council Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )
    # Orders with customers' names and addresses, and the fee schedule.
    orders_db = tm.add(
        tg.DataStore(
            "Copy orders database",
            stores={order, fee_schedule},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every conversation, kept for quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Record office network", trust=tg.Trust.INTERNAL):
    # The archive's collections management catalogue.
    catalogue_db = tm.add(tg.DataStore("Archive catalogue", stores={catalogue}))
    # Transcriptions keyed by volunteers through the transcription portal.
    transcription_db = tm.add(
        tg.DataStore(
            "Register transcription database",
            stores={registers},
            controls={c.Authentication(method="volunteer e-mail and password")},
        )
    )
    # Searchroom staff who copy documents and post or e-mail them.
    archivist = tm.add(tg.Actor("Searchroom archivist", role="archive staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the council's systems.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(historian, chat_api, question, protocol="https", controls={tls})
tm.flow(chat_api, historian, answer, payment_link, protocol="https", controls={tls})
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, answer, payment_link)
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, index, search_call, label="similarity query")
tm.flow(index, search_tool, search_results)
tm.flow(search_tool, agent, search_results)

tm.flow(volunteer, transcription_db, registers, protocol="https", label="transcription portal")
tm.flow(catalogue_db, indexer, catalogue, protocol="https", label="nightly export")
tm.flow(transcription_db, indexer, registers, protocol="https", label="nightly export")
tm.flow(indexer, index, index_entries, catalogue, registers)

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, orders_service, order_call)
tm.flow(orders_db, orders_service, fee_schedule, label="item fees")
tm.flow(orders_service, orders_db, order)
tm.flow(orders_service, payments, checkout_session, protocol="https", controls={tls})
tm.flow(payments, orders_service, payment_link, protocol="https", controls={tls})
tm.flow(orders_service, order_tool, payment_link)
tm.flow(order_tool, agent, payment_link)

tm.flow(historian, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    orders_service,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)

tm.flow(orders_db, orders_service, order, label="paid orders")
tm.flow(orders_service, archivist, order, protocol="https")
tm.flow(archivist, orders_service, order_status, protocol="https", label="order fulfilled")
tm.flow(orders_service, historian, order_status, protocol="smtps", label="order e-mails")
