"""Hotel concierge agent: the first design, before any security review.

Guests of our EU hotels chat with a concierge agent in the chat widget on the
hotel website or on WhatsApp (through Meta's WhatsApp Business Platform, whose
webhooks we verify by signature). The agent answers questions about the hotels
from a knowledge base that the content team maintains in the CMS, and calls
three tools against the property-management system (PMS), a vendor-hosted SaaS
that holds reservations and the payment provider's card tokens: look a booking
up by confirmation number and surname, change dates, room type or add-on
services, and cancel inside the free-cancellation window. The tools act directly,
with no approval step. The agent reasons with a hosted LLM (the vendor was
assessed and signed a DPA). Transcripts are kept in a conversation store, and
guest-services staff, signed in through SSO, can read a live chat and take it
over from the staff console. The chat gateway rate-limits each session.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel concierge agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Guest-facing agent on the web and WhatsApp that answers hotel questions and "
        "looks up, changes and cancels reservations in the PMS."
    ),
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data(
    "Guest message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the guest, often with names, dates and booking references.",
)
reply = tg.Data("Concierge reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
staff_reply = tg.Data("Staff reply", sensitivity=tg.Sensitivity.PII, kind="records")
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, chat history, knowledge-base passages and tool results.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The answer text or the tool calls the agent should make.",
)
hotel_info = tg.Data(
    "Hotel information",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Amenities, opening hours, policies, local tips for each property.",
)
kb_passages = tg.Data(
    "Knowledge-base passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
lookup_call = tg.Data(
    "Booking lookup request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Confirmation number and surname as given by the guest.",
)
booking_details = tg.Data(
    "Booking details",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Guest name, stay dates, room, rate, services, contact details.",
)
change_call = tg.Data(
    "Booking change request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="New dates, room type or add-on services for a confirmation number.",
)
cancel_call = tg.Data("Cancellation request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
action_result = tg.Data(
    "Change or cancellation result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
reservations = tg.Data(
    "Reservations",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
card_tokens = tg.Data(
    "Card tokens",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Payment-provider tokens for the guarantee card; the PAN never reaches us.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website or on WhatsApp; no login, only what they type.
    guest = tm.add(tg.Actor("Guest", role="hotel guest"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # Carries WhatsApp conversations to our webhook and our replies back.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Platform",
            provides="generic",
            description="Meta's Cloud API; delivers guest messages to our webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model behind the agent, called over the vendor's API (EU region).
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on our data")
            },
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # System of record for bookings; the tools reach it through its REST API.
    pms = tm.add(
        tg.DataStore(
            "Property-management system",
            stores={reservations, card_tokens},
            description="Vendor-hosted PMS used by every property.",
            controls={
                c.Authentication(method="integration API key"),
                c.EncryptionAtRest(key_management="vendor-managed"),
            },
        )
    )

with tm.boundary("Guest platform", trust=tg.Trust.INTERNAL):
    # Single entry point for the web widget and the WhatsApp webhook.
    gateway = tm.add(
        tg.Endpoint(
            "Chat gateway",
            purpose=tg.EndpointPurpose.API,
            description="Serves the website chat widget and receives WhatsApp webhooks.",
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Runs the conversation: retrieves hotel info, calls the LLM and the tools.
    agent = tm.add(
        tg.Agent(
            "Concierge agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=False,
            description="Keeps history per conversation only; acts on bookings without approval.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Hotel facts the agent answers from.
    knowledge_base = tm.add(
        tg.VectorStore("Hotel knowledge base", stores={kb_passages, hotel_info})
    )
    # Rebuilds the knowledge base when the content team publishes in the CMS.
    indexer = tm.add(tg.Pipeline("Knowledge-base indexer", stage=tg.Stage.INGESTION))
    # Finds a booking; the confirmation number and surname must both match.
    lookup_tool = tm.add(
        tg.Tool(
            "Reservation lookup tool",
            capabilities={"read"},
            controls={c.Authentication(method="confirmation number and surname match")},
        )
    )
    # Changes dates, room type or add-on services on a looked-up booking (reprices it).
    change_tool = tm.add(
        tg.Tool(
            "Booking change tool",
            capabilities={"read", "write"},
            description="Uses the same PMS integration key as the other tools.",
        )
    )
    # Cancels a booking; refuses when the free-cancellation window has passed.
    cancel_tool = tm.add(
        tg.Tool(
            "Cancellation tool",
            capabilities={"read", "write"},
            description="Checks the rate's free-cancellation deadline before cancelling.",
        )
    )
    # Keeps every conversation, for staff takeover and for complaints.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web app where staff watch live chats and take them over.
    staff_console = tm.add(
        tg.Service(
            "Staff console",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Source of the hotel information the knowledge base is built from.
    cms = tm.add(
        tg.DataSource("Hotel content CMS", origin=tg.Origin.INTERNAL, provides={hotel_info})
    )
    # Front-desk and reservations staff who step in when the agent cannot help.
    staff = tm.add(tg.Actor("Guest-services staff", role="guest services"))

# ---------------------------------------------------------------- flows
# web channel
tm.flow(guest, gateway, guest_message, protocol="https", label="web chat widget")
tm.flow(gateway, guest, reply, staff_reply, protocol="https")

# WhatsApp channel
tm.flow(guest, whatsapp, guest_message, protocol="https", label="WhatsApp")
tm.flow(
    whatsapp,
    gateway,
    guest_message,
    protocol="https",
    label="webhook",
    controls={c.MessageIntegrity(note="X-Hub-Signature-256 verified")},
)
tm.flow(gateway, whatsapp, reply, staff_reply, protocol="https")
tm.flow(whatsapp, guest, reply, staff_reply, protocol="https")

# conversation
tm.flow(gateway, agent, guest_message)
tm.flow(agent, gateway, reply)
tm.flow(agent, knowledge_base, guest_message, label="similarity query")
tm.flow(knowledge_base, agent, kb_passages)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# tools
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, booking_details)
tm.flow(lookup_tool, pms, lookup_call, protocol="https")
tm.flow(pms, lookup_tool, booking_details, protocol="https")

tm.flow(agent, change_tool, change_call)
tm.flow(change_tool, agent, action_result)
tm.flow(change_tool, pms, change_call, protocol="https")
tm.flow(pms, change_tool, action_result, booking_details, protocol="https")

tm.flow(agent, cancel_tool, cancel_call)
tm.flow(cancel_tool, agent, action_result)
tm.flow(cancel_tool, pms, cancel_call, protocol="https")
tm.flow(pms, cancel_tool, action_result, booking_details, protocol="https")

# transcripts and staff takeover
tm.flow(agent, conversation_store, transcripts)
tm.flow(gateway, conversation_store, transcripts, label="staff replies")
tm.flow(conversation_store, staff_console, transcripts, label="live chat view")
tm.flow(staff, staff_console, staff_reply, protocol="https", label="takes over chat")
tm.flow(staff_console, staff, transcripts, protocol="https")
tm.flow(staff_console, gateway, staff_reply, label="takeover; pauses the agent")

# knowledge base
tm.flow(cms, indexer, hotel_info, protocol="https", label="on publish")
tm.flow(indexer, knowledge_base, kb_passages, hotel_info)
