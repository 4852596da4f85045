"""Harbour towage dispatch agent: the first design, before any security review.

Ship agents order tugs for arrivals, departures and shifts, either by e-mail to the
dispatch mailbox or as a tug request message in the port community system (PCS).
An LLM agent reads both, looks up the ship's position and berth window from the
harbour master's vessel traffic service (VTS) and the tug and crew roster, and
proposes which tugs and crews take the job. The duty dispatcher confirms the
proposal in the dispatch console; the job order then goes to the tug masters'
tablets and a confirmation goes back to the ship agent or the PCS. When the tug
master closes the job on the tablet, the agent raises an invoice in the cloud
accounting service. It runs in the company's cloud tenant with a hosted model.
Controls: TLS, a PCS client certificate, password sign-in on tablets and console,
the dispatcher's confirmation of every assignment, and database encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour towage dispatch agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that turns ship agents' tug requests into tug and crew "
    "assignments, job orders for the tugs and an invoice per job.",
)

# ---------------------------------------------------------------- data assets
email_request = tg.Data(
    "E-mailed tug request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Free-text e-mail, sometimes with a PDF pilot or berthing order attached.",
)
pcs_request = tg.Data(
    "PCS tug request message", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
confirmation = tg.Data(
    "Tug job confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the request, ship and berth data, roster and tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool calls", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
vts_data = tg.Data(
    "Ship positions and berth schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
roster = tg.Data(
    "Tug availability and crew roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Tugs in service, bollard pull, crew names, qualifications and rest hours.",
)
lookup_call = tg.Data("Schedule lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
lookup_result = tg.Data(
    "Schedule lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
proposal = tg.Data(
    "Proposed tug and crew assignment", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
assignment_approval = tg.Data(
    "Dispatcher assignment approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
dispatch_call = tg.Data("Job order tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
dispatch_result = tg.Data("Job order sent", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
job_record = tg.Data(
    "Towage job record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Ship, movement, berth, time, assigned tugs and crews, status, times worked.",
)
job_order = tg.Data(
    "Tug job order",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Ship, movement, meeting point, time, towing position, other tugs.",
)
timesheet = tg.Data(
    "Job completion timesheet",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Start and finish times, tug master's name, remarks.",
)
tablet_credentials = tg.Data(
    "Tablet sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
invoice_call = tg.Data(
    "Invoice tool call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
invoice_lines = tg.Data(
    "Invoice lines",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Customer, job reference, tugs, hours and tariff codes.",
)
invoice_result = tg.Data("Invoice number", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
invoice = tg.Data("Towage invoice", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Ship agents of the calling vessels; anyone can e-mail the dispatch address.
    ship_agent = tm.add(tg.Actor("Ship agent", role="shipping agent"))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Rugged tablets on each tug's bridge, on 4G in the harbour.
    tablets = tm.add(tg.Device("Tug master tablet", fleet=True))

with tm.boundary("Port community", trust=tg.Trust.PARTNER):
    # The port's shared messaging platform for ship calls and nautical services.
    pcs = tm.add(tg.ExternalService("Port community system"))
    # The harbour master's vessel traffic service: AIS positions and berth planning.
    vts = tm.add(
        tg.ExternalService("Vessel traffic service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Cloud vendors", trust=tg.Trust.PARTNER):
    # The hosted mailbox that receives tug requests and sends confirmations.
    mailbox = tm.add(tg.ExternalService("Dispatch mailbox"))
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Cloud accounting service that issues invoices to customers.
    accounting = tm.add(tg.ExternalService("Cloud accounting service"))

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Reads requests, plans the job, proposes assignments and raises invoices.
    agent = tm.add(
        tg.Agent(
            "Towage dispatch agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Read-only look-ups of VTS data and the tug and crew roster.
    lookup = tm.add(tg.Tool("Schedule lookup tool", capabilities={"read", "network-egress"}))
    # Records the confirmed assignment and pushes job orders and confirmations out.
    dispatch_tool = tm.add(
        tg.Tool(
            "Job order tool",
            capabilities={"write", "send-messages", "network-egress"},
            controls={
                c.HumanInTheLoop(
                    approver="duty dispatcher",
                    note="each tug and crew assignment is confirmed in the console before the job order is sent",
                )
            },
        )
    )
    # Creates the invoice for a closed job in the accounting service.
    invoice_tool = tm.add(tg.Tool("Invoicing tool", capabilities={"write", "network-egress"}))
    # Jobs, tug availability and crew rosters.
    jobs_db = tm.add(
        tg.DataStore(
            "Dispatch database",
            stores={job_record, roster, tablet_credentials},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # API the tablets fetch job orders from and post timesheets to.
    tablet_api = tm.add(
        tg.Endpoint(
            "Tablet job API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="username and password per tug master")},
        )
    )
    # Web console where the duty dispatcher reviews and confirms the agent's proposals.
    console = tm.add(
        tg.Service(
            "Dispatch console",
            controls={c.Authentication(method="company SSO"), c.RBAC()},
        )
    )

with tm.boundary("Dispatch office", trust=tg.Trust.INTERNAL):
    # The duty dispatcher on shift, who also edits the roster.
    dispatcher = tm.add(tg.Actor("Duty dispatcher", role="dispatcher"))

tls = c.EncryptionInTransit(protocol="TLS 1.2")

# ---------------------------------------------------------------- flows
# Requests in
tm.flow(ship_agent, mailbox, email_request, protocol="smtp")
tm.flow(mailbox, agent, email_request, protocol="https", controls={tls}, label="mailbox API")
tm.flow(
    pcs,
    agent,
    pcs_request,
    protocol="https",
    controls={tls, c.MutualAuthentication(note="PCS-issued client certificate")},
)

# Reasoning
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

# Look-ups
tm.flow(agent, lookup, lookup_call)
tm.flow(vts, lookup, vts_data, protocol="https", controls={tls})
tm.flow(jobs_db, lookup, roster, job_record)
tm.flow(lookup, agent, lookup_result)

# Proposal and the dispatcher's confirmation
tm.flow(agent, console, proposal)
tm.flow(console, dispatcher, proposal, protocol="https", controls={tls})
tm.flow(dispatcher, console, assignment_approval, protocol="https", controls={tls})
tm.flow(dispatcher, console, roster, protocol="https", controls={tls}, label="roster edits")
tm.flow(console, jobs_db, roster)
tm.flow(console, dispatch_tool, assignment_approval)

# Job order out
tm.flow(agent, dispatch_tool, dispatch_call)
tm.flow(dispatch_tool, jobs_db, job_record)
tm.flow(dispatch_tool, agent, dispatch_result)
tm.flow(jobs_db, tablet_api, job_order)
tm.flow(tablet_api, tablets, job_order, protocol="https", controls={tls})
tm.flow(dispatch_tool, pcs, confirmation, protocol="https", controls={tls})
tm.flow(dispatch_tool, mailbox, confirmation, protocol="https", controls={tls})
tm.flow(mailbox, ship_agent, confirmation, protocol="smtp")

# Job closed on the tug
tm.flow(tablets, tablet_api, tablet_credentials, protocol="https", controls={tls}, label="sign-in")
tm.flow(tablets, tablet_api, timesheet, protocol="https", controls={tls})
tm.flow(tablet_api, jobs_db, timesheet)

# Invoicing
tm.flow(jobs_db, agent, timesheet, job_record, label="closed jobs")
tm.flow(agent, invoice_tool, invoice_call)
tm.flow(invoice_tool, accounting, invoice_lines, protocol="https", controls={tls})
tm.flow(accounting, invoice_tool, invoice_result, protocol="https", controls={tls})
tm.flow(invoice_tool, agent, invoice_result)
tm.flow(accounting, ship_agent, invoice, protocol="smtp")
