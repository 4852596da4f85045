"""Lifeboat crew availability and launch-crew agent: the first design.

A volunteer lifeboat station in the UK. When the Coastguard asks for a launch,
the launch authority (the Lifeboat Operations Manager or a deputy) pages the
crew through a commercial paging provider; volunteers answer on its app on
their own phones ("responding, 6 min"). The provider posts the alert and each
reply to a webhook in the station's cloud tenancy, where an LLM agent (hosted
model API) reads the replies, checks qualifications in the crew roster and
proposes a launch crew on a small console the launch authority opens on their
phone. Once the crew is confirmed, the agent stands down the volunteers not
needed and writes the shout to the station's shout log.
Controls: the launch authority confirms every crew list; the console needs a
Microsoft 365 sign-in with MFA and a launch-authority role; the webhook checks
the provider's API key; stores use managed-key encryption; links are HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lifeboat crew availability and launch-crew agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Collects volunteer replies to pager alerts, proposes a launch crew to the "
        "launch authority and logs the shout."
    ),
)

# ---------------------------------------------------------------- data assets
tasking = tg.Data(
    "Coastguard launch request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Position, nature of the incident and casualty details given by phone.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
page_request = tg.Data(
    "Page request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which pager group to alert and a short incident summary.",
)
pager_alert = tg.Data(
    "Pager alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
replies = tg.Data(
    "Crew availability replies",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text and quick-button replies with the volunteer's name, number and ETA.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
prompt = tg.Data(
    "Crew selection prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Station rules for crewing, the replies and the qualifications looked up.",
)
draft = tg.Data("Draft crew proposal", kind="model-output", sensitivity=tg.Sensitivity.PII)
roster_query = tg.Data("Roster lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
roster = tg.Data(
    "Crew roster records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, phone numbers, qualifications (helm, mechanic, casualty care) "
    "and the expiry of each volunteer's medical fitness certificate.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
qualifications = tg.Data("Crew qualifications", kind="tool-result", sensitivity=tg.Sensitivity.PII)
proposal = tg.Data(
    "Proposed launch crew",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
crew_decision = tg.Data(
    "Confirmed launch crew",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The crew list as the launch authority confirmed or changed it.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
stand_down_call = tg.Data("Stand-down call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
stand_down = tg.Data(
    "Stand-down message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the volunteers who were not picked that they are not needed.",
)
shout_entry = tg.Data("Shout log entry call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
shout_log = tg.Data(
    "Shout log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Times paged and launched, crew aboard, incident and casualty summary.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Volunteers' own phones", trust=tg.Trust.UNTRUSTED):
    # Volunteer crew answer pages wherever they are, on their personal phones.
    crew = tm.add(tg.Actor("Crew volunteer", role="volunteer crew member"))
    # The paging provider's app on each volunteer's phone: shows alerts, sends replies.
    paging_app = tm.add(
        tg.Device(
            "Crew paging app",
            description="The paging provider's smartphone app on volunteers' own phones.",
        )
    )
    # The LOM or a deputy launch authority; usually on their phone when paged.
    launch_authority = tm.add(
        tg.Actor("Launch authority", role="lifeboat operations manager", privileged=True)
    )

with tm.boundary("HM Coastguard", trust=tg.Trust.PARTNER):
    # Asks the station to launch; the call goes to the launch authority.
    coastguard = tm.add(tg.ExternalService("Coastguard operations centre"))

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # Commercial paging service: sends alerts, collects replies, calls our webhook.
    paging = tm.add(
        tg.ExternalService(
            "Paging service",
            description="Sends pager alerts to the crew app and posts replies to our webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that reads the replies and drafts the crew list.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Station cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the paging provider's calls for each alert and reply.
    webhook = tm.add(
        tg.Endpoint(
            "Pager reply webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="paging provider API key in a request header")},
        )
    )
    # The LLM agent that turns replies into a proposed launch crew.
    agent = tm.add(
        tg.Agent(
            "Crew availability agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads replies, looks up qualifications, proposes helm, mechanic "
            "and crew, then stands down the rest and logs the shout once confirmed.",
            controls={
                c.HumanInTheLoop(
                    approver="the launch authority confirms each crew list on the launch console"
                )
            },
        )
    )
    # Read-only lookup of who holds which qualification.
    roster_tool = tm.add(tg.Tool("Roster lookup tool", capabilities={"read"}))
    # Puts the proposed crew on the launch console.
    proposal_tool = tm.add(tg.Tool("Crew proposal tool", capabilities={"write"}))
    # Sends stand-down messages through the paging provider.
    stand_down_tool = tm.add(tg.Tool("Stand-down tool", capabilities={"send-messages"}))
    # Writes the shout to the station's log.
    shout_tool = tm.add(tg.Tool("Shout log tool", capabilities={"write"}))
    # Volunteer roster kept by the station's training coordinator.
    roster_db = tm.add(
        tg.DataStore(
            "Crew roster database",
            stores={roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The station's record of every launch, returned to the charity's HQ monthly.
    shout_store = tm.add(
        tg.DataStore(
            "Shout log store",
            stores={shout_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Small web app where the launch authority sees and confirms the proposed crew.
    console = tm.add(
        tg.Endpoint(
            "Launch console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="station Microsoft 365 account with MFA"),
                c.RBAC(note="only launch authorities may confirm a crew"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# The request to launch and the page.
tm.flow(coastguard, launch_authority, tasking, protocol="phone")
tm.flow(launch_authority, paging, page_request, protocol="https")
tm.flow(paging, paging_app, pager_alert, protocol="https")
tm.flow(crew, paging_app, replies, label="taps or types a reply")
tm.flow(paging_app, paging, replies, protocol="https")
tm.flow(paging, webhook, pager_alert, replies, protocol="https", label="reply webhook")
tm.flow(webhook, agent, pager_alert, replies)

# The agent works out a crew.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, draft, protocol="https")
tm.flow(agent, roster_tool, roster_query)
tm.flow(roster_db, roster_tool, roster)
tm.flow(roster_tool, agent, qualifications)

# The launch authority confirms it.
tm.flow(agent, proposal_tool, proposal)
tm.flow(proposal_tool, console, proposal)
tm.flow(console, launch_authority, proposal, protocol="https")
tm.flow(launch_authority, console, crew_decision, protocol="https")
tm.flow(console, agent, crew_decision)

# Stand-down and the shout log.
tm.flow(agent, stand_down_tool, stand_down_call)
tm.flow(stand_down_tool, paging, stand_down, protocol="https")
tm.flow(paging, paging_app, stand_down, protocol="https")
tm.flow(agent, shout_tool, shout_entry)
tm.flow(shout_tool, shout_store, shout_log)
