"""Student housing maintenance agent: the first design, before any security review.

Residents of our student halls report repairs (a leaking tap, a broken heater, a
faulty lock) by chat in the resident app, optionally with photos. An LLM agent in
our cloud account, backed by a vendor-hosted model, reads the request, looks up
the resident's room, triages urgency, opens a maintenance ticket and books a
contractor from our approved panel through the maintenance job portal. When the
visit is booked it asks the smart-lock vendor's platform for a mobile door key
for the contractor, valid for the booked slot, so the room can be entered if the
resident is out. Contractors and our maintenance coordinators use the job portal.
Controls in this design: resident app login and rate limits on the chat API,
upload checks on photos, a step cap on the agent, a scoped lock-platform API key,
encrypted databases with role-based access, and the vendor's content filter.
The residents are in the UK, so UK GDPR applies to their data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student housing maintenance request agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that triages repair requests, books contractors and issues digital door keys.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Repair request message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The resident's chat message: the fault, their room, when they are in.",
)
photos = tg.Data("Repair photos", sensitivity=tg.Sensitivity.PII, kind="media")
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, chat history, room details and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
resident_records = tg.Data(
    "Resident and room records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, contact details, room allocation, tenancy dates, access notes.",
)
room_query = tg.Data("Room lookup query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
room_details = tg.Data(
    "Room and occupancy details", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
ticket_update = tg.Data("Ticket update", sensitivity=tg.Sensitivity.PII, kind="tool-call")
ticket_result = tg.Data("Ticket record", sensitivity=tg.Sensitivity.PII, kind="tool-result")
ticket = tg.Data(
    "Maintenance ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Fault, triage priority, room, resident contact and access notes.",
)
transcript = tg.Data("Chat transcript", sensitivity=tg.Sensitivity.PII, kind="logs")
booking_request = tg.Data(
    "Contractor booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
booking = tg.Data(
    "Contractor job booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Job, room, time slot, resident name and phone, access notes.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
job_update = tg.Data("Job status update", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
key_request = tg.Data(
    "Door key grant request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Room door, contractor's account and the time window of the visit.",
)
key_status = tg.Data("Key grant status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
mobile_key = tg.Data(
    "Mobile door key",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Time-limited digital key in the lock vendor's app on the contractor's phone.",
)
lock_permissions = tg.Data(
    "Lock access permissions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
lock_events = tg.Data("Door access events", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students living in our halls, using the resident app on their phones.
    resident = tm.add(tg.Actor("Resident", role="student resident"))
    # Tradespeople from our approved contractor panel; they visit rooms.
    contractor = tm.add(tg.Actor("Contractor", role="maintenance contractor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that reads requests and chooses the agent's tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal chat model behind the vendor's API; reads text and photos.",
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Smart lock vendor", trust=tg.Trust.PARTNER):
    # The lock maker's cloud: issues mobile keys and manages every room lock.
    lock_cloud = tm.add(
        tg.ExternalService(
            "Smart lock platform",
            description="Vendor cloud that issues mobile keys and pushes access lists to locks.",
            controls={c.SupplierAssessment(note="procurement security questionnaire")},
        )
    )

with tm.boundary("Housing cloud account", trust=tg.Trust.INTERNAL):
    # Entry point for the resident app's chat.
    chat_api = tm.add(
        tg.Endpoint(
            "Resident chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resident app login with e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image type and size checks on photo uploads"),
            },
        )
    )
    # The agent that triages, tickets, books and arranges access.
    agent = tm.add(
        tg.Agent(
            "Maintenance agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Triages requests and books contractors and door keys without staff review.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Lets the agent see who lives in a room and any access notes.
    room_tool = tm.add(
        tg.Tool(
            "Room lookup tool",
            capabilities={"read"},
            description="Looks up a room's occupant, tenancy and access notes by room number or name.",
        )
    )
    # Opens and updates maintenance tickets and saves the chat transcript.
    ticket_tool = tm.add(tg.Tool("Ticket tool", capabilities={"read", "write"}))
    # Books a visit slot with a panel contractor through the job portal.
    booking_tool = tm.add(
        tg.Tool("Contractor booking tool", capabilities={"write", "send-messages"})
    )
    # Asks the lock platform for a mobile key for the booked contractor and slot.
    key_tool = tm.add(
        tg.Tool(
            "Door key tool",
            capabilities={"write", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Requests a mobile key for one room door, valid for the booked slot.",
            controls={
                c.LeastPrivilegeTools(
                    note="lock API key can issue time-limited keys to student rooms only, "
                    "not master or plant-room keys"
                )
            },
        )
    )
    # Web portal where contractors see and update jobs and coordinators manage them.
    portal = tm.add(
        tg.Service(
            "Maintenance job portal",
            controls={
                c.Authentication(
                    method="contractors: e-mail and password; staff: Entra ID SSO with MFA"
                )
            },
        )
    )
    # Tickets, job history and chat transcripts.
    ticket_store = tm.add(
        tg.DataStore(
            "Maintenance ticket database",
            stores={ticket, transcript, booking, job_update},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Tenancy data", trust=tg.Trust.RESTRICTED):
        # The provider's tenancy database: who lives where, and how to reach them.
        tenancy_db = tm.add(
            tg.DataStore(
                "Tenancy database",
                stores={resident_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Residence buildings", trust=tg.Trust.INTERNAL):
    # Battery smart locks on every bedroom and flat door, managed by the vendor cloud.
    locks = tm.add(
        tg.Device(
            "Room door locks",
            fleet=True,
            description="Bluetooth smart locks; access lists synced via a building gateway.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who oversee jobs, reassign contractors and handle complaints.
    coordinator = tm.add(tg.Actor("Maintenance coordinator", role="housing staff"))

# ---------------------------------------------------------------- flows
tm.flow(resident, chat_api, request, photos, protocol="https")
tm.flow(chat_api, agent, request, photos)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, resident, reply, protocol="https")

tm.flow(agent, llm, agent_prompt, photos, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, room_tool, room_query)
tm.flow(room_tool, tenancy_db, room_query)
tm.flow(tenancy_db, room_tool, resident_records)
tm.flow(room_tool, agent, room_details)

tm.flow(agent, ticket_tool, ticket_update)
tm.flow(ticket_tool, ticket_store, ticket, transcript)
tm.flow(ticket_store, ticket_tool, ticket)
tm.flow(ticket_tool, agent, ticket_result)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, portal, booking, protocol="https")
tm.flow(portal, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(portal, ticket_store, booking, job_update)
tm.flow(ticket_store, portal, ticket)
tm.flow(portal, contractor, booking, protocol="https")
tm.flow(contractor, portal, job_update, protocol="https")
tm.flow(portal, coordinator, ticket, booking, protocol="https")
tm.flow(coordinator, portal, job_update, protocol="https", label="reassigns and closes jobs")

tm.flow(agent, key_tool, key_request)
tm.flow(key_tool, lock_cloud, key_request, protocol="https")
tm.flow(lock_cloud, key_tool, key_status, protocol="https")
tm.flow(key_tool, agent, key_status)
tm.flow(lock_cloud, contractor, mobile_key, protocol="https", label="key sent to vendor app")
tm.flow(contractor, locks, mobile_key, protocol="ble", label="unlocks the room door")
tm.flow(lock_cloud, locks, lock_permissions, protocol="tls", label="via building lock gateway")
tm.flow(locks, lock_cloud, lock_events, protocol="tls", label="via building lock gateway")
