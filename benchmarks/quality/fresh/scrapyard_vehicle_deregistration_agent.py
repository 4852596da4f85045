"""Scrapyard vehicle deregistration agent: the first design, before any security review.

A licensed scrapyard (an authorised treatment facility) takes in end-of-life vehicles
and must tell the national vehicle registry that each one has been destroyed. Vehicle
owners book a collection on our web portal and upload a photo of the logbook and of
their photo ID. When the vehicle arrives, a yard clerk checks it in on the back-office
console and hands the case to a deregistration agent. The agent, built on a hosted
LLM, reads the case and the scans, looks the vehicle up in the registry, drafts the
certificate-of-destruction notice and, once the compliance manager approves it in the
console, files it through the registry's API, then e-mails the owner their certificate.
Everything runs in the yard's cloud tenant. Staff sign in to the console with SSO and
MFA, the portal checks uploaded file types and sizes, the document bucket is encrypted
at rest, registry and vendor calls go over HTTPS, and the agent logs its tool calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scrapyard vehicle deregistration agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that prepares and files end-of-life vehicle deregistration notices.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Scrap collection booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, address, phone, registration number and collection slot.",
)
scans = tg.Data(
    "Logbook and photo ID scans",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photo of the registration certificate (logbook) and of the owner's ID.",
)
booking_ack = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
intake = tg.Data(
    "Vehicle intake record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Arrival time, weighbridge ticket, VIN read off the vehicle, clerk's notes.",
)
task = tg.Data("Deregistration task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt with case context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the case record, text read from the scans and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_calls = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
case_result = tg.Data("Case record and scans", kind="tool-result", sensitivity=tg.Sensitivity.PII)
enquiry = tg.Data(
    "Vehicle enquiry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Registration number and VIN sent to the registry.",
)
vehicle_details = tg.Data(
    "Registry vehicle details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Make, model, VIN, colour, keeper-change date and any stolen or exported markers.",
)
notice = tg.Data(
    "Certificate of destruction notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data("Filing approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
receipt = tg.Data("Registry filing receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
owner_email = tg.Data(
    "Certificate e-mail to owner",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The certificate of destruction as a PDF, sent to the address on the booking.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public scrapping a car; anyone can make a booking.
    owner = tm.add(tg.Actor("Vehicle owner", role="customer"))

with tm.boundary("Yard office", trust=tg.Trust.INTERNAL):
    # Checks vehicles in at the weighbridge and starts the paperwork.
    clerk = tm.add(tg.Actor("Yard clerk", role="intake clerk"))
    # Holds the facility's licence; signs off every notice before it is filed.
    manager = tm.add(tg.Actor("Compliance manager", role="compliance manager"))

with tm.boundary("Scrapyard cloud tenant", trust=tg.Trust.INTERNAL):
    # Public booking form where owners upload their logbook and ID.
    portal = tm.add(
        tg.Endpoint(
            "Collection booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="JPEG/PNG/PDF only, 10 MB cap per file")},
        )
    )
    # Staff web app for intake, case review and approving notices.
    console = tm.add(
        tg.Endpoint(
            "Back-office console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft Entra ID SSO with MFA")},
        )
    )
    # The LLM agent that does the deregistration paperwork for one case at a time.
    agent = tm.add(
        tg.Agent(
            "Deregistration agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads the case and scans, checks the registry, drafts and files the notice.",
            controls={c.AuditLogging(retention_days=365, note="every prompt and tool call")},
        )
    )
    # Reads the case record and the uploaded scans for the agent.
    case_tool = tm.add(tg.Tool("Case records tool", capabilities={"read", "write"}))
    # Vehicle enquiry against the registry (read only).
    lookup_tool = tm.add(
        tg.Tool("Registry vehicle lookup tool", capabilities={"read", "network-egress"})
    )
    # Submits the certificate of destruction once the manager approves the draft.
    filing_tool = tm.add(
        tg.Tool(
            "Deregistration filing tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="the compliance manager, in the back-office console")
            },
        )
    )
    # Sends the owner their certificate by e-mail.
    email_tool = tm.add(tg.Tool("Owner e-mail tool", capabilities={"send-messages"}))
    # System of record for bookings and intake.
    case_db = tm.add(tg.DataStore("Yard case database", stores={booking, intake, notice, receipt}))
    # Object bucket for the uploaded logbook and ID images.
    doc_store = tm.add(
        tg.DataStore(
            "Scan document bucket",
            stores={scans},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Government vehicle registry", trust=tg.Trust.PARTNER):
    # The registry's API for licensed treatment facilities: enquiries and notices.
    registry = tm.add(
        tg.ExternalService(
            "Vehicle registry API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Accepts certificate-of-destruction notices from licensed facilities.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used to reach owners.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(owner, portal, booking, scans, protocol="https")
tm.flow(portal, owner, booking_ack, protocol="https")
tm.flow(portal, case_db, booking)
tm.flow(portal, doc_store, scans)

tm.flow(clerk, console, intake, protocol="https", label="checks vehicle in")
tm.flow(console, case_db, intake)
tm.flow(case_db, console, booking, intake, notice, receipt)
tm.flow(console, agent, task, label="start deregistration")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, case_tool, tool_calls)
tm.flow(case_db, case_tool, booking, intake)
tm.flow(doc_store, case_tool, scans)
tm.flow(case_tool, agent, case_result)
tm.flow(case_tool, case_db, notice, receipt, label="saves draft and receipt")

tm.flow(agent, lookup_tool, tool_calls)
tm.flow(lookup_tool, registry, enquiry, protocol="https")
tm.flow(registry, lookup_tool, vehicle_details, protocol="https")
tm.flow(lookup_tool, agent, vehicle_details)

tm.flow(agent, filing_tool, notice)
tm.flow(filing_tool, console, notice, label="draft for approval")
tm.flow(manager, console, approval, protocol="https", label="approves notice")
tm.flow(console, filing_tool, approval)
tm.flow(filing_tool, registry, notice, protocol="https")
tm.flow(registry, filing_tool, receipt, protocol="https")
tm.flow(filing_tool, agent, receipt)

tm.flow(agent, email_tool, owner_email)
tm.flow(email_tool, mailer, owner_email, protocol="https")
tm.flow(mailer, owner, owner_email, protocol="smtp", label="certificate e-mail")
