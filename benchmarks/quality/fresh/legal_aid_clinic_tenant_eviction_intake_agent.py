"""Tenant eviction intake agent for a legal aid clinic: the first design.

Tenants facing eviction reach the clinic by SMS (through a hosted SMS provider)
or by the web chat on the clinic's website. An intake agent, built on a hosted
LLM, asks about their situation, collects photos or PDFs of the notices and
tenancy agreements they hold, checks them against the clinic's eligibility
criteria (income, area, type of tenancy) and books a slot with a volunteer
solicitor in the clinic's hosted appointment scheduler. It then opens a case in
the case management system with the documents and its own summary. Volunteer
solicitors, who work from their own firms, sign in to a solicitor portal to read
the case file before the appointment. Everything of ours runs in the clinic's
cloud tenancy. The design has TLS on web traffic, rate limits and file checks
on the intake gateway, MFA for solicitors, role-based access and audit logging
on case files, and a data processing agreement with the LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal aid clinic tenant eviction intake agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "SMS and web chat intake for tenants facing eviction: eligibility check, "
        "document collection and booking of a volunteer solicitor."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Tenant message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the tenant writes: landlord, arrears, household, health, deadlines.",
)
documents = tg.Data(
    "Eviction notices and tenancy agreements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photos and PDFs of section 21/8 notices, court papers and leases.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Intake prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and the uploaded documents.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
eligibility_query = tg.Data(
    "Eligibility answers",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Household income, benefits, postcode and tenancy type as the agent understood them.",
)
eligibility_result = tg.Data(
    "Eligibility result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
slot_booking = tg.Data(
    "Solicitor appointment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Slot, tenant name and phone number, and the volunteer it is booked with.",
)
rota = tg.Data("Volunteer availability rota", kind="records", sensitivity=tg.Sensitivity.PII)
case_request = tg.Data("New case with summary", kind="tool-call", sensitivity=tg.Sensitivity.PII)
case_file = tg.Data(
    "Case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Legally privileged: facts, documents, deadlines and solicitor notes.",
)
summary = tg.Data(
    "Agent case summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The agent's account of the facts, the key dates and the notice type.",
)
solicitor_notes = tg.Data("Solicitor advice notes", kind="records", sensitivity=tg.Sensitivity.PII)
criteria = tg.Data(
    "Eligibility criteria",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Income thresholds, covered postcodes and tenancy types the clinic takes.",
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone or a browser can start an intake conversation.
    tenant = tm.add(tg.Actor("Tenant", role="member of the public"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Hosted SMS number: relays texts to our webhook and sends our replies.
    sms = tm.add(
        tg.ExternalService(
            "SMS provider",
            description="Hosted SMS number; posts inbound texts to the intake gateway.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent runs on; the clinic has no GPUs of its own.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with image input, called over the vendor API.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed; vendor contract says no training on our data"
                )
            },
        )
    )

with tm.boundary("Scheduling SaaS", trust=tg.Trust.PARTNER):
    # Off-the-shelf appointment scheduler the clinic already used for phone bookings.
    scheduler = tm.add(
        tg.ExternalService(
            "Appointment scheduler",
            description="Volunteer availability is set up here by the coordinator; e-mails volunteers on booking.",
        )
    )

with tm.boundary("Clinic cloud tenancy", trust=tg.Trust.INTERNAL):
    # Single entry point for web chat, SMS webhooks and document uploads.
    gateway = tm.add(
        tg.Endpoint(
            "Intake gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Serves the web chat, receives the SMS webhook and accepts uploads.",
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to JPEG, PNG and PDF under 10 MB"),
            },
        )
    )
    # The LLM agent that runs the intake conversation and takes the actions.
    agent = tm.add(
        tg.Agent(
            "Intake agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Asks the intake questions, checks eligibility, books a slot and opens the case.",
        )
    )
    # Holds what tenants upload until a solicitor has seen it.
    doc_store = tm.add(
        tg.DataStore(
            "Tenant document store",
            stores={documents},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Applies the clinic's criteria to what the tenant said.
    eligibility = tm.add(
        tg.Tool(
            "Eligibility checker",
            capabilities={"read"},
            description="Compares income, postcode and tenancy type with the configured criteria.",
        )
    )
    # Lets the agent book a volunteer slot in the scheduler.
    booking = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Lists free slots and books one through the scheduler's API.",
        )
    )
    # Lets the agent open a case and attach its summary and the documents.
    case_tool = tm.add(tg.Tool("Case file tool", capabilities={"write"}))
    # The clinic's record of every matter.
    case_db = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_file, summary, solicitor_notes},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="volunteers see the cases booked with them; coordinator sees all"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Where volunteer solicitors read the case before and after the appointment.
    portal = tm.add(
        tg.Endpoint(
            "Solicitor portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Entra ID guest accounts with MFA"),
                c.RBAC(),
            },
        )
    )
    # Full conversations, kept for quality review and complaints.
    logs = tm.add(tg.DataStore("Conversation log", stores={transcripts}))

with tm.boundary("Volunteer firms", trust=tg.Trust.PARTNER):
    # Solicitors from local firms who give time to the clinic, on their firms' laptops.
    solicitor = tm.add(tg.Actor("Volunteer solicitor", role="solicitor"))

with tm.boundary("Clinic office", trust=tg.Trust.INTERNAL):
    # Runs the rota, maintains the criteria and administers the accounts.
    coordinator = tm.add(tg.Actor("Clinic coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
# web chat
tm.flow(tenant, gateway, message, documents, protocol="https", label="web chat and uploads")
tm.flow(gateway, tenant, reply, protocol="https")

# SMS
tm.flow(tenant, sms, message, protocol="sms")
tm.flow(sms, gateway, message, protocol="https", label="inbound SMS webhook")
tm.flow(gateway, sms, reply, protocol="https")
tm.flow(sms, tenant, reply, protocol="sms")

# conversation
tm.flow(gateway, doc_store, documents, label="uploaded files")
tm.flow(gateway, agent, message)
tm.flow(agent, gateway, reply)
tm.flow(doc_store, agent, documents)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, logs, transcripts)

# eligibility
tm.flow(agent, eligibility, eligibility_query)
tm.flow(eligibility, agent, eligibility_result)
tm.flow(coordinator, eligibility, criteria, protocol="https", label="criteria updates")

# booking
tm.flow(agent, booking, booking_request)
tm.flow(booking, agent, booking_confirmation)
tm.flow(booking, scheduler, slot_booking, protocol="https")
tm.flow(
    scheduler, booking, rota, slot_booking, protocol="https", label="free slots and confirmation"
)
tm.flow(coordinator, scheduler, rota, protocol="https")
tm.flow(scheduler, solicitor, slot_booking, protocol="smtp", label="booking e-mail")

# case file
tm.flow(agent, case_tool, case_request)
tm.flow(case_tool, case_db, case_file, summary)
tm.flow(case_db, portal, case_file, summary, solicitor_notes)
tm.flow(doc_store, portal, documents)
tm.flow(portal, solicitor, case_file, summary, documents, protocol="https")
tm.flow(solicitor, portal, solicitor_notes, protocol="https")
tm.flow(portal, case_db, solicitor_notes)
tm.flow(portal, coordinator, case_file, summary, protocol="https", label="case administration")
