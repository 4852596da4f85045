"""Lab protocol scheduling agent for liquid-handling robots: the first design.

Scientists describe the run they want in plain language in a lab web portal
("normalise these 96 samples to 10 ng/uL into plate B"). An LLM agent, using a
model hosted by a vendor under an enterprise agreement, picks a validated
protocol from the protocol library, reads sample and plate details from the
LIMS, fills in volumes and plate layouts to produce a run file, and books a
slot on a robot in the instrument booking system. A lab technician reviews
the proposed run in an approval console; only then does the submission tool
drop the run file on the robot controller's share on the instrument network.
Controls so far: single sign-on to the portal, a step limit on the agent,
technician approval before a run is sent, versioned and role-protected
protocols, and the robot vendor's firmware limits on volumes and deck moves.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lab protocol robot scheduler agent",
    profile=tg.RiskProfile.HIGH,
    description="Turns plain-language run requests into approved liquid-handler runs.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Run request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The scientist's request, naming samples, targets and plates.",
)
reply = tg.Data(
    "Agent reply and run summary", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the request, protocol text, sample data and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
protocols = tg.Data(
    "Validated protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approved method templates with their parameter ranges.",
)
samples = tg.Data(
    "Sample and plate records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sample IDs, concentrations, plate barcodes and well positions.",
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
run_file = tg.Data(
    "Run file",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Protocol with volumes, plate layout and deck positions the robot executes.",
)
booking = tg.Data("Robot booking", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pending_run = tg.Data(
    "Proposed run for approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
run_approval = tg.Data(
    "Technician run approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
run_status = tg.Data("Run status and log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, no training on our data")},
        )
    )

with tm.boundary("Lab corporate network", trust=tg.Trust.INTERNAL):
    # Scientists who need runs prepared.
    scientist = tm.add(tg.Actor("Scientist", role="researcher"))
    # Technicians who own the robots and approve each run.
    technician = tm.add(tg.Actor("Lab technician", role="lab technician", privileged=True))
    # Web portal where scientists chat with the agent.
    portal = tm.add(
        tg.Endpoint(
            "Lab request portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Plans the run: chooses a protocol, fills parameters, books, submits.
    agent = tm.add(
        tg.Agent(
            "Protocol scheduler agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Library of validated protocols the agent may choose from.
    library = tm.add(
        tg.DataStore(
            "Protocol library",
            stores={protocols},
            controls={c.RBAC(), c.DataVersioning()},
        )
    )
    # Lab information management system: samples, plates, barcodes.
    lims = tm.add(tg.DataStore("LIMS", stores={samples}))
    # Reads protocols and sample records for the agent.
    lookup_tool = tm.add(tg.Tool("Protocol and sample lookup tool", capabilities={"read"}))
    # Fills volumes and plate layout into the chosen protocol template.
    builder_tool = tm.add(
        tg.Tool(
            "Run file builder tool",
            capabilities={"read", "write"},
            controls={c.SchemaEnforcement(note="run file must match the vendor's method schema")},
        )
    )
    # Books a robot time slot in the booking system.
    booking_tool = tm.add(tg.Tool("Robot booking tool", capabilities={"write"}))
    # Instrument calendar shared by all lab staff.
    booking_system = tm.add(tg.DataStore("Instrument booking system", stores={booking}))
    # Where technicians see proposed runs and approve or reject them.
    approval_console = tm.add(
        tg.Service("Run approval console", controls={c.AuditLogging(retention_days=730)})
    )
    # Sends the approved run file to the robot controller.
    submit_tool = tm.add(
        tg.Tool(
            "Run submission tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="lab technician")},
        )
    )

    with tm.boundary("Instrument network", trust=tg.Trust.RESTRICTED):
        # Vendor control software on the PC attached to the robot.
        controller = tm.add(tg.Service("Liquid-handling robot controller"))
        # The liquid handler itself.
        robot = tm.add(
            tg.Device(
                "Liquid-handling robot",
                fleet=True,
                controls={
                    c.SafetyLimits(
                        limits="vendor firmware: per-channel volume range and deck collision checks"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(scientist, portal, request, protocol="https")
tm.flow(portal, scientist, reply, protocol="https")
tm.flow(portal, agent, request)
tm.flow(agent, portal, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, tool_call)
tm.flow(library, lookup_tool, protocols)
tm.flow(lims, lookup_tool, samples, protocol="https")
tm.flow(lookup_tool, agent, tool_result, protocols, samples)

tm.flow(agent, builder_tool, tool_call)
tm.flow(library, builder_tool, protocols, label="protocol template")
tm.flow(builder_tool, agent, run_file)

tm.flow(agent, booking_tool, tool_call)
tm.flow(booking_tool, booking_system, booking, protocol="https")
tm.flow(booking_system, booking_tool, booking, protocol="https")
tm.flow(booking_tool, agent, tool_result)

tm.flow(agent, submit_tool, tool_call, run_file)
tm.flow(submit_tool, approval_console, pending_run, run_file, protocol="https")
tm.flow(approval_console, technician, pending_run, protocol="https")
tm.flow(technician, approval_console, run_approval, protocol="https")
tm.flow(approval_console, submit_tool, run_approval, protocol="https")
tm.flow(submit_tool, controller, run_file, protocol="smb", label="drop on controller share")
tm.flow(controller, submit_tool, run_status, protocol="smb")
tm.flow(submit_tool, agent, tool_result)

tm.flow(controller, robot, run_file, protocol="usb")
tm.flow(robot, controller, run_status, protocol="usb")
