"""Cheese affinage cave agent for an organic dairy: the first design.

The dairy ripens its washed-rind and tomme wheels in two caves. Wireless sensors in
each cave report temperature, humidity and CO2 over MQTT to a telemetry collector,
which also polls the cave climate PLC (chillers, humidifiers, fans) over Modbus and
keeps the history on the dairy's small on-site server. Cheesemakers write rind and
mould observations and mark turning and brushing done in a cave app on dairy tablets.
Every hour an LLM agent on the same server reads the readings, the notes and the care
schedule, asks a hosted LLM for a plan, reschedules turning and brushing itself and
proposes new climate setpoints. A setpoint change is applied only after the head
affineur approves it in the cave app, and the PLC clamps setpoints to a safe band
whatever it is sent. Cheesemakers sign in to the app with their own PIN; setpoint
changes are logged. There is no personal data beyond staff names on notes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organic dairy cheese affinage cave agent",
    profile=tg.RiskProfile.LOW,
    description="LLM agent that keeps cheese caves in their ripening climate and schedules wheel care.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Cave sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, relative humidity and CO2 per cave, every minute.",
)
plc_status = tg.Data(
    "Climate controller status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current setpoints and chiller, humidifier and fan states.",
)
notes = tg.Data(
    "Cheesemaker notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text rind, mould and mite observations per batch, with the author's name.",
)
schedule = tg.Data(
    "Wheel care schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Turning and brushing tasks per batch and shelf, and when they were done.",
)
batches = tg.Data(
    "Batch make records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Make date, recipe and target ripening profile of each batch of wheels.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM plan", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
setpoint_request = tg.Data("Setpoint change request", kind="tool-call")
setpoint_command = tg.Data("Setpoint command", kind="records")
setpoint_result = tg.Data("Setpoint change result", kind="tool-result")
approval = tg.Data("Setpoint approval", kind="records")
schedule_update = tg.Data("Care schedule update", kind="tool-call")

# ---------------------------------------------------------------- elements
with tm.boundary("Dairy LAN", trust=tg.Trust.INTERNAL):
    # The people who make, turn and brush the cheese and write what they see.
    cheesemaker = tm.add(tg.Actor("Cheesemaker", role="cheesemaker"))
    # Runs the caves; the only person who can approve a climate change.
    affineur = tm.add(tg.Actor("Head affineur", role="head affineur", privileged=True))

    # Tablet web app in the caves: notes, the day's care tasks, setpoint approvals.
    cave_app = tm.add(
        tg.Endpoint(
            "Cave app",
            purpose=tg.EndpointPurpose.API,
            description="Web app served from the on-site server to the dairy's tablets.",
            controls={c.Authentication(method="individual staff PIN on dairy-owned tablets")},
        )
    )
    # Notes and batch records the agent reasons over.
    notes_db = tm.add(tg.DataStore("Notes and batch database", stores={notes, batches}))
    # The schedule cheesemakers work from, written by the agent.
    schedule_db = tm.add(tg.DataStore("Care schedule database", stores={schedule}))
    # Time series of cave readings and controller states.
    history = tm.add(tg.DataStore("Sensor history", stores={readings, plc_status}))

    # The LLM agent that plans climate and wheel care every hour.
    agent = tm.add(
        tg.Agent(
            "Affinage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Hourly job: reads readings, notes and schedule; plans care and climate.",
        )
    )
    # Proposes setpoints; applies one only once the head affineur approves it.
    setpoint_tool = tm.add(
        tg.Tool(
            "Setpoint tool",
            capabilities={"read", "write"},
            description="Writes temperature and humidity setpoints to the cave PLC.",
            controls={
                c.HumanInTheLoop(approver="head affineur, in the cave app"),
                c.AuditLogging(),
            },
        )
    )
    # Moves, adds and cancels turning and brushing tasks.
    schedule_tool = tm.add(
        tg.Tool(
            "Care schedule tool",
            capabilities={"read", "write"},
            description="Rewrites the turning and brushing tasks in the care schedule.",
        )
    )

    with tm.boundary("Cave control network", trust=tg.Trust.INTERNAL):
        # Wireless temperature, humidity and CO2 sensors on the cave shelves.
        sensors = tm.add(tg.Device("Cave sensors", fleet=True))
        # Drives chillers, humidifiers and fans to the setpoints it holds.
        plc = tm.add(
            tg.Service(
                "Cave climate PLC",
                description="Controller of the cave chillers, humidifiers and fans.",
                controls={
                    c.SafetyLimits(limits="PLC clamps setpoints to 8-14 °C and 85-98 % RH per cave")
                },
            )
        )
        # Takes sensor messages and PLC polls into the history.
        collector = tm.add(tg.Service("Telemetry collector"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent asks for its hourly plan.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

# ---------------------------------------------------------------- flows
# telemetry
tm.flow(sensors, collector, readings, protocol="mqtt")
tm.flow(plc, collector, plc_status, protocol="modbus", label="polled every minute")
tm.flow(collector, history, readings, plc_status)

# cheesemakers' notes and tasks
tm.flow(cheesemaker, cave_app, notes, schedule, protocol="https", label="notes, tasks done")
tm.flow(cave_app, cheesemaker, schedule, protocol="https", label="today's tasks")
tm.flow(cave_app, notes_db, notes)
tm.flow(cave_app, schedule_db, schedule, label="tasks marked done")
tm.flow(schedule_db, cave_app, schedule)

# the agent's hourly run
tm.flow(history, agent, readings, plc_status)
tm.flow(notes_db, agent, notes, batches)
tm.flow(schedule_db, agent, schedule)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, schedule_tool, schedule_update)
tm.flow(schedule_tool, schedule_db, schedule)
tm.flow(schedule_tool, agent, schedule, label="updated schedule")

# setpoint changes, approved by the head affineur
tm.flow(agent, setpoint_tool, setpoint_request)
tm.flow(setpoint_tool, cave_app, setpoint_request, label="pending approval")
tm.flow(cave_app, affineur, setpoint_request, protocol="https")
tm.flow(affineur, cave_app, approval, protocol="https")
tm.flow(cave_app, setpoint_tool, approval)
tm.flow(setpoint_tool, plc, setpoint_command, protocol="modbus")
tm.flow(plc, setpoint_tool, plc_status, protocol="modbus")
tm.flow(setpoint_tool, agent, setpoint_result)
