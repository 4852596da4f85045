"""Makerspace laser cutter access and job agent: the first design, before any security review.

A community makerspace in the EU lets its members book the laser cutters and CNC
router through a chat agent on the member portal. The agent is backed by a hosted
LLM and books, moves or cancels slots through a booking tool. Members upload
their design files (SVG, DXF, G-code) in the same chat; a safety checker asks the
LLM whether the material, power and speed settings are safe and marks the job
approved or rejected. A job gateway on the workshop LAN pulls approved jobs and the
list of inducted members from the cloud; when a member badges in at a machine's
RFID reader, the gateway sends the job to that machine's controller only if the
member is inducted on it. Volunteer supervisors use a console on the workshop LAN
to record inductions, watch the machines and lock a machine out. Members sign in
with e-mail and password, the console with a shared volunteer PIN; the gateway
keeps an audit log of badge-ins, jobs and lockouts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Makerspace laser cutter access and job agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat booking agent, LLM design-file safety check and badge-gated job release "
        "to laser cutter and CNC controllers in a community makerspace."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, tool definitions, chat history and tool results.",
)
agent_completion = tg.Data("Agent completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
bookings = tg.Data(
    "Machine bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
members = tg.Data(
    "Member and induction records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, badge number and which machines each member is inducted on.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
design_file = tg.Data(
    "Design file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Member's SVG, DXF or G-code with material, power and speed settings.",
)
check_prompt = tg.Data(
    "Safety check prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Checking instructions, the machine's limits and the design file's settings.",
)
check_verdict = tg.Data(
    "Safety verdict",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
machine_job = tg.Data(
    "Approved machine job",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="code",
    description="Toolpath or vector job with the approved settings, for one machine.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
induction_list = tg.Data(
    "Inducted badge list",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Badge numbers allowed on each machine, synced to the workshop.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
badge_id = tg.Data("Badge ID", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials")
lockout = tg.Data(
    "Lockout command",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lock or unlock one machine, from a volunteer.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
machine_status = tg.Data("Machine status", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
access_log = tg.Data("Badge-in and job log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any paying member; membership is open to the public.
    member = tm.add(tg.Actor("Member", role="makerspace member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # One hosted chat model serves both the booking agent and the safety check.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Cloud hosting", trust=tg.Trust.INTERNAL):
    # The member portal's chat and upload API.
    portal = tm.add(
        tg.Endpoint(
            "Member portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload accepts only SVG, DXF and G-code under 20 MB"),
            },
        )
    )
    # Turns chat requests into bookings.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers questions about machines and books, moves or cancels slots.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # The only tool the agent has: reads and writes bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            description="Create, move and cancel bookings; look up free slots.",
            controls={c.LeastPrivilegeTools(note="scoped to the signed-in member's bookings")},
        )
    )
    # Members, inductions and bookings.
    member_db = tm.add(
        tg.DataStore(
            "Member and booking database",
            stores={members, bookings, check_verdict},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Uploaded designs, and the approved jobs made from them.
    design_store = tm.add(tg.DataStore("Design file store", stores={design_file, machine_job}))
    # Asks the LLM whether a design's settings are safe for the material and machine.
    checker = tm.add(
        tg.Service(
            "Design safety checker",
            description="Extracts settings from the file, asks the LLM, records the verdict "
            "and writes the approved job.",
        )
    )

with tm.boundary("Workshop LAN", trust=tg.Trust.INTERNAL):
    # Volunteer on shift: supervises, inducts members, locks machines out.
    volunteer = tm.add(tg.Actor("Volunteer supervisor", role="volunteer", privileged=True))
    # Tablet web UI on the workshop wall.
    console = tm.add(
        tg.Service(
            "Volunteer console",
            description="Shows machine status, records inductions, locks and unlocks machines.",
            controls={c.Authentication(method="shared volunteer PIN")},
        )
    )
    # Small on-site server that releases jobs to machines on badge-in.
    gateway = tm.add(
        tg.Service(
            "Machine job gateway",
            description="Pulls approved jobs and the induction list; on badge-in sends the job "
            "to the machine if the member is inducted and the machine is not locked out.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # RFID reader mounted on each machine.
    badge_reader = tm.add(
        tg.Device("Machine badge reader", fleet=True, description="125 kHz RFID reader.")
    )
    # Laser cutter controller; runs whatever job the gateway sends.
    laser = tm.add(tg.Service("Laser cutter controller"))
    # CNC router controller (GRBL board) on a USB serial link.
    cnc = tm.add(tg.Service("CNC router controller"))

# ---------------------------------------------------------------- flows
# chat booking
tm.flow(member, portal, chat_message, design_file, protocol="https")
tm.flow(portal, member, agent_reply, check_verdict, protocol="https")
tm.flow(portal, agent, chat_message)
tm.flow(agent, portal, agent_reply)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, member_db, bookings)
tm.flow(member_db, booking_tool, bookings, members)

# design safety check
tm.flow(portal, design_store, design_file, label="upload")
tm.flow(design_store, checker, design_file)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, check_verdict, protocol="https")
tm.flow(checker, member_db, check_verdict)
tm.flow(checker, design_store, machine_job, label="approved job")
tm.flow(checker, portal, check_verdict)

# workshop: job release on badge-in
tm.flow(member_db, gateway, induction_list, bookings, protocol="https", label="sync every 5 min")
tm.flow(design_store, gateway, machine_job, protocol="https")
tm.flow(member, badge_reader, badge_id, label="badge tap")
tm.flow(badge_reader, gateway, badge_id, protocol="mqtt")
tm.flow(gateway, laser, machine_job, lockout, protocol="udp")
tm.flow(laser, gateway, machine_status, protocol="udp")
tm.flow(gateway, cnc, machine_job, lockout, protocol="serial")
tm.flow(cnc, gateway, machine_status, protocol="serial")
tm.flow(gateway, member_db, access_log, protocol="https")

# volunteers
tm.flow(volunteer, console, lockout, members, label="lockout and inductions")
tm.flow(console, volunteer, machine_status)
tm.flow(console, gateway, lockout, protocol="http")
tm.flow(gateway, console, machine_status, protocol="http")
tm.flow(console, member_db, members, protocol="https", label="record induction")
