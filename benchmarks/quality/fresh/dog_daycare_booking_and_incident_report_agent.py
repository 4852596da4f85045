"""Dog daycare booking and incident-report agent: the first design, before any security review.

A chain of dog daycare centres in the Netherlands and Belgium lets owners book day
places through a chat on its customer portal. An LLM agent running in the chain's
cloud account answers the owner, checks the dog's vaccination certificates (which
owners upload as photos or PDFs) and books the place through a booking tool.
When something happens at a centre (a scuffle, a minor injury), staff type notes
into the staff app on the site tablet; the agent drafts an incident report to the
owner from those notes, and the site manager reviews and approves it in the staff
app before the agent sends it with its e-mail tool through an e-mail provider.
The language model is a vendor's hosted API. Owners sign in with e-mail and
password over HTTPS; staff sign in with the company's Google Workspace accounts;
the customer database is encrypted at rest by the cloud provider; the agent has
a step limit per conversation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog daycare booking and incident-report agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat booking with vaccination checks, and LLM-drafted incident reports to owners.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Owner chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking requests and questions: dates, dog's name, centre.",
)
chat_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
certificates = tg.Data(
    "Vaccination certificates",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Photos or PDFs of the dog's vaccination booklet, with the owner's name and address.",
)
profiles = tg.Data(
    "Owner and dog profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
    description="Contact details, dog details, vaccination expiry dates, behaviour notes.",
)
bookings = tg.Data("Bookings", kind="records", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the conversation or staff notes, and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
vaccination_call = tg.Data("Vaccination lookup call", kind="tool-call")
vaccination_result = tg.Data(
    "Vaccination lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
incident_notes = tg.Data(
    "Staff incident notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text notes by the carers on what happened, which dogs, any injury.",
)
report_draft = tg.Data("Incident report draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_report = tg.Data(
    "Approved incident report", kind="documents", sensitivity=tg.Sensitivity.PII
)
report_email = tg.Data("Incident report e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dog owners booking places and receiving incident reports.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; also reads the certificate images.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the reports to owners.
    email_provider = tm.add(tg.ExternalService("Transactional e-mail service", provides="generic"))

with tm.boundary("Daycare cloud account", trust=tg.Trust.INTERNAL):
    # The customer portal owners chat and upload certificates through.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that books places and drafts incident reports.
    agent = tm.add(
        tg.Agent(
            "Daycare agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=20)},
            description="Books places for owners and drafts incident reports for managers.",
        )
    )
    # Creates, moves and cancels bookings in the customer database.
    booking_tool = tm.add(
        tg.Tool("Booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Fetches the dog's vaccination certificates and recorded expiry dates.
    vaccination_tool = tm.add(
        tg.Tool("Vaccination lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Sends approved incident reports to the owner's e-mail address.
    email_tool = tm.add(
        tg.Tool(
            "Owner e-mail tool",
            capabilities={"send-messages"},
            origin="first-party",
            controls={
                c.HumanInTheLoop(
                    approver="the site manager, who reviews and approves each incident report"
                )
            },
        )
    )
    # Owners, dogs, vaccination expiry dates and bookings for every centre.
    customer_db = tm.add(
        tg.DataStore(
            "Customer database",
            stores={profiles, bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage for the uploaded vaccination certificates.
    certificate_store = tm.add(tg.DataStore("Certificate uploads bucket", stores={certificates}))
    # The carers' notes on incidents, kept per centre.
    incident_log = tm.add(tg.DataStore("Incident log", stores={incident_notes, approved_report}))
    # The web app on the centre tablets for notes, drafts and approvals.
    staff_app = tm.add(
        tg.Endpoint(
            "Staff app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO"), c.RBAC()},
        )
    )

with tm.boundary("Daycare centres", trust=tg.Trust.INTERNAL):
    # Carers who write incident notes during the day.
    carer = tm.add(tg.Actor("Daycare carer", role="staff"))
    # The site manager who reviews and approves each incident report.
    manager = tm.add(tg.Actor("Site manager", role="site manager"))

# ---------------------------------------------------------------- flows
# booking conversation
tm.flow(owner, portal, chat_message, protocol="https")
tm.flow(owner, portal, certificates, protocol="https", label="certificate upload")
tm.flow(portal, certificate_store, certificates)
tm.flow(portal, agent, chat_message)
tm.flow(agent, portal, chat_reply)
tm.flow(portal, owner, chat_reply, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, vaccination_tool, vaccination_call)
tm.flow(certificate_store, vaccination_tool, certificates)
tm.flow(customer_db, vaccination_tool, profiles)
tm.flow(vaccination_tool, agent, vaccination_result, certificates)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, customer_db, bookings, profiles, label="bookings and expiry dates")
tm.flow(customer_db, booking_tool, bookings, profiles)
tm.flow(booking_tool, agent, booking_result)

# incident reports
tm.flow(carer, staff_app, incident_notes, protocol="https")
tm.flow(staff_app, incident_log, incident_notes)
tm.flow(staff_app, agent, incident_notes, label="draft request")
tm.flow(agent, staff_app, report_draft)
tm.flow(staff_app, manager, report_draft, protocol="https")
tm.flow(manager, staff_app, approved_report, protocol="https", label="edits and approves")
tm.flow(staff_app, incident_log, approved_report)
tm.flow(staff_app, agent, approved_report, label="approval resumes the agent")
tm.flow(agent, email_tool, approved_report)
tm.flow(email_tool, email_provider, report_email, protocol="https")
tm.flow(email_provider, owner, report_email, protocol="smtp")
