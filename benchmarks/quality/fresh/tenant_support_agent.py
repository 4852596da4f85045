"""Tenant support agent: the first design, before any security review.

A US property-management company adds a chat assistant to its resident portal.
Signed-in tenants ask about their lease, rent rules and building matters; an
agent running in our cloud answers from the tenant's own lease documents and
from building notices, which it retrieves from a vector index built nightly out
of the document management system where property managers file leases and post
notices. The agent reasons with a hosted LLM from a model vendor. When a tenant
reports a problem it creates a maintenance request in the work-order SaaS we
already use, and it can book a contractor visit into the tenant's unit there;
the SaaS then dispatches the job, with the unit's access instructions, to the
contractor. Portal sign-in and rate limits, lease retrieval scoped to the
tenant's own lease, a step limit and logging on the agent, and a scoped API key
for work orders are in the design; nobody approves a booking before it is made.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tenant support agent",
    profile=tg.RiskProfile.HIGH,
    description="Resident-portal chat agent answering lease and building questions, "
    "filing maintenance requests and booking contractor visits into units.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Tenant message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The chat message with the tenant's id, unit and lease id from the session.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool definitions, conversation and retrieved passages.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The answer text or the tool calls the agent should make.",
)
leases = tg.Data(
    "Lease documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Signed leases and addenda: names, rent, deposits, guarantors.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
notices = tg.Data(
    "Building notices",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Outages, works, rule changes, posted per building.",
)
passages = tg.Data(
    "Lease and notice passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
)
work_order = tg.Data(
    "Maintenance request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Unit, problem description, urgency and tenant contact details.",
)
booking = tg.Data(
    "Contractor visit booking",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Work order, time window and the tenant's permission to enter the unit.",
)
tool_result = tg.Data(
    "Work-order system response",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Work-order number, status and available visit slots.",
)
dispatch = tg.Data(
    "Job dispatch",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Address, unit, visit window and access instructions for the contractor.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts and tool log", kind="logs", sensitivity=tg.Sensitivity.PII)
api_key = tg.Data("Work-order API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A resident signed in to the portal from their own browser or phone.
    tenant = tm.add(tg.Actor("Tenant", role="resident"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor API.",
        )
    )

with tm.boundary("Work-order SaaS", trust=tg.Trust.PARTNER):
    # The maintenance platform the company already runs on; also holds contractor calendars.
    work_order_system = tm.add(
        tg.ExternalService(
            "Work-order system",
            description="Property-maintenance SaaS: work orders, contractor scheduling, dispatch.",
        )
    )

with tm.boundary("Contractors", trust=tg.Trust.PARTNER):
    # Plumbers, electricians and handymen who receive jobs and enter units.
    contractor = tm.add(tg.Actor("Contractor", role="maintenance contractor"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The chat API behind the resident portal's widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Resident portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resident portal login"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Plans each turn, retrieves passages and calls the work-order tools.
    agent = tm.add(
        tg.Agent(
            "Tenant support agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8), c.AuditLogging(retention_days=365)},
            description="Acts on the tenant's request directly; no staff approval step.",
        )
    )
    # Files a maintenance request for the signed-in tenant's unit.
    work_order_tool = tm.add(
        tg.Tool(
            "Create work order tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="API key scoped to create and read work orders")},
        )
    )
    # Books a contractor slot that lets the contractor into the unit.
    booking_tool = tm.add(
        tg.Tool(
            "Book contractor visit tool",
            capabilities={"read", "write", "send-messages"},
            description="Reserves a slot and records the tenant's permission to enter.",
        )
    )
    # Conversation history and the record of every tool call.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Embedded passages from leases and notices, filtered by tenant at query time.
    doc_index = tm.add(
        tg.VectorStore(
            "Lease and notice index",
            stores={passages},
            controls={
                c.PermissionAwareRetrieval(note="lease passages filtered by the tenant's lease id")
            },
        )
    )
    # Nightly job that chunks and embeds new leases and notices.
    indexer = tm.add(tg.Pipeline("Document indexing job", stage=tg.Stage.INGESTION))
    # The system of record for leases and notices.
    dms = tm.add(
        tg.DataStore(
            "Document management system",
            stores={leases, notices},
            controls={c.RBAC(note="property managers by portfolio")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Files leases and posts building notices.
    manager = tm.add(tg.Actor("Property manager", role="property manager"))

# ---------------------------------------------------------------- flows
# chat
tm.flow(tenant, chat_api, message, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, doc_index, message, label="similarity query")
tm.flow(doc_index, agent, passages, label="retrieved passages")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, tenant, reply, protocol="https")

# actions
tm.flow(agent, work_order_tool, work_order)
tm.flow(work_order_tool, work_order_system, work_order, api_key, protocol="https")
tm.flow(work_order_system, work_order_tool, tool_result, protocol="https")
tm.flow(work_order_tool, agent, tool_result)
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, work_order_system, booking, api_key, protocol="https")
tm.flow(work_order_system, booking_tool, tool_result, protocol="https")
tm.flow(booking_tool, agent, tool_result)
tm.flow(work_order_system, contractor, dispatch, protocol="https", label="job dispatch")

# documents
tm.flow(manager, dms, leases, notices, protocol="https")
tm.flow(dms, indexer, leases, notices)
tm.flow(indexer, doc_index, passages)
