"""Speedway track preparation agent: the first design, before any security review.

On race nights the stadium's track curator asks an LLM agent, from a tablet in the
pits, for a watering and grading plan for the interval between heats. The agent
reads the latest readings of the moisture probes buried around the shale track,
the rain radar and forecast from a commercial weather service, and the complaints
riders and team managers send from their phones through a web form in the pits
(reached by a QR code, no sign-in). It asks a hosted LLM to draft the plan (which
bends to water, how many bowser passes, where to drag the grader) and posts it to
the curator's tablet; the curator decides whether and how to carry it out, and
logs what the crew actually did. The agent runs on the stadium's operations server
and calls the LLM vendor's API over HTTPS; its tools only read data, apart from
the one that posts plans. The complaint form checks field lengths, the curator's
tablet is locked with the curator's own PIN, and the agent stops after 20 steps.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Speedway track preparation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Plans track watering and grading between heats from moisture probes, "
        "weather and rider complaints, for the track curator to carry out."
    ),
)

# ---------------------------------------------------------------- data assets
moisture = tg.Data(
    "Track moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Volumetric moisture per probe and bend, every 30 seconds.",
)
weather = tg.Data(
    "Weather forecast and rain radar",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
complaint = tg.Data(
    "Rider track complaint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text with the rider's name, team and race number.",
)
plan_request = tg.Data(
    "Plan request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which interval, heats remaining and the curator's notes.",
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, readings, forecast and the riders' complaints verbatim.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
plan = tg.Data(
    "Track preparation plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
work_log = tg.Data("Track work log", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Riders and team managers report ruts, dust and slick bends from their phones.
    rider = tm.add(tg.Actor("Rider or team manager", role="rider"))
    # Commercial forecast and radar API the agent queries for rain before the next heats.
    weather_service = tm.add(
        tg.ExternalService("Weather service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drafts the plan from the assembled context.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat-completion model behind the vendor's API.",
        )
    )

with tm.boundary("Stadium operations network", trust=tg.Trust.INTERNAL):
    # Public web form behind the pits QR code; riders need no account.
    complaint_form = tm.add(
        tg.Endpoint(
            "Pit complaint form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.InputValidation(note="field lengths and race number format")},
        )
    )
    # Receives probe uplinks and writes readings to the history store.
    gateway = tm.add(tg.Service("Probe gateway"))
    # Readings, complaints, plans and work logs for the season.
    history = tm.add(
        tg.DataStore("Track condition history", stores={moisture, complaint, plan, work_log})
    )
    # The LLM agent that gathers the data and drafts the plan for the interval.
    agent = tm.add(
        tg.Agent(
            "Track preparation agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the track curator, who decides whether to carry out each plan"
                ),
                tg.controls.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Reads recent moisture readings and the night's complaints from the history store.
    track_tool = tm.add(
        tg.Tool("Track conditions lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Calls the weather service for the forecast and radar around the stadium.
    weather_tool = tm.add(
        tg.Tool(
            "Weather lookup tool",
            capabilities={"read", "network-egress"},
            origin="first-party",
        )
    )
    # Posts the drafted plan to the curator's tablet and files it in the history.
    plan_tool = tm.add(tg.Tool("Plan posting tool", capabilities={"write"}, origin="first-party"))
    # The curator's tablet in the pits: asks for plans, shows them, records work done.
    tablet = tm.add(
        tg.Device(
            "Curator tablet",
            fleet=False,
            controls={tg.controls.Authentication(method="the curator's own tablet PIN")},
        )
    )
    # Decides what the bowser and grader crew do between heats.
    curator = tm.add(tg.Actor("Track curator", role="track curator"))

    with tm.boundary("Track infield", trust=tg.Trust.INTERNAL):
        # Soil moisture probes buried at each bend and straight, radio uplink to the gateway.
        probes = tm.add(tg.Device("Track moisture probes", fleet=True))

# ---------------------------------------------------------------- flows
# riders' complaints
tm.flow(rider, complaint_form, complaint, protocol="https")
tm.flow(complaint_form, history, complaint)

# moisture readings
tm.flow(probes, gateway, moisture, protocol="lorawan")
tm.flow(gateway, history, moisture)

# the curator asks for a plan
tm.flow(curator, tablet, plan_request, label="request typed on the touchscreen")
tm.flow(tablet, agent, plan_request, protocol="https")

# the agent gathers context
tm.flow(agent, track_tool, tool_call)
tm.flow(history, track_tool, moisture, complaint)
tm.flow(track_tool, agent, moisture, complaint)
tm.flow(agent, weather_tool, tool_call)
tm.flow(weather_tool, weather_service, tool_call, protocol="https")
tm.flow(weather_service, weather_tool, weather, protocol="https")
tm.flow(weather_tool, agent, weather)

# drafting with the hosted LLM
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# publishing the plan
tm.flow(agent, plan_tool, plan)
tm.flow(plan_tool, tablet, plan, protocol="https")
tm.flow(plan_tool, history, plan)
tm.flow(tablet, curator, plan, label="plan shown on the touchscreen")

# what was actually done
tm.flow(curator, tablet, work_log, label="work done, entered on the touchscreen")
tm.flow(tablet, history, work_log, protocol="https")
