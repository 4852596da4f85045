"""Dialysis clinic patient scheduling agent: the first design, before any security review.

A US dialysis provider runs several outpatient clinics, each with a fixed number of
treatment chairs and three shifts a day. An LLM agent keeps patients' recurring
sessions (usually three a week) placed across chairs and clinics: it reads the chair
booking system and each patient's treatment orders (session length, frequency,
isolation needs) from the EHR, and proposes moves when a patient asks to reschedule
through the patient portal, travels, or a chair goes out of service. Every change it
proposes is shown to the charge nurse of the clinic in the nurse console and is written
to the booking system only after the nurse confirms it; the patient then gets an SMS
with the new time. The model is a vendor's hosted API, covered by a BAA. The portal
signs patients in with a username and password; nurses sign in with SSO and MFA.
The EHR and booking system are encrypted at rest and audit-logged; the agent's runs are
logged for the scheduling team. Everything but the vendor and the SMS gateway runs in
the provider's cloud environment.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Dialysis clinic patient scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM agent placing dialysis sessions across chairs and clinics, with "
    "charge nurses confirming every change.",
)

# ---------------------------------------------------------------- data assets
reschedule_request = tg.Data(
    "Reschedule request",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The patient's message: dates they cannot attend, travel plans, reasons.",
)
request_reply = tg.Data(
    "Request acknowledgement", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The task, the current schedule, chair availability and treatment orders.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
schedule = tg.Data(
    "Session schedule",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Each patient's recurring chair, shift and clinic.",
)
chairs = tg.Data(
    "Chair availability",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Chairs per clinic and shift, isolation chairs, chairs out of service.",
)
orders = tg.Data(
    "Treatment orders",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Prescribed frequency and session length, isolation status, transport needs.",
)
schedule_query = tg.Data("Schedule lookup", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
orders_query = tg.Data(
    "Treatment order lookup", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
proposal = tg.Data(
    "Proposed schedule change",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which sessions move to which chair, shift and clinic, and why.",
)
confirmation = tg.Data("Nurse confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
booking_change = tg.Data("Booking update", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
notice = tg.Data(
    "Session change SMS",
    sensitivity=tg.Sensitivity.REGULATED,
    description="New session day, time and clinic sent to the patient's phone.",
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients asking for changes and receiving their new times.
    patient = tm.add(tg.Actor("Dialysis patient", role="patient"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted model, used under a business associate agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention option")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the appointment texts to patients' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Provider cloud", trust=tg.Trust.INTERNAL):
    # The existing patient portal, extended with a reschedule request form.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="username and password")},
        )
    )
    # The scheduling agent: reads the schedule and orders, proposes moves, books confirmed ones.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="charge nurse at the patient's clinic"),
                c.CircuitBreaker(max_steps=30),
            },
        )
    )
    # Reads sessions and chair availability from the booking system.
    schedule_tool = tm.add(tg.Tool("Schedule lookup tool", capabilities={"read"}))
    # Reads the patient's treatment orders from the EHR through its FHIR API.
    orders_tool = tm.add(tg.Tool("Treatment order tool", capabilities={"read"}))
    # Writes confirmed moves into the booking system.
    booking_tool = tm.add(
        tg.Tool(
            "Booking update tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account limited to session slots")},
        )
    )
    # Sends the patient the new session time through the SMS gateway.
    notify_tool = tm.add(tg.Tool("Patient SMS tool", capabilities={"send-messages"}))
    # Where charge nurses review and confirm the agent's proposals.
    console = tm.add(
        tg.Endpoint(
            "Nurse console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID single sign-on (OIDC) with MFA")},
        )
    )
    # Record of each agent run, for the scheduling team to follow up.
    run_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # System of record for chairs, shifts and every patient's sessions.
        booking = tm.add(
            tg.DataStore(
                "Chair booking system",
                stores={schedule, chairs},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.AuditLogging()},
            )
        )
        # The provider's EHR, holding the treatment orders.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={orders},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # The charge nurse on shift at each clinic confirms or rejects changes.
    nurse = tm.add(tg.Actor("Charge nurse", role="clinical staff"))

# ---------------------------------------------------------------- flows
tm.flow(patient, portal, reschedule_request, protocol="https")
tm.flow(portal, patient, request_reply, protocol="https")
tm.flow(portal, agent, reschedule_request)
tm.flow(agent, portal, request_reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, schedule_tool, schedule_query)
tm.flow(schedule_tool, booking, schedule_query, protocol="https")
tm.flow(booking, schedule_tool, schedule, chairs, protocol="https")
tm.flow(schedule_tool, agent, schedule, chairs)

tm.flow(agent, orders_tool, orders_query)
tm.flow(orders_tool, ehr, orders_query, protocol="https", label="FHIR read")
tm.flow(ehr, orders_tool, orders, protocol="https")
tm.flow(orders_tool, agent, orders)

tm.flow(agent, console, proposal)
tm.flow(console, nurse, proposal, protocol="https")
tm.flow(nurse, console, confirmation, protocol="https")
tm.flow(console, agent, confirmation)

tm.flow(agent, booking_tool, booking_change)
tm.flow(booking_tool, booking, booking_change, protocol="https")

tm.flow(agent, notify_tool, notice)
tm.flow(notify_tool, sms_gateway, notice, protocol="https")
tm.flow(sms_gateway, patient, notice, protocol="sms")

tm.flow(agent, run_store, run_log)
