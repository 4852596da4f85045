"""Lifeboat station crew pager and launch decision agent: the first design.

A volunteer lifeboat station is tasked by the coastguard. The coastguard's tasking
message reaches the station through a commercial paging gateway, which posts it
to a tasking intake service in the station's cloud tenancy. A briefing agent,
built on a hosted LLM, summarises the tasking together with the marine weather
forecast and the crew roster's current availability, and pages the crew through
a crew app on their own phones; crew answer "attending" or "unavailable" in the
app. The launch authority on duty reads the briefing on a tablet in the boathouse
and decides whether to launch; the decision is recorded in the incident log and
the agent sends the launch or stand-down page. Controls in this first design: the
paging gateway calls in with a static API key, crew phones with a per-device
enrolment token, launch authorities sign in with their own e-mail and password,
traffic is HTTPS, and the roster and incident log are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lifeboat station crew pager and launch decision agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Turns coastguard taskings into a launch briefing, pages volunteer crew and "
        "records the launch authority's decision."
    ),
)

# ---------------------------------------------------------------- data assets
tasking = tg.Data(
    "Coastguard tasking message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Incident type, position, casualty details and callback number.",
)
forecast = tg.Data(
    "Marine weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Wind, sea state, visibility and tide for the station's area.",
)
roster = tg.Data(
    "Crew roster and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Names, phone numbers, qualifications and current availability.",
)
briefing_prompt = tg.Data(
    "Briefing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Tasking, forecast and crew availability assembled for the model.",
)
briefing = tg.Data(
    "Launch briefing",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
page_request = tg.Data("Crew page request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
crew_page = tg.Data(
    "Crew page notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shout text: incident summary, muster time and launch or stand-down.",
)
page_status = tg.Data(
    "Page delivery status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
crew_response = tg.Data(
    "Crew availability response", kind="records", sensitivity=tg.Sensitivity.PII
)
decision = tg.Data(
    "Launch decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
incident_log = tg.Data(
    "Incident log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Taskings, briefings, pages sent, crew answers and launch decisions.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Coastguard", trust=tg.Trust.PARTNER):
    # The coastguard operations centre that tasks the lifeboat.
    coastguard = tm.add(tg.Actor("Coastguard operations centre", role="tasking authority"))

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # The commercial paging gateway that carries the tasking to the station.
    paging_gateway = tm.add(
        tg.ExternalService(
            "Paging gateway",
            description="Relays coastguard taskings and posts them to the station's intake.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # The national weather service's marine forecast API.
    weather = tm.add(
        tg.DataSource("Marine forecast API", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted language model the briefing agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # The mobile push notification service that delivers pages to crew phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Station cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives tasking messages posted by the paging gateway.
    intake = tm.add(
        tg.Service(
            "Tasking intake service",
            controls={
                c.Authentication(method="static API key from the paging provider"),
            },
        )
    )
    # The LLM agent that writes the launch briefing and pages the crew.
    agent = tm.add(
        tg.Agent(
            "Launch briefing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description=(
                "Summarises tasking, weather and crew availability for the launch "
                "authority and pages the crew as soon as a tasking arrives."
            ),
            controls={c.AuditLogging()},
        )
    )
    # The tool through which the agent sends pages to the crew app.
    paging_tool = tm.add(tg.Tool("Crew paging tool", capabilities={"read", "send-messages"}))
    # Who is on the crew, what they are qualified for and whether they are available.
    crew_store = tm.add(
        tg.DataStore(
            "Crew roster store",
            stores={roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The API the crew app talks to.
    crew_api = tm.add(
        tg.Endpoint(
            "Crew app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device enrolment token")},
        )
    )
    # The API behind the boathouse launch console.
    console_api = tm.add(
        tg.Endpoint(
            "Launch console API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="each launch authority's own e-mail and password")},
        )
    )
    # Record of every shout, for the station's returns and debriefs.
    log_store = tm.add(
        tg.DataStore(
            "Incident log store",
            stores={incident_log, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Boathouse", trust=tg.Trust.INTERNAL):
    # The volunteer who authorises launches for the station.
    launch_authority = tm.add(tg.Actor("Launch authority", role="launch authority"))
    # The shared tablet in the boathouse running the launch console.
    tablet = tm.add(tg.Device("Boathouse launch tablet", fleet=False))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer crew members.
    crew = tm.add(tg.Actor("Crew member", role="volunteer crew"))
    # The crew app on each volunteer's own phone.
    crew_app = tm.add(tg.Device("Crew app on personal phone"))

# ---------------------------------------------------------------- flows
# Tasking in
tm.flow(coastguard, paging_gateway, tasking, label="tasking page")
tm.flow(paging_gateway, intake, tasking, protocol="https", label="tasking webhook")
tm.flow(intake, agent, tasking)

# Briefing
tm.flow(weather, agent, forecast, protocol="https")
tm.flow(crew_store, agent, roster)
tm.flow(agent, llm, briefing_prompt, protocol="https")
tm.flow(llm, agent, briefing, protocol="https")
tm.flow(agent, log_store, incident_log)
tm.flow(agent, console_api, briefing)

# Paging the crew and their answers
tm.flow(agent, paging_tool, page_request)
tm.flow(paging_tool, agent, page_status)
tm.flow(paging_tool, push, crew_page, protocol="https")
tm.flow(push, crew_app, crew_page, protocol="https")
tm.flow(crew_app, crew, crew_page)
tm.flow(crew, crew_app, crew_response)
tm.flow(crew_app, crew_api, crew_response, protocol="https")
tm.flow(crew_api, crew_store, crew_response)

# Launch decision in the boathouse
tm.flow(console_api, tablet, briefing, roster, protocol="https")
tm.flow(tablet, launch_authority, briefing, roster, label="on the tablet screen")
tm.flow(launch_authority, tablet, decision, label="on the tablet touchscreen")
tm.flow(tablet, console_api, decision, protocol="https")
tm.flow(console_api, log_store, decision)
tm.flow(console_api, agent, decision, label="launch or stand down")
tm.flow(
    launch_authority, coastguard, decision, protocol="phone", label="launch confirmed to coastguard"
)
