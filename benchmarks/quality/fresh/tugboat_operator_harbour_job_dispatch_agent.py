"""Harbour towage job dispatch agent: the first design, before any security review.

A harbour towage company takes tug bookings from shipping agents, who either
e-mail the shared bookings mailbox or enter the job in the company's booking
portal. A dispatch agent built on a hosted LLM reads each new booking, looks up
tidal windows, and assigns tugs and crews from the roster, respecting the crew
rest-hour rules that the scheduling tool enforces. The duty dispatcher in the
operations room approves each proposed allocation before the agent e-mails the
confirmation back to the shipping agent. Tug masters report job start and finish
times from a tablet on board; after the job the agent writes the invoice straight
into the company's cloud accounting system. Everything except the mailbox, the
LLM and the accounting package runs in the company's cloud tenancy; the portal
uses e-mail and password sign-in, and the agent's actions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour towage job dispatch agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Books tugs and crews for ship movements from e-mail and portal requests, "
    "confirms them to shipping agents and raises the invoices.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Tug booking request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel, berth, ETA, tugs wanted, agent's contact details.",
)
booking_email = tg.Data(
    "Booking e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mail from a shipping agent, sometimes with a PDF attached.",
)
booking_status = tg.Data("Booking status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
jobs = tg.Data(
    "Towage jobs",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tide_predictions = tg.Data("Tidal predictions", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tide_query = tg.Data("Tidal window query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
crew_roster = tg.Data(
    "Crew roster and rest hours",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
crew_assignment = tg.Data("Crew assignment", kind="tool-call", sensitivity=tg.Sensitivity.PII)
assignment_result = tg.Data("Assignment result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Dispatch prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the booking, tidal windows and available crews.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
proposed_allocation = tg.Data(
    "Proposed tug allocation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dispatcher_approval = tg.Data(
    "Dispatcher approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
job_times = tg.Data(
    "Job start and finish times", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
invoice = tg.Data(
    "Towage invoice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
invoice_ref = tg.Data("Invoice reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff of shipping agencies who order tugs for their principals' vessels.
    shipping_agent = tm.add(tg.Actor("Shipping agent", role="customer"))
    # Tablets on the tugs' bridges, used by tug masters over 4G.
    tug_tablet = tm.add(
        tg.Device("Tug master tablet", description="Crew app reporting job start and finish.")
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared bookings@ mailbox the shipping agents have always e-mailed.
    mailbox = tm.add(
        tg.ExternalService(
            "Bookings mailbox", description="Shared Exchange Online mailbox for bookings."
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the dispatch agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # The company's existing cloud accounting package; invoices are raised here.
    accounting = tm.add(
        tg.ExternalService("Cloud accounting system", description="Sales ledger and invoicing.")
    )

with tm.boundary("Hydrographic data provider", trust=tg.Trust.PARTNER):
    # Licensed tidal predictions for the harbour's ports of reference.
    tide_feed = tm.add(
        tg.DataSource("Tidal prediction feed", origin=tg.Origin.VENDOR, provides={tide_predictions})
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Web portal and API where shipping agents book tugs and tablets report job times.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="shipping agents: e-mail and password; tablets: per-tablet API key"
                ),
                c.InputValidation(note="booking form fields are type- and range-checked"),
            },
        )
    )
    # The LLM agent that turns bookings into tug and crew allocations.
    agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="duty dispatcher",
                    note="the dispatcher approves each tug and crew allocation before it is confirmed",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Bookings, allocations and job times: the operational record of every job.
    jobs_db = tm.add(tg.DataStore("Jobs database", stores={jobs, booking_request, job_times}))
    # Who is on which tug, on watch or resting.
    roster_db = tm.add(tg.DataStore("Crew roster database", stores={crew_roster}))
    # Read-only tool giving the agent tidal windows for a movement.
    tide_tool = tm.add(tg.Tool("Tide window lookup", capabilities={"read"}))
    # Writes crew assignments to the roster; refuses any that breaks the rest-hour rules.
    crew_tool = tm.add(
        tg.Tool(
            "Crew scheduling tool",
            capabilities={"read", "write"},
            controls={c.PolicyEnforcement(rules="minimum rest hours and maximum watch length")},
        )
    )
    # Sends the confirmation e-mail from the bookings mailbox.
    email_tool = tm.add(tg.Tool("Confirmation e-mail tool", capabilities={"send-messages"}))
    # Creates the invoice for a finished job in the accounting package.
    invoice_tool = tm.add(tg.Tool("Invoice tool", capabilities={"write"}))

with tm.boundary("Operations room", trust=tg.Trust.INTERNAL):
    # The duty dispatcher who has always planned the tugs; now reviews the agent's plans.
    dispatcher = tm.add(tg.Actor("Duty dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
# Bookings in
tm.flow(shipping_agent, portal, booking_request, protocol="https")
tm.flow(portal, shipping_agent, booking_status, protocol="https")
tm.flow(shipping_agent, mailbox, booking_email, protocol="smtp")
tm.flow(mailbox, agent, booking_email, protocol="https", label="Graph API poll")
tm.flow(portal, jobs_db, booking_request)
tm.flow(jobs_db, portal, booking_status)

# Planning
tm.flow(jobs_db, agent, jobs, booking_request, job_times)
tm.flow(agent, jobs_db, jobs, label="allocation and status")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(tide_feed, tide_tool, tide_predictions, protocol="https", label="daily download")
tm.flow(agent, tide_tool, tide_query)
tm.flow(tide_tool, agent, tide_predictions)
tm.flow(agent, crew_tool, crew_assignment)
tm.flow(crew_tool, roster_db, crew_assignment)
tm.flow(roster_db, crew_tool, crew_roster)
tm.flow(crew_tool, agent, assignment_result)

# Approval and confirmation
tm.flow(agent, dispatcher, proposed_allocation, protocol="https", label="dispatch console")
tm.flow(dispatcher, agent, dispatcher_approval, protocol="https", label="dispatch console")
tm.flow(agent, email_tool, confirmation)
tm.flow(email_tool, mailbox, confirmation, protocol="https")
tm.flow(mailbox, shipping_agent, confirmation, protocol="smtp")

# Job completion and invoicing
tm.flow(tug_tablet, portal, job_times, protocol="https")
tm.flow(portal, jobs_db, job_times)
tm.flow(agent, invoice_tool, invoice)
tm.flow(invoice_tool, accounting, invoice, protocol="https")
tm.flow(accounting, invoice_tool, invoice_ref, protocol="https")
tm.flow(invoice_tool, agent, invoice_ref)
