"""Tenant maintenance request triage: the first design, before any security review.

A UK housing association lets tenants report repairs through a web form in the
tenant portal or by WhatsApp (through the WhatsApp Business Platform, which calls our
webhook). An intake service stores the report and any photos, and a triage service
looks up the tenancy and property in the housing management system, then asks a
hosted LLM to classify urgency (emergency, urgent, routine) and trade, and to draft a
work order. Drafts land in the repairs console, where a repairs planner checks and
approves each one; approved jobs are published to the contractor portal, where
contractor firms accept them, see the address, access notes and tenant phone number,
and post updates. Tenants get status messages back on WhatsApp or by portal. The
portal and console sit behind logins, the LLM output is checked against a JSON schema
of allowed codes, and the LLM vendor has a data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tenant maintenance request triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM triage of tenant repair reports into urgency, trade and draft work orders, "
        "approved by the repairs team and sent to contractors."
    ),
)

# ---------------------------------------------------------------- data assets
repair_report = tg.Data(
    "Repair report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant's own description of the problem, name, address and contact details.",
)
whatsapp_message = tg.Data(
    "WhatsApp message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Message text, photo links and the tenant's phone number.",
)
photos = tg.Data("Repair photos", kind="media", sensitivity=tg.Sensitivity.PII)
tenancy = tg.Data(
    "Tenancy and property record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tenant contacts, household vulnerability flags, property asset data.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the repair report text and property details.",
)
triage_result = tg.Data(
    "Triage result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Urgency, trade code, and a draft work order text.",
)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Job description, priority, address, access notes and tenant phone.",
)
approval = tg.Data("Planner approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_update = tg.Data(
    "Contractor job update",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted, appointment booked, completed, with notes and photos.",
)
status_update = tg.Data("Repair status update", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants report repairs from their phones or computers.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # WhatsApp Business Platform: relays tenant messages to our webhook and sends replies.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model used for classification and drafting.
    llm = tm.add(
        tg.LLM(
            "Triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Urgency decides whether a gas, water or damp-and-mould job is "
            "attended within 24 hours or weeks.",
            controls={
                c.SupplierAssessment(note="DPA signed, UK data residency, no training on data")
            },
        )
    )

with tm.boundary("Contractor firms", trust=tg.Trust.PARTNER):
    # Plumbers, electricians, roofers and general builders on the framework contract.
    contractor = tm.add(tg.Actor("Contractor", role="contractor"))

with tm.boundary("Association cloud tenancy", trust=tg.Trust.INTERNAL):
    # Repairs page of the tenant portal; the only web entry for tenants.
    web_form = tm.add(
        tg.Endpoint(
            "Tenant repair web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="tenant portal e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Receives web form and WhatsApp reports, stores photos, queues them for triage.
    intake = tm.add(tg.Service("Repair intake service", internet_facing=True))
    # Builds the prompt from the report and tenancy data, calls the LLM, parses the answer.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={
                c.OutputFiltering(
                    note="answer must parse as JSON with allowed urgency and trade codes"
                ),
            },
        )
    )
    # Blob storage for photos tenants attach.
    photo_store = tm.add(
        tg.DataStore(
            "Repair photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Requests, triage results and work orders with their status.
    job_db = tm.add(
        tg.DataStore(
            "Repairs job database",
            stores={repair_report, triage_result, work_order, job_update},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Internal web app where planners review, edit and approve draft work orders.
    console = tm.add(
        tg.Endpoint(
            "Repairs console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff single sign-on with MFA"),
                c.HumanInTheLoop(approver="repairs planner"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Where contractor firms see approved jobs for their trade and post updates.
    contractor_portal = tm.add(
        tg.Endpoint(
            "Contractor portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="one username and password per contractor firm"),
                c.RBAC(note="a firm sees only jobs assigned to it"),
            },
        )
    )

with tm.boundary("Association office network", trust=tg.Trust.INTERNAL):
    # Existing housing management system: tenancies, properties, vulnerability flags.
    housing_system = tm.add(tg.DataStore("Housing management system", stores={tenancy}))
    # Repairs team member who approves, re-prioritises or rejects drafted work orders.
    planner = tm.add(tg.Actor("Repairs planner", role="repairs staff"))

# ---------------------------------------------------------------- flows
tm.flow(tenant, web_form, repair_report, photos, protocol="https")
tm.flow(web_form, tenant, status_update, protocol="https")
tm.flow(web_form, intake, repair_report, photos)

tm.flow(tenant, whatsapp, whatsapp_message, label="WhatsApp chat")
tm.flow(whatsapp, intake, whatsapp_message, protocol="https", label="WhatsApp webhook")
tm.flow(intake, whatsapp, status_update, protocol="https", label="reply via Cloud API")
tm.flow(whatsapp, tenant, status_update, label="WhatsApp chat")

tm.flow(intake, photo_store, photos)
tm.flow(intake, job_db, repair_report)
tm.flow(job_db, triage, repair_report, label="new reports")
tm.flow(housing_system, triage, tenancy, protocol="https", label="tenancy lookup API")
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, triage_result, protocol="https")
tm.flow(triage, job_db, triage_result, work_order, label="draft work order")

tm.flow(job_db, console, repair_report, triage_result, work_order)
tm.flow(photo_store, console, photos)
tm.flow(console, planner, work_order, photos, protocol="https")
tm.flow(planner, console, approval, work_order, protocol="https", label="approve or edit")
tm.flow(console, job_db, approval, work_order)

tm.flow(job_db, contractor_portal, work_order, label="approved jobs")
tm.flow(photo_store, contractor_portal, photos)
tm.flow(contractor_portal, contractor, work_order, photos, protocol="https")
tm.flow(contractor, contractor_portal, job_update, protocol="https")
tm.flow(contractor_portal, job_db, job_update)
tm.flow(job_db, intake, status_update, label="status changes to notify")
