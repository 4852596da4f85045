"""Harvest crew planning agent for a Bordeaux wine estate: the first design.

During the harvest an LLM agent runs every morning at 05:00 in the estate's cloud
tenant. It reads the latest ripeness samples (sugar, acidity, pH) for each block,
the weather forecast for the next three days and each crew's picking rate, worked
out from the bin tallies weighed in at the winery, and decides which crew picks
which block. At 05:30 it sends each crew leader their block by WhatsApp through a
messaging provider; leaders can reply with today's headcount and the agent adjusts.
The vineyard manager sets priorities and sees the plan on a planning dashboard; the
viticulturist enters ripeness samples there. The plan goes out without a sign-off,
because the manager is already in the rows at dawn. Staff sign in to the dashboard
with Google Workspace and 2-step verification, keys sit in the cloud secret manager,
the crew database is encrypted and role-restricted, and the agent is capped at 25
steps a run and logs every tool call.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harvest crew planning agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Assigns harvest crews to vineyard blocks each morning from ripeness, weather "
        "and picking rates, and messages the crew leaders."
    ),
)

# ---------------------------------------------------------------- data assets
ripeness = tg.Data(
    "Ripeness samples",
    kind="records",
    description="Brix, titratable acidity, pH and tasting notes per block and date.",
)
blocks = tg.Data(
    "Vineyard block register",
    kind="records",
    description="Block areas, varieties, row counts and access tracks.",
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity="public")
forecast = tg.Data("Weather forecast", kind="records", sensitivity="public")
tallies = tg.Data(
    "Bin tallies",
    kind="records",
    sensitivity="pii",
    description="Bins and kilograms per crew per day, with the crew leader's name.",
)
roster = tg.Data(
    "Crew roster",
    kind="records",
    sensitivity="pii",
    description="Crew leaders' names and mobile numbers, crew sizes.",
)
rates = tg.Data("Crew picking rates", kind="records", sensitivity="pii")
constraints = tg.Data(
    "Planning priorities",
    kind="instructions",
    description="The manager's priorities: blocks to pick first, blocks to hold, tank space.",
)
tool_calls = tg.Data("Agent tool calls", kind="tool-call")
prompt = tg.Data("Planning prompt", kind="prompt", sensitivity="pii")
completion = tg.Data("Model completion", kind="model-output")
plan = tg.Data("Crew assignments", kind="model-output", sensitivity="pii")
message = tg.Data("Morning assignment message", kind="documents", sensitivity="pii")
replies = tg.Data("Crew leader replies", kind="documents", sensitivity="pii")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Crew leaders get and answer their assignments on their own phones.
    crew_leader = tm.add(tg.Actor("Crew leader", role="harvest crew leader"))

with tm.boundary("Messaging provider", trust="partner"):
    # WhatsApp Business API reseller: the only channel every crew leader already uses.
    gateway = tm.add(tg.ExternalService("WhatsApp messaging gateway"))

with tm.boundary("Weather provider", trust="partner"):
    # Paid forecast API with block-level hourly rain and temperature.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("LLM vendor", trust="partner"):
    # The language model the agent plans with, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Estate cloud tenant", trust="internal"):
    # The planner itself: an LLM agent that calls the tools below and sends the plan.
    agent = tm.add(
        tg.Agent(
            "Harvest planning agent",
            autonomy="autonomous",
            description="Runs at 05:00 each harvest day; sends assignments at 05:30 unreviewed.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(note="every run's prompts and tool calls kept in the plan store"),
                c.SecretsManagement(
                    note="LLM, weather and WhatsApp keys in the cloud secret manager"
                ),
            },
        )
    )
    # Reads the latest ripeness samples and the block register.
    ripeness_tool = tm.add(tg.Tool("Ripeness lookup tool", capabilities={"read"}))
    # Works out each crew's bins per hour from the tallies and returns the roster.
    crew_tool = tm.add(tg.Tool("Crew rate lookup tool", capabilities={"read"}))
    # Fetches the forecast for the estate's blocks from the weather provider.
    weather_tool = tm.add(tg.Tool("Weather tool", capabilities={"read", "network-egress"}))
    # Sends the morning assignment to a crew leader through the gateway.
    message_tool = tm.add(
        tg.Tool(
            "Crew message tool",
            capabilities={"send-messages"},
            controls={
                c.LeastPrivilegeTools(note="provider key can only send from the estate number")
            },
        )
    )
    # Ripeness samples and block data, entered by the viticulturist.
    vineyard_db = tm.add(tg.DataStore("Vineyard records database", stores={ripeness, blocks}))
    # Who the crews are and what they picked: personal data of seasonal workers.
    crew_db = tm.add(
        tg.DataStore(
            "Crew database",
            stores={tallies, roster},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Each day's plan, the replies and the agent's run logs.
    plan_store = tm.add(tg.DataStore("Plan store", stores={plan, replies}))
    # Where the manager sets priorities and reads the plan, and samples are entered.
    dashboard = tm.add(
        tg.Endpoint(
            "Planning dashboard",
            purpose="api",
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Winery office", trust="internal"):
    # Sets the day's priorities and reads the plan.
    manager = tm.add(tg.Actor("Vineyard manager", role="vineyard manager", privileged=True))
    # Samples berries in each block and records the results.
    viticulturist = tm.add(tg.Actor("Viticulturist", role="viticulturist"))
    # Weighbridge PC at the reception bay: records every bin against its crew.
    weighbridge = tm.add(tg.Device("Weighbridge terminal", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(viticulturist, dashboard, ripeness, protocol="https")
tm.flow(dashboard, vineyard_db, ripeness)
tm.flow(weighbridge, crew_db, tallies, protocol="https")

tm.flow(manager, dashboard, constraints, protocol="https")
tm.flow(dashboard, agent, constraints)

tm.flow(agent, ripeness_tool, tool_calls)
tm.flow(vineyard_db, ripeness_tool, ripeness, blocks)
tm.flow(ripeness_tool, agent, ripeness, blocks)

tm.flow(agent, crew_tool, tool_calls)
tm.flow(crew_db, crew_tool, tallies, roster)
tm.flow(crew_tool, agent, rates, roster)

tm.flow(agent, weather_tool, tool_calls)
tm.flow(weather_tool, weather_api, forecast_request, protocol="https")
tm.flow(weather_api, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, forecast)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, plan_store, plan)
tm.flow(plan_store, dashboard, plan, replies)
tm.flow(dashboard, manager, plan, replies, protocol="https")

tm.flow(agent, message_tool, message)
tm.flow(message_tool, gateway, message, protocol="https")
tm.flow(gateway, crew_leader, message, protocol="whatsapp")
tm.flow(crew_leader, gateway, replies, protocol="whatsapp")
tm.flow(gateway, agent, replies, protocol="https", label="reply webhook")
tm.flow(agent, plan_store, replies, id="agent->plan-store:replies")
