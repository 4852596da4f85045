"""Lifeboat station launch decision support agent: the first design, before any security review.

When HM Coastguard tasks the station, it pages the crew through the charity's SaaS paging
platform, which collects each volunteer's "attending / not available" reply from the app on
their phone and posts the callout events to a webhook receiver in the charity's cloud tenancy.
That starts a launch briefing agent: with a hosted LLM, a crew availability tool (replies plus
the roster's competencies) and a conditions tool (Met Office inshore forecast, UKHO tides) it
writes a draft launch briefing. The launch authority (operations manager or a deputy) reads it
on the station console, from the boathouse or a phone, and approves or declines the launch;
the agent decides and pages nothing. Controls: a bearer token on the webhook, SSO with MFA on
the console, a step limit on the agent, encryption at rest of the briefing store, and TLS on
every link that leaves the tenancy.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lifeboat station launch decision support agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Drafts a launch briefing from coastguard tasking, weather, tide and crew "
        "availability for the station's launch authority to approve."
    ),
)

# ---------------------------------------------------------------- data assets
tasking = tg.Data(
    "Coastguard tasking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Free-text incident message: casualty position, nature of the "
    "incident, sometimes the casualty's or informant's name and phone number.",
)
callout_alert = tg.Data("Pager callout alert", kind="records", sensitivity=tg.Sensitivity.PII)
crew_reply = tg.Data(
    "Crew availability reply",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Attending or not, and the estimated time to the boathouse.",
)
roster = tg.Data(
    "Crew roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crew names, pager ids, phone numbers and competencies (helm, navigator, tractor driver).",
)
forecast = tg.Data("Inshore waters forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tides = tg.Data("Tide predictions", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
conditions_query = tg.Data(
    "Conditions query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
conditions_result = tg.Data(
    "Weather and tide summary", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
crew_query = tg.Data(
    "Crew availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
crew_result = tg.Data(
    "Available crew and competencies", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data(
    "Briefing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the tasking text, conditions and available crew.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft launch briefing",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Incident summary, sea state and tide at the scene, proposed boat and crew.",
)
decision = tg.Data(
    "Launch decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Launch or decline, by whom, when, with the launch authority's notes.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer crew answer pages from the vendor's app on their own phones.
    crew = tm.add(tg.Actor("Crew member", role="volunteer crew"))
    # The operations manager or a deputy, often answering from home on a phone.
    launch_authority = tm.add(tg.Actor("Launch authority", role="launch authority"))

with tm.boundary("HM Coastguard", trust=tg.Trust.PARTNER):
    # Where every tasking comes from; it triggers the pagers through the vendor.
    coastguard = tm.add(tg.ExternalService("Coastguard operations centre"))

with tm.boundary("Paging vendor", trust=tg.Trust.PARTNER):
    # Existing SaaS paging platform: sends callouts, collects crew replies.
    paging = tm.add(
        tg.ExternalService(
            "Crew paging platform",
            description="Pages the crew and posts callout events to our webhook.",
        )
    )

with tm.boundary("Weather and tide providers", trust=tg.Trust.PARTNER):
    # Met Office DataHub, queried for the inshore waters forecast at the scene.
    met_office = tm.add(tg.ExternalService("Met Office forecast API", provides="data-provider"))
    # UKHO tidal predictions for the nearest standard and secondary ports.
    tide_service = tm.add(tg.ExternalService("UKHO tide prediction API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model that writes the briefing text.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Its briefing feeds a decision to put a crew to sea.",
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the paging platform's callout events and starts the agent.
    webhook = tm.add(
        tg.Endpoint(
            "Callout webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="static bearer token issued to the paging vendor")},
        )
    )
    # Keeps each callout's tasking text and crew replies.
    events = tm.add(tg.DataStore("Callout event store", stores={tasking, crew_reply}))
    # Station's crew list, kept by the station administrator.
    roster_db = tm.add(tg.DataStore("Crew roster database", stores={roster}))
    # The LLM agent that gathers the facts and drafts the briefing.
    agent = tm.add(
        tg.Agent(
            "Launch briefing agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={
                c.HumanInTheLoop(approver="the station's launch authority"),
                c.CircuitBreaker(max_steps=15),
            },
            description="Drafts a briefing per callout; it cannot launch or page anyone.",
        )
    )
    # Read-only lookups of weather and tide for the incident position.
    conditions_tool = tm.add(
        tg.Tool("Conditions lookup tool", capabilities={"read", "network-egress"})
    )
    # Read-only join of the callout's replies with the roster's competencies.
    crew_tool = tm.add(tg.Tool("Crew availability tool", capabilities={"read"}))
    # Drafts and the launch authority's decisions, kept as the callout record.
    briefings = tm.add(
        tg.DataStore(
            "Briefing store",
            stores={draft, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web console where the launch authority reads the draft and decides.
    console = tm.add(
        tg.Endpoint(
            "Station launch console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(coastguard, paging, tasking, protocol="https", label="pager activation")
tm.flow(paging, crew, callout_alert, protocol="https", label="push and SMS page")
tm.flow(crew, paging, crew_reply, protocol="https")
tm.flow(paging, webhook, tasking, crew_reply, protocol="https", label="callout webhook")
tm.flow(webhook, events, tasking, crew_reply)
tm.flow(webhook, agent, tasking, label="new callout")

tm.flow(agent, conditions_tool, conditions_query)
tm.flow(conditions_tool, met_office, conditions_query, protocol="https")
tm.flow(met_office, conditions_tool, forecast, protocol="https")
tm.flow(conditions_tool, tide_service, conditions_query, protocol="https")
tm.flow(tide_service, conditions_tool, tides, protocol="https")
tm.flow(conditions_tool, agent, conditions_result)

tm.flow(agent, crew_tool, crew_query)
tm.flow(events, crew_tool, crew_reply)
tm.flow(roster_db, crew_tool, roster)
tm.flow(crew_tool, agent, crew_result)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, briefings, draft)

tm.flow(briefings, console, draft, decision)
tm.flow(console, launch_authority, draft, protocol="https")
tm.flow(launch_authority, console, decision, protocol="https")
tm.flow(console, briefings, decision)
