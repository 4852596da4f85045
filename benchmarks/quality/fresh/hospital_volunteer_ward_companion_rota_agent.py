"""Ward companion rota agent: the first design, before any security review.

Hospital volunteers sit with inpatients who have asked for company. Volunteers
sign in to a web portal to give their availability; ward nurses log on an
intranet app the patients who asked for a visit (first name, ward, bed number).
Each week an LLM agent in the voluntary services cloud tenancy reads, through a
lookup tool, availability, each volunteer's DBS check and training dates and the
ward requests, drafts the rota with a hosted LLM and stores it. The voluntary
services coordinator approves the draft; the agent then texts and e-mails each
volunteer their shifts with the first names and bed numbers of the patients to
visit, through a messaging provider. Training completions sync nightly from the
learning system. Controls: portal password sign-in, hospital single sign-on for
staff, role-based access and encryption on volunteer records, TLS, audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ward companion rota agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that builds the ward companion volunteer rota and tells "
    "volunteers which patients to visit.",
)

# ---------------------------------------------------------------- data assets
availability = tg.Data(
    "Volunteer availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Days and times each volunteer can attend, and wards they prefer.",
)
volunteer_profiles = tg.Data(
    "Volunteer profiles and contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
check_dates = tg.Data(
    "Background check and training dates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="DBS check issue and renewal dates, and mandatory training completion dates.",
)
training_completions = tg.Data(
    "Training completion records", kind="records", sensitivity=tg.Sensitivity.PII
)
visit_requests = tg.Data(
    "Patient visit requests",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient first name, ward, bed number and visit preferences.",
)
run_request = tg.Data("Rota run request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Rota planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, availability, check dates and ward requests for the week.",
)
llm_completion = tg.Data(
    "Rota planning completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
lookup_call = tg.Data("Records lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Records lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
draft_rota = tg.Data(
    "Draft companion rota",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Volunteer, ward, bed number, patient first name and time slot.",
)
rota_approval = tg.Data("Rota approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
volunteer_shifts = tg.Data("Volunteer's own shifts", kind="records", sensitivity=tg.Sensitivity.PII)
visit_message = tg.Data(
    "Visit assignment message",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Shift time, ward, and the first names and bed numbers of patients to visit.",
)
send_call = tg.Data("Message send call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
send_result = tg.Data("Message delivery status", kind="tool-result")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers use their own phones and home computers.
    volunteer = tm.add(tg.Actor("Volunteer", role="ward companion volunteer"))

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Ward nurses log which patients asked for a companion.
    ward_nurse = tm.add(tg.Actor("Ward nurse", role="ward staff"))
    # Runs the scheme, records check dates, approves each week's rota.
    coordinator = tm.add(
        tg.Actor("Voluntary services coordinator", role="voluntary services staff")
    )
    # Intranet app where wards log companion visit requests.
    request_app = tm.add(
        tg.Service(
            "Ward visit request app",
            controls={c.Authentication(method="hospital Active Directory single sign-on")},
        )
    )
    # The hospital's e-learning system, source of mandatory training completions.
    lms = tm.add(
        tg.DataSource(
            "Learning management system",
            origin=tg.Origin.INTERNAL,
            provides={training_completions},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that reasons over the week's constraints.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DTAC and DSPT review of the vendor")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers the shift texts and e-mails to volunteers.
    gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Voluntary services cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where volunteers give availability and see their own shifts.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Plans the rota and sends the assignments once approved.
    agent = tm.add(
        tg.Agent(
            "Rota agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="voluntary services coordinator",
                    note="approves the week's rota before any message is sent",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Reads availability, check and training dates, and ward requests for the agent.
    lookup_tool = tm.add(tg.Tool("Records lookup tool", capabilities={"read"}))
    # Writes the draft rota and marks it approved.
    rota_tool = tm.add(tg.Tool("Rota tool", capabilities={"read", "write"}))
    # Sends each volunteer their assignments through the gateway.
    messaging_tool = tm.add(tg.Tool("Volunteer messaging tool", capabilities={"send-messages"}))
    # System of record for volunteers: profiles, availability, DBS and training dates.
    volunteer_db = tm.add(
        tg.DataStore(
            "Volunteer records database",
            stores={volunteer_profiles, availability, check_dates},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Open companion visit requests from the wards.
    request_list = tm.add(
        tg.DataStore("Visit request list", stores={visit_requests}, controls={c.RBAC()})
    )
    # Draft and approved rotas, week by week.
    rota_store = tm.add(tg.DataStore("Rota store", stores={draft_rota}))

# ---------------------------------------------------------------- flows
# volunteers
tm.flow(volunteer, portal, availability, protocol="https")
tm.flow(portal, volunteer_db, availability)
tm.flow(rota_store, portal, volunteer_shifts, label="own shifts")
tm.flow(portal, volunteer, volunteer_shifts, protocol="https")

# wards and the coordinator
tm.flow(ward_nurse, request_app, visit_requests, protocol="https")
tm.flow(request_app, request_list, visit_requests)
tm.flow(coordinator, volunteer_db, check_dates, volunteer_profiles, label="records check dates")
tm.flow(lms, volunteer_db, training_completions, label="nightly sync")

# the agent's run
tm.flow(coordinator, agent, run_request, protocol="https", label="start weekly run")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(volunteer_db, lookup_tool, availability, check_dates, volunteer_profiles)
tm.flow(request_list, lookup_tool, visit_requests)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, rota_tool, draft_rota, label="write draft")
tm.flow(rota_tool, rota_store, draft_rota)
tm.flow(rota_store, rota_tool, draft_rota)
tm.flow(rota_tool, agent, draft_rota, label="stored rota")
tm.flow(agent, coordinator, draft_rota, protocol="https", label="draft for approval")
tm.flow(coordinator, agent, rota_approval, protocol="https", label="approves rota")

# assignments out
tm.flow(agent, messaging_tool, send_call)
tm.flow(messaging_tool, gateway, visit_message, protocol="https")
tm.flow(gateway, messaging_tool, send_result, protocol="https")
tm.flow(messaging_tool, agent, send_result)
tm.flow(gateway, volunteer, visit_message, protocol="sms", label="text and e-mail")
