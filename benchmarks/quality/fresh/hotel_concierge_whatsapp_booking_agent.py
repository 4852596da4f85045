"""Hotel WhatsApp concierge agent: the first design, before any security review.

Guests of the group's European hotels message the hotel's WhatsApp Business number.
Meta's platform posts each message to our webhook API in the group's cloud, which
hands it to an LLM agent. The agent answers from an index of hotel information
(opening hours, menus, spa treatments and prices), looks up the guest's stay in the
property management system (PMS) by the sender's WhatsApp number, books restaurant
tables and spa slots through the partners' booking APIs, and posts the charges for
them to the guest's room bill (folio) in the PMS. The model is a hosted LLM under the
vendor's data processing agreement, behind the vendor's content filter. Charges above
EUR 250 wait for the front desk duty manager in the staff console, where front desk
staff also read conversations, take over a chat and edit the hotel information.
Transcripts are kept encrypted for 90 days.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hotel WhatsApp concierge agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="WhatsApp concierge that answers guests, books tables and spa slots and "
    "charges them to the room bill.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data(
    "Guest WhatsApp message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the guest, with the sender's WhatsApp number.",
)
reply = tg.Data("Concierge reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation history, stay details, retrieved hotel "
    "information and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
hotel_info = tg.Data(
    "Hotel information",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Opening hours, menus, spa treatment list and prices, house rules.",
)
hotel_chunks = tg.Data(
    "Hotel information passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
info_query = tg.Data("Hotel information query", sensitivity=tg.Sensitivity.PII, kind="prompt")
reservation = tg.Data(
    "Reservation and guest profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Guest name, room number, stay dates, phone number, preferences.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lookup_call = tg.Data("Stay lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
stay_result = tg.Data("Stay lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
table_call = tg.Data("Table booking call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
table_booking = tg.Data("Restaurant table booking", sensitivity=tg.Sensitivity.PII, kind="records")
table_result = tg.Data("Table booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
spa_call = tg.Data("Spa booking call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
spa_booking = tg.Data(
    "Spa appointment",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Treatment, slot, therapist, and any health notes the guest gives.",
)
spa_result = tg.Data("Spa booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
charge_call = tg.Data(
    "Room charge call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Room number, charge code, amount and description the agent sets.",
)
folio_posting = tg.Data(
    "Folio posting",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
charge_result = tg.Data("Room charge result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
charge_approval = tg.Data("Charge approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
transcripts = tg.Data("Conversation transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
staff_reply = tg.Data("Front desk reply", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hotel guests, and anyone else who has the hotel's WhatsApp number.
    guest = tm.add(tg.Actor("Hotel guest", role="guest"))

with tm.boundary("Meta WhatsApp cloud", trust=tg.Trust.PARTNER):
    # Meta's WhatsApp Business Cloud API: delivers guest messages to our webhook and
    # sends our replies.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Platform",
            description="Meta Cloud API; posts inbound messages to our webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by the vendor in an EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on our data"),
            },
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The hotels' property management system (SaaS): reservations, guest profiles and
    # room folios. The system of record for stays and bills.
    pms = tm.add(
        tg.DataStore(
            "Property management system",
            stores={reservation, folio_posting},
            description="Cloud PMS run by the vendor; we reach it through its REST API.",
        )
    )

with tm.boundary("Booking partners", trust=tg.Trust.PARTNER):
    # The restaurants' table reservation platform.
    restaurant_platform = tm.add(
        tg.ExternalService(
            "Restaurant reservation platform",
            description="SaaS table management used by the hotels' restaurants.",
        )
    )
    # The spa's appointment scheduling system.
    spa_system = tm.add(
        tg.ExternalService(
            "Spa scheduling system",
            description="SaaS spa and treatment scheduling used by the hotel spas.",
        )
    )

with tm.boundary("Hotel group cloud", trust=tg.Trust.INTERNAL):
    # Receives Meta's webhook calls and sends replies back through the Cloud API.
    webhook = tm.add(
        tg.Endpoint(
            "Concierge webhook API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per sender number")},
        )
    )
    # The LLM agent: reads the conversation, decides which tools to call and writes
    # the reply.
    agent = tm.add(
        tg.Agent(
            "Concierge agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers guests, books tables and spa slots, charges the room.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Index of hotel information the agent answers from.
    info_index = tm.add(tg.VectorStore("Hotel information index", stores={hotel_chunks}))
    # Tool: finds the guest's current stay from the sender's number.
    lookup_tool = tm.add(
        tg.Tool(
            "Stay lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="WhatsApp sender number matched to the phone number on an "
                    "in-house reservation"
                )
            },
        )
    )
    # Tool: books a table at one of the hotel's restaurants.
    table_tool = tm.add(tg.Tool("Table booking tool", capabilities={"read", "write"}))
    # Tool: books a spa treatment slot.
    spa_tool = tm.add(tg.Tool("Spa booking tool", capabilities={"read", "write"}))
    # Tool: posts a charge to the guest's room folio in the PMS.
    charge_tool = tm.add(
        tg.Tool(
            "Room charge tool",
            capabilities={"write", "money-movement"},
            description="Posts restaurant deposits and spa treatments to the room bill.",
            controls={
                c.HumanInTheLoop(approver="front desk duty manager", above="EUR 250 per charge"),
                c.LeastPrivilegeTools(note="PMS API user limited to concierge charge codes"),
            },
        )
    )
    # Web console for front desk staff: conversations, take-over, approvals, content.
    console = tm.add(
        tg.Service(
            "Concierge staff console",
            controls={c.Authentication(method="group SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Conversation history, also used as the agent's context on the next message.
        transcript_store = tm.add(
            tg.DataStore(
                "Conversation store",
                stores={transcripts},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=90),
                },
            )
        )

with tm.boundary("Hotel network", trust=tg.Trust.INTERNAL):
    # Front desk and guest relations staff at each hotel.
    front_desk = tm.add(tg.Actor("Front desk staff", role="front desk"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(guest, whatsapp, guest_message, protocol="whatsapp")
tm.flow(whatsapp, guest, reply, staff_reply, protocol="whatsapp")
tm.flow(whatsapp, webhook, guest_message, protocol="https", controls={tls}, label="webhook")
tm.flow(webhook, whatsapp, reply, protocol="https", controls={tls}, label="send message")
tm.flow(webhook, agent, guest_message)
tm.flow(agent, webhook, reply)

tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, info_index, info_query, label="similarity query")
tm.flow(info_index, agent, hotel_chunks, label="retrieved context")
tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, agent, transcripts, label="conversation history")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, stay_result)
tm.flow(lookup_tool, pms, lookup_call, protocol="https", controls={tls})
tm.flow(pms, lookup_tool, reservation, protocol="https", controls={tls})

tm.flow(agent, table_tool, table_call)
tm.flow(table_tool, agent, table_result)
tm.flow(table_tool, restaurant_platform, table_booking, protocol="https", controls={tls})
tm.flow(restaurant_platform, table_tool, table_booking, protocol="https", controls={tls})

tm.flow(agent, spa_tool, spa_call)
tm.flow(spa_tool, agent, spa_result)
tm.flow(spa_tool, spa_system, spa_booking, protocol="https", controls={tls})
tm.flow(spa_system, spa_tool, spa_booking, protocol="https", controls={tls})

tm.flow(agent, charge_tool, charge_call)
tm.flow(charge_tool, agent, charge_result)
tm.flow(charge_tool, console, charge_call, label="charges above EUR 250 for approval")
tm.flow(console, charge_tool, charge_approval)
tm.flow(charge_tool, pms, folio_posting, protocol="https", controls={tls})
tm.flow(pms, charge_tool, folio_posting, protocol="https", controls={tls}, label="posting result")

tm.flow(front_desk, console, charge_approval, staff_reply, hotel_info, protocol="https")
tm.flow(console, front_desk, transcripts, charge_call, protocol="https")
tm.flow(transcript_store, console, transcripts)
tm.flow(console, info_index, hotel_info, label="hotel information updates")
tm.flow(console, whatsapp, staff_reply, protocol="https", controls={tls}, label="staff take-over")
