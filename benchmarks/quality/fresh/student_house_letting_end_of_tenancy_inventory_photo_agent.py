"""Student house letting: end-of-tenancy inventory photo agent, first design.

A small UK letting agency managing shared student houses. At check-in and check-out
an inventory clerk photographs every room on a tablet app; photos go to cloud
storage and the written inventory to the tenancy database. After check-out, an LLM
agent pulls the matching check-in and check-out photos, asks a hosted vision LLM to
compare them room by room, prices any damage or cleaning from the agency's price
list and drafts deposit deductions. Proposals above a set total wait for the
property manager's approval; smaller ones the agent submits itself to the deposit
protection scheme's API, and it e-mails the tenants. Tenants sign in to a portal to
see the proposal with its photos and to dispute it with a statement and their own
photos; the agent re-runs the comparison, and disputes not settled go to the
scheme's adjudication. Controls: TLS, staff sign-in with MFA, tenant portal
passwords, encrypted storage, role-based access to tenancy records, audit logging
of scheme submissions and a vendor data-processing review.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Student house end-of-tenancy deposit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vision LLM compares inventory photos; an agent proposes deposit deductions, "
        "submits them to the deposit protection scheme and handles tenant disputes."
    ),
)

# ---------------------------------------------------------------- data assets
inventory_photos = tg.Data(
    "Check-in and check-out photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Room photos; tenants' belongings and occasionally people appear in them.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inventory_report = tg.Data(
    "Inventory report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Clerk's room-by-room condition notes, meter readings and key count.",
)
tenancy_records = tg.Data(
    "Tenancy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenants, contact details, deposit amounts and scheme references.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
price_list = tg.Data(
    "Repair and cleaning price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
photo_request = tg.Data(
    "Photo retrieval request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
photo_result = tg.Data("Retrieved photo pairs", kind="tool-result", sensitivity=tg.Sensitivity.PII)
comparison_prompt = tg.Data(
    "Photo comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Check-in and check-out photo pairs per room with the inventory notes.",
)
damage_findings = tg.Data(
    "Damage and cleaning findings", kind="model-output", sensitivity=tg.Sensitivity.PII
)
records_call = tg.Data("Tenancy records query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
records_result = tg.Data(
    "Tenancy, price and dispute details", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
proposal = tg.Data(
    "Deposit deduction proposal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data("Deduction approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
submission = tg.Data(
    "Scheme deduction submission",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Deposit reference, amounts claimed per item and evidence summary.",
)
scheme_status = tg.Data("Scheme case status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
dispute_statement = tg.Data(
    "Tenant dispute statement", kind="documents", sensitivity=tg.Sensitivity.PII
)
tenant_photos = tg.Data("Tenant evidence photos", kind="media", sensitivity=tg.Sensitivity.PII)
portal_view = tg.Data(
    "Proposed deductions with photos", kind="records", sensitivity=tg.Sensitivity.PII
)
notice_request = tg.Data("Tenant notice request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
notice_email = tg.Data("Deduction notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
agent_reasoning = tg.Data(
    "Agent instructions and context", kind="prompt", sensitivity=tg.Sensitivity.PII
)
agent_output = tg.Data(
    "Agent completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students leaving a shared house; each tenant on a joint tenancy has a portal login.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("Vision LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that compares photo pairs and describes the differences.
    vision_llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Also plans the agent's steps and tool calls.",
            controls={
                tg.controls.SupplierAssessment(
                    note="UK GDPR data processing agreement, no training on our data"
                )
            },
        )
    )

with tm.boundary("Deposit protection scheme", trust=tg.Trust.PARTNER):
    # The government-approved custodial scheme holding the deposits; takes deduction claims by API.
    scheme = tm.add(tg.ExternalService("Deposit protection scheme API"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used to notify tenants.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Tenants view the proposal and raise disputes here.
    portal = tm.add(
        tg.Endpoint(
            "Tenant portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Orchestrates the end-of-tenancy comparison, pricing, submission and dispute re-runs.
    agent = tm.add(
        tg.Agent(
            "Deposit deduction agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="property manager",
                    above="GBP 250 total deductions per tenancy",
                ),
                tg.controls.Contestability(
                    note="tenants dispute in the portal; unresolved disputes go to scheme adjudication"
                ),
            },
        )
    )
    # Fetches the check-in and check-out photos for a property and room.
    photo_tool = tm.add(tg.Tool("Inventory photo tool", capabilities={"read"}))
    # Reads tenancy, price list and dispute details; writes proposals back.
    records_tool = tm.add(tg.Tool("Tenancy records tool", capabilities={"read", "write"}))
    # Submits deduction claims to the scheme and reads case status.
    scheme_tool = tm.add(
        tg.Tool(
            "Scheme submission tool",
            capabilities={"write", "network-egress"},
            controls={tg.controls.AuditLogging(retention_days=2190)},
        )
    )
    # Sends the tenants the proposed deductions and a link to the portal.
    notice_tool = tm.add(tg.Tool("Tenant notification tool", capabilities={"send-messages"}))
    photo_store = tm.add(
        tg.DataStore(
            "Inventory photo store",
            stores={inventory_photos, tenant_photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    tenancy_db = tm.add(
        tg.DataStore(
            "Tenancy database",
            stores={tenancy_records, inventory_report, proposal, dispute_statement},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.RBAC(),
            },
        )
    )
    # Agency's standard charges for cleaning, redecoration and common repairs.
    prices = tm.add(tg.DataStore("Repair and cleaning price list", stores={price_list}))

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Photographs rooms and records condition at check-in and check-out.
    clerk = tm.add(tg.Actor("Inventory clerk", role="agency staff"))
    # Company tablets running the inventory app.
    tablet = tm.add(
        tg.Device(
            "Inventory tablet app",
            fleet=True,
            controls={tg.controls.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # Reviews and approves larger proposals.
    manager = tm.add(tg.Actor("Property manager", role="property manager"))

# ---------------------------------------------------------------- flows
tm.flow(clerk, tablet, inventory_photos, inventory_report, label="taken on the tablet")
tm.flow(tablet, photo_store, inventory_photos, protocol="https")
tm.flow(tablet, tenancy_db, inventory_report, protocol="https")

tm.flow(agent, vision_llm, comparison_prompt, agent_reasoning, protocol="https")
tm.flow(vision_llm, agent, damage_findings, agent_output, protocol="https")

tm.flow(agent, photo_tool, photo_request)
tm.flow(photo_store, photo_tool, inventory_photos, tenant_photos)
tm.flow(photo_tool, agent, photo_result)

tm.flow(agent, records_tool, records_call, proposal)
tm.flow(tenancy_db, records_tool, tenancy_records, dispute_statement)
tm.flow(prices, records_tool, price_list)
tm.flow(records_tool, tenancy_db, proposal)
tm.flow(records_tool, agent, records_result)

tm.flow(agent, manager, proposal, protocol="https", label="review queue")
tm.flow(manager, agent, approval, protocol="https")

tm.flow(agent, scheme_tool, submission)
tm.flow(scheme_tool, scheme, submission, protocol="https")
tm.flow(scheme, scheme_tool, scheme_status, protocol="https")
tm.flow(scheme_tool, agent, scheme_status)

tm.flow(agent, notice_tool, notice_request)
tm.flow(notice_tool, email, notice_email, protocol="https")
tm.flow(email, tenant, notice_email, protocol="smtp")

tm.flow(tenancy_db, portal, portal_view)
tm.flow(photo_store, portal, inventory_photos)
tm.flow(portal, tenant, portal_view, inventory_photos, protocol="https")
tm.flow(tenant, portal, dispute_statement, tenant_photos, protocol="https")
tm.flow(portal, tenancy_db, dispute_statement)
tm.flow(portal, photo_store, tenant_photos)
