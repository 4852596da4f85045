"""Tenant maintenance chatbot: the first design, before any security review.

Tenants of a UK residential property manager sign in to the tenant portal and
report repairs to a chatbot, attaching photos of the problem. An LLM agent in our
cloud account asks follow-up questions, looks up the tenancy and property in the
property management system (a SaaS product), classifies the job as emergency,
urgent or routine with a hosted multimodal LLM, and raises a work order. It then
dispatches a contractor from the approved contractor list by SMS and e-mail through
a messaging provider; the contractor accepts the job via a link to the contractor
job portal. Jobs estimated above GBP 500 are not dispatched by the bot: they wait
in the PMS for a property manager to approve and dispatch. Tenants sign in with
e-mail and password, the portal checks upload types and sizes and rate-limits chat,
the dispatch tool only accepts contractors on the approved list for the trade, and
the stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tenant maintenance chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Repair reporting chatbot that triages urgency and dispatches approved contractors.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Repair report",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The tenant's chat messages describing the problem and their availability.",
)
photos = tg.Data(
    "Repair photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Photos taken inside the tenant's home; people and belongings may be in shot.",
)
reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the conversation, the photos and the tenancy context.",
)
completion = tg.Data(
    "LLM response",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Next chat message, urgency class and the tool calls to make.",
)
lookup_call = tg.Data("Tenancy lookup request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tenancy = tg.Data(
    "Tenancy and property details",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Tenant name, phone, address, property features and repair history.",
)
pms_records = tg.Data(
    "Tenancy records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
work_order = tg.Data(
    "Work order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Property, tenant contact, fault, urgency, photo links and estimated cost.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
work_order_call = tg.Data(
    "Create work order call", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
work_order_ref = tg.Data(
    "Work order reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
dispatch_call = tg.Data(
    "Dispatch request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Work order reference and the chosen contractor id.",
)
dispatch_result = tg.Data(
    "Dispatch result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
contractors = tg.Data(
    "Approved contractor list",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Contractor names, trades, areas covered, contact details and agreed rates.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
job_message = tg.Data(
    "Job dispatch message",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Address, tenant name and phone, fault, urgency and the job link.",
)
job_update = tg.Data(
    "Job acceptance and status", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
approval = tg.Data("Approval decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
transcript = tg.Data("Conversation transcript", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants report repairs from their phones or browsers.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))
    # Independent tradespeople and firms on the approved list; they receive jobs by SMS and e-mail.
    contractor = tm.add(tg.Actor("Contractor", role="contractor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the conversation and photos and proposes urgency and next steps.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Urgency class decides response time: emergencies (gas, flooding, "
            "no heating for vulnerable tenants) must be attended within 24 hours.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SMS and e-mail API used to send jobs to contractors.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("PMS vendor (SaaS)", trust=tg.Trust.PARTNER):
    # The company's property management system: tenancies, properties and the work-order queue.
    pms = tm.add(
        tg.DataStore(
            "Property management system",
            stores={pms_records, work_order},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )

with tm.boundary("Property manager cloud account", trust=tg.Trust.INTERNAL):
    # Tenant-facing chat API behind the tenant portal, where messages and photos come in.
    chat_api = tm.add(
        tg.Endpoint(
            "Tenant chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="photos: JPEG/PNG/HEIC only, 10 MB each, 5 per report"),
            },
        )
    )
    # Object storage for uploaded repair photos, linked from work orders.
    photo_store = tm.add(
        tg.DataStore(
            "Repair photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that runs the conversation, triages and calls the tools.
    bot = tm.add(
        tg.Agent(
            "Maintenance triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(
                    approver="a property manager, in the PMS work-order queue",
                    above="GBP 500 estimated cost per job",
                ),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Read-only lookup of the signed-in tenant's tenancy and property.
    lookup_tool = tm.add(tg.Tool("Tenancy lookup tool", capabilities={"read"}))
    # Creates work orders in the PMS through its API.
    work_order_tool = tm.add(
        tg.Tool(
            "Work order tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="PMS API key scoped to work orders only")},
        )
    )
    # Sends the job to a contractor chosen from the approved list.
    dispatch_tool = tm.add(
        tg.Tool(
            "Contractor dispatch tool",
            capabilities={"read", "send-messages"},
            controls={
                c.PolicyEnforcement(
                    rules="the tool refuses any contractor id that is not on the approved "
                    "list for the job's trade and area"
                )
            },
        )
    )
    # Database table of approved contractors, maintained by the maintenance team.
    contractor_db = tm.add(tg.DataStore("Approved contractor database", stores={contractors}))
    # Page behind the job link where contractors accept jobs and update status.
    contractor_portal = tm.add(
        tg.Endpoint(
            "Contractor job portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="unguessable single-use job link sent by SMS")},
        )
    )
    # Chat transcripts, kept for complaints and disrepair claims.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Approves expensive jobs and maintains the approved contractor list.
    manager = tm.add(tg.Actor("Property manager", role="property manager", privileged=True))

# ---------------------------------------------------------------- flows
# Tenant conversation
tm.flow(tenant, chat_api, report, photos, protocol="https")
tm.flow(chat_api, tenant, reply, protocol="https")
tm.flow(chat_api, photo_store, photos)
tm.flow(chat_api, bot, report)
tm.flow(bot, chat_api, reply)
tm.flow(photo_store, bot, photos)
tm.flow(bot, conversation_store, transcript)

# Triage with the hosted model
tm.flow(bot, llm, prompt, protocol="https")
tm.flow(llm, bot, completion, protocol="https")

# Tools
tm.flow(bot, lookup_tool, lookup_call)
tm.flow(lookup_tool, bot, tenancy)
tm.flow(lookup_tool, pms, lookup_call, protocol="https")
tm.flow(pms, lookup_tool, tenancy, protocol="https")

tm.flow(bot, work_order_tool, work_order_call)
tm.flow(work_order_tool, bot, work_order_ref)
tm.flow(work_order_tool, pms, work_order, protocol="https")
tm.flow(pms, work_order_tool, work_order_ref, protocol="https")

tm.flow(bot, dispatch_tool, dispatch_call)
tm.flow(dispatch_tool, bot, dispatch_result)
tm.flow(contractor_db, dispatch_tool, contractors)
tm.flow(dispatch_tool, messaging, job_message, protocol="https")
tm.flow(messaging, contractor, job_message, protocol="sms", label="SMS and e-mail")

# Contractor accepts and updates the job
tm.flow(contractor, contractor_portal, job_update, protocol="https")
tm.flow(contractor_portal, contractor, job_message, protocol="https")
tm.flow(contractor_portal, pms, job_update, protocol="https")
tm.flow(pms, contractor_portal, work_order, protocol="https")

# Property manager approval and list maintenance
tm.flow(pms, manager, work_order, protocol="https", label="jobs awaiting approval")
tm.flow(manager, pms, approval, protocol="https")
tm.flow(manager, contractor_db, contractors, protocol="https", label="maintains the list")
tm.flow(contractor_db, manager, contractors, protocol="https")
