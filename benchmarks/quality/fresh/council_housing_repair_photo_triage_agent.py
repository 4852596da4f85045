"""Council housing repair photo triage agent: the first design, before any security review.

Council tenants report repairs (a leak, no heating, damp and mould, a broken door) on
the council's online portal with a description and up to five photos. A triage agent
in the council's cloud tenancy reads each report and its photos through a hosted
multimodal LLM, looks up the tenancy and property in the housing management system,
sets the priority (emergency, urgent or routine) and a schedule-of-rates code, books
the works order in the repairs contractor's job system and texts or e-mails the tenant
the appointment through GOV.UK Notify. Works orders estimated above GBP 1,000 wait in a
repairs officer's console for approval; everything else is booked straight away.
Controls: tenant accounts on the portal, photo type and size checks, a step limit on
the agent, the vendor's content filter, the contractor API key in a vault, SSO with MFA
for officers, a decision log and a DPIA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council housing repair photo triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Reads tenants' repair reports and photos, sets priority and books the contractor job.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Repair report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant name, address, contact details, free-text description and access notes.",
)
photos = tg.Data(
    "Repair photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken inside tenants' homes; may show people and belongings.",
)
job_status = tg.Data("Repair job status", kind="records", sensitivity=tg.Sensitivity.PII)
tenancy = tg.Data(
    "Tenancy and property records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tenancy, household, property attributes, repairs history and vulnerability flags.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the priority policy, the report, photos and property details.",
)
completion = tg.Data(
    "Triage completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Priority, schedule-of-rates code, rationale and the next tool call.",
)
property_query = tg.Data("Property lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
property_details = tg.Data("Property details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
works_order = tg.Data(
    "Works order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Address, tenant contact, priority, schedule-of-rates code, cost estimate, photos.",
)
appointment = tg.Data("Appointment slot", kind="tool-result", sensitivity=tg.Sensitivity.PII)
notification = tg.Data(
    "Tenant appointment message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="SMS or e-mail with the priority and the appointment.",
)
decision = tg.Data(
    "Triage decision record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Report id, priority, code, rationale, tool calls and who approved.",
)
approval = tg.Data("Works order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Council tenants reporting repairs from their own phones and computers.
    tenant = tm.add(tg.Actor("Tenant", role="council tenant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the text and the photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Sets the repair priority that decides how fast a tenant's home is made safe.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # The repairs contractor's job management system, where operatives get their work.
    contractor = tm.add(tg.ExternalService("Contractor job management system", provides="generic"))

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government messaging service the council already uses for texts and e-mails.
    notify = tm.add(tg.ExternalService("GOV.UK Notify", provides="generic"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public-facing repairs portal, part of the council's online services.
    portal = tm.add(
        tg.Endpoint(
            "Tenant repairs portal",
            purpose=tg.EndpointPurpose.API,
            description="Tenants see only their own reports and jobs.",
            controls={
                c.Authentication(method="council online account, e-mail and password"),
                c.InputValidation(note="JPEG/PNG/HEIC only, 10 MB per photo, five photos"),
            },
        )
    )
    # Blob and table storage for submitted reports, photos and job status.
    report_store = tm.add(
        tg.DataStore(
            "Repair report store",
            stores={report, photos, job_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The agent: reads a new report, looks things up, decides and books.
    agent = tm.add(
        tg.Agent(
            "Repair triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); Art. 9(2)(g) for vulnerability flags"
                ),
            },
        )
    )
    # Read-only lookup of the tenancy and property for the report's address.
    property_tool = tm.add(tg.Tool("Property lookup tool", capabilities={"read"}))
    # Creates the works order with the contractor; large jobs wait for an officer.
    booking_tool = tm.add(
        tg.Tool(
            "Works order booking tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="repairs officer", above="GBP 1,000 estimated cost per works order"
                ),
                c.SecretsManagement(note="contractor API key held in Key Vault"),
            },
        )
    )
    # Sends the tenant the priority and appointment.
    notify_tool = tm.add(tg.Tool("Tenant notification tool", capabilities={"send-messages"}))
    # Every triage decision, for complaints and the housing ombudsman.
    decision_log = tm.add(
        tg.DataStore(
            "Triage decision log",
            stores={decision},
            controls={c.AuditLogging(retention_days=2190)},
        )
    )
    # Where repairs officers approve large jobs and review decisions.
    console = tm.add(
        tg.Service(
            "Repairs officer console",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="repairs officer and team leader roles"),
            },
        )
    )

with tm.boundary("Council on-premises", trust=tg.Trust.RESTRICTED):
    # Existing system of record for tenancies, properties and repairs history.
    housing_system = tm.add(tg.DataStore("Housing management system", stores={tenancy}))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Council staff who approve large works orders and handle disputes.
    officer = tm.add(tg.Actor("Repairs officer", role="housing repairs officer"))

# ---------------------------------------------------------------- flows
tm.flow(tenant, portal, report, photos, protocol="https")
tm.flow(portal, tenant, job_status, protocol="https")
tm.flow(portal, report_store, report, photos)
tm.flow(report_store, portal, job_status)

tm.flow(report_store, agent, report, photos, label="new report")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, property_tool, property_query)
tm.flow(property_tool, housing_system, property_query, protocol="https")
tm.flow(housing_system, property_tool, tenancy, protocol="https")
tm.flow(property_tool, agent, property_details)

tm.flow(agent, booking_tool, works_order)
tm.flow(booking_tool, console, works_order, label="awaiting approval above GBP 1,000")
tm.flow(console, booking_tool, approval)
tm.flow(booking_tool, contractor, works_order, protocol="https")
tm.flow(contractor, booking_tool, appointment, protocol="https")
tm.flow(booking_tool, agent, appointment)

tm.flow(agent, notify_tool, notification)
tm.flow(notify_tool, notify, notification, protocol="https")
tm.flow(notify, tenant, notification, protocol="sms")

tm.flow(agent, report_store, job_status, label="priority and appointment")
tm.flow(agent, decision_log, decision)
tm.flow(decision_log, console, decision)
tm.flow(officer, console, approval, protocol="https")
tm.flow(console, officer, works_order, decision, protocol="https")
