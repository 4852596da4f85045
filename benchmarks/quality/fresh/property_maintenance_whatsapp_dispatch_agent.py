"""Repair dispatch agent on WhatsApp: the first design, before any security review.

Tenants of the letting agency report repairs by WhatsApp. Messages and photos reach us
through a messaging provider's WhatsApp Business API, which calls our webhook. An LLM
agent in the agency's cloud account (using a vendor-hosted LLM) recognises the tenant by
their WhatsApp number against the tenancy record, asks for photos, and looks up the
tenancy, the property's warranties and the landlord's spending limit in the property
management system (a SaaS, read through a read-only API key). It then books a contractor
from the approved list through the contractor scheduling platform, up to the landlord's
limit; a job above it goes to a property manager to approve in the back office first.
Contractors get jobs and upload completion photos in the platform's app, which reports
job status back to the agent; tenants get updates on WhatsApp. API keys sit in the cloud
secret manager, the agent has a step cap, and staff sign in to the back office with SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Repair dispatch agent on WhatsApp",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent taking tenants' repair reports on WhatsApp and booking contractors.",
)

# ---------------------------------------------------------------- data assets
repair_message = tg.Data(
    "Tenant repair message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the tenant, with their WhatsApp number and name.",
)
repair_photos = tg.Data(
    "Repair photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the fault, taken inside the tenant's home.",
)
tenant_update = tg.Data("Tenant update", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, photos and tool results so far.",
)
agent_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
conversation = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)
tenancy_query = tg.Data("Tenancy lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tenancy_records = tg.Data(
    "Tenancy, warranty and landlord limit records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tenancy_result = tg.Data(
    "Tenancy lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data(
    "Contractor booking call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Job description, property address, tenant contact, trade and cost estimate.",
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
job_booking = tg.Data(
    "Contractor job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
job_status = tg.Data("Job status update", kind="records", sensitivity=tg.Sensitivity.PII)
completion_photos = tg.Data("Completion photos", kind="media", sensitivity=tg.Sensitivity.PII)
approval_request = tg.Data("Job approval request", kind="records", sensitivity=tg.Sensitivity.PII)
approval_decision = tg.Data(
    "Manager approval decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reports repairs and gets updates over WhatsApp.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))
    # Approved tradesperson who receives jobs and reports completion.
    contractor = tm.add(tg.Actor("Contractor", role="approved contractor"))
    # The scheduling platform's phone app, on contractors' own phones.
    contractor_app = tm.add(
        tg.Device("Contractor phone app", description="Job list, directions and photo upload.")
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business API: relays messages both ways and calls our webhook.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Property management SaaS", trust=tg.Trust.PARTNER):
    # System of record for tenancies, properties, warranties and landlord limits.
    pms = tm.add(tg.DataStore("Property management system", stores={tenancy_records}))

with tm.boundary("Scheduling platform vendor", trust=tg.Trust.PARTNER):
    # Holds the approved contractor list, their diaries and the jobs booked.
    scheduling = tm.add(
        tg.Service(
            "Contractor scheduling platform",
            description="Approved contractors, availability, jobs and completion evidence.",
            controls={c.Authentication(method="contractor e-mail and password")},
        )
    )

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # Receives the messaging provider's inbound-message webhook.
    webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="tenant's WhatsApp number matched to the phone number on the tenancy"
                )
            },
        )
    )
    # The LLM agent that triages the repair and dispatches it.
    agent = tm.add(
        tg.Agent(
            "Repair dispatch agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Triages the repair, checks tenancy, warranty and the landlord's "
            "limit, and books a contractor or asks a manager to approve.",
            controls={
                c.HumanInTheLoop(
                    approver="property manager in the back office",
                    above="the landlord's spending limit for the property",
                ),
                c.CircuitBreaker(max_steps=25),
                c.SecretsManagement(
                    note="provider, PMS and platform API keys in the secret manager"
                ),
            },
        )
    )
    # Per-tenant chat history so a repair can continue over several days.
    history = tm.add(tg.DataStore("Conversation store", stores={conversation}))
    # Bucket for the tenant's photos, shown to the contractor and the manager.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={repair_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Read-only lookup of tenancy, warranty and landlord limits in the PMS.
    pms_tool = tm.add(
        tg.Tool(
            "Tenancy lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only PMS API key")},
        )
    )
    # Books an approved contractor on the scheduling platform.
    booking_tool = tm.add(tg.Tool("Contractor booking tool", capabilities={"read", "write"}))
    # Where property managers see jobs and approve the ones above the limit.
    back_office = tm.add(
        tg.Service(
            "Back office app",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="property managers and lettings staff"),
            },
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Approves jobs above the landlord's limit and follows up on repairs.
    manager = tm.add(tg.Actor("Property manager", role="property manager"))

# ---------------------------------------------------------------- flows
# Tenant conversation in
tm.flow(tenant, whatsapp, repair_message, repair_photos, protocol="whatsapp")
tm.flow(
    whatsapp,
    webhook,
    repair_message,
    repair_photos,
    protocol="https",
    label="inbound message webhook",
)
tm.flow(webhook, agent, repair_message, repair_photos)
tm.flow(agent, photo_store, repair_photos)
tm.flow(photo_store, agent, repair_photos)
tm.flow(agent, history, conversation)
tm.flow(history, agent, conversation)

# Reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

# Tenancy, warranty and limit lookup
tm.flow(agent, pms_tool, tenancy_query)
tm.flow(pms_tool, pms, tenancy_query, protocol="https")
tm.flow(pms, pms_tool, tenancy_records, protocol="https")
tm.flow(pms_tool, agent, tenancy_result)

# Booking a contractor
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, scheduling, job_booking, protocol="https")
tm.flow(scheduling, booking_tool, job_booking, protocol="https", label="confirmation")
tm.flow(booking_tool, agent, booking_result)
tm.flow(scheduling, contractor_app, job_booking, protocol="https")
tm.flow(contractor_app, contractor, job_booking)
tm.flow(contractor, contractor_app, completion_photos, job_status)
tm.flow(contractor_app, scheduling, completion_photos, job_status, protocol="https")
tm.flow(scheduling, agent, job_status, protocol="https", label="job status webhook")

# Approval above the landlord's limit
tm.flow(agent, back_office, approval_request)
tm.flow(back_office, manager, approval_request, repair_photos, protocol="https")
tm.flow(manager, back_office, approval_decision, protocol="https")
tm.flow(back_office, agent, approval_decision)

# Updates to the tenant
tm.flow(agent, whatsapp, tenant_update, protocol="https")
tm.flow(whatsapp, tenant, tenant_update, protocol="whatsapp")
