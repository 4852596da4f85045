"""Housing association repairs triage agent: the first design, before any security review.

Tenants report repairs through the tenant portal (chat and photo upload), or by
phone; the telephony provider sends us a transcript of each repairs call. An LLM
agent, running in our cloud tenancy and calling a hosted multimodal model, reads
the report, looks up the tenancy and property, classifies the repair as
emergency, urgent or routine, and flags damp and mould reports for a survey.
It books jobs with the in-house repairs team's scheduler or with one of two
contractors through their job management systems. Contractors close jobs by
posting completion photos and an invoice to our integration API; the agent
checks the photos against the job and releases payment of invoices up to
GBP 500 through the finance system, while larger invoices wait for the repairs
manager. Tenants sign in with e-mail and password; partners call us with API
keys; payments are capped per invoice; agent actions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing association repairs triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that triages tenants' repair reports, books jobs with the in-house "
        "team or contractors, checks completion photos and pays contractor invoices."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Repair chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The tenant's description of the repair, typed in the portal chat.",
)
tenant_photos = tg.Data("Tenant repair photos", kind="media", sensitivity=tg.Sensitivity.PII)
call_transcript = tg.Data(
    "Repairs call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of a tenant's call to the repairs line.",
)
tenant_login = tg.Data(
    "Tenant portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
repair_status = tg.Data("Repair status update", kind="model-output", sensitivity=tg.Sensitivity.PII)
tenancy_records = tg.Data(
    "Tenancy and property records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant names, contact details, vulnerabilities, addresses and property attributes.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the report, photos, tenancy context and the tool list.",
)
llm_completion = tg.Data(
    "Agent model completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
repair_case = tg.Data(
    "Repair case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Urgency, damp and mould flag, job reference, history and photos.",
)
booking_call = tg.Data("Job booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Job booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
job_order = tg.Data(
    "Repair job order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, access notes, tenant contact, trade, priority and target date.",
)
appointment = tg.Data("Appointment slot", kind="records", sensitivity=tg.Sensitivity.PII)
completion = tg.Data(
    "Job completion with photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Contractor's close-out note and after-work photos.",
)
invoice = tg.Data(
    "Contractor invoice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_call = tg.Data(
    "Invoice payment request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_result = tg.Data(
    "Invoice payment status", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
manager_review = tg.Data(
    "Invoice referred for approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Invoice over the agent's limit, with the job and the completion photos.",
)
manager_decision = tg.Data(
    "Manager invoice decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_instruction = tg.Data(
    "Approved invoice for payment",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants report repairs and follow them up from a phone or browser.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # The hosted contact-centre platform transcribes calls to the repairs line.
    transcription = tm.add(
        tg.ExternalService(
            "Call transcription service",
            description="Contact-centre platform that records and transcribes repairs calls.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model reads reports and photos for the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("Contractor A", trust=tg.Trust.PARTNER):
    # First contractor's job management system: takes job orders, returns close-outs.
    contractor_a = tm.add(tg.ExternalService("Contractor A job system"))

with tm.boundary("Contractor B", trust=tg.Trust.PARTNER):
    # Second contractor's job management system.
    contractor_b = tm.add(tg.ExternalService("Contractor B job system"))

with tm.boundary("Housing association cloud", trust=tg.Trust.INTERNAL):
    # Where tenants sign in, chat about repairs and upload photos.
    portal = tm.add(
        tg.Endpoint(
            "Tenant portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo uploads limited to JPEG/PNG under 10 MB"),
            },
        )
    )
    # Receives call transcripts and contractors' job close-outs and invoices.
    integration_api = tm.add(
        tg.Endpoint(
            "Partner integration API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-partner API key")},
        )
    )
    # The LLM agent: triages reports, books jobs, checks close-outs and pays invoices.
    agent = tm.add(
        tg.Agent(
            "Repairs triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="Repairs manager", above="GBP 500 per invoice"),
                c.AuditLogging(retention_days=365),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Books and amends jobs with the in-house scheduler or a contractor's job system.
    booking_tool = tm.add(
        tg.Tool("Job booking tool", capabilities={"read", "write"}),
    )
    # Releases contractor invoices for payment through the finance system.
    payment_tool = tm.add(
        tg.Tool(
            "Invoice payment tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="GBP 500 per invoice")},
        )
    )
    # Every repair case the agent opens, with its urgency, photos and job history.
    case_store = tm.add(
        tg.DataStore(
            "Repair case store",
            stores={repair_case, tenant_photos, completion, call_transcript},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # System of record for tenancies and properties; the agent reads it for context.
    housing_system = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={tenancy_records},
            controls={c.RBAC()},
        )
    )
    # The in-house repairs team's scheduler for operatives and surveyors.
    scheduler = tm.add(tg.Service("In-house repairs scheduler"))
    # Accounts payable: runs the weekly BACS payment run to contractors.
    finance = tm.add(
        tg.Service(
            "Finance system",
            description="Accounts payable; runs the weekly BACS payment run to suppliers.",
        )
    )
    # Approves invoices above the agent's limit.
    manager = tm.add(tg.Actor("Repairs manager", role="repairs manager"))

# ---------------------------------------------------------------- flows
# Tenant reports
tm.flow(tenant, portal, tenant_login, chat_message, tenant_photos, protocol="https")
tm.flow(portal, tenant, repair_status, protocol="https")
tm.flow(housing_system, portal, tenancy_records, protocol="https", label="tenant sign-in lookup")
tm.flow(portal, agent, chat_message, tenant_photos)
tm.flow(agent, portal, repair_status)
tm.flow(
    transcription, integration_api, call_transcript, protocol="https", label="transcript webhook"
)
tm.flow(integration_api, agent, call_transcript)

# Triage
tm.flow(housing_system, agent, tenancy_records, protocol="https")
tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, case_store, repair_case, tenant_photos, call_transcript, completion)
tm.flow(case_store, agent, repair_case, tenant_photos)

# Booking jobs (repairs and damp and mould surveys)
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, scheduler, job_order, protocol="https")
tm.flow(scheduler, booking_tool, appointment, protocol="https")
tm.flow(booking_tool, contractor_a, job_order, protocol="https")
tm.flow(contractor_a, booking_tool, appointment, protocol="https")
tm.flow(booking_tool, contractor_b, job_order, protocol="https")
tm.flow(contractor_b, booking_tool, appointment, protocol="https")

# Close-out and payment
tm.flow(contractor_a, integration_api, completion, invoice, protocol="https", label="job close-out")
tm.flow(contractor_b, integration_api, completion, invoice, protocol="https", label="job close-out")
tm.flow(integration_api, agent, completion, invoice)
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_result)
tm.flow(payment_tool, manager, manager_review, protocol="https", label="invoices over GBP 500")
tm.flow(manager, payment_tool, manager_decision, protocol="https")
tm.flow(payment_tool, finance, payment_instruction, protocol="https")
tm.flow(finance, payment_tool, payment_result, protocol="https")
