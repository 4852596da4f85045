"""Escargot farm climate agent: the first design, before any security review.

A family snail farm raises escargot in polytunnel greenhouses that must stay humid
(80-90 % RH) and cool. A climate agent, built on a hosted LLM, runs on a mini-PC in
the farm office. Every few minutes it reads humidity and temperature through the
greenhouse farm controller (Modbus TCP on the farm LAN), looks at the weather
forecast, and changes the misting schedule and setpoints the controller uses to run
the misting pumps. When the feed bins run low it drafts an order on the feed
supplier's web portal, signed in with the farm's portal account.
The owner uses a small web dashboard from their phone (port-forwarded through the
farm router, password login) to set target ranges, chat with the agent and confirm
feed orders; misting changes go ahead without asking. The controller's own firmware
caps misting run time and stops the pumps at very high humidity. Readings, agent
actions and orders are kept in a local SQLite database on the mini-PC.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Escargot farm climate agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "LLM agent that keeps snail greenhouses humid through the farm controller "
        "and reorders feed from the supplier portal."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Greenhouse humidity and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
misting_command = tg.Data(
    "Misting schedule and setpoints",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_signal = tg.Data("Pump on/off signal", kind="records")
targets = tg.Data(
    "Target humidity and temperature ranges",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
owner_message = tg.Data("Owner chat message", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, target ranges, latest readings, forecast and tool results.",
)
llm_completion = tg.Data("LLM completion with tool calls", kind="model-output")
forecast = tg.Data("Local weather forecast", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
readings_query = tg.Data("Readings query", kind="tool-call")
tool_result = tg.Data("Controller status", kind="tool-result")
feed_order = tg.Data(
    "Feed order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Product, quantity, delivery address and the farm's account number.",
)
order_confirmation = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_approval = tg.Data("Feed order approval", kind="records")
portal_credentials = tg.Data(
    "Supplier portal login",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The farm's username and password for the supplier's ordering site.",
)
action_log = tg.Data("Agent action and order log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The farm owner, usually on their phone in the tunnels or away from the farm.
    owner = tm.add(tg.Actor("Farm owner", role="farm owner", privileged=True))
    # Public forecast API the agent reads to plan misting ahead of hot, dry days.
    weather = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Free hourly forecast for the farm's postcode.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Feed supplier", trust=tg.Trust.PARTNER):
    # Where feed (calcium-rich meal) is ordered; invoiced to the farm's trade account.
    supplier_portal = tm.add(
        tg.ExternalService(
            "Feed supplier portal",
            description="The supplier's trade ordering website; orders are invoiced monthly.",
        )
    )

with tm.boundary("Farm LAN", trust=tg.Trust.INTERNAL):
    # The owner's way in: settings, chat with the agent, confirming feed orders.
    dashboard = tm.add(
        tg.Endpoint(
            "Farm dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Small web app on the mini-PC, reached through a router port forward.",
            controls={c.Authentication(method="single owner password")},
        )
    )
    # Decides misting changes and drafts feed orders.
    agent = tm.add(
        tg.Agent(
            "Climate agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs every five minutes and whenever the owner writes to it.",
            controls={
                c.HumanInTheLoop(
                    approver="farm owner",
                    note="feed orders wait for the owner's confirmation; misting changes go ahead directly",
                )
            },
        )
    )
    # Lets the agent read the current climate from the controller.
    read_tool = tm.add(tg.Tool("Climate readings tool", capabilities={"read"}))
    # Lets the agent write misting schedules and setpoints to the controller.
    misting_tool = tm.add(tg.Tool("Misting control tool", capabilities={"read", "write"}))
    # Places feed orders on the supplier portal with the farm's login.
    order_tool = tm.add(
        tg.Tool(
            "Feed ordering tool",
            capabilities={"write", "network-egress", "money-movement"},
            description="Drives the supplier's ordering site with the stored farm login.",
        )
    )
    # History of readings, target ranges, agent actions, orders and the portal login.
    farm_db = tm.add(
        tg.DataStore(
            "Farm database",
            stores={readings, targets, action_log, portal_credentials},
            description="SQLite file on the office mini-PC.",
        )
    )

    with tm.boundary("Greenhouse control network", trust=tg.Trust.INTERNAL):
        # Commercial greenhouse controller that owns the sensors and pump relays.
        controller = tm.add(
            tg.Service(
                "Greenhouse farm controller",
                description="Accepts misting schedules and setpoints over Modbus TCP.",
                controls={
                    c.SafetyLimits(
                        limits="firmware caps each misting run at 10 minutes and stops pumps above 97 % RH"
                    )
                },
            )
        )
        # Humidity and temperature probes in each tunnel.
        sensors = tm.add(tg.Device("Humidity and temperature sensors", fleet=True))
        # The misting pumps that wet the snail beds.
        pumps = tm.add(tg.Device("Misting pumps", fleet=True))

# ---------------------------------------------------------------- flows
# greenhouse loop
tm.flow(sensors, controller, readings, protocol="modbus", label="RS-485 Modbus RTU")
tm.flow(controller, pumps, pump_signal, label="relay outputs")

# owner and dashboard
tm.flow(owner, dashboard, owner_message, targets, order_approval, protocol="https")
tm.flow(dashboard, owner, agent_reply, readings, protocol="https")
tm.flow(dashboard, farm_db, targets)
tm.flow(farm_db, dashboard, readings, action_log)
tm.flow(dashboard, agent, owner_message, order_approval)
tm.flow(agent, dashboard, agent_reply)

# agent reasoning
tm.flow(farm_db, agent, targets, readings)
tm.flow(agent, farm_db, readings, action_log)
tm.flow(weather, agent, forecast, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# tools
tm.flow(agent, read_tool, readings_query)
tm.flow(read_tool, controller, readings_query, protocol="modbus", label="register reads")
tm.flow(controller, read_tool, readings, tool_result, protocol="modbus")
tm.flow(read_tool, agent, readings, tool_result)

tm.flow(agent, misting_tool, misting_command)
tm.flow(misting_tool, controller, misting_command, protocol="modbus", label="register writes")
tm.flow(controller, misting_tool, tool_result, protocol="modbus")
tm.flow(misting_tool, agent, tool_result)

tm.flow(agent, order_tool, feed_order)
tm.flow(farm_db, order_tool, portal_credentials)
tm.flow(order_tool, supplier_portal, feed_order, portal_credentials, protocol="https")
tm.flow(supplier_portal, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, order_confirmation)
