"""On-call escalation agent: the first design, before any security review.

The hospital is replacing bleeps with a clinical messaging app on hospital-issued
smartphones. A ward nurse asks for a doctor in the app (patient, bed, reason, NEWS2
score). A messaging API in the hospital's cloud tenancy hands the request to an LLM
agent, which asks a hosted LLM to classify its urgency, looks up the on-call doctor
for that specialty in the SaaS rostering system, and pages the doctor through the app.
If the doctor does not acknowledge within the time set for that urgency, the agent
escalates to the on-call registrar. Open calls and their timers are kept in a call
state store, and the agent writes every call, page and acknowledgement into the
patient's electronic patient record through an integration tool. Switchboard staff
watch all open calls in a console and can reassign, cancel or page by hand. Staff
sign in with their hospital directory account and an app PIN; the LLM vendor was
assessed under the hospital's supplier process and hosts the model in-country.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "On-call pager escalation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that triages nurses' requests for a doctor, pages the on-call doctor "
        "from the rota and escalates to the registrar when no one answers."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Nurse request for a doctor",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient ID, ward and bed, free-text reason, NEWS2 score.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
classify_prompt = tg.Data(
    "Urgency classification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Triage instructions plus the nurse's request.",
)
urgency = tg.Data(
    "Urgency classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Immediate / within 30 min / within 2 h, with the specialty to call.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
rota_query = tg.Data("Rota lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
rota = tg.Data(
    "On-call rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who is on call per specialty and grade, with their app handles.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
on_call = tg.Data(
    "On-call doctor and registrar", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
page_call = tg.Data("Page instruction", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
page = tg.Data(
    "Page to on-call doctor",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
escalation = tg.Data(
    "Escalation page to registrar",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
ack = tg.Data(
    "Doctor acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accepted / on my way / busy, with the doctor's ID and time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
status = tg.Data("Call status update", kind="records", sensitivity=tg.Sensitivity.REGULATED)
call_state = tg.Data(
    "Open call state",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each open call with its urgency, who was paged and the escalation timers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
call_log = tg.Data(
    "Call log entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Request, urgency, pages, escalations and acknowledgements for the patient.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
intervention = tg.Data(
    "Switchboard intervention",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Reassign, cancel or manual page of an open call.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital staff", trust=tg.Trust.INTERNAL):
    # Asks for a doctor to review a patient on the ward.
    nurse = tm.add(tg.Actor("Ward nurse", role="nurse"))
    # First on-call doctor for the specialty.
    doctor = tm.add(tg.Actor("On-call doctor", role="doctor"))
    # Senior doctor the agent escalates to when the first page is not answered.
    registrar = tm.add(tg.Actor("On-call registrar", role="registrar"))
    # Watches all open calls and steps in when something goes wrong.
    operator = tm.add(tg.Actor("Switchboard operator", role="switchboard staff"))
    # Hospital-issued, MDM-managed phones running the messaging app; used on Wi-Fi and 4G.
    phone_app = tm.add(
        tg.Device(
            "Clinical messaging app",
            fleet=True,
            description="iOS app on hospital-issued smartphones, shared by ward teams.",
        )
    )

with tm.boundary("Rostering vendor", trust=tg.Trust.PARTNER):
    # The hospital's SaaS medical staff rota: source of truth for who is on call.
    rota_system = tm.add(
        tg.ExternalService("Medical staff rostering system", provides="data-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that classifies the urgency of each request.
    llm = tm.add(
        tg.LLM(
            "Urgency triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted chat model deployed in a UK region.",
            controls={c.SupplierAssessment(note="hospital supplier assessment and DPA")},
        )
    )

with tm.boundary("Hospital cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives requests and acknowledgements from phones and pushes pages to them.
    messaging_api = tm.add(
        tg.Endpoint(
            "Messaging API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="hospital directory password via SSO, then app PIN"),
            },
        )
    )
    # The LLM agent that triages, finds the doctor and runs the escalation timers.
    agent = tm.add(
        tg.Agent(
            "Escalation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Pages and escalates on its own; switchboard can override.",
            controls={c.AuditLogging(note="every decision, page and tool call")},
        )
    )
    # Reads who is on call for a specialty and grade.
    rota_tool = tm.add(tg.Tool("Rota lookup tool", capabilities={"read"}))
    # Sends a page to a named doctor through the messaging API.
    paging_tool = tm.add(tg.Tool("Paging tool", capabilities={"send-messages"}))
    # Writes the call log into the patient's record.
    epr_tool = tm.add(
        tg.Tool(
            "EPR note tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="integration account may only add communication notes")
            },
        )
    )
    # Open calls and escalation timers.
    call_store = tm.add(
        tg.DataStore(
            "Call state store",
            stores={call_state},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Switchboard's view of all open calls, with override actions.
    console = tm.add(
        tg.Endpoint(
            "Switchboard console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hospital directory SSO"),
                c.RBAC(note="switchboard role only"),
            },
        )
    )

with tm.boundary("Hospital clinical systems", trust=tg.Trust.RESTRICTED):
    # The patient's electronic patient record, where each call is logged.
    epr = tm.add(
        tg.DataStore(
            "Electronic patient record",
            stores={call_log},
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# The request comes in.
tm.flow(nurse, phone_app, request)
tm.flow(phone_app, messaging_api, request, protocol="https")
tm.flow(messaging_api, agent, request, protocol="https")

# Triage.
tm.flow(agent, llm, classify_prompt, protocol="https")
tm.flow(llm, agent, urgency, protocol="https")

# Who is on call.
tm.flow(agent, rota_tool, rota_query)
tm.flow(rota_tool, rota_system, rota_query, protocol="https")
tm.flow(rota_system, rota_tool, rota, protocol="https")
tm.flow(rota_tool, agent, on_call)

# Open call and timers.
tm.flow(agent, call_store, call_state, protocol="postgresql")
tm.flow(call_store, agent, call_state, protocol="postgresql")

# Paging and escalation.
tm.flow(agent, paging_tool, page_call)
tm.flow(paging_tool, messaging_api, page, escalation, protocol="https")
tm.flow(messaging_api, phone_app, page, escalation, status, protocol="https", label="push")
tm.flow(phone_app, doctor, page)
tm.flow(phone_app, registrar, escalation)
tm.flow(doctor, phone_app, ack)
tm.flow(registrar, phone_app, ack)
tm.flow(phone_app, messaging_api, ack, protocol="https", label="acknowledgement")
tm.flow(messaging_api, agent, ack, protocol="https", label="acknowledgement")
tm.flow(agent, messaging_api, status, protocol="https")
tm.flow(phone_app, nurse, status)

# Logging into the patient's record.
tm.flow(agent, epr_tool, call_log)
tm.flow(epr_tool, epr, call_log, protocol="hl7 fhir over https")

# Switchboard oversight.
tm.flow(call_store, console, call_state, protocol="postgresql")
tm.flow(console, operator, call_state, protocol="https")
tm.flow(operator, console, intervention, protocol="https")
tm.flow(console, agent, intervention, protocol="https")
tm.flow(console, messaging_api, page, protocol="https", label="manual page")
