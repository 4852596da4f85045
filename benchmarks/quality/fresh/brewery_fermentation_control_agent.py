"""Brewery fermentation control agent: the first design, before any security review.

A craft brewery wants an agent to watch its fermenters around the clock. It runs on
the small server in the brewery office, polls tank temperature and pressure from the
glycol plant PLC over Modbus TCP and gravity from inline hydrometers over MQTT, and
asks a hosted LLM what to do next for each batch. It can move the glycol cooling
setpoints on the PLC itself, but the setpoint tool clamps every write to the min/max
in the batch's recipe. Recipes and their limits come from the brewing team's shared
Google Sheets spreadsheet, read with a read-only service account. Dumping or
transferring a batch is never done alone: the agent asks the head brewer in the
brewery's Slack workspace and acts only on a "yes" there. Every reading, decision
and command is written to a batch log on the office server. Calls to the LLM,
Slack and Google go over HTTPS; the OT network is the plant integrator's flat LAN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brewery fermentation control agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent that adjusts fermenter cooling within recipe limits and "
    "asks the head brewer before dumping or transferring a batch.",
)

# ---------------------------------------------------------------- data assets
tank_readings = tg.Data(
    "Tank readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, pressure and gravity per fermenter, every 30 seconds.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
recipes = tg.Data(
    "Recipes and fermentation limits",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-recipe temperature schedule, setpoint min/max, target gravity.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agent_prompt = tg.Data(
    "Batch status prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_plan = tg.Data("Proposed next action", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
setpoint_cmd = tg.Data(
    "Glycol setpoint command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
batch_action = tg.Data(
    "Dump or transfer command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
plc_ack = tg.Data("PLC write result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
approval_request = tg.Data("Approval request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
brewer_reply = tg.Data(
    "Head brewer reply",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text chat answer: yes/no plus any instructions.",
)
batch_log = tg.Data("Batch log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The head brewer answers approvals from the Slack app on a personal phone.
    head_brewer = tm.add(tg.Actor("Head brewer", role="head brewer", privileged=True))
    # Brewers edit recipes in the shared sheet from home, the taproom or the floor.
    brewing_team = tm.add(tg.Actor("Brewing team", role="brewer"))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The source of truth for recipes and their limits; the whole team can edit it.
    recipe_sheet = tm.add(
        tg.DataSource(
            "Recipe spreadsheet",
            origin=tg.Origin.INTERNAL,
            provides={recipes},
            description="Shared Google Sheet, one tab per recipe.",
        )
    )

with tm.boundary("Slack", trust=tg.Trust.PARTNER):
    # Where the agent asks for and receives the head brewer's approval.
    slack = tm.add(
        tg.ExternalService(
            "Brewery Slack workspace",
            provides=tg.ExternalCategory.GENERIC,
            description="The #cellar channel and DMs to the head brewer.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Decides, from readings and the recipe, whether to hold, adjust or escalate.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Brewery office server", trust=tg.Trust.INTERNAL):
    # Polls the PLC and hydrometers and normalises readings per tank.
    collector = tm.add(
        tg.Service("Telemetry collector", description="Modbus poller and MQTT broker client.")
    )
    # The agent loop: one run per tank every five minutes, plus on alarms.
    agent = tm.add(
        tg.Agent(
            "Fermentation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=20, note="per tank per run")},
        )
    )
    # Writes cooling setpoints to the PLC, never outside the recipe's min/max.
    setpoint_tool = tm.add(
        tg.Tool(
            "Glycol setpoint tool",
            capabilities={"read", "write"},
            controls={
                c.InputValidation(note="setpoint clamped to the recipe's min/max for the tank"),
                c.LeastPrivilegeTools(note="writes only the setpoint registers of each tank"),
            },
        )
    )
    # Starts a dump or a transfer sequence on the PLC once approved.
    batch_tool = tm.add(
        tg.Tool(
            "Batch dump and transfer tool",
            capabilities={"write", "delete"},
            controls={c.HumanInTheLoop(approver="the head brewer, in Slack")},
        )
    )
    # Posts approval requests to Slack and reads the head brewer's answers.
    chat_tool = tm.add(tg.Tool("Slack approval tool", capabilities={"read", "send-messages"}))
    # History the agent reads back for trends, and the record for the brewers.
    log_store = tm.add(tg.DataStore("Batch log store", stores={batch_log, tank_readings}))

with tm.boundary("Brewhouse OT network", trust=tg.Trust.INTERNAL):
    # Runs the glycol chiller valves and the tank-farm valve sequences.
    plc = tm.add(
        tg.Device(
            "Glycol plant PLC",
            fleet=False,
            description="Integrator-installed PLC; Modbus TCP server on the OT LAN.",
        )
    )
    # Wi-Fi hydrometers floating in each fermenter.
    hydrometers = tm.add(tg.Device("Inline gravity sensors", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(plc, collector, tank_readings, protocol="modbus", label="temperature and pressure")
tm.flow(hydrometers, collector, tank_readings, protocol="mqtt", label="gravity")
tm.flow(collector, agent, tank_readings)
tm.flow(collector, log_store, tank_readings)

tm.flow(brewing_team, recipe_sheet, recipes, protocol="https", label="edits recipes")
tm.flow(
    recipe_sheet,
    agent,
    recipes,
    protocol="https",
    label="read-only service account",
    controls={c.Authentication(method="Google service account key")},
)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_plan, protocol="https")

tm.flow(agent, setpoint_tool, setpoint_cmd)
tm.flow(setpoint_tool, plc, setpoint_cmd, protocol="modbus")
tm.flow(plc, setpoint_tool, plc_ack, protocol="modbus")
tm.flow(setpoint_tool, agent, plc_ack)

tm.flow(agent, chat_tool, approval_request)
tm.flow(chat_tool, slack, approval_request, protocol="https")
tm.flow(slack, head_brewer, approval_request, protocol="https")
tm.flow(head_brewer, slack, brewer_reply, protocol="https")
tm.flow(slack, chat_tool, brewer_reply, protocol="https")
tm.flow(chat_tool, agent, brewer_reply)

tm.flow(agent, batch_tool, batch_action)
tm.flow(batch_tool, plc, batch_action, protocol="modbus")
tm.flow(plc, batch_tool, plc_ack, protocol="modbus")
tm.flow(batch_tool, agent, plc_ack)

tm.flow(agent, log_store, batch_log)
tm.flow(log_store, agent, batch_log, tank_readings, label="batch history")
