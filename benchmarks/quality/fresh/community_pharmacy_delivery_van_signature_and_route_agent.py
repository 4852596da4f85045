"""Community pharmacy: delivery van signature and route agent (first design).

An independent community pharmacy in England runs two vans delivering dispensed
prescriptions to housebound and elderly patients. Each morning an LLM agent in
the delivery platform's cloud reads the bags marked ready for delivery from the
patient medication record (PMR), flags controlled drugs and fridge lines, asks a
mapping API for an optimised route and drafts the day's run sheet. The pharmacist
reviews and releases the run sheet in a web dashboard before the vans leave. The
agent texts patients their delivery window and reads their SMS replies ("not in
before 2", "leave with number 12") to adjust the run. Drivers use a phone app,
signing in with their own account and an SMS code, to see the run and capture
the recipient's signature and a doorstep photo as proof of delivery. Only the
fields the run needs leave the PMR; the LLM vendor has a no-retention DPA. Vendor
traffic is TLS; delivery records are encrypted at rest and access is logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pharmacy delivery signature and route agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that plans prescription delivery runs and handles patient texts.",
)

# ---------------------------------------------------------------- data assets
pmr_records = tg.Data(
    "Patient medication records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
delivery_list = tg.Data(
    "Bags ready for delivery",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Patient name, address, phone, bag count, controlled drug and fridge flags.",
)
pharmacist_task = tg.Data(
    "Pharmacist instructions", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
prompt = tg.Data(
    "Agent prompt with delivery list", sensitivity=tg.Sensitivity.REGULATED, kind="prompt"
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
stops = tg.Data("Delivery stop addresses", sensitivity=tg.Sensitivity.PII, kind="records")
route = tg.Data("Optimised route", sensitivity=tg.Sensitivity.PII, kind="records")
run_sheet = tg.Data(
    "Run sheet",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Ordered stops, time windows, signature-required and fridge flags per bag.",
)
eta_text = tg.Data("Delivery window text", sensitivity=tg.Sensitivity.PII)
patient_reply = tg.Data(
    "Patient SMS reply",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from whoever holds the patient's phone number.",
)
proof_of_delivery = tg.Data(
    "Proof of delivery",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Recipient signature, recipient name, doorstep photo, time and GPS.",
)
delivery_status = tg.Data(
    "Delivery status",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Delivered, failed or returned to pharmacy, per bag.",
)
tool_call = tg.Data("Agent tool call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients (or their carers) who receive texts and reply to them.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("On the road", trust=tg.Trust.UNTRUSTED):
    # Employed van drivers.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # The drivers' phones: run sheet, navigation, signature and photo capture.
    driver_app = tm.add(tg.Device("Driver phone app"))

with tm.boundary("Pharmacy premises", trust=tg.Trust.INTERNAL):
    # Responsible pharmacist: starts the day's planning and releases the run.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))
    # The PMR supplier's system; the source of what is ready for delivery.
    pmr = tm.add(
        tg.DataStore(
            "Patient medication record (PMR)",
            stores={pmr_records},
            controls={c.RBAC(note="PMR supplier's staff roles")},
        )
    )

with tm.boundary("Delivery platform cloud", trust=tg.Trust.INTERNAL):
    # Web dashboard for pharmacy staff: start planning, review and release runs.
    dashboard = tm.add(
        tg.Endpoint(
            "Pharmacy dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="NHS smartcard-free staff login: password with TOTP")
            },
        )
    )
    # Backend the driver app syncs with; also receives the SMS provider's reply webhook.
    delivery_api = tm.add(
        tg.Endpoint(
            "Delivery API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="driver's own account with password and SMS code")},
        )
    )
    # Plans the run, texts patients and adjusts stops from their replies.
    agent = tm.add(tg.Agent("Delivery planning agent", autonomy=tg.Autonomy.SUPERVISED))
    # Reads the bags ready for delivery from the PMR supplier's API.
    list_tool = tm.add(
        tg.Tool(
            "Delivery list tool",
            capabilities={"read"},
            controls={c.DataMinimization(note="only the fields the run needs leave the PMR")},
        )
    )
    # Asks the mapping provider for an optimised route.
    route_tool = tm.add(tg.Tool("Route planning tool", capabilities={"read", "network-egress"}))
    # Writes the run sheet; it reaches drivers only once the pharmacist releases it.
    run_tool = tm.add(
        tg.Tool(
            "Run sheet tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(approver="pharmacist", note="releases each morning's run sheet")
            },
        )
    )
    # Sends delivery window and missed-delivery texts.
    sms_tool = tm.add(tg.Tool("Patient SMS tool", capabilities={"send-messages"}))
    # Run sheets, statuses and proof of delivery, kept for the pharmacy's records.
    delivery_db = tm.add(
        tg.DataStore(
            "Delivery records",
            stores={run_sheet, delivery_status, proof_of_delivery},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(note="staff and driver access"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model; no retention under the data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA with zero data retention")},
        )
    )

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Commercial route optimisation API.
    routing_api = tm.add(tg.ExternalService("Routing API"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends texts and posts patients' replies back to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(pharmacist, dashboard, pharmacist_task, protocol="https", controls={tls})
tm.flow(dashboard, agent, pharmacist_task)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, list_tool, tool_call)
tm.flow(pmr, list_tool, delivery_list, protocol="https", label="PMR supplier API")
tm.flow(list_tool, agent, delivery_list)

tm.flow(agent, route_tool, tool_call, stops)
tm.flow(route_tool, routing_api, stops, protocol="https", controls={tls})
tm.flow(routing_api, route_tool, route, protocol="https", controls={tls})
tm.flow(route_tool, agent, route)

tm.flow(agent, run_tool, tool_call, run_sheet)
tm.flow(run_tool, agent, tool_result)
tm.flow(run_tool, delivery_db, run_sheet)
tm.flow(delivery_db, dashboard, run_sheet, delivery_status, proof_of_delivery)
tm.flow(dashboard, pharmacist, run_sheet, delivery_status, protocol="https", controls={tls})
tm.flow(pharmacist, dashboard, pharmacist_task, protocol="https", label="releases run sheet")
tm.flow(dashboard, run_tool, pharmacist_task, label="release")

tm.flow(delivery_db, delivery_api, run_sheet)
tm.flow(delivery_api, driver_app, run_sheet, protocol="https", controls={tls})
tm.flow(driver_app, driver, run_sheet)
tm.flow(driver, driver_app, proof_of_delivery, delivery_status)
tm.flow(patient, driver_app, proof_of_delivery, label="signs on the driver's phone")
tm.flow(
    driver_app, delivery_api, proof_of_delivery, delivery_status, protocol="https", controls={tls}
)
tm.flow(delivery_api, delivery_db, proof_of_delivery, delivery_status)
tm.flow(delivery_db, agent, delivery_status, label="failed deliveries to re-book")

tm.flow(agent, sms_tool, tool_call, eta_text)
tm.flow(sms_tool, sms_gateway, eta_text, protocol="https", controls={tls})
tm.flow(sms_gateway, patient, eta_text, protocol="sms")
tm.flow(patient, sms_gateway, patient_reply, protocol="sms")
tm.flow(sms_gateway, delivery_api, patient_reply, protocol="https", label="reply webhook")
tm.flow(delivery_api, agent, patient_reply)
