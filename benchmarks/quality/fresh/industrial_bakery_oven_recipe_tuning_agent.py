"""Industrial bakery oven recipe tuning agent: the first design, before any review.

A large bread bakery runs tunnel ovens whose zone temperature profiles are held as
recipes in each line's PLC. An LLM agent on a server in the site's IT/OT DMZ reads
oven sensor history from the process historian and the quality lab's bake scores
(colour, moisture, crumb) from the LIMS, asks a hosted LLM to reason about them, and
proposes changes to a product's temperature profile. The proposal appears on an
approval console; once the shift supervisor approves it, the agent writes the new
profile to the PLC recipe system over OPC UA. Process engineers set the agent's tuning
goals and allowed ranges. The PLC clamps every zone setpoint to fixed limits, the
recipe-write tool's account can change only temperature profiles, supervisors sign in
with their site Active Directory account, and every proposal and decision is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Industrial bakery oven recipe tuning agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent proposes oven temperature profile changes from sensor and "
    "lab data; a shift supervisor approves before it writes them to the PLC.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Oven sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Zone temperatures, humidity, belt speed and burner state, every second.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
active_profile = tg.Data(
    "Active temperature profile",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The recipe setpoints the PLC is running, logged to the historian.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bake_scores = tg.Data(
    "Quality lab bake scores",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Crust colour, core moisture and crumb scores per batch.",
)
tool_query = tg.Data("Agent tool query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Tuning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, sensor summaries, bake scores and the current profile.",
)
completion = tg.Data(
    "LLM reasoning and suggestion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
proposal = tg.Data(
    "Proposed profile change",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="New zone setpoints for one product, with the agent's rationale.",
)
decision = tg.Data(
    "Supervisor approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
recipe_write = tg.Data(
    "Recipe write command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
write_result = tg.Data(
    "Recipe write result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
tuning_goals = tg.Data(
    "Tuning goals and allowed ranges",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
change_log = tg.Data("Recipe change log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Oven line OT network", trust=tg.Trust.RESTRICTED):
    # Thermocouples, humidity probes and belt encoders on each tunnel oven.
    sensors = tm.add(tg.Device("Oven zone sensors", fleet=True))
    # The line PLC and its recipe manager: runs the temperature profile per product.
    plc = tm.add(
        tg.Service(
            "Line PLC recipe system",
            controls={
                c.SafetyLimits(
                    limits="PLC clamps each zone setpoint to 150-260 C; independent "
                    "high-limit cut-outs on every burner"
                )
            },
        )
    )

with tm.boundary("Site IT/OT DMZ", trust=tg.Trust.INTERNAL):
    # Process historian, replicated from the OT network, that keeps sensor history.
    historian = tm.add(tg.DataStore("Process historian", stores={readings, active_profile}))
    # The quality lab's LIMS where bake scores are entered per batch.
    lims = tm.add(tg.DataStore("Quality LIMS", stores={bake_scores}))
    # The tuning agent: plans queries, asks the LLM, drafts proposals, writes approved ones.
    agent = tm.add(
        tg.Agent(
            "Oven tuning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="shift supervisor")},
        )
    )
    # Read-only query tool over the historian.
    historian_tool = tm.add(tg.Tool("Historian query tool", capabilities={"read"}))
    # Read-only query tool over the LIMS.
    lims_tool = tm.add(tg.Tool("Lab scores tool", capabilities={"read"}))
    # Writes an approved temperature profile into the PLC recipe manager.
    recipe_tool = tm.add(
        tg.Tool(
            "Recipe write tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(
                    note="OPC UA account may change only temperature-profile nodes"
                )
            },
        )
    )
    # Web console on the line office PC where supervisors review and approve proposals.
    console = tm.add(
        tg.Service(
            "Approval console",
            controls={c.Authentication(method="site Active Directory username and password")},
        )
    )
    # Record of every proposal, decision and write, for quality and food-safety audits.
    log_store = tm.add(
        tg.DataStore(
            "Change log",
            stores={change_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Approves or rejects each proposed change during their shift.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="production supervisor"))
    # Enters bake scores after testing samples from each batch.
    lab_tech = tm.add(tg.Actor("Quality lab technician", role="lab technician"))
    # Sets the agent's goals, allowed ranges and instructions.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM behind the provider's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

# ---------------------------------------------------------------- flows
tm.flow(sensors, plc, readings, protocol="profinet")
tm.flow(plc, historian, readings, active_profile, protocol="opc-ua", label="historian collector")
tm.flow(lab_tech, lims, bake_scores)
tm.flow(engineer, agent, tuning_goals, label="agent configuration")

tm.flow(agent, historian_tool, tool_query)
tm.flow(historian_tool, historian, tool_query, protocol="https")
tm.flow(historian, historian_tool, readings, active_profile, protocol="https")
tm.flow(historian_tool, agent, readings, active_profile)
tm.flow(agent, lims_tool, tool_query)
tm.flow(lims_tool, lims, tool_query, protocol="sql")
tm.flow(lims, lims_tool, bake_scores, protocol="sql")
tm.flow(lims_tool, agent, bake_scores)

tm.flow(
    agent,
    llm,
    prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    llm,
    agent,
    completion,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

tm.flow(agent, console, proposal, protocol="https")
tm.flow(console, supervisor, proposal, protocol="https")
tm.flow(supervisor, console, decision, protocol="https")
tm.flow(console, agent, decision, protocol="https")
tm.flow(console, log_store, change_log)

tm.flow(agent, recipe_tool, recipe_write)
tm.flow(recipe_tool, plc, recipe_write, protocol="opc-ua")
tm.flow(plc, recipe_tool, write_result, protocol="opc-ua")
tm.flow(recipe_tool, agent, write_result)
tm.flow(agent, log_store, change_log, label="write outcome")
