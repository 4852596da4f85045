"""Pharmacy delivery agent: the first design, before any security review.

A UK pharmacy chain delivers dispensed prescriptions to patients' homes. Each
morning a language-model agent in the chain's cloud reads the branch's delivery
list from the dispensing system, has a routing service order the stops, sends the
route to the drivers' app and texts each patient a delivery window through an SMS
provider. Patients can text back ("after 3pm please", "not in today"); replies
arrive on a webhook and the agent re-plans. At the door the driver captures the
recipient's name and signature on the company phone, and for controlled drugs a
handover record; the agent checks it against the day's list and writes it to the
delivery log, which the pharmacist reviews for the controlled drugs register.
Drivers sign in to the app with their own account; links use HTTPS; the log is
encrypted and audit-logged; the agent has a step limit; the LLM vendor was vetted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy delivery route and signature agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Plans prescription delivery routes, texts patients delivery windows and "
        "records signatures and controlled-drug handovers."
    ),
)

# ---------------------------------------------------------------- data assets
delivery_list = tg.Data(
    "Prescription delivery list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient name, address, phone, bag reference and whether it holds controlled drugs.",
)
list_query = tg.Data("Delivery list lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stops = tg.Data("Stop addresses and time windows", kind="tool-call", sensitivity=tg.Sensitivity.PII)
route = tg.Data("Optimised route", kind="tool-result", sensitivity=tg.Sensitivity.PII)
route_plan = tg.Data(
    "Driver route plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Ordered stops with patient names, addresses and bag references.",
)
agent_prompt = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the delivery list, patient replies and driver events.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
window_request = tg.Data(
    "Delivery window text request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
window_text = tg.Data(
    "Delivery window text message",
    sensitivity=tg.Sensitivity.PII,
    description="'Your pharmacy delivery will arrive 2-4pm today. Reply to change.'",
)
patient_reply = tg.Data("Patient reply message", kind="prompt", sensitivity=tg.Sensitivity.PII)
handover_entry = tg.Data(
    "Handover details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Recipient name, relationship to patient, signature, bag reference, time and GPS.",
)
signature = tg.Data("Recipient signature image", kind="media", sensitivity=tg.Sensitivity.PII)
cd_handover = tg.Data(
    "Controlled drug handover record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
delivery_status = tg.Data(
    "Delivery status and driver location", kind="records", sensitivity=tg.Sensitivity.PII
)
record_call = tg.Data(
    "Delivery record write", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
ready_marks = tg.Data(
    "Ready-for-delivery marks", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives the delivery window text and may reply to it.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Employed delivery driver working from the van.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # Company-issued phone running the driver app: shows the route, captures signatures.
    driver_app = tm.add(
        tg.Device(
            "Driver phone app",
            fleet=True,
            description="Company phones on public mobile data.",
        )
    )

with tm.boundary("Pharmacy branch network", trust=tg.Trust.INTERNAL):
    # Dispenses and marks bags ready for delivery; reviews controlled drug handovers.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))
    # The chain's patient medication record system: source of the delivery list.
    pmr = tm.add(
        tg.DataStore(
            "Dispensing system (PMR)",
            stores={delivery_list},
            controls={
                c.Authentication(method="NHS smartcard and passcode"),
                c.RBAC(note="pharmacy roles"),
            },
        )
    )

with tm.boundary("Delivery platform cloud", trust=tg.Trust.INTERNAL):
    # Back end the driver app and the SMS provider's webhook call.
    api = tm.add(
        tg.Endpoint(
            "Delivery API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="individual driver account with password")},
        )
    )
    # The LLM agent that plans, texts and records.
    agent = tm.add(
        tg.Agent(
            "Delivery agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Plans the day's routes, texts windows, handles replies, records handovers.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Reads today's delivery list for a branch from the dispensing system.
    lookup_tool = tm.add(tg.Tool("Delivery list lookup tool", capabilities={"read"}))
    # Sends the stops to the routing service and returns an ordered route.
    route_tool = tm.add(tg.Tool("Route planning tool", capabilities={"read", "network-egress"}))
    # Sends a text to a patient's number through the SMS provider.
    sms_tool = tm.add(tg.Tool("Patient text tool", capabilities={"send-messages"}))
    # Writes delivery confirmations, signatures and controlled drug handovers to the log.
    record_tool = tm.add(tg.Tool("Delivery record tool", capabilities={"write"}))
    # Proof of delivery and controlled drug handover records.
    delivery_log = tm.add(
        tg.DataStore(
            "Delivery and controlled drug handover log",
            stores={handover_entry, signature, cd_handover, delivery_status},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="UK GDPR data processing agreement, no training on our data"
                )
            },
        )
    )

with tm.boundary("Routing provider", trust=tg.Trust.PARTNER):
    # Commercial vehicle routing API.
    routing = tm.add(tg.ExternalService("Vehicle routing API", provides="data-provider"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends texts to patients and posts their replies back to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# delivery list
tm.flow(pharmacist, pmr, ready_marks, label="at the counter")
tm.flow(agent, lookup_tool, list_query)
tm.flow(lookup_tool, pmr, list_query, protocol="https")
tm.flow(pmr, lookup_tool, delivery_list, protocol="https")
tm.flow(lookup_tool, agent, delivery_list)

# reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# routing
tm.flow(agent, route_tool, stops)
tm.flow(route_tool, routing, stops, protocol="https")
tm.flow(routing, route_tool, route, protocol="https")
tm.flow(route_tool, agent, route)
tm.flow(agent, api, route_plan)
tm.flow(api, driver_app, route_plan, protocol="https")
tm.flow(driver_app, driver, route_plan, label="on the phone screen")

# patient texts
tm.flow(agent, sms_tool, window_request)
tm.flow(sms_tool, sms_gateway, window_text, protocol="https")
tm.flow(sms_gateway, patient, window_text, protocol="sms")
tm.flow(patient, sms_gateway, patient_reply, protocol="sms")
tm.flow(sms_gateway, api, patient_reply, protocol="https", label="inbound SMS webhook")
tm.flow(api, agent, patient_reply)

# handovers
tm.flow(driver, driver_app, handover_entry, signature, label="signed on the phone screen in person")
tm.flow(driver_app, api, handover_entry, signature, delivery_status, protocol="https")
tm.flow(api, agent, handover_entry, signature, delivery_status)
tm.flow(agent, record_tool, record_call, handover_entry, signature, cd_handover, delivery_status)
tm.flow(record_tool, delivery_log, handover_entry, signature, cd_handover, delivery_status)
tm.flow(
    delivery_log,
    pharmacist,
    cd_handover,
    protocol="https",
    label="daily controlled drug handover report",
)
