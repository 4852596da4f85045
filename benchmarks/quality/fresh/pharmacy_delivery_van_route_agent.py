"""Pharmacy delivery van route agent: the first design, before any security review.

A UK pharmacy chain delivers prescriptions to housebound patients from each branch.
Every morning an LLM agent in the chain's cloud reads the branch's ready-for-delivery
queue from the pharmacy patient record system, asks a route optimiser (backed by a
commercial maps API) for van routes, and puts a draft plan in front of the branch
dispatcher. Once the dispatcher approves it, the agent writes the delivery slots
and texts each patient their two-hour slot through an SMS provider. Patients can
reply to the text to move or cancel their delivery: the provider posts the reply to
our webhook, the agent matches it to the delivery by the sender's phone number,
changes the slot and texts a confirmation, without a person in the loop. Drivers
get their manifest on a company phone app. Controls: staff sign in with Entra ID
and MFA, the agent has a step limit, stores are encrypted, the LLM vendor was
assessed (DPA, no retention) and the patient record system keeps its audit trail.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pharmacy delivery van route agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Plans prescription delivery routes, texts patients their slot and handles reschedules.",
)

# ---------------------------------------------------------------- data assets
delivery_queue = tg.Data(
    "Ready-for-delivery queue",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient name, address, phone, bag count, fridge and controlled-drug flags, notes.",
)
stops = tg.Data("Delivery stops", kind="records", sensitivity=tg.Sensitivity.PII)
travel_times = tg.Data(
    "Travel times and route geometry", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
route_plan = tg.Data("Route plan", kind="records", sensitivity=tg.Sensitivity.REGULATED)
plan_approval = tg.Data("Route plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
slots = tg.Data(
    "Delivery slots",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
agent_prompt = tg.Data(
    "Agent prompt and context", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
patient_text = tg.Data(
    "Slot text message",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Slot notice or reschedule confirmation, written by the agent.",
)
reschedule_request = tg.Data(
    "Patient reschedule message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text SMS reply from the patient's phone.",
)
manifest = tg.Data("Driver manifest", kind="records", sensitivity=tg.Sensitivity.REGULATED)
delivery_status = tg.Data("Delivery status updates", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Agent run transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Housebound patients who get the texts and may reply to them.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Company phones in the vans, on mobile data.
    driver_app = tm.add(
        tg.Device(
            "Driver phone app",
            fleet=True,
            description="Company Android phone with the delivery app.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends our texts and posts patients' replies to our webhook.
    sms_provider = tm.add(tg.ExternalService("SMS provider", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Maps vendor", trust=tg.Trust.PARTNER):
    # Commercial routing API: geocoding and travel-time matrices.
    maps_api = tm.add(
        tg.ExternalService("Maps routing API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that drives the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention on the API")},
        )
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Branch staff member who checks and approves the morning plan.
    dispatcher = tm.add(tg.Actor("Branch dispatcher", role="pharmacy dispatcher"))

with tm.boundary("Head-office data centre", trust=tg.Trust.RESTRICTED):
    # The chain's existing pharmacy patient record system: the source of the queue.
    pmr = tm.add(
        tg.DataStore(
            "Pharmacy patient record system",
            stores={delivery_queue},
            controls={
                c.EncryptionAtRest(key_management="SAN encryption"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Delivery cloud", trust=tg.Trust.INTERNAL):
    # The LLM agent that plans the day and handles reschedule replies.
    agent = tm.add(
        tg.Agent(
            "Route planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.HumanInTheLoop(
                    approver="branch dispatcher",
                    note="morning route plan only; patient reschedules are applied automatically",
                ),
            },
        )
    )
    # Read-only access to the branch's ready-for-delivery queue in the PMR.
    queue_tool = tm.add(tg.Tool("Delivery queue tool", capabilities={"read"}))
    # Wraps the maps API and a vehicle-routing solver.
    route_tool = tm.add(tg.Tool("Route optimiser tool", capabilities={"read", "network-egress"}))
    # Reads and changes slots; finds a delivery by the patient's phone number.
    schedule_tool = tm.add(tg.Tool("Delivery schedule tool", capabilities={"read", "write"}))
    # Sends a text through the SMS provider.
    sms_tool = tm.add(tg.Tool("Patient SMS tool", capabilities={"send-messages"}))
    # Today's slots and statuses for every branch.
    schedule_db = tm.add(
        tg.DataStore(
            "Delivery schedule database",
            stores={slots, route_plan, delivery_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Receives inbound SMS replies from the provider and hands them to the agent.
    sms_webhook = tm.add(
        tg.Endpoint(
            "Inbound SMS webhook",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="sender phone number matched to the delivery record")
            },
        )
    )
    # Serves the dispatcher console and the driver app.
    dispatch_api = tm.add(
        tg.Endpoint(
            "Dispatch API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID staff accounts with MFA")},
        )
    )
    # Kept for troubleshooting the agent's runs.
    run_log = tm.add(
        tg.DataStore(
            "Agent run log",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
# the agent and its model
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, run_log, transcripts)

# reading the queue
tm.flow(agent, queue_tool, tool_call)
tm.flow(pmr, queue_tool, delivery_queue, protocol="https", label="branch queue query")
tm.flow(queue_tool, agent, tool_result)

# routing
tm.flow(agent, route_tool, stops)
tm.flow(route_tool, maps_api, stops, protocol="https")
tm.flow(maps_api, route_tool, travel_times, protocol="https")
tm.flow(route_tool, agent, route_plan)

# dispatcher approval
tm.flow(agent, dispatch_api, route_plan, label="draft plan")
tm.flow(dispatch_api, dispatcher, route_plan, protocol="https")
tm.flow(dispatcher, dispatch_api, plan_approval, protocol="https")
tm.flow(dispatch_api, agent, plan_approval)

# slots and texts
tm.flow(agent, schedule_tool, tool_call, slots)
tm.flow(schedule_tool, schedule_db, slots, route_plan)
tm.flow(schedule_db, schedule_tool, slots)
tm.flow(schedule_tool, agent, tool_result)
tm.flow(agent, sms_tool, patient_text)
tm.flow(sms_tool, sms_provider, patient_text, protocol="https")
tm.flow(sms_provider, patient, patient_text, protocol="sms")

# reschedule replies
tm.flow(patient, sms_provider, reschedule_request, protocol="sms")
tm.flow(
    sms_provider, sms_webhook, reschedule_request, protocol="https", label="inbound SMS webhook"
)
tm.flow(sms_webhook, agent, reschedule_request)

# drivers
tm.flow(schedule_db, dispatch_api, manifest, route_plan)
tm.flow(dispatch_api, driver_app, manifest, protocol="https")
tm.flow(driver_app, dispatch_api, delivery_status, protocol="https")
tm.flow(dispatch_api, schedule_db, delivery_status)
