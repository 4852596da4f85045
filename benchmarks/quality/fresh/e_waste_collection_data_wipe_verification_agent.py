"""E-waste collection and data-wipe agent: the first design, before any security review.

Business customers (offices, schools, clinics) use our web portal, signing in with
e-mail and password, to book collections of old laptops, phones and drives and to
upload their asset lists. An LLM agent in our cloud account, backed by a hosted
model, answers them, books collection slots, records the expected devices and
reports each device's progress. At the warehouse, wipe stations erase each drive
and upload the wipe report to our cloud. A wipe technician signs in to the
technician console with SSO and MFA, checks the logs against the asset list, marks
devices wiped and approves the certificate; only then does the certificate tool
issue the data-destruction certificate, archive it and e-mail it to the customer
through our e-mail provider. Bookings and tracking updates go ahead without
approval. We operate in the EU, so customer contacts fall under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-waste collection and data-wipe agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that books e-waste collections, tracks devices through data wiping "
    "and issues wipe certificates after technician review.",
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking requests and status questions from a customer's contact person.",
)
asset_list = tg.Data(
    "Customer asset list",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Spreadsheet of device types, serial numbers and asset tags.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, asset list extracts and tool results.",
)
llm_completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Collection booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site address, contact name and phone, slot and device counts.",
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tracking_call = tg.Data("Tracking tool call", kind="tool-call")
tracking_result = tg.Data(
    "Device status result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
device_records = tg.Data(
    "Device chain-of-custody records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Each device's serial, customer, collection, receipt and wipe status.",
)
wipe_report = tg.Data(
    "Wipe report",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Erasure standard, passes, verification result and drive serial.",
)
wipe_status = tg.Data("Wipe verification status", kind="records")
certificate_request = tg.Data("Certificate request", kind="tool-call")
certificate_draft = tg.Data(
    "Draft wipe certificate", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
certificate_approval = tg.Data(
    "Certificate approval",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
certificate = tg.Data(
    "Data-destruction certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
certificate_result = tg.Data("Certificate issuance result", kind="tool-result")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A business's contact person arranging disposal of their equipment.
    customer = tm.add(tg.Actor("Business customer contact", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers certificates.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Cloud application account", trust=tg.Trust.INTERNAL):
    # Customer-facing portal: chat with the agent and asset list upload.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent: books collections, registers devices, reports status, asks for certificates.
    agent = tm.add(
        tg.Agent(
            "Collection and wipe agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Handles customer conversations and calls the booking, tracking "
            "and certificate tools.",
        )
    )
    # Writes collection slots into the collections database.
    booking_tool = tm.add(tg.Tool("Collection booking tool", capabilities={"read", "write"}))
    # Registers expected devices from the asset list and reads their status.
    tracking_tool = tm.add(tg.Tool("Device tracking tool", capabilities={"read", "write"}))
    # Builds, archives and sends certificates, but only after a technician approves.
    certificate_tool = tm.add(
        tg.Tool(
            "Wipe certificate tool",
            capabilities={"read", "write", "send-messages"},
            controls={c.HumanInTheLoop(approver="wipe technician, after checking the wipe logs")},
        )
    )
    # System of record for bookings and each device's chain of custody.
    tracking_db = tm.add(
        tg.DataStore(
            "Collections and device tracking database",
            stores={booking, device_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Wipe reports uploaded from the warehouse.
    wipe_log_store = tm.add(
        tg.DataStore(
            "Wipe report store",
            stores={wipe_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Issued certificates, kept as evidence for customers' audits.
    archive = tm.add(tg.DataStore("Certificate archive", stores={certificate}))
    # Staff web app where technicians compare wipe logs with the asset list and approve.
    console = tm.add(
        tg.Service(
            "Technician console",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.AuditLogging(retention_days=730),
            },
        )
    )

with tm.boundary("Warehouse network", trust=tg.Trust.INTERNAL):
    # Bench machines running the erasure software.
    wipe_station = tm.add(
        tg.Device("Wipe station", description="Erasure software on the warehouse wipe benches.")
    )
    # Checks wipe results and approves certificates.
    technician = tm.add(tg.Actor("Wipe technician", role="technician"))

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, customer_message, asset_list, protocol="https")
tm.flow(portal, customer, agent_reply, protocol="https")
tm.flow(portal, agent, customer_message, asset_list)
tm.flow(agent, portal, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, tracking_db, booking)
tm.flow(tracking_db, booking_tool, booking)
tm.flow(booking_tool, agent, booking, label="booking confirmation")

tm.flow(agent, tracking_tool, tracking_call, asset_list)
tm.flow(tracking_tool, tracking_db, device_records, label="register expected devices")
tm.flow(tracking_db, tracking_tool, device_records)
tm.flow(tracking_tool, agent, tracking_result)

tm.flow(wipe_station, wipe_log_store, wipe_report, protocol="https")
tm.flow(wipe_log_store, console, wipe_report)
tm.flow(tracking_db, console, device_records)
tm.flow(console, tracking_db, wipe_status, label="mark devices wiped")
tm.flow(technician, console, certificate_approval, protocol="https")
tm.flow(console, technician, wipe_report, certificate_draft, protocol="https")

tm.flow(agent, certificate_tool, certificate_request)
tm.flow(tracking_db, certificate_tool, device_records)
tm.flow(certificate_tool, console, certificate_draft, label="awaiting approval")
tm.flow(console, certificate_tool, certificate_approval)
tm.flow(certificate_tool, archive, certificate)
tm.flow(certificate_tool, mailer, certificate, protocol="https")
tm.flow(mailer, customer, certificate, protocol="smtp")
tm.flow(certificate_tool, agent, certificate_result)
