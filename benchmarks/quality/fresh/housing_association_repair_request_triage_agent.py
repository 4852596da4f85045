"""Housing association repair request triage agent: the first design.

Tenants report repairs through a chat on the association's tenant portal, in
their own words and with photos of the problem (damp and mould, leaks, broken
boilers, a smell of gas). An LLM agent in the association's cloud tenancy reads
the request and the photos with a hosted multimodal model, looks up the tenancy,
property and repair history in the housing management system, decides the
urgency (emergency, urgent or routine), raises the job and books a slot with a
contractor through the contractors' scheduling portal, and keeps the tenant
updated by SMS. Contractors post job status back to us by webhook. The agent
tells tenants reporting gas to call the national gas emergency line, and passes
emergencies to the repairs team's console. Tenants sign in to the portal with
e-mail and password; staff use SSO with MFA. Bookings estimated above GBP 1,000
wait for a repairs planner; tool calls are logged and photos are encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing association repair request triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat-and-photo repair reporting for tenants, triaged and booked by an LLM agent.",
)

# ---------------------------------------------------------------- data assets
repair_request = tg.Data(
    "Tenant repair request message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free-text description of the problem, access times, contact details.",
)
repair_photos = tg.Data(
    "Repair photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Photos taken inside tenants' homes; may show people, belongings, documents.",
)
agent_reply = tg.Data("Agent chat reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
triage_prompt = tg.Data(
    "Triage prompt with context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, urgency guidance, the conversation, photos and tenancy context.",
)
model_response = tg.Data(
    "Model response and tool calls",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Urgency category, reasoning, next message and the tool calls to make.",
)
tenancy_lookup = tg.Data("Tenancy lookup query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tenancy_record = tg.Data(
    "Tenancy and property record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tenant name, address, contact details, property assets, repair history.",
)
vulnerability_flags = tg.Data(
    "Tenant vulnerability flags",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Health conditions, disabilities and age noted for priority and access.",
)
works_order = tg.Data(
    "Works order",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Address, trade, urgency category, job description, access notes, phone.",
)
repair_job = tg.Data("Repair job record", sensitivity=tg.Sensitivity.PII, kind="records")
booking_confirmation = tg.Data(
    "Appointment booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
job_status = tg.Data(
    "Contractor job status update",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Attended, completed, follow-on work needed, no access, with engineer notes.",
)
tenant_update = tg.Data("Tenant status update text", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data(
    "Conversation transcript and triage decision", sensitivity=tg.Sensitivity.PII, kind="logs"
)
emergency_referral = tg.Data(
    "Emergency repair referral",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Emergency or disputed-urgency cases passed to the repairs team.",
)
staff_decision = tg.Data(
    "Repairs team decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Urgency overrides and approvals of bookings over the cost threshold.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants report repairs from their phones or home computers.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the messages and the photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK/EU processing, no training on our data")},
        )
    )

with tm.boundary("Contractor and messaging providers", trust=tg.Trust.PARTNER):
    # The contractors' shared job scheduling portal: availability, bookings, job status.
    contractor_portal = tm.add(
        tg.ExternalService("Contractor scheduling portal", provides=tg.ExternalCategory.GENERIC)
    )
    # Commercial SMS gateway used for tenant updates.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Association cloud tenancy", trust=tg.Trust.INTERNAL):
    # Chat API behind the tenant portal: takes messages and photo uploads.
    chat_api = tm.add(
        tg.Endpoint(
            "Tenant repairs chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="tenant portal e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="photo type and size checks"),
            },
        )
    )
    # The LLM agent that triages the request and acts through the tools below.
    agent = tm.add(
        tg.Agent(
            "Repair triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(
                    approver="repairs planner", above="GBP 1,000 estimated cost per job"
                ),
                c.AuditLogging(retention_days=365),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Uploaded photos, kept with the repair for evidence (e.g. damp and mould cases).
    photo_store = tm.add(
        tg.DataStore(
            "Repair photo store",
            stores={repair_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Conversations and the agent's triage decisions, for staff and complaints.
    transcript_store = tm.add(tg.DataStore("Conversation store", stores={transcript}))
    # Read-only lookups of tenancy, property and repair history.
    lookup_tool = tm.add(
        tg.Tool(
            "Tenancy lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account")},
        )
    )
    # Raises the repair job and books the contractor appointment.
    booking_tool = tm.add(
        tg.Tool("Contractor booking tool", capabilities={"write", "network-egress"})
    )
    # Sends status texts to the tenant.
    notify_tool = tm.add(tg.Tool("Tenant SMS tool", capabilities={"send-messages"}))
    # Receives job status callbacks from the contractor portal.
    callback_api = tm.add(
        tg.Endpoint(
            "Contractor status webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="static API key per contractor")},
        )
    )

with tm.boundary("Association data centre", trust=tg.Trust.INTERNAL):
    # Existing housing management system: system of record for tenancies and repairs.
    hms = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={tenancy_record, vulnerability_flags, repair_job, job_status},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Repairs team view of emergencies, referrals and bookings awaiting approval.
    console = tm.add(
        tg.Service(
            "Repairs team console",
            controls={c.Authentication(method="Microsoft Entra ID SSO with MFA"), c.RBAC()},
        )
    )
    # Repairs planners and the out-of-hours coordinator.
    planner = tm.add(tg.Actor("Repairs planner", role="repairs staff"))

# ---------------------------------------------------------------- flows
tm.flow(tenant, chat_api, repair_request, repair_photos, protocol="https")
tm.flow(chat_api, tenant, agent_reply, protocol="https")
tm.flow(chat_api, photo_store, repair_photos, protocol="https")
tm.flow(chat_api, agent, repair_request)
tm.flow(agent, chat_api, agent_reply)
tm.flow(photo_store, agent, repair_photos, protocol="https")

tm.flow(agent, llm, triage_prompt, repair_photos, protocol="https")
tm.flow(llm, agent, model_response, protocol="https")

tm.flow(agent, lookup_tool, tenancy_lookup)
tm.flow(lookup_tool, hms, tenancy_lookup, protocol="https")
tm.flow(hms, lookup_tool, tenancy_record, vulnerability_flags, protocol="https")
tm.flow(lookup_tool, agent, tenancy_record, vulnerability_flags)

tm.flow(agent, booking_tool, works_order)
tm.flow(booking_tool, hms, repair_job, protocol="https", label="raises repair job")
tm.flow(booking_tool, contractor_portal, works_order, protocol="https")
tm.flow(contractor_portal, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(contractor_portal, callback_api, job_status, protocol="https", label="job status webhook")
tm.flow(callback_api, agent, job_status)
tm.flow(callback_api, hms, job_status, protocol="https")

tm.flow(agent, notify_tool, tenant_update)
tm.flow(notify_tool, sms_gateway, tenant_update, protocol="https")
tm.flow(sms_gateway, tenant, tenant_update, protocol="sms")

tm.flow(agent, transcript_store, transcript)
tm.flow(agent, console, emergency_referral, protocol="https")
tm.flow(console, agent, staff_decision, protocol="https")
tm.flow(transcript_store, console, transcript, protocol="https")
tm.flow(photo_store, console, repair_photos, protocol="https")
tm.flow(console, planner, emergency_referral, transcript, repair_photos, protocol="https")
tm.flow(planner, console, staff_decision, protocol="https")
