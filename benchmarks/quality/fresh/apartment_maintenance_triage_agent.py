"""Apartment maintenance triage agent: the first design, before any security review.

Tenants of our residential buildings report maintenance problems by SMS or in the
tenant app, where they can attach photos. Both channels land on one intake API in
our cloud account. An agent reads each request and its photos through a hosted
multimodal LLM, classifies urgency, and writes a work order. For routine jobs it
books a contractor from the approved contractor list through that contractor's
scheduling API and orders parts from our supplier, under a per-order spending
limit (larger orders wait for the property manager). Emergencies such as leaks,
gas smells or no heat are paged to the on-call property manager, who can take the
work order over. The agent texts the tenant back through the SMS provider.
Controls in this design: app login and a rate limit on the intake API, upload type
and size checks, the spending cap, API keys in the cloud secret manager, encrypted
storage with role-based access for office staff, and an audit log of agent actions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Apartment maintenance triage agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Agent that triages tenants' maintenance requests, books approved contractors, "
        "orders parts under a spending limit and escalates emergencies."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Maintenance request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant's free-text description, unit number and contact details.",
)
photos = tg.Data(
    "Request photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Pictures taken inside the tenant's home.",
)
tenant_reply = tg.Data("Tenant status message", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request text, photos and the unit's recent history.",
)
llm_output = tg.Data(
    "Triage decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Urgency class, trade needed, parts list and planned tool calls.",
)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Address, unit access instructions, urgency, assigned contractor, costs.",
)
contractors = tg.Data(
    "Approved contractor list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Vetted contractors, trades, rates and scheduling API endpoints.",
)
booking = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Job description, address, access notes and the tenant's phone number.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
parts_order = tg.Data("Parts order", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
parts_result = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
escalation = tg.Data(
    "Emergency escalation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Page to the on-call manager with the request, photos and unit details.",
)
manager_action = tg.Data(
    "Manager decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acknowledgement, takeover of a work order, or approval of a large parts order.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants report problems from their own phones; anyone can text the number.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Carries inbound texts to our webhook and outbound texts to tenants.
    sms = tm.add(
        tg.ExternalService("SMS gateway", description="Commercial SMS API with a webhook.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the request and photos and proposes the triage.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Contractor and supplier systems", trust=tg.Trust.PARTNER):
    # Each approved contractor exposes a scheduling API for booking visits.
    contractor_api = tm.add(
        tg.ExternalService("Contractor scheduling APIs", description="One per approved contractor.")
    )
    # Trade supplier we hold a purchasing account with.
    supplier_api = tm.add(tg.ExternalService("Parts supplier API"))

with tm.boundary("Landlord cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for the tenant app and the SMS webhook.
    intake = tm.add(
        tg.Endpoint(
            "Tenant intake API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="tenant app login with SMS one-time code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="photo type and size checks only"),
            },
        )
    )
    # Plans the triage and calls the tools on its own; people step in for emergencies
    # and for parts orders over the cap.
    agent = tm.add(
        tg.Agent(
            "Maintenance triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Books visits with contractors on the approved list.
    booking_tool = tm.add(
        tg.Tool(
            "Contractor booking tool",
            capabilities={"read", "write", "network-egress"},
            controls={c.SecretsManagement(note="contractor API keys in the cloud secret manager")},
        )
    )
    # Orders parts on the supplier account, capped per order.
    parts_tool = tm.add(
        tg.Tool(
            "Parts ordering tool",
            capabilities={"write", "money-movement", "network-egress"},
            controls={
                c.TransactionLimits(limit="USD 300 per work order"),
                c.HumanInTheLoop(approver="property manager", above="USD 300 per work order"),
                c.SecretsManagement(note="supplier account key in the cloud secret manager"),
            },
        )
    )
    # Pages the on-call manager when the agent classifies a request as an emergency.
    escalation_tool = tm.add(tg.Tool("Emergency escalation tool", capabilities={"send-messages"}))
    # System of record for requests and work orders.
    work_orders = tm.add(
        tg.DataStore(
            "Work order database",
            stores={work_order, request},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Photo uploads from the app and MMS attachments.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Maintained by the property management office; the agent only reads it.
    contractor_db = tm.add(tg.DataStore("Contractor directory", stores={contractors}))

with tm.boundary("Property management office", trust=tg.Trust.INTERNAL):
    # On-call manager for emergencies; also keeps the contractor list up to date.
    manager = tm.add(tg.Actor("On-call property manager", role="property manager", privileged=True))

# ---------------------------------------------------------------- flows
# intake: SMS and app
tm.flow(tenant, sms, request, photos, protocol="sms", label="text / MMS")
tm.flow(sms, intake, request, photos, protocol="https", label="webhook")
tm.flow(tenant, intake, request, photos, protocol="https", label="tenant app")
tm.flow(intake, photo_store, photos)
tm.flow(intake, agent, request)
tm.flow(intake, tenant, tenant_reply, protocol="https", label="app status")

# triage
tm.flow(photo_store, agent, photos)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, work_orders, work_order, request)
tm.flow(work_orders, agent, work_order, label="unit history")
tm.flow(contractor_db, agent, contractors)

# actions
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, contractor_api, booking, protocol="https")
tm.flow(contractor_api, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, parts_tool, parts_order)
tm.flow(parts_tool, supplier_api, parts_order, protocol="https")
tm.flow(supplier_api, parts_tool, parts_result, protocol="https")
tm.flow(parts_tool, agent, parts_result)
tm.flow(agent, escalation_tool, escalation)
tm.flow(escalation_tool, manager, escalation, protocol="https", label="push page")
tm.flow(agent, sms, tenant_reply, protocol="https")
tm.flow(sms, tenant, tenant_reply, protocol="sms")
tm.flow(agent, intake, tenant_reply)

# the office
tm.flow(manager, work_orders, manager_action, protocol="https", label="takes over / approves")
tm.flow(work_orders, manager, work_order, protocol="https")
tm.flow(photo_store, manager, photos, protocol="https")
tm.flow(manager, parts_tool, manager_action, protocol="https", label="approves order over cap")
tm.flow(manager, contractor_db, contractors, protocol="https", label="maintains list")
