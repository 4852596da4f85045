"""Youth football league fixture and referee assignment agent: the first design.

A volunteer-run youth football league (under-7s to under-16s, about 60 clubs) wants
an agent to take over the weekly fixtures work. Club secretaries enter their pitch
availability and kick-off slots in the league portal, and volunteer referees enter
the weekends they can cover, both with free-text notes. Each week the league's
fixtures secretary asks the agent to build the round: it reads availability through
a lookup tool, drafts fixtures and referee appointments with a hosted LLM, and writes
them to the league database once the fixtures secretary has approved the round in
the portal. When a pitch closes or a referee drops out, the agent reschedules and
messages the affected coaches and parents through an SMS and e-mail gateway; the
messaging tool looks the contacts up itself, so the agent never sees phone numbers.
The portal and database run on a small cloud hosting plan; everyone signs in with
e-mail and password, and clubs see only their own teams' details.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth football league fixture and referee assignment agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Agent that builds fixtures from pitch availability, appoints volunteer "
    "referees and messages coaches and parents about changes.",
)

# ---------------------------------------------------------------- data assets
pitch_availability = tg.Data(
    "Pitch availability",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pitches, sizes and kick-off slots per weekend, with the club's free-text notes.",
)
referee_availability = tg.Data(
    "Referee availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Weekends each volunteer referee can cover, travel radius and free-text notes.",
)
round_request = tg.Data(
    "Fixture round request",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="e.g. 'build the U11 and U12 round for 14 September' or 'pitch 2 at Hillside is closed'.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, availability records and referee names.",
)
llm_response = tg.Data(
    "LLM tool calls and drafts", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
availability_query = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
availability_result = tg.Data(
    "Availability lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
draft_round = tg.Data(
    "Draft fixtures and referee appointments",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
round_approval = tg.Data("Round approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fixtures = tg.Data(
    "Published fixtures and referee appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
contacts = tg.Data(
    "Coach and parent contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Names, mobile numbers and e-mail addresses of coaches and of players' "
    "parents, by team; the players are children.",
)
change_notice = tg.Data(
    "Fixture change message",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Drafted by the agent: new kick-off time, venue or referee, for one team.",
)
outgoing_message = tg.Data(
    "Addressed change message", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Each club's secretary keeps the club's pitch availability current.
    club_secretary = tm.add(tg.Actor("Club secretary", role="club volunteer"))
    # Volunteer referees, many of them teenagers themselves, enter their availability.
    referee = tm.add(tg.Actor("Volunteer referee", role="referee"))
    # The people told about changes; they only receive messages.
    coaches_parents = tm.add(tg.Actor("Coaches and parents", role="message recipient"))
    # The league officer who runs each round and approves it; works from home.
    fixtures_secretary = tm.add(
        tg.Actor("League fixtures secretary", role="league officer", privileged=True)
    )

with tm.boundary("League cloud hosting", trust=tg.Trust.INTERNAL):
    # The one web app everybody signs in to: availability forms, round approval, published fixtures.
    portal = tm.add(
        tg.Endpoint(
            "League portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Club secretaries see and edit only their own club's pitches and teams.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="club, referee and league-officer roles"),
            },
        )
    )
    # Clubs, teams, pitches, availability, fixtures, appointments and contact lists.
    league_db = tm.add(
        tg.DataStore(
            "League database",
            stores={pitch_availability, referee_availability, fixtures, contacts},
            controls={c.EncryptionAtRest(note="hosting provider's default disk encryption")},
        )
    )
    # Plans the round, drafts appointments and change messages; waits for approval before publishing.
    agent = tm.add(
        tg.Agent(
            "Fixture agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the league fixtures secretary",
                    note="approves each weekly round of fixtures and referee appointments "
                    "before it is written; change messages are not reviewed",
                )
            },
        )
    )
    # Reads pitch and referee availability for the weekend in question.
    lookup_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Writes fixtures and referee appointments to the league database.
    writer_tool = tm.add(tg.Tool("Fixture and appointment writer", capabilities={"write"}))
    # Looks up the team's contacts and hands the addressed messages to the gateway.
    messaging_tool = tm.add(tg.Tool("Team messaging tool", capabilities={"read", "send-messages"}))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model behind the provider's API, pay-as-you-go.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Commercial SMS and e-mail sending service.
    gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

# ---------------------------------------------------------------- flows
tm.flow(club_secretary, portal, pitch_availability, protocol="https")
tm.flow(referee, portal, referee_availability, protocol="https")
tm.flow(portal, league_db, pitch_availability, referee_availability)

tm.flow(fixtures_secretary, portal, round_request, protocol="https")
tm.flow(portal, agent, round_request, protocol="https")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_response, protocol="https")

tm.flow(agent, lookup_tool, availability_query)
tm.flow(lookup_tool, league_db, availability_query)
tm.flow(league_db, lookup_tool, pitch_availability, referee_availability)
tm.flow(lookup_tool, agent, availability_result)

tm.flow(agent, portal, draft_round, label="draft round for approval")
tm.flow(portal, fixtures_secretary, draft_round, protocol="https")
tm.flow(fixtures_secretary, portal, round_approval, protocol="https")
tm.flow(portal, agent, round_approval)

tm.flow(agent, writer_tool, draft_round)
tm.flow(writer_tool, league_db, fixtures)
tm.flow(league_db, portal, fixtures, label="published fixtures")
tm.flow(portal, club_secretary, fixtures, protocol="https")
tm.flow(portal, referee, fixtures, protocol="https")

tm.flow(agent, messaging_tool, change_notice)
tm.flow(league_db, messaging_tool, contacts, label="team contact lookup")
tm.flow(messaging_tool, gateway, outgoing_message, protocol="https")
tm.flow(gateway, coaches_parents, outgoing_message, protocol="sms", label="SMS and e-mail")
