"""Social housing repairs chat agent: the first design, before any security review.

Tenants of a housing association report repairs through a chat panel on the
association's website and in its tenant app, after signing in to their tenant
account. An LLM agent, running in the association's cloud tenancy and calling a
hosted model, asks follow-up questions and asks for photos to diagnose the job,
looks up the tenancy and property, and books a contractor appointment in the
repairs management system (a vendor-hosted SaaS), then tells the tenant the slot.
Gas leaks and floods are not booked: the agent hands them to the out-of-hours
team through a cloud telephony provider that rings the on-call officer.
Contractors receive their jobs from the repairs system, and housing officers see
each tenant's repair history there. Controls in this design: tenant sign-in and a
per-session rate limit on the chat API, TLS to every hosted service, role-based
access and audit logs in the repairs system, and encrypted photo storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Social housing repairs chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that diagnoses tenants' repairs, books contractors and "
    "hands emergencies to the out-of-hours team.",
)

# ---------------------------------------------------------------- data assets
tenant_message = tg.Data(
    "Tenant repair message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the tenant types: the fault, access needs, sometimes health or vulnerability.",
)
repair_photos = tg.Data(
    "Repair photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken inside the tenant's home.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, photos and tenancy details.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tenancy_lookup = tg.Data("Tenancy lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tenancy_details = tg.Data(
    "Tenancy and property details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, address, contact numbers, property assets and vulnerability flags.",
)
booking_request = tg.Data(
    "Repair booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking_result = tg.Data(
    "Booked appointment slot", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
repair_job = tg.Data(
    "Repair job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Job code, priority, address, access notes and photos for the contractor.",
)
job_update = tg.Data("Job status update", kind="records", sensitivity=tg.Sensitivity.PII)
repair_history = tg.Data(
    "Repair history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
emergency_handoff = tg.Data(
    "Emergency handoff request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Gas leak or flood: address, callback number and the agent's summary.",
)
emergency_call = tg.Data(
    "Out-of-hours emergency call", kind="media", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any tenant with an account; also anyone who takes over a tenant's account.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("Association cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget and the tenant app.
    chat_api = tm.add(
        tg.Endpoint(
            "Repairs chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="tenant account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation, decides which questions to ask and which tools to call.
    agent = tm.add(
        tg.Agent(
            "Repairs triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Diagnoses the repair, picks the job code and priority, books the slot.",
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Reads the tenant's tenancy and property so the agent knows the address and assets.
    lookup_tool = tm.add(tg.Tool("Tenancy lookup tool", capabilities={"read"}))
    # Creates the job and books the first free contractor slot in the repairs system.
    booking_tool = tm.add(tg.Tool("Appointment booking tool", capabilities={"read", "write"}))
    # Hands gas leaks and floods to the out-of-hours team instead of booking them.
    handoff_tool = tm.add(tg.Tool("Emergency handoff tool", capabilities={"send-messages"}))
    # Keeps the photos tenants upload, linked to the job.
    photo_store = tm.add(
        tg.DataStore(
            "Repair photo store",
            stores={repair_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Keeps every conversation for complaints and quality checks.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Association corporate network", trust=tg.Trust.INTERNAL):
    # The housing management system: the master record of tenancies and properties.
    housing_db = tm.add(tg.DataStore("Housing management system", stores={tenancy_details}))
    # Housing officers look at a tenant's repair history, e.g. for disrepair claims.
    officer = tm.add(tg.Actor("Housing officer", role="housing officer"))

with tm.boundary("Repairs SaaS vendor", trust=tg.Trust.PARTNER):
    # The vendor-hosted repairs management system: jobs, schedules and repair history.
    repairs_system = tm.add(
        tg.Service(
            "Repairs management system",
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Contractors", trust=tg.Trust.PARTNER):
    # Repair contractors who get jobs from the repairs system and report back.
    contractor = tm.add(tg.Actor("Repair contractor", role="contractor"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the conversation and the photos.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud telephony that rings the on-call officer with the emergency details.
    telephony = tm.add(tg.ExternalService("Cloud telephony service"))

with tm.boundary("Out-of-hours service", trust=tg.Trust.INTERNAL):
    # The association's on-call team that sends an engineer or the gas emergency service.
    ooh_team = tm.add(tg.Actor("Out-of-hours team", role="on-call officer"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(tenant, chat_api, tenant_message, repair_photos, protocol="https")
tm.flow(chat_api, tenant, agent_reply, protocol="https")
tm.flow(chat_api, agent, tenant_message, repair_photos)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, photo_store, repair_photos)
tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, lookup_tool, tenancy_lookup)
tm.flow(lookup_tool, housing_db, tenancy_lookup, protocol="https")
tm.flow(housing_db, lookup_tool, tenancy_details, protocol="https")
tm.flow(lookup_tool, agent, tenancy_details)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, repairs_system, repair_job, protocol="https", controls={tls})
tm.flow(photo_store, booking_tool, repair_photos, label="photos attached to the job")
tm.flow(repairs_system, booking_tool, booking_result, protocol="https", controls={tls})
tm.flow(booking_tool, agent, booking_result)

tm.flow(repairs_system, contractor, repair_job, protocol="https")
tm.flow(contractor, repairs_system, job_update, protocol="https")
tm.flow(repairs_system, officer, repair_history, protocol="https")
tm.flow(officer, repairs_system, job_update, protocol="https", label="officer notes")

tm.flow(agent, handoff_tool, emergency_handoff)
tm.flow(handoff_tool, telephony, emergency_handoff, protocol="https")
tm.flow(telephony, ooh_team, emergency_call, protocol="pstn")
