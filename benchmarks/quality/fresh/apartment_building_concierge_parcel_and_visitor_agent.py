"""Apartment building concierge: the first design, before any security review.

A managed apartment building in the UK gets a front-desk agent. Residents talk to
it in the residents' app; couriers and guests talk to it on a tablet in the lobby.
It logs parcels that couriers drop off, tells the resident by push notification
that a parcel has arrived, issues one-day visitor codes through the door entry
vendor's API when a resident asks for one, and answers questions from the
building handbook. Anything it cannot handle goes to the concierge staff as a
handoff ticket. The agent runs on the building operator's cloud platform and
calls a hosted LLM. Residents sign in to the app with e-mail and password; the
API is rate limited, resident and parcel data are encrypted at rest, the agent
has a step limit, and the door entry system caps every visitor code at 24 hours.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Apartment building concierge agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Front-desk agent for parcels, visitor door codes and handbook questions.",
)

# ---------------------------------------------------------------- data assets
resident_message = tg.Data(
    "Resident chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and requests typed in the residents' app (parcels, visitor codes).",
)
lobby_conversation = tg.Data(
    "Lobby tablet conversation",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What a courier or guest types at the lobby tablet: recipient name, flat, reason.",
)
label_photo = tg.Data(
    "Parcel label photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the shipping label taken with the tablet camera.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, handbook passages and resident or parcel records.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
handbook = tg.Data(
    "Building handbook passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="House rules, bin days, amenity hours, move-in procedures.",
)
resident_records = tg.Data(
    "Resident records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, flat numbers, phone numbers and app accounts of residents.",
)
parcel_record = tg.Data(
    "Parcel record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient, flat, courier, tracking number, shelf location, collected or not.",
)
parcel_tool_call = tg.Data(
    "Parcel log entry request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
arrival_notice = tg.Data(
    "Parcel arrival notification", kind="documents", sensitivity=tg.Sensitivity.PII
)
visitor_code_request = tg.Data(
    "Visitor code request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Flat, visitor name and the day of the visit.",
)
visitor_code = tg.Data(
    "Visitor entry code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Door code valid for one day at the front door keypad.",
)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
handoff_ticket = tg.Data(
    "Handoff ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The conversation so far and what the agent could not do.",
)
handbook_doc = tg.Data("Building handbook", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents use the agent from the residents' app on their own phones.
    resident = tm.add(tg.Actor("Resident", role="resident"))

with tm.boundary("Building lobby", trust=tg.Trust.UNTRUSTED):
    # Couriers and guests walk up to the lobby tablet; anyone can stand in front of it.
    visitor = tm.add(tg.Actor("Lobby visitor", role="courier or guest"))

with tm.boundary("Building on-site network", trust=tg.Trust.INTERNAL):
    # Wall-mounted tablet in kiosk mode: the agent's front desk for people without the app.
    tablet = tm.add(
        tg.Device(
            "Lobby tablet",
            fleet=False,
            description="Kiosk-mode tablet with a camera, on the building's Wi-Fi.",
        )
    )
    # Concierge staff take over what the agent cannot do and keep the records current.
    staff = tm.add(tg.Actor("Concierge staff", role="concierge"))

with tm.boundary("Concierge platform", trust=tg.Trust.INTERNAL):
    # Single API behind both the residents' app and the lobby tablet.
    api = tm.add(
        tg.Endpoint(
            "Concierge API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="residents' app: e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The front-desk agent: reads the conversation, decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Front-desk agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Logs parcels, notifies residents, issues visitor codes and answers "
            "handbook questions without staff involvement; hands off the rest.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Handbook split into passages and embedded, for answering questions.
    handbook_index = tm.add(tg.VectorStore("Building handbook index", stores={handbook}))
    # Who lives where: used to match a parcel or a visitor to a flat.
    directory = tm.add(
        tg.DataStore(
            "Resident directory",
            stores={resident_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Log of every parcel received and collected.
    parcel_log = tm.add(
        tg.DataStore(
            "Parcel log",
            stores={parcel_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tools the agent calls.
    parcel_tool = tm.add(tg.Tool("Parcel logging tool", capabilities={"read", "write"}))
    notify_tool = tm.add(tg.Tool("Resident notification tool", capabilities={"send-messages"}))
    code_tool = tm.add(
        tg.Tool(
            "Visitor code tool",
            capabilities={"write"},
            description="Creates a visitor code in the door entry system for a flat and a day.",
        )
    )
    handoff_tool = tm.add(tg.Tool("Staff handoff tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model, multimodal so it can read label photos.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Door entry vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud that programs the front-door keypad.
    door = tm.add(
        tg.ExternalService(
            "Door entry system",
            controls={
                c.PolicyEnforcement(rules="door entry system caps visitor codes at 24 hours")
            },
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers notifications to the residents' app.
    push = tm.add(tg.ExternalService("Push notification service"))

# ---------------------------------------------------------------- flows
tm.flow(resident, api, resident_message, protocol="https")
tm.flow(api, resident, agent_reply, visitor_code, protocol="https")

tm.flow(visitor, tablet, lobby_conversation, label="typed on the touchscreen")
tm.flow(tablet, visitor, agent_reply, label="shown on the touchscreen")
tm.flow(tablet, api, lobby_conversation, label_photo, protocol="https")
tm.flow(api, tablet, agent_reply, protocol="https")

tm.flow(api, agent, resident_message, lobby_conversation, label_photo)
tm.flow(agent, api, agent_reply, visitor_code)

tm.flow(agent, llm, llm_prompt, label_photo, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, handbook_index, resident_message, lobby_conversation, label="similarity query")
tm.flow(handbook_index, agent, handbook, label="retrieved passages")
tm.flow(directory, agent, resident_records, label="resident lookup")
tm.flow(parcel_log, agent, parcel_record, label="parcel status lookup")

tm.flow(agent, parcel_tool, parcel_tool_call)
tm.flow(parcel_tool, parcel_log, parcel_record)
tm.flow(parcel_tool, agent, tool_result)

tm.flow(agent, notify_tool, arrival_notice)
tm.flow(notify_tool, push, arrival_notice, protocol="https")
tm.flow(push, resident, arrival_notice, protocol="https")

tm.flow(agent, code_tool, visitor_code_request)
tm.flow(code_tool, door, visitor_code_request, protocol="https")
tm.flow(door, code_tool, visitor_code, protocol="https")
tm.flow(code_tool, agent, visitor_code)

tm.flow(agent, handoff_tool, handoff_ticket)
tm.flow(handoff_tool, staff, handoff_ticket, protocol="https")

tm.flow(staff, parcel_log, parcel_record, protocol="https", label="marks parcels collected")
tm.flow(parcel_log, staff, parcel_record, protocol="https")
tm.flow(staff, directory, resident_records, protocol="https", label="move-ins and move-outs")
tm.flow(directory, staff, resident_records, protocol="https")
tm.flow(staff, handbook_index, handbook_doc, protocol="https", label="uploads handbook revisions")
