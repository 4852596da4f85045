"""Paint shop spray-path agent: the first design, before any security review.

Process engineers at a car-parts maker (bumpers, mirror housings, trim) ask an
LLM agent, from an engineering web workbench, to draft the spray-robot paint
program for a new or changed part. The agent reads the part's CAD model from the
PLM vault and the coating specification (film build, flash-off times, gun
settings, paint supplier data sheets) from the spec library, asks a hosted LLM
to plan the spray paths and brush settings, and writes the draft program into
the paint program repository. Engineers run the draft in the offline paint
simulation, adjust it, and sign it off; a transfer station in the paint-shop cell
network then loads signed-off programs onto the booth robot controllers. Controls
in this design: corporate SSO on the workbench, read-only PLM access for the
agent, a step limit on agent runs, engineer approval before any load, and the
robots' own safety controllers with booth interlocks.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Paint shop spray-path agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent drafting paint-robot programs from CAD and coating specs, "
    "simulated and signed off by engineers before loading onto booth robots.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Engineering request",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Part number, coating system and what to change, in the engineer's words.",
)
cad = tg.Data(
    "Part CAD models",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customer OEM part geometry (STEP/JT), under NDA.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
coating_spec = tg.Data(
    "Coating specifications",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Film build, flash-off, bake and gun settings per coating system.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
supplier_tds = tg.Data(
    "Paint supplier data sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Agent prompt with part and spec context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
completion = tg.Data(
    "LLM plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
program = tg.Data(
    "Paint robot program",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Robot paths, speeds, gun on/off points, flow and atomiser settings.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
summary = tg.Data("Agent summary", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sim_results = tg.Data("Simulation results", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sign_off = tg.Data("Program sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
robot_status = tg.Data(
    "Controller program list and status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Paint supplier", trust=tg.Trust.PARTNER):
    # Technical data sheets the paint supplier publishes on its customer portal.
    supplier = tm.add(
        tg.DataSource(
            "Paint supplier portal",
            origin=tg.Origin.VENDOR,
            provides={supplier_tds},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model under the company's enterprise agreement; plans paths and writes code.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="enterprise terms: no training on our data")
            },
        )
    )

with tm.boundary("Engineering network", trust=tg.Trust.INTERNAL):
    # Paint-shop process engineers: request drafts, simulate, sign off.
    engineer = tm.add(tg.Actor("Paint process engineer", role="process engineer", privileged=True))
    # Web front end where engineers talk to the agent and see its drafts.
    workbench = tm.add(
        tg.Endpoint(
            "Engineering workbench",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # The LLM agent that gathers part and spec data and drafts the program.
    agent = tm.add(
        tg.Agent(
            "Spray-path agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={tg.controls.CircuitBreaker(max_steps=40)},
        )
    )
    # Reads part geometry from PLM for the agent.
    cad_tool = tm.add(
        tg.Tool(
            "CAD lookup tool",
            capabilities={"read"},
            controls={tg.controls.LeastPrivilegeTools(note="read-only PLM service account")},
        )
    )
    # Searches the coating spec library for the part's coating system.
    spec_tool = tm.add(tg.Tool("Coating spec search tool", capabilities={"read"}))
    # Commits the agent's draft program to the program repository.
    writer_tool = tm.add(tg.Tool("Program writer tool", capabilities={"write"}))
    # PLM vault holding the customer part models.
    plm = tm.add(tg.DataStore("PLM vault", stores={cad}, controls={tg.controls.RBAC()}))
    # Coating specifications maintained by paint-shop engineering, with supplier sheets.
    spec_library = tm.add(tg.DataStore("Coating spec library", stores={coating_spec, supplier_tds}))
    # Git repository of paint programs: drafts and signed-off releases.
    repo = tm.add(
        tg.DataStore(
            "Paint program repository",
            stores={program, sign_off},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )
    # Offline paint simulation: reach, collisions, film-build prediction.
    simulator = tm.add(tg.Service("Offline paint simulation"))

with tm.boundary("Paint shop cell network", trust=tg.Trust.RESTRICTED):
    # Engineering PC in the cell that pushes signed-off programs to the robots.
    transfer = tm.add(
        tg.Service(
            "Program transfer station",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="paint process engineer after simulation sign-off"
                ),
                tg.controls.Authentication(method="local Windows account"),
            },
        )
    )
    # The paint-booth robots that run the programs.
    robots = tm.add(
        tg.Device(
            "Paint-booth robot controllers",
            description="Six-axis paint robots with electrostatic bell atomisers, two booths.",
            controls={
                tg.controls.SafetyLimits(
                    limits="robot safety controller enforces zone and TCP speed limits; "
                    "booth door and fire interlocks stop the robots and high voltage"
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
# request and agent loop
tm.flow(engineer, workbench, request, protocol="https")
tm.flow(workbench, agent, request)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, cad_tool, tool_call)
tm.flow(cad_tool, plm, tool_call, protocol="https")
tm.flow(plm, cad_tool, cad, protocol="https")
tm.flow(cad_tool, agent, tool_result, cad)
tm.flow(agent, spec_tool, tool_call)
tm.flow(spec_library, spec_tool, coating_spec, supplier_tds)
tm.flow(spec_tool, agent, tool_result, coating_spec)
tm.flow(agent, writer_tool, program)
tm.flow(writer_tool, repo, program, protocol="https")
tm.flow(agent, workbench, summary)
tm.flow(workbench, engineer, summary, protocol="https")

# supplier data sheets
tm.flow(
    supplier,
    spec_library,
    supplier_tds,
    protocol="https",
    label="data sheets downloaded by engineering",
)

# simulation and sign-off
tm.flow(repo, simulator, program)
tm.flow(simulator, engineer, sim_results)
tm.flow(engineer, repo, program, sign_off, protocol="https", label="edits and signs off")

# loading onto the robots
tm.flow(engineer, transfer, sign_off, label="approves the load")
tm.flow(repo, transfer, program, sign_off, protocol="https")
tm.flow(transfer, robots, program, protocol="ftp")
tm.flow(robots, transfer, robot_status, protocol="ftp")
