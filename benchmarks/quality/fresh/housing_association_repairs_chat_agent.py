"""Housing association repairs chat agent: the first design, before any security review.

Tenants sign in to the association's tenant portal and report repairs in a chat
window. An LLM agent, running in the association's cloud and calling a hosted
model from an LLM vendor, asks follow-up questions, checks the repairs policy
(what the landlord fixes, target response times), raises a repair job in the
housing management system and books a visit in the contractor's scheduling
system. It answers "when is my repair?" from the jobs on record, and hands
emergencies (gas smell, flooding, no heating) to the out-of-hours call centre.
Contractors post job status back to a webhook. Tenants sign in with e-mail and
password; the chat API is rate limited; the agent has a step limit; the booking
tool's service account can only raise jobs; the housing management system is
role-based and encrypted. Tenants are UK residents, so (UK) GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing association repairs chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tenant-facing chat agent that logs repairs, books contractors and answers status.",
)

# ---------------------------------------------------------------- data assets
tenant_msg = tg.Data(
    "Tenant repair message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text description of the fault, access times, sometimes health details.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
session_ctx = tg.Data(
    "Signed-in tenant context",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenancy reference, name and property address from the portal session.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, policy excerpts and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
policy_docs = tg.Data(
    "Repairs policy excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
policy_query = tg.Data("Policy search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Repair lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data("Repair status result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Repair booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
handoff_call = tg.Data("Emergency handoff call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
referral = tg.Data(
    "Emergency repair referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant, address, phone number and what the tenant reported.",
)
repair_jobs = tg.Data(
    "Repair jobs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tenancy = tg.Data(
    "Tenancy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vulnerability = tg.Data(
    "Tenant vulnerability flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Disability and health notes used to prioritise repairs.",
)
work_order = tg.Data(
    "Contractor work order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Job description, address, access notes and the tenant's phone number.",
)
slots = tg.Data("Appointment slots", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_status = tg.Data("Contractor job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
policy_source = tg.Data(
    "Repairs policy documents", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants reporting faults and asking about their repairs.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, via the vendor API.",
            controls={c.SupplierAssessment(note="procurement review; no training on our data")},
        )
    )

with tm.boundary("Repairs contractor", trust=tg.Trust.PARTNER):
    # The contractor's job management system: slots, work orders, job progress.
    contractor_system = tm.add(
        tg.ExternalService(
            "Contractor scheduling system",
            description="Responsive-repairs contractor's job management SaaS.",
        )
    )

with tm.boundary("Out-of-hours provider", trust=tg.Trust.PARTNER):
    # Outsourced 24/7 call centre that dispatches emergency repairs.
    ooh = tm.add(tg.ExternalService("Out-of-hours call centre"))

with tm.boundary("Association cloud", trust=tg.Trust.INTERNAL):
    # Chat backend behind the tenant portal; attaches the signed-in tenant's context.
    chat_api = tm.add(
        tg.Endpoint(
            "Tenant portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="tenant portal e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs the conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Repairs chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Logs repairs and books routine visits itself; emergencies go to a person.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Index of the repairs policy and FAQs, so answers follow the published policy.
    policy_index = tm.add(
        tg.VectorStore("Repairs policy index", stores={policy_docs, policy_source})
    )
    # Reads open and past repair jobs for the tenancy.
    lookup_tool = tm.add(tg.Tool("Repair status lookup", capabilities={"read"}))
    # Raises a job in the housing management system and books the contractor visit.
    booking_tool = tm.add(
        tg.Tool(
            "Repair booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="service account may only create repair jobs")},
        )
    )
    # Passes emergencies to the out-of-hours call centre.
    handoff_tool = tm.add(tg.Tool("Emergency handoff tool", capabilities={"send-messages"}))
    # Receives job progress from the contractor's system.
    status_webhook = tm.add(
        tg.Endpoint(
            "Contractor status webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared API key issued to the contractor")},
        )
    )
    # Conversation history kept for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("Housing systems", trust=tg.Trust.RESTRICTED):
        # The association's system of record for tenancies and repairs.
        hms = tm.add(
            tg.DataStore(
                "Housing management system",
                stores={tenancy, repair_jobs, vulnerability},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="vendor-managed database encryption"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Repairs team: manages jobs, reviews transcripts and complaints.
    officer = tm.add(tg.Actor("Repairs officer", role="repairs team"))

# ---------------------------------------------------------------- flows
# conversation
tm.flow(tenant, chat_api, tenant_msg, protocol="https")
tm.flow(chat_api, tenant, reply, protocol="https")
tm.flow(chat_api, agent, tenant_msg, session_ctx)
tm.flow(agent, chat_api, reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, policy_index, policy_query, label="similarity search")
tm.flow(policy_index, agent, policy_docs)
tm.flow(agent, transcript_store, transcripts)

# status questions
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, hms, lookup_call, label="jobs by tenancy reference")
tm.flow(hms, lookup_tool, repair_jobs)
tm.flow(lookup_tool, agent, lookup_result)

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, hms, repair_jobs, label="raise repair job")
tm.flow(booking_tool, contractor_system, work_order, protocol="https")
tm.flow(contractor_system, booking_tool, slots, protocol="https")
tm.flow(booking_tool, agent, booking_result)

# emergencies
tm.flow(agent, handoff_tool, handoff_call)
tm.flow(handoff_tool, ooh, referral, protocol="https")

# contractor progress
tm.flow(contractor_system, status_webhook, job_status, protocol="https", label="status webhook")
tm.flow(status_webhook, hms, job_status)

# staff
tm.flow(officer, hms, repair_jobs, tenancy, vulnerability, protocol="https")
tm.flow(hms, officer, repair_jobs, tenancy, vulnerability, protocol="https")
tm.flow(transcript_store, officer, transcripts, protocol="https", label="transcript review")
tm.flow(officer, policy_index, policy_source, protocol="https", label="policy updates")
