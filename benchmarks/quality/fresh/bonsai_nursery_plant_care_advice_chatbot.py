"""Bonsai nursery plant-care advice chatbot: the first design, before any security review.

A Dutch bonsai nursery sells trees in its online shop and offers after-sales care
advice. Signed-in customers chat with an LLM assistant in a widget on the shop site.
It answers from the nursery's care guides (a vector index) and the customer's order
history, read from the hosted shop platform's API. Photos of sick trees go to an
upload bucket and on to a hosted multimodal LLM. The assistant books repotting
workshops in the nursery's calendar and hands questions it cannot answer to an
escalation queue the owner works through from the office. It runs on a managed
cloud platform. Controls: shop-account sign-in, a per-customer quota, TLS on
external links, upload type and size checks, a read-only orders API key in the
platform secret store, and two-step sign-in for the owner.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bonsai nursery plant-care advice chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="After-sales care chat for bonsai customers, with workshop booking and escalation.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Customer care question", sensitivity=tg.Sensitivity.PII, kind="prompt")
tree_photo = tg.Data(
    "Sick tree photo",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Customer-taken photos of a tree, uploaded from the chat widget.",
)
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, question, care-guide passages, order lines and any photo.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
care_guides = tg.Data("Care guides", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
guide_chunks = tg.Data(
    "Care guide passages", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
order_query = tg.Data("Order lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
order_history = tg.Data(
    "Customer order history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Trees bought, dates, delivery address and name.",
)
booking_call = tg.Data("Workshop booking call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking = tg.Data("Workshop booking", sensitivity=tg.Sensitivity.PII, kind="records")
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
escalation = tg.Data(
    "Escalated question",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The conversation so far, photos and the customer's contact details.",
)
owner_reply = tg.Data("Owner reply", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shop customers asking for help with trees they bought.
    customer = tm.add(tg.Actor("Customer", role="shop customer"))

with tm.boundary("Shop platform", trust=tg.Trust.PARTNER):
    # The hosted e-commerce platform: holds customer accounts and orders.
    shop = tm.add(
        tg.ExternalService(
            "Hosted shop platform",
            description="SaaS web shop; its REST API returns a customer's orders.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal chat model behind the vendor's API; reads text and photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-and-text model, pay per token.",
        )
    )

with tm.boundary("Nursery cloud app", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: the only entry point for customers.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="shop account sign-in (e-mail and password) via OAuth"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="photo uploads: JPEG/PNG only, at most 10 MB"),
            },
        )
    )
    # The LLM assistant: retrieves guides, looks up orders, books workshops, escalates.
    assistant = tm.add(
        tg.Agent(
            "Care assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Tool-calling loop around the hosted LLM; books workshops without approval.",
        )
    )
    # Embedded care guides the assistant answers from.
    guide_index = tm.add(tg.VectorStore("Care guide index", stores={guide_chunks}))
    # Splits and embeds the guides the owner writes.
    indexer = tm.add(tg.Pipeline("Care guide indexing", stage=tg.Stage.INGESTION))
    # Reads the signed-in customer's orders from the shop API.
    order_tool = tm.add(
        tg.Tool(
            "Order history lookup",
            capabilities={"read"},
            controls={
                c.SecretsManagement(note="read-only orders API key in the platform secret store")
            },
        )
    )
    # Books a customer onto a repotting workshop date.
    booking_tool = tm.add(tg.Tool("Workshop booking", capabilities={"read", "write"}))
    # Workshop dates, places and who is booked.
    calendar = tm.add(tg.DataStore("Workshop calendar", stores={booking}))
    # Photos customers upload of sick trees.
    photo_bucket = tm.add(tg.DataStore("Photo uploads bucket", stores={tree_photo}))
    # Hands a question the assistant cannot answer to the owner.
    escalate_tool = tm.add(tg.Tool("Escalation handoff", capabilities={"write"}))
    # Questions waiting for the owner, and the owner's replies.
    queue = tm.add(tg.DataStore("Escalation queue", stores={escalation, owner_reply}))
    # Every conversation, kept to improve the guides.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

with tm.boundary("Nursery office", trust=tg.Trust.INTERNAL):
    # Runs the nursery; writes the guides and answers escalations.
    owner = tm.add(
        tg.Actor(
            "Nursery owner",
            role="owner",
            privileged=True,
            controls={c.Authentication(method="Google account with 2-step verification")},
        )
    )

# ---------------------------------------------------------------- flows
https = "https"

tm.flow(customer, chat_api, question, tree_photo, protocol=https)
tm.flow(chat_api, customer, answer, owner_reply, protocol=https)
tm.flow(chat_api, photo_bucket, tree_photo)
tm.flow(chat_api, assistant, question)
tm.flow(assistant, chat_api, answer)

tm.flow(photo_bucket, assistant, tree_photo)
tm.flow(assistant, guide_index, question, label="similarity query")
tm.flow(guide_index, assistant, guide_chunks, label="retrieved passages")
tm.flow(assistant, llm, prompt, protocol=https)
tm.flow(llm, assistant, completion, protocol=https)

tm.flow(assistant, order_tool, order_query)
tm.flow(order_tool, shop, order_query, protocol=https)
tm.flow(shop, order_tool, order_history, protocol=https)
tm.flow(order_tool, assistant, order_history)

tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, calendar, booking)
tm.flow(calendar, booking_tool, booking, label="free places")
tm.flow(booking_tool, assistant, booking_result)

tm.flow(assistant, escalate_tool, escalation)
tm.flow(escalate_tool, queue, escalation)
tm.flow(queue, owner, escalation, protocol=https)
tm.flow(owner, queue, owner_reply, protocol=https)
tm.flow(queue, chat_api, owner_reply, label="shown on the customer's next visit")

tm.flow(assistant, transcript_store, transcripts)

tm.flow(owner, indexer, care_guides, protocol=https, label="uploads guides")
tm.flow(indexer, guide_index, guide_chunks)
