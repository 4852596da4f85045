"""Court interpreter booking agent: the first design, before any security review.

A courts service books freelance interpreters for hearings with an LLM agent. Each
morning the agent reads the coming hearing lists from the case management system,
works out which hearings need an interpreter, and searches the interpreter register
for people with the right language, security clearance and location. It offers the
booking by e-mail and SMS through a notification provider, records offers in the
booking records, and once an interpreter accepts in the interpreter portal it writes
the booking back to the case system. Listing officers use a booking console for
cancellations and complaints. Interpreters sign in to the portal to accept offers
and submit invoices, which go to the finance system for payment. The agent runs in
the courts' cloud tenancy and calls a hosted LLM; it has a step limit, its actions
are logged, and its case-system connector can only write interpreter booking fields.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court interpreter booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that matches and books freelance interpreters for court hearings.",
)

# ---------------------------------------------------------------- data assets
hearing_list = tg.Data(
    "Hearing list",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Court, date, case number, party names, charges and language needs.",
)
case_query = tg.Data("Case system query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
booking_update = tg.Data(
    "Interpreter booking update", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.REGULATED, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
criteria = tg.Data(
    "Interpreter search criteria", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
profiles = tg.Data(
    "Interpreter profiles",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, contact details, languages, qualifications, clearance level, availability.",
)
offer_request = tg.Data(
    "Booking offer request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
offer = tg.Data(
    "Booking offer",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Interpreter, court, hearing date and time, language, link to the portal.",
)
offer_message = tg.Data("Booking offer message", sensitivity=tg.Sensitivity.PII, kind="documents")
acceptance = tg.Data("Offer acceptance", sensitivity=tg.Sensitivity.PII, kind="records")
offer_status = tg.Data("Offer status", sensitivity=tg.Sensitivity.PII, kind="tool-result")
portal_sign_in = tg.Data(
    "Portal sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
invoice = tg.Data(
    "Interpreter invoices",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Hours, mileage and fees per booking; uploaded as PDF or entered in a form.",
)
payment_status = tg.Data("Payment status", sensitivity=tg.Sensitivity.PII, kind="records")
confirmed = tg.Data("Confirmed bookings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
complaint = tg.Data("Complaints", sensitivity=tg.Sensitivity.PII, kind="documents")
cancellation = tg.Data(
    "Booking cancellations", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance interpreters on the register, on their own phones and computers.
    interpreter = tm.add(tg.Actor("Freelance interpreter", role="interpreter"))

with tm.boundary("Court staff network", trust=tg.Trust.INTERNAL):
    # Court staff who handle cancellations and complaints about bookings.
    officer = tm.add(tg.Actor("Listing officer", role="listing officer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with, in the vendor's UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="government cloud framework vetting")},
        )
    )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Government notification service that sends the e-mails and text messages.
    notify = tm.add(tg.ExternalService("E-mail and SMS gateway"))

with tm.boundary("Finance shared services", trust=tg.Trust.INTERNAL):
    # Pays interpreter invoices after matching them to confirmed bookings.
    finance = tm.add(tg.Service("Finance system"))

with tm.boundary("Courts cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web portal where interpreters accept offers and submit invoices.
    portal = tm.add(
        tg.Endpoint(
            "Interpreter portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Internal screen for listing officers: bookings, cancellations, complaints.
    console = tm.add(
        tg.Endpoint(
            "Booking console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff single sign-on with MFA"), c.RBAC()},
        )
    )
    # The LLM agent that plans and carries out each booking without a person approving it.
    agent = tm.add(
        tg.Agent(
            "Interpreter booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Connector to the case system API: reads hearing lists, writes interpreter bookings.
    case_tool = tm.add(
        tg.Tool(
            "Case system connector",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(
                    note="service account may write interpreter booking fields only"
                )
            },
        )
    )
    # Searches the register by language, clearance, location and availability.
    register_tool = tm.add(tg.Tool("Interpreter register search", capabilities={"read"}))
    # Records offers, sends them out, and reads back acceptances and cancellations.
    offer_tool = tm.add(
        tg.Tool("Booking offer tool", capabilities={"read", "write", "send-messages"})
    )
    # Offers, acceptances, confirmed bookings, cancellations and complaints.
    booking_db = tm.add(
        tg.DataStore(
            "Booking records",
            stores={offer, acceptance, confirmed, cancellation, complaint},
        )
    )

    with tm.boundary("Courts data", trust=tg.Trust.RESTRICTED):
        # System of record for cases, hearings and who is booked to attend them.
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={hearing_list, booking_update},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )
        # Register of approved freelance interpreters and their clearances.
        register = tm.add(
            tg.DataStore(
                "Interpreter register",
                stores={profiles},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# reading hearing lists and writing bookings back
tm.flow(agent, case_tool, case_query)
tm.flow(case_tool, case_system, case_query, protocol="https")
tm.flow(case_system, case_tool, hearing_list, protocol="https")
tm.flow(case_tool, agent, hearing_list)
tm.flow(agent, case_tool, booking_update, label="write booking")
tm.flow(case_tool, case_system, booking_update, protocol="https", label="write booking")

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# matching interpreters
tm.flow(agent, register_tool, criteria)
tm.flow(register_tool, register, criteria)
tm.flow(register, register_tool, profiles)
tm.flow(register_tool, agent, profiles)

# offers
tm.flow(agent, offer_tool, offer_request)
tm.flow(offer_tool, booking_db, offer)
tm.flow(booking_db, offer_tool, acceptance, cancellation)
tm.flow(offer_tool, agent, offer_status)
tm.flow(offer_tool, notify, offer_message, protocol="https")
tm.flow(notify, interpreter, offer_message, protocol="smtp", label="e-mail")
tm.flow(notify, interpreter, offer_message, protocol="sms", label="text message")

# interpreter portal
tm.flow(interpreter, portal, portal_sign_in, acceptance, invoice, complaint, protocol="https")
tm.flow(portal, interpreter, offer, payment_status, protocol="https")
tm.flow(booking_db, portal, offer)
tm.flow(portal, booking_db, acceptance, complaint)
tm.flow(portal, finance, invoice, protocol="https")
tm.flow(finance, portal, payment_status, protocol="https")
tm.flow(booking_db, finance, confirmed, protocol="https", label="invoice matching")

# listing officers
tm.flow(officer, console, cancellation, protocol="https")
tm.flow(console, officer, confirmed, complaint, protocol="https")
tm.flow(booking_db, console, confirmed, complaint)
tm.flow(console, booking_db, cancellation)
