"""Factory robot LLM planner: the first design, before any security review.

Line operators on the shop floor type plain-language instructions into an
operator console ("move the pallets from bay 3 to the packing cell"). A task
planner on the plant's IT servers grounds the instruction in the plant layout
and robot catalogue, asks a hosted LLM for a structured task plan, and submits
the plan without a further human step. A safety rules engine on the OT network
checks each plan against keep-out zones, payload and speed limits before it
splits the plan into AMR missions for the fleet manager and arm jobs for the PLC
gateway, which drive the mobile robots and robot-arm cells. Operators log in to
the console with their plant Active Directory account; safety engineers maintain
the rules and the layout. Every instruction, plan and verdict is logged. The
fleet manager and PLC gateway are the vendors' products with their default
configuration.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Factory robot LLM planner",
    profile=tg.RiskProfile.HIGH,
    description="Natural-language task planning for mobile robots and robot arms on a plant floor.",
)

# ---------------------------------------------------------------- data assets
instruction = tg.Data("Operator instruction", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
plan_view = tg.Data(
    "Plan preview and progress", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
layout = tg.Data(
    "Plant layout and robot catalogue",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bays, cells, aisles, keep-out zones, robot models and payload limits.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
planning_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, plan schema, the instruction, layout excerpt and live robot status.",
)
draft_plan = tg.Data("Draft task plan", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
task_plan = tg.Data(
    "Task plan",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ordered steps: robot, action, source and target location, payload.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
verdict = tg.Data("Safety verdict", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
safety_rules = tg.Data(
    "Safety rules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
missions = tg.Data(
    "AMR missions",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
arm_jobs = tg.Data(
    "Arm job commands",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
robot_status = tg.Data("Robot and cell status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
plan_log = tg.Data("Plan and dispatch log", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Plant floor network", trust=tg.Trust.INTERNAL):
    # Types instructions on a shared rugged tablet at the line.
    operator = tm.add(tg.Actor("Line operator", role="line operator"))

with tm.boundary("Engineering office", trust=tg.Trust.INTERNAL):
    # Owns the safety rules and keeps the layout in step with the floor.
    safety_engineer = tm.add(tg.Actor("Safety engineer", role="safety engineer", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Turns instructions into structured plans; reached over the internet.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model prompted to emit plans in a JSON schema.",
            controls={
                c.SupplierAssessment(note="procurement security questionnaire, no-retention terms")
            },
        )
    )

with tm.boundary("Plant IT servers", trust=tg.Trust.INTERNAL):
    # The web app operators use to issue instructions and watch plans run.
    console = tm.add(
        tg.Endpoint(
            "Operator console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="plant Active Directory login"),
                c.RBAC(note="operators may only task robots assigned to their line"),
            },
        )
    )
    # Builds the prompt, parses the LLM's plan and submits it for execution.
    planner = tm.add(
        tg.Agent(
            "Task planner",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Submits the plan straight to the safety rules engine; no operator confirmation.",
            controls={
                c.CircuitBreaker(max_steps=30, note="plans longer than 30 steps are rejected")
            },
        )
    )
    # Grounding data for the prompt: where things are and what each robot can do.
    layout_store = tm.add(tg.DataStore("Layout and robot catalogue", stores={layout}))
    # Record of what was asked, what was planned and what was dispatched.
    log_store = tm.add(
        tg.DataStore(
            "Plan log",
            stores={plan_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # Deterministic check of every plan before anything moves.
    safety_engine = tm.add(
        tg.Service(
            "Safety rules engine",
            description="Rejects plans entering keep-out zones or exceeding payload and speed limits.",
            controls={
                c.SchemaEnforcement(),
                c.InputValidation(),
                c.ConfigValidation(note="rule changes are reviewed by a second safety engineer"),
            },
        )
    )
    # Vendor software that schedules and routes the mobile robots.
    fleet_manager = tm.add(
        tg.Service(
            "AMR fleet manager",
            controls={c.Authentication(method="static API key")},
        )
    )
    # Translates arm jobs into PLC tags for the robot-arm cells.
    plc_gateway = tm.add(tg.Service("PLC gateway"))
    # The autonomous mobile robots that move pallets between bays and cells.
    amrs = tm.add(tg.Device("Mobile robots", fleet=True))
    # Robot arms and their PLCs in the packing and machining cells.
    arms = tm.add(tg.Device("Robot arm cells", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(operator, console, instruction, protocol="https")
tm.flow(console, operator, plan_view, protocol="https")
tm.flow(console, planner, instruction, protocol="https")
tm.flow(planner, console, plan_view, protocol="https")

tm.flow(layout_store, planner, layout, label="layout excerpt")
tm.flow(planner, llm, planning_prompt, protocol="https")
tm.flow(llm, planner, draft_plan, protocol="https")
tm.flow(planner, log_store, plan_log)

tm.flow(planner, safety_engine, task_plan, protocol="https", label="submit plan")
tm.flow(safety_engine, planner, verdict, protocol="https")
tm.flow(safety_engine, fleet_manager, missions, protocol="http", label="fleet REST API")
tm.flow(fleet_manager, planner, robot_status, protocol="http", label="mission status")
tm.flow(safety_engine, plc_gateway, arm_jobs, protocol="opc-ua")
tm.flow(plc_gateway, planner, robot_status, protocol="opc-ua", label="cell status")

tm.flow(fleet_manager, amrs, missions, protocol="mqtt", label="plant Wi-Fi")
tm.flow(amrs, fleet_manager, robot_status, protocol="mqtt", label="plant Wi-Fi")
tm.flow(plc_gateway, arms, arm_jobs, protocol="profinet")
tm.flow(arms, plc_gateway, robot_status, protocol="profinet")

tm.flow(safety_engineer, safety_engine, safety_rules, protocol="https", label="rule updates")
tm.flow(safety_engineer, layout_store, layout, protocol="https", label="layout updates")
