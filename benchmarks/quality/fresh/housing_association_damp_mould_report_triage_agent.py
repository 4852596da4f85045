"""Damp and mould report triage agent: the first design, before any security review.

Tenants report damp and mould through the tenant portal, describing the problem and
uploading photos of the affected rooms. A triage agent in the association's Azure
tenancy asks a hosted multimodal LLM to assess severity from the photos and text, and
looks up the tenancy and recorded household vulnerabilities (young children, health
conditions, disability) in the housing management system. Routine cases are booked
straight into the contracted surveyors' scheduling service, which texts the tenant
the appointment; vulnerable households and severe cases are escalated by e-mail to
the vulnerability team. Every decision goes to a case log that housing officers review.
Controls: portal sign-in and upload checks, TLS on external links, encryption and
role-based access on the stores, a step limit on the agent, an LLM vendor assessment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Damp and mould report triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Triages tenants' damp and mould reports with photos, books surveyor visits "
        "and escalates homes with vulnerable occupants."
    ),
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Damp and mould report",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant's free-text description, address, rooms affected, contact details.",
)
photos = tg.Data(
    "Damp and mould photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken inside the tenant's home.",
)
acknowledgement = tg.Data("Report status", sensitivity=tg.Sensitivity.PII, kind="records")
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the report text and the photos.",
)
assessment = tg.Data(
    "Severity assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Severity category, likely cause and suggested urgency.",
)
tenancy_query = tg.Data("Tenancy lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tenancy = tg.Data(
    "Tenancy record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vulnerability = tg.Data(
    "Household vulnerability flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Health conditions, disabilities and ages of occupants.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_request = tg.Data(
    "Survey booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
survey_job = tg.Data(
    "Survey job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, access notes, severity, photos and priority of the visit.",
)
appointment = tg.Data("Survey appointment", kind="records", sensitivity=tg.Sensitivity.PII)
appointment_sms = tg.Data(
    "Appointment text message", kind="records", sensitivity=tg.Sensitivity.PII
)
survey_outcome = tg.Data("Survey findings", kind="records", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data(
    "Vulnerable household escalation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Report summary, severity and the household's vulnerabilities.",
)
triage_record = tg.Data(
    "Triage decision record",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Report, assessment, vulnerabilities considered and action taken.",
)
review_note = tg.Data("Officer review note", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person reporting damp; anyone can create a portal account.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the photos and the text; the association has no model of its own.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and language model behind the vendor's API.",
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on inputs")
            },
        )
    )

with tm.boundary("Surveying contractor", trust=tg.Trust.PARTNER):
    # The contractor's SaaS where surveyors' diaries live; it also texts tenants.
    scheduler = tm.add(
        tg.ExternalService(
            "Surveyor scheduling service",
            description="Contracted surveyors' job scheduling platform with a booking API.",
        )
    )
    # Carries out the visit and reports findings back into the scheduling service.
    surveyor = tm.add(tg.Actor("Surveyor", role="contracted surveyor"))

with tm.boundary("Association cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where tenants sign in, submit reports and see the status of their case.
    portal = tm.add(
        tg.Endpoint(
            "Tenant portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="tenant account e-mail and password"),
                c.InputValidation(note="photo uploads limited to JPEG/PNG, 10 MB each"),
            },
        )
    )
    # Reads each new report, decides severity and next step, and acts through tools.
    agent = tm.add(
        tg.Agent(
            "Damp and mould triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books routine surveys itself; escalates vulnerable households.",
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Object storage for uploaded photos, read by the agent and sent with survey jobs.
    photo_store = tm.add(
        tg.DataStore(
            "Report photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="Azure Key Vault")},
        )
    )
    # Reads the tenancy and vulnerability flags for the reported address.
    lookup_tool = tm.add(tg.Tool("Tenancy lookup tool", capabilities={"read"}))
    # Creates a survey job through the contractor's booking API.
    booking_tool = tm.add(tg.Tool("Survey booking tool", capabilities={"write", "network-egress"}))
    # Sends an escalation message to the vulnerability team's shared mailbox.
    escalation_tool = tm.add(tg.Tool("Escalation tool", capabilities={"send-messages"}))
    # The association's record of each triage decision, reviewed by housing officers.
    case_log = tm.add(
        tg.DataStore(
            "Triage case log",
            stores={triage_record, review_note},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

    with tm.boundary("Core housing systems", trust=tg.Trust.RESTRICTED):
        # System of record for tenancies and household vulnerability flags.
        housing_db = tm.add(
            tg.DataStore(
                "Housing management system",
                stores={tenancy, vulnerability},
                controls={c.RBAC(), c.EncryptionAtRest()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Acts on escalations and reviews the agent's decisions in the case log.
    officer = tm.add(tg.Actor("Vulnerability team officer", role="housing officer"))

# ---------------------------------------------------------------- flows
tm.flow(tenant, portal, report, photos, protocol="https")
tm.flow(portal, tenant, acknowledgement, protocol="https")
tm.flow(portal, photo_store, photos)
tm.flow(portal, agent, report, label="new report")
tm.flow(agent, portal, acknowledgement, label="case status")
tm.flow(photo_store, agent, photos)

tm.flow(agent, llm, triage_prompt, photos, protocol="https")
tm.flow(llm, agent, assessment, protocol="https")

tm.flow(agent, lookup_tool, tenancy_query)
tm.flow(lookup_tool, housing_db, tenancy_query)
tm.flow(housing_db, lookup_tool, tenancy, vulnerability)
tm.flow(lookup_tool, agent, tenancy, vulnerability)

tm.flow(agent, booking_tool, booking_request)
tm.flow(photo_store, booking_tool, photos, label="attached to job")
tm.flow(booking_tool, scheduler, survey_job, photos, protocol="https")
tm.flow(scheduler, booking_tool, appointment, protocol="https")
tm.flow(booking_tool, agent, appointment)
tm.flow(scheduler, tenant, appointment_sms, protocol="sms")
tm.flow(scheduler, surveyor, survey_job, photos, protocol="https", label="job sheet")
tm.flow(surveyor, scheduler, survey_outcome, protocol="https")

tm.flow(agent, escalation_tool, escalation)
tm.flow(escalation_tool, officer, escalation, protocol="smtp+starttls")
tm.flow(agent, case_log, triage_record)
tm.flow(case_log, officer, triage_record, protocol="https")
tm.flow(officer, case_log, review_note, protocol="https")
