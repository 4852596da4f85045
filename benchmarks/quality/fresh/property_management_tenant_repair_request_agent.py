"""Tenant repair request agent: the first design, before any security review.

Tenants of our managed residential properties report repairs in the tenant app or
by e-mail to the repairs mailbox (a Microsoft 365 shared mailbox). An intake
service in our cloud account collects both channels, matches an e-mail to a
tenancy by the sender's address, and hands each request to an LLM agent. The
agent reads the message and any photos, looks up the tenancy and the property's
access notes in the property management system, classifies the urgency
(emergency, urgent, routine) with a hosted LLM, and books a contractor through
the job management SaaS that our contractors already use. Routine and urgent jobs
are booked straight away; jobs estimated above GBP 500 wait for a property
manager in the repairs console, and emergencies are also shown there. Tenants
sign in to the app with e-mail and password; staff use company SSO with MFA.
Stored data is encrypted, and the LLM vendor was reviewed under a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tenant repair request agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that triages tenants' repair requests and books contractors.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Tenant repair message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the app form or the body of an e-mail.",
)
photos = tg.Data("Repair photos", kind="media", sensitivity=tg.Sensitivity.PII)
request = tg.Data(
    "Repair request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Normalised request: channel, matched tenancy id, message, photo links.",
)
tenancy = tg.Data(
    "Tenancy record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Tenant name, phone, e-mail, address, tenancy status, vulnerability notes.",
)
access_notes = tg.Data(
    "Property access notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="How contractors get in: tenant availability, key holder, key safe codes.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the tenant's message and photos, tenancy context, tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Tenancy lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tenancy_result = tg.Data(
    "Tenancy lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking = tg.Data(
    "Contractor job booking",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Trade, urgency, job description, address, tenant contact and access notes.",
)
confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
job = tg.Data("Job sheet", kind="records", sensitivity=tg.Sensitivity.PII)
job_update = tg.Data("Job status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
urgency = tg.Data(
    "Urgency classification", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
reply = tg.Data("Reply to tenant", kind="model-output", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data("Escalated request", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Job approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agent_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants report repairs from their phones or their own e-mail accounts.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))
    # Self-employed tradespeople who take our jobs through the job management SaaS.
    contractor = tm.add(tg.Actor("Contractor", role="contractor"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The repairs@ shared mailbox that tenants have always written to.
    mailbox = tm.add(
        tg.ExternalService(
            "Repairs mailbox",
            description="Exchange Online shared mailbox, read through the Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the message and photos and drives the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Job management SaaS", trust=tg.Trust.PARTNER):
    # Where jobs are dispatched to contractors and tracked to completion.
    jms = tm.add(
        tg.ExternalService(
            "Job management system",
            description="Contractor scheduling SaaS; contractors accept and update jobs in its app.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Backend of the tenant mobile app: the form where tenants report repairs.
    app_api = tm.add(
        tg.Endpoint(
            "Tenant app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Joins the two channels into one queue of requests for the agent.
    intake = tm.add(
        tg.Service(
            "Repair intake service",
            description=(
                "Polls the mailbox, matches e-mails to a tenancy by sender address, "
                "checks attachment type and size, queues requests, sends replies."
            ),
            controls={c.InputValidation(note="attachment type and size checks")},
        )
    )
    # The LLM agent that triages each request and books the contractor.
    agent = tm.add(
        tg.Agent(
            "Repair triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(approver="property manager", above="GBP 500 estimated job cost"),
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Gives the agent the tenancy and access details for the property.
    lookup_tool = tm.add(
        tg.Tool("Tenancy lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Creates jobs in the job management system with our API key.
    booking_tool = tm.add(
        tg.Tool(
            "Contractor booking tool",
            capabilities={"write"},
            origin="first-party",
            controls={c.SecretsManagement(note="JMS API key in the cloud secret manager")},
        )
    )
    # Keeps every request, its classification and what the agent did.
    request_store = tm.add(
        tg.DataStore(
            "Repair request store",
            stores={request, photos, urgency, agent_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where property managers see emergencies and approve the larger jobs.
    console = tm.add(
        tg.Endpoint(
            "Repairs console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Core systems", trust=tg.Trust.RESTRICTED):
        # The system of record for tenancies and properties.
        pms = tm.add(
            tg.DataStore(
                "Property management system",
                stores={tenancy, access_notes},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Staff who own the properties' repairs budget and handle emergencies.
    manager = tm.add(tg.Actor("Property manager", role="property manager"))

# ---------------------------------------------------------------- flows
# tenant channels in
tm.flow(tenant, app_api, message, photos, protocol="https")
tm.flow(app_api, intake, message, photos)
tm.flow(tenant, mailbox, message, photos, protocol="smtp", label="e-mail to repairs@")
tm.flow(mailbox, intake, message, photos, protocol="https", label="Graph API poll")
tm.flow(intake, request_store, request, photos)
tm.flow(intake, agent, request)

# the agent's reasoning and tools
tm.flow(request_store, agent, photos, label="photos for the prompt")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, pms, lookup_call)
tm.flow(pms, lookup_tool, tenancy, access_notes)
tm.flow(lookup_tool, agent, tenancy_result)
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, jms, booking, protocol="https")
tm.flow(jms, booking_tool, confirmation, protocol="https")
tm.flow(booking_tool, agent, confirmation)
tm.flow(agent, request_store, urgency, agent_log)

# contractors
tm.flow(jms, contractor, job, protocol="https")
tm.flow(contractor, jms, job_update, protocol="https")

# replies to the tenant
tm.flow(agent, intake, reply)
tm.flow(intake, app_api, reply)
tm.flow(app_api, tenant, reply, protocol="https")
tm.flow(intake, mailbox, reply, protocol="https", label="reply via Graph API")
tm.flow(mailbox, tenant, reply, protocol="smtp")

# property managers
tm.flow(agent, console, escalation)
tm.flow(request_store, console, request, urgency)
tm.flow(console, manager, escalation, protocol="https")
tm.flow(manager, console, approval, protocol="https")
tm.flow(console, agent, approval)
