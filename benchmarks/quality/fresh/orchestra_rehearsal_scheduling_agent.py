"""Rehearsal scheduling agent for a symphony orchestra: the first design.

The orchestra manager asks an LLM agent to plan the rehearsal schedule for a run
of concerts. The agent reads the season programme (works, concert dates and the
players each work needs), the players' availability and leave from the players'
portal, the player roster, and the union agreement's rules on working hours, and
uses a model hosted by an LLM vendor to build a schedule. While planning it holds
rehearsal rooms in the venue's booking system. The draft goes to the manager's
review console; once the manager approves it, the agent e-mails each player
their calls through the orchestra's mail provider. Controls in this design:
players sign in to the portal, the console uses staff SSO, the agent's runs are
step-limited and its bookings use an account limited to rehearsal rooms, and
nothing is published without the manager's approval.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Orchestra rehearsal scheduling agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "An LLM agent plans rehearsal schedules within the union's working-hours "
        "rules, books rooms and e-mails players once the orchestra manager approves."
    ),
)

# ---------------------------------------------------------------- data assets
programme = tg.Data(
    "Season programme",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Concert dates, venues, repertoire and the instrumentation of each work.",
)
availability = tg.Data(
    "Player availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dates each player is free, on leave, on deputy work or off sick, with free-text notes.",
)
roster = tg.Data(
    "Player roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, sections, seats, contract type and e-mail addresses of players.",
)
rules = tg.Data(
    "Working-hours rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The union agreement's limits on session length, breaks, weekly hours and rest days.",
)
request = tg.Data("Scheduling request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The request, the programme, availability extracts, the rules and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data(
    "Room booking request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
booking_result = tg.Data(
    "Room availability and bookings", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
draft = tg.Data(
    "Draft rehearsal schedule",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Sessions, rooms and the players called to each, with the agent's notes on the rules.",
)
approval = tg.Data("Schedule approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule_mail = tg.Data(
    "Schedule e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Each player's calls for the period, addressed to them.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Orchestra players: enter their availability and receive their schedules.
    player = tm.add(tg.Actor("Player", role="orchestra player"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Venue booking provider", trust=tg.Trust.PARTNER):
    # The concert hall's room booking system, shared with other hirers of the building.
    room_system = tm.add(tg.ExternalService("Venue room booking system"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The orchestra's hosted e-mail, used to send the published schedules.
    mail_service = tm.add(tg.ExternalService("Mail provider"))

with tm.boundary("Orchestra cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web portal where players mark availability, leave and deputy work.
    portal = tm.add(
        tg.Endpoint(
            "Players' availability portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Availability entries as the players last saved them.
    availability_store = tm.add(tg.DataStore("Availability store", stores={availability}))
    # The planning department's season programme database.
    programme_db = tm.add(
        tg.DataSource("Season programme database", origin=tg.Origin.INTERNAL, provides={programme})
    )
    # The HR system's list of contracted players and regular extras.
    roster_source = tm.add(
        tg.DataSource("Player roster", origin=tg.Origin.INTERNAL, provides={roster})
    )
    # The union agreement's working-hours rules, written up for the agent.
    rules_store = tm.add(tg.DataStore("Working-hours rulebook", stores={rules}))
    # Plans the schedule, holds rooms and, after approval, sends the schedules.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="orchestra manager",
                    note="each schedule is approved before it is published; room holds are placed while drafting",
                ),
                tg.controls.CircuitBreaker(max_steps=60),
            },
        )
    )
    # Lets the agent query and book rehearsal rooms in the venue's system.
    booking_tool = tm.add(
        tg.Tool(
            "Room booking tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.LeastPrivilegeTools(
                    note="booking account limited to the rehearsal rooms"
                )
            },
        )
    )
    # Lets the agent send the published schedule to each player.
    mail_tool = tm.add(tg.Tool("Schedule mailer", capabilities={"send-messages"}))
    # Drafts and published schedules.
    schedule_store = tm.add(tg.DataStore("Schedule store", stores={draft}))
    # Where the manager starts a planning run, reviews the draft and approves it.
    console = tm.add(
        tg.Endpoint(
            "Manager review console",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="staff SSO")},
        )
    )

with tm.boundary("Orchestra office", trust=tg.Trust.INTERNAL):
    # Responsible for the schedule: asks for it, checks it and approves it.
    manager = tm.add(tg.Actor("Orchestra manager", role="orchestra manager"))

# ---------------------------------------------------------------- flows
tm.flow(player, portal, availability, protocol="https")
tm.flow(portal, player, availability, protocol="https", label="current entries")
tm.flow(portal, availability_store, availability)
tm.flow(availability_store, portal, availability)

tm.flow(manager, console, request, protocol="https")
tm.flow(console, agent, request)
tm.flow(programme_db, agent, programme)
tm.flow(roster_source, agent, roster)
tm.flow(availability_store, agent, availability)
tm.flow(rules_store, agent, rules)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, room_system, booking_call, protocol="https")
tm.flow(room_system, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, schedule_store, draft)
tm.flow(schedule_store, console, draft)
tm.flow(console, manager, draft, protocol="https")
tm.flow(manager, console, approval, protocol="https", label="approves or sends back")
tm.flow(console, agent, approval)

tm.flow(agent, mail_tool, schedule_mail)
tm.flow(mail_tool, mail_service, schedule_mail, protocol="https")
tm.flow(mail_service, player, schedule_mail, protocol="smtp")
