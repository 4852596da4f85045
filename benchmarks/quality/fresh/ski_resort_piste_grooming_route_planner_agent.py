"""Piste grooming route planner agent: the first design, before any security review.

An Austrian ski resort wants its overnight grooming plan drafted by an LLM agent.
Each evening the night grooming supervisor asks for tonight's plan in a web console.
The agent reads snow depth from the sensors buried along the pistes (LoRaWAN, stored
in a time-series database), the weather provider's overnight forecast, the day's
skier counts per lift from the ticketing vendor's SaaS, and the piste map with
current closures and winch anchor points. A hosted LLM drafts the routes and the
machine and driver assignments. The supervisor reviews the draft and approves it in
the console; only then does the agent's dispatch tool push the routes over LTE to
the tablets in the grooming machines' cabs, which send progress back. Everything
but the sensors, the cabs and the vendors runs in the resort's cloud tenancy. The
console uses the resort's single sign-on; the agent logs its prompts and tool calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Piste grooming route planner agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that plans overnight grooming routes from snow depth, forecasts and "
        "skier counts, and sends approved routes to the grooming machines' cabs."
    ),
)

# ---------------------------------------------------------------- data assets
plan_request = tg.Data(
    "Tonight's planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The supervisor's request: machines and drivers on shift, priorities.",
)
snow_depth = tg.Data(
    "Snow depth readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data(
    "Overnight weather forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
skier_counts = tg.Data(
    "Skier counts per lift",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gate passages per lift and hour, aggregated; no ticket holder data.",
)
piste_map = tg.Data(
    "Piste map, closures and winch anchors",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tool_calls = tg.Data("Planner tool calls", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_results = tg.Data(
    "Planner tool results", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conditions gathered by the tools and the shift's drivers.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_plan = tg.Data(
    "Draft grooming plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Routes per machine, with the driver assigned to each.",
)
plan_approval = tg.Data("Plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
routes = tg.Data(
    "Approved grooming routes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
progress = tg.Data(
    "Cab progress reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GNSS track of each machine, passes done and driver remarks.",
)
closures = tg.Data("Closure updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
plan_history = tg.Data("Plan history", kind="records", sensitivity=tg.Sensitivity.PII)
agent_log = tg.Data("Agent prompt and tool-call log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Resort cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the supervisor asks for, reviews and approves the night's plan.
    console = tm.add(
        tg.Endpoint(
            "Grooming planning console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="resort single sign-on (OIDC)")},
        )
    )
    # The LLM agent that gathers conditions, drafts routes and dispatches them.
    agent = tm.add(
        tg.Agent(
            "Grooming route planner agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="night grooming supervisor"),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=90),
            },
            description="Calls its tools, asks the LLM for a plan, dispatches once approved.",
        )
    )
    # Latest snow depth per sensor, queried by the agent.
    snow_tool = tm.add(tg.Tool("Snow depth lookup tool", capabilities={"read"}))
    # Calls the weather provider's API for the overnight forecast.
    forecast_tool = tm.add(
        tg.Tool(
            "Weather forecast tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="provider API key in the cloud secret store")},
        )
    )
    # Calls the ticketing vendor's reporting API for the day's counts.
    skier_tool = tm.add(tg.Tool("Skier count tool", capabilities={"read", "network-egress"}))
    # Pushes approved routes to the cab tablets and collects their progress.
    dispatch_tool = tm.add(
        tg.Tool("Cab dispatch tool", capabilities={"write", "send-messages", "network-egress"})
    )
    # Time-series database of the sensors' readings.
    snow_db = tm.add(tg.DataStore("Snow depth time-series database", stores={snow_depth}))
    # Piste geometry, current closures and winch anchor points the plan must respect.
    map_store = tm.add(tg.DataStore("Piste map store", stores={piste_map}))
    # Past plans, approvals, progress and the agent's log.
    plan_store = tm.add(
        tg.DataStore(
            "Plan store",
            stores={plan_history, progress, agent_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Resort operations office", trust=tg.Trust.INTERNAL):
    # Runs the night shift: asks for, reviews and approves the plan.
    supervisor = tm.add(tg.Actor("Night grooming supervisor", role="operations supervisor"))

with tm.boundary("On-mountain sensor network", trust=tg.Trust.INTERNAL):
    # Ultrasonic snow depth sensors along the pistes, reporting over LoRaWAN.
    sensors = tm.add(tg.Device("Snow depth sensors", fleet=True))

with tm.boundary("Grooming fleet", trust=tg.Trust.INTERNAL):
    # Tablets in the grooming machines' cabs, on the mobile network.
    cabs = tm.add(tg.Device("Grooming machine cab tablets", fleet=True))
    # Follows the route on the cab tablet and reports passes and problems.
    driver = tm.add(tg.Actor("Grooming machine driver", role="driver"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that turns the gathered conditions into a route plan.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial mountain weather forecast API.
    weather = tm.add(tg.ExternalService("Mountain weather API", provides="data-provider"))

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The lift ticketing SaaS whose gate scans give the skier counts.
    ticketing = tm.add(tg.ExternalService("Lift ticketing system", provides="data-provider"))

# ---------------------------------------------------------------- flows
tm.flow(supervisor, console, plan_request, plan_approval, closures, protocol="https")
tm.flow(console, supervisor, draft_plan, protocol="https")
tm.flow(console, agent, plan_request, plan_approval)
tm.flow(agent, console, draft_plan)
tm.flow(console, map_store, closures, label="closure updates")

tm.flow(sensors, snow_db, snow_depth, protocol="lorawan")
tm.flow(agent, snow_tool, tool_calls)
tm.flow(snow_db, snow_tool, snow_depth)
tm.flow(snow_tool, agent, tool_results)

tm.flow(agent, forecast_tool, tool_calls)
tm.flow(forecast_tool, weather, tool_calls, protocol="https")
tm.flow(weather, forecast_tool, forecast, protocol="https")
tm.flow(forecast_tool, agent, tool_results)

tm.flow(agent, skier_tool, tool_calls)
tm.flow(skier_tool, ticketing, tool_calls, protocol="https")
tm.flow(ticketing, skier_tool, skier_counts, protocol="https")
tm.flow(skier_tool, agent, tool_results)

tm.flow(map_store, agent, piste_map)
tm.flow(plan_store, agent, plan_history, label="previous nights' plans")
tm.flow(agent, plan_store, plan_history, agent_log)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, dispatch_tool, tool_calls, routes)
tm.flow(dispatch_tool, cabs, routes, protocol="https")
tm.flow(cabs, dispatch_tool, progress, protocol="https")
tm.flow(dispatch_tool, agent, tool_results)
tm.flow(dispatch_tool, plan_store, progress)
tm.flow(cabs, driver, routes, label="shown on the cab tablet")
tm.flow(driver, cabs, progress, label="entered on the cab tablet")
