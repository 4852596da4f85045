"""Bus driver rota swap agent: the first design, before any security review.

Bus drivers open the staff app on their phones and ask an assistant, in plain
words, to swap a shift with a colleague or to request leave. The assistant is an
LLM agent run by our operations IT team in the company cloud, using a hosted LLM.
It looks up the driver's duties, legal driving-hours limits and depot cover in the
scheduling system, proposes a swap to the other driver through the staff app, and
books the change in the scheduling system once both drivers have accepted. Drivers
sign in through the company SSO with their staff number and password.
Depot controllers see every change made by the agent on their console in the depot
and can reverse it; the scheduling system keeps a change history. Payroll, run by
an outsourced payroll provider, collects the final rota each night over SFTP.
Conversations are logged for support.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus driver rota swap agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An agent in the staff app that arranges shift swaps and leave for bus drivers.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Driver swap or leave request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the driver types: the shift, the colleague, dates, sometimes a reason.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("Staff identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
prompt = tg.Data(
    "Agent prompt with rota context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation and the duties and check results fetched so far.",
)
completion = tg.Data(
    "LLM completion and tool choices", kind="model-output", sensitivity=tg.Sensitivity.PII
)
check_call = tg.Data("Hours and cover lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
check_result = tg.Data(
    "Driving hours and depot cover result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Hours driven and rest taken by both drivers, and cover per depot for the day.",
)
rota = tg.Data(
    "Driver rota and duties",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
leave = tg.Data("Leave records", kind="records", sensitivity=tg.Sensitivity.PII)
proposal = tg.Data("Swap proposal", kind="records", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data("Swap acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking instruction", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booked_change = tg.Data("Booked rota change", kind="records", sensitivity=tg.Sensitivity.PII)
reversal = tg.Data("Controller reversal", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payroll_rota = tg.Data(
    "Final rota for payroll",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hours worked, overtime and leave per driver for the pay period.",
)
conversation_log = tg.Data("Conversation logs", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The driver asking for a swap or leave, from their own phone.
    driver = tm.add(tg.Actor("Requesting driver", role="bus driver"))
    # The colleague asked to take the other shift; accepts or declines in the app.
    colleague = tm.add(tg.Actor("Colleague driver", role="bus driver"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Company SSO, a SaaS identity provider, signs staff in to the staff app.
    idp = tm.add(
        tg.ExternalService(
            "Staff SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="staff number and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Payroll provider", trust=tg.Trust.PARTNER):
    # Outsourced payroll: pays drivers from the final rota.
    payroll = tm.add(tg.ExternalService("Payroll system"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Backend of the staff app: the drivers' way in to the agent.
    app_api = tm.add(
        tg.Endpoint(
            "Staff app backend",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="SSO token from staff number and password")},
        )
    )
    # The LLM agent that talks to the driver and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Rota swap agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="both drivers accept the swap in the app before booking"),
            },
        )
    )
    # Read-only lookup of driving hours, rest and depot cover in the scheduling system.
    hours_tool = tm.add(tg.Tool("Driving hours and cover check", capabilities={"read"}))
    # Sends the swap proposal to the colleague's staff app.
    proposal_tool = tm.add(tg.Tool("Swap proposal sender", capabilities={"send-messages"}))
    # Writes the agreed swap or the leave booking into the scheduling system.
    booking_tool = tm.add(tg.Tool("Rota booking tool", capabilities={"read", "write"}))
    # Conversations kept for support and disputes.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={conversation_log}))

with tm.boundary("Depot operations network", trust=tg.Trust.INTERNAL):
    # The scheduling system of record for duties, rotas and leave.
    scheduling = tm.add(
        tg.Service(
            "Scheduling system",
            controls={c.AuditLogging(note="change history of every duty and leave change")},
        )
    )
    # Its database of duties, rotas and leave.
    rota_db = tm.add(
        tg.DataStore(
            "Rota database",
            stores={rota, leave},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Console where depot controllers watch and reverse changes.
    console = tm.add(tg.Service("Depot controller console", controls={c.RBAC()}))
    # Depot controller who oversees cover and can undo any change.
    controller = tm.add(tg.Actor("Depot controller", role="depot controller", privileged=True))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2")}

# Sign-in
tm.flow(driver, idp, sign_in, protocol="https", controls=tls)
tm.flow(idp, app_api, id_token, protocol="https", controls=tls)

# Conversation
tm.flow(driver, app_api, request, protocol="https", controls=tls)
tm.flow(app_api, driver, reply, protocol="https", controls=tls)
tm.flow(app_api, agent, request)
tm.flow(agent, app_api, reply)
tm.flow(agent, llm, prompt, protocol="https", controls=tls)
tm.flow(llm, agent, completion, protocol="https", controls=tls)
tm.flow(agent, log_store, conversation_log)

# Checks
tm.flow(agent, hours_tool, check_call)
tm.flow(hours_tool, agent, check_result)
tm.flow(hours_tool, scheduling, check_call, protocol="https")
tm.flow(scheduling, hours_tool, check_result, protocol="https")

# Proposal and acceptance
tm.flow(agent, proposal_tool, proposal)
tm.flow(proposal_tool, colleague, proposal, protocol="https", label="push notification")
tm.flow(colleague, app_api, acceptance, protocol="https", controls=tls)
tm.flow(app_api, agent, acceptance)

# Booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, scheduling, booked_change, protocol="https")
tm.flow(scheduling, booking_tool, booked_change, protocol="https", label="confirmation")
tm.flow(booking_tool, agent, booked_change)
tm.flow(scheduling, rota_db, rota, leave)
tm.flow(rota_db, scheduling, rota, leave)

# Oversight
tm.flow(scheduling, console, booked_change, rota)
tm.flow(console, controller, booked_change, rota)
tm.flow(controller, console, reversal)
tm.flow(console, scheduling, reversal)

# Payroll
tm.flow(scheduling, payroll, payroll_rota, protocol="sftp", label="nightly export")
