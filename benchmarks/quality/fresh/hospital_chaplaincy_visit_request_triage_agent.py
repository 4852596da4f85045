"""Hospital chaplaincy visit-request triage agent: the first design, before any security review.

Ward staff and patients' families ask for a chaplain to visit a patient through a
visit request form: families reach it from the hospital's public website, ward staff
from the intranet. Requests land in a queue that a triage agent works through. The
agent asks a hosted LLM (the vendor's UK region, under a data processing agreement)
to read each request, looks the patient up in the patient administration system (PAS)
through a read-only lookup tool to find their recorded faith preference and ward,
checks the chaplains' rota and writes a pending booking into the chaplaincy schedule.
The chaplaincy coordinator confirms each pending booking in the scheduling app, which
then shows the visit to the chaplain on their hospital phone. Staff sign in to the app
with the hospital's single sign-on and MFA; the form is rate limited and validated; the
agent logs its prompts and tool calls. Urgent end-of-life calls out of hours still go
through switchboard and are out of scope.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chaplaincy visit request triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that triages chaplaincy visit requests, checks the patient's faith "
        "preference in the PAS and proposes chaplain visits for the coordinator to confirm."
    ),
)

# ---------------------------------------------------------------- data assets
family_request = tg.Data(
    "Family visit request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, ward, requester's relationship and a free-text note "
    "(often that the patient is dying or distressed), and the faith they ask for.",
)
ward_request = tg.Data(
    "Ward staff visit request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, hospital number, ward, urgency and a free-text note from the nurse.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the request text and the patient details looked up so far.",
)
completion = tg.Data("Triage completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
patient_query = tg.Data("Patient lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
patient_record = tg.Data(
    "PAS patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Demographics, religion or belief, current ward and bed, admission details.",
)
faith_result = tg.Data(
    "Patient faith preference and ward",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
)
rota_query = tg.Data("Rota lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
rota = tg.Data(
    "Chaplain rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Chaplains' shifts, faith traditions and on-call cover.",
)
booking_call = tg.Data("Booking call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
bookings = tg.Data(
    "Visit bookings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, ward, faith, chaplain, time and status (pending or confirmed).",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
assignment = tg.Data(
    "Chaplain visit assignment", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Relatives and friends of an inpatient, using the hospital's public website.
    family = tm.add(tg.Actor("Patient's family member", role="relative"))

with tm.boundary("LLM vendor UK region", trust=tg.Trust.PARTNER):
    # The hosted model that reads each request and drafts the triage and booking.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, UK data residency.",
            controls={
                c.SupplierAssessment(note="DPA signed; vendor does not train on or retain prompts")
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Nurses and healthcare assistants who ask for a chaplain for their patients.
    ward_staff = tm.add(tg.Actor("Ward staff", role="nurse"))
    # The chaplaincy office member who confirms the agent's proposed visits.
    coordinator = tm.add(tg.Actor("Chaplaincy coordinator", role="chaplaincy coordinator"))
    # The chaplains and volunteers who make the visits.
    chaplain = tm.add(tg.Actor("Chaplain", role="chaplain"))

    # One form for both kinds of requester: published on the website and the intranet.
    form = tm.add(
        tg.Endpoint(
            "Visit request form",
            purpose=tg.EndpointPurpose.API,
            description="Web form behind the hospital's reverse proxy; no sign-in for families.",
            controls={c.RateLimiting(requests_per_minute=20), c.InputValidation()},
        )
    )
    # Holds submitted requests until the agent picks them up.
    queue = tm.add(tg.DataStore("Visit request queue", stores={family_request, ward_request}))
    # The triage agent: reads requests, looks things up and proposes bookings.
    agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Polls the queue, asks the LLM to triage each request, calls its tools.",
            controls={
                c.HumanInTheLoop(approver="chaplaincy coordinator"),
                c.AuditLogging(note="prompts, completions and tool calls"),
            },
        )
    )
    # Looks up one patient's faith preference and ward in the PAS.
    pas_tool = tm.add(
        tg.Tool(
            "PAS patient lookup tool",
            capabilities={"read"},
            description="Calls the integration engine's FHIR API with a read-only service account.",
            controls={
                c.LeastPrivilegeTools(note="service account sees demographics, religion, ward")
            },
        )
    )
    # Reads which chaplains are on shift and their faith traditions.
    rota_tool = tm.add(tg.Tool("Chaplain rota tool", capabilities={"read"}))
    # Writes a pending visit booking for the coordinator to confirm.
    booking_tool = tm.add(tg.Tool("Visit booking tool", capabilities={"write"}))
    # The chaplaincy's schedule database: rota and visit bookings.
    schedule = tm.add(tg.DataStore("Chaplaincy schedule", stores={rota, bookings}))
    # Web app where the coordinator confirms bookings and chaplains see their visits.
    app = tm.add(
        tg.Service(
            "Chaplaincy scheduling app",
            controls={
                c.Authentication(method="hospital Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The hospital's existing system of record for patients, faith preference included.
        pas = tm.add(
            tg.DataStore(
                "Patient administration system (PAS)",
                stores={patient_record},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="database TDE"),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(family, form, family_request, protocol="https")
tm.flow(ward_staff, form, ward_request, protocol="https", label="intranet form")
tm.flow(form, queue, family_request, ward_request)
tm.flow(queue, agent, family_request, ward_request)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, pas_tool, patient_query)
tm.flow(pas_tool, pas, patient_query, protocol="https", label="FHIR Patient read")
tm.flow(pas, pas_tool, patient_record, protocol="https")
tm.flow(pas_tool, agent, faith_result)

tm.flow(agent, rota_tool, rota_query)
tm.flow(rota_tool, schedule, rota_query)
tm.flow(schedule, rota_tool, rota)
tm.flow(rota_tool, agent, rota)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, schedule, bookings, label="pending booking")

tm.flow(schedule, app, bookings, rota)
tm.flow(app, coordinator, bookings, protocol="https")
tm.flow(coordinator, app, confirmation, protocol="https")
tm.flow(app, schedule, confirmation)
tm.flow(app, chaplain, assignment, protocol="https", label="hospital phone")
