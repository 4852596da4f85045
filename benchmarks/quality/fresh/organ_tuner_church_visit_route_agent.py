"""Church visit route agent: the first design, before any security review.

An organ-tuning firm with six tuners looks after organs in some 300 churches.
Parish contacts (churchwardens, vicars' secretaries, organists) e-mail the firm's
bookings mailbox about service dates to avoid, who holds the keys and how to get in.
A scheduling agent on the firm's cloud VM reads that mailbox, looks up each church
and its organ in the firm's church records (and updates key holder details there),
asks a maps API for drive times, and books tuners' visits as events in the firm's
Microsoft 365 calendar, grouping churches into day routes. A hosted LLM does the
reading and planning. Tuners see the bookings on their phones; the office manager
writes the agent's instructions and looks over the week's calendar each Monday,
but bookings are made without anyone approving them first. The agent's runs are
capped in steps and logged, its Microsoft 365 access is limited to the bookings
mailbox and the visits calendar, and its keys are kept in the cloud's secret store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Church visit route agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that reads parish e-mails and books organ tuners' church visits into the firm's calendar.",
)

# ---------------------------------------------------------------- data assets
parish_emails = tg.Data(
    "Parish contact e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Service dates, key holder names and phone numbers, sometimes key safe codes.",
)
church_records = tg.Data(
    "Church and organ records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, organ builder and specification, last tuning, parish contacts, key holders.",
)
key_codes = tg.Data(
    "Church key safe codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Codes to key safes and vestry doors, noted from parish e-mails.",
)
instructions = tg.Data(
    "Agent instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Planning rules: tuners' home areas, working hours, no visits during services.",
)
prompt = tg.Data("Planning prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_calls = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_results = tg.Data("Tool results", kind="tool-result", sensitivity=tg.Sensitivity.PII)
travel_query = tg.Data(
    "Church postcodes for routing", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
drive_times = tg.Data("Drive times", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bookings = tg.Data(
    "Visit bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Calendar events: church, tuner, date and time, key holder and access notes.",
)
availability = tg.Data(
    "Tuner calendar availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can e-mail the bookings mailbox, not only real parish contacts.
    parish = tm.add(tg.Actor("Parish contact", role="churchwarden or parish secretary"))
    # Tuners read their visits in Outlook on their phones, on the road.
    tuner = tm.add(tg.Actor("Organ tuner", role="tuner"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The firm's shared bookings mailbox.
    mailbox = tm.add(tg.ExternalService("Bookings mailbox"))
    # The shared visits calendar every tuner subscribes to.
    calendar = tm.add(tg.ExternalService("Visits calendar"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the e-mails and plans the routes.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="API terms reviewed: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Maps provider", trust=tg.Trust.PARTNER):
    # Drive-time matrix between churches and tuners' home bases.
    maps = tm.add(tg.ExternalService("Maps routing API", provides="data-provider"))

with tm.boundary("Firm cloud VM", trust=tg.Trust.INTERNAL):
    # The scheduling agent: reads new mail every hour and books visits.
    agent = tm.add(
        tg.Agent(
            "Visit scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(note="every prompt, tool call and result goes to the run log"),
                c.SecretsManagement(note="Graph and LLM API keys in the cloud secret store"),
            },
        )
    )
    # Reads new messages from the bookings mailbox through Microsoft Graph.
    mail_tool = tm.add(
        tg.Tool(
            "Mailbox reader tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(note="Graph application access policy: bookings mailbox only")
            },
        )
    )
    # Looks up churches and organs, and records new key holders and service dates.
    records_tool = tm.add(tg.Tool("Church records tool", capabilities={"read", "write"}))
    # Asks the maps API for drive times to order a day's visits.
    route_tool = tm.add(tg.Tool("Route planning tool", capabilities={"read", "network-egress"}))
    # Reads tuners' free time and creates or moves visit events.
    calendar_tool = tm.add(
        tg.Tool(
            "Calendar booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.LeastPrivilegeTools(note="Graph permission limited to the visits calendar")
            },
        )
    )
    # PostgreSQL database of churches, organs, contacts and access notes.
    church_db = tm.add(
        tg.DataStore("Church and organ database", stores={church_records, key_codes})
    )
    # What the agent read, asked and did on each run.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Writes the agent's instructions and checks the week's calendar.
    manager = tm.add(tg.Actor("Office manager", role="office manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(parish, mailbox, parish_emails, protocol="smtp")
tm.flow(mailbox, mail_tool, parish_emails, protocol="https", label="Microsoft Graph")
tm.flow(agent, mail_tool, tool_calls)
tm.flow(mail_tool, agent, parish_emails, tool_results)

tm.flow(manager, agent, instructions, protocol="ssh", label="edits the instructions file")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, records_tool, tool_calls, key_codes)
tm.flow(records_tool, church_db, church_records, key_codes, label="key holder updates")
tm.flow(church_db, records_tool, church_records, key_codes)
tm.flow(records_tool, agent, church_records, key_codes, tool_results)

tm.flow(agent, route_tool, tool_calls)
tm.flow(route_tool, maps, travel_query, protocol="https")
tm.flow(maps, route_tool, drive_times, protocol="https")
tm.flow(route_tool, agent, drive_times, tool_results)

tm.flow(agent, calendar_tool, tool_calls, bookings)
tm.flow(calendar_tool, calendar, bookings, protocol="https", label="Microsoft Graph")
tm.flow(calendar, calendar_tool, availability, bookings, protocol="https", label="Microsoft Graph")
tm.flow(calendar_tool, agent, availability, tool_results)

tm.flow(calendar, tuner, bookings, protocol="https", label="Outlook on phone")
tm.flow(calendar, manager, bookings, protocol="https", label="Monday review")
tm.flow(agent, log_store, run_log)
tm.flow(log_store, manager, run_log, protocol="ssh")
