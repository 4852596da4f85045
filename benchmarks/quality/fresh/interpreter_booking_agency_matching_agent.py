"""Interpreter booking agency: LLM matching agent, first design before security review.

Hospitals and courts ask for interpreters through the agency's client portal,
giving the language, date, place and the security clearance the job needs. An
LLM agent in the agency's cloud tenancy reads each request, shortlists
freelancers from the freelancer directory by language, distance and clearance,
and offers the job by text message through an SMS gateway provider. The first
freelancer who replies YES gets the job, and the agent confirms the booking in
the agency's booking system, which shows it to the client. A hosted LLM vendor
runs the model. Freelancers use a portal to keep their profile and bank details
up to date and to submit timesheets; a monthly pay run pays them from the
approved timesheets through the agency's bank. Client and freelancer portals
sign in with e-mail and password, traffic is HTTPS, the directory is encrypted
at rest, the agent has a step limit, and finance approves each pay run.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Interpreter booking matching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent matching hospital and court interpreter requests with freelancers.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Interpreting request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Language, date, venue, required clearance; may name the patient or defendant.",
)
profiles = tg.Data(
    "Freelancer profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, mobile number, languages, home area, clearance level and expiry.",
)
bank_details = tg.Data(
    "Freelancer bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request and the candidate freelancers' profiles.",
)
completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
offer_call = tg.Data("Job offer tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
job_offer = tg.Data("Job offer text message", sensitivity=tg.Sensitivity.PII)
sms_reply = tg.Data("Freelancer SMS reply", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Booking confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
timesheets = tg.Data(
    "Timesheets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_file = tg.Data("Monthly payment file", kind="records", sensitivity=tg.Sensitivity.PII)
pay_run_approval = tg.Data("Pay run approval", kind="records")
sms_api_key = tg.Data("SMS gateway API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Booking staff at hospitals and courts who raise interpreting requests.
    client = tm.add(tg.Actor("Hospital or court booking officer", role="client"))
    # Self-employed interpreters; they get offers on their own phones.
    freelancer = tm.add(tg.Actor("Freelance interpreter", role="freelancer"))

with tm.boundary("SMS gateway provider", trust=tg.Trust.PARTNER):
    # Sends job offers as texts and forwards replies to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the matching agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("Agency bank", trust=tg.Trust.PARTNER):
    # Pays the freelancers from the agency's account.
    bank = tm.add(tg.ExternalService("Agency bank payments API"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where clients submit requests and see confirmed bookings.
    client_portal = tm.add(
        tg.Endpoint(
            "Client booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Where freelancers maintain their profile and bank details and submit timesheets.
    freelancer_portal = tm.add(
        tg.Endpoint(
            "Freelancer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Receives the freelancers' text replies from the SMS gateway.
    sms_inbound = tm.add(tg.Endpoint("SMS reply webhook", purpose=tg.EndpointPurpose.API))
    # The LLM agent that shortlists, offers and books.
    agent = tm.add(
        tg.Agent(
            "Matching agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Matches by language, distance and clearance; books the first YES.",
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Lets the agent text job offers to shortlisted freelancers.
    offer_tool = tm.add(
        tg.Tool(
            "Send job offer tool",
            capabilities={"send-messages"},
            controls={c.SecretsManagement(note="SMS API key in the cloud secret store")},
        )
    )
    # Lets the agent write confirmed bookings.
    booking_tool = tm.add(tg.Tool("Confirm booking tool", capabilities={"read", "write"}))
    # Who can interpret what, where, and with which clearance.
    directory = tm.add(
        tg.DataStore(
            "Freelancer directory",
            stores={profiles, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # The agency's system of record for bookings and timesheets.
    booking_system = tm.add(
        tg.DataStore(
            "Booking system",
            stores={request, booking, timesheets},
            controls={c.RBAC(), c.AuditLogging(retention_days=2190)},
        )
    )
    # Monthly job that turns approved timesheets into payments.
    pay_run = tm.add(
        tg.Service(
            "Monthly pay run",
            controls={c.HumanInTheLoop(approver="finance officer")},
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Watches bookings, fixes mismatches and approves timesheets.
    coordinator = tm.add(tg.Actor("Booking coordinator", role="staff"))
    # Approves the monthly pay run.
    finance = tm.add(tg.Actor("Finance officer", role="finance", privileged=True))

# ---------------------------------------------------------------- flows
# Requests in, bookings back out.
tm.flow(client, client_portal, request, protocol="https")
tm.flow(client_portal, booking_system, request)
tm.flow(client_portal, agent, request, label="new request")
tm.flow(booking_system, client_portal, booking)
tm.flow(client_portal, client, booking, protocol="https")

# Matching with the LLM.
tm.flow(directory, agent, profiles, label="candidate lookup")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Offering the job by text.
tm.flow(agent, offer_tool, offer_call)
tm.flow(offer_tool, sms_gateway, job_offer, sms_api_key, protocol="https")
tm.flow(sms_gateway, freelancer, job_offer, protocol="sms")
tm.flow(freelancer, sms_gateway, sms_reply, protocol="sms")
tm.flow(sms_gateway, sms_inbound, sms_reply, protocol="https", label="inbound SMS webhook")
tm.flow(sms_inbound, agent, sms_reply)

# Confirming the booking.
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_system, booking)
tm.flow(booking_system, booking_tool, booking, label="booking status")

# Freelancer self-service.
tm.flow(freelancer, freelancer_portal, profiles, bank_details, timesheets, protocol="https")
tm.flow(freelancer_portal, freelancer, profiles, booking, protocol="https")
tm.flow(freelancer_portal, directory, profiles, bank_details)
tm.flow(directory, freelancer_portal, profiles)
tm.flow(freelancer_portal, booking_system, timesheets)
tm.flow(booking_system, freelancer_portal, booking)

# Agency staff.
tm.flow(
    coordinator, booking_system, booking, timesheets, protocol="https", label="edits and approvals"
)
tm.flow(booking_system, coordinator, request, booking, timesheets, protocol="https")

# Paying freelancers.
tm.flow(booking_system, pay_run, timesheets, label="approved timesheets")
tm.flow(directory, pay_run, bank_details)
tm.flow(finance, pay_run, pay_run_approval, protocol="https")
tm.flow(pay_run, bank, payment_file, protocol="https")
