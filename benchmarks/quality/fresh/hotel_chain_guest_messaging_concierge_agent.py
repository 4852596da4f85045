"""Guest messaging concierge agent: the first design, before any security review.

Guests of our European hotels message the hotel on WhatsApp or by SMS before and
during their stay. A messaging provider relays each message to a webhook in our
guest-services cloud, where an LLM agent (a vendor-hosted model) answers questions
from a knowledge base of hotel information, books restaurant tables through a
reservation platform, books spa slots in the spa scheduling system, and posts the
resulting charges to the guest's room folio in the property management system (PMS).
The guest is recognised by the sender's phone number matched to an in-house
reservation. Conversations are kept per guest so the agent can follow a thread.
Controls in this design: TLS on every network hop, per-sender rate limits on the
webhook, the LLM vendor's content filter, a step limit on the agent, approval by the
front-desk duty manager for folio charges above EUR 150, an audit log of postings,
role-based access and encryption at rest in the PMS, and encrypted conversation storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel guest messaging concierge agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "WhatsApp and SMS concierge that answers guests, books tables and spa slots "
        "and posts charges to room folios."
    ),
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data(
    "Guest message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the guest, with the sender's phone number.",
)
agent_reply = tg.Data("Concierge reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, stay details, hotel information, tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The next reply or the tool calls the model chose.",
)
hotel_info = tg.Data(
    "Hotel information",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
    description="Menus, opening hours, spa treatments and prices, house policies.",
)
kb_query = tg.Data("Knowledge base query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
conversation = tg.Data("Conversation history", sensitivity=tg.Sensitivity.PII, kind="records")
stay_lookup = tg.Data("Stay lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
stay_record = tg.Data(
    "Guest stay record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, room number, arrival and departure dates, phone number, loyalty tier.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
table_request = tg.Data("Table booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
table_confirmation = tg.Data(
    "Table booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
spa_request = tg.Data("Spa booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
spa_confirmation = tg.Data(
    "Spa booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
spa_schedule = tg.Data("Spa appointments", sensitivity=tg.Sensitivity.PII, kind="records")
folio_charge = tg.Data(
    "Folio charge",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Room number, amount, revenue code and description of the charge.",
)
folio = tg.Data(
    "Room folio",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
posting_result = tg.Data("Posting result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
charge_approval = tg.Data("Charge approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
handoff = tg.Data(
    "Handoff summary",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Conversation summary sent to the front desk when the agent escalates.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can message the hotel's WhatsApp or SMS number.
    guest = tm.add(tg.Actor("Guest", role="hotel guest"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business API and SMS aggregator; relays messages to our webhook.
    provider = tm.add(
        tg.ExternalService(
            "WhatsApp and SMS provider",
            description="Delivers inbound messages as webhook calls and sends our replies.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Restaurant reservation platform", trust=tg.Trust.PARTNER):
    # SaaS that holds the table inventory of our hotel restaurants.
    restaurant_platform = tm.add(
        tg.ExternalService(
            "Restaurant booking platform",
            description="Takes table reservations for the hotel restaurants via its partner API.",
        )
    )

with tm.boundary("Guest services cloud", trust=tg.Trust.INTERNAL):
    # Public webhook the messaging provider posts inbound messages to.
    webhook = tm.add(
        tg.Endpoint(
            "Messaging webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per sender number"),
                c.Authentication(
                    method="sender's WhatsApp or SMS phone number matched to an in-house reservation"
                ),
            },
        )
    )
    # The LLM agent that reads the guest's message, decides and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Concierge agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers, books and posts charges on its own; escalates to the front desk.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Hotel information the agent answers from.
    knowledge_base = tm.add(tg.VectorStore("Hotel knowledge base", stores={hotel_info}))
    # One thread per guest phone number, reloaded on each message.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={conversation},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Looks up the stay that belongs to the sender's phone number.
    lookup_tool = tm.add(
        tg.Tool(
            "Guest stay lookup tool",
            capabilities={"read"},
            description="Finds the in-house reservation by phone number in the PMS.",
        )
    )
    # Books tables at the hotel restaurants.
    table_tool = tm.add(tg.Tool("Table booking tool", capabilities={"write"}))
    # Books and moves spa treatment slots.
    spa_tool = tm.add(tg.Tool("Spa booking tool", capabilities={"write"}))
    # Posts charges (spa treatments, restaurant deposits, late checkout) to the room folio.
    folio_tool = tm.add(
        tg.Tool(
            "Folio posting tool",
            capabilities={"write", "money-movement"},
            description="Posts the amount the agent passes in the tool call to the guest's folio.",
            controls={
                c.HumanInTheLoop(approver="front-desk duty manager", above="EUR 150 per charge"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Hotel core systems", trust=tg.Trust.INTERNAL):
    # The chain's property management system: reservations and guest folios.
    pms = tm.add(
        tg.DataStore(
            "Property management system",
            stores={stay_record, folio},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )
    # Treatment rooms, therapists and appointments of each hotel spa.
    spa_system = tm.add(tg.DataStore("Spa scheduling system", stores={spa_schedule}))

with tm.boundary("Hotel corporate network", trust=tg.Trust.INTERNAL):
    # Takes escalations, approves larger charges and keeps hotel information current.
    front_desk = tm.add(tg.Actor("Front desk staff", role="front desk"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(guest, provider, guest_message, protocol="whatsapp", label="WhatsApp message")
tm.flow(guest, provider, guest_message, protocol="sms", label="SMS message")
tm.flow(provider, webhook, guest_message, protocol="https", controls={tls})
tm.flow(webhook, agent, guest_message)

tm.flow(agent, conversations, conversation, label="append turn")
tm.flow(conversations, agent, conversation, label="load thread")

tm.flow(agent, knowledge_base, kb_query)
tm.flow(knowledge_base, agent, hotel_info)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, lookup_tool, stay_lookup)
tm.flow(lookup_tool, pms, stay_lookup, protocol="https", controls={tls})
tm.flow(pms, lookup_tool, stay_record, protocol="https", controls={tls})
tm.flow(lookup_tool, agent, stay_record)

tm.flow(agent, table_tool, table_request)
tm.flow(table_tool, restaurant_platform, table_request, protocol="https", controls={tls})
tm.flow(restaurant_platform, table_tool, table_confirmation, protocol="https", controls={tls})
tm.flow(table_tool, agent, table_confirmation)

tm.flow(agent, spa_tool, spa_request)
tm.flow(spa_tool, spa_system, spa_request, protocol="https", controls={tls})
tm.flow(spa_system, spa_tool, spa_confirmation, protocol="https", controls={tls})
tm.flow(spa_tool, agent, spa_confirmation)

tm.flow(agent, folio_tool, folio_charge)
tm.flow(front_desk, folio_tool, charge_approval, label="approves charges above EUR 150")
tm.flow(folio_tool, pms, folio_charge, protocol="https", controls={tls})
tm.flow(pms, folio_tool, posting_result, protocol="https", controls={tls})
tm.flow(folio_tool, agent, posting_result)

tm.flow(agent, front_desk, handoff, protocol="https", label="escalation")
tm.flow(front_desk, knowledge_base, hotel_info, label="updates menus and opening hours")

tm.flow(agent, webhook, agent_reply)
tm.flow(webhook, provider, agent_reply, protocol="https", controls={tls})
tm.flow(provider, guest, agent_reply, protocol="whatsapp", label="WhatsApp reply")
tm.flow(provider, guest, agent_reply, protocol="sms", label="SMS reply")
