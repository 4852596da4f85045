"""Allotment shed agent: the first design, before any security review.

The allotment society's shared shed has a solar panel with a battery and inverter,
a water pump for the plot troughs and a smart lock on the tool store. Members sign
in to the society's booking portal (e-mail and password) and chat with a shed agent
to book tools such as the strimmer or the rotavator. The agent checks the bookings
database, records the booking and asks the lock vendor's cloud, through a lock-code
tool, for a code valid only for the booked slot; the vendor's cloud syncs codes to
the lock. The same agent turns the inverter and the water pump on and off through a
small gateway in the shed, on members' requests and on battery state of charge. The
agent runs autonomously on a small cloud host, uses a hosted LLM and stops after a
fixed number of steps per conversation. Committee members manage members and tools
in the same portal. The inverter's own battery management system enforces cut-offs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment shed solar battery and tool store lock agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Volunteer-run agent that books shared tools, issues time-limited lock "
    "codes and switches the shed's inverter and water pump.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data("Member login credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
members = tg.Data(
    "Member details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone and plot number of each member.",
)
request = tg.Data("Member chat request", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data(
    "Agent reply with lock code", sensitivity=tg.Sensitivity.SECRET, kind="model-output"
)
prompt = tg.Data("Agent prompt with booking context", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
bookings = tg.Data(
    "Tool bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tool_list = tg.Data(
    "Tool inventory and shed settings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
code_call = tg.Data("Lock code request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
lock_code = tg.Data(
    "Time-limited lock code",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Keypad code valid from the start to the end of a booked slot.",
)
lock_key = tg.Data("Lock cloud API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
lock_events = tg.Data("Lock open events", sensitivity=tg.Sensitivity.PII, kind="logs")
switch_call = tg.Data("Power switch request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
switch_cmd = tg.Data(
    "Inverter and pump switch command", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
battery = tg.Data("Battery telemetry readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
power_state = tg.Data(
    "Power and pump state", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any of the ~120 plot holders, on their phones at home or on the plot.
    member = tm.add(tg.Actor("Allotment member", role="member"))
    # Committee volunteers who add members and tools and reset bookings.
    committee = tm.add(tg.Actor("Committee member", role="shed coordinator", privileged=True))

with tm.boundary("Society cloud host", trust=tg.Trust.INTERNAL):
    # The one web app members and the committee use: bookings, chat and admin pages.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Decides which tool calls to make for a member's request and for the pump schedule.
    agent = tm.add(
        tg.Agent(
            "Shed agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Members, tools, bookings and the login records, on the host's managed database.
    db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={members, bookings, tool_list, login},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Creates a keypad code on the lock vendor's cloud for the slot the agent passes.
    lock_tool = tm.add(
        tg.Tool(
            "Lock code tool",
            capabilities={"write", "network-egress"},
            controls={
                c.LeastPrivilegeTools(
                    note="vendor API key can only add temporary codes to the one lock"
                )
            },
        )
    )
    # Sends on/off commands for the inverter and pump to the shed gateway and reads battery state.
    power_tool = tm.add(tg.Tool("Inverter and pump switch tool", capabilities={"read", "write"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Lock vendor cloud", trust=tg.Trust.PARTNER):
    # The smart lock maker's cloud: holds codes and pushes them to the lock.
    lock_cloud = tm.add(
        tg.ExternalService("Smart lock cloud", provides=tg.ExternalCategory.TOOL_SERVER)
    )

with tm.boundary("Allotment shed", trust=tg.Trust.INTERNAL):
    # Keypad lock on the tool store door, on the shed's 4G router.
    lock = tm.add(tg.Device("Tool store smart lock", fleet=False))
    # Raspberry Pi on the 4G router; polls the cloud host and drives the inverter and pump.
    gateway = tm.add(tg.Service("Shed gateway"))
    # Off-grid inverter with its battery bank; its BMS cuts out whatever it is told.
    inverter = tm.add(
        tg.Device(
            "Solar inverter and battery",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="inverter BMS cuts off below 20% charge and on over-temperature"
                )
            },
        )
    )
    # Relay that powers the trough pump from the inverter.
    pump = tm.add(tg.Device("Water pump relay", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(member, portal, login, request, protocol="https")
tm.flow(portal, member, reply, protocol="https")
tm.flow(committee, portal, login, members, tool_list, protocol="https", label="admin pages")
tm.flow(portal, committee, members, bookings, protocol="https")
tm.flow(portal, db, members, tool_list, label="admin changes")
tm.flow(db, portal, login, members, bookings, label="sign-in and listings")

tm.flow(portal, agent, request)
tm.flow(agent, portal, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(db, agent, bookings, tool_list, members, label="availability lookup")
tm.flow(agent, db, bookings, label="record booking")

tm.flow(agent, lock_tool, code_call)
tm.flow(lock_tool, agent, lock_code)
tm.flow(lock_tool, lock_cloud, code_call, lock_key, protocol="https")
tm.flow(lock_cloud, lock_tool, lock_code, protocol="https")
tm.flow(lock_cloud, lock, lock_code, protocol="https", label="code sync")
tm.flow(lock, lock_cloud, lock_events, protocol="https")

tm.flow(agent, power_tool, switch_call)
tm.flow(power_tool, agent, power_state)
tm.flow(gateway, power_tool, battery, protocol="https", label="gateway poll")
tm.flow(power_tool, gateway, switch_cmd, protocol="https", label="pending commands")
tm.flow(gateway, inverter, switch_cmd, protocol="modbus")
tm.flow(inverter, gateway, battery, protocol="modbus")
tm.flow(gateway, pump, switch_cmd, protocol="local", label="GPIO relay")
