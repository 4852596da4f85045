"""Depot charging schedule agent for an electric delivery fleet: the first design, before any security review.

Every evening the agent plans overnight charging for each depot's electric vans. It must get
every van to the charge its next-day route needs by that van's departure time. It must keep
the depot's total draw under the grid connection limit agreed with the network operator,
and charge in the cheapest half-hours. The agent is an LLM agent in the company's cloud. It gathers
the route plans, the vans' state of charge from the telematics vendor and the day-ahead
electricity prices. It passes them to a deterministic optimiser tool, then applies the resulting
charging profiles through the charge point management system (CSMS). The CSMS drives the
depot chargers over OCPP. Overnight it re-plans when a van arrives late or a charger faults.
Depot supervisors see the plan in an operations dashboard and can message the agent with exceptions.
They sign in with SSO and MFA. Chargers authenticate to the CSMS with per-charger credentials
over TLS and fall back to a low default rate if they lose the CSMS. Every agent action is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "EV fleet depot charging schedule agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that schedules and applies overnight van charging within each "
    "depot's grid connection limit, using route plans and electricity prices.",
)

# ---------------------------------------------------------------- data assets
supervisor_message = tg.Data(
    "Supervisor request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Exceptions such as 'van 14 leaves at 04:30' or 'bay 6 is out of service'.",
)
agent_answer = tg.Data("Agent answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, supervisor messages, route and vehicle summaries, tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The agent's next step: a tool call or an answer.",
)
route_plans = tg.Data(
    "Next-day route plans",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per van: route, distance, departure time and assigned driver.",
)
vehicle_soc = tg.Data(
    "Vehicle state of charge telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Battery state of charge, location and plug-in status per van.",
)
prices = tg.Data(
    "Day-ahead electricity prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Half-hourly import prices for the next day from the energy supplier.",
)
depot_config = tg.Data(
    "Depot configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Grid connection limit, charger inventory and ratings, bay-to-charger map.",
)
planning_call = tg.Data(
    "Planning data lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
planning_inputs = tg.Data(
    "Planning inputs",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Route plans, state of charge, prices and depot configuration for one depot.",
)
optimise_call = tg.Data(
    "Optimisation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Energy needed and deadline per van, prices, site limit, charger ratings.",
)
schedule = tg.Data(
    "Charging schedule",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per charger, a power limit for each half-hour of the night.",
)
apply_call = tg.Data(
    "Charging profile command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Set or clear a charging profile on a named charger.",
)
ocpp_profile = tg.Data(
    "OCPP charging profile",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="SetChargingProfile messages sent to the charger.",
)
charger_status = tg.Data(
    "Charger status and meter values",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Connector status, session start and stop, energy delivered, faults.",
)
site_reading = tg.Data(
    "Site import meter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Whole-depot import power every 10 seconds.",
)
apply_result = tg.Data(
    "Profile apply result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
action_log = tg.Data(
    "Schedule and action log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each plan, the inputs it used and every command sent.",
)
plan_view = tg.Data("Charging plan view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Depot office", trust=tg.Trust.INTERNAL):
    # Night supervisor at each depot; watches the plan and reports exceptions.
    supervisor = tm.add(tg.Actor("Depot supervisor", role="depot operations"))

with tm.boundary("Depot site", trust=tg.Trust.INTERNAL):
    # The chargers in the van yard, connected to the CSMS over cellular.
    chargers = tm.add(
        tg.Device(
            "Depot chargers",
            fleet=True,
            description="22 kW AC and 50 kW DC chargers, OCPP 2.0.1.",
            controls={
                c.SafetyLimits(
                    limits="each charger's firmware caps output at its rating and falls back "
                    "to a 7 kW default profile when it loses the CSMS connection"
                )
            },
        )
    )
    # The site's import meter, so the CSMS and agent can see total depot draw.
    site_meter = tm.add(tg.Device("Site energy meter", fleet=True))

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # Vehicle telematics platform already used by the fleet team.
    telematics = tm.add(
        tg.ExternalService(
            "Telematics platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Reports each van's state of charge and whether it is plugged in.",
        )
    )

with tm.boundary("Energy supplier", trust=tg.Trust.PARTNER):
    # The supplier publishes the day-ahead half-hourly tariff.
    price_feed = tm.add(
        tg.ExternalService(
            "Electricity price feed",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reasons over the inputs and decides which tools to call.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Fleet energy cloud", trust=tg.Trust.INTERNAL):
    # Where supervisors see tonight's plan and talk to the agent.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # The LLM agent: plans nightly, re-plans on events, applies profiles without approval.
    agent = tm.add(
        tg.Agent(
            "Charging schedule agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs at 19:00 per depot and on arrival, fault and supervisor events.",
            controls={c.CircuitBreaker(max_steps=40), c.AuditLogging()},
        )
    )
    # Gathers everything the plan needs for one depot.
    planning_tool = tm.add(
        tg.Tool(
            "Planning data tool",
            capabilities={"read"},
            description="Fetches route plans, state of charge, prices and depot configuration.",
        )
    )
    # Deterministic solver: energy per van by deadline, under the site limit, cheapest slots.
    optimiser = tm.add(
        tg.Tool(
            "Charge optimiser tool",
            capabilities={"read"},
            description="Linear program; returns a per-charger half-hourly power schedule.",
        )
    )
    # The only path from the agent to the chargers.
    charger_tool = tm.add(
        tg.Tool(
            "Charger control tool",
            capabilities={"write"},
            description="Applies or clears charging profiles through the CSMS API.",
            controls={c.LeastPrivilegeTools()},
        )
    )
    # Charge point management system: the OCPP central system for all depots.
    csms = tm.add(
        tg.Service(
            "Charge point management system",
            description="OCPP 2.0.1 central system; sends charging profiles, collects status "
            "and meter values.",
            controls={
                c.Authentication(method="OCPP security profile 2: per-charger password over TLS")
            },
        )
    )
    # Produces the next day's routes; owned by the logistics planning team.
    route_planner = tm.add(tg.Service("Route planning system"))
    # Grid limit and charger inventory per depot, edited by supervisors in the dashboard.
    config_store = tm.add(tg.DataStore("Depot configuration store", stores={depot_config}))
    # Plans and commands, for the morning review and for disputes about uncharged vans.
    log_store = tm.add(tg.DataStore("Schedule log store", stores={action_log}))

# ---------------------------------------------------------------- flows
# Supervisor
tm.flow(supervisor, dashboard, supervisor_message, depot_config, protocol="https")
tm.flow(dashboard, supervisor, agent_answer, plan_view, protocol="https")
tm.flow(dashboard, agent, supervisor_message)
tm.flow(agent, dashboard, agent_answer, plan_view)
tm.flow(dashboard, config_store, depot_config, label="supervisor edits")
tm.flow(log_store, dashboard, action_log)

# The model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Planning data
tm.flow(agent, planning_tool, planning_call)
tm.flow(route_planner, planning_tool, route_plans, protocol="https")
tm.flow(telematics, planning_tool, vehicle_soc, protocol="https")
tm.flow(price_feed, planning_tool, prices, protocol="https")
tm.flow(config_store, planning_tool, depot_config)
tm.flow(planning_tool, agent, planning_inputs)

# Optimisation
tm.flow(agent, optimiser, optimise_call)
tm.flow(optimiser, agent, schedule)

# Control
tm.flow(agent, charger_tool, apply_call)
tm.flow(charger_tool, csms, apply_call, protocol="https")
tm.flow(csms, charger_tool, apply_result, charger_status, protocol="https")
tm.flow(charger_tool, agent, apply_result, charger_status)
tm.flow(csms, chargers, ocpp_profile, protocol="wss")
tm.flow(chargers, csms, charger_status, protocol="wss")
tm.flow(site_meter, csms, site_reading, protocol="mqtts")
tm.flow(
    csms, agent, charger_status, site_reading, protocol="https", label="fault and arrival events"
)

# Record keeping
tm.flow(agent, log_store, action_log)
