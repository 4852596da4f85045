"""Youth league fixture and referee allocation agent: the first design, before review.

The county football association runs youth leagues (U9 to U18) for its affiliated
clubs. Club secretaries enter their teams, home pitch availability and requests to
move fixtures in a web portal; volunteer referees mark the weekends they are free.
An LLM agent, started by the league fixtures secretary, builds the season's fixtures
from the league database, then each week appoints referees to matches from the
referee register, using their availability and the safeguarding status (DBS check
and safeguarding course) synced nightly from the national FA registration system.
It messages clubs and referees about fixtures and appointments through an e-mail and
SMS provider. The agent calls a hosted LLM through the vendor's API. Everything of
ours runs in the county FA's cloud tenancy. The secretary approves the season fixture
list before it is published; weekly appointments and messages go out automatically.
Portal users sign in with e-mail and password; the referee register is encrypted.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Youth football league fixture and referee allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "County FA agent that schedules youth league fixtures, appoints volunteer "
        "referees by availability and safeguarding status, and messages clubs."
    ),
)

# ---------------------------------------------------------------- data assets
team_entries = tg.Data(
    "Team entries and pitch availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Age group, home ground, kick-off slots, and the club secretary's contact details.",
)
change_requests = tg.Data(
    "Fixture change requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text requests from clubs to move or rearrange a fixture, with a reason.",
)
fixtures = tg.Data(
    "Fixture list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Dates, kick-off times and venues of children's matches.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
availability = tg.Data("Referee availability", kind="records", sensitivity=tg.Sensitivity.PII)
referee_profiles = tg.Data(
    "Referee profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, age, contact details, qualification level; some referees are under 18.",
)
safeguarding_status = tg.Data(
    "Referee safeguarding status",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="DBS check outcome and expiry, and safeguarding course completion.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
appointments = tg.Data(
    "Referee appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
scheduling_task = tg.Data(
    "Scheduling task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
draft_fixtures = tg.Data(
    "Draft season fixtures", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
fixture_approval = tg.Data(
    "Fixture list approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Task, league data, change requests and referee availability and status.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
league_call = tg.Data(
    "League data tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
league_result = tg.Data(
    "League data tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
referee_call = tg.Data(
    "Referee register tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
referee_result = tg.Data(
    "Referee register tool result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
messages = tg.Data(
    "Club and referee messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Fixture notices, rearrangements and match appointments, by e-mail and SMS.",
)
agent_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer club secretaries: enter teams and ask for fixture changes.
    club_secretary = tm.add(tg.Actor("Club secretary", role="club volunteer"))
    # Volunteer referees, some of them teenagers: mark availability, read appointments.
    referee = tm.add(tg.Actor("Volunteer referee", role="referee"))

with tm.boundary("National FA systems", trust=tg.Trust.PARTNER):
    # The national registration system holds DBS and safeguarding course results.
    fa_registration = tm.add(
        tg.ExternalService(
            "National FA registration system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Source of truth for referee registration and safeguarding status.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model with tool calling, reached over its public API.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Bulk e-mail and SMS delivery to clubs and referees.
    messaging_gateway = tm.add(tg.ExternalService("E-mail and SMS gateway"))

with tm.boundary("County FA cloud tenancy", trust=tg.Trust.INTERNAL):
    # The one web front end for clubs and referees.
    portal = tm.add(
        tg.Endpoint(
            "League portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="club secretary, referee and league staff roles"),
            },
        )
    )
    # Teams, pitches, fixtures and change requests.
    league_db = tm.add(
        tg.DataStore("League database", stores={team_entries, change_requests, fixtures})
    )
    # Referee details, availability, safeguarding status and appointments.
    referee_register = tm.add(
        tg.DataStore(
            "Referee register",
            stores={referee_profiles, availability, safeguarding_status, appointments},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The scheduling agent: builds fixtures, appoints referees, sends messages.
    agent = tm.add(
        tg.Agent(
            "Fixture and referee allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="league fixtures secretary",
                    note="season fixture list only; weekly appointments and messages go out automatically",
                ),
                c.CircuitBreaker(max_steps=200),
            },
        )
    )
    # Reads league data and writes fixtures.
    league_tool = tm.add(tg.Tool("League data tool", capabilities={"read", "write"}))
    # Reads referee availability and status, writes appointments.
    referee_tool = tm.add(tg.Tool("Referee register tool", capabilities={"read", "write"}))
    # Sends fixture notices and appointments through the gateway.
    messaging_tool = tm.add(tg.Tool("Club messaging tool", capabilities={"send-messages"}))
    # What the agent did on each run, for the secretary to look back on.
    run_log = tm.add(
        tg.DataStore(
            "Agent run log store",
            stores={agent_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("County FA office", trust=tg.Trust.INTERNAL):
    # Staff member who runs the league and starts the agent.
    secretary = tm.add(tg.Actor("League fixtures secretary", role="league staff"))

# ---------------------------------------------------------------- flows
https = "https"

# Clubs and referees through the portal
tm.flow(club_secretary, portal, team_entries, change_requests, protocol=https)
tm.flow(portal, club_secretary, fixtures, appointments, protocol=https)
tm.flow(referee, portal, availability, protocol=https)
tm.flow(portal, referee, appointments, fixtures, protocol=https)
tm.flow(portal, league_db, team_entries, change_requests)
tm.flow(league_db, portal, fixtures)
tm.flow(portal, referee_register, availability)
tm.flow(referee_register, portal, appointments, fixtures)

# Safeguarding status from the national system
tm.flow(
    fa_registration,
    referee_register,
    safeguarding_status,
    referee_profiles,
    protocol=https,
    label="nightly sync",
)

# The secretary and the agent
tm.flow(secretary, agent, scheduling_task, label="starts a season or weekly run")
tm.flow(agent, secretary, draft_fixtures, label="draft for approval")
tm.flow(secretary, agent, fixture_approval, label="approves season fixtures")

# The agent and its model
tm.flow(agent, llm, prompt, protocol=https)
tm.flow(llm, agent, completion, protocol=https)

# The agent's tools
tm.flow(agent, league_tool, league_call)
tm.flow(league_tool, agent, league_result)
tm.flow(league_db, league_tool, team_entries, change_requests, fixtures)
tm.flow(league_tool, league_db, fixtures)

tm.flow(agent, referee_tool, referee_call)
tm.flow(referee_tool, agent, referee_result)
tm.flow(referee_register, referee_tool, availability, safeguarding_status, referee_profiles)
tm.flow(referee_tool, referee_register, appointments)

tm.flow(agent, messaging_tool, messages)
tm.flow(messaging_tool, messaging_gateway, messages, protocol=https)
tm.flow(messaging_gateway, club_secretary, messages, protocol="smtp")
tm.flow(messaging_gateway, referee, messages, protocol="sms")

tm.flow(agent, run_log, agent_log)
