"""Mussel farm harvest planning agent: the first design, before any security review.

The farm's workboat carries a side-scan sonar that images the dropper ropes on
each longline; the scans are uploaded from the boat's 4G router when it is back
in range. Water-quality buoys on the lease (temperature, salinity, chlorophyll,
dissolved oxygen) report to their maker's cloud, which our ingestion service
polls. An in-house regression model turns sonar features and water quality into
an estimated mussel size and tonnage per rope. The skipper chats with a planning
agent (a hosted LLM with tools) from the wheelhouse tablet: it looks up growth
estimates, the marine forecast and the food safety authority's harvest-area
notices, and proposes harvest runs, which it writes to the harvest schedule only
after the skipper confirms them. The skipper signs in with an app account; the
agent's loop is capped; telemetry and chat travel over TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mussel farm harvest planning agent",
    profile=tg.RiskProfile.LOW,
    description="Growth estimates from boat sonar and water-quality buoys, and an LLM agent "
    "that plans harvest runs with the skipper.",
)

# ---------------------------------------------------------------- data assets
sonar_scans = tg.Data(
    "Sonar rope scans",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Side-scan sonar sweeps per longline, tagged with GPS position and time.",
)
wq_readings = tg.Data(
    "Water quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, salinity, chlorophyll-a and dissolved oxygen every 15 minutes.",
)
rope_register = tg.Data(
    "Longline and rope register",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Seeding dates, positions and past harvest yields per rope.",
)
growth_features = tg.Data(
    "Growth model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
growth_estimates = tg.Data(
    "Rope growth estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
forecast = tg.Data(
    "Marine weather and tide forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
area_notices = tg.Data(
    "Harvest area status notices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Open/closed status and biotoxin results per classified harvest area.",
)
skipper_chat = tg.Data("Skipper messages", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
agent_reply = tg.Data(
    "Agent replies and proposed runs", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, chat history, tool results with estimates, forecast and notices.",
)
llm_output = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
lookup_call = tg.Data("Farm data query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Farm data query result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
harvest_plan = tg.Data(
    "Harvest run plan",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Date, tide window, longlines and ropes to strip, expected tonnage.",
)
schedule = tg.Data("Harvest schedule", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
vendor_key = tg.Data("Buoy vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Workboat", trust=tg.Trust.INTERNAL):
    # The skipper plans and runs harvests and is the one who confirms plans.
    skipper = tm.add(tg.Actor("Skipper", role="vessel skipper"))
    # Hull-mounted side-scan sonar on the one workboat; source of rope images.
    sonar = tm.add(tg.Device("Boat sonar unit", fleet=False))

with tm.boundary("Lease area", trust=tg.Trust.INTERNAL):
    # Moored sensor buoys on the lease, reachable by anyone with a boat.
    buoys = tm.add(tg.Device("Water quality sensor buoys", fleet=True))

with tm.boundary("Buoy vendor cloud", trust=tg.Trust.PARTNER):
    # The buoy maker's platform that receives readings over cellular.
    buoy_cloud = tm.add(
        tg.ExternalService("Buoy telemetry platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that drives the planning agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National met service's marine forecast API: wind, swell and tide windows.
    met = tm.add(
        tg.DataSource("Marine forecast service", origin=tg.Origin.VENDOR, provides={forecast})
    )
    # Food safety authority web pages listing which harvest areas are open.
    notices = tm.add(
        tg.DataSource(
            "Food safety authority notices", origin=tg.Origin.PUBLIC_WEB, provides={area_notices}
        )
    )

with tm.boundary("Farm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives sonar uploads from the boat and polls the buoy platform.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={c.Authentication(method="per-boat API key"), c.SchemaEnforcement()},
        )
    )
    # One database for scans, readings, the rope register, estimates and schedule.
    farm_db = tm.add(
        tg.DataStore(
            "Farm database",
            stores={
                sonar_scans,
                wq_readings,
                rope_register,
                growth_estimates,
                schedule,
                vendor_key,
            },
        )
    )
    # Regression model fitted by the farm's consultant on sonar features and
    # sample weighings; run nightly over the latest scans.
    growth_model = tm.add(
        tg.Model(
            "Rope growth estimation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Chat API the wheelhouse tablet app talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Planner chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="app account e-mail and password")},
        )
    )
    # LLM agent that gathers facts and proposes harvest runs.
    agent = tm.add(
        tg.Agent(
            "Harvest planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.HumanInTheLoop(approver="skipper confirms each run in the chat"),
            },
        )
    )
    # Read-only tool over growth estimates, the rope register, forecast and notices.
    lookup_tool = tm.add(tg.Tool("Farm data lookup tool", capabilities={"read"}))
    # Writes confirmed harvest runs into the schedule the crew works from.
    schedule_tool = tm.add(tg.Tool("Harvest schedule tool", capabilities={"write"}))

# ---------------------------------------------------------------- flows
tm.flow(sonar, ingestion, sonar_scans, protocol="https", label="upload over 4G when in range")
tm.flow(buoys, buoy_cloud, wq_readings, protocol="mqtt+tls", label="cellular telemetry")
tm.flow(ingestion, buoy_cloud, vendor_key, protocol="https", label="poll readings")
tm.flow(buoy_cloud, ingestion, wq_readings, protocol="https")
tm.flow(ingestion, farm_db, sonar_scans, wq_readings)
tm.flow(farm_db, ingestion, vendor_key)

tm.flow(farm_db, growth_model, growth_features, label="nightly batch")
tm.flow(growth_model, farm_db, growth_estimates)

tm.flow(skipper, chat_api, skipper_chat, protocol="https")
tm.flow(chat_api, skipper, agent_reply, protocol="https")
tm.flow(chat_api, agent, skipper_chat)
tm.flow(agent, chat_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, farm_db, lookup_call)
tm.flow(farm_db, lookup_tool, lookup_result, label="estimates and rope register")
tm.flow(met, lookup_tool, forecast, protocol="https")
tm.flow(notices, lookup_tool, area_notices, protocol="https", label="scraped status page")
tm.flow(lookup_tool, agent, lookup_result, forecast, area_notices)

tm.flow(agent, schedule_tool, harvest_plan)
tm.flow(schedule_tool, farm_db, schedule)
tm.flow(schedule_tool, agent, schedule, label="write confirmation")
