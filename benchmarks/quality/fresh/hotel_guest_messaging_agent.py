"""Hotel guest messaging agent: the first design, before any security review.

A hotel chain lets guests message it over WhatsApp and SMS before and during their
stay. A messaging provider relays each message to our webhook; the provider signs
its webhook calls. A guest is matched to a reservation by the phone number that
sends the message. An LLM agent on our cloud platform answers from a hotel
knowledge base (amenities, menus, policies) and acts through three tools: it books
spa and restaurant slots in the booking system, changes reservations and posts
charges to the room folio in the property management system (PMS), all without a
person approving each step. Front-desk staff watch conversations in a staff inbox
and can take one over, which pauses the agent; they also edit the knowledge base.
The LLM is a hosted third-party model with the vendor's content filter. Controls:
signed webhooks, a rate limit per sender, a step limit on the agent, API keys in a
secret manager, a log of every tool call, and SSO with roles for staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel guest messaging agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="WhatsApp and SMS agent that answers guests, books spa and restaurant "
    "slots, changes reservations and posts charges to room folios.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data("Guest message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Reply to guest", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, hotel content and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Either a reply or a structured tool call.",
)
history = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)
hotel_info = tg.Data(
    "Hotel knowledge",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Amenities, opening hours, menus, spa treatments, house policies.",
)
reservation = tg.Data(
    "Reservation details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, phone, dates, room, rate and loyalty number.",
)
reservation_change = tg.Data(
    "Reservation change",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
slot_booking = tg.Data(
    "Spa or restaurant booking", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
folio_charge = tg.Data(
    "Folio charge",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Room number, amount, outlet code and description.",
)
posting_result = tg.Data(
    "Posting result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
staff_message = tg.Data("Staff message", kind="records", sensitivity=tg.Sensitivity.PII)
staff_login = tg.Data("Staff SSO session", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can message the hotel's number.
    guest = tm.add(tg.Actor("Guest", role="hotel guest"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business and SMS gateway; delivers inbound messages and sends replies.
    gateway = tm.add(tg.ExternalService("WhatsApp and SMS gateway", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that plans the reply and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Hotel SaaS vendors", trust=tg.Trust.PARTNER):
    # System of record for reservations, guest profiles and room folios.
    pms = tm.add(tg.ExternalService("Property management system", provides="generic"))
    # Spa and restaurant table-booking system.
    booking_system = tm.add(tg.ExternalService("Spa and restaurant booking system"))

with tm.boundary("Guest messaging platform", trust=tg.Trust.INTERNAL):
    # Receives the provider's webhook calls for inbound messages.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound message webhook",
            purpose="api",
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20, note="per sender number")},
        )
    )
    # The agent: matches the sender to a reservation, answers and calls tools.
    agent = tm.add(
        tg.Agent(
            "Guest messaging agent",
            autonomy="autonomous",
            controls={
                c.CircuitBreaker(max_steps=8),
                c.SecretsManagement(
                    note="PMS, booking and gateway keys in the cloud secret manager"
                ),
                c.AuditLogging(note="every tool call with its conversation id"),
            },
        )
    )
    # Indexed hotel content the agent retrieves answers from.
    knowledge = tm.add(tg.VectorStore("Hotel knowledge base", stores={hotel_info}))
    # Threads per guest phone number, kept across the stay.
    history_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Looks up and modifies reservations through the PMS API.
    reservation_tool = tm.add(
        tg.Tool("Reservation tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Checks availability and books spa and restaurant slots.
    booking_tool = tm.add(
        tg.Tool("Spa and dining booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Posts charges (bookings, room service, late checkout) to the guest's folio.
    folio_tool = tm.add(
        tg.Tool("Folio charge tool", capabilities={"write", "money-movement"}, origin="first-party")
    )
    # Web inbox where front-desk staff follow conversations and take them over.
    inbox = tm.add(
        tg.Endpoint(
            "Staff inbox",
            purpose="api",
            controls={c.Authentication(method="hotel SSO"), c.RBAC()},
        )
    )

with tm.boundary("Hotel network", trust=tg.Trust.INTERNAL):
    # Front-desk staff who take over conversations and maintain hotel content.
    front_desk = tm.add(tg.Actor("Front-desk staff", role="front desk"))

# ---------------------------------------------------------------- flows
tm.flow(guest, gateway, guest_message, label="WhatsApp or SMS")
tm.flow(gateway, guest, reply, label="WhatsApp or SMS")
tm.flow(
    gateway,
    webhook,
    guest_message,
    protocol="https",
    controls={c.MessageIntegrity(note="provider signs each webhook call")},
)
tm.flow(webhook, agent, guest_message)
tm.flow(agent, gateway, reply, protocol="https", label="send API")

tm.flow(history_store, agent, history)
tm.flow(agent, history_store, history)
tm.flow(agent, knowledge, guest_message, label="similarity query")
tm.flow(knowledge, agent, hotel_info)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, reservation_tool, reservation_change)
tm.flow(reservation_tool, agent, reservation)
tm.flow(reservation_tool, pms, reservation_change, protocol="https")
tm.flow(pms, reservation_tool, reservation, protocol="https")

tm.flow(agent, booking_tool, slot_booking)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_system, slot_booking, protocol="https")
tm.flow(booking_system, booking_tool, booking_result, protocol="https")

tm.flow(agent, folio_tool, folio_charge)
tm.flow(folio_tool, agent, posting_result)
tm.flow(folio_tool, pms, folio_charge, protocol="https")
tm.flow(pms, folio_tool, posting_result, protocol="https")

tm.flow(front_desk, inbox, staff_login, staff_message, hotel_info, protocol="https")
tm.flow(inbox, front_desk, history, protocol="https")
tm.flow(agent, inbox, history, label="live conversations")
tm.flow(inbox, agent, staff_message, label="takeover and staff replies")
tm.flow(inbox, knowledge, hotel_info, label="content edits")
