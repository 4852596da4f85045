"""Korfball league fixture and referee allocation agent: the first design, before any security review.

A regional korfball league in the Netherlands wants help with its two hardest volunteer
jobs: building the season's fixtures around sports hall slots, and appointing referees
to every match by grade, availability, travel and club affiliation. The fixtures
secretary chats with an LLM agent in the league admin console; the agent reads the
league database and hall calendars, asks a constraint solver for candidate schedules,
and proposes each round's fixtures and referee appointments. Referees and club match
secretaries keep their availability and hall slots up to date in a portal, and are
told of fixtures and appointments by e-mail. Everything runs in the league's cloud
account; the model is a hosted LLM behind a vendor API. Controls: e-mail and password
sign-in to the console, magic-link sign-in to the portal, HTTPS on external links,
encryption at rest on the database, a step limit on the agent, and the secretary
approving each round before anything is written to the published fixtures or e-mailed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Korfball league fixture and referee allocation agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that proposes fixtures and referee appointments for a volunteer-run league.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Secretary scheduling request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
agent_reply = tg.Data(
    "Proposed round and agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII
)
agent_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, and tool results (referees, availability, fixtures).",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
db_call = tg.Data(
    "League database tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
db_result = tg.Data(
    "League database tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
availability_call = tg.Data(
    "Availability lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
availability_result = tg.Data(
    "Availability lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
notify_call = tg.Data("Notification request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
fixtures = tg.Data(
    "Fixture list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
appointments = tg.Data(
    "Referee appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
referee_register = tg.Data(
    "Referee register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, home postcode, grade and club affiliation of each referee.",
)
availability = tg.Data(
    "Referee availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dates each referee can or cannot officiate, with a free-text note.",
)
club_slots = tg.Data("Club home hall slots", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hall_calendar = tg.Data(
    "Sports hall booking calendar", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
solver_input = tg.Data(
    "Scheduling constraints", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
candidate = tg.Data("Candidate schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
emails = tg.Data(
    "Fixture and appointment e-mails", kind="documents", sensitivity=tg.Sensitivity.PII
)
transcript = tg.Data("Agent conversation log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # League volunteer who runs the fixtures and appointments, from a home laptop.
    secretary = tm.add(tg.Actor("Fixtures secretary", role="league official"))
    # Referees keep their availability up to date and receive their appointments.
    referee = tm.add(tg.Actor("Referee", role="referee"))
    # Each club's match secretary enters home hall slots and receives the fixtures.
    club_secretary = tm.add(tg.Actor("Club match secretary", role="club official"))

with tm.boundary("Municipal sports centres", trust=tg.Trust.PARTNER):
    # Published booking calendars (iCal feeds) of the sports halls clubs play in.
    halls = tm.add(
        tg.DataSource(
            "Sports hall booking calendars",
            origin=tg.Origin.PARTNER,
            provides={hall_calendar},
            description="iCal feeds published by the municipal sports centres.",
        )
    )

with tm.boundary("League cloud account", trust=tg.Trust.INTERNAL):
    # Chat interface where the secretary works with the agent and approves each round.
    console = tm.add(
        tg.Endpoint(
            "League admin console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Forms for referees' availability and clubs' hall slots.
    portal = tm.add(
        tg.Endpoint(
            "Referee and club portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail magic link")},
        )
    )
    # The LLM agent that plans rounds and proposes fixtures and appointments.
    agent = tm.add(
        tg.Agent(
            "Fixture and allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the fixtures secretary",
                    note="each round's fixtures and appointments are written and e-mailed after approval",
                ),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reads and writes fixtures and appointments, and reads the referee register.
    db_tool = tm.add(
        tg.Tool(
            "League database tool",
            capabilities={"read", "write"},
            origin="first-party",
        )
    )
    # Looks up referee availability, club hall slots and the municipal hall calendars.
    availability_tool = tm.add(
        tg.Tool(
            "Availability lookup tool",
            capabilities={"read", "network-egress"},
            origin="first-party",
        )
    )
    # Sends fixture and appointment e-mails through the e-mail provider.
    notify_tool = tm.add(
        tg.Tool("Notification tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Open-source constraint solver that builds round-robin schedules; no language model.
    solver = tm.add(
        tg.Service(
            "Fixture constraint solver",
            description="OR-Tools model over teams, hall slots, travel and referee constraints.",
        )
    )
    # Managed Postgres with teams, fixtures, referees, availability and appointments.
    league_db = tm.add(
        tg.DataStore(
            "League database",
            stores={fixtures, appointments, referee_register, availability, club_slots},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every conversation and tool call, kept for the secretary to look back on.
    conversation_log = tm.add(tg.DataStore("Agent conversation log store", stores={transcript}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model with tool calling.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(secretary, console, request, protocol="https", controls={tls})
tm.flow(console, secretary, agent_reply, protocol="https", controls={tls})
tm.flow(console, agent, request)
tm.flow(agent, console, agent_reply)

tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, conversation_log, transcript)

tm.flow(agent, db_tool, db_call, fixtures, appointments)
tm.flow(db_tool, agent, db_result)
tm.flow(db_tool, league_db, fixtures, appointments, label="writes approved round")
tm.flow(league_db, db_tool, fixtures, appointments, referee_register)

tm.flow(agent, availability_tool, availability_call)
tm.flow(availability_tool, agent, availability_result)
tm.flow(league_db, availability_tool, availability, club_slots)
tm.flow(halls, availability_tool, hall_calendar, protocol="https", label="iCal feed")

tm.flow(agent, solver, solver_input)
tm.flow(solver, agent, candidate)

tm.flow(agent, notify_tool, notify_call)
tm.flow(notify_tool, mailer, emails, protocol="https", controls={tls})
tm.flow(mailer, referee, emails, protocol="smtp")
tm.flow(mailer, club_secretary, emails, protocol="smtp")

tm.flow(referee, portal, availability, protocol="https", controls={tls})
tm.flow(club_secretary, portal, club_slots, protocol="https", controls={tls})
tm.flow(portal, referee, appointments, protocol="https", controls={tls}, label="my appointments")
tm.flow(portal, club_secretary, fixtures, protocol="https", controls={tls})
tm.flow(portal, league_db, availability, club_slots)
tm.flow(league_db, portal, fixtures, appointments)
