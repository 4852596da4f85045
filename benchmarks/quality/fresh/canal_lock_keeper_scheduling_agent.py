"""Canal lock scheduling agent: the first design, before any security review.

A waterways authority runs an LLM agent that plans each day's lock operations. Boaters
book passages (with free-text notes) on a public booking portal; the agent reads the
bookings, the lock keepers' rota and the current water levels, asks a hosted LLM to
plan which locks open when, stores the plan and sends the lock opening sequences to
the SCADA master on the authority's telemetry network, which drives the lock gate PLCs
over DNP3. Lock keepers get their day's schedule on their work phones. The agent runs
without per-step approval; a duty officer is on call, is alerted by the agent, can
ask it to replan and can take manual control from the SCADA web HMI. The gate PLCs
keep their hard-wired interlocks, the sequence tool only accepts the standard sequence
format, the SCADA API needs an API key, the SCADA HMI is role-based and every agent
step is logged. Boaters sign in with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal lock scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent planning daily lock schedules and sending opening sequences "
    "to remotely operated lock gates.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Passage booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Boater name, phone, boat registration, requested locks and times, free-text notes.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
rota = tg.Data("Staff rota", kind="records", sensitivity=tg.Sensitivity.PII)
levels = tg.Data(
    "Water level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lookup_call = tg.Data("Lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Bookings, rota and levels", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
plan_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Operating rules, the day's bookings with notes, rota and levels.",
)
plan_completion = tg.Data(
    "Planned schedule and tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Daily lock schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
agent_log = tg.Data("Agent step log", kind="logs", sensitivity=tg.Sensitivity.PII)
sequence_call = tg.Data(
    "Lock sequence tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
sequence = tg.Data(
    "Lock opening sequence",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Ordered steps: paddles up, wait for level, gates open, for one lock.",
)
gate_commands = tg.Data(
    "Gate and paddle commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_status = tg.Data("Gate and paddle status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ack = tg.Data("Sequence acknowledgement", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
message = tg.Data("Staff message", kind="tool-call", sensitivity=tg.Sensitivity.PII)
alert = tg.Data("Duty alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
replan = tg.Data("Replan request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data("Manual override", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Leisure and commercial boaters booking lock passages.
    boater = tm.add(tg.Actor("Boater", role="boater"))
    # Field staff who work the locks; receive the schedule on work phones over mobile data.
    keeper = tm.add(tg.Actor("Lock keeper", role="lock keeper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Authority corporate network", trust=tg.Trust.INTERNAL):
    # Public-facing booking site, hosted by the authority.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # All passage bookings.
    booking_db = tm.add(tg.DataStore("Booking database", stores={booking}))
    # HR rostering system the agent reads who is on shift at which lock.
    rota_system = tm.add(tg.DataSource("Staff rota system", origin="internal", provides={rota}))
    # The planner: an LLM agent that reads inputs, plans and issues sequences.
    agent = tm.add(
        tg.Agent(
            "Lock scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Read-only lookups of bookings, rota and live levels.
    lookup_tool = tm.add(tg.Tool("Data lookup tool", capabilities={"read"}))
    # Submits lock opening sequences to the SCADA master.
    sequence_tool = tm.add(
        tg.Tool(
            "Lock sequence tool",
            capabilities={"write"},
            controls={
                c.SchemaEnforcement(note="only the standard sequence format for known lock ids")
            },
        )
    )
    # Sends schedules to lock keepers and alerts to the duty officer (SMS and app push).
    notify_tool = tm.add(tg.Tool("Notification tool", capabilities={"send-messages"}))
    # Published daily plans and the agent's step log.
    schedule_store = tm.add(tg.DataStore("Schedule store", stores={schedule, agent_log}))
    # On-call officer who can replan or take manual control.
    duty_officer = tm.add(tg.Actor("Duty officer", role="duty officer", privileged=True))

with tm.boundary("Telemetry network", trust=tg.Trust.RESTRICTED):
    # SCADA master: runs sequences, polls outstations, web HMI for manual control.
    scada = tm.add(
        tg.Service(
            "SCADA master",
            controls={c.RBAC(note="HMI roles: viewer, operator, engineer")},
        )
    )
    # River and pound level gauges at each lock.
    gauges = tm.add(tg.DataSource("Water level gauges", origin="internal", provides={levels}))
    # Outstation PLCs that drive the gate rams and paddles at each lock.
    plcs = tm.add(
        tg.Service(
            "Lock gate PLCs",
            controls={
                c.SafetyLimits(
                    limits="hard-wired interlocks: a gate cannot open unless the levels either "
                    "side are within 5 cm, and top and bottom gates never open together"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# Bookings
tm.flow(boater, portal, booking, protocol="https")
tm.flow(portal, boater, confirmation, protocol="https")
tm.flow(portal, booking_db, booking)

# Planning inputs
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(booking_db, lookup_tool, booking)
tm.flow(rota_system, lookup_tool, rota, protocol="https")
tm.flow(scada, lookup_tool, levels, gate_status, protocol="opc-ua", label="level subscription")
tm.flow(lookup_tool, agent, lookup_result)

# Planning with the LLM
tm.flow(agent, llm, plan_prompt, protocol="https")
tm.flow(llm, agent, plan_completion, protocol="https")
tm.flow(agent, schedule_store, schedule, agent_log)

# Lock operation
tm.flow(agent, sequence_tool, sequence_call)
tm.flow(
    sequence_tool,
    scada,
    sequence,
    protocol="https",
    controls={c.Authentication(method="API key")},
)
tm.flow(scada, sequence_tool, ack, protocol="https")
tm.flow(sequence_tool, agent, ack)
tm.flow(scada, plcs, gate_commands, protocol="dnp3")
tm.flow(plcs, scada, gate_status, protocol="dnp3")
tm.flow(gauges, scada, levels, protocol="dnp3")

# People
tm.flow(agent, notify_tool, message)
tm.flow(notify_tool, keeper, schedule, protocol="https", label="daily schedule")
tm.flow(notify_tool, duty_officer, alert, protocol="https", label="on-call alert")
tm.flow(duty_officer, agent, replan, protocol="https")
tm.flow(
    duty_officer,
    scada,
    override,
    protocol="https",
    label="manual control from HMI",
    controls={c.Authentication(method="username and password")},
)
tm.flow(scada, duty_officer, gate_status, levels, protocol="https")
