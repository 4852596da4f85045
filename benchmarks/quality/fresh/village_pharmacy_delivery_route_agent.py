"""Village pharmacy delivery route agent: the first design, before any security review.

A village community pharmacy delivers prescriptions to housebound patients each day.
Every morning the duty pharmacist asks an LLM agent, hosted in the pharmacy's small
cloud tenant, to plan the round. The agent reads the prescriptions marked ready for
delivery from the pharmacy's patient medication record (PMR) system on the premises,
asks a mapping API for the best route, and drafts a run sheet. Once the pharmacist
approves the run sheet in the delivery web app, the agent texts each patient a
delivery window through an SMS gateway and the run sheet appears in the driver's
phone app. At each door the driver records the delivery on the phone; controlled
drugs need the recipient's signature, which the app captures and the web app
insists on. The agent records every confirmation in a delivery log that the
pharmacist uses for the controlled-drug records. Pharmacist and driver sign in to
the web app with a username and password; traffic to the cloud runs over TLS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Village pharmacy delivery route agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent planning daily prescription deliveries to housebound patients.",
)

# ---------------------------------------------------------------- data assets
planning_request = tg.Data(
    "Daily round planning request", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt"
)
approval = tg.Data("Run sheet approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
prescription_query = tg.Data(
    "Ready prescription lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
ready_prescriptions = tg.Data(
    "Ready prescriptions for delivery",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient name, address, phone number, items and controlled-drug flag.",
)
patient_records = tg.Data(
    "Patient medication records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
planning_prompt = tg.Data(
    "Round planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the day's prescriptions and the tool results so far.",
)
completion = tg.Data(
    "Agent plan and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
stop_list = tg.Data("Delivery stop addresses", sensitivity=tg.Sensitivity.PII, kind="tool-call")
route = tg.Data("Optimised delivery route", sensitivity=tg.Sensitivity.PII, kind="tool-result")
run_sheet = tg.Data(
    "Delivery run sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Ordered stops with patient, address, items, time window and CD flag.",
)
window_text = tg.Data(
    "Delivery window text message", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
confirmation = tg.Data(
    "Delivery confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Stop, time, outcome (delivered, not home, refused) and who received it.",
)
signature = tg.Data(
    "Controlled drug recipient signature", sensitivity=tg.Sensitivity.PII, kind="media"
)
delivery_records = tg.Data(
    "Delivery records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pharmacy premises", trust=tg.Trust.INTERNAL):
    # Plans and approves the round; accountable for controlled-drug records.
    pharmacist = tm.add(tg.Actor("Duty pharmacist", role="pharmacist"))
    # The pharmacy's system of record for patients and prescriptions.
    pmr = tm.add(
        tg.DataStore(
            "Pharmacy PMR system",
            stores={patient_records, ready_prescriptions},
            description="Patient medication record system on the dispensary PC and server.",
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Delivery app cloud tenant", trust=tg.Trust.INTERNAL):
    # One web app for the pharmacist's browser and the driver's phone app.
    web_app = tm.add(
        tg.Endpoint(
            "Delivery web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="username and password"),
                c.PolicyEnforcement(
                    rules="refuses to mark a controlled-drug stop delivered without a captured signature"
                ),
            },
        )
    )
    # The LLM agent that plans the round, texts patients and records deliveries.
    agent = tm.add(
        tg.Agent(
            "Delivery planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="duty pharmacist",
                    note="approves the run sheet before any text goes out",
                )
            },
        )
    )
    # Reads the day's ready prescriptions through the PMR vendor's API.
    rx_tool = tm.add(tg.Tool("Ready prescriptions lookup tool", capabilities={"read"}))
    # Asks the mapping API to order the stops.
    route_tool = tm.add(tg.Tool("Route planning tool", capabilities={"read", "network-egress"}))
    # Sends each patient their delivery window.
    sms_tool = tm.add(tg.Tool("Patient SMS tool", capabilities={"send-messages"}))
    # Writes the driver's confirmations into the delivery log.
    record_tool = tm.add(tg.Tool("Delivery record tool", capabilities={"write"}))
    # Kept for the controlled-drug records and for failed-delivery follow-up.
    delivery_log = tm.add(
        tg.DataStore(
            "Delivery log",
            stores={delivery_records, signature},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on our data")
            },
        )
    )

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Commercial routing API that orders the stops by drive time.
    maps_api = tm.add(tg.ExternalService("Routing API", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers the texts to patients' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Public mobile networks", trust=tg.Trust.UNTRUSTED):
    # Housebound patients receiving the delivery windows by text.
    patient = tm.add(tg.Actor("Housebound patient", role="patient"))
    # The pharmacy's delivery driver, out on the round.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # The driver's phone running the delivery app; captures signatures.
    phone = tm.add(tg.Device("Driver's phone app", fleet=False))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(pharmacist, web_app, planning_request, approval, protocol="https", controls={tls})
tm.flow(web_app, agent, planning_request, approval)
tm.flow(agent, web_app, run_sheet, label="draft run sheet")
tm.flow(web_app, pharmacist, run_sheet, delivery_records, protocol="https", controls={tls})

tm.flow(agent, rx_tool, prescription_query)
tm.flow(rx_tool, pmr, prescription_query, protocol="https", controls={tls})
tm.flow(pmr, rx_tool, ready_prescriptions, protocol="https", controls={tls})
tm.flow(rx_tool, agent, ready_prescriptions)

tm.flow(agent, llm, planning_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, route_tool, stop_list)
tm.flow(route_tool, maps_api, stop_list, protocol="https", controls={tls})
tm.flow(maps_api, route_tool, route, protocol="https", controls={tls})
tm.flow(route_tool, agent, route)

tm.flow(agent, sms_tool, window_text)
tm.flow(sms_tool, sms_gateway, window_text, protocol="https", controls={tls})
tm.flow(sms_gateway, patient, window_text, protocol="sms")

tm.flow(web_app, phone, run_sheet, protocol="https", controls={tls}, label="approved run sheet")
tm.flow(driver, phone, confirmation, signature, label="records each stop")
tm.flow(phone, web_app, confirmation, signature, protocol="https", controls={tls})
tm.flow(web_app, agent, confirmation, signature)
tm.flow(agent, record_tool, confirmation, signature)
tm.flow(record_tool, delivery_log, delivery_records, signature)
tm.flow(delivery_log, web_app, delivery_records, label="delivery history")
