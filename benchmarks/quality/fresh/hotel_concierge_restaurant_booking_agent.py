"""Hotel concierge restaurant booking agent: the first design, before any security review.

Guests chat with a concierge agent on the tablet in their room or over WhatsApp.
The agent recommends restaurants from the concierge team's curated guide, checks
availability and books tables through a third-party reservations platform, and,
where a restaurant asks for a deposit, posts it as a charge to the guest's room
folio in the property management system. A hosted LLM from a model vendor plans
each step. Tablets are bound to their room; WhatsApp guests are matched to a stay
by the phone number on the reservation. Conversations are kept for the stay and
hard cases are handed to concierge staff, who also maintain the guide.
Controls in this design: the guest confirms each booking and deposit in the chat,
a per-booking deposit cap, a step limit on the agent, TLS on external links, the
platform key in a vault, and SSO with MFA for staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel concierge restaurant booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Recommends restaurants to hotel guests, books tables and charges "
    "deposits to the room.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data("Guest message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Concierge reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
stay_record = tg.Data(
    "Guest stay record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, room number, stay dates and phone number.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, guide excerpts and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guide_entries = tg.Data(
    "Restaurant guide entries",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Concierge notes, house favourites and partner restaurants.",
)
guide_context = tg.Data(
    "Guide excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
search_call = tg.Data("Availability search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
availability = tg.Data(
    "Restaurant availability and listings",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Open slots, menus, descriptions and reviews as the platform returns them.",
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reservation = tg.Data(
    "Reservation details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, phone, party size, time, dietary and allergy notes.",
)
confirmation = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
charge_call = tg.Data("Deposit charge request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
folio_posting = tg.Data(
    "Room folio deposit posting",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
platform_key = tg.Data(
    "Reservations platform API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
handoff = tg.Data("Escalated conversation", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Guest side", trust=tg.Trust.UNTRUSTED):
    # Hotel guests, and anyone else who has their phone or is in their room.
    guest = tm.add(tg.Actor("Hotel guest", role="guest"))
    # Hotel-managed tablets in each room, on the guest Wi-Fi.
    tablet = tm.add(
        tg.Device("Room tablet", fleet=True, description="Kiosk-mode Android tablet per room.")
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business API relays guest messages to our webhook.
    messaging = tm.add(
        tg.ExternalService(
            "WhatsApp Business API",
            description="Posts inbound guest messages to our webhook; sends our replies.",
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The language model that plans the conversation and the tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Reservations platform", trust=tg.Trust.PARTNER):
    # Third-party platform with restaurant listings, availability and bookings.
    platform = tm.add(tg.ExternalService("Restaurant reservations platform"))

with tm.boundary("Hotel cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for tablet chats and the WhatsApp webhook; binds a chat to a stay.
    concierge_api = tm.add(
        tg.Endpoint(
            "Concierge chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="per-tablet device key bound to the room; WhatsApp sender "
                    "phone number matched to the reservation"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that recommends, searches, books and charges deposits.
    agent = tm.add(
        tg.Agent(
            "Concierge agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the guest, who confirms restaurant, time and deposit in the chat"
                ),
                c.CircuitBreaker(max_steps=12),
            },
        )
    )
    # Curated restaurant guide the agent retrieves recommendations from.
    guide = tm.add(tg.VectorStore("Restaurant guide index", stores={guide_entries, guide_context}))
    # Reads availability and listings from the reservations platform.
    search_tool = tm.add(
        tg.Tool(
            "Restaurant search tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="platform key held in the cloud vault")},
        )
    )
    # Creates and cancels reservations on the platform in the guest's name.
    booking_tool = tm.add(
        tg.Tool(
            "Table booking tool",
            capabilities={"write", "delete", "network-egress"},
            controls={c.SecretsManagement(note="platform key held in the cloud vault")},
        )
    )
    # Posts the restaurant's deposit as a charge on the guest's room folio.
    charge_tool = tm.add(
        tg.Tool(
            "Room charge tool",
            capabilities={"money-movement", "write"},
            description="The deposit amount is taken from the platform's booking confirmation.",
            controls={c.TransactionLimits(limit="EUR 150 per booking")},
        )
    )
    # Chat history for the stay, read back as the agent's conversation context.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web console where concierge staff take over chats and edit the guide.
    staff_console = tm.add(
        tg.Endpoint(
            "Concierge staff console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hotel SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Hotel property systems", trust=tg.Trust.INTERNAL):
    # The hotel's system of record for stays and guest folios.
    pms = tm.add(
        tg.DataStore(
            "Property management system",
            stores={stay_record, folio_posting},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )
    # Concierge desk staff on the hotel network.
    staff = tm.add(tg.Actor("Concierge staff", role="concierge"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(guest, tablet, guest_message)
tm.flow(tablet, guest, agent_reply)
tm.flow(tablet, concierge_api, guest_message, protocol="https", controls={tls})
tm.flow(concierge_api, tablet, agent_reply, protocol="https", controls={tls})
tm.flow(guest, messaging, guest_message, protocol="whatsapp")
tm.flow(messaging, guest, agent_reply, protocol="whatsapp")
tm.flow(messaging, concierge_api, guest_message, protocol="https", controls={tls}, label="webhook")
tm.flow(concierge_api, messaging, agent_reply, protocol="https", controls={tls})

tm.flow(pms, concierge_api, stay_record, label="looks up the stay")
tm.flow(concierge_api, agent, guest_message, stay_record)
tm.flow(agent, concierge_api, agent_reply)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, guide, guest_message, label="similarity query")
tm.flow(guide, agent, guide_context)
tm.flow(conversation_store, agent, transcripts, label="conversation history")
tm.flow(agent, conversation_store, transcripts)

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, platform, search_call, platform_key, protocol="https", controls={tls})
tm.flow(platform, search_tool, availability, protocol="https", controls={tls})
tm.flow(search_tool, agent, availability)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, platform, reservation, platform_key, protocol="https", controls={tls})
tm.flow(platform, booking_tool, confirmation, protocol="https", controls={tls})
tm.flow(booking_tool, agent, confirmation)

tm.flow(agent, charge_tool, charge_call)
tm.flow(charge_tool, pms, folio_posting)
tm.flow(pms, charge_tool, folio_posting, label="posting result")
tm.flow(charge_tool, agent, confirmation, label="deposit posted")

tm.flow(agent, staff_console, handoff, label="escalation")
tm.flow(staff_console, staff, handoff, transcripts, protocol="https", controls={tls})
tm.flow(staff, staff_console, guide_entries, agent_reply, protocol="https", controls={tls})
tm.flow(staff_console, guide, guide_entries)
tm.flow(staff_console, concierge_api, agent_reply, label="staff reply to the guest")
