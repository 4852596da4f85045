"""Estate agent viewing assistant: the first design, before any security review.

A UK estate agency lets prospective buyers book property viewings by chatting with
an assistant on its website. The assistant, an LLM agent running in the agency's
cloud account, offers free viewing slots from the negotiators' diaries in the
agency's hosted CRM and books the chosen slot. Before a second viewing or an offer,
buyers upload proof of funds (bank statements, a mortgage agreement in principle);
the assistant reads the upload with the hosted LLM and writes a short summary of
the funds to the buyer's CRM record. Negotiators review the summary and the
original documents in an internal dashboard and mark the buyer as verified.
Confirmations go to buyers and sellers by SMS and e-mail through a messaging
provider. Controls in this design: TLS on every external link, a rate limit on
the chat endpoint, a step cap on the agent, encryption of stored uploads, and
single sign-on with MFA and role-based access for the negotiator dashboard.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Estate agent viewing and proof-of-funds assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat that books property viewings and summarises buyers' proof of funds.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Buyer chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
funds_docs = tg.Data(
    "Proof of funds documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Bank statements, savings statements and mortgage agreements in principle (PDF or photo).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, free slots and, when present, the document text.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
slots = tg.Data("Free viewing slots", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
listings = tg.Data("Property listings", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
booking_call = tg.Data("Viewing booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
viewing = tg.Data("Viewing appointment", sensitivity=tg.Sensitivity.PII, kind="records")
funds_summary = tg.Data(
    "Proof of funds summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Amount available, source of funds and lender as the LLM read them.",
)
buyer_record = tg.Data("Buyer record", sensitivity=tg.Sensitivity.PII, kind="records")
verified_status = tg.Data(
    "Buyer funds verified status", sensitivity=tg.Sensitivity.PII, kind="records"
)
doc_request = tg.Data(
    "Document read request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
doc_text = tg.Data("Document text", sensitivity=tg.Sensitivity.PII, kind="tool-result")
notify_call = tg.Data("Notification request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
confirmation = tg.Data("Viewing confirmation message", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the agency's listings can start a chat.
    buyer = tm.add(tg.Actor("Prospective buyer", role="buyer"))
    # The owner of the property being viewed, told about each booked viewing.
    seller = tm.add(tg.Actor("Seller", role="property owner"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drives the conversation and reads uploads.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat model behind the vendor's API, called with the agency's API key.",
        )
    )

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The agency's hosted property CRM: listings, diaries, buyers and viewings.
    crm = tm.add(
        tg.DataStore(
            "Agency CRM",
            stores={listings, slots, viewing, buyer_record, funds_summary, verified_status},
            description="SaaS estate-agency CRM; the assistant and the dashboard use its REST API.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends SMS and e-mail on the agency's behalf.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for the website chat widget and document uploads.
    chat_api = tm.add(
        tg.Endpoint(
            "Buyer chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: answers questions, offers slots, books viewings, summarises funds.
    assistant = tm.add(
        tg.Agent(
            "Viewing assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books viewings and writes funds summaries without waiting for staff.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads free slots and listings from the CRM, books viewings, writes summaries.
    crm_tool = tm.add(
        tg.Tool(
            "CRM booking tool",
            capabilities={"read", "write"},
            description="Uses one CRM API key with the agency's integration scope.",
        )
    )
    # Gives the agent the text of a buyer's uploaded documents.
    doc_tool = tm.add(tg.Tool("Document reader tool", capabilities={"read"}))
    # Sends confirmations and reminders to buyers and sellers.
    notify_tool = tm.add(tg.Tool("Notification tool", capabilities={"send-messages"}))
    # Object storage for uploaded proof-of-funds files.
    uploads = tm.add(
        tg.DataStore(
            "Proof of funds upload store",
            stores={funds_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Conversation history kept for complaints and for improving prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Internal web app where negotiators check summaries against the originals.
    dashboard = tm.add(
        tg.Service(
            "Negotiator dashboard",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Agency branch office", trust=tg.Trust.INTERNAL):
    # Branch staff who run viewings and decide whether a buyer is proceedable.
    negotiator = tm.add(tg.Actor("Negotiator", role="sales negotiator"))

# ---------------------------------------------------------------- flows
tm.flow(buyer, chat_api, chat_message, funds_docs, protocol="https")
tm.flow(chat_api, buyer, reply, protocol="https")
tm.flow(chat_api, uploads, funds_docs, label="upload")
tm.flow(chat_api, assistant, chat_message)
tm.flow(assistant, chat_api, reply)

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, crm_tool, booking_call, funds_summary)
tm.flow(crm_tool, assistant, booking_result, slots, listings)
tm.flow(crm_tool, crm, viewing, funds_summary, protocol="https")
tm.flow(crm, crm_tool, slots, listings, buyer_record, protocol="https")

tm.flow(assistant, doc_tool, doc_request)
tm.flow(uploads, doc_tool, funds_docs)
tm.flow(doc_tool, assistant, doc_text)

tm.flow(assistant, notify_tool, notify_call)
tm.flow(notify_tool, messaging, confirmation, protocol="https")
tm.flow(messaging, buyer, confirmation, protocol="sms")
tm.flow(messaging, seller, confirmation, protocol="smtp")

tm.flow(assistant, transcript_store, transcripts)

tm.flow(negotiator, dashboard, verified_status, protocol="https")
tm.flow(dashboard, negotiator, funds_summary, funds_docs, buyer_record, protocol="https")
tm.flow(crm, dashboard, buyer_record, funds_summary, viewing, protocol="https")
tm.flow(dashboard, crm, verified_status, protocol="https")
tm.flow(uploads, dashboard, funds_docs)
