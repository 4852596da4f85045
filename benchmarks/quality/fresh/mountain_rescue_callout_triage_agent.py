"""Mountain rescue callout triage agent: the first design, before any security review.

When the police control room calls the team out, the callout (casualty, reporting
party, last known position, injuries) arrives as a webhook from the police callout
system. Lost or injured walkers also text their position (a grid reference, a
what3words address or a description) to the team's number; the SMS gateway posts
those texts to the same intake endpoint. A triage agent, running in the team's
cloud account, asks a hosted LLM to summarise the incident, resolves the location
through a mapping API, reads the member roster for skills and availability, and
proposes which team members to page. The duty team leader reviews the summary and
the proposed list in a web console and approves it; only then does the agent send
the pages through the SMS gateway, and members reply with their availability.
Controls in this design: an API key per sending system on the intake endpoint,
Google Workspace sign-in on the console, leader approval before any page, a step
cap on the agent, and encryption at rest on the roster and the incident log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mountain rescue callout triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Summarises police callouts and walkers' location texts and proposes whom to page.",
)

# ---------------------------------------------------------------- data assets
callout = tg.Data(
    "Police callout details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Casualty and informant names, phone numbers, last known position, injuries.",
)
location_text = tg.Data(
    "Walker location text",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text SMS from a walker: grid reference, what3words or a description.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, callout details, location texts and roster extract.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
location_query = tg.Data("Location lookup query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
resolved_location = tg.Data(
    "Resolved grid position", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
roster_query = tg.Data("Roster query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
roster = tg.Data(
    "Member roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Members' names, mobile numbers, skills (medic, swiftwater, dog handler), rota.",
)
availability = tg.Data("Member availability", kind="tool-result", sensitivity=tg.Sensitivity.PII)
summary = tg.Data("Incident summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
proposal = tg.Data("Proposed paging list", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Paging approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
page_call = tg.Data("Page request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
page = tg.Data(
    "Callout page message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rendezvous point, incident type and a link to the summary.",
)
reply = tg.Data("Member availability reply", kind="records", sensitivity=tg.Sensitivity.PII)
incident = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person in trouble (or a friend) texting their position to the team number.
    walker = tm.add(tg.Actor("Walker", role="member of the public"))
    # Volunteers carry their own phones; they get pages and reply by SMS.
    member = tm.add(tg.Actor("Team member", role="volunteer rescuer"))
    # The duty leader uses the console from their own laptop or phone, wherever they are.
    leader = tm.add(tg.Actor("Duty team leader", role="team leader"))

with tm.boundary("Police", trust=tg.Trust.PARTNER):
    # The police control room's callout system that tasks the team.
    police = tm.add(
        tg.ExternalService(
            "Police callout system",
            description="Sends each callout to the team as it is raised.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # One provider carries walkers' texts in, pages out and members' replies back.
    sms = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Team phone number: inbound texts to a webhook, outbound bulk SMS.",
        )
    )

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Turns what3words addresses and place names into grid references.
    mapping = tm.add(tg.ExternalService("Mapping API", provides=tg.ExternalCategory.DATA_PROVIDER))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the incident summary and the proposed list.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("Team cloud account", trust=tg.Trust.INTERNAL):
    # Single entry point for callouts, walker texts and member replies.
    intake = tm.add(
        tg.Endpoint(
            "Callout intake endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="API key per sending system in a request header")},
        )
    )
    # The LLM agent that triages the callout and drafts who to page.
    agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="duty team leader approves the paging list"),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Read-only lookup of grid positions for the location texts.
    location_tool = tm.add(tg.Tool("Location lookup tool", capabilities={"read", "network-egress"}))
    # Read-only lookup of who is on the rota, with skills and last availability.
    roster_tool = tm.add(tg.Tool("Roster lookup tool", capabilities={"read"}))
    # Sends the approved pages through the SMS gateway.
    paging_tool = tm.add(tg.Tool("Paging tool", capabilities={"send-messages"}))
    # The team's membership records.
    roster_db = tm.add(
        tg.DataStore(
            "Member roster database",
            stores={roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every callout, summary and page sent, kept for the team's incident reports.
    incident_log = tm.add(
        tg.DataStore(
            "Incident log",
            stores={incident},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the duty leader reads the summary and approves the list.
    console = tm.add(
        tg.Endpoint(
            "Team leader console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(police, intake, callout, protocol="https", label="callout webhook")
tm.flow(walker, sms, location_text, protocol="sms")
tm.flow(sms, intake, location_text, protocol="https", label="inbound SMS webhook")
tm.flow(intake, agent, callout, location_text)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, location_tool, location_query)
tm.flow(location_tool, mapping, location_query, protocol="https")
tm.flow(mapping, location_tool, resolved_location, protocol="https")
tm.flow(location_tool, agent, resolved_location)

tm.flow(agent, roster_tool, roster_query)
tm.flow(roster_tool, roster_db, roster_query)
tm.flow(roster_db, roster_tool, roster)
tm.flow(roster_tool, agent, availability)

tm.flow(agent, incident_log, incident, summary)
tm.flow(agent, console, summary, proposal)
tm.flow(incident_log, console, incident, label="past incidents")
tm.flow(console, leader, summary, proposal, protocol="https")
tm.flow(leader, console, approval, protocol="https", label="approves paging list")
tm.flow(console, agent, approval)

tm.flow(agent, paging_tool, page_call)
tm.flow(paging_tool, sms, page, protocol="https")
tm.flow(sms, member, page, protocol="sms")
tm.flow(member, sms, reply, protocol="sms")
tm.flow(sms, intake, reply, protocol="https", label="reply webhook")
tm.flow(intake, agent, reply)
