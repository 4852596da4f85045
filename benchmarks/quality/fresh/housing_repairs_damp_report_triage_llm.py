"""Damp and mould report triage: the first design, before any security review.

A housing association's tenants report damp and mould through the online repairs
portal (a description and photos) or by phoning the contact centre, where agents
type notes into the housing management system. A triage service in the association's
Azure tenant picks up each new report, adds the tenancy, property and household
vulnerability details and the repair history, and asks a hosted LLM (UK region,
under a data processing agreement) to set an urgency, name the likely cause and
draft a surveyor job, following the association's damp and mould guidance. The
urgency is written straight onto the repair record; each drafted job waits in a
review console until a repairs coordinator edits and issues it to the scheduling
system, which books a surveyor and texts the tenant. Controls: portal sign-in and
upload checks, SSO with MFA and roles for staff, schema checks on the model's
answer, a key vault, an audit log, and the vendor's assessment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Damp and mould report triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM triage of tenants' damp and mould reports: urgency and a draft surveyor job."
    ),
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Damp and mould report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant's free-text description, rooms affected, address and contact details.",
)
photos = tg.Data(
    "Damp and mould photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken inside the tenant's home.",
)
report_status = tg.Data(
    "Report reference and status", kind="records", sensitivity=tg.Sensitivity.PII
)
phone_notes = tg.Data(
    "Contact centre phone notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Agent's notes of the call; often mention health and who lives there.",
)
tenancy = tg.Data(
    "Tenancy and property details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant, household, property archetype and previous damp and mould repairs.",
)
vulnerability = tg.Data(
    "Household vulnerability and health flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Respiratory conditions, young children, disability: special category data.",
)
guidance = tg.Data(
    "Damp and mould triage guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="System prompt, the association's damp policy and the statutory timescales.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Guidance, the report or phone notes, tenancy details and vulnerability flags.",
)
triage_result = tg.Data(
    "Triage result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Urgency, likely cause, hazard rating, rationale and a draft surveyor job.",
)
urgency = tg.Data(
    "Repair urgency",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Emergency, urgent or routine; sets the response deadline on the repair.",
)
draft_job = tg.Data("Draft surveyor job", kind="records", sensitivity=tg.Sensitivity.PII)
job_decision = tg.Data(
    "Coordinator job decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
surveyor_job = tg.Data("Issued surveyor job", kind="records", sensitivity=tg.Sensitivity.PII)
survey_findings = tg.Data("Survey findings", kind="records", sensitivity=tg.Sensitivity.PII)
appointment_text = tg.Data(
    "Appointment text message", kind="documents", sensitivity=tg.Sensitivity.PII
)
audit_records = tg.Data(
    "Triage audit records",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each prompt, the model's answer and the coordinator's decision.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reports the problem and is told when the surveyor is coming.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("Association Azure tenant", trust=tg.Trust.INTERNAL):
    # The public repairs website where tenants report damp and upload photos.
    portal = tm.add(
        tg.Endpoint(
            "Repairs portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(
                    note="photos limited to JPEG or PNG under 10 MB, five per report"
                ),
            },
        )
    )
    # Holds portal reports and photos until they are triaged.
    report_store = tm.add(tg.DataStore("Repair report store", stores={report, photos}))
    # The damp and mould lead's guidance the prompt is built from.
    guidance_store = tm.add(tg.DataStore("Triage guidance store", stores={guidance}))
    # Assembles each prompt, calls the LLM, checks its answer and writes the results.
    triage = tm.add(
        tg.Service(
            "Damp triage service",
            description="Triggered by each new portal report or phone note tagged damp.",
            controls={
                c.OutputFiltering(
                    note="answer must match the JSON schema and one of the three urgencies, "
                    "or the report goes to the coordinators untriaged"
                ),
                c.SecretsManagement(note="LLM and housing system API keys in Azure Key Vault"),
                c.AuditLogging(),
            },
        )
    )
    # Keeps every prompt, answer and decision, for complaints and the ombudsman.
    audit_log = tm.add(tg.DataStore("Triage audit log", stores={audit_records}))
    # Where coordinators read the triage and edit and issue the drafted job.
    console = tm.add(
        tg.Endpoint(
            "Triage review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.RBAC(note="repairs coordinators and damp and mould surveyors only"),
                c.HumanInTheLoop(
                    approver="a repairs coordinator",
                    note="every drafted surveyor job is reviewed, edited and issued by a "
                    "coordinator; the urgency is already on the repair record by then",
                ),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API, in a UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads the report text and photos; answers in JSON.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed, UK data residency, no training on our data, 30-day abuse log"
                ),
            },
        )
    )

with tm.boundary("Housing software SaaS", trust=tg.Trust.PARTNER):
    # The system of record for tenancies, properties and repairs.
    hms = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={tenancy, vulnerability, phone_notes, urgency, survey_findings},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )
    # Books surveyors against deadlines and sends appointment texts.
    scheduler = tm.add(tg.Service("Repairs scheduling system"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends appointment texts to tenants' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Takes tenants' calls and types the notes the LLM reads.
    agent = tm.add(tg.Actor("Contact centre agent", role="contact centre staff"))
    # Reviews triage results and issues surveyor jobs.
    coordinator = tm.add(tg.Actor("Repairs coordinator", role="coordinator"))

with tm.boundary("Managed mobile devices", trust=tg.Trust.INTERNAL):
    # Inspects the home and records what caused the damp.
    surveyor = tm.add(tg.Actor("Damp and mould surveyor", role="surveyor"))

# ---------------------------------------------------------------- flows
# reports coming in
tm.flow(tenant, portal, report, photos, protocol="https")
tm.flow(portal, tenant, report_status, protocol="https")
tm.flow(portal, report_store, report, photos, protocol="https")
tm.flow(tenant, agent, report, protocol="pstn", label="phone call")
tm.flow(agent, hms, phone_notes, protocol="https", label="logged during the call")

# triage
tm.flow(report_store, triage, report, photos, protocol="https", label="new reports")
tm.flow(hms, triage, phone_notes, tenancy, vulnerability, protocol="https", label="repairs API")
tm.flow(guidance_store, triage, guidance, protocol="https")
tm.flow(triage, llm, prompt, photos, protocol="https")
tm.flow(llm, triage, triage_result, protocol="https")
tm.flow(triage, hms, urgency, protocol="https", label="sets urgency on the repair")
tm.flow(triage, audit_log, audit_records, protocol="https")
tm.flow(triage, console, triage_result, draft_job, protocol="https")

# review and issue
tm.flow(console, coordinator, triage_result, draft_job, protocol="https")
tm.flow(coordinator, console, job_decision, protocol="https")
tm.flow(console, audit_log, audit_records, protocol="https")
tm.flow(console, scheduler, surveyor_job, protocol="https")
tm.flow(scheduler, surveyor, surveyor_job, protocol="https")
tm.flow(surveyor, scheduler, survey_findings, protocol="https")
tm.flow(scheduler, hms, survey_findings, protocol="https")
tm.flow(scheduler, sms, appointment_text, protocol="https")
tm.flow(sms, tenant, appointment_text, protocol="sms")
