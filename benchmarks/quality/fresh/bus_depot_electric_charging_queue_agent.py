"""Overnight charging queue agent for an electric bus depot: the first design.

Every evening an LLM agent plans which bus charges on which charger, when and to what
state of charge, so that each bus can run its block the next day within the depot's
grid connection. It reads battery telemetry (state of charge, state of health, pack
temperature) that a sync job pulls every five minutes from the telematics vendor, and
the next day's vehicle blocks from the scheduling system. It reasons with a hosted
LLM and sends charging schedules to the charger vendor's cloud charger management
system (CMS), which drives the depot chargers over OCPP. The depot night controller
sees the plan in a web console, approves the first plan of the night and can ask
the agent in plain words to re-prioritise buses; re-plans after a charger fault or a
late bus go out without a new approval. Controls: SSO on the console, TLS to every
vendor, the CMS key in the cloud secret manager, a step limit on the agent, and the
CMS's own load management holding the site under its grid limit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Depot charging queue agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Plans overnight charging of electric buses from telemetry and next-day blocks, "
        "and sends the schedules to the charger management system."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Battery telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="State of charge, state of health and pack temperature per bus.",
)
blocks = tg.Data(
    "Next-day vehicle blocks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Each block's pull-out time, distance and the bus allocated to it.",
)
controller_request = tg.Data(
    "Controller request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text instruction such as 'bus 4123 must have 90% by 04:30'.",
)
plan_approval = tg.Data("Plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
charging_plan = tg.Data(
    "Overnight charging plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
llm_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt with depot rules, the telemetry, the blocks and the request.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
telemetry_call = tg.Data("Telemetry query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
telemetry_result = tg.Data(
    "Telemetry lookup result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
blocks_call = tg.Data("Blocks query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
blocks_result = tg.Data(
    "Blocks lookup result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
schedule_call = tg.Data(
    "Charging schedule command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per charger: bus, start time, maximum power and target state of charge.",
)
charging_profile = tg.Data(
    "Charging profile",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
charger_status = tg.Data(
    "Charger status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Connector state, faults and energy delivered per session.",
)
charger_status_result = tg.Data(
    "Charger status result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Depot", trust=tg.Trust.INTERNAL):
    # Runs the depot overnight; approves the plan and asks for changes.
    controller = tm.add(tg.Actor("Depot night controller", role="depot controller"))
    # The depot's DC chargers; they deliver the power the CMS tells them to.
    chargers = tm.add(
        tg.Device(
            "Depot chargers",
            description="150 kW DC plug-in chargers, two connectors each, OCPP 1.6J.",
        )
    )

with tm.boundary("Bus fleet", trust=tg.Trust.INTERNAL):
    # The buses' telematics units report battery state over the mobile network.
    buses = tm.add(
        tg.Device(
            "Electric buses",
            description="Battery electric buses with the telematics vendor's on-board unit.",
        )
    )

with tm.boundary("Telematics vendor cloud", trust=tg.Trust.PARTNER):
    # Where the buses' battery data lands first.
    telematics = tm.add(tg.ExternalService("Telematics platform", provides="data-provider"))

with tm.boundary("Charger vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's charger management system: the only way to command the chargers.
    cms = tm.add(
        tg.ExternalService(
            "Charger management system",
            provides="generic",
            controls={
                c.SafetyLimits(limits="CMS load management caps the site at the 2.4 MW grid limit")
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reasons over the depot state and proposes the plan and tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Operator cloud tenancy", trust=tg.Trust.INTERNAL):
    # The controller's window onto the plan, and the way to talk to the agent.
    console = tm.add(
        tg.Endpoint(
            "Charging console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Azure AD single sign-on")},
        )
    )
    # The planner: reads state through tools and sets the charging queue.
    agent = tm.add(
        tg.Agent(
            "Charging queue agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(
                    approver="the depot night controller",
                    note="approves the first plan of the night; later re-plans go out automatically",
                ),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reads battery state for the buses in the depot.
    telemetry_tool = tm.add(tg.Tool("Telemetry lookup tool", capabilities={"read"}))
    # Reads tomorrow's blocks and which bus runs each.
    blocks_tool = tm.add(tg.Tool("Blocks lookup tool", capabilities={"read"}))
    # Sends charging schedules to the CMS and reads charger status back.
    charger_tool = tm.add(
        tg.Tool(
            "Charger control tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="CMS API key in the cloud secret manager")},
        )
    )
    # Pulls telemetry from the telematics vendor every five minutes.
    sync_job = tm.add(tg.Service("Telemetry sync job"))
    # Latest battery state per bus, kept for the agent and for engineering.
    telemetry_store = tm.add(
        tg.DataStore(
            "Battery telemetry store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Every plan the agent made, for the morning handover and later questions.
    plan_store = tm.add(tg.DataStore("Charging plan store", stores={charging_plan}))

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # The scheduling system's database: the source of vehicle blocks.
    scheduling_db = tm.add(tg.DataStore("Scheduling database", stores={blocks}))

# ---------------------------------------------------------------- flows
tm.flow(buses, telematics, telemetry, protocol="mqtts", label="cellular")
tm.flow(telematics, sync_job, telemetry, protocol="https", label="5-minute pull")
tm.flow(sync_job, telemetry_store, telemetry)

tm.flow(controller, console, controller_request, plan_approval, protocol="https")
tm.flow(console, controller, charging_plan, protocol="https")
tm.flow(console, agent, controller_request, plan_approval)
tm.flow(agent, console, charging_plan)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, telemetry_tool, telemetry_call)
tm.flow(telemetry_store, telemetry_tool, telemetry)
tm.flow(telemetry_tool, agent, telemetry_result)

tm.flow(agent, blocks_tool, blocks_call)
tm.flow(scheduling_db, blocks_tool, blocks, protocol="https")
tm.flow(blocks_tool, agent, blocks_result)

tm.flow(agent, charger_tool, schedule_call)
tm.flow(charger_tool, cms, charging_profile, protocol="https")
tm.flow(cms, charger_tool, charger_status, protocol="https")
tm.flow(charger_tool, agent, charger_status_result)
tm.flow(cms, chargers, charging_profile, protocol="wss", label="OCPP 1.6J")
tm.flow(chargers, cms, charger_status, protocol="wss", label="OCPP 1.6J")

tm.flow(agent, plan_store, charging_plan)
