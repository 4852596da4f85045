"""Hospital theatre scheduling agent: the first design, before any security review.

Theatre managers at an NHS acute trust ask a scheduling agent to propose next
week's operating theatre lists. The agent, running on the trust's network, reads
the waiting list (with each patient's clinical priority) from the patient
administration system, surgeon and anaesthetist availability from the rota, and
theatre and equipment availability from the equipment register. It uses a
hosted LLM to reason about the request and a constraint optimiser to pack cases
into sessions. The theatre manager reviews the proposed lists in a console and
approves them; only then does the agent book them into the theatre management
system and send each patient their surgery date by SMS through a commercial
SMS gateway. Patients can reply to confirm or ask for a different date. Staff
sign in with NHS smartcards, the LLM vendor passed the trust's supplier review,
and every agent run is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital theatre scheduling optimisation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent with an optimiser proposing theatre lists for manager approval.",
)

# ---------------------------------------------------------------- data assets
waiting_list = tg.Data(
    "Waiting list entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, procedure, clinical priority (P1-P4), time waited, contact number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
staff_availability = tg.Data(
    "Surgeon and anaesthetist availability", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
equipment = tg.Data(
    "Theatre and equipment availability", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
request = tg.Data("Scheduling request", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
prompt = tg.Data(
    "Agent prompt with waiting list context", sensitivity=tg.Sensitivity.REGULATED, kind="prompt"
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
lookup_call = tg.Data(
    "Scheduling data query", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
lookup_result = tg.Data(
    "Scheduling data result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
constraints = tg.Data(
    "Scheduling constraints", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
candidates = tg.Data(
    "Optimised candidate lists", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
proposed = tg.Data(
    "Proposed theatre list", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
approval = tg.Data("Theatre list approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
approved_list = tg.Data(
    "Approved theatre list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
booking_result = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
sms = tg.Data("Surgery date SMS", sensitivity=tg.Sensitivity.PII, kind="model-output")
reply = tg.Data("Patient SMS reply", sensitivity=tg.Sensitivity.PII, kind="records")
run_log = tg.Data("Agent run log", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients on the waiting list, reached on their mobile phones.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # The trust's existing commercial SMS gateway for appointment messages.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model (UK region) the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DTAC and DSPT review of the vendor")},
        )
    )

with tm.boundary("Trust network", trust=tg.Trust.INTERNAL):
    # Theatre managers own the lists and approve them before anything is booked.
    manager = tm.add(tg.Actor("Theatre manager", role="theatre manager"))
    # Web console where managers ask for lists, review proposals and approve.
    console = tm.add(
        tg.Endpoint(
            "Scheduling console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="NHS smartcard single sign-on"), c.RBAC()},
        )
    )
    # The LLM agent: gathers data, calls the optimiser, drafts lists, books and notifies.
    agent = tm.add(
        tg.Agent(
            "Theatre scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="theatre manager",
                    note="lists are booked and patients messaged only after approval in the console",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Constraint solver (no language model) that packs cases into theatre sessions.
    optimiser = tm.add(tg.Service("Theatre list optimiser"))
    # Read-only tool over the waiting list, rota and equipment register.
    lookup_tool = tm.add(tg.Tool("Scheduling data lookup", capabilities={"read"}))
    # Writes approved lists into the theatre management system.
    booking_tool = tm.add(tg.Tool("Theatre booking tool", capabilities={"write"}))
    # Sends surgery dates to patients and reads back their replies.
    sms_tool = tm.add(tg.Tool("Patient SMS tool", capabilities={"send-messages", "read"}))
    # Record of every agent run, prompt and tool call.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # Patient administration system: the source of the waiting list and clinical priority.
        pas = tm.add(
            tg.DataStore(
                "PAS waiting list",
                stores={waiting_list},
                controls={c.EncryptionAtRest(), c.RBAC()},
            )
        )
        # E-rostering system with surgeon and anaesthetist sessions and leave.
        rota = tm.add(tg.DataStore("Surgeon rota", stores={staff_availability}))
        # Register of theatres, kit and loan sets and their bookings.
        register = tm.add(tg.DataStore("Equipment register", stores={equipment}))
        # The theatre management system that runs the day's lists.
        theatre_system = tm.add(tg.DataStore("Theatre management system", stores={approved_list}))

# ---------------------------------------------------------------- flows
tm.flow(manager, console, request, approval, protocol="https")
tm.flow(console, manager, proposed, protocol="https")
tm.flow(console, agent, request, approval)
tm.flow(agent, console, proposed)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(pas, lookup_tool, waiting_list)
tm.flow(rota, lookup_tool, staff_availability)
tm.flow(register, lookup_tool, equipment)

tm.flow(agent, optimiser, constraints)
tm.flow(optimiser, agent, candidates)

tm.flow(agent, booking_tool, approved_list)
tm.flow(booking_tool, theatre_system, approved_list, protocol="mllp", label="HL7 v2 booking")
tm.flow(theatre_system, booking_tool, booking_result, protocol="mllp")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, sms_tool, sms)
tm.flow(sms_tool, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, patient, sms, protocol="sms")
tm.flow(patient, sms_gateway, reply, protocol="sms")
tm.flow(sms_gateway, sms_tool, reply, protocol="https", label="inbound reply webhook")
tm.flow(sms_tool, agent, reply)

tm.flow(agent, log_store, run_log)
