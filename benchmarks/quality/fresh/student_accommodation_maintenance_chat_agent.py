"""Student accommodation maintenance chat agent: the first design, before any security review.

Residents of our student halls report faults (a broken radiator, a leaking
shower, a door that will not lock) in a chat in the resident app, signing in
through the resident identity provider with e-mail and password; they can
attach photos. An LLM agent in our cloud tenancy asks follow-up questions,
offers self-help guides from an index the maintenance team keeps, looks up the
room and its tenancy in the housing management system, and raises a work order
with priority and permission to enter in the CAFM system, a vendor's SaaS. The
agent raises work orders itself; the maintenance coordinator assigns them to
contractors, who see and update their jobs in the CAFM contractor portal.
The model is a hosted LLM behind the vendor's API. Controls so far: sign-in and
rate limits on the chat API, checks on uploads, the vendor's content filter, a
step cap on the agent, a CAFM integration user that can only create and read
work orders, encrypted transcripts, and role-based access in housing records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student accommodation maintenance chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that takes residents' maintenance requests, checks room records "
        "and raises work orders."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Resident sign-in credentials", kind="credentials", sensitivity="secret")
id_token = tg.Data("Resident ID token", kind="credentials", sensitivity="secret")
message = tg.Data(
    "Resident chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fault description; residents sometimes mention health or access needs.",
)
photos = tg.Data("Fault photos", kind="media", sensitivity=tg.Sensitivity.PII)
resident_profile = tg.Data(
    "Resident profile from token",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail and resident number taken from the ID token.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, photos, guide passages and tool results.",
)
completion = tg.Data("LLM completion and tool calls", kind="model-output", sensitivity="pii")
guides = tg.Data("Maintenance self-help guides", kind="documents")
guide_query = tg.Data("Guide search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
passages = tg.Data("Guide passages", kind="retrieved-context")
room_call = tg.Data("Room lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
room_record = tg.Data("Room and tenancy record", kind="tool-result", sensitivity=tg.Sensitivity.PII)
tenancy_records = tg.Data(
    "Tenancy and room records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Residents, rooms, tenancy dates, room inventories and access notes.",
)
order_request = tg.Data(
    "Work order request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Room, fault, priority, resident contact and permission to enter.",
)
order_result = tg.Data("Work order reference and status", kind="tool-result")
work_orders = tg.Data(
    "Work orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
assignment = tg.Data("Contractor assignment", kind="records")
job_update = tg.Data("Job status update", kind="records")
transcripts = tg.Data("Chat transcripts and photos", kind="logs", sensitivity="pii")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students living in our halls, using the resident app or web chat.
    resident = tm.add(tg.Actor("Resident", role="student resident"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted customer identity service that holds resident accounts.
    idp = tm.add(
        tg.ExternalService(
            "Resident identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, with image input for fault photos.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("CAFM vendor", trust=tg.Trust.PARTNER):
    # The maintenance system of record, run by the CAFM vendor as SaaS.
    cafm = tm.add(tg.DataStore("CAFM work order system", stores={work_orders}))

with tm.boundary("Maintenance contractors", trust=tg.Trust.PARTNER):
    # Plumbers, electricians and locksmiths working our halls under contract.
    contractor = tm.add(tg.Actor("Maintenance contractor", role="contractor"))

with tm.boundary("Housing cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat API the resident app talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Resident chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="OIDC via the resident identity provider, e-mail and password"
                ),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="photos limited to JPEG or PNG under 10 MB"),
            },
        )
    )
    # Runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Maintenance chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Self-help guides and the triage policy, kept by the maintenance team.
    guide_index = tm.add(tg.VectorStore("Maintenance guidance index", stores={guides, passages}))
    # Read-only lookup of the room and who lives in it.
    room_tool = tm.add(
        tg.Tool(
            "Room records lookup tool",
            capabilities={"read"},
            description="Looks up a room and its current tenancy by the room reference the agent passes.",
        )
    )
    # Raises work orders in CAFM and reads back their status.
    order_tool = tm.add(
        tg.Tool(
            "Work order tool",
            capabilities={"read", "write"},
            description="Creates a work order for the room the agent names, with priority and permission to enter.",
            controls={
                c.LeastPrivilegeTools(
                    note="CAFM integration user can only create and read work orders"
                )
            },
        )
    )
    # Kept for complaints and quality review of the agent.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # System of record for residents, rooms and tenancies.
    hms = tm.add(
        tg.DataStore("Housing management system", stores={tenancy_records}, controls={c.RBAC()})
    )
    # Triages the work order queue and assigns contractors.
    coordinator = tm.add(tg.Actor("Maintenance coordinator", role="maintenance staff"))

# ---------------------------------------------------------------- flows
tm.flow(resident, idp, sign_in, protocol="https")
tm.flow(idp, chat_api, id_token, protocol="oidc")
tm.flow(resident, chat_api, message, photos, protocol="https")
tm.flow(chat_api, resident, reply, protocol="https")
tm.flow(chat_api, agent, message, photos, resident_profile)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, guide_index, guide_query)
tm.flow(guide_index, agent, passages)
tm.flow(agent, conversation_store, transcripts)

tm.flow(agent, room_tool, room_call)
tm.flow(room_tool, agent, room_record)
tm.flow(room_tool, hms, room_call, protocol="https")
tm.flow(hms, room_tool, tenancy_records, protocol="https")

tm.flow(agent, order_tool, order_request)
tm.flow(order_tool, agent, order_result)
tm.flow(order_tool, cafm, order_request, protocol="https")
tm.flow(cafm, order_tool, order_result, protocol="https")

tm.flow(cafm, coordinator, work_orders, protocol="https", label="work order queue")
tm.flow(coordinator, cafm, assignment, protocol="https")
tm.flow(coordinator, guide_index, guides, label="publishes guides")
tm.flow(cafm, contractor, work_orders, protocol="https", label="contractor portal")
tm.flow(contractor, cafm, job_update, protocol="https")
