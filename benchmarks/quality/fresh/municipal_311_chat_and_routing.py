"""City 311 chat and routing: the first design, before any security review.

Residents reach the city's 311 assistant from a chat widget on the city website
or on WhatsApp through Meta's WhatsApp Business Cloud API. A chat agent in the
city's cloud tenant answers questions from the city's service pages (indexed
nightly from the website CMS into a vector index) using a hosted LLM with the
vendor's content filter. When a resident reports a problem (pothole, graffiti,
missed pickup) with an address and a photo, the agent files a service request
in the work order system through a create-only tool, and an in-house text
classifier picks the department queue. Department staff work the requests in
the work order system. Photos go to an encrypted bucket; the web chat is rate
limited and checks uploads, and WhatsApp webhooks are signature-checked.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal 311 chat and routing",
    profile=tg.RiskProfile.LOW,
    description="311 assistant on web and WhatsApp that answers from service pages, "
    "files service requests with photos and routes them to departments.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Resident message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Question or problem report, often with name, phone and street address.",
)
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
photo = tg.Data(
    "Issue photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Resident photo of the problem; may show faces, plates or homes.",
)
service_pages = tg.Data("City service pages", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
page_chunks = tg.Data(
    "Service page chunks", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far and retrieved page chunks.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
request_text = tg.Data("Request description", sensitivity=tg.Sensitivity.PII, kind="features")
department = tg.Data("Department routing", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
service_request = tg.Data(
    "Service request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Category, department, address, description, contact and photo link.",
)
work_order = tg.Data(
    "Work order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ticket_number = tg.Data("Request number", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can chat: residents, visitors, and people testing the bot.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Meta", trust=tg.Trust.PARTNER):
    # WhatsApp Business Cloud API: relays messages and media to our webhook.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Cloud API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model in the vendor's government cloud region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # Backend of the chat widget on the city website.
    web_chat = tm.add(
        tg.Endpoint(
            "Web chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="photo type and size checks"),
            },
        )
    )
    # Receives WhatsApp messages and media from Meta and sends replies back.
    webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="X-Hub-Signature-256 verified")},
        )
    )
    # Runs the conversation: answers from pages, collects details, files requests.
    agent = tm.add(tg.Agent("311 chat agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Vector index of the public service pages used to ground answers.
    index = tm.add(tg.VectorStore("Service page index", stores={page_chunks}))
    # Nightly job that chunks and embeds the pages exported from the CMS.
    indexer = tm.add(tg.Pipeline("Page indexing job", stage=tg.Stage.INGESTION))
    # Text classifier trained on past 311 requests; picks the department queue.
    router = tm.add(tg.Model("Department routing classifier", task=tg.Task.CLASSIFIER))
    # Creates service requests; its service account cannot update or close them.
    wo_tool = tm.add(
        tg.Tool(
            "Create service request tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools()},
        )
    )
    # Bucket for resident photos, linked from the work order.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Conversation logs kept for quality review and public-records requests.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

with tm.boundary("City data center", trust=tg.Trust.INTERNAL):
    # The city's content management system behind the public website.
    cms = tm.add(tg.DataSource("Website CMS", origin=tg.Origin.INTERNAL, provides={service_pages}))
    # Existing work order / CRM system that departments work from.
    wo_system = tm.add(tg.DataStore("Work order system", stores={work_order}, controls={c.RBAC()}))
    # Public works, sanitation and other crews that act on the requests.
    staff = tm.add(tg.Actor("Department staff", role="city employee"))

# ---------------------------------------------------------------- flows
# Web chat
tm.flow(resident, web_chat, message, photo, protocol="https")
tm.flow(web_chat, resident, reply, protocol="https")
tm.flow(web_chat, agent, message)
tm.flow(agent, web_chat, reply)
tm.flow(web_chat, photo_store, photo)

# WhatsApp
tm.flow(resident, whatsapp, message, photo, protocol="https")
tm.flow(whatsapp, resident, reply, protocol="https")
tm.flow(whatsapp, webhook, message, photo, protocol="https")
tm.flow(webhook, whatsapp, reply, protocol="https")
tm.flow(webhook, agent, message)
tm.flow(agent, webhook, reply)
tm.flow(webhook, photo_store, photo)

# Answering
tm.flow(agent, index, message, label="similarity query")
tm.flow(index, agent, page_chunks, label="retrieved pages")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Filing and routing
tm.flow(agent, router, request_text)
tm.flow(router, agent, department)
tm.flow(agent, wo_tool, service_request)
tm.flow(wo_tool, wo_system, service_request, protocol="https")
tm.flow(wo_system, wo_tool, ticket_number, protocol="https")
tm.flow(wo_tool, agent, ticket_number)
tm.flow(photo_store, wo_system, photo, protocol="https", label="photo link")
tm.flow(wo_system, staff, work_order, photo)
tm.flow(staff, wo_system, work_order, label="status updates")

# Indexing
tm.flow(cms, indexer, service_pages, protocol="https", label="nightly export")
tm.flow(indexer, index, page_chunks)
