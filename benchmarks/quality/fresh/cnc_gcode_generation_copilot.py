"""CNC G-code generation copilot: the first design, before any security review.

Customers upload part drawings and 3D models through our quoting portal, which
runs in the company's cloud tenant and keeps the files in an upload bucket. For a
won job, a CNC programmer asks the copilot (a service on the office network) to
program the part: it pulls the files, asks a hosted LLM to propose operations and
toolpath strategies, and drives a commercial CAM library to compute toolpaths and
post-process G-code for the chosen machine, using our tooling and machine data.
The draft lands on the programmer's CAM workstation, where it is simulated,
edited and approved, then sent over the shop network to the DNC server, which
stores it in the program library and sends it to the machine controllers.
Controls in this design: customer logins and file-type checks on the portal,
encrypted upload storage, TLS to the cloud and the LLM vendor, the programmer's
review before release, and revision history in the program library.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "CNC G-code generation copilot",
    profile=tg.RiskProfile.HIGH,
    description="LLM-assisted CAM programming from customer part files to CNC machine programs.",
)

# ---------------------------------------------------------------- data assets
part_files = tg.Data(
    "Customer part files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Drawings (PDF) and 3D models (STEP/IGES) with material and quantity.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
quote_status = tg.Data(
    "Quote and upload status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
job_request = tg.Data(
    "Programming request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Job number, target machine and the programmer's notes.",
)
llm_prompt = tg.Data(
    "Toolpath planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Part features, material, machine and tooling available, the programmer's notes.",
)
llm_plan = tg.Data(
    "Proposed machining plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Setups, operations, tool choices, feeds and speeds, as CAM library calls.",
)
cam_call = tg.Data("CAM library call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
cam_result = tg.Data(
    "Toolpaths and posted G-code",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
tooling = tg.Data(
    "Tooling and machine data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tool library, holders, machine envelopes, post-processor settings.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_gcode = tg.Data(
    "Draft G-code program",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
program = tg.Data(
    "Released CNC program",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
review_edits = tg.Data(
    "Programmer edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
operator_edits = tg.Data(
    "Operator edits and offsets", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register on the portal and request a quote.
    customer = tm.add(tg.Actor("Customer engineer", role="customer"))

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Where customers upload drawings and models for a quote.
    portal = tm.add(
        tg.Endpoint(
            "Quoting portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="customer account, e-mail and password"),
                c.InputValidation(note="only PDF, STEP and IGES, at most 200 MB"),
            },
        )
    )
    # Keeps the uploaded files until the job is programmed and shipped.
    uploads = tm.add(
        tg.DataStore(
            "Part file bucket",
            stores={part_files},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Proposes setups, operations and toolpath strategies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose model with function calling, behind the vendor's API.",
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Writes the CNC programs; starts the copilot and approves what it drafts.
    programmer = tm.add(tg.Actor("CNC programmer", role="programmer", privileged=True))
    # Turns a programming request into a draft program using the LLM and the CAM library.
    copilot = tm.add(
        tg.Agent(
            "Programming copilot",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Orchestrates LLM planning and CAM library calls; drafts only.",
        )
    )
    # Computes toolpaths and post-processes them into machine-specific G-code.
    cam_library = tm.add(
        tg.Tool(
            "CAM library",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.THIRD_PARTY,
            description="Commercial CAM kernel and post-processors, called in-process.",
        )
    )
    # What tools and machines we actually have, so plans stay within them.
    tooling_db = tm.add(tg.DataStore("Tooling and machine database", stores={tooling}))
    # Where the programmer simulates, edits and approves the draft.
    workstation = tm.add(
        tg.Service(
            "CAM workstation",
            description="Programmer's CAM seat with machine simulation.",
            controls={
                c.HumanInTheLoop(
                    approver="CNC programmer",
                    note="every program is simulated and approved before release",
                )
            },
        )
    )

with tm.boundary("Shop floor network", trust=tg.Trust.INTERNAL):
    # Distributes released programs to the machines.
    dnc = tm.add(tg.Service("DNC server", description="Direct numerical control server."))
    # Proven programs kept for repeat jobs.
    library = tm.add(
        tg.DataStore(
            "Program library",
            stores={program},
            controls={c.DataVersioning(note="DNC software keeps every program revision")},
        )
    )
    # The CNC mills and lathes that run the programs.
    controllers = tm.add(
        tg.Device(
            "CNC machine controllers",
            fleet=True,
            description="Mills and lathes with networked controls.",
        )
    )
    # Loads programs, proves them out and tweaks offsets at the control.
    operator = tm.add(tg.Actor("Machine operator", role="machinist"))

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, part_files, protocol="https", label="upload")
tm.flow(portal, customer, quote_status, protocol="https")
tm.flow(portal, uploads, part_files)

tm.flow(programmer, copilot, job_request)
tm.flow(uploads, copilot, part_files, protocol="https")
tm.flow(tooling_db, copilot, tooling)
tm.flow(copilot, llm, llm_prompt, protocol="https")
tm.flow(llm, copilot, llm_plan, protocol="https")
tm.flow(copilot, cam_library, cam_call, protocol="local")
tm.flow(cam_library, copilot, cam_result, protocol="local")
tm.flow(copilot, workstation, draft_gcode, protocol="smb", label="draft program")

tm.flow(programmer, workstation, review_edits, label="simulate, edit, approve")
tm.flow(workstation, dnc, program, protocol="smb", label="release")
tm.flow(dnc, library, program)
tm.flow(library, dnc, program, label="repeat jobs")
tm.flow(dnc, controllers, program, protocol="ftp")
tm.flow(controllers, dnc, program, protocol="ftp", label="edited at the control")
tm.flow(operator, controllers, operator_edits, label="offsets and edits")
